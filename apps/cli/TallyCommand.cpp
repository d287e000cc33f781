#include "apps/cli/TallyCommand.h"

#include "core/tally/BallotCsvReader.h"
#include "core/tally/BltReader.h"
#include "core/tally/TallyEngine.h"
#include "core/tally/TallyReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Elect::Tally;

namespace Elect::Cli {

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "Elect::Tally",
        "Usage: elect tally --method irv|stv|block|approval|referendum [options] FILE\n"
        "FILE is a BLT file (.blt) or a ballot CSV (.csv); see docs/tally.md.\n"
        "Options:\n"
        "  --seats N             seats to fill (default: the file's, else 1)\n"
        "  --seed S              seed of the lot, to reproduce a count (default: a fresh one, printed)\n"
        "  --json                print the full result as JSON\n"
        "  --format blt|csv      read FILE as this format whatever its extension\n"
        "  --votes-per-voter N   block: marks per ballot (default: seats)\n"
        "  --at-most             block: a ballot may mark fewer than N\n"
        "  --min-approvals N     approval: fewest marks on a valid ballot (default 0)\n"
        "  --max-approvals N     approval: most marks on a valid ballot (default: no limit)\n"
        "  --majority M          referendum: simple (more than 1/2, default), two-thirds, three-fifths\n"
        "                        or P/Q (at least P/Q of yes + no)\n"
        "  --quorum P/Q          referendum: turnout needed, as a share of --electorate\n"
        "  --electorate N        referendum: registered voters\n");
}

bool parseFraction(const QString& text, Fraction& out)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() != 2)
        return false;
    bool okN = false;
    bool okD = false;
    out.numerator = parts.at(0).trimmed().toLongLong(&okN);
    out.denominator = parts.at(1).trimmed().toLongLong(&okD);
    return okN && okD && out.denominator > 0 && out.numerator >= 0 && out.numerator <= out.denominator;
}

bool parseNumber(const QString& text, qint64 minimum, qint64 maximum, qint64& out)
{
    bool ok = false;
    out = text.toLongLong(&ok);
    return ok && out >= minimum && out <= maximum;
}

} // namespace

