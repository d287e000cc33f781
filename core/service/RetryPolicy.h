#pragma once

#include <optional>

namespace Elect::Service {

/// When a message that failed with a passing error is tried again. The wait doubles with each
/// attempt from `baseSeconds` up to `capSeconds`, and a random half of it is taken off ("equal
/// jitter") so that many messages failing together do not come back together. A provider's own
/// Retry-After is honoured when it asks for longer. After `maxAttempts` failures the message is
/// given up.
struct RetryPolicy
{
    int baseSeconds = 30;
    int capSeconds = 3600;
    int maxAttempts = 8;

    /// The wait before the next try after \a attemptsMade failed attempts (1 after the first failure),
    /// or nothing when the message is to be given up. \a random01 is a uniform draw in [0, 1) (the
    /// caller's random source, so tests choose it); \a retryAfterSeconds is the provider's wait.
    std::optional<int> nextDelaySeconds(int attemptsMade, double random01,
                                        std::optional<int> retryAfterSeconds = std::nullopt) const;
};

} // namespace Elect::Service
