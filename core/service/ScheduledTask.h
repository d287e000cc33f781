#pragma once

#include "core/Result.h"

#include <QFuture>
#include <QString>

namespace Elect {
class Clock;
}

namespace Elect::Service {

/// Periodic work of `elect serve` (closing and counting ended elections, polling payments whose
/// webhook never came). Each run does what is due at clock.now() and is safe to run twice, on two
/// servers at once: the database decides who gets each piece of work.
class ScheduledTask
{
public:
    virtual ~ScheduledTask() = default;
    virtual QString name() const = 0;
    /// Seconds between runs.
    virtual int intervalSeconds() const = 0;
    /// Does what is due at clock.now(). Database work runs on the calling thread; a task that waits
    /// for a provider (polling Stripe) finishes the future when the answer comes. The clock outlives
    /// the future.
    virtual QFuture<Status> runDue(const Clock& clock) = 0;
};

} // namespace Elect::Service
