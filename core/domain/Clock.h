#pragma once

#include <QDateTime>

namespace Elect {

/// Where rules read the time, so that tests can set it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    /// The system's clock, in UTC.
    static const Clock& system();
};

/// A clock that stands still until a test moves it.
class TestClock : public Clock
{
public:
    explicit TestClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime now() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

} // namespace Elect
