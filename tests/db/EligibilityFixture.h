#pragma once

// What TestEligibility (the answers) and TestEligibilityFailures (failures and boundaries) share: the demo's
// api_managed election, a kiosk and the service logins, elect serve's handler and the dummy API over real HTTP
// on 127.0.0.1.

#include "core/db/AccountRepository.h"
#include "core/db/ElectionRepository.h"
#include "core/db/EligibilityRepository.h"
#include "core/db/NotificationListener.h"
#include "core/db/OutboxRepository.h"
#include "core/integrations/eligibility/EligibilityHttpClient.h"
#include "core/service/DummyEligibilityApi.h"
#include "core/service/EligibilityHandler.h"

#include "ProviderServers.h"
#include "Sql.h"
#include "TestCluster.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Elect;
using namespace Elect::Test;
using Elect::Integrations::Delivery;

namespace {

const QString kServicePassword = QStringLiteral("service-password-for-tests");
// Demo candidates (core/devtools/DemoSeeder.cpp) and invented people of the dummy API.
const QString kYoussef = QStringLiteral("29001011234567");
const QString kMariam = QStringLiteral("29105052345678");
const QString kNotACandidate = QStringLiteral("29309094567890"); // Nour Khaled: a candidate, not in this poll
const QString kVoterSome = QStringLiteral("29901011111111");     // may choose Youssef (and a stranger)
const QString kVoterAll = QStringLiteral("29901012222222");      // may choose all
const QString kStranger = QStringLiteral("29901013333333");      // unknown to the API

} // namespace

class EligibilityFixture
{
protected:
    std::unique_ptr<TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    QList<DemoSeeder::Account> m_accounts;
    std::unique_ptr<Database> m_kiosk;
    std::unique_ptr<Database> m_service;    // the handler's connection
    std::unique_ptr<Database> m_serviceApi; // the dummy API's, as serve's HTTP thread would have
    std::unique_ptr<Service::DummyEligibilityApi> m_dummy;
    QHttpServer m_http;
    int m_httpHits = 0;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
    qint64 m_org = 0;
    qint64 m_election = 0;

    const DemoSeeder::Account& account(const QString& labelStart) const
    {
        return Test::demoAccount(m_accounts, labelStart);
    }

    QString sql(const QString& statement) { return scalar(*m_super, statement); }
    void asOwnerRole(const QString& statement)
    {
        const Outcome o = attempt(*m_super, QStringLiteral("SET ROLE elect_owner; %1; RESET ROLE").arg(statement));
        QVERIFY2(o.ok(), qPrintable(statement + QStringLiteral(" -> ") + o.message));
    }
    void setEndpoint(const QString& url)
    {
        asOwnerRole(
            QStringLiteral("UPDATE elect.elections SET api_endpoint = '%1' WHERE id = %2").arg(url).arg(m_election));
    }
    QString dummyEndpoint() const { return QStringLiteral("http://127.0.0.1:%1/dummy/%2").arg(m_port).arg(m_org); }

    // One pass of elect serve over the outbox's eligibility questions, with \a client.
    QList<Delivery> serve(Integrations::EligibilityClient& client)
    {
        OutboxRepository outbox(*m_service);
        Service::EligibilityHandler handler(*m_service, client);
        QList<Delivery> out;
        const auto claimed = outbox.claimDue(100, 300);
        if (!claimed) {
            qWarning("claim: %s", qPrintable(claimed.message()));
            return out;
        }
        for (const OutboxMessage& m : *claimed) {
            if (m.kind != handler.kind())
                continue;
            const Delivery d = await(handler.handle(m));
            if (d.outcome == Delivery::Outcome::Accepted)
                (void)outbox.markSent(m.id);
            out << d;
        }
        return out;
    }
    QList<Delivery> serve()
    {
        Integrations::EligibilityHttpClient client(&m_network, 3000);
        return serve(client);
    }

    QString voterRow(const QString& nationalId)
    {
        return sql(
            QStringLiteral(
                "SELECT v.phone || '|' || coalesce((SELECT string_agg(c.name, ',' ORDER BY c.name)"
                " FROM elect.candidates c WHERE c.id = ANY (v.eligible_candidates)), '')"
                " || '|' || (v.eligible_candidates IS NULL) || '|' || (v.eligibility_checked_at IS NOT NULL)"
                " FROM elect.voters v JOIN elect_private.organization_keys o ON o.organization_id = v.organization_id"
                " WHERE v.election_id = %1 AND v.national_id_hmac = elect.national_id_hmac(o.hmac_key, '%2')")
                .arg(m_election)
                .arg(nationalId));
    }
    QString requestRow(qint64 id)
    {
        return sql(QStringLiteral("SELECT status || '|' || coalesce(eligible::text, '-') || '|' || (national_id IS "
                                  "NULL) || '|' || coalesce(unknown_candidates::text, '-') FROM "
                                  "elect.eligibility_requests WHERE id = %1")
                       .arg(id));
    }
    qint64 ask(const QString& nationalId)
    {
        const auto id = EligibilityRepository(*m_kiosk).request(m_election, nationalId);
        if (!id)
            qWarning("request: %s", qPrintable(id.message()));
        return id.ok() ? *id : 0;
    }

