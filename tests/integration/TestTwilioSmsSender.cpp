#include "core/integrations/Redact.h"
#include "core/integrations/twilio/TwilioSmsSender.h"
#include "ProviderServers.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

using namespace Elect::Integrations;
using Elect::Test::await;
using Elect::Test::ScriptedHttpServer;
using Outcome = Delivery::Outcome;

namespace {

const QString kSid = QStringLiteral("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");

TwilioSettings settingsFor(const QUrl& url)
{
    TwilioSettings s;
    s.baseUrl = url;
    s.accountSid = kSid;
    s.authToken = QStringLiteral("secret-token");
    s.from = QStringLiteral("+15005550006");
    s.timeoutMs = 5000;
    return s;
}

const SmsMessage kMessage{QStringLiteral("+201001234567"), QStringLiteral("رمزك 123456 — your code")};

} // namespace

class TestTwilioSmsSender : public QObject
{
    Q_OBJECT

    std::unique_ptr<Elect::Test::PrismServer> m_prism;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase()
    {
        ELECT_REQUIRE_SPECS(Elect::Test::specsDir());
        m_prism = std::make_unique<Elect::Test::PrismServer>(QStringLiteral("twilio-sms-verify.json"));
        QVERIFY2(m_prism->started(), qPrintable(m_prism->why()));
    }

    // Prism checks the request against Twilio's own description and answers with Twilio's example.
    void sendsWhatTwilioAccepts()
    {
        TwilioSmsSender sender(settingsFor(m_prism->url()), &m_network);
        const Delivery d = await(sender.send(kMessage));
        QCOMPARE(d.outcome, Outcome::Accepted);
        QVERIFY2(d.providerId.startsWith(QLatin1String("SM")), qPrintable(d.providerId));
        QVERIFY(d.reason.isEmpty());

        const auto status = await(sender.deliveryStatus(d.providerId));
        QVERIFY2(status.ok(), qPrintable(status.message()));
        QVERIFY(!status.value().isEmpty());
    }

    void aMessagingServiceSendsWhenNoNumberIsSet()
    {
        TwilioSettings s = settingsFor(m_prism->url());
        s.from.clear();
        s.messagingServiceSid = QStringLiteral("MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        TwilioSmsSender sender(s, &m_network);
        QCOMPARE(await(sender.send(kMessage)).outcome, Outcome::Accepted);
    }

    // An account SID that Twilio's description refuses is refused by Prism: a request the real API
    // would reject fails here too, and it is not retried.
    void whatTwilioWouldRefuseIsRejected()
    {
        TwilioSettings s = settingsFor(m_prism->url());
        s.accountSid = QStringLiteral("not-a-sid");
        TwilioSmsSender sender(s, &m_network);
        const Delivery d = await(sender.send(kMessage));
        QCOMPARE(d.outcome, Outcome::Rejected);
        QVERIFY(!d.reason.isEmpty());
    }

    void theRequestIsWhatTwilioDocuments()
    {
        ScriptedHttpServer server;
        server.push({201, R"({"sid":"SM123","status":"queued"})", {}, false});
        TwilioSmsSender sender(settingsFor(server.url()), &m_network);
        QCOMPARE(await(sender.send(kMessage)).providerId, QStringLiteral("SM123"));
        QCOMPARE(server.received().size(), 1);
        const auto& r = server.received().first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QByteArray("/2010-04-01/Accounts/") + kSid.toLatin1() + "/Messages.json");
        QVERIFY(r.headers.contains("authorization: basic " +
                                   (kSid + QStringLiteral(":secret-token")).toUtf8().toBase64().toLower()));
        QVERIFY(r.headers.contains("content-type: application/x-www-form-urlencoded"));
        // The plus of the number survives (QUrlQuery would have sent it as a space).
        QVERIFY2(r.body.contains("To=%2B201001234567"), r.body.constData());
        const QUrlQuery form(QString::fromUtf8(r.body));
        QCOMPARE(form.queryItemValue(QStringLiteral("Body"), QUrl::FullyDecoded), kMessage.body);
        QCOMPARE(form.queryItemValue(QStringLiteral("From"), QUrl::FullyDecoded), QStringLiteral("+15005550006"));
    }

