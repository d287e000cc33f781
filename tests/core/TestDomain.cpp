#include "core/db/ConnectionSettings.h"
#include "core/domain/Clock.h"
#include "core/domain/Types.h"

#include <QTest>

using namespace Elect;

class TestDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void electionPhaseFollowsTheClock()
    {
        const QDateTime start(QDate(2027, 3, 1), QTime(8, 0), Qt::UTC);
        Election e;
        e.status = ElectionStatus::Scheduled;
        e.startsAt = start;
        e.endsAt = start.addSecs(10 * 3600);
        TestClock clock(start.addSecs(-1));
        QVERIFY(e.phase(clock.now()) == ElectionPhase::Scheduled);
        clock.advanceSecs(1);
        QVERIFY(e.phase(clock.now()) == ElectionPhase::Running);
        clock.set(e.endsAt.addSecs(-1));
        QVERIFY(e.phase(clock.now()) == ElectionPhase::Running);
        clock.advanceSecs(1);
        QVERIFY(e.phase(clock.now()) == ElectionPhase::Ended);
        e.status = ElectionStatus::Draft;
        QVERIFY(e.phase(start) == ElectionPhase::Draft);
        e.status = ElectionStatus::Cancelled;
        QVERIFY(e.phase(start.addSecs(60)) == ElectionPhase::Cancelled);
    }

    void keysRoundTrip()
    {
        for (auto t :
             {ElectionType::Simple, ElectionType::District, ElectionType::GovernorateBased, ElectionType::ApiManaged})
            QVERIFY(electionTypeFromKey(keyOf(t)) == t);
        for (auto m : {CountingMethod::Block, CountingMethod::Approval, CountingMethod::Irv, CountingMethod::Stv,
                       CountingMethod::Referendum})
            QVERIFY(countingMethodFromKey(keyOf(m)) == m);
        QVERIFY(!electionTypeFromKey(QStringLiteral("Simple")).has_value());
        QVERIFY(!countingMethodFromKey(QString()).has_value());
    }

    void connectionStringQuotesEveryValue()
    {
        ConnectionSettings s;
        s.host = QStringLiteral("/tmp/a dir");
        s.user = QStringLiteral("u_x");
        s.password = QStringLiteral("it's \\ secret");
        s.dbname = QStringLiteral("elect");
        const QString withPassword = s.toConnectionString();
        QVERIFY2(withPassword.contains(QStringLiteral("password='it\\'s \\\\ secret'")), qPrintable(withPassword));
        QVERIFY(withPassword.contains(QStringLiteral("host='/tmp/a dir'")));
        QVERIFY(!s.toConnectionString(false).contains(QStringLiteral("secret")));
        QVERIFY(!s.describe().contains(QStringLiteral("secret")));
    }

    void describeNeverShowsAPasswordFromAUri()
    {
        ConnectionSettings s;
        s.conninfo = QStringLiteral("postgresql://alice:hunter2-secret@db.example.org:5432/elect?sslmode=require");
        QVERIFY2(!s.describe().contains(QStringLiteral("hunter2")), qPrintable(s.describe()));
        QVERIFY(s.describe().contains(QStringLiteral("db.example.org")));
        s.conninfo = QStringLiteral("host=db.example.org password='hunter2 secret' dbname=elect");
        QVERIFY2(!s.describe().contains(QStringLiteral("hunter2")), qPrintable(s.describe()));
    }

    void loginRoleIsCaseAndSpaceInsensitive()
    {
        const QString role = loginRoleForEmail(QStringLiteral("Owner@Example.org"));
        QCOMPARE(role, loginRoleForEmail(QStringLiteral("  owner@example.org ")));
        QVERIFY(role.startsWith(QStringLiteral("u_")));
        QCOMPARE(role.size(), 34);
        QVERIFY(role != loginRoleForEmail(QStringLiteral("other@example.org")));
    }

    void scramVerifierNeverContainsThePassword()
    {
        const QString v1 = scramVerifier(QStringLiteral("correct horse battery"));
        const QString v2 = scramVerifier(QStringLiteral("correct horse battery"));
        QVERIFY2(v1.startsWith(QStringLiteral("SCRAM-SHA-256$4096:")), qPrintable(v1));
        QVERIFY(!v1.contains(QStringLiteral("horse")));
        QVERIFY(v1 != v2); // a fresh salt each time
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "TestDomain.moc"
