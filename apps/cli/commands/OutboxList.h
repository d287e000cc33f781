#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect outbox list [--failed] [--kind K]`: the outbox's newest messages, one a line (tab-separated:
/// id, kind, organization, status, attempts, next attempt, last error), never their payload. As a system
/// admin (--as EMAIL) or as the service login (--as elect_service).
class OutboxList : public Command
{
public:
    OutboxList() : Command(QStringLiteral("outbox list")) {}
    QString description() const override;
    QList<QCommandLineOption> options() const override;

    /// The system admin named by --as, or the elect_service login when --as says elect_service; the
    /// password is read from the context's source.
    static Result<std::unique_ptr<Database>> connectOperator(CommandContext& context);

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
