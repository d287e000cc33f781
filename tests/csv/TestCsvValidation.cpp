// Row validation of voter and candidate files: header aliases, phones, dates, every problem kind
// with its line, column and masked value, duplicates, the report's limit.
#include "core/csv/CellValues.h"
#include "core/csv/ColumnNames.h"
#include "core/csv/PhoneNumber.h"
#include "CsvTestSupport.h"
#include "Printers.h"

#include <QTest>

using namespace Elect;
using namespace Elect::Csv;
using namespace Elect::Csv::Testing;

namespace {

QString u(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

const Problem* problemOn(const ImportReport& report, qint64 line, const QString& column = QString())
{
    for (const Problem& p : report.problems()) {
        if (p.line == line && (column.isEmpty() || p.column == column))
            return &p;
    }
    return nullptr;
}

// No national id or phone of the corpus may appear unmasked in a report.
void verifyNothingUnmasked(const ImportReport& report)
{
    const QString text = report.toText();
    for (const char* secret : {"29001011234567", "29102021234568", "29203031234569", "29304041234560", "01001234567",
                               "01001234568", "1001234569", "2900A011234567", "0100123"}) {
        QVERIFY2(!text.contains(QLatin1String(secret)), qPrintable(text));
    }
}

} // namespace

class TestCsvValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerAliases_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("column");
        const auto add = [](const char* h, Column c) { QTest::newRow(h) << u(h) << int(c); };
        add("National ID", Column::NationalId);
        add("national_id", Column::NationalId);
        add("NATIONAL-ID", Column::NationalId);
        add(" NID ", Column::NationalId);
        add("الرقم القومي", Column::NationalId);
        add("الرقم القومى", Column::NationalId); // alef maksura, as often typed in Egypt
        add("رقم الهوية", Column::NationalId);
        add("Phone", Column::Phone);
        add("mobile_number", Column::Phone);
        add("الهاتف", Column::Phone);
        add("الموبايل", Column::Phone);
        add("رقم الهاتف", Column::Phone);
        add("District", Column::District);
        add("الدائرة", Column::District);
        add("Governorate", Column::Governorate);
        add("المحافظة", Column::Governorate);
        add("Full name", Column::Name);
        add("الاسم", Column::Name);
        add("الحزب", Column::Party);
        add("تاريخ الميلاد", Column::BirthDate);
        add("Date-of-Birth", Column::BirthDate);
        add("الوصف", Column::Description);
        add("نبذة", Column::Description);
        add("الرمز", Column::SymbolName);
        add("Photo", Column::Photo);
        add("الصورة", Column::Photo);
    }

    void headerAliases()
    {
        QFETCH(QString, header);
        QFETCH(int, column);
        const std::optional<Column> found = ColumnNames::columnFor(header);
        QVERIFY(found);
        QCOMPARE(int(*found), column);
    }

    void unknownHeadersAreNotColumns()
    {
        QVERIFY(!ColumnNames::columnFor(QStringLiteral("Notes")));
        QVERIFY(!ColumnNames::columnFor(QStringLiteral("ID"))); // a row number, not a national id
        QVERIFY(!ColumnNames::columnFor(QString()));
    }

    void phones_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("expected"); // empty: refused
        const auto add = [](const char* name, const char* in, const char* cc, const char* out) {
            QTest::newRow(name) << u(in) << QString::fromLatin1(cc) << QString::fromLatin1(out);
        };
        add("eg national", "01001234567", "EG", "+201001234567");
        add("eg spaces dashes", "010-0123 4567", "EG", "+201001234567");
        add("eg parentheses dots", "(010) 0123.4567", "EG", "+201001234567");
        add("eg arabic-indic", "٠١٠٠١٢٣٤٥٦٧", "EG", "+201001234567");
        add("eg eastern arabic-indic", "۰۱۰۰۱۲۳۴۵۶۷", "EG", "+201001234567");
        add("eg plus", "+20 100 123 4567", "EG", "+201001234567");
        add("eg 00", "00201001234567", "EG", "+201001234567");
        add("eg excel dropped plus", "201001234567", "EG", "+201001234567");
        add("eg apostrophe", "'01001234567", "EG", "+201001234567");
        add("eg without trunk", "1001234567", "EG", "+201001234567");
        add("eg cairo landline", "0223456789", "EG", "+20223456789");
        add("sa mobile", "0501234567", "SA", "+966501234567");
        add("ae mobile", "050 123 4567", "AE", "+971501234567");
        add("jo mobile", "0791234567", "JO", "+962791234567");
        add("lb mobile", "03 123 456", "LB", "+9613123456");
        add("ma mobile", "0612345678", "MA", "+212612345678");
        add("tn no trunk", "20 123 456", "TN", "+21620123456");
        add("dz mobile", "0551234567", "DZ", "+213551234567");
        add("iq mobile", "07701234567", "IQ", "+9647701234567");
        add("kw", "5000 1234", "KW", "+96550001234");
        add("qa", "3312 3456", "QA", "+97433123456");
        add("bh", "3600 1234", "BH", "+97336001234");
        add("om", "9212 3456", "OM", "+96892123456");
        add("gb mobile", "07700 900123", "GB", "+447700900123");
        add("gb international with (0)", "+44 (0)7700 900123", "EG", "+447700900123");
        add("us", "(202) 555-0123", "US", "+12025550123");
        add("us with 1", "1-202-555-0123", "US", "+12025550123");
        add("us 011", "011 20 100 123 4567", "US", "+201001234567");
        add("ca", "416 555 0123", "CA", "+14165550123");
        add("fr", "06 12 34 56 78", "FR", "+33612345678");
        add("de", "0151 23456789", "DE", "+4915123456789");
        add("other country via plus", "+33 6 12 34 56 78", "EG", "+33612345678");
        add("unknown code via plus", "+86 138 0013 8000", "EG", "+8613800138000");
        add("too short", "0100123", "EG", "");
        add("too long", "010012345678901", "EG", "");
        add("letters", "0100 CALL ME", "EG", "");
        add("scientific", "2.01001E+11", "EG", "");
        add("empty", "  ", "EG", "");
        add("no country", "01001234567", "", "");
        add("unknown country", "01001234567", "XX", "");
        add("plus too short", "+2012", "EG", "");
        add("two plus", "++201001234567", "EG", "");
    }

    void phones()
    {
        QFETCH(QString, input);
        QFETCH(QString, country);
        QFETCH(QString, expected);
        const Result<QString> phone = normalizePhone(input, country);
        if (expected.isEmpty()) {
            QVERIFY2(!phone.ok(), phone.ok() ? qPrintable(*phone) : "");
            QCOMPARE(phone.code(), ErrorCode::InvalidInput);
            QVERIFY(!phone.message().isEmpty());
            const QString digits = QString(input).remove(QRegularExpression(QStringLiteral("\\D")));
            if (digits.size() > 4)
                QVERIFY2(!phone.message().contains(digits), qPrintable(phone.message()));
        } else {
            QVERIFY2(phone.ok(), qPrintable(phone.message()));
            QCOMPARE(*phone, expected);
        }
    }

    void phoneMasking()
    {
        QCOMPARE(maskedPhone(QStringLiteral("+20 100 123 4567")), u("+•• ••• ••• •567"));
        QCOMPARE(CellValues::maskDigits(QStringLiteral("2.90101E+13")), u("•.••••1E+13"));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QDate>("expected"); // invalid: refused
        QTest::newRow("iso") << QStringLiteral("1990-03-25") << QDate(1990, 3, 25);
        QTest::newRow("iso short parts") << QStringLiteral("1990-3-5") << QDate(1990, 3, 5);
        QTest::newRow("dd/mm/yyyy") << QStringLiteral("25/03/1990") << QDate(1990, 3, 25);
        QTest::newRow("d/m/yyyy") << QStringLiteral("5/3/1990") << QDate(1990, 3, 5);
        QTest::newRow("d.m.yyyy") << QStringLiteral("5.3.1990") << QDate(1990, 3, 5);
        QTest::newRow("arabic digits") << u("٢٥/٠٣/١٩٩٠") << QDate(1990, 3, 25);
        QTest::newRow("leap day") << QStringLiteral("2000-02-29") << QDate(2000, 2, 29);
        QTest::newRow("today") << QStringLiteral("2024-06-01") << QDate(2024, 6, 1);
        QTest::newRow("impossible") << QStringLiteral("2001-02-29") << QDate();
        QTest::newRow("month 13") << QStringLiteral("13/13/1990") << QDate();
        QTest::newRow("month first") << QStringLiteral("12/25/1980") << QDate();
        QTest::newRow("future") << QStringLiteral("2024-06-02") << QDate();
        QTest::newRow("before 1900") << QStringLiteral("1850-01-01") << QDate();
        QTest::newRow("excel serial") << QStringLiteral("33239") << QDate();
        QTest::newRow("words") << QStringLiteral("March 3rd 1990") << QDate();
        QTest::newRow("mixed separators") << QStringLiteral("5/3-1990") << QDate();
        QTest::newRow("two digit year") << QStringLiteral("5/3/90") << QDate();
    }

    void dates()
    {
        QFETCH(QString, input);
        QFETCH(QDate, expected);
        const Result<QDate> date = CellValues::parseDate(input, QDate(2024, 6, 1));
        if (!expected.isValid()) {
            QVERIFY(!date.ok());
            QVERIFY(!date.message().isEmpty());
        } else {
            QVERIFY2(date.ok(), qPrintable(date.message()));
            QCOMPARE(*date, expected);
        }
    }

    void textIsCleaned()
    {
        // Decomposed "é" (e + combining acute) becomes the composed character; spaces collapse.
        QCOMPARE(CellValues::cleanText(u("  Ame\u0301lie \u00A0\u200F Hassan\t")), u("Amélie Hassan"));
        QCOMPARE(CellValues::cleanParagraphs(u(" a  b \n\n\n c \n")), u("a b\n\nc"));
    }

    void goodVoterFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("place");
        QTest::newRow("simple lf") << QStringLiteral("voters_simple_lf.csv") << int(ElectionType::Simple) << QString()
                                   << 3 << QString();
        QTest::newRow("simple bom crlf arabic") << QStringLiteral("voters_simple_bom_crlf_arabic.csv")
                                                << int(ElectionType::Simple) << QString() << 2 << QString();
        QTest::newRow("district semicolon") << QStringLiteral("voters_district_semicolon.csv")
                                            << int(ElectionType::District) << QString() << 2 << u("North");
        QTest::newRow("governorate utf-16") << QStringLiteral("voters_governorate_utf16le_tabs.txt")
                                            << int(ElectionType::GovernorateBased) << QString() << 2 << u("القاهرة");
        QTest::newRow("district windows-1256")
            << QStringLiteral("voters_district_windows1256.csv") << int(ElectionType::District)
            << QStringLiteral("windows-1256") << 2 << u("مدينة نصر");
    }

    void goodVoterFiles()
    {
        QFETCH(QString, file);
        QFETCH(int, type);
        QFETCH(QString, encoding);
        QFETCH(int, rows);
        QFETCH(QString, place);
        const ImportRun run = importFile(file, ImportKind::Voters, ElectionType(type), {encoding, QChar()});
        QVERIFY2(!run.readError, run.readError ? qPrintable(run.readError->message) : "");
        QVERIFY2(run.header.ok(), qPrintable(run.report.toText()));
        QVERIFY2(run.report.ok(), qPrintable(run.report.toText()));
        QCOMPARE(run.voters.size(), rows);
        QCOMPARE(run.voters.first().nationalId, QStringLiteral("29001011234567"));
        QCOMPARE(run.voters.first().phone, QStringLiteral("+201001234567"));
        QCOMPARE(run.voters.first().line, 2);
        if (ElectionType(type) == ElectionType::District)
            QCOMPARE(run.voters.first().district, place);
        if (ElectionType(type) == ElectionType::GovernorateBased)
            QCOMPARE(run.voters.first().governorate, place);
    }

    void goodCandidateFiles()
    {
        const ImportRun run = importFile(QStringLiteral("candidates_district_quoted.csv"), ImportKind::Candidates,
                                         ElectionType::District);
        QVERIFY2(run.report.ok(), qPrintable(run.report.toText()));
        QCOMPARE(run.candidates.size(), 3);
        const CandidateRow& amal = run.candidates.at(0);
        QCOMPARE(amal.name, QStringLiteral("Amal Hassan"));
        QCOMPARE(amal.party, QStringLiteral("Green, United"));
        QCOMPARE(amal.district, QStringLiteral("North"));
        QCOMPARE(amal.birthDate, QDate(1990, 1, 1));
        QCOMPARE(amal.description, QStringLiteral("Teacher.\nTwenty years in \"our\" schools."));
        QCOMPARE(amal.symbolName, QStringLiteral("Tree"));
        QCOMPARE(amal.photoFile, QStringLiteral("amal.jpg"));
        QCOMPARE(run.candidates.at(1).name, u("محمد علي"));
        QCOMPARE(run.candidates.at(1).birthDate, QDate(1991, 2, 2));
        QCOMPARE(run.candidates.at(1).line, 4);
        QCOMPARE(run.candidates.at(2).birthDate, QDate(1992, 3, 3));
        QVERIFY(run.candidates.at(2).party.isEmpty());

        const ImportRun quirks = importFile(QStringLiteral("candidates_simple_excel_quirks.csv"),
                                            ImportKind::Candidates, ElectionType::Simple);
        QVERIFY2(quirks.report.ok(), qPrintable(quirks.report.toText()));
        QCOMPARE(quirks.candidates.size(), 2);
        QCOMPARE(quirks.candidates.first().nationalId, QStringLiteral("29001011234567")); // apostrophe dropped

        const ImportRun arabic = importFile(QStringLiteral("candidates_governorate_arabic.csv"), ImportKind::Candidates,
                                            ElectionType::GovernorateBased);
        QVERIFY2(arabic.report.ok(), qPrintable(arabic.report.toText()));
        QCOMPARE(arabic.candidates.first().governorate, u("القاهرة"));
        QCOMPARE(arabic.candidates.first().photoFile, QStringLiteral("amal.png"));
    }

    void missingColumnIsReportedOnce()
    {
        const ImportRun run =
            importFile(QStringLiteral("errors/missing_column.csv"), ImportKind::Voters, ElectionType::District);
        QVERIFY(!run.header.ok());
        QCOMPARE(run.header.code(), ErrorCode::InvalidInput);
        QCOMPARE(run.report.problemCount(), 2); // Phone and District, once each, no row problems
        const Problem* phone = problemOn(run.report, 1, QStringLiteral("Phone"));
        QVERIFY(phone);
        QVERIFY2(phone->message.contains(QLatin1String("National ID, Mobile No")), qPrintable(phone->message));
        QVERIFY2(phone->message.contains(u("الموبايل")), qPrintable(phone->message));
        QVERIFY(problemOn(run.report, 1, QStringLiteral("District")));
        QVERIFY(run.voters.isEmpty());
    }

    void wrongDelimiterIsHinted()
    {
        const ImportRun run = importBytes("National ID;Phone\n1234;5678\n", ImportKind::Voters, ElectionType::Simple,
                                          {QString(), QLatin1Char(',')});
        QVERIFY(!run.header.ok());
        QVERIFY2(run.report.toText().contains(QLatin1String("delimiter")), qPrintable(run.report.toText()));
    }

    void duplicateColumn()
    {
        const ImportRun run =
            importFile(QStringLiteral("errors/duplicate_column.csv"), ImportKind::Voters, ElectionType::Simple);
        QVERIFY(!run.header.ok());
        const Problem* p = problemOn(run.report, 1, QStringLiteral("Mobile"));
        QVERIFY(p);
        QVERIFY(p->message.contains(QLatin1String("\"Phone\" and \"Mobile\"")));
    }

    void apiManagedElectionsTakeNoVoterFile()
    {
        const ImportRun run =
            importFile(QStringLiteral("voters_simple_lf.csv"), ImportKind::Voters, ElectionType::ApiManaged);
        QVERIFY(!run.header.ok());
        QCOMPARE(run.report.problemCount(), 1);
        QVERIFY(run.report.toText().contains(QLatin1String("API")));
    }

    void emptyRequiredCells()
    {
        const ImportRun run =
            importFile(QStringLiteral("errors/empty_required_cell.csv"), ImportKind::Voters, ElectionType::District);
        QVERIFY(run.header.ok());
        QCOMPARE(run.voters.size(), 1);
        QCOMPARE(run.report.problemCount(), 3);
        const Problem* phone = problemOn(run.report, 3, QStringLiteral("Phone"));
        QVERIFY(phone);
        QVERIFY(phone->message.contains(QLatin1String("empty")));
        QVERIFY(problemOn(run.report, 4, QStringLiteral("National ID")));
        QVERIFY(problemOn(run.report, 5, QStringLiteral("District")));
        QVERIFY(run.report.toText().startsWith(QLatin1String("Line 3, column Phone: ")));
    }

    void malformedValuesAreMasked()
    {
        const ImportRun run =
            importFile(QStringLiteral("errors/malformed_values.csv"), ImportKind::Voters, ElectionType::Simple);
        QCOMPARE(run.voters.size(), 0);
        QCOMPARE(run.report.problemCount(), 3);
        const Problem* shortPhone = problemOn(run.report, 2, QStringLiteral("Phone"));
        QVERIFY(shortPhone);
        QCOMPARE(shortPhone->value, u("••••123"));
        const Problem* badId = problemOn(run.report, 3, QStringLiteral("National ID"));
        QVERIFY(badId);
        QCOMPARE(badId->value, u("••••A••••••567"));
        QVERIFY(problemOn(run.report, 4, QStringLiteral("Phone")));
        verifyNothingUnmasked(run.report);
    }

    void scientificNotationHasAHint()
    {
        const ImportRun run =
            importFile(QStringLiteral("voters_excel_scientific.csv"), ImportKind::Voters, ElectionType::Simple);
        QCOMPARE(run.report.problemCount(), 2);
        const Problem* id = problemOn(run.report, 2, QStringLiteral("National ID"));
        QVERIFY(id);
        QVERIFY(id->message.contains(QLatin1String("scientific notation")));
        QVERIFY(id->message.contains(QLatin1String("Text")));
        QVERIFY(problemOn(run.report, 3, QStringLiteral("Phone"))->message.contains(QLatin1String("scientific")));
    }

    void malformedDates()
    {
        const ImportRun run =
            importFile(QStringLiteral("errors/malformed_dates.csv"), ImportKind::Candidates, ElectionType::Simple);
        QCOMPARE(run.candidates.size(), 0);
        QCOMPARE(run.report.problemCount(), 4);
        QVERIFY(
            problemOn(run.report, 2, QStringLiteral("Birth date"))->message.contains(QLatin1String("does not exist")));
        QVERIFY(problemOn(run.report, 3, QStringLiteral("Birth date"))->message.contains(QLatin1String("future")));
        QVERIFY(problemOn(run.report, 4, QStringLiteral("Birth date"))->message.contains(QLatin1String("month first")));
        QCOMPARE(problemOn(run.report, 5, QStringLiteral("Birth date"))->value, QStringLiteral("March 3rd"));
    }

    void duplicatesNameTheOtherLine()
    {
        const ImportRun run =
            importFile(QStringLiteral("errors/duplicate_id.csv"), ImportKind::Voters, ElectionType::Simple);
        QCOMPARE(run.voters.size(), 3);
        QCOMPARE(run.report.problemCount(), 1);
        const Problem* dup = problemOn(run.report, 5, QStringLiteral("National ID"));
        QVERIFY(dup);
        QVERIFY2(dup->message.contains(QLatin1String("line 2")), qPrintable(dup->message));
        QCOMPARE(dup->value, u("•••••••••••567"));
        verifyNothingUnmasked(run.report);
    }

    void extraCellsAndBadPhotoNames()
    {
        const ImportRun run =
            importFile(QStringLiteral("errors/extra_cells.csv"), ImportKind::Candidates, ElectionType::Simple);
        QCOMPARE(run.report.problemCount(), 1);
        QVERIFY(problemOn(run.report, 2)->message.contains(QLatin1String("quotes")));

        const ImportRun photos = importBytes("NID,Name,Photo\n1234,A,../etc/passwd\n1235,B,a/b.jpg\n1236,C,ok.jpg\n",
                                             ImportKind::Candidates, ElectionType::Simple);
        QCOMPARE(photos.report.problemCount(), 2);
        QCOMPARE(photos.candidates.size(), 1);
        QVERIFY(problemOn(photos.report, 2, QStringLiteral("Photo")));
    }

    void reportKeepsTheFirstThousand()
    {
        QByteArray bytes = "National ID,Phone\n";
        for (int i = 0; i < 1500; ++i)
            bytes += "x,01001234567\n";
        const ImportRun run = importBytes(bytes, ImportKind::Voters, ElectionType::Simple);
        QCOMPARE(run.report.problemCount(), 1500);
        QCOMPARE(run.report.problems().size(), 1000);
        QCOMPARE(run.report.problems().last().line, 1001);
        QVERIFY(run.report.toText().endsWith(QLatin1String("... and 500 more problems")));
        QCOMPARE(run.report.toText().count(QLatin1Char('\n')), 1000);

        ImportReport small(2);
        QVERIFY(small.ok());
        QCOMPARE(small.toText(), QString());
        small.add({7, QStringLiteral("Phone"), u("•••123"), QStringLiteral("Bad.")});
        QCOMPARE(small.toText(), u("Line 7, column Phone: Bad. (value •••123)"));
        QVERIFY(!small.ok());
    }
};

QTEST_GUILESS_MAIN(TestCsvValidation)
#include "TestCsvValidation.moc"
