#pragma once

#include "core/service/ScheduledTask.h"

namespace Elect {
class Database;
}

namespace Elect::Service {

/// Seals the kiosks' audit events into the audit log's hash chain (0017_audit_batches.sql): kiosk events
/// wait in audit_unsealed, which takes no lock, so that casts from many kiosks never queue behind the
/// chain's one lock; this task chains them every few seconds, before each signed checkpoint and when
/// serve stops. Safe on two servers at once: sealers take turns on the chain's lock.
class AuditSealer : public ScheduledTask
{
public:
    explicit AuditSealer(Database& db, int intervalSeconds = 2);

    QString name() const override;
    int intervalSeconds() const override { return m_intervalSeconds; }
    /// sealAll(), finished at once.
    QFuture<Status> runDue(const Clock& clock) override;

    /// Seals what waits now, a batch (one transaction) at a time; events that arrive meanwhile wait for the
    /// next call. Returns how many were sealed.
    static Result<qint64> sealAll(Database& db);

private:
    Database& m_db;
    int m_intervalSeconds;
};

} // namespace Elect::Service
