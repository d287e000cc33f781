#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect bench outbox`: pushes one-time-code SMS through the dispatcher to a local HTTP sink and prints
/// messages per second and the database's share of the time, with the baselines of the same run.
class BenchOutbox : public Command
{
public:
    BenchOutbox() : Command(QStringLiteral("bench outbox")) {}
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
