#pragma once

#include "core/integrations/stripe/PaymentGateway.h"

#include <QPointer>

class QNetworkAccessManager;

namespace Elect::Integrations {

/// Where and as whom Elect talks to Stripe. Lives only on the host that runs `elect serve`.
struct StripeSettings
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.stripe.com"));
    QString secretKey; ///< "sk_live_..." / "sk_test_..."; never logged
    int timeoutMs = 20000;
};

/// Stripe Checkout Sessions (API 2023-08-16): create one for a wallet top-up (mode payment, one line
/// item priced in minor units, client_reference_id = the top-up request, an Idempotency-Key so that
/// a retried request never opens a second session) and retrieve one (the polling fallback).
/// Asynchronous on the calling thread's event loop. Errors: Stripe's own refusal is InvalidInput
/// with Stripe's message, a refused key NotAllowed, anything passing (429, 5xx, no answer) Unavailable.
class StripeCheckout : public PaymentGateway
{
public:
    StripeCheckout(StripeSettings settings, QNetworkAccessManager* network);

    QFuture<Result<CheckoutSession>> createCheckoutSession(const CheckoutRequest& request) override;
    QFuture<Result<CheckoutSession>> retrieveCheckoutSession(const QString& sessionId) override;

private:
    StripeSettings m_settings;
    QPointer<QNetworkAccessManager> m_network;
};

} // namespace Elect::Integrations
