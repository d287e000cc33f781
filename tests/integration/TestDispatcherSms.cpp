#include "DispatcherFixture.h"

// The outbox dispatcher's SMS codes and its handling of providers' answers, against a real PostgreSQL and a
// scripted HTTP server for Twilio: what each answer does to the message, what the organization is told when
// a message is given up, and that two dispatchers never send a message twice.
class TestDispatcherSms : public QObject, protected DispatcherFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void init() { setUpEach(); }

    // The code in the SMS is the one whose HMAC is stored, valid five minutes; no other code matches.
    void theCodeInTheSmsIsTheStoredOne()
    {
        ScriptedHttpServer server;
        server.push(twilioAccepts());
        server.push(twilioAccepts());
        Integrations::TwilioSmsSender sender(twilioAt(server.url()), &m_network);
        auto d = dispatcher(*m_service);
        d->addHandler(std::make_unique<VoterCodeSmsHandler>(*m_service, sender, m_templates));
        const CodeRequest english = newCodeRequest();
        const CodeRequest arabic = newCodeRequest(QStringLiteral("ar"));
        QCOMPARE(run(*d), 2);
        QCOMPARE(row(english.outbox), QStringLiteral("sent|1|-"));
        QCOMPARE(row(arabic.outbox), QStringLiteral("sent|1|-"));
        QCOMPARE(server.received().size(), 2);
        QMap<QString, QString> bodies;
        for (const auto& r : server.received())
            bodies.insert(smsTo(r), smsBody(r));
        const auto match = kCodeSms.match(bodies.value(english.phone));
        QVERIFY2(match.hasMatch(), qPrintable(bodies.value(english.phone)));
        const QString code = match.captured(1);
        QCOMPARE(sql(QStringLiteral("SELECT elect.voter_code_matches(%1, '%2')").arg(english.otp).arg(code)),
                 QStringLiteral("t"));
        const QString other = QStringLiteral("%1").arg((code.toInt() + 1) % 1000000, 6, 10, QLatin1Char('0'));
        QCOMPARE(sql(QStringLiteral("SELECT elect.voter_code_matches(%1, '%2')").arg(english.otp).arg(other)),
                 QStringLiteral("f"));
        // The same digits do not match another request's row.
        QCOMPARE(sql(QStringLiteral("SELECT elect.voter_code_matches(%1, '%2')").arg(arabic.otp).arg(code)),
                 QStringLiteral("f"));
        QCOMPARE(sql(QStringLiteral("SELECT expires_at > now() + interval '4 minutes' AND expires_at <= now() + "
                                    "interval '5 minutes' FROM elect.voter_otps WHERE id = %1")
                         .arg(english.otp)),
                 QStringLiteral("t"));
        const QString arabicBody = bodies.value(arabic.phone);
        QVERIFY2(arabicBody.startsWith(QStringLiteral("رمز Elect الخاص بك هو ")), qPrintable(arabicBody));
        QCOMPARE(
            sql(QStringLiteral("SELECT elect.voter_code_matches(%1, '%2')").arg(arabic.otp).arg(arabicBody.right(6))),
            QStringLiteral("t"));
        // The HMAC is the organization's key over "otp id:code": the same digits give another value for
        // another request, and the kiosk's verify function (a later issue) compares the same way.
        auto service = Test::rawConnect(m_cluster->as(QStringLiteral("elect_service"), kServicePassword));
        QVERIFY(service);
        for (qint64 otp : {english.otp, arabic.otp})
            QCOMPARE(scalar(*service,
                            QStringLiteral("SELECT state FROM elect.service_store_voter_code(%1, '012345')").arg(otp)),
                     QStringLiteral("ready"));
        QCOMPARE(sql(QStringLiteral("SELECT count(DISTINCT t.code_hmac) || '|' || bool_and(t.code_hmac = public.hmac("
                                    "convert_to(t.id || ':012345', 'UTF8'), o.hmac_key, 'sha256')) FROM "
                                    "elect.voter_otps t JOIN elect_private.organization_keys o ON o.organization_id = "
                                    "t.organization_id "
                                    "WHERE t.id IN (%1, %2)")
                         .arg(english.otp)
                         .arg(arabic.otp)),
                 QStringLiteral("2|true"));
        QCOMPARE(sql(QStringLiteral("SELECT elect.voter_code_matches(%1, '012345')").arg(arabic.otp)),
                 QStringLiteral("t"));
        QCOMPARE(sql(QStringLiteral("SELECT elect.voter_code_matches(%1, '12345')").arg(arabic.otp)),
                 QStringLiteral("f"));
        QVERIFY(!attempt(*service,
                         QStringLiteral("SELECT * FROM elect.service_store_voter_code(%1, '12345x')").arg(arabic.otp))
                     .ok());
        // The service may not compare codes itself: that is the kiosk's verify function's work, which counts tries.
        QVERIFY(
            !attempt(*service, QStringLiteral("SELECT elect.voter_code_matches(%1, '%2')").arg(english.otp).arg(code))
                 .ok());
    }

    // Prism with Twilio's own description: the request the dispatcher's SMS makes is one Twilio accepts.
    void twilioAcceptsTheCodeSms()
    {
        ELECT_REQUIRE_SPECS(Test::specsDir());
        Test::PrismServer prism(QStringLiteral("twilio-sms-verify.json"));
        QVERIFY2(prism.started(), qPrintable(prism.why()));
        Integrations::TwilioSmsSender sender(twilioAt(prism.url()), &m_network);
        auto d = dispatcher(*m_service);
        d->addHandler(std::make_unique<VoterCodeSmsHandler>(*m_service, sender, m_templates));
        QSignalSpy handled(d.get(), &Dispatcher::handled);
        const CodeRequest request = newCodeRequest();
        QCOMPARE(run(*d), 1);
        QCOMPARE(row(request.outbox), QStringLiteral("sent|1|-"));
        QCOMPARE(handled.size(), 1);
        QCOMPARE(handled.first().at(0).toLongLong(), request.outbox);
        QCOMPARE(handled.first().at(1).toString(), QStringLiteral("voter_code_sms"));
        QCOMPARE(handled.first().at(2).toString(), QStringLiteral("sent"));
    }

    // A code voided before it went out is not sent; a voter without a phone is told to the organization.
    void voidedCodesAndMissingPhones()
    {
        ScriptedHttpServer server;
        Integrations::TwilioSmsSender sender(twilioAt(server.url()), &m_network);
        auto d = dispatcher(*m_service);
        d->addHandler(std::make_unique<VoterCodeSmsHandler>(*m_service, sender, m_templates));
        const CodeRequest voided = newCodeRequest();
        QVERIFY(attempt(*m_super,
                        QStringLiteral("UPDATE elect.voter_otps SET voided_at = now() WHERE id = %1").arg(voided.otp))
                    .ok());
        const CodeRequest noPhone = newCodeRequest({}, false);
        QCOMPARE(run(*d), 2);
        QCOMPARE(server.received().size(), 0);
        QCOMPARE(row(voided.outbox), QStringLiteral("sent|1|-"));
        QCOMPARE(sql(QStringLiteral("SELECT code_hmac IS NULL FROM elect.voter_otps WHERE id = %1").arg(voided.otp)),
                 QStringLiteral("t"));
        QCOMPARE(row(noPhone.outbox), QStringLiteral("failed|1|The voter has no phone number on record."));
        QCOMPARE(notificationFor(noPhone.outbox),
                 QStringLiteral("system|high|Message not sent|The text message with a voter's one-time code was not "
                                "sent after 1 attempt: The voter has no phone number on record."));
    }

    // Each provider answer, handled as such: given up at once (told to the organization), or due again after
    // the backoff (or the provider's longer Retry-After), counted from the dispatcher's clock.
    void eachProviderAnswer_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<QString>("network"); ///< "", "silent" or "refused"
        QTest::addColumn<QString>("expectedStatus");
        QTest::addColumn<int>("delay");
        QTest::addColumn<QString>("reasonHas");
        QTest::newRow("400 invalid number")
            << 400
            << QByteArray(R"({"code":21211,"message":"The 'To' number is not a valid phone number.","status":400})")
            << QByteArray() << QString() << QStringLiteral("failed") << -1 << QStringLiteral("21211");
        QTest::newRow("401 credentials") << 401 << QByteArray(R"({"code":20003,"message":"Authenticate"})")
                                         << QByteArray() << QString() << QStringLiteral("failed") << -1
                                         << QStringLiteral("auth token");
        QTest::newRow("429 with Retry-After")
            << 429 << QByteArray(R"({"code":20429,"message":"Too Many Requests"})") << QByteArray("60") << QString()
            << QStringLiteral("pending") << 60 << QStringLiteral("429");
        QTest::newRow("429 shorter than the backoff")
            << 429 << QByteArray(R"({"code":20429,"message":"Too Many Requests"})") << QByteArray("2") << QString()
            << QStringLiteral("pending") << 7 << QStringLiteral("429");
        QTest::newRow("500") << 500 << QByteArray("oops") << QByteArray() << QString() << QStringLiteral("pending") << 7
                             << QStringLiteral("500");
        QTest::newRow("timeout") << 0 << QByteArray() << QByteArray() << QStringLiteral("silent")
                                 << QStringLiteral("pending") << 7 << QStringLiteral("in time");
        QTest::newRow("connection refused") << 0 << QByteArray() << QByteArray() << QStringLiteral("refused")
                                            << QStringLiteral("pending") << 7 << QStringLiteral("refused");
    }
    void eachProviderAnswer()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(QString, network);
        QFETCH(QString, expectedStatus);
        QFETCH(int, delay);
        QFETCH(QString, reasonHas);
        ScriptedHttpServer server;
        ScriptedHttpServer::Answer answer{status, body, {}, network == QLatin1String("silent")};
        if (!retryAfter.isEmpty())
            answer.headers.append({"Retry-After", retryAfter});
        server.push(answer);
        const QUrl url = network == QLatin1String("refused")
                             ? QUrl(QStringLiteral("http://127.0.0.1:%1").arg(Test::freePort()))
                             : server.url();
        Integrations::TwilioSmsSender sender(twilioAt(url, 300), &m_network);
        auto d = dispatcher(*m_service);
        d->addHandler(std::make_unique<VoterCodeSmsHandler>(*m_service, sender, m_templates));
        const CodeRequest request = newCodeRequest();
        QCOMPARE(run(*d), 1);
        const QString after = row(request.outbox);
        QVERIFY2(after.startsWith(expectedStatus + QStringLiteral("|1|")), qPrintable(after));
        const QString reason = after.section(u'|', 2);
        QVERIFY2(reason.contains(reasonHas), qPrintable(reason));
        QVERIFY2(!reason.contains(request.phone.right(8)) && !reason.contains(QLatin1String("secret-token")),
                 qPrintable(reason));
        if (delay >= 0) {
            QVERIFY2(dueAfter(request.outbox, delay),
                     qPrintable(sql(QStringLiteral("SELECT extract(epoch FROM next_attempt_at) - %1 FROM elect.outbox "
                                                   "WHERE id = %2")
                                        .arg(m_clock.now().toSecsSinceEpoch())
                                        .arg(request.outbox))));
            QCOMPARE(notificationFor(request.outbox), QString());
        } else {
            QCOMPARE(notificationFor(request.outbox),
                     QStringLiteral("system|high|Message not sent|The text message with a voter's one-time code was "
                                    "not sent after 1 attempt: %1")
                         .arg(reason));
        }
        // The code of a message that did not go out is of no use: the retry stores a new one.
        QCOMPARE(server.received().size(), network == QLatin1String("refused") ? 0 : 1);
    }

    // After maxAttempts passing failures the message is given up, the organization told, and the audit log
    // says so. No sleeping: the message is made due again between runs.
    void givenUpAfterTheLimit()
    {
        ScriptedHttpServer server;
        for (int i = 0; i < 3; ++i)
            server.push({500, "oops", {}, false});
        Integrations::TwilioSmsSender sender(twilioAt(server.url()), &m_network);
        auto d = dispatcher(*m_service);
        d->addHandler(std::make_unique<VoterCodeSmsHandler>(*m_service, sender, m_templates));
        const CodeRequest request = newCodeRequest();
        QCOMPARE(run(*d), 1);
        QVERIFY(row(request.outbox).startsWith(QLatin1String("pending|1|")));
        QVERIFY(dueAfter(request.outbox, 7));
        makeDue(request.outbox);
        m_clock.advanceSecs(7);
        QCOMPARE(run(*d), 1);
        QVERIFY(row(request.outbox).startsWith(QLatin1String("pending|2|")));
        QVERIFY(dueAfter(request.outbox, 15)); // 20 s after two failures, less a random part of its half
        makeDue(request.outbox);
        QCOMPARE(run(*d), 1);
        const QString after = row(request.outbox);
        QVERIFY2(after.startsWith(QLatin1String("failed|3|Gave up after 3 attempt")), qPrintable(after));
        QVERIFY2(after.contains(QLatin1String("500")), qPrintable(after));
        QCOMPARE(server.received().size(), 3);
        QCOMPARE(notificationFor(request.outbox),
                 QStringLiteral("system|high|Message not sent|The text message with a voter's one-time code was not "
                                "sent after 3 attempts: %1")
                     .arg(after.section(u'|', 2)));
        QCOMPARE(sql(QStringLiteral("SELECT organization_id || '|' || (extra->>'attempts') FROM elect.notifications "
                                    "WHERE extra->>'outbox_id' = '%1'")
                         .arg(request.outbox)),
                 QStringLiteral("%1|3").arg(m_votingOrg));
        QCOMPARE(sql(QStringLiteral("SELECT actor || '|' || success || '|' || (details->>'kind') FROM elect.audit_log "
                                    "WHERE action = 'outbox_give_up' AND object_id = '%1'")
                         .arg(request.outbox)),
                 QStringLiteral("elect_service|true|voter_code_sms"));
        // A given-up message is never claimed again.
        makeDue(request.outbox);
        QCOMPARE(run(*d), 0);
    }

    // A kind no handler sends is given up at once; a checkout is told to the organization as a payment
    // failure. A message without an organization is given up without a notification.
    void unknownKinds()
    {
        const QString checkout = sql(QStringLiteral("INSERT INTO elect.outbox (organization_id, kind, payload) VALUES "
                                                    "(%1, 'checkout_session', '{}') RETURNING id")
                                         .arg(m_votingOrg));
        const QString orphan =
            sql(QStringLiteral("INSERT INTO elect.outbox (kind, payload) VALUES ('mystery', '{}') RETURNING id"));
        auto d = dispatcher(*m_service);
        QCOMPARE(run(*d), 2);
        const QString reason = QStringLiteral("No handler of this elect serve sends messages of kind "
                                              "\"checkout_session\". Update elect serve, then retry the message.");
        QCOMPARE(row(checkout.toLongLong()), QStringLiteral("failed|1|") + reason);
        QCOMPARE(notificationFor(checkout.toLongLong()),
                 QStringLiteral("payment_failed|high|Payment could not be started|The wallet top-up payment page was "
                                "not sent after 1 attempt: %1")
                     .arg(reason));
        QVERIFY(row(orphan.toLongLong()).startsWith(QLatin1String("failed|1|No handler")));
        QCOMPARE(notificationFor(orphan.toLongLong()), QString());
    }

    // A handler that never answers is cut by the dispatcher's own guard, well within the lease.
    void aHandlerThatNeverAnswersIsCut()
    {
        ScriptedHttpServer server;
        server.push({0, {}, {}, true});
        Integrations::TwilioSmsSender sender(twilioAt(server.url(), 600000), &m_network);
        auto d = dispatcher(*m_service);
        d->setHandlerTimeoutMs(300);
        d->addHandler(std::make_unique<VoterCodeSmsHandler>(*m_service, sender, m_templates));
        const CodeRequest request = newCodeRequest();
        QCOMPARE(run(*d), 1);
        QCOMPARE(row(request.outbox), QStringLiteral("pending|1|No answer within 0.3 seconds."));
        QVERIFY(dueAfter(request.outbox, 7));
    }

    // Two dispatchers on two connections, their batches in flight together: each message is sent once.
    void twoDispatchersNeverSendAMessageTwice()
    {
        ScriptedHttpServer server;
        for (int i = 0; i < 40; ++i)
            server.push(twilioAccepts());
        Integrations::TwilioSmsSender senderA(twilioAt(server.url()), &m_network);
        Integrations::TwilioSmsSender senderB(twilioAt(server.url()), &m_network);
        auto a = dispatcher(*m_service);
        auto b = dispatcher(*m_service2);
        a->addHandler(std::make_unique<VoterCodeSmsHandler>(*m_service, senderA, m_templates));
        b->addHandler(std::make_unique<VoterCodeSmsHandler>(*m_service2, senderB, m_templates));
        QSet<QString> phones;
        QList<qint64> outbox;
        for (int i = 0; i < 12; ++i) {
            const CodeRequest r = newCodeRequest();
            phones.insert(r.phone);
            outbox << r.outbox;
        }
        QList<QFuture<int>> runs{a->runOnce(4, 60), b->runOnce(4, 60), a->runOnce(4, 60), b->runOnce(4, 60)};
        int handled = 0;
        for (auto& f : runs)
            handled += await(f);
        QCOMPARE(handled, 12);
        QCOMPARE(run(*a), 0);
        QCOMPARE(run(*b), 0);
        QMap<QString, int> perPhone;
        for (const auto& r : server.received())
            ++perPhone[smsTo(r)];
        QCOMPARE(perPhone.size(), 12);
        for (auto it = perPhone.cbegin(); it != perPhone.cend(); ++it) {
            QVERIFY2(phones.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(it.value(), 1);
        }
        for (qint64 id : outbox)
            QCOMPARE(row(id), QStringLiteral("sent|1|-"));
    }

    // The texts a person types: 32 bytes in base32 groups; the six digits of a code, uniform.
    void tokenAndCodeTexts()
    {
        QCOMPARE(EmailTokenHandler::tokenText(QByteArray("foobar")), QStringLiteral("MZXW-6YTB-OI"));
        QCOMPARE(EmailTokenHandler::tokenText(QByteArray(32, '\0')).size(), 52 + 12);
        QCOMPARE(EmailTokenHandler::normalizeToken(QStringLiteral(" mzxw 6ytb-0i ")), QStringLiteral("MZXW-6YTB-OI"));
        QCOMPARE(EmailTokenHandler::normalizeToken(QStringLiteral("not/a/token")), QStringLiteral("not/a/token"));
        QSet<QChar> firstDigits;
        for (int i = 0; i < 200; ++i) {
            const QString code = VoterCodeSmsHandler::randomCode();
            QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]{6}$")).match(code).hasMatch(), qPrintable(code));
            firstDigits.insert(code.at(0));
        }
        QVERIFY(firstDigits.size() >= 8); // leading zeros are kept, every first digit occurs
    }
};

QTEST_GUILESS_MAIN(TestDispatcherSms)
#include "TestDispatcherSms.moc"
