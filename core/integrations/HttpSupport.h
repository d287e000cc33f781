#pragma once

#include "core/integrations/Delivery.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QPromise>

#include <functional>
#include <memory>
#include <optional>

namespace Elect::Integrations {

/// application/x-www-form-urlencoded, with every reserved character escaped ('+' too, which QUrlQuery
/// leaves as is and servers read as a space: a phone number would lose its plus).
QByteArray formEncode(const QList<QPair<QString, QString>>& fields);

/// Retry-After as seconds (a number, or an HTTP date compared with \a now); nothing when absent or unreadable.
std::optional<int> retryAfterSeconds(const QByteArray& header, const QDateTime& now);

/// How an HTTP exchange ended, before a provider's client reads the body.
struct HttpAnswer
{
    int status = 0; ///< 0: no HTTP answer (refused, timed out, TLS failed)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QByteArray body;
    std::optional<int> retryAfter;
};

/// The Delivery for answers that do not depend on the provider: no answer, 429 and 5xx are
/// RetryLater; \a provider names it in the reason ("Twilio"). Nothing for 2xx and other 4xx,
/// which the provider's client reads itself.
std::optional<Delivery> passingFailure(const HttpAnswer& answer, const QString& provider);

/// Resolves a future with \a read(answer) when \a reply finishes, on the reply's thread, and deletes the reply.
template <typename T>
QFuture<T> whenFinished(QNetworkReply* reply, std::function<T(const HttpAnswer&)> read)
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, promise, read = std::move(read)]() {
        HttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.networkError = reply->error();
        answer.body = reply->isOpen() ? reply->readAll() : QByteArray();
        answer.retryAfter = retryAfterSeconds(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        promise->addResult(read(answer));
        promise->finish();
        reply->deleteLater();
    });
    return promise->future();
}

} // namespace Elect::Integrations
