#include "core/domain/Money.h"

#include <QTest>

using namespace Elect;

// Amounts as people read and type them, in each currency's own minor units (as Stripe counts them).
class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("text");
        QTest::newRow("piastres") << qint64(15000) << "EGP"
                                  << "150.00 EGP";
        QTest::newRow("odd piastres") << qint64(150050) << "egp"
                                      << "1500.50 EGP";
        QTest::newRow("under one pound") << qint64(5) << "EGP"
                                         << "0.05 EGP";
        QTest::newRow("zero") << qint64(0) << "USD"
                              << "0.00 USD";
        QTest::newRow("negative") << qint64(-350) << "EGP"
                                  << "-3.50 EGP";
        QTest::newRow("yen has no decimals") << qint64(500) << "JPY"
                                             << "500 JPY";
        QTest::newRow("dinar has three") << qint64(12345) << "KWD"
                                         << "12.345 KWD";
        QTest::newRow("the lowest") << std::numeric_limits<qint64>::min() << "EGP"
                                    << "-92233720368547758.08 EGP";
    }
    void format()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, text);
        QCOMPARE(Money::format(minor, currency), text);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor"); // -1: refused
        QTest::newRow("whole") << "1500"
                               << "EGP" << qint64(150000);
        QTest::newRow("decimals") << "1500.5"
                                  << "EGP" << qint64(150050);
        QTest::newRow("grouping") << " 1,500.50 "
                                  << "EGP" << qint64(150050);
        QTest::newRow("yen") << "500"
                             << "JPY" << qint64(500);
        QTest::newRow("yen with decimals") << "500.5"
                                           << "JPY" << qint64(-1);
        QTest::newRow("dinar") << "1.005"
                               << "KWD" << qint64(1005);
        QTest::newRow("too many decimals") << "12.345"
                                           << "EGP" << qint64(-1);
        QTest::newRow("zero") << "0"
                              << "EGP" << qint64(-1);
        QTest::newRow("negative") << "-5"
                                  << "EGP" << qint64(-1);
        QTest::newRow("letters") << "12a"
                                 << "EGP" << qint64(-1);
        QTest::newRow("empty") << ""
                               << "EGP" << qint64(-1);
        QTest::newRow("only a point") << "."
                                      << "EGP" << qint64(-1);
        QTest::newRow("trailing point") << "5."
                                        << "EGP" << qint64(-1);
        QTest::newRow("Stripe's largest") << "999999.99"
                                          << "EGP" << qint64(99999999);
        QTest::newRow("beyond Stripe") << "1000000"
                                       << "EGP" << qint64(-1);
        QTest::newRow("overflowing") << "99999999999999999999"
                                     << "EGP" << qint64(-1);
        QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("\xd9\xa5") << "EGP" << qint64(-1);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        const auto parsed = Money::parse(text, currency);
        QCOMPARE(parsed.has_value() ? *parsed : qint64(-1), minor);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
