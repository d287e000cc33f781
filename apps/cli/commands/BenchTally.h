#pragma once

#include "apps/cli/Command.h"

namespace Elect::Cli {

/// `elect bench tally [--ballots N] [--seed S]`: times the counting engine (runBenchTally does the work).
class BenchTally : public Command
{
public:
    BenchTally() : Command(QStringLiteral("bench tally")) {}
    QString description() const override;
    QList<QCommandLineOption> options() const override;

protected:
    int execute(CommandContext& context, const QCommandLineParser& parser, const QStringList& args) const override;
};

} // namespace Elect::Cli
