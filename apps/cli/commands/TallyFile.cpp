#include "apps/cli/commands/TallyFile.h"

#include "apps/cli/TallyCommand.h"

#include <QCoreApplication>

namespace Elect::Cli {

QString TallyFile::description() const
{
    return QCoreApplication::translate("Elect::Cli",
                                       "count a BLT or CSV ballot file and print the winners and the rounds");
}

// The same options as runTally's own parser, which still reads them; these carry the help.
QList<QCommandLineOption> TallyFile::options() const
{
    return {
        {QStringLiteral("method"),
         QCoreApplication::translate("Elect::Cli", "counting method: irv, stv, block, approval or referendum"),
         QStringLiteral("M")},
        {QStringLiteral("seats"),
         QCoreApplication::translate("Elect::Cli", "seats to fill (default: the file's, else 1)"), QStringLiteral("N")},
        {QStringLiteral("seed"),
         QCoreApplication::translate("Elect::Cli",
                                     "seed of the lot, to reproduce a count (default: a fresh one, printed)"),
         QStringLiteral("S")},
        {QStringLiteral("json"), QCoreApplication::translate("Elect::Cli", "print the full result as JSON")},
        {QStringLiteral("format"),
         QCoreApplication::translate("Elect::Cli", "read FILE as blt or csv whatever its extension"),
         QStringLiteral("FORMAT")},
        {QStringLiteral("votes-per-voter"),
         QCoreApplication::translate("Elect::Cli", "block: marks per ballot (default: seats)"), QStringLiteral("N")},
        {QStringLiteral("at-most"), QCoreApplication::translate("Elect::Cli", "block: a ballot may mark fewer than N")},
        {QStringLiteral("min-approvals"),
         QCoreApplication::translate("Elect::Cli", "approval: fewest marks on a valid ballot (default 0)"),
         QStringLiteral("N")},
        {QStringLiteral("max-approvals"),
         QCoreApplication::translate("Elect::Cli", "approval: most marks on a valid ballot (default: no limit)"),
         QStringLiteral("N")},
        {QStringLiteral("majority"),
         QCoreApplication::translate(
             "Elect::Cli",
             "referendum: simple (more than 1/2, default), two-thirds, three-fifths or P/Q (at least P/Q of yes + "
             "no)"),
         QStringLiteral("M")},
        {QStringLiteral("quorum"),
         QCoreApplication::translate("Elect::Cli", "referendum: turnout needed, as a share of --electorate"),
         QStringLiteral("P/Q")},
        {QStringLiteral("electorate"), QCoreApplication::translate("Elect::Cli", "referendum: registered voters"),
         QStringLiteral("N")},
    };
}

QList<Command::Argument> TallyFile::arguments() const
{
    return {
        {QStringLiteral("FILE"),
         QCoreApplication::translate("Elect::Tally", "a BLT file (.blt) or a ballot CSV (.csv); see docs/tally.md")}};
}

int TallyFile::execute(CommandContext& context, const QCommandLineParser&, const QStringList& args) const
{
    return runTally(args, context.out(), context.err());
}

} // namespace Elect::Cli
