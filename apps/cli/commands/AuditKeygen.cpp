#include "apps/cli/commands/AuditKeygen.h"

#include "core/crypto/Ed25519.h"
#include "core/service/AuditCheckpoint.h"

#include <QCoreApplication>
#include <QFile>

namespace Elect::Cli {

QString AuditKeygen::description() const
{
    return QCoreApplication::translate("Elect::Cli", "make the key pair that signs audit checkpoints");
}

QList<QCommandLineOption> AuditKeygen::options() const
{
    return {{QStringLiteral("private"),
             QCoreApplication::translate("Elect::Cli",
                                         "write the private key to FILE (mode 600; for [audit] checkpoint_key "
                                         "on the service host only)"),
             QStringLiteral("FILE")},
            {QStringLiteral("public"),
             QCoreApplication::translate("Elect::Cli", "write the public key to FILE (for auditors)"),
             QStringLiteral("FILE")}};
}

int AuditKeygen::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    const QString privatePath = parser.value(QStringLiteral("private"));
    const QString publicPath = parser.value(QStringLiteral("public"));
    if (privatePath.isEmpty() || publicPath.isEmpty())
        return context.usage(
            QCoreApplication::translate("Elect::Cli", "audit keygen needs --private FILE and --public FILE"), name());
    if (QFile::exists(publicPath))
        return context.fail(Error{
            ErrorCode::AlreadyExists,
            QCoreApplication::translate("Elect::Cli", "%1 exists already; choose another path.").arg(publicPath)});
    const auto pair = Crypto::generateEd25519();
    if (!pair)
        return context.fail(pair.error());
    if (Status s = Service::AuditCheckpointFile::writeNew(privatePath, pair->privatePem, 0600); !s)
        return context.fail(s.error());
    if (Status s = Service::AuditCheckpointFile::writeNew(publicPath, pair->publicPem, 0644); !s) {
        QFile::remove(privatePath);
        return context.fail(s.error());
    }
    context.out() << QCoreApplication::translate("Elect::Cli",
                                                 "Wrote the private key to %1 (mode 600): give it to elect serve as "
                                                 "[audit] checkpoint_key and keep it nowhere else. Give the public "
                                                 "key %2 to the auditors, for \"elect audit verify\".")
                         .arg(privatePath, publicPath)
                  << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
