// elect_tally_try: a stand-in for the `elect` CLI so the tally commands can be built and tried
// before the CLI owner wires them in. Dispatches "tally ..." and "bench tally ...".
#include "apps/cli/BenchTally.h"
#include "apps/cli/TallyCommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    if (!args.isEmpty() && args.first() == QLatin1String("tally"))
        return Elect::Cli::runTally(args.mid(1), out, err);
    if (args.size() >= 2 && args.at(0) == QLatin1String("bench") && args.at(1) == QLatin1String("tally"))
        return Elect::Cli::runBenchTally(args.mid(2), out, err);
    err << QStringLiteral("usage: elect_tally_try tally ... | bench tally ...\n");
    return 2;
}
