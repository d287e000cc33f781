#include "core/db/WalletRepository.h"
#include "core/integrations/stripe/WebhookSignature.h"
#include "core/service/StripeWebhook.h"
#include "Specs.h"
#include "Sql.h"
#include "TestCluster.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Elect;
using Elect::Integrations::WebhookSignature;
using Elect::Service::StripeWebhook;
using Test::attempt;
using Test::scalar;

// Stripe's webhook endpoint against a real database: Stripe's own signature vectors, then good, forged,
// stale, future, replayed and rotated signatures, and events that are not what Stripe sends. Only a good
// signature on a paid session credits, and only once.
class TestStripeWebhook : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    std::unique_ptr<Database> m_owner, m_service;
    QJsonObject m_vectors;
    qint64 m_org = 0;
    static constexpr qint64 kNow = 1800000000;
    const QByteArray m_secret = "whsec_current_secret_for_tests";

    QString sql(const QString& query) { return scalar(*m_super, query); }
    qint64 balance()
    {
        return sql(QStringLiteral("SELECT wallet_balance FROM elect.users WHERE id = %1").arg(m_org)).toLongLong();
    }
    qint64 openTopUp(const QString& session, qint64 amount)
    {
        const auto id = WalletRepository(*m_owner).requestTopUp(amount);
        if (!id)
            qFatal("top-up refused: %s", qPrintable(id.message()));
        if (!WalletRepository(*m_service).recordCheckoutSession(*id, session, QUrl()).value())
            qFatal("session not recorded");
        // Room for the next requests (five unpaid a day at most).
        attempt(*m_super, QStringLiteral("UPDATE elect.wallet_top_ups SET created_at = now() - interval '2 days'"));
        return *id;
    }
    static QByteArray event(const QString& eventId, const QString& session, const QString& reference, qint64 amount,
                            const QString& type = QStringLiteral("checkout.session.completed"),
                            const QString& paymentStatus = QStringLiteral("paid"))
    {
        const QJsonObject object{{QStringLiteral("id"), session},
                                 {QStringLiteral("object"), QStringLiteral("checkout.session")},
                                 {QStringLiteral("client_reference_id"), reference},
                                 {QStringLiteral("amount_total"), amount},
                                 {QStringLiteral("currency"), QStringLiteral("egp")},
                                 {QStringLiteral("payment_status"), paymentStatus},
                                 {QStringLiteral("status"), QStringLiteral("complete")}};
        return QJsonDocument(QJsonObject{{QStringLiteral("id"), eventId},
                                         {QStringLiteral("object"), QStringLiteral("event")},
                                         {QStringLiteral("type"), type},
                                         {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), object}}}})
            .toJson(QJsonDocument::Compact);
    }
    static QByteArray header(const QByteArray& secret, qint64 t, const QByteArray& body)
    {
        const QByteArray ts = QByteArray::number(t);
        return "t=" + ts + ",v1=" + WebhookSignature::sign(secret, ts, body);
    }
    static QString result(const StripeWebhook::Reply& reply)
    {
        const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
        return o.contains(QStringLiteral("error")) ? o.value(QStringLiteral("error")).toString()
                                                   : o.value(QStringLiteral("result")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString dir = Test::specsDir();
        ELECT_REQUIRE_SPECS(dir);
        QFile file(dir + QStringLiteral("/stripe-webhook-vectors.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_vectors = QJsonDocument::fromJson(file.readAll()).object();
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

    // Stripe's own vectors: a valid signature is received (this payload's session is no top-up of Elect's,
    // so nothing is credited); every other case is refused with 400, a signature from the future too.
    void stripeVectors()
    {
        const QByteArray secret = m_vectors.value(QStringLiteral("secret")).toString().toUtf8();
        const QByteArray defaultBody = m_vectors.value(QStringLiteral("payload")).toString().toUtf8();
        StripeWebhook webhook(*m_service, {secret}, m_vectors.value(QStringLiteral("tolerance_s")).toInt());
        const qint64 before = balance();
        int checked = 0;
        for (const auto& value : m_vectors.value(QStringLiteral("cases")).toArray()) {
            const QJsonObject c = value.toObject();
            const QString name = c.value(QStringLiteral("name")).toString();
            const QByteArray body = c.contains(QStringLiteral("payload"))
                                        ? c.value(QStringLiteral("payload")).toString().toUtf8()
                                        : defaultBody;
            const bool valid =
                c.value(QStringLiteral("expected_valid")).toBool() && name != QLatin1String("future_ts_1h");
            const auto reply = webhook.handle(c.value(QStringLiteral("header")).toString().toUtf8(), body,
                                              qint64(c.value(QStringLiteral("now")).toDouble()));
            QVERIFY2(reply.status == (valid ? 200 : 400),
                     qPrintable(name + QLatin1Char(' ') + QString::fromUtf8(reply.body)));
            if (valid)
                QCOMPARE(result(reply), QStringLiteral("not_ours"));
            ++checked;
        }
        QCOMPARE(checked, 10);
        QCOMPARE(balance(), before);
    }

    void aGoodSignatureCreditsOnceHoweverOftenItComes()
    {
        const qint64 id = openTopUp(QStringLiteral("cs_test_good"), 250000);
        const qint64 before = balance();
        const QByteArray body =
            event(QStringLiteral("evt_good"), QStringLiteral("cs_test_good"), QString::number(id), 250000);
        const QByteArray signature = header(m_secret, kNow, body);
        StripeWebhook webhook(*m_service, {m_secret});
        auto reply = webhook.handle(signature, body, kNow + 5);
        QCOMPARE(reply.status, 200);
        QCOMPARE(result(reply), QStringLiteral("credited"));
        QCOMPARE(balance(), before + 250000);
        // Replayed within the tolerance (Stripe retries, or someone resends it): received, nothing more.
        for (qint64 later : {kNow + 10, kNow + 300}) {
            reply = webhook.handle(signature, body, later);
            QCOMPARE(reply.status, 200);
            QCOMPARE(result(reply), QStringLiteral("not_credited"));
        }
        // The same payment in a new event (Stripe's async_payment_succeeded): still once.
        const QByteArray again =
            event(QStringLiteral("evt_good_2"), QStringLiteral("cs_test_good"), QString::number(id), 250000,
                  QStringLiteral("checkout.session.async_payment_succeeded"));
        QCOMPARE(result(webhook.handle(header(m_secret, kNow, again), again, kNow)), QStringLiteral("not_credited"));
        QCOMPARE(balance(), before + 250000);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.transactions WHERE stripe_ref = 'cs_test_good'")),
                 QStringLiteral("1"));
        QCOMPARE(sql(QStringLiteral("SELECT details->>'event' FROM elect.audit_log WHERE action = 'credit_top_up' AND"
                                    " success AND object_id = '%1'")
                         .arg(id)),
                 QStringLiteral("evt_good"));
    }

    void forgedStaleAndFutureSignaturesCreditNothing()
    {
        const qint64 id = openTopUp(QStringLiteral("cs_test_forged"), 100000);
        const qint64 before = balance();
        const QByteArray body =
            event(QStringLiteral("evt_forged"), QStringLiteral("cs_test_forged"), QString::number(id), 100000);
        StripeWebhook webhook(*m_service, {m_secret});
        const auto refused = [&](const QByteArray& signature, const QByteArray& sent, qint64 now) {
            return webhook.handle(signature, sent, now);
        };
        auto reply = refused(header("whsec_someone_else", kNow, body), body, kNow);
        QCOMPARE(reply.status, 400);
        QCOMPARE(result(reply), QStringLiteral("signature_mismatch"));
        // The body changed after signing (a larger amount).
        const QByteArray tampered =
            event(QStringLiteral("evt_forged"), QStringLiteral("cs_test_forged"), QString::number(id), 900000);
        QCOMPARE(refused(header(m_secret, kNow, body), tampered, kNow).status, 400);
        reply = refused(header(m_secret, kNow - 301, body), body, kNow);
        QCOMPARE(reply.status, 400);
        QCOMPARE(result(reply), QStringLiteral("signature_expired"));
        QCOMPARE(refused(header(m_secret, kNow + 301, body), body, kNow).status, 400);
        reply = refused("t=" + QByteArray::number(kNow), body, kNow);
        QCOMPARE(reply.status, 400);
        QCOMPARE(result(reply), QStringLiteral("signature_malformed"));
        QCOMPARE(refused(QByteArray(), body, kNow).status, 400);
        QCOMPARE(balance(), before);
        QCOMPARE(sql(QStringLiteral("SELECT status FROM elect.wallet_top_ups WHERE id = %1").arg(id)),
                 QStringLiteral("open"));
        // The genuine one, 300 seconds old, still goes through.
        QCOMPARE(result(refused(header(m_secret, kNow - 300, body), body, kNow)), QStringLiteral("credited"));
        QCOMPARE(balance(), before + 100000);
    }

    // During a rotation the endpoint holds the new and the old secret: either signs; after it, the old is refused.
    void rotatedSecrets()
    {
        const QByteArray old = "whsec_old_secret";
        const qint64 first = openTopUp(QStringLiteral("cs_test_rot_old"), 5000);
        const qint64 second = openTopUp(QStringLiteral("cs_test_rot_new"), 7000);
        const qint64 third = openTopUp(QStringLiteral("cs_test_rot_late"), 9000);
        const qint64 before = balance();
        StripeWebhook rotating(*m_service, {m_secret, old});
        const QByteArray a =
            event(QStringLiteral("evt_rot_1"), QStringLiteral("cs_test_rot_old"), QString::number(first), 5000);
        const QByteArray b =
            event(QStringLiteral("evt_rot_2"), QStringLiteral("cs_test_rot_new"), QString::number(second), 7000);
        QCOMPARE(result(rotating.handle(header(old, kNow, a), a, kNow)), QStringLiteral("credited"));
        QCOMPARE(result(rotating.handle(header(m_secret, kNow, b), b, kNow)), QStringLiteral("credited"));
        // Stripe signs with both while both are live: two v1 entries, one matches.
        const QByteArray c =
            event(QStringLiteral("evt_rot_3"), QStringLiteral("cs_test_rot_late"), QString::number(third), 9000);
        const QByteArray both =
            header(m_secret, kNow, c) + ",v1=" + WebhookSignature::sign(old, QByteArray::number(kNow), c);
        StripeWebhook rotated(*m_service, {m_secret});
        QCOMPARE(rotated.handle(header(old, kNow, c), c, kNow).status, 400);
        QCOMPARE(result(rotated.handle(both, c, kNow)), QStringLiteral("credited"));
        QCOMPARE(balance(), before + 21000);
    }

    // Signed correctly, but not what Stripe sends: refused with 400, never a crash, nothing credited.
    void malformedEventsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("why");
        const auto row = [](const char* tag, const char* body, int status, const char* why) {
            QTest::newRow(tag) << QByteArray(body) << status << QString::fromLatin1(why);
        };
        row("not json", "{\"id\":", 400, "event_malformed");
        row("empty", "", 400, "event_malformed");
        row("an array", "[]", 400, "event_malformed");
        row("no id", R"({"type":"checkout.session.completed","data":{"object":{}}})", 400, "event_malformed");
        row("id of another kind", R"({"id":"cs_1","type":"checkout.session.completed","data":{"object":{}}})", 400,
            "event_malformed");
        row("type not a string", R"({"id":"evt_1","type":7,"data":{"object":{}}})", 400, "event_malformed");
        row("no data object", R"({"id":"evt_1","type":"checkout.session.completed","data":{}})", 400,
            "event_malformed");
        row("session without id",
            R"({"id":"evt_1","type":"checkout.session.completed","data":{"object":{"payment_status":"paid"}}})", 400,
            "session_malformed");
        row("session id with spaces",
            R"({"id":"evt_1","type":"checkout.session.completed","data":{"object":{"id":"cs_1 OR 1","payment_status":"paid"}}})",
            400, "session_malformed");
        row("paid without an amount",
            R"({"id":"evt_1","type":"checkout.session.completed","data":{"object":{"id":"cs_1","payment_status":"paid","client_reference_id":"1","currency":"egp"}}})",
            400, "session_malformed");
        row("a fractional amount",
            R"({"id":"evt_1","type":"checkout.session.completed","data":{"object":{"id":"cs_1","payment_status":"paid","client_reference_id":"1","amount_total":10.5,"currency":"egp"}}})",
            400, "session_malformed");
        row("an amount as text",
            R"({"id":"evt_1","type":"checkout.session.completed","data":{"object":{"id":"cs_1","payment_status":"paid","client_reference_id":"1","amount_total":"100","currency":"egp"}}})",
            400, "session_malformed");
        row("a negative amount",
            R"({"id":"evt_1","type":"checkout.session.completed","data":{"object":{"id":"cs_1","payment_status":"paid","client_reference_id":"1","amount_total":-100,"currency":"egp"}}})",
            400, "session_malformed");
        row("no currency",
            R"({"id":"evt_1","type":"checkout.session.completed","data":{"object":{"id":"cs_1","payment_status":"paid","client_reference_id":"1","amount_total":100}}})",
            400, "session_malformed");
        row("another event type", R"({"id":"evt_1","type":"payment_intent.succeeded","data":{"object":{"id":"pi_1"}}})",
            200, "ignored");
        row("an unpaid session",
            R"({"id":"evt_1","type":"checkout.session.completed","data":{"object":{"id":"cs_1","payment_status":"unpaid","client_reference_id":"1"}}})",
            200, "unpaid");
        row("no reference",
            R"({"id":"evt_1","type":"checkout.session.completed","data":{"object":{"id":"cs_1","payment_status":"paid","client_reference_id":null,"amount_total":100,"currency":"egp"}}})",
            200, "not_ours");
    }
    void malformedEventsAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, why);
        const qint64 before = balance();
        StripeWebhook webhook(*m_service, {m_secret});
        const auto reply = webhook.handle(header(m_secret, kNow, body), body, kNow);
        QCOMPARE(reply.status, status);
        QCOMPARE(result(reply), why);
        QCOMPARE(balance(), before);
    }

    void anOversizedBodyIsRefusedUnread()
    {
        const QByteArray body(StripeWebhook::kMaxBodyBytes + 1, ' ');
        StripeWebhook webhook(*m_service, {m_secret});
        QCOMPARE(webhook.handle(header(m_secret, kNow, body), body, kNow).status, 413);
    }

    void aPaymentThatDoesNotMatchIsReceivedButNotCredited()
    {
        const qint64 id = openTopUp(QStringLiteral("cs_test_short"), 80000);
        const qint64 before = balance();
        const QByteArray body =
            event(QStringLiteral("evt_short"), QStringLiteral("cs_test_short"), QString::number(id), 100);
        StripeWebhook webhook(*m_service, {m_secret});
        const auto reply = webhook.handle(header(m_secret, kNow, body), body, kNow);
        QCOMPARE(reply.status, 200);
        QCOMPARE(result(reply), QStringLiteral("not_credited"));
        QCOMPARE(balance(), before);
        QCOMPARE(sql(QStringLiteral("SELECT status FROM elect.wallet_top_ups WHERE id = %1").arg(id)),
                 QStringLiteral("failed"));
    }

    // When the database does not take the credit, Stripe is told to come back (500), and nothing changed.
    void aDatabaseThatRefusesIsAServerError()
    {
        const qint64 id = openTopUp(QStringLiteral("cs_test_later"), 30000);
        const qint64 before = balance();
        const QByteArray body =
            event(QStringLiteral("evt_later"), QStringLiteral("cs_test_later"), QString::number(id), 30000);
        StripeWebhook wrongLogin(*m_owner, {m_secret}); // a login that may not credit
        QCOMPARE(wrongLogin.handle(header(m_secret, kNow, body), body, kNow).status, 500);
        QCOMPARE(balance(), before);
        StripeWebhook webhook(*m_service, {m_secret});
        QCOMPARE(result(webhook.handle(header(m_secret, kNow, body), body, kNow)), QStringLiteral("credited"));
    }
};

QTEST_GUILESS_MAIN(TestStripeWebhook)
#include "TestStripeWebhook.moc"
