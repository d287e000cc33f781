#pragma once

#include "core/Result.h"

#include <QFuture>
#include <QString>
#include <QUrl>

namespace Elect::Integrations {

/// A request to pay money into an organization's wallet.
struct CheckoutRequest
{
    qint64 topUpRequestId = 0; ///< becomes client_reference_id, so the payment finds its request
    qint64 amountMinor = 0;    ///< piastres, cents: integer minor units
    QString currency;          ///< ISO 4217, lower case as Stripe wants it ("egp")
    QString idempotencyKey;    ///< the same request never creates two sessions
    QUrl successUrl;
    QUrl cancelUrl;
};

/// A Checkout Session as the provider reports it.
struct CheckoutSession
{
    QString id;
    QUrl url; ///< where the owner pays (opened in the browser by elect-admin)
    QString clientReferenceId;
    qint64 amountTotal = 0;
    QString currency;
    bool paid = false; ///< payment_status == "paid"
};

/// Money in from outside (Stripe Checkout is the one Elect ships). Charges and refunds for
/// elections move money inside the wallet, in the database, and never come here.
class PaymentGateway
{
public:
    virtual ~PaymentGateway() = default;
    virtual QFuture<Result<CheckoutSession>> createCheckoutSession(const CheckoutRequest& request) = 0;
    /// The polling fallback: a payment whose webhook never came is found by retrieving its session.
    virtual QFuture<Result<CheckoutSession>> retrieveCheckoutSession(const QString& sessionId) = 0;
};

} // namespace Elect::Integrations
