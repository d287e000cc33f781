#pragma once

#include <QString>

#include <optional>

namespace Elect::Integrations {

/// What a provider said about one message or call, in the terms the outbox dispatcher acts on.
/// Never holds the message's secret content (a code, a token) or the recipient's full address.
struct Delivery
{
    enum class Outcome {
        Accepted,   ///< the provider took it; providerId names it there (a Twilio SID, an SMTP queue id)
        RetryLater, ///< a passing failure (timeout, connection refused, 429, 5xx): try again after a backoff
        Rejected,   ///< the provider will never take it (400, 401, a refused address): give up, tell people why
    };
    Outcome outcome = Outcome::RetryLater;
    QString providerId;
    /// The provider's own wait (Retry-After), when it gave one; the dispatcher's backoff otherwise.
    std::optional<int> retryAfterSeconds;
    /// For IT staff and the organization: what went wrong, in words, without secrets.
    QString reason;
};

} // namespace Elect::Integrations
