#pragma once

#include <QByteArray>
#include <QString>

namespace Elect::Integrations {

/// A Stripe webhook event as Elect reads it: strictly, and only what a wallet top-up needs. Read only
/// a body whose signature was checked (WebhookSignature); any bytes give an answer, never a crash.
struct WebhookEvent
{
    enum class Kind {
        Malformed, ///< not what Stripe sends; `problem` says what (event_malformed, session_malformed)
        Ignored,   ///< a well-formed event of a type Elect does not act on
        Unpaid,    ///< a checkout session not (yet) paid: a delayed method's success event follows
        NotOurs,   ///< a paid session without a numeric client_reference_id: no Elect top-up asked for it
        Paid,      ///< checkout.session.completed (paid) or checkout.session.async_payment_succeeded
    };
    Kind kind = Kind::Malformed;
    QString problem;
    QString eventId; ///< evt_...
    QString type;
    QString sessionId; ///< cs_...
    QString clientReference;
    qint64 amountTotal = 0; ///< minor units
    QString currency;       ///< as Stripe writes it (lower case)

    static WebhookEvent read(const QByteArray& body);
};

} // namespace Elect::Integrations
