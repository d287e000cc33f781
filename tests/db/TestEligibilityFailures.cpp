#include "EligibilityFixture.h"

// API-managed elections when something goes wrong: every way the organization's API can fail leaves the
// kiosk a clear "ask the poll worker" and nothing half written; a kiosk or login that tries more than its
// own questions is refused.
class TestEligibilityFailures : public QObject, protected EligibilityFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void init() { setUpEach(); }

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

QTEST_GUILESS_MAIN(TestEligibilityFailures)
#include "TestEligibilityFailures.moc"
