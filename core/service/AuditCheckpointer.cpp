#include "core/service/AuditCheckpointer.h"

#include "core/service/AuditSealer.h"

#include "core/crypto/Ed25519.h"
#include "core/domain/Clock.h"
#include "core/service/AuditCheckpoint.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPromise>

Q_LOGGING_CATEGORY(lcAudit, "elect.service.audit")

namespace Elect::Service {

Result<std::unique_ptr<AuditCheckpointer>> AuditCheckpointer::create(Database& db, const QString& keyPath,
                                                                     const QString& checkpointPath, int intervalMinutes)
{
    auto key = AuditCheckpointFile::readPrivateKey(keyPath);
    if (!key)
        return key.error();
    return std::unique_ptr<AuditCheckpointer>(
        new AuditCheckpointer(db, std::move(key).value(), checkpointPath, intervalMinutes * 60));
}

AuditCheckpointer::AuditCheckpointer(Database& db, QByteArray key, QString path, int intervalSeconds)
    : m_db(db), m_key(std::move(key)), m_path(std::move(path)), m_intervalSeconds(intervalSeconds),
      m_last(AuditCheckpointFile::lastHead(m_path))
{}

QString AuditCheckpointer::name() const
{
    return QCoreApplication::translate("Elect::Service", "sign the audit log's head");
}

QFuture<Status> AuditCheckpointer::runDue(const Clock& clock)
{
    const Result<bool> written = checkpoint(clock);
    QPromise<Status> promise;
    promise.start();
    promise.addResult(written ? success() : Status(written.error()));
    promise.finish();
    return promise.future();
}

Result<bool> AuditCheckpointer::checkpoint(const Clock& clock)
{
    // What the kiosks did up to now is in the head this signs.
    if (const auto sealed = AuditSealer::sealAll(m_db); !sealed)
        return sealed.error();
    const auto head = AuditRepository(m_db).head();
    if (!head)
        return head.error();
    if (m_last && *m_last == *head)
        return false;
    AuditCheckpoint c;
    c.head = *head;
    c.time = clock.now().toUTC().toString(Qt::ISODateWithMs);
    const auto signature = Crypto::signEd25519(m_key, c.signedMessage());
    if (!signature)
        return signature.error();
    c.signature = *signature;
    const QByteArray line = c.toLine();
    if (Status appended = AuditCheckpointFile::append(m_path, line); !appended)
        return appended.error();
    m_last = c.head;
    // The log is the second copy, ideally shipped to another host (journald, syslog).
    qCInfo(lcAudit).noquote() << "audit checkpoint" << QString::fromLatin1(line);
    return true;
}

} // namespace Elect::Service
