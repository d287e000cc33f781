#include "EligibilityFixture.h"

// API-managed elections end to end against a real server: a kiosk asks, elect serve's handler asks the
// built-in dummy API over real HTTP on 127.0.0.1, the answer lands on the voter row, and the wake-up carries
// only the request id (every way it can fail: TestEligibilityFailures).
class TestEligibility : public QObject, protected EligibilityFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void init() { setUpEach(); }

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
};

QTEST_GUILESS_MAIN(TestEligibility)
#include "TestEligibility.moc"
