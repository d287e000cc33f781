#include "core/db/WalletRepository.h"
#include "core/domain/Clock.h"
#include "core/integrations/stripe/StripeCheckout.h"
#include "core/integrations/stripe/WebhookSignature.h"
#include "core/service/CheckoutSessionHandler.h"
#include "core/service/PaymentPoller.h"
#include "core/service/StripeWebhook.h"
#include "ProviderServers.h"
#include "Sql.h"
#include "TestCluster.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

#include <thread>

using namespace Elect;
using namespace Elect::Integrations;
using namespace Elect::Service;
using Test::attempt;
using Test::await;
using Test::scalar;
using Test::ScriptedHttpServer;

// What `elect serve` does with money, against a real database and a real HTTP server: the
// checkout_session handler opens a session at Stripe (Prism with Stripe's own description, or a scripted
// server for Stripe's other answers) and records it; the poller credits paid sessions whose webhook never
// came; the webhook and the poller racing on one payment credit it once.
class TestPaymentService : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    std::unique_ptr<Database> m_owner, m_service;
    std::unique_ptr<Test::PrismServer> m_prism;
    QNetworkAccessManager m_network;
    qint64 m_org = 0;
    TestClock m_clock{QDateTime::currentDateTimeUtc()};

    const CheckoutUrls m_urls{QUrl(QStringLiteral("https://elect.example.org/paid?top-up=1")),
                              QUrl(QStringLiteral("https://elect.example.org/cancelled"))};

    QString sql(const QString& query) { return scalar(*m_super, query); }
    qint64 balance()
    {
        return sql(QStringLiteral("SELECT wallet_balance FROM elect.users WHERE id = %1").arg(m_org)).toLongLong();
    }
    static StripeSettings settingsFor(const QUrl& url)
    {
        StripeSettings s;
        s.baseUrl = url;
        s.secretKey = QStringLiteral("sk_test_secret");
        s.timeoutMs = 5000;
        return s;
    }
    // A new top-up request and the outbox message request_top_up wrote for it.
    OutboxMessage request(qint64 amount)
    {
        // Room for the next requests (five unpaid a day at most).
        attempt(*m_super, QStringLiteral("UPDATE elect.wallet_top_ups SET created_at = now() - interval '2 days'"));
        const auto id = WalletRepository(*m_owner).requestTopUp(amount);
        if (!id)
            qFatal("top-up refused: %s", qPrintable(id.message()));
        OutboxMessage m;
        m.id = sql(QStringLiteral("SELECT id FROM elect.outbox WHERE kind = 'checkout_session' AND"
                                  " (payload->>'top_up_id')::bigint = %1")
                       .arg(*id))
                   .toLongLong();
        m.kind = QStringLiteral("checkout_session");
        m.organizationId = m_org;
        m.payload = QJsonObject{{QStringLiteral("top_up_id"), *id}};
        return m;
    }
    static qint64 topUpOf(const OutboxMessage& m) { return m.payload.value(QStringLiteral("top_up_id")).toInteger(); }
    QString statusOf(qint64 topUp)
    {
        return sql(QStringLiteral("SELECT status FROM elect.wallet_top_ups WHERE id = %1").arg(topUp));
    }
    static QByteArray session(const QString& id, qint64 reference, qint64 amount, bool paid)
    {
        return QJsonDocument(
                   QJsonObject{
                       {QStringLiteral("id"), id},
                       {QStringLiteral("object"), QStringLiteral("checkout.session")},
                       {QStringLiteral("url"), QStringLiteral("https://checkout.stripe.com/c/pay/") + id},
                       {QStringLiteral("client_reference_id"), QString::number(reference)},
                       {QStringLiteral("amount_total"), amount},
                       {QStringLiteral("currency"), QStringLiteral("egp")},
                       {QStringLiteral("payment_status"), paid ? QStringLiteral("paid") : QStringLiteral("unpaid")}})
            .toJson(QJsonDocument::Compact);
    }
    // The session opened a while ago, as the poller finds it.
    void age(qint64 topUp, const QString& interval)
    {
        QVERIFY(attempt(*m_super, QStringLiteral("UPDATE elect.wallet_top_ups SET opened_at = now() - interval '%1'"
                                                 " WHERE id = %2")
                                      .arg(interval)
                                      .arg(topUp))
                    .ok());
    }
    qint64 openWith(ScriptedHttpServer& server, const QString& sessionId, qint64 amount)
    {
        const OutboxMessage m = request(amount);
        server.push({200, session(sessionId, topUpOf(m), amount, false), {}, false});
        StripeCheckout stripe(settingsFor(server.url()), &m_network);
        CheckoutSessionHandler handler(*m_service, stripe, m_urls);
        const Delivery d = await(handler.handle(m));
        if (d.outcome != Delivery::Outcome::Accepted)
            qFatal("not opened: %s", qPrintable(d.reason));
        return topUpOf(m);
    }

