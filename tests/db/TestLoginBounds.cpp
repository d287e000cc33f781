#include "core/db/ConnectionSettings.h"
#include "core/devtools/DemoSeeder.h"

#include "Sql.h"
#include "TestCluster.h"

#include <QTest>

using namespace Elect;
using namespace Elect::Test;

// What surrounds the tables, tried as each kind of login would (issue 9): what a login may hold, take or
// reach beyond its rows. The rows themselves are TestSecurity's.
class TestLoginBounds : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    QList<DemoSeeder::Account> m_accounts;
    DemoSeeder::Account m_sysadmin, m_owner, m_admin, m_kiosk;

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        const auto outcome = seedDemo(*m_cluster);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
        m_accounts = outcome->accounts;
        m_sysadmin = demoAccount(m_accounts, QStringLiteral("System admin"));
        m_owner = demoAccount(m_accounts, QStringLiteral("Owner of Nile"));
        m_admin = demoAccount(m_accounts, QStringLiteral("Administrator of Nile"));
        m_kiosk = demoAccount(m_accounts, QStringLiteral("Kiosk"));
        m_super = rawConnect(m_cluster->superuser());
        QVERIFY(m_super);
    }

    // What surrounds the tables (issue 9): no login holds an advisory lock (the key the account functions
    // serialize on would stall every registration), makes a large object, or connects to another database.
    void loginsTakeNoAdvisoryLockNorLargeObjectNorOtherDatabase_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("password");
        QTest::newRow("owner") << m_owner.loginRole << m_owner.password;
        QTest::newRow("organization admin") << m_admin.loginRole << m_admin.password;
        QTest::newRow("kiosk") << m_kiosk.loginRole << m_kiosk.password;
        QTest::newRow("system admin") << m_sysadmin.loginRole << m_sysadmin.password;
        QTest::newRow("service") << QStringLiteral("elect_service") << QStringLiteral("service-password-for-tests");
    }
    void loginsTakeNoAdvisoryLockNorLargeObjectNorOtherDatabase()
    {
        QFETCH(QString, role);
        QFETCH(QString, password);
        auto c = rawConnect(m_cluster->as(role, password));
        QVERIFY(c);
        for (const QString& sql :
             {QStringLiteral("SELECT pg_advisory_lock(7261001)"),
              QStringLiteral("SELECT pg_try_advisory_lock(7261001)"),
              QStringLiteral("SELECT pg_advisory_xact_lock(7261001)"),
              QStringLiteral("SELECT pg_advisory_lock_shared(7261001)"),
              QStringLiteral("SELECT pg_advisory_lock(1, 2)"), QStringLiteral("SELECT lo_create(0)"),
              QStringLiteral("SELECT lo_from_bytea(0, 'x')"), QStringLiteral("SELECT lo_creat(-1)")})
            QVERIFY2(attempt(*c, sql).sqlstate == QLatin1String("42501"), qPrintable(sql));
        for (const QString& other : {QStringLiteral("postgres"), QStringLiteral("template1")}) {
            ConnectionSettings s = m_cluster->as(role, password);
            s.dbname = other;
            QString why;
            QVERIFY2(!rawConnect(s, &why), qPrintable(other));
            QVERIFY2(why.contains(QLatin1String("permission denied")), qPrintable(why));
        }
    }

    // Each person's and kiosk's own login carries its bounds (a group role's settings would not reach it),
    // as SHOW reports them in that login's session, and a login cannot lift its connection limit.
    void everyLoginIsBounded_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("statementTimeout");
        QTest::addColumn<int>("connectionLimit");
        QTest::addColumn<QString>("idleSessionTimeout");
        QTest::newRow("owner") << m_owner.loginRole << m_owner.password << QStringLiteral("5min") << 20
                               << QStringLiteral("15min");
        QTest::newRow("organization admin")
            << m_admin.loginRole << m_admin.password << QStringLiteral("5min") << 20 << QStringLiteral("15min");
        QTest::newRow("system admin") << m_sysadmin.loginRole << m_sysadmin.password << QStringLiteral("5min") << 20
                                      << QStringLiteral("15min");
        QTest::newRow("kiosk") << m_kiosk.loginRole << m_kiosk.password << QStringLiteral("15s") << 10
                               << QStringLiteral("5min");
    }
    void everyLoginIsBounded()
    {
        QFETCH(QString, role);
        QFETCH(QString, password);
        QFETCH(QString, statementTimeout);
        QFETCH(int, connectionLimit);
        QFETCH(QString, idleSessionTimeout);
        auto c = rawConnect(m_cluster->as(role, password));
        QVERIFY(c);
        QCOMPARE(scalar(*c, QStringLiteral("SHOW statement_timeout")), statementTimeout);
        QCOMPARE(scalar(*c, QStringLiteral("SHOW lock_timeout")), QStringLiteral("10s"));
        QCOMPARE(scalar(*c, QStringLiteral("SHOW idle_in_transaction_session_timeout")), QStringLiteral("1min"));
        QCOMPARE(scalar(*c, QStringLiteral("SHOW idle_session_timeout")), idleSessionTimeout);
        // Set on the database by a superuser (db init): a login cannot lift them, not even for its own session.
        QCOMPARE(scalar(*c, QStringLiteral("SHOW temp_file_limit")), QStringLiteral("1GB"));
        QCOMPARE(scalar(*c, QStringLiteral("SHOW log_min_error_statement")), QStringLiteral("panic"));
        QCOMPARE(attempt(*c, QStringLiteral("SET temp_file_limit = -1")).sqlstate, QStringLiteral("42501"));
        QCOMPARE(attempt(*c, QStringLiteral("SET log_min_error_statement = error")).sqlstate, QStringLiteral("42501"));
        QCOMPARE(attempt(*c, QStringLiteral("ALTER ROLE %1 SET temp_file_limit = -1").arg(role)).sqlstate,
                 QStringLiteral("42501"));
        QCOMPARE(scalar(*m_super, QStringLiteral("SELECT rolconnlimit FROM pg_roles WHERE rolname = '%1'").arg(role))
                     .toInt(),
                 connectionLimit);
        QCOMPARE(attempt(*c, QStringLiteral("ALTER ROLE %1 CONNECTION LIMIT -1").arg(role)).sqlstate,
                 QStringLiteral("42501"));
    }
};

QTEST_GUILESS_MAIN(TestLoginBounds)
#include "TestLoginBounds.moc"
