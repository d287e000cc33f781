#pragma once

#include "core/service/HttpReply.h"

#include "core/integrations/stripe/WebhookSignature.h"

#include <QByteArray>
#include <QList>

namespace Elect {
class Database;
}

namespace Elect::Service {

/// Stripe's webhook endpoint, without the HTTP server around it (serve's QHttpServer, behind the
/// operator's TLS proxy, hands it the raw body and the Stripe-Signature header).
///
/// Answers:
/// - 400: the signature is malformed, matches none of the secrets, or was made more than the tolerance
///   before or after now; or the event is not what Stripe sends (not JSON, no id or type, a session
///   without an id, amount or currency). Nothing is read from a body whose signature failed.
/// - 413: a body over 1 MiB.
/// - 200: any other event type, and sessions that are unpaid or not Elect's (no numeric
///   client_reference_id): received and ignored.
/// - 200 for `checkout.session.completed` (payment_status paid) and
///   `checkout.session.async_payment_succeeded`: the session is credited to its top-up's wallet through
///   service_credit_top_up, exactly once however often the event comes (the poller may credit it too).
/// - 500: the database could not be reached; Stripe delivers the event again later.
/// Never logs the body or the header.
class StripeWebhook
{
public:
    using Reply = HttpReply; ///< the body is JSON

    /// \a secrets: the endpoint's signing secrets (the current one, and the previous one during a rotation).
    StripeWebhook(Database& db, QList<QByteArray> secrets, qint64 toleranceSeconds = 300);

    /// \a nowSeconds: Unix time of the request (serve's clock).
    Reply handle(const QByteArray& signatureHeader, const QByteArray& body, qint64 nowSeconds);

    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

private:
    Database& m_db;
    Integrations::WebhookSignature m_signature;
};

} // namespace Elect::Service
