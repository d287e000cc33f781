#pragma once

#include "core/service/ScheduledTask.h"

namespace Elect {
class Database;
}

namespace Elect::Service {

/// Queues the SMS reminders of the elections that asked for them (elections.remind_voters), once per
/// election, when at most two hours of voting remain (from the midpoint of an election shorter than four
/// hours): one outbox row `voter_reminder_sms` per registered voter with a phone who has not voted. The
/// database decides what is due by its own clock and makes it once (core/sql/0007_tally.sql);
/// VoterReminderSmsHandler sends the rows.
class ReminderTask : public ScheduledTask
{
public:
    explicit ReminderTask(Database& db, int intervalSeconds = 60);

    QString name() const override;
    int intervalSeconds() const override { return m_intervalSeconds; }
    /// Finishes at once (the work is synchronous) with the database's refusal, if any.
    QFuture<Status> runDue(const Clock& clock) override;

    /// Reminders queued by the last run.
    int queuedLastRun() const { return m_queuedLastRun; }

private:
    Database& m_db;
    int m_intervalSeconds;
    int m_queuedLastRun = 0;
};

} // namespace Elect::Service
