#include "apps/cli/commands/AuditVerify.h"

#include "apps/cli/commands/OutboxList.h"
#include "core/crypto/Ed25519.h"
#include "core/db/AuditRepository.h"
#include "core/service/AuditVerifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <climits>

namespace Elect::Cli {

namespace {

Result<QByteArray> readFile(const QString& path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            ErrorCode::NotFound,
            QCoreApplication::translate("Elect::Cli", "Cannot read %1: %2.").arg(path, file.errorString()));
    QByteArray bytes = file.read(limit + 1);
    if (bytes.size() > limit)
        return Result<QByteArray>::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::Cli", "%1 is larger than %2 MiB.").arg(path).arg(limit >> 20));
    return bytes;
}

} // namespace

QString AuditVerify::description() const
{
    return QCoreApplication::translate("Elect::Cli", "check the audit log against its signed checkpoints (--as a "
                                                     "system admin or --as elect_service)");
}

QList<QCommandLineOption> AuditVerify::options() const
{
    return {{QStringLiteral("checkpoints"),
             QCoreApplication::translate("Elect::Cli", "the checkpoint file elect serve wrote ([audit] "
                                                       "checkpoint_file)"),
             QStringLiteral("FILE")},
            {QStringLiteral("public-key"),
             QCoreApplication::translate("Elect::Cli", "the public key of \"elect audit keygen\""),
             QStringLiteral("FILE")}};
}

int AuditVerify::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    const QString checkpointsPath = parser.value(QStringLiteral("checkpoints"));
    const QString keyPath = parser.value(QStringLiteral("public-key"));
    if (checkpointsPath.isEmpty() != keyPath.isEmpty())
        return context.usage(QCoreApplication::translate("Elect::Cli", "--checkpoints and --public-key go together"),
                             name());
    QList<QByteArray> lines;
    QByteArray publicKey;
    if (!checkpointsPath.isEmpty()) {
        const auto key = readFile(keyPath, 1 << 20);
        if (!key)
            return context.fail(key.error());
        if (!Crypto::isEd25519PublicKey(*key))
            return context.fail(
                Error{ErrorCode::InvalidInput,
                      QCoreApplication::translate("Elect::Cli", "%1 is not an Ed25519 public key in PEM form.")
                          .arg(keyPath)});
        publicKey = *key;
        const auto file = readFile(checkpointsPath, qint64(1) << 30);
        if (!file)
            return context.fail(file.error());
        lines = file->split('\n');
    }
    auto db = OutboxList::connectOperator(context);
    if (!db)
        return context.fail(db.error());
    const auto verified = Service::verifyAuditChain(**db, lines, publicKey);
    if (!verified)
        return context.fail(verified.error());
    for (const Service::AuditFinding& f : verified->findings)
        context.out() << QCoreApplication::translate("Elect::Cli", "FOUND: %1").arg(f.message) << Qt::endl;
    if (!verified->clean())
        return context.fail(
            Error{ErrorCode::WrongState,
                  QCoreApplication::translate("Elect::Cli", "The audit log was tampered with: %n finding(s) above.",
                                              nullptr, int(verified->findings.size()))});
    if (checkpointsPath.isEmpty())
        context.out() << QCoreApplication::translate("Elect::Cli",
                                                     "The audit log's %1 rows (up to row %2) follow from their "
                                                     "content. Without --checkpoints this cannot show rows deleted "
                                                     "at the end or a chain recomputed by the database's owner.")
                             .arg(verified->rows)
                             .arg(verified->lastId)
                      << Qt::endl;
    else
        context.out() << QCoreApplication::translate("Elect::Cli",
                                                     "The audit log's %1 rows (up to row %2) follow from their "
                                                     "content and match all %3 signed checkpoints.")
                             .arg(verified->rows)
                             .arg(verified->lastId)
                             .arg(verified->checkpoints)
                      << Qt::endl;
    // Kiosk events wait outside the chain until elect serve seals them (0017_audit_batches.sql).
    const auto backlog = AuditRepository(**db).backlog();
    if (!backlog)
        return context.fail(backlog.error());
    const int waiting = backlog->waiting > INT_MAX ? INT_MAX : int(backlog->waiting);
    if (waiting > 0)
        context.out() << QCoreApplication::translate("Elect::Cli",
                                                     "%n kiosk event(s) since %1 wait for elect serve to seal them "
                                                     "into the chain; they are not checked yet.",
                                                     nullptr, waiting)
                             .arg(QLocale().toString(backlog->oldest.toLocalTime(), QLocale::ShortFormat))
                      << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
