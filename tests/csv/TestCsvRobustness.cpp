// Every file of the corpus, and seeded random mutations of each, through the reader and the
// validators: no crash, no hang (each run is bounded by the input's size), and every reader error
// carries a line number.
#include "core/tally/SeededRandom.h"
#include "CsvTestSupport.h"
#include "Mutations.h"

#include <QDirIterator>
#include <QTest>

using namespace Elect;
using namespace Elect::Csv;
using namespace Elect::Csv::Testing;

namespace {

// Characters that matter to the format, for the seeded mutations.
const QByteArray kMutationAlphabet = QByteArrayLiteral("0123456789,;\t\"'\n\r -+E.\xff\xfe\xef\xbb\xbf\xd8\xc7\x00");

QStringList corpus()
{
    QStringList files;
    QDirIterator it(QStringLiteral(ELECT_TEST_DATA_DIR "/csv"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

// One input through the reader with each election type's validators; returns false on a broken promise.
bool checkRobust(const QByteArray& bytes, QString& why)
{
    const ReaderOptions encodings[] = {
        {}, {QStringLiteral("windows-1256"), QChar()}, {QStringLiteral("utf-16be"), QChar()}};
    for (const ReaderOptions& options : encodings) {
        for (const ImportKind kind : {ImportKind::Voters, ImportKind::Candidates}) {
            for (const ElectionType type :
                 {ElectionType::Simple, ElectionType::District, ElectionType::GovernorateBased}) {
                const ImportRun run = importBytes(bytes, kind, type, options, 50);
                if (run.readError && !run.readError->message.startsWith(QLatin1String("Line ")) &&
                    !run.readError->message.isEmpty()) {
                    why = QStringLiteral("error without a line: ") + run.readError->message;
                    return false;
                }
                if (run.report.problems().size() > 50) {
                    why = QStringLiteral("report over its limit");
                    return false;
                }
                for (const Problem& p : run.report.problems()) {
                    if (p.line <= 0 || p.message.isEmpty()) {
                        why = QStringLiteral("problem without line or message: ") + ImportReport::format(p);
                        return false;
                    }
                }
                // Every record the reader returned came with a line no later than the file allows.
                const qint64 lines = bytes.count('\n') + bytes.count('\r') + 1;
                for (const VoterRow& v : run.voters) {
                    if (v.line < 1 || v.line > lines) {
                        why = QStringLiteral("line out of range");
                        return false;
                    }
                }
            }
        }
    }
    return true;
}

} // namespace

class TestCsvRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusFiles()
    {
        const QStringList files = corpus();
        QVERIFY(files.size() >= 15);
        for (const QString& path : files) {
            QString why;
            QVERIFY2(checkRobust(fileBytes(path), why), qPrintable(path + QStringLiteral(": ") + why));
        }
    }

    void seededMutations()
    {
        Tally::SeededRandom random(4);
        for (const QString& path : corpus()) {
            const QByteArray original = fileBytes(path);
            for (int i = 0; i < 150; ++i) {
                const QByteArray input = Elect::Test::mutate(original, random, kMutationAlphabet);
                QString why;
                QVERIFY2(checkRobust(input, why),
                         qPrintable(path + QStringLiteral(" mutation ") + QString::number(i) + QStringLiteral(": ") +
                                    why + QStringLiteral("\n") + QString::fromLatin1(input.toBase64())));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvRobustness)
#include "TestCsvRobustness.moc"
