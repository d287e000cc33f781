#pragma once

#include "core/integrations/Delivery.h"

#include <QFuture>
#include <QString>

namespace Elect::Integrations {

/// One email, already rendered from a template in the recipient's language.
struct EmailMessage
{
    QString to; ///< one address; never logged whole
    QString subject;
    QString textBody; ///< the plain-text part (may hold a token; never logged)
    QString htmlBody; ///< the HTML part, the same content
    QString language; ///< "en", "ar": sets Content-Language and the HTML's dir
};

/// Sends email (SMTP through libcurl is the one Elect ships: STARTTLS or TLS, AUTH, MIME UTF-8
/// multipart/alternative). Finishes with Accepted, RetryLater (4xx replies, unreachable server) or
/// Rejected (5xx replies); never throws, never logs a body.
class Mailer
{
public:
    virtual ~Mailer() = default;
    virtual QFuture<Delivery> send(const EmailMessage& message) = 0;
};

} // namespace Elect::Integrations
