#include "core/integrations/stripe/StripeCheckout.h"
#include "ProviderServers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Elect::Integrations;
using Elect::ErrorCode;
using Elect::Test::await;
using Elect::Test::ScriptedHttpServer;

namespace {

StripeSettings settingsFor(const QUrl& url)
{
    StripeSettings s;
    s.baseUrl = url;
    s.secretKey = QStringLiteral("sk_test_secret");
    s.timeoutMs = 5000;
    return s;
}

CheckoutRequest topUp()
{
    CheckoutRequest r;
    r.topUpRequestId = 42;
    r.amountMinor = 150050; // EGP 1,500.50
    r.currency = QStringLiteral("EGP");
    r.idempotencyKey = QStringLiteral("top-up-42");
    r.successUrl = QUrl(QStringLiteral("https://elect.example.org/paid?request=42"));
    r.cancelUrl = QUrl(QStringLiteral("https://elect.example.org/cancelled"));
    return r;
}

} // namespace

class TestStripeCheckout : public QObject
{
    Q_OBJECT

    std::unique_ptr<Elect::Test::PrismServer> m_prism;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase()
    {
        ELECT_REQUIRE_SPECS(Elect::Test::specsDir());
        m_prism = std::make_unique<Elect::Test::PrismServer>(QStringLiteral("stripe-checkout.prism.json"));
        QVERIFY2(m_prism->started(), qPrintable(m_prism->why()));
    }

    // Prism holds the request to Stripe's own description and answers with Stripe's example session.
    void createsAndRetrievesASessionStripeAccepts()
    {
        StripeCheckout stripe(settingsFor(m_prism->url()), &m_network);
        const auto created = await(stripe.createCheckoutSession(topUp()));
        QVERIFY2(created.ok(), qPrintable(created.message()));
        QVERIFY(created->id.startsWith(QLatin1String("cs_")));
        QCOMPARE(created->url.scheme(), QStringLiteral("https"));
        QVERIFY(!created->paid);

        const auto again = await(stripe.retrieveCheckoutSession(created->id));
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QCOMPARE(again->id, created->id);
    }

    void aMissingKeyIsRefused()
    {
        StripeSettings s = settingsFor(m_prism->url());
        s.secretKey.clear();
        StripeCheckout stripe(s, &m_network);
        const auto created = await(stripe.createCheckoutSession(topUp()));
        QCOMPARE(created.code(), ErrorCode::NotAllowed);
        QVERIFY(created.message().contains(QLatin1String("secret key")));
    }

    void theRequestIsWhatStripeDocuments()
    {
        ScriptedHttpServer server;
        // Built, not written as a raw string: moc reads the "//" of a URL inside a raw string as a comment.
        const QJsonObject session{{QStringLiteral("id"), QStringLiteral("cs_1")},
                                  {QStringLiteral("url"), QStringLiteral("https://checkout.stripe.com/c/cs_1")},
                                  {QStringLiteral("client_reference_id"), QStringLiteral("42")},
                                  {QStringLiteral("amount_total"), 150050},
                                  {QStringLiteral("currency"), QStringLiteral("egp")},
                                  {QStringLiteral("payment_status"), QStringLiteral("paid")}};
        server.push({200, QJsonDocument(session).toJson(), {}, false});
        StripeCheckout stripe(settingsFor(server.url()), &m_network);
        const auto created = await(stripe.createCheckoutSession(topUp()));
        QVERIFY2(created.ok(), qPrintable(created.message()));
        QCOMPARE(created->clientReferenceId, QStringLiteral("42"));
        QCOMPARE(created->amountTotal, 150050);
        QCOMPARE(created->currency, QStringLiteral("egp"));
        QVERIFY(created->paid);

        const auto& r = server.received().first();
        QCOMPARE(r.path, QByteArray("/v1/checkout/sessions"));
        QVERIFY(r.headers.contains("authorization: bearer sk_test_secret"));
        QVERIFY(r.headers.contains("idempotency-key: top-up-42"));
        const auto form = Elect::Test::formFields(r.body);
        const auto value = [&](const char* key) { return form.value(QString::fromLatin1(key)); };
        QCOMPARE(value("mode"), QStringLiteral("payment"));
        QCOMPARE(value("client_reference_id"), QStringLiteral("42"));
        QCOMPARE(value("line_items[0][price_data][unit_amount]"), QStringLiteral("150050"));
        QCOMPARE(value("line_items[0][price_data][currency]"), QStringLiteral("egp"));
        QCOMPARE(value("line_items[0][quantity]"), QStringLiteral("1"));
        QCOMPARE(value("success_url"), QStringLiteral("https://elect.example.org/paid?request=42"));
    }

    void stripesAnswersAreHandledAsSuch_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("messageHas");
        QTest::newRow("400")
            << 400
            << QByteArray(R"({"error":{"message":"Amount must be at least 25 EGP","type":"invalid_request_error"}})")
            << int(ErrorCode::InvalidInput) << QStringLiteral("at least 25");
        QTest::newRow("401") << 401
                             << QByteArray(R"({"error":{"message":"Invalid API Key provided: sk_test_****cret"}})")
                             << int(ErrorCode::NotAllowed) << QStringLiteral("secret key");
        QTest::newRow("404") << 404 << QByteArray(R"({"error":{"message":"No such checkout.session"}})")
                             << int(ErrorCode::NotFound) << QStringLiteral("No such");
        QTest::newRow("429") << 429 << QByteArray("{}") << int(ErrorCode::Unavailable) << QStringLiteral("429");
        QTest::newRow("500") << 500 << QByteArray("{}") << int(ErrorCode::Unavailable) << QStringLiteral("500");
        QTest::newRow("not a session") << 200 << QByteArray(R"({"id":"pi_1"})") << int(ErrorCode::Internal)
                                       << QStringLiteral("Checkout Session");
    }
    void stripesAnswersAreHandledAsSuch()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(QString, messageHas);
        ScriptedHttpServer server;
        server.push({status, body, {}, false});
        StripeCheckout stripe(settingsFor(server.url()), &m_network);
        const auto result = await(stripe.retrieveCheckoutSession(QStringLiteral("cs_1")));
        QCOMPARE(int(result.code()), code);
        QVERIFY2(result.message().contains(messageHas), qPrintable(result.message()));
        QVERIFY(!result.message().contains(QLatin1String("sk_test_secret")));
    }

    void unreachableStripeIsUnavailable()
    {
        StripeCheckout stripe(settingsFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(Elect::Test::freePort()))),
                              &m_network);
        QCOMPARE(await(stripe.createCheckoutSession(topUp())).code(), ErrorCode::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestStripeCheckout)
#include "TestStripeCheckout.moc"
