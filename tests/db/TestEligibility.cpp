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

// API-managed elections end to end against a real server: a kiosk asks, elect serve's handler asks the
// built-in dummy API over real HTTP on 127.0.0.1, the answer lands on the voter row; and every way the
// organization's API can fail leaves the kiosk a clear "ask the poll worker" and nothing half written.
class TestEligibility : public QObject
{
    Q_OBJECT

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

private Q_SLOTS:
    void initTestCase()
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

    void init()
    {
        QVERIFY(attempt(*m_super, QStringLiteral("DELETE FROM elect.outbox")).ok());
        // Each test's questions a minute apart, as if voters came one by one (see aKioskCannotTryIdsInBulk).
        QVERIFY(attempt(*m_super, QStringLiteral("UPDATE elect.eligibility_requests SET created_at = created_at - "
                                                 "interval '61 seconds'"))
                    .ok());
    }

    void theDummyApiAnswersInTheDocumentedFormat()
    {
        const auto some = m_dummy->answer(m_org, QStringLiteral("2990-1011-111111"));
        QCOMPARE(some.status, 200);
        QCOMPARE(QJsonDocument::fromJson(some.body).object(),
                 QJsonObject({{QStringLiteral("eligible"), true},
                              {QStringLiteral("phone"), QStringLiteral("+201001234567")},
                              {QStringLiteral("candidates"), QJsonArray({kYoussef, kNotACandidate})}}));
        const auto all = m_dummy->answer(m_org, kVoterAll);
        QCOMPARE(QJsonDocument::fromJson(all.body).object(),
                 QJsonObject(
                     {{QStringLiteral("eligible"), true}, {QStringLiteral("phone"), QStringLiteral("+201009876543")}}));
        const auto stranger = m_dummy->answer(m_org, kStranger);
        QCOMPARE(stranger.status, 200);
        QCOMPARE(stranger.body, QByteArray(R"({"eligible":false})"));
        // Another organization's dummy voters are not this one's.
        QCOMPARE(m_dummy->answer(m_org + 1000, kVoterSome).body, QByteArray(R"({"eligible":false})"));
        QCOMPARE(m_dummy->answer(m_org, QStringLiteral("not-an-id")).status, 404);
        // It answers only this machine.
        QVERIFY(Service::DummyEligibilityApi::acceptsFrom(QHostAddress(QStringLiteral("127.0.0.1"))));
        QVERIFY(Service::DummyEligibilityApi::acceptsFrom(QHostAddress(QStringLiteral("::1"))));
        QVERIFY(Service::DummyEligibilityApi::acceptsFrom(QHostAddress(QStringLiteral("::ffff:127.0.0.1"))));
        QVERIFY(!Service::DummyEligibilityApi::acceptsFrom(QHostAddress(QStringLiteral("192.168.1.20"))));
        QVERIFY(!Service::DummyEligibilityApi::acceptsFrom(QHostAddress(QStringLiteral("::ffff:10.0.0.1"))));
        // Only elect serve reads the dummy tables this way.
        const auto& owner = account(QStringLiteral("Owner of Nile"));
        auto ownerDb = m_cluster->connect(owner.loginRole, owner.password);
        QCOMPARE(EligibilityRepository(*ownerDb).dummyAnswer(m_org, kVoterSome).code(), ErrorCode::NotAllowed);
    }