private Q_SLOTS:
    void initTestCase()
    {
        ELECT_REQUIRE_SPECS(Test::specsDir());
        m_prism = std::make_unique<Test::PrismServer>(QStringLiteral("stripe-checkout.prism.json"));
        QVERIFY2(m_prism->started(), qPrintable(m_prism->why()));
        m_cluster = std::make_unique<Test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        m_super = Test::rawConnect(m_cluster->superuser());
        QVERIFY(m_super);
        const auto demo = Test::seedDemo(*m_cluster);
        QVERIFY2(demo.ok(), qPrintable(demo.message()));
        const auto& owner = Test::demoAccount(demo->accounts, QStringLiteral("Owner of Nile"));
        m_owner = m_cluster->connect(owner.loginRole, owner.password);
        m_service = m_cluster->connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
        QVERIFY(m_owner && m_service);
        m_org =
            sql(QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Nile Rowing Club'")).toLongLong();
    }

    // Prism holds the request to Stripe's own description; the session it answers with is recorded.
    void theHandlerOpensASessionStripeAccepts()
    {
        const OutboxMessage m = request(150050);
        StripeCheckout stripe(settingsFor(m_prism->url()), &m_network);
        CheckoutSessionHandler handler(*m_service, stripe, m_urls);
        QCOMPARE(handler.kind(), QStringLiteral("checkout_session"));
        const Delivery d = await(handler.handle(m));
        QVERIFY2(d.outcome == Delivery::Outcome::Accepted, qPrintable(d.reason));
        QVERIFY(d.providerId.startsWith(QLatin1String("cs_")));
        QCOMPARE(
            sql(QStringLiteral("SELECT status || '|' || stripe_session_id || '|' || (checkout_url LIKE 'https://%')"
                               " FROM elect.wallet_top_ups WHERE id = %1")
                    .arg(topUpOf(m))),
            QStringLiteral("open|%1|true").arg(d.providerId));
        const auto open = WalletRepository(*m_owner).topUps();
        QCOMPARE(open->first().checkoutUrl.scheme(), QStringLiteral("https"));

        // The poller asks Prism about it: Stripe's example session is unpaid, so nothing is credited.
        age(topUpOf(m), QStringLiteral("10 minutes"));
        const qint64 before = balance();
        PaymentPoller poller(*m_service, stripe);
        const Status polled = await(poller.runDue(m_clock));
        QVERIFY2(polled.ok(), qPrintable(polled.message()));
        QCOMPARE(balance(), before);
        QCOMPARE(statusOf(topUpOf(m)), QStringLiteral("open"));
        QVERIFY(
            attempt(*m_super,
                    QStringLiteral("UPDATE elect.wallet_top_ups SET status = 'expired' WHERE id = %1").arg(topUpOf(m)))
                .ok());
    }

    // What the handler sends, and a retry after Stripe failed: the same idempotency key, one session.
    void aRetriedMessageNeverOpensASecondSession()
    {
        ScriptedHttpServer server;
        const OutboxMessage m = request(2500);
        const qint64 id = topUpOf(m);
        server.push({503, "{}", {}, false});
        server.push({200, session(QStringLiteral("cs_test_retried"), id, 2500, false), {}, false});
        StripeCheckout stripe(settingsFor(server.url()), &m_network);
        CheckoutSessionHandler handler(*m_service, stripe, m_urls);
        Delivery d = await(handler.handle(m));
        QCOMPARE(d.outcome, Delivery::Outcome::RetryLater);
        QCOMPARE(statusOf(id), QStringLiteral("pending"));
        d = await(handler.handle(m));
        QVERIFY2(d.outcome == Delivery::Outcome::Accepted, qPrintable(d.reason));
        QCOMPARE(d.providerId, QStringLiteral("cs_test_retried"));
        // Handled again (a crash before the outbox row was marked sent): Stripe is not asked again.
        d = await(handler.handle(m));
        QCOMPARE(d.outcome, Delivery::Outcome::Accepted);
        QCOMPARE(d.providerId, QStringLiteral("cs_test_retried"));
        QCOMPARE(server.received().size(), 2);

        QCOMPARE(CheckoutSessionHandler::idempotencyKey(id), QStringLiteral("elect-top-up-%1").arg(id));
        for (const auto& r : server.received()) {
            QByteArray sentKey;
            for (const QByteArray& line : r.headers.split('\n'))
                if (line.startsWith("idempotency-key:"))
                    sentKey = line.mid(16).trimmed();
            QCOMPARE(sentKey, CheckoutSessionHandler::idempotencyKey(id).toUtf8());
            const auto form = Test::formFields(r.body);
            QCOMPARE(form.value(QStringLiteral("client_reference_id")), QString::number(id));
            QCOMPARE(form.value(QStringLiteral("line_items[0][price_data][unit_amount]")), QStringLiteral("2500"));
            QCOMPARE(form.value(QStringLiteral("line_items[0][price_data][currency]")), QStringLiteral("egp"));
            QCOMPARE(form.value(QStringLiteral("success_url")), m_urls.successUrl.toString(QUrl::FullyEncoded));
            QCOMPARE(form.value(QStringLiteral("cancel_url")), QStringLiteral("https://elect.example.org/cancelled"));
        }
        QCOMPARE(sql(QStringLiteral("SELECT checkout_url FROM elect.wallet_top_ups WHERE id = %1").arg(id)),
                 QStringLiteral("https://checkout.stripe.com/c/pay/cs_test_retried"));
    }

    void stripesAnswersBecomeDeliveries_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("topUpStatus");
        QTest::addColumn<QString>("reasonHas");
        QTest::newRow("400") << 400 << QByteArray(R"({"error":{"message":"Amount must be at least 25 EGP"}})")
                             << int(Delivery::Outcome::Rejected) << "failed"
                             << "at least 25";
        QTest::newRow("401") << 401 << QByteArray(R"({"error":{"message":"Invalid API Key"}})")
                             << int(Delivery::Outcome::Rejected) << "failed"
                             << "secret key";
        QTest::newRow("429") << 429 << QByteArray("{}") << int(Delivery::Outcome::RetryLater) << "pending"
                             << "429";
        QTest::newRow("500") << 500 << QByteArray("{}") << int(Delivery::Outcome::RetryLater) << "pending"
                             << "500";
    }
    void stripesAnswersBecomeDeliveries()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, outcome);
        QFETCH(QString, topUpStatus);
        QFETCH(QString, reasonHas);
        ScriptedHttpServer server;
        server.push({status, body, {}, false});
        const OutboxMessage m = request(5000);
        StripeCheckout stripe(settingsFor(server.url()), &m_network);
        const Delivery d = await(CheckoutSessionHandler(*m_service, stripe, m_urls).handle(m));
        QCOMPARE(int(d.outcome), outcome);
        QVERIFY2(d.reason.contains(reasonHas), qPrintable(d.reason));
        QVERIFY(!d.reason.contains(QLatin1String("sk_test_secret")));
        QCOMPARE(statusOf(topUpOf(m)), topUpStatus);
        if (topUpStatus == QLatin1String("failed"))
            QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.notifications WHERE type = 'payment_failed' AND"
                                        " (extra->>'top_up_id')::bigint = %1")
                             .arg(topUpOf(m))),
                     QStringLiteral("1"));
        else
            QVERIFY(attempt(*m_super, QStringLiteral("UPDATE elect.wallet_top_ups SET status = 'failed' WHERE id = %1")
                                          .arg(topUpOf(m)))
                        .ok());
    }

    void unreachableStripeIsRetriedLater()
    {
        const OutboxMessage m = request(5000);
        StripeCheckout stripe(settingsFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(Test::freePort()))),
                              &m_network);
        const Delivery d = await(CheckoutSessionHandler(*m_service, stripe, m_urls).handle(m));
        QCOMPARE(d.outcome, Delivery::Outcome::RetryLater);
        QCOMPARE(statusOf(topUpOf(m)), QStringLiteral("pending"));
        QVERIFY(
            attempt(*m_super,
                    QStringLiteral("UPDATE elect.wallet_top_ups SET status = 'failed' WHERE id = %1").arg(topUpOf(m)))
                .ok());
    }

    void aMessageWithoutATopUpIsRejected()
    {
        ScriptedHttpServer server;
        StripeCheckout stripe(settingsFor(server.url()), &m_network);
        CheckoutSessionHandler handler(*m_service, stripe, m_urls);
        OutboxMessage m;
        m.kind = QStringLiteral("checkout_session");
        for (const QJsonObject& payload :
             {QJsonObject{}, QJsonObject{{QStringLiteral("top_up_id"), QStringLiteral("7")}},
              QJsonObject{{QStringLiteral("top_up_id"), -1}}, QJsonObject{{QStringLiteral("top_up_id"), 999999}}}) {
            m.payload = payload;
            const Delivery d = await(handler.handle(m));
            QCOMPARE(d.outcome, Delivery::Outcome::Rejected);
            QVERIFY(!d.reason.isEmpty());
        }
        QVERIFY(server.received().isEmpty());
    }

    // The webhook never came: the poller finds the paid session and credits it, once.
    void thePollerCreditsWhatTheWebhookMissed()
    {
        ScriptedHttpServer server;
        const qint64 paid = openWith(server, QStringLiteral("cs_test_polled"), 40000);
        const qint64 recent = openWith(server, QStringLiteral("cs_test_recent"), 5000);
        const qint64 stale = openWith(server, QStringLiteral("cs_test_stale"), 6000);
        age(paid, QStringLiteral("10 minutes"));
        age(stale, QStringLiteral("25 hours"));
        const qint64 before = balance();
        const int asked = int(server.received().size());
        // Oldest first: the stale one (unpaid), then the paid one. The recent one is not due.
        server.push({200, session(QStringLiteral("cs_test_stale"), stale, 6000, false), {}, false});
        server.push({200, session(QStringLiteral("cs_test_polled"), paid, 40000, true), {}, false});
        StripeCheckout stripe(settingsFor(server.url()), &m_network);
        PaymentPoller poller(*m_service, stripe, 5, 60);
        QCOMPARE(poller.name(), QStringLiteral("payment_poller"));
        QCOMPARE(poller.intervalSeconds(), 60);
        const Status run = await(poller.runDue(m_clock));
        QVERIFY2(run.ok(), qPrintable(run.message()));
        QCOMPARE(server.received().size(), asked + 2);
        QCOMPARE(server.received().at(asked).path, QByteArray("/v1/checkout/sessions/cs_test_stale"));
        QCOMPARE(server.received().at(asked + 1).path, QByteArray("/v1/checkout/sessions/cs_test_polled"));
        QCOMPARE(balance(), before + 40000);
        QCOMPARE(statusOf(paid), QStringLiteral("paid"));
        QCOMPARE(statusOf(stale), QStringLiteral("expired"));
        QCOMPARE(statusOf(recent), QStringLiteral("open"));
        // Next run: nothing of those is open and due any more.
        const Status again = await(poller.runDue(m_clock));
        QVERIFY(again.ok());
        QCOMPARE(server.received().size(), asked + 2);
        QCOMPARE(balance(), before + 40000);
        QVERIFY(attempt(*m_super,
                        QStringLiteral("UPDATE elect.wallet_top_ups SET status = 'expired' WHERE id = %1").arg(recent))
                    .ok());
    }

    void stripeDownMeansTryAgainNextRun()
    {
        ScriptedHttpServer server;
        const qint64 id = openWith(server, QStringLiteral("cs_test_down"), 7000);
        age(id, QStringLiteral("10 minutes"));
        server.push({500, "{}", {}, false});
        StripeCheckout stripe(settingsFor(server.url()), &m_network);
        PaymentPoller poller(*m_service, stripe);
        const Status run = await(poller.runDue(m_clock));
        QCOMPARE(run.code(), ErrorCode::Unavailable);
        QVERIFY2(run.message().contains(QStringLiteral("Top-up %1").arg(id)), qPrintable(run.message()));
        QCOMPARE(statusOf(id), QStringLiteral("open"));
        server.push({200, session(QStringLiteral("cs_test_down"), id, 7000, true), {}, false});
        const qint64 before = balance();
        QVERIFY(await(poller.runDue(m_clock)).ok());
        QCOMPARE(balance(), before + 7000);
    }

    // Stripe's own figures are what the poller reports: a session that does not match its request is not credited.
    void aMismatchFoundByThePollerIsNotCredited()
    {
        ScriptedHttpServer server;
        const qint64 id = openWith(server, QStringLiteral("cs_test_poll_short"), 9000);
        age(id, QStringLiteral("10 minutes"));
        server.push({200, session(QStringLiteral("cs_test_poll_short"), id, 90, true), {}, false});
        StripeCheckout stripe(settingsFor(server.url()), &m_network);
        const qint64 before = balance();
        QVERIFY(await(PaymentPoller(*m_service, stripe).runDue(m_clock)).ok());
        QCOMPARE(balance(), before);
        QCOMPARE(statusOf(id), QStringLiteral("failed"));
    }

    // The webhook (its own connection, another thread) and the poller report the same payments at the
    // same moment: each is credited once.
    void theWebhookAndThePollerRacingCreditOnce()
    {
        const QByteArray secret = "whsec_race";
        auto webhookDb =
            m_cluster->connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
        QVERIFY(webhookDb);
        StripeWebhook webhook(*webhookDb, {secret});
        ScriptedHttpServer server;
        StripeCheckout stripe(settingsFor(server.url()), &m_network);
        PaymentPoller poller(*m_service, stripe);
        for (int round = 0; round < 5; ++round) {
            const QString sessionId = QStringLiteral("cs_test_race_%1").arg(round);
            const qint64 id = openWith(server, sessionId, 3000);
            age(id, QStringLiteral("10 minutes"));
            const qint64 before = balance();
            server.push({200, session(sessionId, id, 3000, true), {}, false});
            const QByteArray body =
                QJsonDocument(
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("evt_race_%1").arg(round)},
                                {QStringLiteral("type"), QStringLiteral("checkout.session.completed")},
                                {QStringLiteral("data"),
                                 QJsonObject{{QStringLiteral("object"),
                                              QJsonDocument::fromJson(session(sessionId, id, 3000, true)).object()}}}})
                    .toJson(QJsonDocument::Compact);
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            const QByteArray header =
                "t=" + QByteArray::number(now) + ",v1=" + WebhookSignature::sign(secret, QByteArray::number(now), body);
            QFuture<Status> polled = poller.runDue(m_clock);
            StripeWebhook::Reply reply;
            std::thread delivery([&] { reply = webhook.handle(header, body, now); });
            const Status run = await(polled);
            delivery.join();
            QVERIFY2(run.ok(), qPrintable(run.message()));
            QCOMPARE(reply.status, 200);
            QCOMPARE(balance(), before + 3000);
            QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.audit_log WHERE action = 'credit_top_up' AND"
                                        " success AND object_id = '%1'")
                             .arg(id)),
                     QStringLiteral("1"));
            QCOMPARE(
                sql(QStringLiteral("SELECT count(*) FROM elect.transactions WHERE stripe_ref = '%1'").arg(sessionId)),
                QStringLiteral("1"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPaymentService)
#include "TestPaymentService.moc"
