#pragma once

namespace Elect {

/// The waits between reconnection attempts: \a first, then twice as long each time, never longer than
/// \a max. Bounded on both sides, so a lost server is neither hammered (no wait shorter than first(),
/// never zero) nor left alone for long (no wait longer than max()).
class Backoff
{
public:
    /// \a firstMs below kMinimumMs is raised to it; \a maxMs below the first wait is raised to it.
    Backoff(int firstMs, int maxMs);

    static constexpr int kMinimumMs = 10;

    /// The wait before the next attempt, in milliseconds; each call counts one attempt.
    int next();
    /// After a success: the next wait is the first one again.
    void reset();

    int attempts() const { return m_attempts; }
    int first() const { return m_first; }
    int max() const { return m_max; }

private:
    int m_first;
    int m_max;
    int m_current;
    int m_attempts = 0;
};

} // namespace Elect
