#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect bench cast`: voters from national id to receipt at many kiosks at once (identify, the code sent
/// by the outbox dispatcher, verify, ballot, cast), against a throwaway embedded server; prints casts per
/// second, the cast's latency percentiles and, as the baseline of the same run, pgbench -N on the same server.
class BenchCast : public Command
{
public:
    BenchCast() : Command(QStringLiteral("bench cast")) {}
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
