#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect audit keygen --private FILE --public FILE`: a new Ed25519 pair for signing audit checkpoints. The
/// private key (mode 600) stays on the host that runs `elect serve` ([audit] checkpoint_key); the public key
/// is what auditors keep, for `elect audit verify`. Refuses to overwrite either file. Needs no database.
class AuditKeygen : public Command
{
public:
    AuditKeygen() : Command(QStringLiteral("audit keygen")) {}
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
