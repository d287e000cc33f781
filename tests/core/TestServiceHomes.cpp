// What `elect serve` will be built from: the retry rule, and the interfaces its clients and
// handlers implement (included here so that each header compiles on its own).
#include "core/integrations/eligibility/EligibilityClient.h"
#include "core/integrations/smtp/Mailer.h"
#include "core/integrations/stripe/PaymentGateway.h"
#include "core/integrations/twilio/SmsSender.h"
#include "core/service/OutboxHandler.h"
#include "core/service/RetryPolicy.h"
#include "core/service/ScheduledTask.h"

#include <QTest>

using Elect::Service::RetryPolicy;

class TestServiceHomes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffDoublesUpToTheCap()
    {
        const RetryPolicy p{30, 600, 10};
        // With the draw at its top the wait is the full doubled value...
        QCOMPARE(p.nextDelaySeconds(1, 0.999999), 29);
        QCOMPARE(p.nextDelaySeconds(2, 0.999999), 59);
        QCOMPARE(p.nextDelaySeconds(3, 0.999999), 119);
        QCOMPARE(p.nextDelaySeconds(5, 0.999999), 479);
        QCOMPARE(p.nextDelaySeconds(6, 0.999999), 599); // 960 capped at 600
        QCOMPARE(p.nextDelaySeconds(9, 0.999999), 599);
        // ...and at its bottom half of it: the jitter never takes more than half away.
        QCOMPARE(p.nextDelaySeconds(1, 0.0), 15);
        QCOMPARE(p.nextDelaySeconds(4, 0.0), 120);
        QCOMPARE(p.nextDelaySeconds(7, 0.0), 300);
    }

    void givesUpAfterTheLimit()
    {
        const RetryPolicy p{30, 600, 3};
        QVERIFY(p.nextDelaySeconds(2, 0.5).has_value());
        QVERIFY(!p.nextDelaySeconds(3, 0.5).has_value());
        QVERIFY(!p.nextDelaySeconds(4, 0.5).has_value());
    }

    void manyAttemptsNeverOverflow()
    {
        const RetryPolicy p{30, 3600, 1000};
        for (int attempt = 1; attempt < 1000; attempt += 37) {
            const auto d = p.nextDelaySeconds(attempt, 0.5);
            QVERIFY(d.has_value());
            QVERIFY2(*d >= 1 && *d <= 3600, qPrintable(QString::number(*d)));
        }
    }

    void providersRetryAfterWinsWhenLonger()
    {
        const RetryPolicy p{30, 600, 10};
        QCOMPARE(p.nextDelaySeconds(1, 0.0, 120), 120);   // longer than our 15: the provider's
        QCOMPARE(p.nextDelaySeconds(4, 0.0, 5), 120);     // shorter than ours: ours
        QCOMPARE(p.nextDelaySeconds(1, 0.0, 7200), 7200); // beyond our cap: still the provider's
    }
};

QTEST_GUILESS_MAIN(TestServiceHomes)
#include "TestServiceHomes.moc"
