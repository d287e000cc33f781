#include "core/service/AuditSealer.h"

#include "core/db/AuditRepository.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPromise>

Q_LOGGING_CATEGORY(lcSeal, "elect.service.seal")

namespace Elect::Service {

namespace {
constexpr int kBatch = 5000;
// A steady stream of kiosk events must not keep one call going for ever.
constexpr int kMaxBatchesPerCall = 20;
} // namespace

AuditSealer::AuditSealer(Database& db, int intervalSeconds) : m_db(db), m_intervalSeconds(intervalSeconds) {}

QString AuditSealer::name() const
{
    return QCoreApplication::translate("Elect::Service", "seal kiosk events into the audit log");
}

QFuture<Status> AuditSealer::runDue(const Clock&)
{
    const Result<qint64> sealed = sealAll(m_db);
    QPromise<Status> promise;
    promise.start();
    promise.addResult(sealed ? success() : Status(sealed.error()));
    promise.finish();
    return promise.future();
}

Result<qint64> AuditSealer::sealAll(Database& db)
{
    AuditRepository audit(db);
    qint64 total = 0;
    for (int i = 0; i < kMaxBatchesPerCall; ++i) {
        const Result<int> sealed = audit.seal(kBatch);
        if (!sealed)
            return sealed.error();
        total += *sealed;
        if (*sealed < kBatch)
            break;
    }
    if (total > 0)
        qCDebug(lcSeal) << "sealed" << total << "kiosk events into the audit chain";
    return total;
}

} // namespace Elect::Service
