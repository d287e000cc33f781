#include "TallyTestSupport.h"

#include "core/tally/BallotCsvReader.h"
#include "core/tally/BltReader.h"
#include "core/tally/SeededRandom.h"
#include "core/tally/TallyReport.h"
#include "Mutations.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Elect::Tally;
using namespace Elect::Tally::Testing;

namespace {

QString dataPath(const QString& name)
{
    return QStringLiteral(ELECT_TEST_DATA_DIR "/tally/") + name;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

Elect::Result<BallotFile> parseAny(const QByteArray& data, bool blt, BallotKind kind)
{
    return blt ? BltReader::parse(data, kind) : BallotCsvReader::parse(data, kind);
}

/// Whatever a reader makes of `data`: a file that counts, or an error naming a line.
void checkRobust(const QByteArray& data, bool blt, const QString& what)
{
    static const QRegularExpression lineError(QStringLiteral("^Line [1-9][0-9]*: \\S"));
    for (BallotKind kind : {BallotKind::Ranked, BallotKind::Marked}) {
        const Elect::Result<BallotFile> file = parseAny(data, blt, kind);
        if (!file) {
            QVERIFY2(lineError.match(file.message()).hasMatch(),
                     qPrintable(what + QStringLiteral(": ") + file.message()));
            continue;
        }
        CountOptions options;
        options.seed = 3;
        options.seats = std::max(1, file->defaultSeats);
        const CountingMethod method = kind == BallotKind::Ranked ? CountingMethod::Stv : CountingMethod::Approval;
        const auto results = TallyEngine::countConstituencies(*file, method, options);
        QVERIFY2(results.ok(), qPrintable(what + QStringLiteral(": ") + results.message()));
        QCOMPARE(results->size(), file->constituencies.size());
    }
}

// Characters that matter to the format, for the seeded mutations.
const QByteArray kMutationAlphabet = QByteArrayLiteral("0123456789-=\"#,@x\n\r \t\xff\x00");

} // namespace

class TestTallyReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bltWithWithdrawnCandidateAndComments()
    {
        const auto file = BltReader::readFile(dataPath(QStringLiteral("withdrawn.blt")));
        QVERIFY2(file.ok(), qPrintable(file.message()));
        QCOMPARE(file->title, QStringLiteral("Withdrawn example"));
        const ConstituencyBallots& part = file->constituencies.first();
        QCOMPARE(part.candidates, (QStringList{QStringLiteral("Ann"), QStringLiteral("Bob"), QStringLiteral("Cy")}));
        QCOMPARE(part.withdrawn, (QVector<bool>{false, true, false}));
        QCOMPARE(part.ballots.totalWeight(), quint64(8));
        Contest c = contest(CountingMethod::Irv, part.candidates);
        c.withdrawn = part.withdrawn;
        const TallyResult r = run(c, part.ballots);
        QCOMPARE(r.invalidBallots, 1);
        QCOMPARE(electedNames(r), QStringList{QStringLiteral("Cy")});
    }

    void csvRankedBallots()
    {
        const auto file = BallotCsvReader::readFile(dataPath(QStringLiteral("ranked.csv")), BallotKind::Ranked);
        QVERIFY2(file.ok(), qPrintable(file.message()));
        QCOMPARE(file->title, QStringLiteral("Board, 2024"));
        QCOMPARE(file->defaultSeats, 2);
        const ConstituencyBallots& part = file->constituencies.first();
        QCOMPARE(part.candidates.first(), QStringLiteral("Smith, Ann"));
        QCOMPARE(part.withdrawn, (QVector<bool>{false, false, false, true}));
        QCOMPARE(part.ballots.totalWeight(), quint64(11));
        Contest c = contest(CountingMethod::Stv, part.candidates, 2);
        c.withdrawn = part.withdrawn;
        const TallyResult r = run(c, part.ballots);
        // Two ballots rank Bob and Cy both first: no valid first preference.
        QCOMPARE(r.invalidBallots, 2);
        QCOMPARE(r.quota, 4);
        QCOMPARE(r.rounds.first().votes.at(0), 400000); // 3 + the Dee-then-Smith ballot
        // Smith 3 + 1 and Cy 4 both reach the quota at stage 1 (their order is a lot); Bob has 1.
        QStringList elected = electedNames(r);
        elected.sort();
        QCOMPARE(elected, (QStringList{QStringLiteral("Cy"), QStringLiteral("Smith, Ann")}));
        QCOMPARE(r.rounds.first().votes.at(2), 400000);
        QCOMPARE(r.outcomes.at(1).status, CandidateStatus::NotElected);
    }

