#include "apps/cli/commands/BenchImport.h"

#include "apps/cli/BenchImport.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString BenchImport::description() const
{
    return QCoreApplication::translate("Elect::Cli",
                                       "time the voter import against a plain COPY, in a throwaway embedded server");
}

// runBenchImport reads the option itself; this carries the help and keeps other commands' options out.
QList<QCommandLineOption> BenchImport::options() const
{
    return {{QStringLiteral("rows"), QCoreApplication::translate("Elect::Cli", "voters to import (default 1000000)"),
             QStringLiteral("N")}};
}

int BenchImport::execute(CommandContext& context, const QCommandLineParser&, const QStringList& args) const
{
    return runBenchImport(args, context.out(), context.err());
}

} // namespace Elect::Cli
