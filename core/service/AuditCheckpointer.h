#pragma once

#include "core/db/AuditRepository.h"
#include "core/service/ScheduledTask.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace Elect {
class Database;
}

namespace Elect::Service {

/// Signs the audit chain's head (row count, last id, last hash) with the service host's Ed25519 key and
/// appends it to a checkpoint file (mode 600, fsync'd) and to the service's log, every few minutes and when
/// serve starts and stops (docs/security.md, "Audit checkpoints"). A head already written is not written
/// again. The key never leaves this object; the hash and the count are not secret.
class AuditCheckpointer : public ScheduledTask
{
public:
    /// Reads the key at \a keyPath (refused unless mode 600 and an Ed25519 private key).
    static Result<std::unique_ptr<AuditCheckpointer>> create(Database& db, const QString& keyPath,
                                                             const QString& checkpointPath, int intervalMinutes);

    QString name() const override;
    int intervalSeconds() const override { return m_intervalSeconds; }
    /// checkpoint(), finished at once.
    QFuture<Status> runDue(const Clock& clock) override;

    /// Reads the head and, unless it is the one last written, signs it with the time \a clock gives and
    /// appends it. True when a line was written.
    Result<bool> checkpoint(const Clock& clock);

private:
    AuditCheckpointer(Database& db, QByteArray key, QString path, int intervalSeconds);

    Database& m_db;
    QByteArray m_key;
    QString m_path;
    int m_intervalSeconds;
    std::optional<AuditHead> m_last;
};

} // namespace Elect::Service
