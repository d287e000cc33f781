#include "SecurityFixture.h"

// Row-level security and grants, tried as an attacker would: with raw SQL from another organization's
// login (organization staff; kiosks, outsiders and accounts are in TestSecurityLogins).
class TestSecurity : public QObject, protected SecurityFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }

    void everyTableWithOrganizationDataHasRowLevelSecurity()
    {
        for (const auto& [table, column] : tables()) {
            if (table == QLatin1String("schema_migrations"))
                continue;
            // The platform's prices (0006): no organization's data; every member of staff reads them all.
            if (table == QLatin1String("pricing_tiers")) {
                QCOMPARE(scalar(*m_super, QStringLiteral("SELECT relrowsecurity FROM pg_class WHERE oid = "
                                                         "'elect.pricing_tiers'::regclass")),
                         QStringLiteral("t"));
                continue;
            }
            // The registration API's request counts (0013), kiosk events waiting for the chain and the kiosks'
            // lookup limit (0017): no login has any privilege on them at all.
            if (noLoginTable(table)) {
                QCOMPARE(scalar(*m_super, QStringLiteral("SELECT count(*) FROM information_schema.role_table_grants "
                                                         "WHERE table_name = '%1' AND grantee <> 'elect_owner'")
                                              .arg(table)),
                         QStringLiteral("0"));
                continue;
            }
            QVERIFY2(!column.isEmpty() || table == QLatin1String("audit_log"),
                     qPrintable(QStringLiteral("%1 has no owner column").arg(table)));
            QCOMPARE(
                scalar(
                    *m_super,
                    QStringLiteral("SELECT relrowsecurity FROM pg_class WHERE oid = 'elect.%1'::regclass").arg(table)),
                QStringLiteral("t"));
        }
    }

    void ownerSeesNoRowOfAnotherOrganization()
    {
        auto a = raw(m_ownerA.loginRole, m_ownerA.password);
        QVERIFY(a);
        int checked = 0;
        for (const auto& [table, column] : tables()) {
            if (column.isEmpty() || noLoginTable(table))
                continue;
            const QString filter = ofB(table, column);
            // Something of B's is there to see, or the check would prove nothing.
            QVERIFY2(
                scalar(*m_super, QStringLiteral("SELECT count(*) FROM elect.%1 WHERE %2").arg(table, filter)).toInt() >
                    0,
                qPrintable(QStringLiteral("no rows of B in %1").arg(table)));
            const Outcome o = attempt(*a, QStringLiteral("SELECT count(*) FROM elect.%1 WHERE %2").arg(table, filter));
            QVERIFY2(o.sqlstate == QLatin1String("42501") || (o.ok() && o.firstValue == QLatin1String("0")),
                     qPrintable(QStringLiteral("%1: %2 %3").arg(table, o.sqlstate, o.firstValue)));
            // And whatever A can read is its own.
            const Outcome all = attempt(
                *a, QStringLiteral("SELECT count(*) FROM elect.%1 WHERE %2 <> %3").arg(table, column).arg(m_orgA));
            if (all.ok() && table != QLatin1String("users") && table != QLatin1String("verification_tokens"))
                QVERIFY2(all.firstValue == QLatin1String("0"), qPrintable(table));
            ++checked;
        }
        QVERIFY(checked >= 15);
    }

    void noLoginChangesAnotherOrganizationsRows()
    {
        const QString before = fingerprintOfB();
        for (const auto& who : {m_ownerA, m_adminA, m_sysadmin, m_kioskA}) {
            auto a = raw(who.loginRole, who.password);
            QVERIFY2(a, qPrintable(who.label));
            for (const auto& [table, column] : tables()) {
                if (column.isEmpty())
                    continue;
                const QString filter = ofB(table, column);
                for (const QString& sql : {QStringLiteral("UPDATE elect.%1 SET %2 = %2 WHERE %3")
                                               .arg(table,
                                                    table == QLatin1String("ballots") ? QStringLiteral("district")
                                                                                      : QStringLiteral("created_at"),
                                                    filter),
                                           QStringLiteral("DELETE FROM elect.%1 WHERE %2").arg(table, filter)}) {
                    // Either refused for lack of privilege, or it finds nothing of B's to change.
                    const Outcome o = attempt(*a, sql);
                    QVERIFY2(o.ok() ? o.affected == 0 : o.sqlstate == QLatin1String("42501"),
                             qPrintable(QStringLiteral("%1 -> %2, %3 row(s)").arg(sql, o.sqlstate).arg(o.affected)));
                }
            }
            // Columns a client may write, aimed at B's rows.
            for (const QString& sql :
                 {QStringLiteral("UPDATE elect.elections SET title = 'pwned' WHERE organization_id = %1"),
                  QStringLiteral("UPDATE elect.candidates SET name = 'pwned' WHERE organization_id = %1"),
                  QStringLiteral("UPDATE elect.voters SET phone = '+201000000000' WHERE organization_id = %1"),
                  QStringLiteral("UPDATE elect.kiosks SET enabled = false WHERE organization_id = %1"),
                  QStringLiteral("UPDATE elect.candidate_participations SET votes = 1000 WHERE organization_id = %1"),
                  QStringLiteral("UPDATE elect.notifications SET read_at = now() WHERE organization_id = %1")}) {
                const Outcome o = attempt(*a, sql.arg(m_orgB));
                QVERIFY2(o.ok() ? o.affected == 0 : o.sqlstate == QLatin1String("42501"), qPrintable(sql + o.sqlstate));
            }
            // Rows planted in B's name are refused.
            for (const QString& sql :
                 {QStringLiteral("INSERT INTO elect.elections (organization_id, title, starts_at, ends_at) VALUES "
                                 "(%1, 'planted', now(), now() + interval '1 day')"),
                  QStringLiteral("INSERT INTO elect.candidates (organization_id, national_id_hmac, name) VALUES "
                                 "(%1, decode(repeat('99', 32), 'hex'), 'planted')"),
                  QStringLiteral(
                      "INSERT INTO elect.voters (election_id, organization_id, national_id_hmac) SELECT "
                      "id, %1, decode(repeat('98', 32), 'hex') FROM elect.elections WHERE status = 'draft' LIMIT 1"),
                  QStringLiteral("INSERT INTO elect.approval_requests (organization_id, action, target) VALUES "
                                 "(%1, 'delete', 'election')"),
                  QStringLiteral("INSERT INTO elect.dummy_voters (organization_id, national_id_hmac, phone) VALUES "
                                 "(%1, decode(repeat('97', 32), 'hex'), '+201009999999')")}) {
                const Outcome o = attempt(*a, sql.arg(m_orgB));
                QVERIFY2(o.sqlstate == QLatin1String("42501"), qPrintable(sql + QStringLiteral(" -> ") + o.sqlstate));
            }
            // Nor can a client become someone else (a system admin is elect_sysadmin already).
            for (const QString& role :
                 {QStringLiteral("elect_owner"), QStringLiteral("elect_sysadmin"), QStringLiteral("elect_service")})
                if (who != m_sysadmin || role != QLatin1String("elect_sysadmin"))
                    QCOMPARE(attempt(*a, QStringLiteral("SET ROLE %1").arg(role)).sqlstate, QStringLiteral("42501"));
        }
        QCOMPARE(fingerprintOfB(), before);
    }

    void publishedElectionsAreFrozenForStaff_data()
    {
        QTest::addColumn<QString>("who");
        QTest::newRow("owner") << QStringLiteral("owner");
        QTest::newRow("organization admin") << QStringLiteral("admin");
    }

    void publishedElectionsAreFrozenForStaff()
    {
        QFETCH(QString, who);
        const DemoSeeder::Account& staff = who == QLatin1String("owner") ? m_ownerA : m_adminA;
        auto a = raw(staff.loginRole, staff.password);
        QVERIFY(a);
        const QString running =
            scalar(*m_super, QStringLiteral("SELECT id FROM elect.elections WHERE title = 'Club captain 2026'"));
        const QString before =
            scalar(*m_super, QStringLiteral("SELECT count(*) FROM elect.voters WHERE election_id = %1").arg(running));
        QVERIFY(before.toInt() > 0);
        for (const QString& sql :
             {QStringLiteral("DELETE FROM elect.voters WHERE election_id = %1"),
              QStringLiteral("UPDATE elect.voters SET phone = '+201000000001' WHERE election_id = %1"),
              // The organization comes from the database (0015): staff do not name it.
              QStringLiteral("INSERT INTO elect.voters (election_id, national_id_hmac) VALUES (%1, "
                             "decode(repeat('77', 32), 'hex'))"),
              QStringLiteral("DELETE FROM elect.candidate_participations WHERE election_id = %1"),
              QStringLiteral("INSERT INTO elect.candidate_participations (candidate_id, election_id) SELECT c.id, %1 "
                             "FROM elect.candidates c WHERE c.id NOT IN (SELECT candidate_id FROM "
                             "elect.candidate_participations WHERE election_id = %1) LIMIT 1"),
              QStringLiteral("UPDATE elect.elections SET ends_at = ends_at + interval '1 day' WHERE id = %1"),
              QStringLiteral("UPDATE elect.candidates SET name = 'renamed' WHERE id IN (SELECT candidate_id FROM "
                             "elect.candidate_participations WHERE election_id = %1)"),
              QStringLiteral("DELETE FROM elect.candidates WHERE id IN (SELECT candidate_id FROM "
                             "elect.candidate_participations WHERE election_id = %1)"),
              QStringLiteral("DELETE FROM elect.elections WHERE id = %1")}) {
            const Outcome o = attempt(*a, sql.arg(running));
            QVERIFY2(o.sqlstate == QLatin1String("EL001"), qPrintable(sql + QStringLiteral(" -> ") + o.sqlstate));
        }
        // Results are the tally's to write (0015: no UPDATE on candidate_participations for staff).
        QCOMPARE(attempt(*a, QStringLiteral("UPDATE elect.candidate_participations SET votes = 999, has_won = true "
                                            "WHERE election_id = %1")
                                 .arg(running))
                     .sqlstate,
                 QStringLiteral("42501"));
        QCOMPARE(
            scalar(*m_super, QStringLiteral("SELECT count(*) FROM elect.voters WHERE election_id = %1").arg(running)),
            before);
        // A client cannot publish by itself either: status is not a column it may write.
        const QString draft =
            scalar(*m_super, QStringLiteral("SELECT id FROM elect.elections WHERE title = 'Board of directors 2027'"));
        QCOMPARE(attempt(*a, QStringLiteral("UPDATE elect.elections SET status = 'scheduled' WHERE id = %1").arg(draft))
                     .sqlstate,
                 QStringLiteral("42501"));
        QCOMPARE(attempt(*a, QStringLiteral("INSERT INTO elect.elections (title, status, starts_at, ends_at) VALUES "
                                            "('x', 'scheduled', now(), now() + interval '1 day')"))
                     .sqlstate,
                 QStringLiteral("42501"));
    }

    void staffCannotReadSecrets()
    {
        auto a = raw(m_ownerA.loginRole, m_ownerA.password);
        QVERIFY(a);
        for (const QString& table :
             {QStringLiteral("verification_tokens"), QStringLiteral("voter_otps"), QStringLiteral("ballots"),
              QStringLiteral("voting_records"), QStringLiteral("outbox")})
            QCOMPARE(attempt(*a, QStringLiteral("SELECT * FROM elect.%1").arg(table)).sqlstate,
                     QStringLiteral("42501"));
        // A system admin oversees everything but never sees an organization's HMAC key (TestPrivateKeys).
        auto s = raw(m_sysadmin.loginRole, m_sysadmin.password);
        QVERIFY(s);
        QCOMPARE(attempt(*s, QStringLiteral("SELECT hmac_key FROM elect_private.organization_keys")).sqlstate,
                 QStringLiteral("42501"));
        QVERIFY(attempt(*s, QStringLiteral("SELECT name FROM elect.organizations")).affected >= 2);
    }

    void onlyTheOwnerManagesKiosksAndAdmins()
    {
        auto admin = Database::connect(m_cluster->as(m_adminA.loginRole, m_adminA.password));
        QVERIFY2(admin.ok(), qPrintable(admin.message()));
        const auto kiosk = AccountRepository(**admin).createKiosk(QStringLiteral("rogue"), QString());
        QCOMPARE(kiosk.code(), ErrorCode::NotAllowed);
        auto owner = Database::connect(m_cluster->as(m_ownerA.loginRole, m_ownerA.password));
        QVERIFY(owner.ok());
        QCOMPARE(AccountRepository(**owner).acceptOrganization(m_orgB).code(), ErrorCode::NotAllowed);
        QCOMPARE(AccountRepository(**owner)
                     .createSystemAdmin({QStringLiteral("x@y.example"), QStringLiteral("X"), QStringLiteral("Y"),
                                         QStringLiteral("long-enough-password")})
                     .code(),
                 ErrorCode::NotAllowed);
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "TestSecurity.moc"
