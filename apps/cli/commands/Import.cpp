#include "apps/cli/commands/Import.h"

#include "apps/cli/InterruptWatcher.h"

#include "core/csv/Importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

#include <unistd.h>

namespace Elect::Cli {

QString Import::description() const
{
    return QCoreApplication::translate("Elect::Cli",
                                       "load voters or candidates from a CSV into a draft election, all or nothing");
}

QList<QCommandLineOption> Import::options() const
{
    return {
        {QStringLiteral("election"), QCoreApplication::translate("Elect::Cli", "the draft election to load into"),
         QStringLiteral("ID")},
        {QStringLiteral("encoding"),
         QCoreApplication::translate("Elect::Cli", "the file's encoding (default: detected)"), QStringLiteral("E")},
        {QStringLiteral("delimiter"),
         QCoreApplication::translate("Elect::Cli", "the field separator: , or ; or tab (default: detected)"),
         QStringLiteral("D")},
        {QStringLiteral("check"),
         QCoreApplication::translate("Elect::Cli",
                                     "only check the file against the database and report; write nothing")},
    };
}

QList<Command::Argument> Import::arguments() const
{
    return {{QStringLiteral("KIND"), QCoreApplication::translate("Elect::Cli", "voters or candidates")},
            {QStringLiteral("FILE"), QCoreApplication::translate("Elect::Cli", "the CSV file")}};
}

int Import::execute(CommandContext& context, const QCommandLineParser& parser, const QStringList&) const
{
    const QString what = parser.positionalArguments().value(0);
    if (what != QLatin1String("voters") && what != QLatin1String("candidates"))
        return context.usage(QCoreApplication::translate("Elect::Cli", "import: say voters or candidates"), name());
    bool ok = false;
    const qint64 electionId = parser.value(QStringLiteral("election")).toLongLong(&ok);
    if (!ok)
        return context.usage(
            QCoreApplication::translate("Elect::Cli", "import %1 needs --election ID and one FILE").arg(what), name());
    Csv::ImportOptions options;
    options.kind = what == QLatin1String("voters") ? Csv::ImportKind::Voters : Csv::ImportKind::Candidates;
    options.electionId = electionId;
    options.checkOnly = parser.isSet(QStringLiteral("check"));
    options.reader.encoding = parser.value(QStringLiteral("encoding"));
    const QString delimiter = parser.value(QStringLiteral("delimiter"));
    if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t"))
        options.reader.delimiter = u'\t';
    else if (delimiter.size() == 1)
        options.reader.delimiter = delimiter.at(0);
    else if (!delimiter.isEmpty())
        return context.usage(QCoreApplication::translate("Elect::Cli", "--delimiter is one character: , or ; or tab"),
                             name());
    QFile file(parser.positionalArguments().value(1));
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(
            {ErrorCode::InvalidInput,
             QCoreApplication::translate("Elect::Cli", "cannot read %1: %2").arg(file.fileName(), file.errorString())});
    options.photoFolder = QFileInfo(file).absoluteDir();

    auto db = context.connectAccount();
    if (!db)
        return context.fail(db.error());
    QTextStream& err = context.err();
    QTextStream& out = context.out();
    const bool tty = ::isatty(STDERR_FILENO);
    Csv::Importer importer(**db);
    std::optional<Result<Csv::ImportOutcome>> ran;
    bool interrupted = false;
    {
        // Ctrl-C or SIGTERM: stop the statement the server is running and roll back, rather than leave
        // the server to finish (and commit) alone.
        InterruptWatcher watcher([&importer] { importer.cancel(); });
        ran.emplace(importer.run(file, options, [&](const Csv::ImportProgress& p) {
            if (tty && p.totalBytes > 0)
                err << QStringLiteral("\r")
                    << QCoreApplication::translate("Elect::Cli", "%1 rows read (%2%)")
                           .arg(p.rows)
                           .arg(100 * p.bytes / p.totalBytes)
                    << Qt::flush;
            return true;
        }));
        interrupted = watcher.interrupted();
    }
    const Result<Csv::ImportOutcome>& outcome = *ran;
    if (tty)
        err << QStringLiteral("\r") << Qt::endl;
    if (!outcome && interrupted) {
        err << "elect: " << QCoreApplication::translate("Elect::Cli", "The import was stopped. Nothing was imported.")
            << Qt::endl;
        return UserError;
    }
    if (!outcome)
        return context.fail(outcome.error());
    if (!outcome->report.ok() && outcome->everyRowAlreadyInElection()) {
        // One sentence for a file that is in already.
        err << "elect: " << outcome->report.problems().first().message << Qt::endl;
        return UserError;
    }
    if (!outcome->report.ok()) {
        // The list on stdout, the summary on stderr: each ends its own line, the list first.
        out << outcome->report.toText() << QLatin1Char('\n') << Qt::flush;
        err << "elect: "
            << QCoreApplication::translate("Elect::Cli",
                                           "%n problem(s) in %1; nothing was imported. Fix them and run the import "
                                           "again.",
                                           nullptr, int(outcome->problemCount()))
                   .arg(file.fileName())
            << Qt::endl;
        return UserError;
    }
    if (interrupted)
        err << "elect: "
            << QCoreApplication::translate("Elect::Cli",
                                           "The import had already finished when it was asked to stop; it is kept.")
            << Qt::endl;
    if (options.checkOnly)
        out << QCoreApplication::translate("Elect::Cli",
                                           "%1 rows checked, no problems found (read as %2). Nothing was written.")
                   .arg(outcome->rows)
                   .arg(outcome->encoding)
            << Qt::endl;
    else
        out << (options.kind == Csv::ImportKind::Voters
                    ? QCoreApplication::translate("Elect::Cli", "Voters imported into election %2: %1.")
                    : QCoreApplication::translate("Elect::Cli", "Candidates imported into election %2: %1."))
                   .arg(outcome->inserted)
                   .arg(electionId)
            << Qt::endl;
    return Ok;
}

} // namespace Elect::Cli