    void anEligiblePersonBecomesAVoterWithTheirCandidates()
    {
        const qint64 id = ask(kVoterSome);
        QVERIFY(id > 0);
        auto outcome = EligibilityRepository(*m_kiosk).outcome(id);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
        QCOMPARE(outcome->state, EligibilityOutcome::State::Pending);
        // The outbox carries the request id and nothing else.
        QCOMPARE(sql(QStringLiteral("SELECT string_agg(kind || ' ' || payload::text, ';') FROM elect.outbox")),
                 QStringLiteral("eligibility_check {\"request_id\": %1}").arg(id));
        const int hits = m_httpHits;
        const auto deliveries = serve();
        QCOMPARE(deliveries.size(), 1);
        QCOMPARE(int(deliveries.first().outcome), int(Delivery::Outcome::Accepted));
        QCOMPARE(m_httpHits, hits + 1);
        outcome = EligibilityRepository(*m_kiosk).outcome(id);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
        QCOMPARE(outcome->state, EligibilityOutcome::State::Answered);
        QVERIFY(outcome->eligible);
        QCOMPARE(outcome->phoneLastDigits, QStringLiteral("67"));
        // Youssef stands in this poll; the other candidate the API named does not, and is counted.
        QCOMPARE(voterRow(kVoterSome), QStringLiteral("+201001234567|Youssef El-Masry|false|true"));
        QCOMPARE(requestRow(id), QStringLiteral("answered|true|true|1"));
        // Done is done: a second server given the same message asks nobody.
        const int after = m_httpHits;
        Integrations::EligibilityHttpClient client(&m_network);
        Service::EligibilityHandler handler(*m_service, client);
        OutboxMessage again;
        again.kind = handler.kind();
        again.payload = QJsonObject{{QStringLiteral("request_id"), id}};
        QCOMPARE(int(await(handler.handle(again)).outcome), int(Delivery::Outcome::Accepted));
        QCOMPARE(m_httpHits, after);
    }

    void absentCandidatesMeanAll()
    {
        const qint64 id = ask(kVoterAll);
        QCOMPARE(serve().size(), 1);
        QCOMPARE(voterRow(kVoterAll), QStringLiteral("+201009876543||true|true"));
        QCOMPARE(requestRow(id), QStringLiteral("answered|true|true|0"));
        QCOMPARE(EligibilityRepository(*m_kiosk).outcome(id)->phoneLastDigits, QStringLiteral("43"));
    }

