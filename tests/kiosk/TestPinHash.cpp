#include "PinHash.h"

#include <QtTest>

using namespace Elect;

namespace {
const QString kPin = QStringLiteral("480261");
} // namespace

// The rules for choosing the poll workers' PIN, and the stored hash that is all the kiosk keeps of it.
class TestPinHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pinRules_data();
    void pinRules();
    void storedFormDescribesItself();
    void malformedStoredValuesMatchNothing_data();
    void malformedStoredValuesMatchNothing();
};

void TestPinHash::pinRules_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("again");
    QTest::addColumn<QString>("kept"); // empty: refused
    QTest::newRow("fine") << kPin << kPin << kPin;
    QTest::newRow("twelve digits") << QStringLiteral("480261937705") << QStringLiteral("480261937705")
                                   << QStringLiteral("480261937705");
    QTest::newRow("arabic-indic digits") << QStringLiteral("٤٨٠٢٦١") << kPin << kPin;
    QTest::newRow("run up") << QStringLiteral("123456") << QStringLiteral("123456") << QString();
    QTest::newRow("run down") << QStringLiteral("654321") << QStringLiteral("654321") << QString();
    QTest::newRow("run over nine") << QStringLiteral("890123") << QStringLiteral("890123") << QString();
    QTest::newRow("one digit") << QStringLiteral("777777") << QStringLiteral("777777") << QString();
    QTest::newRow("too short") << QStringLiteral("48026") << QStringLiteral("48026") << QString();
    QTest::newRow("too long") << QStringLiteral("4802619377051") << QStringLiteral("4802619377051") << QString();
    QTest::newRow("not digits") << QStringLiteral("48o261") << QStringLiteral("48o261") << QString();
    QTest::newRow("not the same") << kPin << QStringLiteral("480262") << QString();
}

void TestPinHash::pinRules()
{
    QFETCH(QString, pin);
    QFETCH(QString, again);
    QFETCH(QString, kept);
    const auto chosen = PinHash::checkChoice(pin, again);
    QCOMPARE(chosen.ok(), !kept.isEmpty());
    if (chosen)
        QCOMPARE(*chosen, kept);
    else
        QVERIFY(chosen.message().endsWith(u'.'));
}

void TestPinHash::storedFormDescribesItself()
{
    const QString stored = PinHash::make(kPin);
    const QStringList parts = stored.split(u'$');
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
    QCOMPARE(parts.at(1).toInt(), PinHash::kIterations);
    QVERIFY(PinHash::kIterations >= 200000);
    QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), 16);
    QVERIFY(!stored.contains(kPin));
    QVERIFY(PinHash::verify(kPin, stored));
    QVERIFY(PinHash::verify(QStringLiteral("٤٨٠٢٦١"), stored)); // the same digits, as an Arabic keyboard types them
    QVERIFY(!PinHash::verify(QStringLiteral("480260"), stored));
    QVERIFY(!PinHash::verify(QString(), stored));
    // The same PIN again: another salt, another hash.
    QVERIFY(PinHash::make(kPin) != stored);
    // A known salt and count give a known value (RFC 8018's PBKDF2 with HMAC-SHA256).
    const QString fixed = PinHash::make(QStringLiteral("password"), QByteArrayLiteral("salt"), 4096);
    QCOMPARE(fixed.section(u'$', 3),
             QString::fromLatin1(
                 QByteArray::fromHex("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a").toBase64()));
}

void TestPinHash::malformedStoredValuesMatchNothing_data()
{
    QTest::addColumn<QString>("stored");
    const QString good = PinHash::make(kPin, QByteArrayLiteral("0123456789abcdef"), 1000);
    const QStringList p = good.split(u'$');
    QTest::newRow("empty") << QString();
    QTest::newRow("the PIN itself") << kPin;
    QTest::newRow("another algorithm") << QStringList{QStringLiteral("pbkdf2-sha1"), p[1], p[2], p[3]}.join(u'$');
    QTest::newRow("too few iterations") << PinHash::make(kPin, QByteArrayLiteral("0123456789abcdef"), 999);
    QTest::newRow("no salt") << QStringList{p[0], p[1], QString(), p[3]}.join(u'$');
    QTest::newRow("short hash") << QStringList{p[0], p[1], p[2], p[3].left(20)}.join(u'$');
    QTest::newRow("extra field") << good + QStringLiteral("$x");
}

void TestPinHash::malformedStoredValuesMatchNothing()
{
    QFETCH(QString, stored);
    QVERIFY(!PinHash::verify(kPin, stored));
}

QTEST_GUILESS_MAIN(TestPinHash)
#include "TestPinHash.moc"
