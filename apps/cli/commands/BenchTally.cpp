#include "apps/cli/commands/BenchTally.h"

#include "apps/cli/BenchTally.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString BenchTally::description() const
{
    return QCoreApplication::translate("Elect::Cli",
                                       "time the counting engine on generated ballots and print the figures");
}

// runBenchTally reads the options itself; these carry the help and keep other commands' options out.
QList<QCommandLineOption> BenchTally::options() const
{
    return {
        {QStringLiteral("ballots"), QCoreApplication::translate("Elect::Cli", "ballots per case (default 1000000)"),
         QStringLiteral("N")},
        {QStringLiteral("seed"), QCoreApplication::translate("Elect::Cli", "seed of the ballot generator"),
         QStringLiteral("S")},
    };
}

int BenchTally::execute(CommandContext& context, const QCommandLineParser&, const QStringList& args) const
{
    return runBenchTally(args, context.out(), context.err());
}

} // namespace Elect::Cli