    void aFreshAnswerIsReusedWithoutAskingAgain()
    {
        QVERIFY(!voterRow(kVoterSome).isEmpty());
        const int hits = m_httpHits;
        const qint64 id = ask(QStringLiteral("2990 1011 111111"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.outbox")), QStringLiteral("0"));
        const auto outcome = EligibilityRepository(*m_kiosk).outcome(id);
        QCOMPARE(outcome->state, EligibilityOutcome::State::Answered);
        QVERIFY(outcome->eligible);
        QCOMPARE(outcome->phoneLastDigits, QStringLiteral("67"));
        QCOMPARE(serve().size(), 0);
        QCOMPARE(m_httpHits, hits);
        // A time in the future (staff may write the column of a draft election's voters) is no cache.
        asOwnerRole(QStringLiteral("UPDATE elect.voters SET eligibility_checked_at = now() + interval '1 year' "
                                   "WHERE election_id = %1")
                        .arg(m_election));
        ask(kVoterSome);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.outbox")), QStringLiteral("1"));
        QCOMPARE(serve().size(), 1);
        QCOMPARE(m_httpHits, hits + 1);
        // Ten minutes later the API is asked again.
        asOwnerRole(QStringLiteral("UPDATE elect.voters SET eligibility_checked_at = now() - interval '11 minutes' "
                                   "WHERE election_id = %1")
                        .arg(m_election));
        ask(kVoterSome);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.outbox WHERE status = 'pending'")),
                 QStringLiteral("1"));
        QCOMPARE(serve().size(), 1);
        QCOMPARE(m_httpHits, hits + 2);
    }

    void someoneNotEligibleGetsNoVoterRow()
    {
        const qint64 id = ask(kStranger);
        QCOMPARE(serve().size(), 1);
        const auto outcome = EligibilityRepository(*m_kiosk).outcome(id);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
        QCOMPARE(outcome->state, EligibilityOutcome::State::Answered);
        QVERIFY(!outcome->eligible);
        QVERIFY(outcome->phoneLastDigits.isEmpty());
        QCOMPARE(voterRow(kStranger), QString());
        QCOMPARE(requestRow(id), QStringLiteral("answered|false|true|0"));
    }

    // The club removes a member: at the next question (after the cached answer) the voter row goes.
    void aVoterTheApiNoLongerKnowsLosesTheRow()
    {
        QVERIFY(attempt(*m_super, QStringLiteral(
                                      "INSERT INTO elect.dummy_voters (organization_id, national_id_hmac, "
                                      "phone) SELECT %1, elect.national_id_hmac(hmac_key, '29901014444444'), "
                                      "'+201005555555' FROM elect_private.organization_keys WHERE organization_id = %1")
                                      .arg(m_org))
                    .ok());
        ask(QStringLiteral("29901014444444"));
        serve();
        QCOMPARE(voterRow(QStringLiteral("29901014444444")), QStringLiteral("+201005555555||true|true"));
        QVERIFY(attempt(*m_super, QStringLiteral("DELETE FROM elect.dummy_voters WHERE phone = '+201005555555'")).ok());
        asOwnerRole(QStringLiteral("UPDATE elect.voters SET eligibility_checked_at = now() - interval '11 minutes' "
                                   "WHERE phone = '+201005555555'"));
        const qint64 id = ask(QStringLiteral("29901014444444"));
        serve();
        QVERIFY(!EligibilityRepository(*m_kiosk).outcome(id)->eligible);
        QCOMPARE(voterRow(QStringLiteral("29901014444444")), QString());
    }

    void anApiThatCannotAnswerFailsClosed_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::newRow("connection refused") << "refused";
        QTest::newRow("timeout") << "silent";
        QTest::newRow("500") << "500";
        QTest::newRow("malformed JSON") << "malformed";
        QTest::newRow("eligible as text") << "text";
        QTest::newRow("plain http elsewhere") << "remote";
    }
    void anApiThatCannotAnswerFailsClosed()
    {
        QFETCH(QString, failure);
        ScriptedHttpServer api;
        QString endpoint = api.url().toString() + QStringLiteral("/club");
        if (failure == QLatin1String("refused"))
            endpoint = QStringLiteral("http://127.0.0.1:%1").arg(freePort());
        else if (failure == QLatin1String("silent"))
            api.push({200, {}, {}, true});
        else if (failure == QLatin1String("500"))
            api.push({500, "oops", {}, false});
        else if (failure == QLatin1String("malformed"))
            api.push({200, R"({"eligible": true, "phone": "+201001234567")", {}, false});
        else if (failure == QLatin1String("text"))
            api.push({200, R"({"eligible": "yes", "phone": "+201001234567"})", {}, false});
        else
            endpoint = QStringLiteral("http://members.club.example.org/api");
        setEndpoint(endpoint);
        const QString voters =
            sql(QStringLiteral("SELECT md5(coalesce(string_agg(v::text, '|' ORDER BY v.id), '')) FROM elect.voters v "
                               "WHERE election_id = %1")
                    .arg(m_election));
        QVERIFY(
            attempt(*m_super, QStringLiteral("DELETE FROM elect.notifications WHERE election_id = %1").arg(m_election))
                .ok());

        const qint64 id = ask(QStringLiteral("29901015555555"));
        Integrations::EligibilityHttpClient client(&m_network, 1000);
        const auto deliveries = serve(client);
        setEndpoint(dummyEndpoint());
        QCOMPARE(deliveries.size(), 1);
        // The kiosk does not wait through retries: the message is done, the voter is told now.
        QCOMPARE(int(deliveries.first().outcome), int(Delivery::Outcome::Accepted));
        const auto outcome = EligibilityRepository(*m_kiosk).outcome(id);
        QCOMPARE(outcome.code(), ErrorCode::Unavailable);
        QVERIFY2(outcome.message().contains(QLatin1String("voter service cannot be reached; ask the poll worker")),
                 qPrintable(outcome.message()));
        // Nothing half written, the national id gone, the reason kept for the organization.
        QCOMPARE(sql(QStringLiteral("SELECT md5(coalesce(string_agg(v::text, '|' ORDER BY v.id), '')) FROM "
                                    "elect.voters v WHERE election_id = %1")
                         .arg(m_election)),
                 voters);
        QCOMPARE(requestRow(id), QStringLiteral("unavailable|-|true|-"));
        const QString reason =
            sql(QStringLiteral("SELECT reason FROM elect.eligibility_requests WHERE id = %1").arg(id));
        QVERIFY(!reason.isEmpty());
        QVERIFY2(!reason.contains(QLatin1String("29901015555555")), qPrintable(reason));
        QCOMPARE(sql(QStringLiteral("SELECT message FROM elect.notifications WHERE election_id = %1 AND type = "
                                    "'system'")
                         .arg(m_election)),
                 reason);
        // A second failure within ten minutes does not notify again.
        if (failure == QLatin1String("refused")) {
            setEndpoint(endpoint);
            ask(QStringLiteral("29901016666666"));
            serve(client);
            setEndpoint(dummyEndpoint());
            QCOMPARE(
                sql(QStringLiteral("SELECT count(*) FROM elect.notifications WHERE election_id = %1").arg(m_election)),
                QStringLiteral("1"));
        }
    }

