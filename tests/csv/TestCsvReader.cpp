// The streaming CSV reader: every file shape of the corpus, RFC 4180 details, encodings, malformed
// input with line numbers, chunk boundaries and bounded memory.
#include "CsvTestSupport.h"
#include "Printers.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Elect;
using namespace Elect::Csv;
using namespace Elect::Csv::Testing;

namespace {

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

// Peak resident memory of this process (VmHWM) in KiB, from /proc; -1 where there is none.
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/// Reads `bytes` with a comma and `dialect`: the records (header first) and their lines, and the error.
struct DialectRead
{
    QList<QStringList> records;
    QList<qint64> lines;
    std::optional<Error> error;
};

DialectRead readWithDialect(const QByteArray& bytes, const Dialect& dialect)
{
    DialectRead r;
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    ReaderOptions options;
    options.delimiter = QLatin1Char(',');
    CsvReader reader(&buffer, options, dialect);
    if (!reader.open()) {
        r.error = reader.error();
        return r;
    }
    r.records << reader.header();
    r.lines << reader.headerLine();
    QStringList fields;
    while (reader.next(fields)) {
        r.records << fields;
        r.lines << reader.recordLine();
    }
    r.error = reader.error();
    return r;
}

Dialect ballotFileDialect()
{
    Dialect d;
    d.comment = QLatin1Char('#');
    d.trimSpaces = true;
    d.strictQuotes = true;
    d.keepEmptyRecords = true;
    return d;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainUtf8Lf()
    {
        const ReadResult r = readFile(QStringLiteral("voters_simple_lf.csv"));
        QVERIFY(r.opened);
        QCOMPARE(r.header, QStringList({QStringLiteral("National ID"), QStringLiteral("Phone")}));
        QCOMPARE(r.encoding, QStringLiteral("utf-8"));
        QCOMPARE(r.delimiter, QLatin1Char(','));
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.rows.at(1), QStringList({QStringLiteral("29102021234568"), QStringLiteral("+20 100 123 4568")}));
        QCOMPARE(r.lines, QList<qint64>({2, 3, 4}));
        QVERIFY(!r.error);
        QCOMPARE(r.bytesRead, QFileInfo(dataPath(QStringLiteral("voters_simple_lf.csv"))).size());
    }

