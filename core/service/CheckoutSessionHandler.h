#pragma once

#include "core/service/OutboxHandler.h"

#include <QUrl>

namespace Elect {
class Database;
namespace Integrations {
class PaymentGateway;
}
} // namespace Elect

namespace Elect::Service {

/// Where Stripe sends the owner after paying or giving up (from serve's settings).
struct CheckoutUrls
{
    QUrl successUrl;
    QUrl cancelUrl;
};

/// The outbox handler of kind `checkout_session` (written by request_top_up with {"top_up_id": id}):
/// opens a Stripe Checkout Session for the pending top-up and records it, so the admin app can open its
/// URL. A retried message never opens a second session: the idempotency key is derived from the top-up,
/// and a top-up that is no longer pending is not sent again. Stripe unreachable or busy is RetryLater;
/// Stripe refusing the request or the key is Rejected, and the top-up fails with the reason (the
/// organization is told). The database and the gateway outlive the futures; run on their thread.
class CheckoutSessionHandler : public OutboxHandler
{
public:
    CheckoutSessionHandler(Database& db, Integrations::PaymentGateway& gateway, CheckoutUrls urls);

    QString kind() const override;
    QFuture<Integrations::Delivery> handle(const OutboxMessage& message) override;

    /// The Idempotency-Key of a top-up's session: the same on every attempt.
    static QString idempotencyKey(qint64 topUpId);

private:
    Database& m_db;
    Integrations::PaymentGateway& m_gateway;
    CheckoutUrls m_urls;
};

} // namespace Elect::Service