    // The answer is recorded in one transaction: when the database refuses part of it, none of it stays.
    void aRefusedAnswerLeavesNothingHalfWritten()
    {
        const qint64 id = ask(QStringLiteral("29901014545454"));
        EligibilityRepository service(*m_service);
        const auto question = service.pendingQuestion(id);
        QVERIFY2(question.ok() && question->has_value(), qPrintable(question.message()));
        QCOMPARE(question->value().nationalId, QStringLiteral("29901014545454"));
        QCOMPARE(question->value().apiEndpoint.toString(), dummyEndpoint());
        const auto refused = service.recordAnswer(id, true, QStringLiteral("0100 123"), {kYoussef});
        QVERIFY(!refused.ok());
        QVERIFY(!service.recordAnswer(id, true, QString(), {kYoussef}).ok()); // where would the code go?
        QVERIFY(!service.recordAnswer(id, true, QStringLiteral("+201001112233"), {QStringLiteral("12x")}).ok());
        QCOMPARE(voterRow(QStringLiteral("29901014545454")), QString());
        QCOMPARE(requestRow(id), QStringLiteral("pending|-|false|-"));
        const auto recorded = service.recordAnswer(id, true, QStringLiteral("+201001112233"), {kMariam});
        QVERIFY2(recorded.ok(), qPrintable(recorded.message()));
        QCOMPARE(recorded->value_or(-1), 0);
        QCOMPARE(voterRow(QStringLiteral("29901014545454")),
                 QStringLiteral("+201001112233|Mariam Abdelrahman|false|true"));
        // A second word on an answered request changes nothing.
        QVERIFY(!service.recordAnswer(id, false, QString(), {})->has_value());
        QCOMPARE(*service.recordUnavailable(id, QStringLiteral("late")), false);
        QCOMPARE(requestRow(id), QStringLiteral("answered|true|true|0"));
        QVERIFY(!service.pendingQuestion(id)->has_value());
    }

    // A question serve never took (it was down) does not keep its national id.
    void anUntakenQuestionExpires()
    {
        const qint64 id = ask(QStringLiteral("29901017777777"));
        QVERIFY(attempt(*m_super, QStringLiteral("UPDATE elect.eligibility_requests SET created_at = now() - "
                                                 "interval '6 minutes' WHERE id = %1")
                                      .arg(id))
                    .ok());
        const int hits = m_httpHits;
        QCOMPARE(int(serve().first().outcome), int(Delivery::Outcome::Accepted));
        QCOMPARE(m_httpHits, hits);
        QCOMPARE(requestRow(id), QStringLiteral("unavailable|-|true|-"));
        QCOMPARE(EligibilityRepository(*m_kiosk).outcome(id).code(), ErrorCode::Unavailable);
        // And one nobody asked about again is given up by the next kiosk question.
        const qint64 other = ask(QStringLiteral("29901018888888"));
        QVERIFY(attempt(*m_super, QStringLiteral("UPDATE elect.eligibility_requests SET created_at = now() - "
                                                 "interval '6 minutes' WHERE id = %1")
                                      .arg(other))
                    .ok());
        ask(QStringLiteral("29901019999999"));
        QCOMPARE(requestRow(other), QStringLiteral("unavailable|-|true|-"));
        serve();
    }

