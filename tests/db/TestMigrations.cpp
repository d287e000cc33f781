#include "core/db/Migrator.h"

#include "Printers.h"
#include "Sql.h"
#include "TestCluster.h"

#include <QTest>

using namespace Elect;
using namespace Elect::Test;

class TestMigrations : public QObject
{
    Q_OBJECT

    // Everything in the schema that a migration could create or change.
    static QString schemaFingerprint(pqxx::connection& c)
    {
        return scalar(
            c, QStringLiteral(
                   "SELECT md5(string_agg(x, '|' ORDER BY x)) FROM ("
                   " SELECT c.relname || ':' || c.relkind || ':' || coalesce(array_to_string(c.relacl, ','), '') AS x"
                   "   FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'elect'"
                   " UNION ALL SELECT p.proname || ':' || md5(p.prosrc) || coalesce(array_to_string(p.proacl, ','), '')"
                   "   FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'elect'"
                   " UNION ALL SELECT polname || ':' || polrelid::regclass::text FROM pg_policy) s"));
    }

private Q_SLOTS:
    void fromEmptyEveryMigrationIsApplied()
    {
        TestCluster cluster;
        QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
        auto db = cluster.connectSuperuser();
        QVERIFY(db);
        const auto status = Migrator(*db).status();
        QVERIFY2(status.ok(), qPrintable(status.message()));
        QVERIFY(status->size() >= 4);
        int expected = 1;
        for (const auto& m : *status) {
            QCOMPARE(m.version, expected++); // numbered without gaps
            QVERIFY2(m.applied, qPrintable(m.name));
            QCOMPARE(m.checksum.size(), 64);
        }
        auto raw = rawConnect(cluster.superuser());
        QVERIFY(raw);
        QCOMPARE(scalar(*raw, QStringLiteral("SELECT count(*) FROM elect.schema_migrations")),
                 QString::number(status->size()));
        // Objects belong to elect_owner, not to whoever ran the migration.
        QCOMPARE(scalar(*raw, QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                             "c.relnamespace WHERE n.nspname = 'elect' AND "
                                             "pg_get_userbyid(c.relowner) <> 'elect_owner'")),
                 QStringLiteral("0"));
        // Every SECURITY DEFINER function pins its search_path.
        QCOMPARE(scalar(*raw, QStringLiteral("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = "
                                             "p.pronamespace WHERE n.nspname = 'elect' AND p.prosecdef AND NOT "
                                             "coalesce(p.proconfig::text LIKE '%search_path%', false)")),
                 QStringLiteral("0"));
    }

    void runningTwiceChangesNothing()
    {
        TestCluster cluster;
        QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
        auto db = cluster.connectSuperuser();
        auto raw = rawConnect(cluster.superuser());
        QVERIFY(db && raw);
        const QString before = schemaFingerprint(*raw);
        const auto again = Migrator(*db).migrate();
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QVERIFY(again->isEmpty());
        QCOMPARE(schemaFingerprint(*raw), before);
        // db init's cluster and database steps are idempotent too.
        auto maintenance = Database::connect(*cluster.server().superuserSettings(QStringLiteral("postgres")));
        QVERIFY(maintenance.ok());
        QVERIFY(initializeCluster(**maintenance).ok());
        QVERIFY(initializeDatabase(*db).ok());
        QCOMPARE(schemaFingerprint(*raw), before);
    }

    void aTamperedMigrationIsRefused()
    {
        TestCluster cluster;
        QVERIFY2(cluster.ok(), qPrintable(cluster.error()));
        auto db = cluster.connectSuperuser();
        auto raw = rawConnect(cluster.superuser());
        QVERIFY(db && raw);
        // As if 0002 had been edited after it shipped: the applied checksum no longer matches.
        QVERIFY(attempt(*raw, QStringLiteral("UPDATE elect.schema_migrations SET checksum = md5('edited') || "
                                             "md5('x') WHERE version = 2"))
                    .ok());
        QVERIFY(attempt(*raw, QStringLiteral("DELETE FROM elect.schema_migrations WHERE version = 4")).ok());
        const auto status = Migrator(*db).status();
        QCOMPARE(status.code(), ErrorCode::WrongState);
        QVERIFY2(status.message().contains(QStringLiteral("0002_security.sql")), qPrintable(status.message()));
        const auto migrated = Migrator(*db).migrate();
        QCOMPARE(migrated.code(), ErrorCode::WrongState);
        // Refused before doing anything: 0004 stays unapplied.
        QCOMPARE(scalar(*raw, QStringLiteral("SELECT count(*) FROM elect.schema_migrations WHERE version = 4")),
                 QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
