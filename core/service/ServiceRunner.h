#pragma once

#include "core/Result.h"

#include <QFuture>
#include <QList>
#include <QObject>

#include <functional>

class QTimer;

namespace Elect {
class Clock;
}

namespace Elect::Service {

class ScheduledTask;

/// The loop of `elect serve`: sends what the outbox holds (one dispatcher pass at a time, at once
/// again while passes find work, else every poll interval) and runs each scheduled task on its own
/// interval. stop() lets the pass and the tasks in flight finish, then emits finished(): SIGTERM loses
/// nothing, and a message whose send was cut short by SIGKILL is sent again when its lease ends.
class ServiceRunner : public QObject
{
    Q_OBJECT
public:
    /// One dispatcher pass: finishes with the number of messages handled.
    using DispatchPass = std::function<QFuture<int>()>;

    ServiceRunner(DispatchPass dispatch, QList<ScheduledTask*> tasks, const Clock& clock, int pollMilliseconds,
                  QObject* parent = nullptr);
    ~ServiceRunner() override;

    /// Runs until stop().
    void start();
    /// For cron-style runs (`elect serve --once`): passes until the outbox has nothing due, each task
    /// once, passes again (a task may have written messages), then finished().
    void runOnce();
    /// Finishes what is in flight, starts nothing new, then finished().
    void stop();
    /// Something was written to the outbox (a NOTIFY): a pass now, unless one is under way.
    void wake();

    bool stopping() const { return m_stopping; }
    qint64 messagesHandled() const { return m_handled; }
    /// 0, or 1 when the runner stopped itself because the outbox could not be worked (the connection is
    /// gone): the process exits with it and its supervisor (systemd) starts it again.
    int exitCode() const { return m_exitCode; }
    /// Failed passes in a row (a pass fails when the database refuses the claim or the record) that stop serve.
    static constexpr int kFailedPassesBeforeExit = 30;

Q_SIGNALS:
    void finished();
    /// A task failed; \a message says why (already logged).
    void taskFailed(const QString& task, const QString& message);

private:
    void pump();
    void runTask(int index);
    void afterPass(int handled);
    void maybeFinish();

    DispatchPass m_dispatch;
    QList<ScheduledTask*> m_tasks;
    const Clock& m_clock;
    QTimer* m_poll = nullptr;
    QList<QTimer*> m_taskTimers;
    QList<bool> m_taskRunning;
    bool m_dispatching = false;
    bool m_stopping = false;
    bool m_once = false;
    bool m_again = false; // woken during a pass: another pass right after it
    bool m_finished = false;
    int m_onceStage = 0; // 0: first passes, 1: tasks, 2: last passes
    qint64 m_handled = 0;
    int m_failedPasses = 0;
    int m_exitCode = 0;
};

} // namespace Elect::Service
