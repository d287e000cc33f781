#include "core/connection/Backoff.h"

#include <QtTest>

using namespace Elect;

class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doublesUpToTheCap()
    {
        Backoff backoff(1000, 30000);
        QList<int> waits;
        for (int i = 0; i < 9; ++i)
            waits << backoff.next();
        QCOMPARE(waits, (QList<int>{1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000, 30000}));
        QCOMPARE(backoff.attempts(), 9);
    }

    void neverOverflowsHoweverLongTheServerStaysAway()
    {
        Backoff backoff(1000, 30000);
        for (int i = 0; i < 100000; ++i)
            QCOMPARE_LE(backoff.next(), 30000);
        QCOMPARE(backoff.next(), 30000);
    }

    void resetStartsOver()
    {
        Backoff backoff(500, 4000);
        backoff.next();
        backoff.next();
        backoff.reset();
        QCOMPARE(backoff.attempts(), 0);
        QCOMPARE(backoff.next(), 500);
    }

    void neverSpins()
    {
        // A zero or negative first wait would retry in a busy loop: it is raised to the minimum.
        Backoff zero(0, 0);
        QCOMPARE(zero.next(), Backoff::kMinimumMs);
        QCOMPARE(zero.next(), Backoff::kMinimumMs);
        Backoff negative(-5, 100);
        QCOMPARE(negative.next(), Backoff::kMinimumMs);
        QVERIFY(negative.next() > Backoff::kMinimumMs);
        // A cap below the first wait is raised to it.
        Backoff inverted(2000, 100);
        QCOMPARE(inverted.next(), 2000);
        QCOMPARE(inverted.next(), 2000);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "TestBackoff.moc"