    void theWakeUpCarriesOnlyTheRequestId()
    {
        // Anyone connected may LISTEN: here, the organization's own staff; and elect serve.
        const auto& admin = account(QStringLiteral("Administrator of Nile"));
        auto staffDb = m_cluster->connect(admin.loginRole, admin.password);
        auto serveDb = m_cluster->connect(QStringLiteral("elect_service"), kServicePassword);
        QVERIFY(staffDb && serveDb);
        auto staff = NotificationListener::listen(*staffDb, QLatin1String(EligibilityRepository::kNotifyChannel));
        auto serve = NotificationListener::listen(*serveDb, QLatin1String(EligibilityRepository::kNotifyChannel));
        QVERIFY2(staff.ok() && serve.ok(), qPrintable(staff.message() + serve.message()));
        QVERIFY((*serve)->socketDescriptor() >= 0);
        QCOMPARE(*(*serve)->take(), QStringList());
        const qint64 id = ask(QStringLiteral("29901012121212"));
        for (auto* listener : {staff->get(), serve->get()}) {
            QStringList payloads;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    payloads << *listener->take();
                    return !payloads.isEmpty();
                },
                5000));
            QCOMPARE(payloads, QStringList{QString::number(id)});
        }
        // A cached answer wakes nobody: there is nothing to do.
        QVERIFY(!voterRow(kVoterAll).isEmpty());
        asOwnerRole(QStringLiteral("UPDATE elect.voters SET eligibility_checked_at = now() WHERE election_id = %1")
                        .arg(m_election));
        ask(kVoterAll);
        QTest::qWait(100);
        QCOMPARE(*(*serve)->take(), QStringList());
        this->serve();
    }

    void anotherOrganizationsKioskCannotAskOrRead()
    {
        const qint64 id = ask(QStringLiteral("29901013434343"));
        QVERIFY(id > 0);
        // Alexandria Student Union is accepted and gets a kiosk of its own.
        const auto& sysadmin = account(QStringLiteral("System admin"));
        const QString orgB =
            sql(QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Alexandria Student Union'"));
        QVERIFY(attempt(*rawConnect(m_cluster->as(sysadmin.loginRole, sysadmin.password)),
                        QStringLiteral("SELECT elect.accept_organization(%1)").arg(orgB))
                    .ok());
        const auto& ownerB = account(QStringLiteral("Owner of Alexandria"));
        auto ownerDb = Database::connect(m_cluster->as(ownerB.loginRole, ownerB.password));
        QVERIFY2(ownerDb.ok(), qPrintable(ownerDb.message()));
        const auto kioskB = AccountRepository(**ownerDb).createKiosk(QStringLiteral("Union hall"), QString());
        QVERIFY2(kioskB.ok(), qPrintable(kioskB.message()));
        auto other = m_cluster->connect(kioskB->loginRole, kioskB->password);
        QVERIFY(other);
        const auto asked = EligibilityRepository(*other).request(m_election, kVoterSome);
        QCOMPARE(asked.code(), ErrorCode::WrongState);
        QVERIFY2(asked.message().contains(QLatin1String("not open for voting at this kiosk")),
                 qPrintable(asked.message()));
        QCOMPARE(EligibilityRepository(*other).outcome(id).code(), ErrorCode::NotFound);
        // Nor does a kiosk ask for an election that is not api_managed, or read a request that does not exist.
        const QString captain = sql(QStringLiteral("SELECT id FROM elect.elections WHERE title = 'Club captain 2026'"));
        QCOMPARE(EligibilityRepository(*m_kiosk).request(captain.toLongLong(), kVoterSome).code(),
                 ErrorCode::WrongState);
        QCOMPARE(EligibilityRepository(*m_kiosk).outcome(id + 1000).code(), ErrorCode::NotFound);
        QCOMPARE(EligibilityRepository(*m_kiosk).request(m_election, QStringLiteral("12ab")).code(),
                 ErrorCode::InvalidInput);
        serve();
    }

    void aKioskCannotTryIdsInBulk()
    {
        for (int i = 0; i < 20; ++i)
            QVERIFY(ask(QStringLiteral("2990102%1").arg(1000000 + i)) > 0);
        const auto refused = EligibilityRepository(*m_kiosk).request(m_election, QStringLiteral("29901029999999"));
        QCOMPARE(refused.code(), ErrorCode::Unavailable);
        QVERIFY2(refused.message().contains(QLatin1String("too many people")), qPrintable(refused.message()));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.outbox")), QStringLiteral("20"));
        QVERIFY(attempt(*m_super, QStringLiteral("DELETE FROM elect.outbox")).ok());
        // Ask-and-forget rows of this test are given up as serve would (5 minutes later).
        QVERIFY(attempt(*m_super, QStringLiteral("UPDATE elect.eligibility_requests SET created_at = now() - "
                                                 "interval '6 minutes' WHERE status = 'pending'"))
                    .ok());
    }

    void onlyTheServiceReadsNationalIds()
    {
        ask(QStringLiteral("29901015656565")); // pending: a national id is in the table right now
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.eligibility_requests WHERE national_id IS NOT NULL")),
                 QStringLiteral("1"));
        for (const QString& label : {QStringLiteral("Owner of Nile"), QStringLiteral("Administrator of Nile"),
                                     QStringLiteral("System admin"), QStringLiteral("Kiosk")}) {
            const auto& a = account(label);
            auto c = rawConnect(m_cluster->as(a.loginRole, a.password));
            QVERIFY2(c, qPrintable(label));
            for (const QString& statement :
                 {QStringLiteral("SELECT national_id FROM elect.eligibility_requests"),
                  QStringLiteral("SELECT count(*) FROM elect.eligibility_requests"),
                  QStringLiteral("SELECT national_id FROM elect.dummy_candidates"),
                  QStringLiteral("SELECT * FROM elect.service_eligibility_request(1)"),
                  QStringLiteral("SELECT elect.service_record_eligibility_unavailable(1, 'x')"),
                  QStringLiteral("SELECT * FROM elect.dummy_eligibility(1, '29901011111111')")})
                QCOMPARE(attempt(*c, statement).sqlstate, QStringLiteral("42501"));
        }
        // Each service function checks its caller itself, beyond the EXECUTE grant: a login that was
        // granted EXECUTE by mistake is still refused.
        QVERIFY(
            attempt(*m_super, QStringLiteral("CREATE ROLE elect_test_probe LOGIN PASSWORD 'probe-password-for-tests';"
                                             " GRANT CONNECT ON DATABASE elect TO elect_test_probe;"
                                             " GRANT USAGE ON SCHEMA elect TO elect_test_probe;"
                                             " GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA elect TO elect_test_probe"))
                .ok());
        auto probe =
            rawConnect(m_cluster->as(QStringLiteral("elect_test_probe"), QStringLiteral("probe-password-for-tests")));
        QVERIFY(probe);
        for (const QString& call :
             {QStringLiteral("SELECT * FROM elect.service_eligibility_request(1)"),
              QStringLiteral("SELECT elect.service_record_eligibility(1, true, '+201001234567', "
                             "'{}')"),
              QStringLiteral("SELECT elect.service_record_eligibility_unavailable(1, 'x')"),
              QStringLiteral("SELECT * FROM elect.dummy_eligibility(%1, '%2')").arg(m_org).arg(kVoterSome)})
            QCOMPARE(attempt(*probe, call).message, QStringLiteral("service_only"));
        for (const QString& call :
             {QStringLiteral("SELECT elect.request_eligibility(%1, '%2')").arg(m_election).arg(kVoterSome),
              QStringLiteral("SELECT * FROM elect.eligibility_outcome(1)")})
            QCOMPARE(attempt(*probe, call).message, QStringLiteral("kiosk_only"));
        // The service itself reads them only through its functions, never the table.
        auto service = rawConnect(m_cluster->as(QStringLiteral("elect_service"), kServicePassword));
        QCOMPARE(attempt(*service, QStringLiteral("SELECT national_id FROM elect.eligibility_requests")).sqlstate,
                 QStringLiteral("42501"));
        // Staff still read what they need of the dummy candidates.
        const auto& owner = account(QStringLiteral("Owner of Nile"));
        auto ownerRaw = rawConnect(m_cluster->as(owner.loginRole, owner.password));
        QCOMPARE(attempt(*ownerRaw, QStringLiteral("SELECT name FROM elect.dummy_candidates")).affected, 3L);
        serve();
    }
};

QTEST_GUILESS_MAIN(TestEligibility)
#include "TestEligibility.moc"
