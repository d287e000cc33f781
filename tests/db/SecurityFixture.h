#pragma once

// What TestSecurity (organization staff) and TestSecurityLogins (kiosks, outsiders, accounts) share: the demo
// plus a second organization, and raw SQL as the attacker.

#include "core/db/AccountRepository.h"
#include "core/db/ElectionRepository.h"
#include "core/devtools/DemoSeeder.h"

#include "Printers.h"
#include "Sql.h"
#include "TestCluster.h"

#include <QTest>

using namespace Elect;
using namespace Elect::Test;

class SecurityFixture
{
protected:
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

    /// What each test file's initTestCase does (a failure here fails it).
    void setUp()
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
};