    void csvConstituenciesCountSeparately()
    {
        const auto file = BallotCsvReader::readFile(dataPath(QStringLiteral("districts.csv")), BallotKind::Marked);
        QVERIFY2(file.ok(), qPrintable(file.message()));
        QCOMPARE(file->constituencies.size(), 2);
        CountOptions options;
        options.seed = 1;
        const auto results = TallyEngine::countConstituencies(*file, CountingMethod::Block, options);
        QVERIFY2(results.ok(), qPrintable(results.message()));
        QCOMPARE(results->at(0).constituency, QStringLiteral("North"));
        QCOMPARE(results->at(0).seats, 2);
        QCOMPARE(electedNames(results->at(0)), (QStringList{QStringLiteral("Amal"), QStringLiteral("Badr")}));
        QCOMPARE(results->at(1).constituency, QStringLiteral("South"));
        QCOMPARE(results->at(1).candidates, (QStringList{QStringLiteral("Dina"), QStringLiteral("Emad")}));
        QCOMPARE(electedNames(results->at(1)), QStringList{QStringLiteral("Dina")});
        const QJsonObject json = TallyReport::toJson(*results);
        QCOMPARE(json.value(QStringLiteral("constituencies")).toArray().size(), 2);
    }

    void csvReferendum()
    {
        const auto file = BallotCsvReader::readFile(dataPath(QStringLiteral("referendum.csv")), BallotKind::Marked);
        QVERIFY2(file.ok(), qPrintable(file.message()));
        CountOptions options;
        options.seed = 1;
        const auto results = TallyEngine::countConstituencies(*file, CountingMethod::Referendum, options);
        QVERIFY2(results.ok(), qPrintable(results.message()));
        QVERIFY(results->first().referendum->passed);
        QCOMPARE(results->first().invalidBallots, 1);
    }

    void reportsCarryTheSeedAndRounds()
    {
        const auto file = BltReader::readFile(dataPath(QStringLiteral("wikipedia_food.blt")));
        QVERIFY(file.ok());
        CountOptions options;
        options.seed = 18446744073709551615ULL;
        options.seats = 3;
        const auto results = TallyEngine::countConstituencies(*file, CountingMethod::Stv, options);
        QVERIFY(results.ok());
        const QJsonObject json = TallyReport::toJson(results->first());
        QCOMPARE(json.value(QStringLiteral("seed")).toString(), QStringLiteral("18446744073709551615"));
        QCOMPARE(json.value(QStringLiteral("rounds")).toArray().size(), results->first().rounds.size());
        const QString text = TallyReport::toText(results->first());
        QVERIFY(text.contains(QStringLiteral("Elected: 1. Chocolate, 2. Oranges, 3. Strawberries")));
        QVERIFY(text.contains(QStringLiteral("Surplus of Chocolate (transfer value 0.50000)")));
    }

