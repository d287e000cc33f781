#include "core/service/ServiceRunner.h"

#include "core/domain/Clock.h"
#include "core/service/ScheduledTask.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QTimer>

namespace Elect::Service {

Q_LOGGING_CATEGORY(lcServe, "elect.serve")

namespace {

// Calls \a handler with the future's result, or with \a fallback when it was cancelled or broke.
template <typename T, typename Handler>
void onFinished(const QFuture<T>& future, QObject* context, T fallback, Handler handler)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, fallback = std::move(fallback), handler = std::move(handler)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         if (!done.isCanceled() && done.resultCount() > 0)
                             handler(done.result());
                         else
                             handler(fallback);
                     });
    watcher->setFuture(future);
}

} // namespace

ServiceRunner::ServiceRunner(DispatchPass dispatch, QList<ScheduledTask*> tasks, const Clock& clock,
                             int pollMilliseconds, QObject* parent)
    : QObject(parent), m_dispatch(std::move(dispatch)), m_tasks(std::move(tasks)), m_clock(clock),
      m_poll(new QTimer(this))
{
    m_poll->setInterval(pollMilliseconds);
    connect(m_poll, &QTimer::timeout, this, &ServiceRunner::pump);
    for (int i = 0; i < m_tasks.size(); ++i) {
        auto* timer = new QTimer(this);
        timer->setInterval(m_tasks.at(i)->intervalSeconds() * 1000);
        connect(timer, &QTimer::timeout, this, [this, i] { runTask(i); });
        m_taskTimers << timer;
        m_taskRunning << false;
    }
}

ServiceRunner::~ServiceRunner() = default;

void ServiceRunner::start()
{
    m_poll->start();
    for (int i = 0; i < m_tasks.size(); ++i) {
        m_taskTimers.at(i)->start();
        runTask(i); // what was due while serve was down is done now, not an interval later
    }
    pump();
}

void ServiceRunner::runOnce()
{
    m_once = true;
    m_onceStage = 0;
    pump();
}

void ServiceRunner::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_poll->stop();
    for (QTimer* t : m_taskTimers)
        t->stop();
    qCInfo(lcServe) << "stopping: finishing the work in flight";
    maybeFinish();
}

void ServiceRunner::wake()
{
    if (m_dispatching)
        m_again = true;
    else
        pump();
}

void ServiceRunner::pump()
{
    if (m_stopping || m_dispatching)
        return;
    m_dispatching = true;
    onFinished(m_dispatch(), this, -1, [this](int handled) { afterPass(handled); });
}

void ServiceRunner::afterPass(int handled)
{
    m_dispatching = false;
    if (handled > 0)
        m_handled += handled;
    m_failedPasses = handled < 0 ? m_failedPasses + 1 : 0;
    if (m_failedPasses >= kFailedPassesBeforeExit && !m_stopping) {
        qCCritical(lcServe) << "the outbox could not be worked" << m_failedPasses
                            << "times in a row; stopping so that the supervisor starts serve afresh";
        m_exitCode = 1;
        stop();
        return;
    }
    if (m_stopping) {
        maybeFinish();
        return;
    }
    if (handled > 0 || m_again) {
        m_again = false;
        QTimer::singleShot(0, this, &ServiceRunner::pump);
        return;
    }
    if (!m_once)
        return;
    // The outbox has nothing due.
    if (m_onceStage == 0) {
        m_onceStage = 1;
        if (m_tasks.isEmpty()) {
            m_onceStage = 2;
            QTimer::singleShot(0, this, &ServiceRunner::pump);
            return;
        }
        for (int i = 0; i < m_tasks.size(); ++i)
            runTask(i);
        return;
    }
    if (m_onceStage == 2) {
        m_stopping = true;
        maybeFinish();
    }
}

void ServiceRunner::runTask(int index)
{
    if (m_stopping || m_taskRunning.at(index))
        return;
    m_taskRunning[index] = true;
    ScheduledTask* task = m_tasks.at(index);
    onFinished(task->runDue(m_clock), this,
               Status::failure(ErrorCode::Internal, QStringLiteral("the task was cancelled")),
               [this, index, task](const Status& s) {
                   m_taskRunning[index] = false;
                   if (!s) {
                       qCWarning(lcServe).noquote() << task->name() << "failed:" << s.message();
                       Q_EMIT taskFailed(task->name(), s.message());
                   }
                   if (m_once && m_onceStage == 1 && !m_taskRunning.contains(true)) {
                       m_onceStage = 2;
                       QTimer::singleShot(0, this, &ServiceRunner::pump);
                       return;
                   }
                   maybeFinish();
               });
}

void ServiceRunner::maybeFinish()
{
    if (m_stopping && !m_finished && !m_dispatching && !m_taskRunning.contains(true)) {
        m_finished = true;
        QTimer::singleShot(0, this, &ServiceRunner::finished);
    }
}

} // namespace Elect::Service
