#pragma once

#include "core/integrations/smtp/Mailer.h"

#include <QUrl>

#include <optional>

namespace Elect::Integrations {

/// Where and as whom Elect sends email. Lives only on the host that runs `elect serve`.
struct SmtpSettings
{
    /// smtps://host:465 (TLS from the start) or smtp://host:587 (STARTTLS, required).
    QUrl server;
    QString username; ///< empty: no AUTH
    QString password; ///< secret; never logged
    QString fromAddress;
    QString fromName = QStringLiteral("Elect");
    /// Only for a relay on this machine (and the tests): smtp:// without STARTTLS. Refused for any
    /// other host, so that a password or a token never crosses a network in the clear.
    bool allowPlaintextOnLoopback = false;
    int timeoutMs = 30000;
};

/// SMTP through libcurl, run off the caller's thread. The server's certificate is verified. A 4xx
/// reply or an unreachable server is RetryLater; a 5xx reply (an address refused) or refused
/// credentials is Rejected. providerId is the message's own Message-ID.
class SmtpMailer : public Mailer
{
public:
    explicit SmtpMailer(SmtpSettings settings);
    QFuture<Delivery> send(const EmailMessage& message) override;

    /// The same, on the calling thread (the future's body).
    Delivery sendNow(const EmailMessage& message) const;
    /// Connects, encrypts, signs in and says NOOP, on the calling thread: Accepted when the server would
    /// take mail from Elect (`elect serve check`).
    Delivery checkNow() const;

private:
    std::optional<Delivery> configure(void* curl) const;
    Delivery perform(void* curl) const;

    SmtpSettings m_settings;
};

} // namespace Elect::Integrations
