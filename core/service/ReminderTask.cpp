#include "core/service/ReminderTask.h"

#include "core/db/TallyRepository.h"
#include "core/domain/Clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPromise>

Q_DECLARE_LOGGING_CATEGORY(lcTally)

namespace Elect::Service {

ReminderTask::ReminderTask(Database& db, int intervalSeconds) : m_db(db), m_intervalSeconds(intervalSeconds) {}

QString ReminderTask::name() const
{
    return QCoreApplication::translate("Elect::Service", "remind voters who have not voted");
}

QFuture<Status> ReminderTask::runDue(const Clock& clock)
{
    m_queuedLastRun = 0;
    const Result<int> queued = TallyRepository(m_db).queueVoterReminders();
    QPromise<Status> promise;
    promise.start();
    if (queued) {
        m_queuedLastRun = *queued;
        if (*queued > 0)
            qCInfo(lcTally) << *queued << "voter reminders queued at" << clock.now().toString(Qt::ISODate);
        promise.addResult(success());
    } else {
        qCWarning(lcTally) << "voter reminders were not queued:" << queued.message();
        promise.addResult(Status(queued.error()));
    }
    promise.finish();
    return promise.future();
}

} // namespace Elect::Service
