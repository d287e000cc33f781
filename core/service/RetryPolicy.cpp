#include "core/service/RetryPolicy.h"

#include <QtGlobal>

#include <algorithm>

namespace Elect::Service {

std::optional<int> RetryPolicy::nextDelaySeconds(int attemptsMade, double random01,
                                                 std::optional<int> retryAfterSeconds) const
{
    if (attemptsMade >= maxAttempts)
        return std::nullopt;
    // Doubling in 64 bits and capping before the shift overflows: attempt 40 waits capSeconds, not 0.
    const int doublings = std::clamp(attemptsMade - 1, 0, 30);
    const qint64 full = std::min<qint64>(qint64(baseSeconds) << doublings, capSeconds);
    const double r = std::clamp(random01, 0.0, 1.0);
    const int half = int(full / 2);
    int delay = half + int(double(full - half) * r);
    delay = std::clamp(delay, std::min(1, capSeconds), capSeconds);
    if (retryAfterSeconds && *retryAfterSeconds > delay)
        delay = *retryAfterSeconds;
    return delay;
}

} // namespace Elect::Service