    void excelUtf8WithBomAndCrlf()
    {
        const ReadResult r = readFile(QStringLiteral("voters_simple_bom_crlf_arabic.csv"));
        QVERIFY(r.opened);
        QCOMPARE(r.header.first(), u("الرقم القومي")); // the byte order mark is not part of the name
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(0).at(1), u("٠١٠٠١٢٣٤٥٦٧")); // no stray CR at the end of the line
        QCOMPARE(r.lines, QList<qint64>({2, 3}));
    }

    void semicolonsAndNoFinalNewline()
    {
        const ReadResult r = readFile(QStringLiteral("voters_district_semicolon.csv"));
        QVERIFY(r.opened);
        QCOMPARE(r.delimiter, QLatin1Char(';'));
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(1).at(2), QStringLiteral("South; old town"));
        QCOMPARE(r.lines.last(), 3);
    }

    void utf16WithTabs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("little endian") << QStringLiteral("voters_governorate_utf16le_tabs.txt")
                                       << QStringLiteral("utf-16le");
        QTest::newRow("big endian") << QStringLiteral("voters_governorate_utf16be_tabs.txt")
                                    << QStringLiteral("utf-16be");
    }

    void utf16WithTabs()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        const ReadResult r = readFile(file);
        QVERIFY(r.opened);
        QCOMPARE(r.encoding, encoding);
        QCOMPARE(r.delimiter, QLatin1Char('\t'));
        QCOMPARE(r.header, QStringList({u("رقم الهوية"), u("رقم الهاتف"), u("المحافظة")}));
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(0).at(2), u("القاهرة"));
        QCOMPARE(r.rows.at(1).at(2), u("الجيزة"));
        QVERIFY(!r.error);
    }

    void windows1256IsRefusedThenReadWithTheOption()
    {
        const ReadResult refused = readFile(QStringLiteral("voters_district_windows1256.csv"));
        QVERIFY(!refused.opened);
        QVERIFY2(refused.openMessage.startsWith(QLatin1String("Line 1: ")), qPrintable(refused.openMessage));
        QVERIFY2(refused.openMessage.contains(QLatin1String("--encoding windows-1256")),
                 qPrintable(refused.openMessage));
        QCOMPARE(refused.error->code, ErrorCode::InvalidInput);

        const ReadResult r =
            readFile(QStringLiteral("voters_district_windows1256.csv"), {QStringLiteral("windows-1256"), QChar()});
        QVERIFY2(r.opened, qPrintable(r.openMessage));
        QCOMPARE(r.encoding, QStringLiteral("windows-1256"));
        QCOMPARE(r.header, QStringList({u("الرقم القومي"), u("الهاتف"), u("الدائرة")}));
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(0).at(2), u("مدينة نصر"));
        QCOMPARE(r.rows.at(1).at(2), u("الدقي"));
    }

    void latinTextIsGuessedAsWindows1252()
    {
        const QByteArray bytes = "Name,Phone\nJos\xe9 Mu\xf1"
                                 "oz,0100\nRen\xe9"
                                 "e,0101\n";
        const ReadResult refused = readBytes(bytes);
        QVERIFY(refused.opened); // the header is ASCII; the second line is not UTF-8
        QVERIFY(refused.error);
        QVERIFY2(refused.error->message.startsWith(QLatin1String("Line 2: ")), qPrintable(refused.error->message));
        QVERIFY2(refused.error->message.contains(QLatin1String("--encoding windows-1252")),
                 qPrintable(refused.error->message));
        const ReadResult latin1 = readBytes(bytes, {QStringLiteral("iso-8859-1"), QChar()});
        QCOMPARE(latin1.rows.at(0).at(0), u("José Muñoz"));
        const ReadResult cp1252 = readBytes("Name\n\x80 \x93quoted\x94\n", {QStringLiteral("cp1252"), QChar()});
        QCOMPARE(cp1252.rows.at(0).at(0), u("€ “quoted”"));
    }

    void invalidUtf8LaterInTheFileNamesItsLine()
    {
        // Far beyond the first chunk, so the error comes from next(), with the line of the bad bytes.
        QByteArray bytes = "National ID,Phone\n";
        for (int i = 0; i < 5000; ++i)
            bytes += "29001011234567,01001234567\n";
        bytes += "29001011234567,\xc7\xe1\xe5\xc7\xca\xdd\n";
        const ReadResult r = readBytes(bytes);
        QVERIFY(r.opened);
        QVERIFY(r.error);
        QVERIFY2(r.error->message.startsWith(QLatin1String("Line 5002: ")), qPrintable(r.error->message));
        QVERIFY(r.error->message.contains(QLatin1String("windows-1256")));
        QCOMPARE(r.rows.size(), 5000); // the damaged record is never returned
    }

    void truncatedUtf8AtTheEnd()
    {
        const ReadResult r = readBytes("a,b\n1,\xd8");
        QVERIFY(r.error);
        QVERIFY2(r.error->message.startsWith(QLatin1String("Line 2: ")), qPrintable(r.error->message));
        QVERIFY(r.rows.isEmpty());
    }

    void quotedFieldsWithNewlinesCommasAndQuotes()
    {
        const ReadResult r = readFile(QStringLiteral("candidates_district_quoted.csv"));
        QVERIFY(r.opened);
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.rows.at(0).at(2), QStringLiteral("Green, United"));
        QCOMPARE(r.rows.at(0).at(5), QStringLiteral("Teacher.\nTwenty years in \"our\" schools."));
        QCOMPARE(r.rows.at(0).at(7), QStringLiteral("amal.jpg"));
        QCOMPARE(r.lines, QList<qint64>({2, 4, 5})); // the first record spans lines 2 and 3
    }

    void excelQuirksBlankRowsAreSkipped()
    {
        const ReadResult r = readFile(QStringLiteral("candidates_simple_excel_quirks.csv"));
        QVERIFY(r.opened);
        QCOMPARE(r.header.size(), 5);
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows.at(0).at(0), QStringLiteral("'29001011234567"));
        QVERIFY(!r.error);
    }

    void rfc4180Details_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<qint64>>("lines");
        const auto row = [](std::initializer_list<const char*> cells) {
            QStringList l;
            for (const char* c : cells)
                l << QString::fromUtf8(c);
            return l;
        };
        QTest::newRow("crlf") << QByteArray("h1,h2\r\na,b\r\nc,d\r\n")
                              << QList<QStringList>{row({"a", "b"}), row({"c", "d"})} << QList<qint64>{2, 3};
        QTest::newRow("lone cr") << QByteArray("h1,h2\ra,b\rc,d")
                                 << QList<QStringList>{row({"a", "b"}), row({"c", "d"})} << QList<qint64>{2, 3};
        QTest::newRow("empty cells") << QByteArray("h1,h2,h3\n,,x\n") << QList<QStringList>{row({"", "", "x"})}
                                     << QList<qint64>{2};
        QTest::newRow("trailing delimiter")
            << QByteArray("h1,h2\na,") << QList<QStringList>{row({"a", ""})} << QList<qint64>{2};
        QTest::newRow("quote inside an unquoted value is literal")
            << QByteArray("h1,h2\n5\" screen,b\n") << QList<QStringList>{row({"5\" screen", "b"})} << QList<qint64>{2};
        QTest::newRow("empty quoted") << QByteArray("h1,h2\n\"\",b\n") << QList<QStringList>{row({"", "b"})}
                                      << QList<qint64>{2};
        QTest::newRow("only doubled quotes")
            << QByteArray("h1\n\"\"\"\"\"\"\n") << QList<QStringList>{row({"\"\""})} << QList<qint64>{2};
        QTest::newRow("quoted at eof") << QByteArray("h1,h2\na,\"b\"") << QList<QStringList>{row({"a", "b"})}
                                       << QList<qint64>{2};
        QTest::newRow("crlf inside quotes becomes lf")
            << QByteArray("h1,h2\r\n\"x\r\ny\",z\r\nq,r\r\n") << QList<QStringList>{row({"x\ny", "z"}), row({"q", "r"})}
            << QList<qint64>{2, 4};
        QTest::newRow("space after closing quote")
            << QByteArray("h1,h2\n\"a\" ,b\n") << QList<QStringList>{row({"a", "b"})} << QList<qint64>{2};
        QTest::newRow("blank lines between records")
            << QByteArray("h1\n\na\n\n\nb\n") << QList<QStringList>{row({"a"}), row({"b"})} << QList<qint64>{3, 6};
        QTest::newRow("header after blank lines")
            << QByteArray("\n\nh1,h2\na,b\n") << QList<QStringList>{row({"a", "b"})} << QList<qint64>{4};
        QTest::newRow("header only") << QByteArray("h1,h2\n") << QList<QStringList>{} << QList<qint64>{};
        QTest::newRow("arabic") << QByteArray("h\n\"محمد، علي\"\n") << QList<QStringList>{row({"محمد، علي"})}
                                << QList<qint64>{2};
    }

    void rfc4180Details()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<qint64>, lines);
        const ReadResult r = readBytes(input);
        QVERIFY2(r.opened, qPrintable(r.openMessage));
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->message) : "");
        QCOMPARE(r.rows, rows);
        QCOMPARE(r.lines, lines);
    }

    void malformedInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("words");
        QTest::addColumn<int>("rowsBefore");
        QTest::newRow("unterminated quote") << fileBytes(dataPath(QStringLiteral("errors/unterminated_quote.csv")))
                                            << QStringLiteral("Line 3: ") << QStringLiteral("closing quote") << 1;
        QTest::newRow("text after closing quote")
            << fileBytes(dataPath(QStringLiteral("errors/text_after_quote.csv"))) << QStringLiteral("Line 2: ")
            << QStringLiteral("after the closing quote") << 0;
        QTest::newRow("unterminated quote spanning lines")
            << QByteArray("h\na\n\"b\nc\nd") << QStringLiteral("Line 3: ") << QStringLiteral("closing quote") << 1;
        QByteArray huge = "h1,h2\nx,";
        huge += QByteArray(CsvReader::maxRecordChars() + 10, 'y');
        huge += "\nz,z\n";
        QTest::newRow("record too long") << huge << QStringLiteral("Line 2: ") << QStringLiteral("longer than") << 0;
        QByteArray open = "h1,h2\nx,\"";
        open += QByteArray(2 * CsvReader::maxRecordChars(), 'y');
        QTest::newRow("quote open to a huge end")
            << open << QStringLiteral("Line 2: ") << QStringLiteral("longer than") << 0;
    }

    void malformedInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, prefix);
        QFETCH(QString, words);
        QFETCH(int, rowsBefore);
        const ReadResult r = readBytes(input);
        QVERIFY(r.opened);
        QVERIFY(r.error);
        QCOMPARE(r.error->code, ErrorCode::InvalidInput);
        QVERIFY2(r.error->message.startsWith(prefix), qPrintable(r.error->message));
        QVERIFY2(r.error->message.contains(words), qPrintable(r.error->message));
        QCOMPARE(r.rows.size(), rowsBefore);
    }

    void errorsStick()
    {
        QByteArray bytes = "h\n\"open\n";
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QVERIFY(reader.open().ok());
        QStringList fields;
        QVERIFY(!reader.next(fields));
        QVERIFY(reader.error());
        QVERIFY(!reader.next(fields));
        QVERIFY(reader.error()->message.startsWith(QLatin1String("Line 2: ")));
    }

    void emptyFileAndUnknownEncoding()
    {
        const ReadResult empty = readBytes(QByteArray());
        QVERIFY(!empty.opened);
        QVERIFY(empty.openMessage.startsWith(QLatin1String("Line 1: ")));
        const ReadResult blank = readBytes("\r\n\n,,\n");
        QVERIFY(!blank.opened);
        const ReadResult unknown = readBytes("a\n", {QStringLiteral("ebcdic"), QChar()});
        QVERIFY(!unknown.opened);
        QVERIFY(unknown.openMessage.contains(QLatin1String("windows-1256")));
    }

    void delimiterDetectionAndOverride()
    {
        QCOMPARE(readBytes("a;b;c\n1;2;3\n").delimiter, QLatin1Char(';'));
        QCOMPARE(readBytes("a\tb\n1\t2\n").delimiter, QLatin1Char('\t'));
        QCOMPARE(readBytes("\"x;y\",b\n").delimiter, QLatin1Char(',')); // the semicolon is inside quotes
        QCOMPARE(readBytes("single\n1\n").delimiter, QLatin1Char(','));
        const ReadResult forced = readBytes("a;b,c\n1;2,3\n", {QString(), QLatin1Char(',')});
        QCOMPARE(forced.header, QStringList({QStringLiteral("a;b"), QStringLiteral("c")}));
    }

    void utf16WithoutBomAndExplicitEncodings()
    {
        const QString text = u("National ID\tPhone\n١\t٢\n");
        QByteArray le(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        const ReadResult r = readBytes(le);
        QCOMPARE(r.encoding, QStringLiteral("utf-16le"));
        QCOMPARE(r.rows.at(0).at(1), u("٢"));
        const ReadResult explicitUtf8 = readBytes("\xef\xbb\xbf"
                                                  "a,b\n1,2\n",
                                                  {QStringLiteral("UTF8"), QChar()});
        QCOMPARE(explicitUtf8.header.first(), QStringLiteral("a"));
    }

    // The ballot files' dialect: comments (even with quotes in them) and blank lines are skipped,
    // values are trimmed, a quote may follow spaces, and records of empty values are kept.
    void ballotDialect()
    {
        const DialectRead r = readWithDialect("# a comment, with \"a quote\n"
                                              "@title, \"Board, 2024\" \n"
                                              "   # an indented comment\n"
                                              "\n"
                                              "   \n"
                                              " a , b ,c\r\n"
                                              ",,\n"
                                              "\"\"\n"
                                              "#last",
                                              ballotFileDialect());
        QVERIFY2(!r.error, qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(r.records, (QList<QStringList>{{QStringLiteral("@title"), QStringLiteral("Board, 2024")},
                                                {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                                {QString(), QString(), QString()},
                                                {QString()}}));
        QCOMPARE(r.lines, (QList<qint64>{2, 6, 7, 8}));
    }

    // Without the dialect, none of that: '#' is text, a quote inside a value is kept, ",," is skipped.
    void defaultDialectKeepsSpreadsheetRules()
    {
        const DialectRead r = readWithDialect("# not a comment,x\n ab ,5\" screen\n,,\n", Dialect());
        QVERIFY(!r.error);
        QCOMPARE(r.records, (QList<QStringList>{{QStringLiteral("# not a comment"), QStringLiteral("x")},
                                                {QStringLiteral(" ab "), QStringLiteral("5\" screen")}}));
    }

    void strictQuotesRefuseAQuoteInsideAValue()
    {
        const DialectRead r = readWithDialect("a,b\n1,x\"y\n", ballotFileDialect());
        QVERIFY(r.error);
        QVERIFY2(r.error->message.startsWith(QLatin1String("Line 2: a quote inside a value")),
                 qPrintable(r.error->message));
        QCOMPARE(r.records.size(), 1);
    }

    // A comment line longer than a chunk, with a quote in it, is still one skipped line.
    void commentAcrossChunks()
    {
        QByteArray bytes = "a,b\n# \"" + QByteArray(CsvReader::chunkBytes() + 100, 'z') + "\n1,2\n";
        const DialectRead r = readWithDialect(bytes, ballotFileDialect());
        QVERIFY(!r.error);
        QCOMPARE(r.records.last(), (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(r.lines.last(), 3);
    }

    // Records and multi-byte characters that straddle the 64 KiB chunks come back whole.
    void chunkBoundaries()
    {
        QByteArray bytes = "id,name,note\n";
        QList<QStringList> expected;
        int i = 0;
        while (bytes.size() < 3 * CsvReader::chunkBytes()) {
            const QString name = u("محمد \"") + QString::number(i) + u("\" علي");
            const QString note = (i % 7 == 0) ? QStringLiteral("two\nlines, ") + QString::number(i) : QString();
            expected << QStringList{QString::number(i), name, note};
            QString escapedName = name;
            escapedName.replace(QLatin1String("\""), QLatin1String("\"\""));
            bytes += QString::number(i).toUtf8() + ",\"" + escapedName.toUtf8() + "\",";
            if (!note.isEmpty())
                bytes += "\"" + note.toUtf8() + "\"";
            bytes += (i % 2) ? "\r\n" : "\n";
            ++i;
        }
        const ReadResult r = readBytes(bytes);
        QVERIFY(!r.error);
        QCOMPARE(r.rows.size(), expected.size());
        for (int k = 0; k < expected.size(); ++k)
            QCOMPARE(r.rows.at(k), expected.at(k));
        QCOMPARE(r.bytesRead, qint64(bytes.size()));
    }

    // 200,000 rows (about 12 MB) through the reader: peak memory grows by far less than the file,
    // since only one chunk and one record are held.
    void memoryStaysBoundedOnALargeFile()
    {
        const qint64 before = peakResidentKiB();
        QVERIFY2(before >= 0, "peak memory is read from /proc/self/status (Linux)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile out(dir.filePath(QStringLiteral("big.csv")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("National ID,Phone,District,Name\n");
        QByteArray line;
        for (int i = 0; i < 200000; ++i) {
            line = QByteArray::number(29001011000000LL + i) + ",0100" + QByteArray::number(1000000 + i) +
                   ",\"North, old town\",\xd9\x85\xd8\xad\xd9\x85\xd8\xaf \xd8\xb9\xd9\x84\xd9\x8a\n";
            out.write(line);
        }
        out.close();
        const qint64 fileSize = out.size();
        QVERIFY(fileSize > 10 * 1024 * 1024);

        const qint64 start = peakResidentKiB();
        QFile in(out.fileName());
        CsvReader reader(&in);
        QVERIFY(reader.open().ok());
        QStringList fields;
        qint64 rows = 0;
        while (reader.next(fields))
            ++rows;
        QVERIFY(!reader.error());
        QCOMPARE(rows, 200000);
        QCOMPARE(reader.bytesRead(), fileSize);
        const qint64 growthKiB = peakResidentKiB() - start;
        qInfo("file %lld KiB, peak resident memory grew by %lld KiB", fileSize / 1024, growthKiB);
        // Reading the file whole would take its 12 MB in bytes plus twice that as QString; streaming takes ~0.3 MB.
        QVERIFY2(growthKiB < 8 * 1024, qPrintable(QStringLiteral("peak grew by %1 KiB").arg(growthKiB)));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