    /// What each test file's initTestCase does (a failure here fails it).
    void setUp()
    {
        m_cluster = std::make_unique<TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        const auto demo = seedDemo(*m_cluster);
        QVERIFY2(demo.ok(), qPrintable(demo.message()));
        m_accounts = demo->accounts;
        m_super = rawConnect(m_cluster->superuser());
        QVERIFY(m_super);
        m_org =
            sql(QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Nile Rowing Club'")).toLongLong();
        const auto& kiosk = account(QStringLiteral("Kiosk"));
        m_kiosk = m_cluster->connect(kiosk.loginRole, kiosk.password);
        m_service = m_cluster->connect(QStringLiteral("elect_service"), kServicePassword);
        m_serviceApi = m_cluster->connect(QStringLiteral("elect_service"), kServicePassword);
        QVERIFY(m_kiosk && m_service && m_serviceApi);

        // The dummy API, mounted as elect serve mounts it, on a real HTTP server on 127.0.0.1.
        m_dummy = std::make_unique<Service::DummyEligibilityApi>(*m_serviceApi);
        m_http.route(QStringLiteral("/dummy/<arg>/voters/<arg>"),
                     [this](qint64 organization, const QString& nationalId, const QHttpServerRequest& request) {
                         ++m_httpHits;
                         if (!Service::DummyEligibilityApi::acceptsFrom(request.remoteAddress()))
                             return QHttpServerResponse(QHttpServerResponse::StatusCode::Forbidden);
                         const auto reply = m_dummy->answer(organization, nationalId);
                         return QHttpServerResponse(QByteArrayLiteral("application/json"), reply.body,
                                                    QHttpServerResponse::StatusCode(reply.status));
                     });
        m_port = m_http.listen(QHostAddress::LocalHost);
        QVERIFY(m_port > 0);

        // The demo owner sets up a members' poll whose voters the club's own API knows.
        const auto& owner = account(QStringLiteral("Owner of Nile"));
        auto ownerDb = m_cluster->connect(owner.loginRole, owner.password);
        QVERIFY(ownerDb);
        Election e;
        e.title = QStringLiteral("Members' poll");
        e.type = ElectionType::ApiManaged;
        e.method = VoterListMethod::Api;
        e.apiEndpoint = dummyEndpoint();
        e.startsAt = QDateTime::currentDateTimeUtc().addDays(1);
        e.endsAt = e.startsAt.addDays(1);
        const auto created = ElectionRepository(*ownerDb).createDraft(e);
        QVERIFY2(created.ok(), qPrintable(created.message()));
        m_election = *created;
        QVERIFY(ownerDb
                    ->executeScript(QStringLiteral("INSERT INTO elect.candidate_participations (candidate_id, "
                                                   "election_id) SELECT id, %1 FROM elect.candidates WHERE name IN "
                                                   "('Youssef El-Masry', 'Mariam Abdelrahman', 'Omar Hassan')")
                                        .arg(m_election))
                    .ok());
        // Published and opened (publishing with its charge belongs to payments).
        asOwnerRole(QStringLiteral("UPDATE elect.elections SET status = 'scheduled', starts_at = now() - interval "
                                   "'1 hour' WHERE id = %1")
                        .arg(m_election));
        // The club's dummy API: two members, three candidates (one of whom does not stand in this poll).
        const QString key =
            QStringLiteral("(SELECT hmac_key FROM elect_private.organization_keys WHERE organization_id = %1)")
                .arg(m_org);
        for (const QString& c : {kYoussef, kMariam, kNotACandidate})
            QVERIFY(attempt(*m_super, QStringLiteral("INSERT INTO elect.dummy_candidates (organization_id, "
                                                     "national_id_hmac, national_id, name) VALUES (%1, "
                                                     "elect.national_id_hmac(%2, '%3'), '%3', 'Dummy %3')")
                                          .arg(m_org)
                                          .arg(key, c))
                        .ok());
        QVERIFY(attempt(*m_super,
                        QStringLiteral("INSERT INTO elect.dummy_voters (organization_id, national_id_hmac, phone, "
                                       "eligible_candidates) VALUES (%1, elect.national_id_hmac(%2, '%3'), "
                                       "'+201001234567', ARRAY(SELECT id FROM elect.dummy_candidates WHERE "
                                       "national_id IN ('%4', '%5'))), (%1, elect.national_id_hmac(%2, '%6'), "
                                       "'+201009876543', '{}')")
                            .arg(m_org)
                            .arg(key, kVoterSome, kYoussef, kNotACandidate, kVoterAll))
                    .ok());
    }

    /// What each test file's init does before every test.
    void setUpEach()
    {
        QVERIFY(attempt(*m_super, QStringLiteral("DELETE FROM elect.outbox")).ok());
        // Each test's questions a minute apart, as if voters came one by one (see aKioskCannotTryIdsInBulk).
        QVERIFY(attempt(*m_super, QStringLiteral("UPDATE elect.eligibility_requests SET created_at = created_at - "
                                                 "interval '61 seconds'"))
                    .ok());
    }
};
