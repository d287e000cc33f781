#include "core/service/ProviderCheck.h"

#include "core/integrations/HttpSupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QtConcurrent/QtConcurrentRun>

namespace Elect::Service {

namespace {

using Integrations::HttpAnswer;

CheckLine httpVerdict(const QString& provider, const QUrl& url, const HttpAnswer& answer, const QString& okSentence)
{
    CheckLine line{provider, false, {}};
    const QString where = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
    if (answer.status == 0)
        line.sentence =
            QCoreApplication::translate("Elect::Service", "%1 cannot be reached at %2; check the address, the network "
                                                          "and the proxy.")
                .arg(provider, where);
    else if (answer.status == 401 || answer.status == 403)
        line.sentence =
            QCoreApplication::translate("Elect::Service", "%1 refused the credentials in the configuration (HTTP %2); "
                                                          "copy them again from the provider's console.")
                .arg(provider)
                .arg(answer.status);
    else if (answer.status >= 200 && answer.status < 300) {
        line.ok = true;
        line.sentence = okSentence;
    } else
        line.sentence =
            QCoreApplication::translate("Elect::Service", "%1 answered HTTP %2 at %3; try again later, or check the "
                                                          "address.")
                .arg(provider)
                .arg(answer.status)
                .arg(where);
    return line;
}

QNetworkRequest request(const QUrl& url, int timeoutMs)
{
    QNetworkRequest r(url);
    r.setTransferTimeout(timeoutMs);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return r;
}

} // namespace

QFuture<CheckLine> checkTwilio(const Integrations::TwilioSettings& settings, QNetworkAccessManager* network)
{
    QUrl url = settings.baseUrl;
    // The newest message, if any: proves the address, the SID and the token without sending anything.
    url.setPath(QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(settings.accountSid));
    url.setQuery(QStringLiteral("PageSize=1"));
    QNetworkRequest r = request(url, settings.timeoutMs);
    r.setRawHeader("Authorization",
                   "Basic " + (settings.accountSid + QLatin1Char(':') + settings.authToken).toUtf8().toBase64());
    const QString ok =
        QCoreApplication::translate("Elect::Service", "Twilio accepts the account %1.").arg(settings.accountSid);
    return Integrations::whenFinished<CheckLine>(
        network->get(r), [url, ok](const HttpAnswer& a) { return httpVerdict(QStringLiteral("Twilio"), url, a, ok); });
}

QFuture<CheckLine> checkStripe(const Integrations::StripeSettings& settings, QNetworkAccessManager* network)
{
    QUrl url = settings.baseUrl;
    // A session that does not exist: Stripe answers 404 to a key it accepts and 401 to one it refuses.
    url.setPath(QStringLiteral("/v1/checkout/sessions/cs_elect_serve_check"));
    QNetworkRequest r = request(url, settings.timeoutMs);
    r.setRawHeader("Authorization", "Bearer " + settings.secretKey.toUtf8());
    const bool live = settings.secretKey.startsWith(QLatin1String("sk_live_"));
    const QString ok = live
                           ? QCoreApplication::translate("Elect::Service", "Stripe accepts the secret key (live mode).")
                           : QCoreApplication::translate("Elect::Service",
                                                         "Stripe accepts the secret key (test mode: no real money).");
    return Integrations::whenFinished<CheckLine>(network->get(r), [url, ok](const HttpAnswer& a) {
        HttpAnswer answer = a;
        if (answer.status == 404)
            answer.status = 200;
        return httpVerdict(QStringLiteral("Stripe"), url, answer, ok);
    });
}

QFuture<CheckLine> checkSmtp(const Integrations::SmtpSettings& settings)
{
    return QtConcurrent::run([settings] {
        const Integrations::Delivery d = Integrations::SmtpMailer(settings).checkNow();
        CheckLine line{QStringLiteral("SMTP"), d.outcome == Integrations::Delivery::Outcome::Accepted, d.reason};
        if (line.ok)
            line.sentence = QCoreApplication::translate("Elect::Service", "The mail server %1 accepts Elect's sign-in.")
                                .arg(settings.server.host());
        return line;
    });
}

} // namespace Elect::Service