    // Comments may hold quotes and commas; a row of empty cells is a blank ballot (it counts as
    // cast), a blank line is nothing.
    void csvCommentsAndBlankBallots()
    {
        const auto file = BallotCsvReader::parse("# a comment with \"a quote, and a comma\n"
                                                 "A,B\n"
                                                 "x,\n"
                                                 "\n"
                                                 "  # indented comment\n"
                                                 ",\n"
                                                 " , \n"
                                                 ",x\n",
                                                 BallotKind::Marked);
        QVERIFY2(file.ok(), qPrintable(file.message()));
        const ConstituencyBallots& part = file->constituencies.first();
        QCOMPARE(part.candidates, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(part.ballots.totalWeight(), quint64(4));
        Contest c = contest(CountingMethod::Approval, part.candidates);
        c.options.minApprovals = 1;
        const TallyResult r = run(c, part.ballots);
        QCOMPARE(r.invalidBallots, 2);
        QCOMPARE(r.rounds.first().votes, (QVector<qint64>{1, 1}));
    }

    // Line ends may be CRLF, LF or a lone CR (classic Mac), as in the CSV import.
    void csvAnyLineEnd()
    {
        const auto file = BallotCsvReader::parse("A,B\rx,\r\n,x\n,x\r", BallotKind::Marked);
        QVERIFY2(file.ok(), qPrintable(file.message()));
        QCOMPARE(file->constituencies.first().ballots.totalWeight(), quint64(3));
        const auto bad = BallotCsvReader::parse("A,B\rx,\r\ny\r", BallotKind::Marked);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.message().startsWith(QStringLiteral("Line 3: ")), qPrintable(bad.message()));
    }

    // Bytes that are not UTF-8 are read as U+FFFD, as before the reader shared the CSV tokenizer.
    void csvInvalidUtf8IsReplaced()
    {
        const auto file = BallotCsvReader::parse("A\xff,B\nx,\n", BallotKind::Marked);
        QVERIFY2(file.ok(), qPrintable(file.message()));
        QCOMPARE(file->constituencies.first().candidates.first(), QStringLiteral("A\uFFFD"));
    }

    void malformedCorpusGivesLineNumberedErrors_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("line");
        const QDir dir(dataPath(QStringLiteral("malformed")));
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 20);
        static const QRegularExpression expected(QStringLiteral("_L([0-9]+)\\."));
        for (const QString& name : names) {
            const auto m = expected.match(name);
            QTest::newRow(qPrintable(name)) << dir.filePath(name) << (m.hasMatch() ? m.captured(1).toInt() : 0);
        }
    }

    // Every file in tests/data/tally/malformed/ must be refused with "Line N: ..."; files named
    // *_L<N>.* must name that line. Files the fuzzer found (crash-*, no _L) need only not crash.
    void malformedCorpusGivesLineNumberedErrors()
    {
        QFETCH(QString, path);
        QFETCH(int, line);
        const QByteArray data = readAll(path);
        const bool blt = path.endsWith(QLatin1String(".blt"));
        checkRobust(data, blt, path);
        if (line > 0) {
            for (BallotKind kind : {BallotKind::Ranked, BallotKind::Marked}) {
                const Elect::Result<BallotFile> file = parseAny(data, blt, kind);
                QVERIFY(!file.ok());
                QVERIFY2(file.message().startsWith(QStringLiteral("Line %1: ").arg(line)), qPrintable(file.message()));
            }
        }
    }

    // Seeded mutations of every good and malformed file: no crash, and either a countable file or
    // a line-numbered error.
    void mutationsNeverCrash()
    {
        SeededRandom random(2024);
        QStringList seeds;
        for (const QString& name : QDir(dataPath(QString())).entryList(QDir::Files))
            seeds << dataPath(name);
        for (const QString& name : QDir(dataPath(QStringLiteral("malformed"))).entryList(QDir::Files))
            seeds << dataPath(QStringLiteral("malformed/") + name);
        for (const QString& path : seeds) {
            const QByteArray original = readAll(path);
            const bool blt = path.endsWith(QLatin1String(".blt"));
            for (int i = 0; i < 150; ++i) {
                checkRobust(Elect::Test::mutate(original, random, kMutationAlphabet), blt, path);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTallyReaders)
#include "TestTallyReaders.moc"
