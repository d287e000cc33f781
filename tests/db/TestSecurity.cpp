#include "core/db/AccountRepository.h"
#include "core/db/ElectionRepository.h"
#include "core/devtools/DemoSeeder.h"

#include "Printers.h"
#include "Sql.h"
#include "TestCluster.h"

#include <QTest>

using namespace Elect;
using namespace Elect::Test;

// Row-level security and grants, tried as an attacker would: with raw SQL from another organization's
// login and a kiosk's login.
class TestSecurity : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    QList<DemoSeeder::Account> m_accounts;
    qint64 m_orgA = 0; // Nile Rowing Club
    qint64 m_orgB = 0; // Alexandria Student Union
    DemoSeeder::Account m_ownerA, m_adminA, m_kioskA, m_sysadmin;
    QString m_ownerBPassword = QStringLiteral("owner-b-password-long");
    QString m_pendingPassword = QStringLiteral("pending-owner-password");

    const DemoSeeder::Account& account(const QString& labelStart) { return Test::demoAccount(m_accounts, labelStart); }

    std::unique_ptr<pqxx::connection> raw(const QString& role, const QString& password)
    {
        QString why;
        auto c = rawConnect(m_cluster->as(role, password), &why);
        if (!c)
            qWarning("cannot connect as %s: %s", qPrintable(role), qPrintable(why));
        return c;
    }

    // Tables of the schema with the column that says whose a row is.
    QList<QPair<QString, QString>> tables()
    {
        QList<QPair<QString, QString>> out;
        pqxx::work w(*m_super);
        for (const auto& row : w.exec("SELECT c.relname, "
                                      " CASE WHEN c.relname = 'users' THEN 'id'"
                                      "      WHEN c.relname IN ('organizations', 'verification_tokens') THEN 'user_id'"
                                      "      ELSE (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.oid"
                                      "             AND a.attname = 'organization_id') END"
                                      " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                                      " WHERE n.nspname = 'elect' AND c.relkind = 'r' ORDER BY 1"))
            out.append({QString::fromStdString(row[0].as<std::string>()),
                        row[1].is_null() ? QString() : QString::fromStdString(row[1].as<std::string>())});
        return out;
    }

    // Tables of which no login may read or write anything (checked in everyTableWithOrganizationData...).
    static bool noLoginTable(const QString& table)
    {
        return table.startsWith(QLatin1String("service_rate_")) || table == QLatin1String("audit_unsealed") ||
               table == QLatin1String("voting_limits");
    }

    // Which rows of a table belong to organization B, as a filter.
    QString ofB(const QString& table, const QString& column)
    {
        if (table == QLatin1String("users") || table == QLatin1String("verification_tokens"))
            return QStringLiteral("(%2 = %1 OR %2 IN (SELECT user_id FROM elect.organization_admins WHERE "
                                  "organization_id = %1))")
                .arg(m_orgB)
                .arg(column);
        return QStringLiteral("%1 = %2").arg(column).arg(m_orgB);
    }

    // A fingerprint of everything organization B owns, to show that nothing of it changed.
    QString fingerprintOfB()
    {
        QStringList parts;
        for (const auto& [table, column] : tables()) {
            if (column.isEmpty())
                continue;
            parts << scalar(*m_super,
                            QStringLiteral("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))"
                                           " FROM elect.%1 t WHERE %2")
                                .arg(table, ofB(table, column)));
        }
        return parts.join(u',');
    }

    // A column of \a table that a plain UPDATE may set to itself (not an identity or generated one).
    QString plainColumn(const QString& table)
    {
        return scalar(*m_super, QStringLiteral("SELECT attname FROM pg_attribute WHERE attrelid = 'elect.%1'::regclass"
                                               " AND attnum > 0 AND NOT attisdropped AND attidentity = ''"
                                               " AND attgenerated = '' ORDER BY attnum LIMIT 1")
                                    .arg(table));
    }

    // Logins that are not organization staff: they change tables only through functions, never directly.
    static void addOutsiderRows(const DemoSeeder::Account& sysadmin, const DemoSeeder::Account& kiosk)
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("password");
        QTest::newRow("system admin") << sysadmin.loginRole << sysadmin.password;
        QTest::newRow("kiosk") << kiosk.loginRole << kiosk.password;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        const auto outcome = Test::seedDemo(*m_cluster);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
        m_accounts = outcome->accounts;
        m_sysadmin = account(QStringLiteral("System admin"));
        m_ownerA = account(QStringLiteral("Owner of Nile"));
        m_adminA = account(QStringLiteral("Administrator of Nile"));
        m_kioskA = account(QStringLiteral("Kiosk"));
        m_super = rawConnect(m_cluster->superuser());
        QVERIFY(m_super);
        m_orgA =
            scalar(*m_super, QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Nile Rowing Club'"))
                .toLongLong();
        m_orgB =
            scalar(*m_super,
                   QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Alexandria Student Union'"))
                .toLongLong();
        QVERIFY(m_orgA > 0 && m_orgB > 0);

        // Organization B gets accepted and fills every table, so that there is something to steal.
        auto sys = Database::connect(m_cluster->as(m_sysadmin.loginRole, m_sysadmin.password));
        QVERIFY(sys.ok());
        QVERIFY(AccountRepository(**sys).acceptOrganization(m_orgB).ok());
        const auto pendingB = account(QStringLiteral("Owner of Alexandria"));
        auto ownerB = Database::connect(m_cluster->as(pendingB.loginRole, pendingB.password));
        QVERIFY2(ownerB.ok(), qPrintable(ownerB.message()));
        QVERIFY(AccountRepository(**ownerB).createKiosk(QStringLiteral("B kiosk"), QStringLiteral("Hall B")).ok());
        QVERIFY(AccountRepository(**ownerB)
                    .createOrganizationAdmin({QStringLiteral("admin@alex-students.example"), QStringLiteral("B"),
                                              QStringLiteral("Admin"), QStringLiteral("b-admin-password")})
                    .ok());
        Election e;
        e.title = QStringLiteral("Union president");
        e.startsAt = QDateTime::currentDateTimeUtc().addDays(1);
        e.endsAt = e.startsAt.addDays(1);
        const auto electionB = ElectionRepository(**ownerB).createDraft(e);
        QVERIFY(electionB.ok());
        const QString b = QString::number(m_orgB), eb = QString::number(*electionB);
        for (const QString& sql : {
                 QStringLiteral("INSERT INTO elect.candidates (organization_id, national_id_hmac, name) VALUES (%1, "
                                "decode(repeat('ab', 32), 'hex'), 'B candidate')"),
                 QStringLiteral(
                     "INSERT INTO elect.candidate_participations (candidate_id, election_id, organization_id)"
                     " SELECT id, %2, %1 FROM elect.candidates WHERE organization_id = %1"),
                 QStringLiteral(
                     "INSERT INTO elect.voters (election_id, organization_id, national_id_hmac, phone) VALUES"
                     " (%2, %1, decode(repeat('cd', 32), 'hex'), '+201001234567')"),
                 QStringLiteral("INSERT INTO elect.voter_otps (voter_id, organization_id) SELECT id, %1 FROM "
                                "elect.voters WHERE organization_id = %1"),
                 QStringLiteral("INSERT INTO elect.voting_records (election_id, voter_id, organization_id, "
                                "idempotency_key) SELECT %2, id, %1, gen_random_uuid() FROM elect.voters WHERE "
                                "organization_id = %1"),
                 QStringLiteral(
                     "INSERT INTO elect.ballots (election_id, organization_id, selections, receipt_code) "
                     "SELECT %2, %1, ARRAY[id], 'RCPT-B-1' FROM elect.candidates WHERE organization_id = %1"),
                 QStringLiteral("INSERT INTO elect.transactions (user_id, organization_id, kind, amount, currency, "
                                "stripe_ref) VALUES (%1, %1, 'top_up', 50000, 'EGP', 'cs_test_b')"),
                 QStringLiteral("INSERT INTO elect.wallet_top_ups (organization_id, user_id, amount) VALUES (%1, %1, "
                                "5000)"),
                 QStringLiteral("INSERT INTO elect.approval_requests (organization_id, requested_by, action, target, "
                                "payload) VALUES (%1, %1, 'update', 'election', '{}')"),
                 QStringLiteral("INSERT INTO elect.dummy_candidates (organization_id, national_id_hmac, name) VALUES "
                                "(%1, decode(repeat('ef', 32), 'hex'), 'Dummy')"),
                 QStringLiteral("INSERT INTO elect.dummy_voters (organization_id, national_id_hmac, phone) VALUES "
                                "(%1, decode(repeat('ef', 32), 'hex'), '+201001234568')"),
                 QStringLiteral("INSERT INTO elect.eligibility_requests (election_id, organization_id, kiosk_id, "
                                "national_id) SELECT %2, %1, id, '29901011234567' FROM elect.kiosks WHERE "
                                "organization_id = %1"),
                 QStringLiteral("INSERT INTO elect.kiosk_lookups (kiosk_id, election_id, organization_id) SELECT id, "
                                "%2, %1 FROM elect.kiosks WHERE organization_id = %1"),
                 QStringLiteral(
                     "INSERT INTO elect.voting_sessions (token_hash, kiosk_id, election_id, organization_id, "
                     "voter_id, expires_at) SELECT decode(repeat('02', 32), 'hex'), k.id, %2, %1, v.id, "
                     "now() FROM elect.kiosks k, elect.voters v WHERE k.organization_id = %1 AND "
                     "v.organization_id = %1 LIMIT 1"),
                 QStringLiteral("INSERT INTO elect.verification_tokens (user_id, purpose, token_hash, expires_at) "
                                "VALUES (%1, 'reset_password', decode(repeat('01', 32), 'hex'), now() + interval '1 "
                                "hour')"),
                 QStringLiteral("INSERT INTO elect.election_results (election_id, organization_id, ballots, report) "
                                "VALUES (%2, %1, 1, '{\"constituencies\": []}')"),
                 QStringLiteral("INSERT INTO elect.notification_reads (notification_id, user_id, organization_id)"
                                " SELECT id, %1, %1 FROM elect.notifications WHERE organization_id = %1 LIMIT 1"),
             }) {
            const Outcome o =
                attempt(*m_super, QString(sql).replace(QLatin1String("%1"), b).replace(QLatin1String("%2"), eb));
            QVERIFY2(o.ok(), qPrintable(sql + QStringLiteral(" -> ") + o.sqlstate));
        }
        // A running election for B, which A's kiosk must not see.
        QVERIFY(attempt(*m_super, QStringLiteral("INSERT INTO elect.elections (organization_id, title, status, "
                                                 "starts_at, ends_at) VALUES (%1, 'B running', 'scheduled', now() - "
                                                 "interval '1 hour', now() + interval '1 day')")
                                      .arg(b))
                    .ok());
    }

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

    void kioskReadsNoTableAndOnlyItsOwnRunningElections()
    {
        auto k = raw(m_kioskA.loginRole, m_kioskA.password);
        QVERIFY(k);
        for (const auto& [table, column] : tables())
            QCOMPARE(attempt(*k, QStringLiteral("SELECT 1 FROM elect.%1 LIMIT 1").arg(table)).sqlstate,
                     QStringLiteral("42501"));
        for (const QString& call : {QStringLiteral("SELECT elect.create_kiosk('x', 'y', 'z')"),
                                    QStringLiteral("SELECT elect.accept_organization(1)"),
                                    QStringLiteral("SELECT elect.register_organization('a', 'b', 'c', 'd', 'e', 'f')")})
            QCOMPARE(attempt(*k, call).sqlstate, QStringLiteral("42501"));
        auto kiosk = Database::connect(m_cluster->as(m_kioskA.loginRole, m_kioskA.password));
        QVERIFY(kiosk.ok());
        const auto running = ElectionRepository(**kiosk).runningForKiosk();
        QVERIFY2(running.ok(), qPrintable(running.message()));
        // The demo's two running elections of its own organization (choose one; ranked), soonest end first.
        QStringList titles;
        for (const Election& e : *running)
            titles << e.title;
        QCOMPARE(titles, QStringList({QStringLiteral("Club captain 2026"), QStringLiteral("Head coach 2026")}));
        const auto who = AccountRepository(**kiosk).whoAmI();
        QVERIFY(who.ok());
        QVERIFY(who->kind == Identity::Kind::Kiosk);
        QCOMPARE(who->organizationId.value_or(0), m_orgA);
    }

    // Registration, verification and reset answer the service login only (elect serve's API in front); the
    // registrar, whose password was public, logs in no more (TestRegistrationApi tries it).
    void accountFunctionsAnswerOnlyTheService()
    {
        auto owner = raw(m_ownerA.loginRole, m_ownerA.password);
        QVERIFY(owner);
        for (const QString& call :
             {QStringLiteral("SELECT elect.request_password_reset('nobody@nowhere.example')"),
              QStringLiteral("SELECT elect.request_email_verification('nobody@nowhere.example')"),
              QStringLiteral("SELECT elect.verify_email('not-a-token')"),
              QStringLiteral("SELECT elect.complete_password_reset('not-a-token', 'x')"),
              QStringLiteral("SELECT elect.service_rate_take('x', 1, interval '1 hour')"),
              QStringLiteral("SELECT elect.register_organization('p@q.example', 'P', 'Q', 'x', 'Plain Org', 'EG')")})
            QCOMPARE(attempt(*owner, call).sqlstate, QStringLiteral("42501"));
        auto r = raw(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
        QVERIFY(r);
        QVERIFY(attempt(*r, QStringLiteral("SELECT elect.request_password_reset('nobody@nowhere.example')")).ok());
        QCOMPARE(attempt(*r, QStringLiteral("SELECT elect.verify_email('not-a-token')")).sqlstate,
                 QStringLiteral("EL002"));
        // A plaintext password is refused before it could be stored.
        QCOMPARE(attempt(*r, QStringLiteral("SELECT elect.register_organization('p@q.example', 'P', 'Q', "
                                            "'plaintext-password', 'Plain Org', 'EG')"))
                     .sqlstate,
                 QStringLiteral("EL003"));
    }

    void accountsWithoutLoginCannotConnect()
    {
        auto registrar = Database::connect(
            m_cluster->as(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests")));
        QVERIFY(registrar.ok());
        const QString email = QStringLiteral("new-owner@pending.example");
        const auto id =
            AccountRepository(**registrar)
                .registerOrganization({email, QStringLiteral("New"), QStringLiteral("Owner"), m_pendingPassword},
                                      QStringLiteral("Pending Club"), QStringLiteral("GB"));
        QVERIFY2(id.ok(), qPrintable(id.message()));
        // Right password, but not verified and not accepted: no LOGIN.
        auto attemptLogin = Database::connect(m_cluster->as(loginRoleForEmail(email), m_pendingPassword));
        QCOMPARE(attemptLogin.code(), ErrorCode::AccountNotActive);
        auto wrong = Database::connect(m_cluster->as(loginRoleForEmail(email), QStringLiteral("wrong-password")));
        QCOMPARE(wrong.code(), ErrorCode::AuthFailed);

        // Verified by token (issued as elect serve will), still waiting for acceptance: still no LOGIN.
        QVERIFY(attempt(*m_super, QStringLiteral("SELECT elect.issue_verification_token(%1, 'verify_email', "
                                                 "public.digest('the-token', 'sha256'))")
                                      .arg(*id))
                    .ok());
        QVERIFY(AccountRepository(**registrar).verifyEmail(QStringLiteral("the-token")).ok());
        QCOMPARE(AccountRepository(**registrar).verifyEmail(QStringLiteral("the-token")).code(), ErrorCode::NotFound);
        QCOMPARE(Database::connect(m_cluster->as(loginRoleForEmail(email), m_pendingPassword)).code(),
                 ErrorCode::AccountNotActive);

        // Rejected: never LOGIN. A decided organization cannot be decided again.
        auto sys = Database::connect(m_cluster->as(m_sysadmin.loginRole, m_sysadmin.password));
        QVERIFY(sys.ok());
        QVERIFY(AccountRepository(**sys).rejectOrganization(*id, QStringLiteral("Not a real club")).ok());
        QCOMPARE(Database::connect(m_cluster->as(loginRoleForEmail(email), m_pendingPassword)).code(),
                 ErrorCode::AccountNotActive);
        QCOMPARE(AccountRepository(**sys).acceptOrganization(*id).code(), ErrorCode::WrongState);
    }

    // The system admin's policy (sysadmin_all) allows every row, so its grants are the only barrier: it
    // oversees, and changes things only through functions. Kiosks have no table at all.
    void outsidersWriteNoTable_data() { addOutsiderRows(m_sysadmin, m_kioskA); }
    void outsidersWriteNoTable()
    {
        QFETCH(QString, role);
        QFETCH(QString, password);
        auto c = raw(role, password);
        QVERIFY(c);
        int checked = 0;
        for (const auto& [table, column] : tables()) {
            const QString plain = plainColumn(table);
            QVERIFY2(!plain.isEmpty() && !plain.startsWith(QLatin1String("ERROR")), qPrintable(table));
            for (const QString& sql :
                 {QStringLiteral("INSERT INTO elect.%1 DEFAULT VALUES").arg(table),
                  QStringLiteral("UPDATE elect.%1 SET %2 = %2").arg(table, plain),
                  QStringLiteral("DELETE FROM elect.%1").arg(table), QStringLiteral("TRUNCATE elect.%1").arg(table)}) {
                const Outcome o = attempt(*c, sql);
                QVERIFY2(o.sqlstate == QLatin1String("42501"),
                         qPrintable(QStringLiteral("%1 -> %2 (%3 rows)").arg(sql, o.sqlstate).arg(o.affected)));
            }
            // The catalog agrees: no write privilege on the table or on any of its columns, granted to the
            // login or to a group it belongs to.
            QCOMPARE(scalar(*m_super, QStringLiteral("SELECT has_table_privilege('%1', 'elect.%2', 'INSERT, UPDATE, "
                                                     "DELETE, TRUNCATE') OR has_any_column_privilege('%1', 'elect.%2', "
                                                     "'INSERT, UPDATE')")
                                          .arg(role, table)),
                     QStringLiteral("f"));
            ++checked;
        }
        QVERIFY(checked >= 19);
    }

    // Ballot secrecy: a ballot and its voting record are written in one transaction, so whoever reads the
    // table could join them by system columns. Ballots are read only through a function.
    void noLoginHasAPrivilegeOnBallots()
    {
        const QString holders = scalar(
            *m_super, QStringLiteral("SELECT coalesce(string_agg(rolname, ', ' ORDER BY rolname), 'none') FROM pg_roles"
                                     " WHERE NOT rolsuper AND rolname <> 'elect_owner' AND rolname NOT LIKE 'pg\\_%'"
                                     " AND has_table_privilege(oid, 'elect.ballots', 'SELECT, INSERT, UPDATE, DELETE,"
                                     " TRUNCATE, REFERENCES, TRIGGER')"));
        QCOMPARE(holders, QStringLiteral("none"));
        for (const auto& who : {m_sysadmin, m_ownerA, m_adminA, m_kioskA}) {
            auto c = raw(who.loginRole, who.password);
            QVERIFY(c);
            QCOMPARE(attempt(*c, QStringLiteral("SELECT count(*) FROM elect.ballots")).sqlstate,
                     QStringLiteral("42501"));
        }
    }

    // Password reset: elect serve issues a token (stored hashed) and mails it; its registration API completes
    // the reset with it. Single use, expiring, only for its purpose, only with a SCRAM verifier.
    void passwordResetTakesAFreshTokenOfItsPurposeOnce()
    {
        const DemoSeeder::Account ownerB = account(QStringLiteral("Owner of Alexandria"));
        const QString userId =
            scalar(*m_super, QStringLiteral("SELECT id FROM elect.users WHERE email = '%1'").arg(ownerB.email));
        QVERIFY(userId.toLongLong() > 0);
        auto registrar = raw(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
        QVERIFY(registrar);
        const auto issue = [&](const QString& token, const QString& purpose) {
            return attempt(*m_super, QStringLiteral("SELECT elect.issue_verification_token(%1, '%2', "
                                                    "public.digest('%3', 'sha256'))")
                                         .arg(userId, purpose, token))
                .ok();
        };
        const QString newPassword = QStringLiteral("a-new-password-for-b");
        const QString verifier = scramVerifier(newPassword);
        const auto reset = [&](const QString& token, const QString& secret) {
            return attempt(*registrar,
                           QStringLiteral("SELECT elect.complete_password_reset('%1', '%2')").arg(token, secret));
        };
        const auto signsInWith = [&](const QString& password) {
            return Database::connect(m_cluster->as(ownerB.loginRole, password)).code();
        };
        QCOMPARE(signsInWith(ownerB.password), ErrorCode::None);

        // A token of the other purpose does not reset a password, and a reset token does not verify an email.
        QVERIFY(issue(QStringLiteral("verify-token-b"), QStringLiteral("verify_email")));
        QCOMPARE(reset(QStringLiteral("verify-token-b"), verifier).message, QStringLiteral("token_invalid"));
        QVERIFY(issue(QStringLiteral("reset-token-b1"), QStringLiteral("reset_password")));
        QCOMPARE(attempt(*registrar, QStringLiteral("SELECT elect.verify_email('reset-token-b1')")).message,
                 QStringLiteral("token_invalid"));

        // An expired token is refused.
        QVERIFY(attempt(*m_super, QStringLiteral("UPDATE elect.verification_tokens SET expires_at = now() - interval "
                                                 "'1 second' WHERE token_hash = public.digest('reset-token-b1', "
                                                 "'sha256')"))
                    .ok());
        QCOMPARE(reset(QStringLiteral("reset-token-b1"), verifier).message, QStringLiteral("token_invalid"));
        QCOMPARE(signsInWith(ownerB.password), ErrorCode::None);

        // A new token voids the earlier unused one.
        QVERIFY(issue(QStringLiteral("reset-token-b2"), QStringLiteral("reset_password")));
        QVERIFY(issue(QStringLiteral("reset-token-b3"), QStringLiteral("reset_password")));
        QCOMPARE(reset(QStringLiteral("reset-token-b2"), verifier).message, QStringLiteral("token_invalid"));

        // A plaintext password is refused, and the refusal does not use the token up.
        const Outcome plain = reset(QStringLiteral("reset-token-b3"), newPassword);
        QCOMPARE(plain.sqlstate, QStringLiteral("EL003"));
        QCOMPARE(plain.message, QStringLiteral("password_not_a_verifier"));

        // The fresh token works once: the new password signs in, the old one no longer does.
        const Outcome done = reset(QStringLiteral("reset-token-b3"), verifier);
        QVERIFY2(done.ok(), qPrintable(done.sqlstate + u' ' + done.message));
        QCOMPARE(signsInWith(newPassword), ErrorCode::None);
        QCOMPARE(signsInWith(ownerB.password), ErrorCode::AuthFailed);
        QCOMPARE(reset(QStringLiteral("reset-token-b3"), scramVerifier(QStringLiteral("yet-another-password"))).message,
                 QStringLiteral("token_invalid"));
        QCOMPARE(signsInWith(newPassword), ErrorCode::None);
        // Only the service completes resets (its registration API in front of it).
        auto owner = raw(m_ownerA.loginRole, m_ownerA.password);
        QVERIFY(owner);
        QCOMPARE(attempt(*owner, QStringLiteral("SELECT elect.complete_password_reset('x', 'y')")).sqlstate,
                 QStringLiteral("42501"));
    }

    void auditLogIsAChainThatShowsTampering()
    {
        auto s = raw(m_sysadmin.loginRole, m_sysadmin.password);
        QVERIFY(s);
        QVERIFY(scalar(*s, QStringLiteral("SELECT count(*) FROM elect.audit_log WHERE action = 'accept_organization'"))
                    .toInt() >= 2);
        QCOMPARE(scalar(*s, QStringLiteral("SELECT coalesce(elect.audit_log_first_broken()::text, 'intact')")),
                 QStringLiteral("intact"));
        QCOMPARE(attempt(*s, QStringLiteral("DELETE FROM elect.audit_log")).sqlstate, QStringLiteral("42501"));
        QCOMPARE(attempt(*s, QStringLiteral("UPDATE elect.audit_log SET success = false")).sqlstate,
                 QStringLiteral("42501"));
        // Even the owner of the table is stopped by the append-only trigger.
        QCOMPARE(attempt(*m_super, QStringLiteral("DELETE FROM elect.audit_log")).sqlstate, QStringLiteral("EL004"));
        // Someone with the keys to the server edits a row behind the trigger's back: the chain shows it.
        const QString victim = scalar(*m_super, QStringLiteral("SELECT min(id) + 1 FROM elect.audit_log"));
        QVERIFY(attempt(*m_super, QStringLiteral("ALTER TABLE elect.audit_log DISABLE TRIGGER append_only")).ok());
        QVERIFY(attempt(*m_super,
                        QStringLiteral("UPDATE elect.audit_log SET success = NOT success WHERE id = %1").arg(victim))
                    .ok());
        QVERIFY(attempt(*m_super, QStringLiteral("ALTER TABLE elect.audit_log ENABLE TRIGGER append_only")).ok());
        QCOMPARE(scalar(*s, QStringLiteral("SELECT elect.audit_log_first_broken()")), victim);
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "TestSecurity.moc"