    void providersAnswersAreHandledAsSuch_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("expectedRetryAfter");
        QTest::addColumn<QString>("reasonHas");
        QTest::newRow("400 bad number")
            << 400
            << QByteArray(
                   R"({"code":21211,"message":"The 'To' number +201001234567 is not a valid phone number.","status":400})")
            << QByteArray() << int(Outcome::Rejected) << -1 << QStringLiteral("21211");
        QTest::newRow("401 credentials") << 401 << QByteArray(R"({"code":20003,"message":"Authenticate"})")
                                         << QByteArray() << int(Outcome::Rejected) << -1
                                         << QStringLiteral("auth token");
        QTest::newRow("429 slow down") << 429 << QByteArray(R"({"code":20429,"message":"Too Many Requests"})")
                                       << QByteArray("7") << int(Outcome::RetryLater) << 7 << QStringLiteral("429");
        QTest::newRow("500") << 500 << QByteArray("oops") << QByteArray() << int(Outcome::RetryLater) << -1
                             << QStringLiteral("500");
        QTest::newRow("503 with a date") << 503 << QByteArray() << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT")
                                         << int(Outcome::RetryLater) << 0 << QStringLiteral("503");
        QTest::newRow("201 without a sid")
            << 201 << QByteArray("{}") << QByteArray() << int(Outcome::Rejected) << -1 << QStringLiteral("message id");
    }
    void providersAnswersAreHandledAsSuch()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, outcome);
        QFETCH(int, expectedRetryAfter);
        QFETCH(QString, reasonHas);
        ScriptedHttpServer server;
        ScriptedHttpServer::Answer answer{status, body, {}, false};
        if (!retryAfter.isEmpty())
            answer.headers.append({"Retry-After", retryAfter});
        server.push(answer);
        TwilioSmsSender sender(settingsFor(server.url()), &m_network);
        const Delivery d = await(sender.send(kMessage));
        QCOMPARE(int(d.outcome), outcome);
        QVERIFY2(d.reason.contains(reasonHas), qPrintable(d.reason));
        QCOMPARE(d.retryAfterSeconds.value_or(-1), expectedRetryAfter);
        // Twilio echoes the number; what Elect keeps of it is its last two digits.
        QVERIFY2(!d.reason.contains(QLatin1String("1001234567")), qPrintable(d.reason));
        QVERIFY(!d.reason.contains(QLatin1String("secret-token")));
    }

    void aServerThatNeverAnswersTimesOut()
    {
        ScriptedHttpServer server;
        server.push({0, {}, {}, true});
        TwilioSettings s = settingsFor(server.url());
        s.timeoutMs = 300;
        TwilioSmsSender sender(s, &m_network);
        const Delivery d = await(sender.send(kMessage));
        QCOMPARE(d.outcome, Outcome::RetryLater);
        QVERIFY2(d.reason.contains(QLatin1String("in time")), qPrintable(d.reason));
    }

    void aRefusedConnectionIsRetried()
    {
        const QUrl nobody(QStringLiteral("http://127.0.0.1:%1").arg(Elect::Test::freePort()));
        TwilioSmsSender sender(settingsFor(nobody), &m_network);
        const Delivery d = await(sender.send(kMessage));
        QCOMPARE(d.outcome, Outcome::RetryLater);
        QVERIFY2(d.reason.contains(QLatin1String("refused")), qPrintable(d.reason));
        const auto status = await(sender.deliveryStatus(QStringLiteral("SM1")));
        QCOMPARE(status.code(), Elect::ErrorCode::Unavailable);
    }

    void redactionKeepsOnlyTheLastTwoDigits()
    {
        QCOMPARE(redactProviderText(QStringLiteral("To +201001234567, code 1234")),
                 QStringLiteral("To +\u202667, code 1234"));
        QCOMPARE(redactProviderText(QString(400, QLatin1Char('a'))).size(), 300);
    }
};

QTEST_GUILESS_MAIN(TestTwilioSmsSender)
#include "TestTwilioSmsSender.moc"
