#include "core/integrations/twilio/TwilioSmsSender.h"

#include "core/integrations/HttpSupport.h"
#include "core/integrations/Redact.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace Elect::Integrations {

namespace {

const QString kTwilio = QStringLiteral("Twilio");

// Twilio's error body: {"code": 21211, "message": "The 'To' number ... is not a valid phone number.", ...}
QString twilioError(const HttpAnswer& answer)
{
    const QJsonObject o = QJsonDocument::fromJson(answer.body).object();
    const QString message = redactProviderText(o.value(QStringLiteral("message")).toString());
    const int code = o.value(QStringLiteral("code")).toInt();
    if (answer.status == 401 || answer.status == 403)
        return QCoreApplication::translate(
                   "Elect::Twilio",
                   "Twilio refused Elect's credentials (%1): check the account SID and auth token that elect serve "
                   "uses.")
            .arg(answer.status);
    if (message.isEmpty())
        return QCoreApplication::translate("Elect::Twilio", "Twilio refused the message (HTTP %1).").arg(answer.status);
    return QCoreApplication::translate("Elect::Twilio", "Twilio refused the message (error %1): %2")
        .arg(code)
        .arg(message);
}

} // namespace

TwilioSmsSender::TwilioSmsSender(TwilioSettings settings, QNetworkAccessManager* network)
    : m_settings(std::move(settings)), m_network(network)
{}

QUrl TwilioSmsSender::messagesUrl(const QString& suffix) const
{
    QUrl url = m_settings.baseUrl;
    url.setPath(
        url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + QStringLiteral("/2010-04-01/Accounts/") +
        QString::fromLatin1(QUrl::toPercentEncoding(m_settings.accountSid)) + QStringLiteral("/Messages") + suffix);
    return url;
}

static QNetworkRequest twilioRequest(const QUrl& url, const TwilioSettings& settings)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(settings.timeoutMs);
    request.setRawHeader("Authorization",
                         "Basic " + (settings.accountSid + QLatin1Char(':') + settings.authToken).toUtf8().toBase64());
    request.setRawHeader("Accept", "application/json");
    return request;
}

QFuture<Delivery> TwilioSmsSender::send(const SmsMessage& message)
{
    Q_ASSERT(m_network);
    QNetworkRequest request = twilioRequest(messagesUrl(QStringLiteral(".json")), m_settings);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QList<QPair<QString, QString>> form{{QStringLiteral("To"), message.toE164}};
    if (!m_settings.from.isEmpty())
        form.append({QStringLiteral("From"), m_settings.from});
    else
        form.append({QStringLiteral("MessagingServiceSid"), m_settings.messagingServiceSid});
    form.append({QStringLiteral("Body"), message.body});

    QNetworkReply* reply = m_network->post(request, formEncode(form));
    return whenFinished<Delivery>(reply, [](const HttpAnswer& answer) {
        if (auto failure = passingFailure(answer, kTwilio))
            return *failure;
        Delivery d;
        if (answer.status >= 200 && answer.status < 300) {
            const QString sid = QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("sid")).toString();
            if (sid.isEmpty()) {
                // Taken or not, we cannot tell: sending again could send twice, so a person decides.
                d.outcome = Delivery::Outcome::Rejected;
                d.reason = QCoreApplication::translate(
                    "Elect::Twilio", "Twilio answered without a message id; check Twilio's console before retrying.");
                return d;
            }
            d.outcome = Delivery::Outcome::Accepted;
            d.providerId = sid;
            return d;
        }
        d.outcome = Delivery::Outcome::Rejected;
        d.reason = twilioError(answer);
        return d;
    });
}

QFuture<Result<QString>> TwilioSmsSender::deliveryStatus(const QString& messageSid)
{
    Q_ASSERT(m_network);
    const QNetworkRequest request =
        twilioRequest(messagesUrl(QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(messageSid)) +
                                  QStringLiteral(".json")),
                      m_settings);
    return whenFinished<Result<QString>>(m_network->get(request), [](const HttpAnswer& answer) -> Result<QString> {
        if (auto failure = passingFailure(answer, kTwilio))
            return Result<QString>::failure(ErrorCode::Unavailable, failure->reason);
        if (answer.status == 404)
            return Result<QString>::failure(
                ErrorCode::NotFound,
                QCoreApplication::translate("Elect::Twilio", "Twilio does not know this message."));
        if (answer.status < 200 || answer.status >= 300)
            return Result<QString>::failure(ErrorCode::Unavailable, twilioError(answer));
        const QString status = QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("status")).toString();
        if (status.isEmpty())
            return Result<QString>::failure(
                ErrorCode::Internal, QCoreApplication::translate("Elect::Twilio", "Twilio's answer had no status."));
        return status;
    });
}

} // namespace Elect::Integrations
