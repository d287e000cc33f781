#include "core/integrations/HttpSupport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace Elect::Integrations {

QByteArray formEncode(const QList<QPair<QString, QString>>& fields)
{
    QByteArray out;
    for (const auto& [key, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

std::optional<int> retryAfterSeconds(const QByteArray& header, const QDateTime& now)
{
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<int>(int(std::min<qint64>(seconds, 86400)));
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    QDateTime utc = when;
    utc.setTimeZone(QTimeZone::utc());
    return int(std::clamp<qint64>(now.secsTo(utc), 0, 86400));
}

std::optional<Delivery> passingFailure(const HttpAnswer& answer, const QString& provider)
{
    Delivery d;
    d.outcome = Delivery::Outcome::RetryLater;
    d.retryAfterSeconds = answer.retryAfter;
    if (answer.status == 0) {
        switch (answer.networkError) {
        case QNetworkReply::OperationCanceledError:
        case QNetworkReply::TimeoutError:
            d.reason = QCoreApplication::translate("Elect::Integrations", "%1 did not answer in time.").arg(provider);
            break;
        case QNetworkReply::ConnectionRefusedError:
            d.reason = QCoreApplication::translate("Elect::Integrations", "%1 refused the connection.").arg(provider);
            break;
        case QNetworkReply::SslHandshakeFailedError:
            d.reason = QCoreApplication::translate(
                           "Elect::Integrations",
                           "%1's server could not be verified (TLS); check the host's clock and certificates.")
                           .arg(provider);
            break;
        default:
            d.reason = QCoreApplication::translate("Elect::Integrations", "%1 could not be reached.").arg(provider);
        }
        return d;
    }
    if (answer.status == 429) {
        d.reason =
            QCoreApplication::translate("Elect::Integrations", "%1 asked Elect to slow down (429).").arg(provider);
        return d;
    }
    if (answer.status >= 500) {
        d.reason = QCoreApplication::translate("Elect::Integrations", "%1 had a server error (%2).")
                       .arg(provider)
                       .arg(answer.status);
        return d;
    }
    return std::nullopt;
}

} // namespace Elect::Integrations
