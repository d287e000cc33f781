#pragma once

// What TestDbErrors (every key raised and translated) and TestDbUnknownKeys share: the demo, a probe login, and
// the rows that the refusals need.

#include "core/csv/Importer.h"
#include "core/db/AccountRepository.h"
#include "core/db/DbSupport.h"
#include "core/db/ElectionRepository.h"
#include "core/db/Migrator.h"
#include "core/devtools/DemoSeeder.h"

#include "Printers.h"
#include "Sql.h"
#include "TestCluster.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Elect;
using namespace Elect::Test;

class DbErrorsFixture
{
protected:
    std::unique_ptr<TestCluster> m_cluster;
    QList<DemoSeeder::Account> m_accounts;

    // A login that may EXECUTE some functions without being who they are meant for, so that the functions'
    // own checks (service_only, sysadmin_only, kiosk_only) are what refuses it.
    static constexpr const char* kProbe = "elect_test_probe";
    static constexpr const char* kProbePassword = "probe-password-for-tests";

    const DemoSeeder::Account& account(const QString& labelStart) const
    {
        return Test::demoAccount(m_accounts, labelStart);
    }

    ConnectionSettings settingsOf(const QString& login) const
    {
        if (login == QLatin1String("superuser"))
            return m_cluster->superuser();
        if (login == QLatin1String("probe"))
            return m_cluster->as(QLatin1String(kProbe), QLatin1String(kProbePassword));
        if (login == QLatin1String("service"))
            return m_cluster->as(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
        const QString label = login == QLatin1String("sysadmin") ? QStringLiteral("System admin")
                              : login == QLatin1String("owner")  ? QStringLiteral("Owner of Nile")
                              : login == QLatin1String("admin")  ? QStringLiteral("Administrator of Nile")
                                                                 : QStringLiteral("Kiosk");
        const auto& a = account(label);
        return m_cluster->as(a.loginRole, a.password);
    }

    /// What each test file's initTestCase does (a failure here fails it).
    void setUp()
    {
        m_cluster = std::make_unique<TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        auto super = m_cluster->connectSuperuser();
        QVERIFY(super);
        const auto outcome = Test::seedDemo(*m_cluster);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
        m_accounts = outcome->accounts;
        QVERIFY(super
                    ->executeScript(
                        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2';"
                                       " GRANT CONNECT ON DATABASE elect TO %1; GRANT USAGE ON SCHEMA elect TO %1;"
                                       " GRANT EXECUTE ON FUNCTION elect.verify_email(text),"
                                       " elect.accept_organization(bigint), elect.kiosk_running_elections() TO %1")
                            .arg(QLatin1String(kProbe), QLatin1String(kProbePassword)))
                    .ok());
        QVERIFY(super
                    ->executeScript(QStringLiteral("INSERT INTO elect.pricing_tiers (min_voters, max_voters, price)"
                                                   " VALUES (0, 100, 15000)"))
                    .ok());
        // An api_managed election of the demo organization, and an eligibility question of its kiosk that the
        // organization's API could not answer (both with id 900001, which the kiosk cannot look up).
        QVERIFY(super
                    ->executeScript(QStringLiteral(
                        "SET ROLE elect_owner;"
                        " INSERT INTO elect.elections (id, organization_id, title, type, method, api_endpoint, status,"
                        " starts_at, ends_at) OVERRIDING SYSTEM VALUE SELECT 900001, user_id, 'Members poll (errors)',"
                        " 'api_managed', 'api', 'http://127.0.0.1:9/dummy', 'scheduled', now() - interval '1 hour',"
                        " now() + interval '1 day' FROM elect.organizations WHERE name = 'Nile Rowing Club';"
                        " INSERT INTO elect.eligibility_requests (id, election_id, organization_id, kiosk_id, status,"
                        " reason, answered_at) OVERRIDING SYSTEM VALUE SELECT 900001, 900001, organization_id, id,"
                        " 'unavailable', 'no answer', now() FROM elect.kiosks WHERE name = 'Boathouse kiosk 1';"
                        " RESET ROLE"))
                    .ok());
        QVERIFY(super
                    ->executeScript(QStringLiteral("GRANT EXECUTE ON FUNCTION elect.service_eligibility_request(bigint)"
                                                   " TO %1")
                                        .arg(QLatin1String(kProbe)))
                    .ok());
        // The probe may call a service function without being the service; one message is sent already.
        QVERIFY(
            super
                ->executeScript(QStringLiteral("GRANT EXECUTE ON FUNCTION elect.service_email_recipient(bigint) TO %1;"
                                               " INSERT INTO elect.outbox (kind, status) VALUES ('test_sent', 'sent')")
                                    .arg(QLatin1String(kProbe)))
                .ok());
        // A published election that has not started, a decided approval request on it, and a waiting one whose
        // value before is no longer the election's.
        QVERIFY(
            super
                ->executeScript(QStringLiteral(
                    "SET ROLE elect_owner;"
                    " INSERT INTO elect.elections (id, organization_id, title, status, starts_at, ends_at)"
                    " OVERRIDING SYSTEM VALUE SELECT 900002, user_id, 'Regatta committee (errors)', 'scheduled',"
                    " now() + interval '7 days', now() + interval '8 days' FROM elect.organizations"
                    " WHERE name = 'Nile Rowing Club';"
                    " INSERT INTO elect.approval_requests (id, organization_id, requested_by, action, target,"
                    " target_id, payload, status, decided_at) OVERRIDING SYSTEM VALUE"
                    " SELECT 900001, organization_id, user_id, 'update', 'election', 900002, '{}', 'approved', now()"
                    " FROM elect.organization_admins ORDER BY user_id LIMIT 1;"
                    " INSERT INTO elect.approval_requests (id, organization_id, requested_by, action, target,"
                    " target_id, payload) OVERRIDING SYSTEM VALUE"
                    " SELECT 900002, organization_id, user_id, 'update', 'election', 900002,"
                    " '{\"name\": \"Old\", \"before\": {\"title\": \"Old\"}, \"after\": {\"title\": \"New\"}}'"
                    " FROM elect.organization_admins ORDER BY user_id LIMIT 1;"
                    " RESET ROLE"))
                .ok());
    }
};