int runTally(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption method(QStringLiteral("method"), QString(), QStringLiteral("method"));
    const QCommandLineOption seats(QStringLiteral("seats"), QString(), QStringLiteral("n"));
    const QCommandLineOption seed(QStringLiteral("seed"), QString(), QStringLiteral("s"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("format"));
    const QCommandLineOption votesPerVoter(QStringLiteral("votes-per-voter"), QString(), QStringLiteral("n"));
    const QCommandLineOption atMost(QStringLiteral("at-most"));
    const QCommandLineOption minApprovals(QStringLiteral("min-approvals"), QString(), QStringLiteral("n"));
    const QCommandLineOption maxApprovals(QStringLiteral("max-approvals"), QString(), QStringLiteral("n"));
    const QCommandLineOption majority(QStringLiteral("majority"), QString(), QStringLiteral("m"));
    const QCommandLineOption quorum(QStringLiteral("quorum"), QString(), QStringLiteral("q"));
    const QCommandLineOption electorate(QStringLiteral("electorate"), QString(), QStringLiteral("n"));
    parser.addOptions({method, seats, seed, json, format, votesPerVoter, atMost, minApprovals, maxApprovals, majority,
                       quorum, electorate});

    auto badUsage = [&](const QString& message) {
        err << message << QLatin1Char('\n') << usage();
        err.flush();
        return 2;
    };
    if (!parser.parse(QStringList{QStringLiteral("elect tally")} + args))
        return badUsage(parser.errorText());
    if (parser.positionalArguments().size() != 1)
        return badUsage(QCoreApplication::translate("Elect::Tally", "Give exactly one ballot file."));
    if (!parser.isSet(method))
        return badUsage(QCoreApplication::translate("Elect::Tally", "Choose a counting method with --method."));
    const std::optional<CountingMethod> chosen = countingMethodFromKey(parser.value(method).toLower());
    if (!chosen)
        return badUsage(
            QCoreApplication::translate("Elect::Tally", "Unknown method \"%1\".").arg(parser.value(method)));

    CountOptions options;
    qint64 number = 0;
    if (parser.isSet(seed)) {
        bool ok = false;
        options.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return badUsage(QCoreApplication::translate("Elect::Tally",
                                                        "--seed needs a whole number from 0 to 18446744073709551615."));
    }
    if (parser.isSet(seats)) {
        if (!parseNumber(parser.value(seats), 1, 65535, number))
            return badUsage(
                QCoreApplication::translate("Elect::Tally", "--seats needs a whole number from 1 to 65535."));
        options.seats = int(number);
    }
    if (parser.isSet(votesPerVoter)) {
        if (!parseNumber(parser.value(votesPerVoter), 1, 65535, number))
            return badUsage(
                QCoreApplication::translate("Elect::Tally", "--votes-per-voter needs a whole number from 1 to 65535."));
        options.votesPerVoter = int(number);
    }
    options.allowFewerVotes = parser.isSet(atMost);
    if (parser.isSet(minApprovals)) {
        if (!parseNumber(parser.value(minApprovals), 0, 65535, number))
            return badUsage(
                QCoreApplication::translate("Elect::Tally", "--min-approvals needs a whole number from 0 to 65535."));
        options.minApprovals = int(number);
    }
    if (parser.isSet(maxApprovals)) {
        if (!parseNumber(parser.value(maxApprovals), 1, 65535, number))
            return badUsage(
                QCoreApplication::translate("Elect::Tally", "--max-approvals needs a whole number from 1 to 65535."));
        options.maxApprovals = int(number);
    }
    if (parser.isSet(majority)) {
        const QString m = parser.value(majority).toLower();
        options.majorityStrict = false;
        if (m == QLatin1String("simple")) {
            options.majority = {1, 2};
            options.majorityStrict = true;
        } else if (m == QLatin1String("two-thirds")) {
            options.majority = {2, 3};
        } else if (m == QLatin1String("three-fifths")) {
            options.majority = {3, 5};
        } else if (!parseFraction(m, options.majority)) {
            return badUsage(QCoreApplication::translate(
                "Elect::Tally", "--majority needs simple, two-thirds, three-fifths or a fraction such as 3/4."));
        }
    }
    if (parser.isSet(quorum) && !parseFraction(parser.value(quorum), options.quorum))
        return badUsage(QCoreApplication::translate("Elect::Tally", "--quorum needs a fraction such as 1/2."));
    if (parser.isSet(electorate)) {
        if (!parseNumber(parser.value(electorate), 1, qint64(1) << 50, number))
            return badUsage(QCoreApplication::translate("Elect::Tally", "--electorate needs a positive whole number."));
        options.electorate = number;
    }

    const QString path = parser.positionalArguments().first();
    QString kind = parser.value(format).toLower();
    if (kind.isEmpty())
        kind = QFileInfo(path).suffix().toLower();
    if (kind != QLatin1String("blt") && kind != QLatin1String("csv"))
        return badUsage(QCoreApplication::translate(
                            "Elect::Tally", "Cannot tell the format of %1: name it .blt or .csv, or use --format.")
                            .arg(path));

    const BallotKind ballotKind = isRankedMethod(*chosen) ? BallotKind::Ranked : BallotKind::Marked;
    const Result<BallotFile> file = kind == QLatin1String("blt") ? BltReader::readFile(path, ballotKind)
                                                                 : BallotCsvReader::readFile(path, ballotKind);
    if (!file) {
        err << QStringLiteral("%1: %2").arg(path, file.message()) << QLatin1Char('\n');
        err.flush();
        return 1;
    }
    if (!parser.isSet(seats) && file->defaultSeats > 0)
        options.seats = file->defaultSeats;

    const Result<QVector<TallyResult>> results = TallyEngine::countConstituencies(*file, *chosen, options);
    if (!results) {
        err << results.message() << QLatin1Char('\n');
        err.flush();
        return 1;
    }
    if (parser.isSet(json)) {
        out << QString::fromUtf8(QJsonDocument(TallyReport::toJson(*results)).toJson(QJsonDocument::Indented));
    } else {
        bool first = true;
        for (const TallyResult& r : *results) {
            if (!first)
                out << QLatin1Char('\n');
            first = false;
            out << TallyReport::toText(r);
        }
    }
    out.flush();
    return 0;
}

} // namespace Elect::Cli
