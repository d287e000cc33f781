#include "core/integrations/eligibility/EligibilityHttpClient.h"

#include "core/domain/NationalId.h"
#include "core/integrations/HttpSupport.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

namespace Elect::Integrations {

namespace {

Result<Eligibility> unreadable(const QString& host)
{
    return Result<Eligibility>::failure(
        ErrorCode::Unavailable,
        QCoreApplication::translate("Elect::Eligibility",
                                    "The organization's API at %1 answered in a form Elect cannot read; ask its "
                                    "administrators to check it against Elect's eligibility API description.")
            .arg(host));
}

bool isLoopback(const QString& host)
{
    const QHostAddress address(host);
    return host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
}

} // namespace

EligibilityHttpClient::EligibilityHttpClient(QNetworkAccessManager* network, int timeoutMs)
    : m_network(network), m_timeoutMs(timeoutMs)
{}

Result<Eligibility> EligibilityHttpClient::read(int status, const QByteArray& body, const QString& endpointHost)
{
    if (status == 404)
        return Eligibility{};
    if (status < 200 || status >= 300)
        return Result<Eligibility>::failure(
            ErrorCode::Unavailable,
            QCoreApplication::translate("Elect::Eligibility", "The organization's API at %1 refused the question (%2).")
                .arg(endpointHost)
                .arg(status));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const QJsonObject o = document.object();
    const QJsonValue eligible = o.value(QStringLiteral("eligible"));
    if (error.error != QJsonParseError::NoError || !document.isObject() || !eligible.isBool())
        return unreadable(endpointHost);
    Eligibility answer;
    answer.eligible = eligible.toBool();
    if (!answer.eligible)
        return answer;
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{7,14}$"));
    answer.phoneE164 = o.value(QStringLiteral("phone")).toString();
    if (!e164.match(answer.phoneE164).hasMatch())
        return unreadable(endpointHost);
    const QJsonValue candidates = o.value(QStringLiteral("candidates"));
    if (!candidates.isUndefined() && !candidates.isNull() && !candidates.isArray())
        return unreadable(endpointHost);
    for (const QJsonValue& c : candidates.toArray()) {
        const auto id = NationalId::normalize(c.toString());
        if (!c.isString() || !id.ok())
            return unreadable(endpointHost);
        answer.eligibleCandidateNationalIds << id.value();
    }
    return answer;
}

QFuture<Result<Eligibility>> EligibilityHttpClient::lookUp(const QUrl& apiEndpoint, const QString& normalizedNationalId)
{
    Q_ASSERT(m_network);
    const QString host = apiEndpoint.host();
    const bool https = apiEndpoint.scheme() == QLatin1String("https");
    const bool localHttp = apiEndpoint.scheme() == QLatin1String("http") && isLoopback(host);
    if (!https && !localHttp) {
        return QtFuture::makeReadyFuture(Result<Eligibility>::failure(
            ErrorCode::NotAllowed,
            QCoreApplication::translate("Elect::Eligibility",
                                        "The organization's API must be reached over https:// (national ids never "
                                        "cross a network in the clear); change the election's API address.")));
    }
    QUrl url = apiEndpoint;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/voters/") + normalizedNationalId);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    // No redirects: a redirect could carry the id elsewhere, in the clear.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return whenFinished<Result<Eligibility>>(m_network->get(request), [host](const HttpAnswer& answer) {
        if (auto failure = passingFailure(answer, host))
            return Result<Eligibility>::failure(ErrorCode::Unavailable, failure->reason);
        return read(answer.status, answer.body, host);
    });
}

} // namespace Elect::Integrations
