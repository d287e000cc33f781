#include "core/integrations/stripe/StripeCheckout.h"

#include "core/integrations/HttpSupport.h"
#include "core/integrations/Redact.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace Elect::Integrations {

namespace {

const QString kStripe = QStringLiteral("Stripe");

QNetworkRequest stripeRequest(const StripeSettings& settings, const QString& path)
{
    QUrl url = settings.baseUrl;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest request(url);
    request.setTransferTimeout(settings.timeoutMs);
    request.setRawHeader("Authorization", "Bearer " + settings.secretKey.toUtf8());
    request.setRawHeader("Stripe-Version", "2023-08-16");
    return request;
}

Result<CheckoutSession> readSession(const HttpAnswer& answer)
{
    if (auto failure = passingFailure(answer, kStripe))
        return Result<CheckoutSession>::failure(ErrorCode::Unavailable, failure->reason);
    const QJsonObject o = QJsonDocument::fromJson(answer.body).object();
    if (answer.status == 401 || answer.status == 403)
        return Result<CheckoutSession>::failure(
            ErrorCode::NotAllowed,
            QCoreApplication::translate("Elect::Stripe",
                                        "Stripe refused Elect's secret key (%1): check the key that elect serve uses.")
                .arg(answer.status));
    if (answer.status < 200 || answer.status >= 300) {
        const QJsonObject error = o.value(QStringLiteral("error")).toObject();
        const ErrorCode code = answer.status == 404 ? ErrorCode::NotFound : ErrorCode::InvalidInput;
        return Result<CheckoutSession>::failure(
            code, QCoreApplication::translate("Elect::Stripe", "Stripe refused the request (%1): %2")
                      .arg(answer.status)
                      .arg(redactProviderText(error.value(QStringLiteral("message")).toString())));
    }
    CheckoutSession s;
    s.id = o.value(QStringLiteral("id")).toString();
    s.url = QUrl(o.value(QStringLiteral("url")).toString());
    s.clientReferenceId = o.value(QStringLiteral("client_reference_id")).toString();
    s.amountTotal = qint64(o.value(QStringLiteral("amount_total")).toDouble());
    s.currency = o.value(QStringLiteral("currency")).toString();
    s.paid = o.value(QStringLiteral("payment_status")).toString() == QLatin1String("paid");
    if (!s.id.startsWith(QLatin1String("cs_")))
        return Result<CheckoutSession>::failure(
            ErrorCode::Internal,
            QCoreApplication::translate("Elect::Stripe", "Stripe's answer was not a Checkout Session."));
    return s;
}

} // namespace

StripeCheckout::StripeCheckout(StripeSettings settings, QNetworkAccessManager* network)
    : m_settings(std::move(settings)), m_network(network)
{}

QFuture<Result<CheckoutSession>> StripeCheckout::createCheckoutSession(const CheckoutRequest& request)
{
    Q_ASSERT(m_network);
    Q_ASSERT(request.amountMinor > 0 && !request.idempotencyKey.isEmpty());
    QNetworkRequest http = stripeRequest(m_settings, QStringLiteral("/v1/checkout/sessions"));
    http.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    http.setRawHeader("Idempotency-Key", request.idempotencyKey.toUtf8());
    const QString reference = QString::number(request.topUpRequestId);
    const QByteArray form = formEncode({
        {QStringLiteral("mode"), QStringLiteral("payment")},
        {QStringLiteral("success_url"), request.successUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("cancel_url"), request.cancelUrl.toString(QUrl::FullyEncoded)},
        {QStringLiteral("client_reference_id"), reference},
        {QStringLiteral("line_items[0][quantity]"), QStringLiteral("1")},
        {QStringLiteral("line_items[0][price_data][currency]"), request.currency.toLower()},
        {QStringLiteral("line_items[0][price_data][unit_amount]"), QString::number(request.amountMinor)},
        {QStringLiteral("line_items[0][price_data][product_data][name]"),
         QCoreApplication::translate("Elect::Stripe", "Elect wallet top-up")},
        {QStringLiteral("metadata[top_up_request]"), reference},
    });
    return whenFinished<Result<CheckoutSession>>(m_network->post(http, form), readSession);
}

QFuture<Result<CheckoutSession>> StripeCheckout::retrieveCheckoutSession(const QString& sessionId)
{
    Q_ASSERT(m_network);
    const QNetworkRequest http = stripeRequest(m_settings, QStringLiteral("/v1/checkout/sessions/") +
                                                               QString::fromLatin1(QUrl::toPercentEncoding(sessionId)));
    return whenFinished<Result<CheckoutSession>>(m_network->get(http), readSession);
}

} // namespace Elect::Integrations
