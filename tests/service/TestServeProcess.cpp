#include "core/integrations/stripe/WebhookSignature.h"
#include "ProviderServers.h"
#include "Specs.h"
#include "Sql.h"
#include "TestCluster.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <csignal>

using namespace Elect;
using Test::attempt;
using Test::scalar;

namespace {

// Twilio as `elect serve` meets it, on 127.0.0.1: answers each message with 201 and a SID (keep-alive),
// counts what arrived per phone number, and can hold its answers, refuse them (503) or be switched off.
class TwilioSink : public QObject
{
public:
    TwilioSink() { listen(0); }

    bool listen(quint16 port)
    {
        if (!m_server.listen(QHostAddress::LocalHost, port))
            return false;
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                m_sockets << s;
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { read(s); });
                QObject::connect(s, &QTcpSocket::disconnected, this, [this, s] {
                    m_sockets.removeAll(s);
                    s->deleteLater();
                });
            }
        });
        m_port = m_server.serverPort();
        return true;
    }
    /// Closes the port and every connection: the provider is down.
    void switchOff()
    {
        m_server.close();
        for (QTcpSocket* s : m_sockets)
            s->abort();
    }
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    int holdMs = 0;           ///< wait this long before each answer
    bool unavailable = false; ///< answer 503
    QHash<QString, int> perPhone;
    int requests = 0;

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const int headerEnd = int(buffer.indexOf("\r\n\r\n"));
            if (headerEnd < 0)
                return;
            const QByteArray head = buffer.left(headerEnd).toLower();
            int length = 0;
            const int at = int(head.indexOf("content-length:"));
            if (at >= 0)
                length = head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toInt();
            if (buffer.size() < headerEnd + 4 + length)
                return;
            const QByteArray body = buffer.mid(headerEnd + 4, length);
            buffer.remove(0, headerEnd + 4 + length);
            const int number = ++requests;
            const QString to =
                QUrlQuery(QString::fromUtf8(body)).queryItemValue(QStringLiteral("To"), QUrl::FullyDecoded);
            const bool refuse = unavailable;
            QPointer<QTcpSocket> guarded(socket);
            QTimer::singleShot(holdMs, this, [this, guarded, to, refuse, number] {
                if (!guarded || guarded->state() != QAbstractSocket::ConnectedState)
                    return; // the sender is gone: nothing was delivered
                if (!refuse)
                    perPhone[to] += 1;
                const QByteArray answer = refuse
                                              ? QByteArray("{\"code\":20500,\"message\":\"Service unavailable\"}")
                                              : "{\"sid\":\"SM" + QByteArray::number(number).rightJustified(32, '0') +
                                                    "\",\"status\":\"queued\"}";
                guarded->write("HTTP/1.1 " + QByteArray(refuse ? "503 Unavailable" : "201 Created") +
                               "\r\nContent-Type: application/json\r\nContent-Length: " +
                               QByteArray::number(answer.size()) + "\r\n\r\n" + answer);
            });
        }
    }

    QTcpServer m_server;
    quint16 m_port = 0;
    QList<QTcpSocket*> m_sockets;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace

