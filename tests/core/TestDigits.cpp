// The one digit normalization (core/domain/Digits), and what each of its two callers lets through.
#include "core/csv/PhoneNumber.h"
#include "core/domain/Digits.h"
#include "core/domain/NationalId.h"

#include <QTest>

using namespace Elect;

namespace {

/// The value, or the error message in its place (so a refusal fails a comparison instead of asserting).
QString valueOrMessage(const Result<QString>& r)
{
    return r ? *r : QStringLiteral("refused: ") + r.message();
}

bool spacesOnly(char16_t c)
{
    return c == u' ';
}

} // namespace

class TestDigits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The three digit ranges, and the characters just outside each.
    void valueOfEachScript()
    {
        for (int d = 0; d <= 9; ++d) {
            QCOMPARE(Digits::valueOf(char16_t(u'0' + d)), d);
            QCOMPARE(Digits::valueOf(char16_t(0x0660 + d)), d);
            QCOMPARE(Digits::valueOf(char16_t(0x06F0 + d)), d);
        }
        for (char16_t c : {u'/', u':', u'\u065F', u'\u066A', u'\u06EF', u'\u06FA', u'\uFF10', u'\u0966'})
            QCOMPARE(Digits::valueOf(c), -1);
    }

    void asciiDigitsSkipsWhatTheCallerIgnores()
    {
        const Digits::Normalized read = Digits::asciiDigits(u"\u0661\u0662 3\u06F4", spacesOnly);
        QVERIFY(read.ok());
        QCOMPARE(read.digits, QStringLiteral("1234"));
        const Digits::Normalized bad = Digits::asciiDigits(u"12-34", spacesOnly);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.invalidAt, 2);
        QCOMPARE(bad.digits, QStringLiteral("12"));
        QVERIFY(Digits::asciiDigits(u"", spacesOnly).ok());
    }

    // National ids and phones share the digits but not the ignorable characters: a phone may hold
    // parentheses, dots and bidi embeddings; a national id may hold a horizontal bar (U+2015) and
    // full-width dashes, which a phone refuses.
    void eachCallerStatesWhatItIgnores()
    {
        QCOMPARE(valueOrMessage(NationalId::normalize(QStringLiteral("\u0662\u0669\u2015\u06F1 0203"))),
                 QStringLiteral("2910203"));
        QVERIFY(!NationalId::normalize(QStringLiteral("(291) 0203")).ok());
        QVERIFY(!NationalId::normalize(QStringLiteral("291.0203")).ok());
        QVERIFY(!NationalId::normalize(QStringLiteral("\u202A2910203\u202C")).ok());
        QCOMPARE(valueOrMessage(Csv::normalizePhone(QStringLiteral("\u202A(\u0660\u0661\u0660\u0660) 123.4567\u202C"),
                                                    QStringLiteral("EG"))),
                 QStringLiteral("+201001234567"));
        QVERIFY(!Csv::normalizePhone(QStringLiteral("0100\u2015123\u20154567"), QStringLiteral("EG")).ok());
        QVERIFY(!Csv::normalizePhone(QStringLiteral("0100\uFF0D123\uFF0D4567"), QStringLiteral("EG")).ok());
    }

    // A leading + may stand among ignorable characters before the first digit, once.
    void phonePlusOnlyBeforeTheFirstDigit()
    {
        QCOMPARE(valueOrMessage(Csv::normalizePhone(QStringLiteral(" (+20) 100 123 4567"), QString())),
                 QStringLiteral("+201001234567"));
        QCOMPARE(valueOrMessage(Csv::normalizePhone(QStringLiteral("\uFF0B20 100 123 4567"), QString())),
                 QStringLiteral("+201001234567"));
        QVERIFY(!Csv::normalizePhone(QStringLiteral("++20 100 123 4567"), QString()).ok());
        QVERIFY(!Csv::normalizePhone(QStringLiteral("20+100 123 4567"), QString()).ok());
        QVERIFY(!Csv::normalizePhone(QStringLiteral("+"), QString()).ok());
    }
};

QTEST_GUILESS_MAIN(TestDigits)
#include "TestDigits.moc"
