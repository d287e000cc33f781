#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect audit verify [--checkpoints FILE --public-key FILE]` (--as a system admin or --as elect_service):
/// recomputes the audit chain from its rows and reports every row whose hashes do not follow. With
/// checkpoints, also every line that is not a checkpoint or whose signature fails, and, against each signed
/// checkpoint, rows deleted at the end, rows missing or added before it, rows rewritten. One finding a line;
/// exits 1 on any.
class AuditVerify : public Command
{
public:
    AuditVerify() : Command(QStringLiteral("audit verify")) {}
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