// `elect serve` as IT staff run it: separate processes on one outbox, killed and restarted, against a
// provider that holds, refuses or disappears. Each message is sent at least once and recorded once.
class TestServeProcess : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    QTemporaryDir m_dir;
    int m_phoneBase = 0;
    QList<DemoSeeder::Account> m_accounts;

    // \a count voters of a draft election asking for a code: one voter_code_sms message each. Returns their phones.
    QStringList addCodeRequests(int count)
    {
        const int base = m_phoneBase;
        m_phoneBase += count;
        const auto o = attempt(*m_super, QStringLiteral(R"(
            SET ROLE elect_owner;
            WITH e AS (SELECT id, organization_id FROM elect.elections WHERE status = 'draft' ORDER BY id LIMIT 1),
            v AS (INSERT INTO elect.voters (election_id, organization_id, national_id_hmac, phone)
                  SELECT e.id, e.organization_id, public.gen_random_bytes(32), '+2010' || lpad((%1 + g)::text, 8, '0')
                    FROM e, generate_series(1, %2) g RETURNING id, organization_id),
            o AS (INSERT INTO elect.voter_otps (voter_id, organization_id) SELECT id, organization_id FROM v
                  RETURNING id, organization_id)
            INSERT INTO elect.outbox (organization_id, kind, payload)
            SELECT organization_id, 'voter_code_sms', jsonb_build_object('otp_id', id) FROM o ORDER BY id;
            RESET ROLE;)")
                                             .arg(base)
                                             .arg(count));
        if (!o.ok())
            qFatal("cannot add code requests: %s", qPrintable(o.message));
        QStringList phones;
        for (int g = 1; g <= count; ++g)
            phones << QStringLiteral("+2010%1").arg(base + g, 8, 10, QLatin1Char('0'));
        return phones;
    }

    const DemoSeeder::Account& account(const QString& labelStart) const
    {
        return Test::demoAccount(m_accounts, labelStart);
    }

    int unsent()
    {
        return scalar(*m_super, QStringLiteral("SELECT count(*) FROM elect.outbox WHERE kind = 'voter_code_sms' "
                                               "AND status <> 'sent'"))
            .toInt();
    }

    QString writeConfig(const QString& name, const QString& twilioUrl, const QString& extra = {}, int pollMs = 100,
                        const QString& sections = {})
    {
        const ConnectionSettings service =
            m_cluster->as(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the config");
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        f.write(QStringLiteral("[database]\nuri = %1\npassword = service-password-for-tests\n"
                               "[twilio]\naccount_sid = AC0123456789abcdef0123456789abcdef\nauth_token = tw\n"
                               "from = +15005550006\nbase_url = %2\ntimeout_ms = 5000\n"
                               "[transport]\nfile = %3\n"
                               "%6[dispatcher]\npoll_ms = %5\nlease_seconds = 10\n%4")
                    .arg(service.toConnectionString(false), twilioUrl, m_dir.filePath(QStringLiteral("mail.txt")),
                         extra, QString::number(pollMs), sections)
                    .toUtf8());
        return path;
    }

    std::unique_ptr<QProcess> serve(const QString& config, const QStringList& more = {QStringLiteral("--listen"),
                                                                                      QStringLiteral("127.0.0.1:0")})
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(QStringLiteral(ELECT_CLI),
                 QStringList{QStringLiteral("serve"), QStringLiteral("--config"), config} + more);
        if (!p->waitForStarted(10000))
            qFatal("elect serve did not start");
        return p;
    }

    // Stops \a p with SIGTERM and returns its exit code and log.
    static std::pair<int, QString> terminate(QProcess& p)
    {
        p.terminate();
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000)) {
            p.kill();
            p.waitForFinished(5000);
            return {-1, QString::fromUtf8(p.readAll())};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
    }

    static int handledIn(const QString& log)
    {
        static const QRegularExpression re(QStringLiteral("stopped; (\\d+) messages handled"));
        const auto m = re.match(log);
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cluster = std::make_unique<Test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        const auto demo = Test::seedDemo(*m_cluster);
        QVERIFY2(demo.ok(), qPrintable(demo.message()));
        m_accounts = demo->accounts;
        m_super = Test::rawConnect(m_cluster->superuser());
        QVERIFY(m_super);
    }

    void init()
    {
        // Only this test's messages: the demo's emails and earlier tests' codes are out of the way.
        QVERIFY(
            attempt(*m_super, QStringLiteral("UPDATE elect.outbox SET status = 'sent' WHERE status <> 'sent'")).ok());
    }

    // Two serve processes on one outbox: every message reaches the provider exactly once.
    void twoServesNeverSendOneMessageTwice()
    {
        TwilioSink sink;
        const QStringList phones = addCodeRequests(400);
        const QString config =
            writeConfig(QStringLiteral("race.conf"), sink.url(), QStringLiteral("batch_size = 10\n"));
        auto a = serve(config);
        auto b = serve(config);
        QVERIFY2(QTest::qWaitFor([&] { return unsent() == 0; }, 120000), qPrintable(QString::number(unsent())));
        const auto [exitA, logA] = terminate(*a);
        const auto [exitB, logB] = terminate(*b);
        QCOMPARE(exitA, 0);
        QCOMPARE(exitB, 0);
        QCOMPARE(sink.perPhone.size(), phones.size());
        for (const QString& phone : phones)
            QVERIFY2(sink.perPhone.value(phone) == 1, qPrintable(phone));
        QCOMPARE(handledIn(logA) + handledIn(logB), phones.size());
        // Each row names its message as the provider does (the sink's SIDs), and no two name one.
        QCOMPARE(scalar(*m_super, QStringLiteral("SELECT count(DISTINCT provider_id) FROM elect.outbox WHERE kind = "
                                                 "'voter_code_sms' AND provider_id ~ '^SM[0-9]{32}$' AND id > (SELECT "
                                                 "max(id) - 400 FROM elect.outbox)")),
                 QStringLiteral("400"));
        // No code, phone or token in what serve logged.
        for (const QString& log : {logA, logB})
            QVERIFY2(!log.contains(QLatin1String("+2010")), qPrintable(log.left(2000)));
    }

    // SIGTERM while messages are in flight: serve waits for the provider's answers and records them.
    void sigtermFinishesTheMessagesInFlight()
    {
        TwilioSink sink;
        sink.holdMs = 1500;
        const QStringList phones = addCodeRequests(5);
        auto p = serve(writeConfig(QStringLiteral("term.conf"), sink.url()));
        QVERIFY(QTest::qWaitFor([&] { return sink.requests >= 5; }, 30000));
        const auto [exit, log] = terminate(*p);
        QCOMPARE(exit, 0);
        QCOMPARE(unsent(), 0);
        QCOMPARE(handledIn(log), 5);
        for (const QString& phone : phones)
            QCOMPARE(sink.perPhone.value(phone), 1);
    }

    // SIGKILL mid-send: the messages are sent again once their lease ends, and recorded once.
    void sigkillMidSendThenRestart()
    {
        TwilioSink sink;
        sink.holdMs = 60000; // the first serve never gets its answers
        const QStringList phones = addCodeRequests(5);
        const QString config = writeConfig(QStringLiteral("kill.conf"), sink.url());
        auto first = serve(config);
        QVERIFY(QTest::qWaitFor([&] { return sink.requests >= 5; }, 30000));
        first->kill();
        QVERIFY(first->waitForFinished(10000));
        QCOMPARE(unsent(), 5); // leased, not recorded
        sink.holdMs = 0;
        auto second = serve(config);
        QVERIFY2(QTest::qWaitFor([&] { return unsent() == 0; }, 60000), qPrintable(QString::number(unsent())));
        const auto [exit, log] = terminate(*second);
        QCOMPARE(exit, 0);
        QCOMPARE(handledIn(log), 5);
        // Each message: sent at least once (the killed serve's requests reached the provider too), one row
        // recorded sent with one attempt counted by the serve that saw the answer.
        for (const QString& phone : phones)
            QVERIFY(sink.perPhone.value(phone) >= 1);
        QCOMPARE(
            scalar(*m_super, QStringLiteral("SELECT count(*) FROM elect.outbox WHERE kind = 'voter_code_sms' "
                                            "AND status = 'sent' AND last_error IS NULL AND id > (SELECT max(id) - 5 "
                                            "FROM elect.outbox)")),
            QStringLiteral("5"));
    }

    // The provider is down for a minute: serve backs off, then delivers everything once it is back.
    void aProviderDownForAMinuteGetsEverythingAfterwards()
    {
        TwilioSink sink;
        const quint16 port = sink.port();
        sink.switchOff();
        const QStringList phones = addCodeRequests(20);
        auto p =
            serve(writeConfig(QStringLiteral("down.conf"), QStringLiteral("http://127.0.0.1:%1").arg(port),
                              QStringLiteral("retry_base_seconds = 4\nretry_cap_seconds = 16\nmax_attempts = 20\n")));
        QTest::qWait(60000);
        QCOMPARE(unsent(), 20);
        const int attemptsWhileDown =
            scalar(*m_super, QStringLiteral("SELECT min(attempts) FROM elect.outbox WHERE kind = 'voter_code_sms' "
                                            "AND status = 'pending'"))
                .toInt();
        // Backed off: several tries each, far fewer than one per poll (100 ms) or per second.
        QVERIFY2(attemptsWhileDown >= 2 && attemptsWhileDown <= 12, qPrintable(QString::number(attemptsWhileDown)));
        QVERIFY(scalar(*m_super, QStringLiteral("SELECT bool_and(last_error <> '') FROM elect.outbox "
                                                "WHERE kind = 'voter_code_sms' AND status = 'pending'")) ==
                QLatin1String("t"));
        QVERIFY(sink.listen(port));
        QVERIFY2(QTest::qWaitFor([&] { return unsent() == 0; }, 60000), qPrintable(QString::number(unsent())));
        const auto [exit, log] = terminate(*p);
        QCOMPARE(exit, 0);
        for (const QString& phone : phones)
            QCOMPARE(sink.perPhone.value(phone), 1);
    }

    // An api_managed election: the kiosk's question wakes serve at once (NOTIFY; the poll is a minute
    // away), serve asks the organization's API (here its own dummy API over HTTP) and the kiosk reads the
    // answer: eligible, and only the phone's last two digits.
    void aKiosksEligibilityQuestionIsAnsweredThroughServe()
    {
        const QString org = scalar(*m_super, QStringLiteral("SELECT user_id FROM elect.organizations "
                                                            "WHERE name = 'Nile Rowing Club'"));
        const quint16 port = Test::freePort();
        QVERIFY(attempt(*m_super, QStringLiteral(R"(
            SET ROLE elect_owner;
            INSERT INTO elect.elections (organization_id, title, type, method, api_endpoint, status, starts_at, ends_at)
            VALUES (%1, 'Members poll (serve)', 'api_managed', 'api', 'http://127.0.0.1:%2/dummy/%1', 'scheduled',
                    now() - interval '1 hour', now() + interval '1 day');
            INSERT INTO elect.dummy_voters (organization_id, national_id_hmac, phone)
            SELECT organization_id, elect.national_id_hmac(hmac_key, '29901011234567'), '+201001112233'
              FROM elect_private.organization_keys WHERE organization_id = %1;
            RESET ROLE;)")
                                      .arg(org)
                                      .arg(port))
                    .ok());
        const QString election =
            scalar(*m_super, QStringLiteral("SELECT id FROM elect.elections WHERE title = 'Members poll (serve)'"));
        TwilioSink sink;
        auto p = serve(
            writeConfig(QStringLiteral("api.conf"), sink.url(), {}, 60000),
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--dummy-api")});
        QByteArray started;
        QVERIFY(QTest::qWaitFor(
            [&] {
                started += p->readAll();
                return started.contains("ready") || p->state() != QProcess::Running;
            },
            20000));
        QVERIFY2(p->state() == QProcess::Running, started.constData());
        QTest::qWait(500); // serve's first pass is over; from now on only a NOTIFY wakes it within the minute

        const auto& kioskAccount = account(QStringLiteral("Kiosk"));
        auto kiosk = Test::rawConnect(m_cluster->as(kioskAccount.loginRole, kioskAccount.password));
        QVERIFY(kiosk);
        const auto asked =
            attempt(*kiosk, QStringLiteral("SELECT elect.request_eligibility(%1, '2990 1011 234 567')").arg(election));
        QVERIFY2(asked.ok(), qPrintable(asked.message));
        QString outcome;
        QVERIFY(QTest::qWaitFor(
            [&] {
                outcome = scalar(*kiosk, QStringLiteral("SELECT status || '|' || eligible || '|' || phone_last_digits "
                                                        "FROM elect.eligibility_outcome(%1)")
                                             .arg(asked.firstValue));
                return outcome.startsWith(QLatin1String("answered"));
            },
            20000));
        QCOMPARE(outcome, QStringLiteral("answered|true|33"));
        const auto [exit, log] = terminate(*p);
        QCOMPARE(exit, 0);
        const QString all = QString::fromUtf8(started) + log;
        QVERIFY2(!all.contains(QLatin1String("29901011234567")) && !all.contains(QLatin1String("+201001112233")),
                 qPrintable(all.left(3000)));
    }

    // A wallet top-up end to end through serve: the owner asks, serve opens a Checkout Session at Stripe
    // (Prism with Stripe's description), Stripe's signed webhook reaches serve over HTTP and credits the
    // wallet once; a replay changes nothing and a forged signature is refused.
    void aTopUpIsPaidThroughServe()
    {
        ELECT_REQUIRE_SPECS(Test::specsDir());
        Test::PrismServer stripe(QStringLiteral("stripe-checkout.prism.json"));
        QVERIFY2(stripe.started(), qPrintable(stripe.why()));
        const auto& owner = account(QStringLiteral("Owner of Nile"));
        auto ownerDb = Test::rawConnect(m_cluster->as(owner.loginRole, owner.password));
        QVERIFY(ownerDb);
        const auto asked = attempt(*ownerDb, QStringLiteral("SELECT elect.request_top_up(50000)"));
        QVERIFY2(asked.ok(), qPrintable(asked.message));
        const QString topUp = asked.firstValue;
        const QString balance = QStringLiteral("SELECT wallet_balance FROM elect.users u JOIN elect.wallet_top_ups t "
                                               "ON t.user_id = u.id WHERE t.id = %1")
                                    .arg(topUp);
        const qint64 before = scalar(*m_super, balance).toLongLong();

        const quint16 port = Test::freePort();
        TwilioSink sink;
        const QString stripeSection =
            QStringLiteral("[stripe]\nsecret_key = sk_test_serve\nwebhook_secrets = whsec_new, "
                           "whsec_old\nbase_url = %1\nsuccess_url = https://example.org/paid\n"
                           "cancel_url = https://example.org/cancelled\n")
                .arg(stripe.url().toString());
        auto p = serve(writeConfig(QStringLiteral("stripe.conf"), sink.url(), {}, 100, stripeSection),
                       {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
        QString session;
        QVERIFY(QTest::qWaitFor(
            [&] {
                session = scalar(*m_super, QStringLiteral("SELECT stripe_session_id FROM elect.wallet_top_ups "
                                                          "WHERE id = %1 AND status = 'open'")
                                               .arg(topUp));
                return !session.isEmpty();
            },
            30000));

        const QJsonObject object{{QStringLiteral("id"), session},
                                 {QStringLiteral("object"), QStringLiteral("checkout.session")},
                                 {QStringLiteral("client_reference_id"), topUp},
                                 {QStringLiteral("amount_total"), 50000},
                                 {QStringLiteral("currency"), QStringLiteral("egp")},
                                 {QStringLiteral("payment_status"), QStringLiteral("paid")},
                                 {QStringLiteral("status"), QStringLiteral("complete")}};
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("evt_serve_1")},
                                      {QStringLiteral("object"), QStringLiteral("event")},
                                      {QStringLiteral("type"), QStringLiteral("checkout.session.completed")},
                                      {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), object}}}})
                .toJson(QJsonDocument::Compact);
        const QByteArray t = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        // Signed with the previous secret: a rotation under way.
        const QByteArray good = "t=" + t + ",v1=" + Integrations::WebhookSignature::sign("whsec_old", t, body);
        const QByteArray forged = "t=" + t + ",v1=" + Integrations::WebhookSignature::sign("whsec_guess", t, body);
        QNetworkAccessManager network;
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/stripe/webhook").arg(port));
        const auto deliver = [&](const QByteArray& signature) {
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Stripe-Signature", signature);
            QNetworkReply* reply = network.post(request, body);
            if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
                reply->abort();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            delete reply;
            return status;
        };
        QCOMPARE(deliver(forged), 400);
        QCOMPARE(scalar(*m_super, balance).toLongLong(), before);
        QCOMPARE(deliver(good), 200);
        QCOMPARE(scalar(*m_super, balance).toLongLong(), before + 50000);
        QCOMPARE(deliver(good), 200); // Stripe delivers again: nothing more
        QCOMPARE(scalar(*m_super, balance).toLongLong(), before + 50000);
        QCOMPARE(scalar(*m_super, QStringLiteral("SELECT count(*) || '|' || min(kind::text) || '|' || min(amount) FROM "
                                                 "elect.transactions WHERE stripe_ref = '%1'")
                                      .arg(session)),
                 QStringLiteral("1|top_up|50000"));
        QCOMPARE(scalar(*m_super, QStringLiteral("SELECT status FROM elect.wallet_top_ups WHERE id = %1").arg(topUp)),
                 QStringLiteral("paid"));
        const auto [exit, log] = terminate(*p);
        QCOMPARE(exit, 0);
        QVERIFY2(!log.contains(QLatin1String("sk_test_serve")) && !log.contains(QLatin1String("whsec_")),
                 qPrintable(log.left(3000)));
    }

    // A wrong password is held by PostgreSQL's auth_delay for half a second; serve proves it off the thread that
    // answers requests: while the proof is in flight, a route that uses serve's own connection and the health
    // check are answered before it. The order of the answers is asserted, not times.
    void aSlowPasswordProofHoldsUpNoOtherRequest()
    {
        const quint16 port = Test::freePort();
        TwilioSink sink;
        auto p =
            serve(writeConfig(QStringLiteral("proof.conf"), sink.url()),
                  {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--verbose")});
        QByteArray log;
        const auto logSays = [&](const char* text) {
            return QTest::qWaitFor(
                       [&] {
                           log += p->readAll();
                           return log.contains(text) || p->state() != QProcess::Running;
                       },
                       20000) &&
                   log.contains(text);
        };
        QVERIFY2(logSays("ready"), log.constData());

        QNetworkAccessManager network;
        QStringList answered;
        const auto track = [&](QNetworkReply* reply, const QString& name) {
            connect(reply, &QNetworkReply::finished, this, [&answered, name] { answered << name; });
            return reply;
        };
        const auto postJson = [&](const QString& route, const QJsonObject& body) {
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/auth/%2").arg(port).arg(route)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            return track(network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)), route);
        };
        const auto& owner = account(QStringLiteral("Owner of Alexandria"));
        const QString wrongPassword = QStringLiteral("Not-The-Password-7301");
        std::unique_ptr<QNetworkReply> proof(
            postJson(QStringLiteral("account-state"),
                     {{QStringLiteral("email"), owner.email}, {QStringLiteral("password"), wrongPassword}}));
        // In flight: serve has handed the proof to its pool (it says so with --verbose).
        QVERIFY2(logSays("POST /api/auth/account-state: off the request thread"), log.constData());

        std::unique_ptr<QNetworkReply> verify(
            postJson(QStringLiteral("verify-email"), {{QStringLiteral("token"), QStringLiteral("ABCD-EFGH-IJKL")}}));
        std::unique_ptr<QNetworkReply> health(
            track(network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(port)))),
                  QStringLiteral("health")));
        QVERIFY(QTest::qWaitFor([&] { return answered.size() == 3; }, 20000));
        QCOMPARE(answered.last(), QStringLiteral("account-state"));
        QCOMPARE(proof->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QCOMPARE(QJsonDocument::fromJson(proof->readAll()).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("not_proven"));
        QCOMPARE(verify->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QCOMPARE(QJsonDocument::fromJson(verify->readAll()).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("token_invalid"));
        QCOMPARE(health->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);

        const auto [exit, rest] = terminate(*p);
        QCOMPARE(exit, 0);
        const QString all = QString::fromUtf8(log) + rest;
        QVERIFY2(all.contains(QLatin1String("POST /api/auth/account-state: 401")), qPrintable(all.left(3000)));
        QVERIFY2(!all.contains(wrongPassword) && !all.contains(owner.email), qPrintable(all.left(3000)));
    }

    void cleanupTestCase()
    {
        m_super.reset();
        m_cluster.reset();
    }
};

QTEST_GUILESS_MAIN(TestServeProcess)
#include "TestServeProcess.moc"
