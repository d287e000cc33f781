#include "core/domain/Clock.h"
#include "core/integrations/file/FileTransport.h"
#include "core/service/HttpEndpoints.h"
#include "core/service/MessageTemplates.h"
#include "core/service/ProviderCheck.h"
#include "core/service/ScheduledTask.h"
#include "core/service/ServiceConfig.h"
#include "core/service/ServiceRunner.h"
#include "ProviderServers.h"
#include "Specs.h"
#include "TestPaths.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QTemporaryDir>
#include <QTest>

#include <deque>
#include <sys/stat.h>

using namespace Elect;
using namespace Elect::Service;
using Elect::Test::await;

namespace {

const char* kFullConfig = R"(# elect serve, production
[database]
uri = postgresql://elect_service@db.example.org/elect?sslmode=verify-full
password = db-secret

[http]
listen = 0.0.0.0:9090
dummy_api = true

[twilio]
account_sid = AC0123456789abcdef0123456789abcdef
auth_token = tw-secret
from = +201001234567

[smtp]
url = smtps://mail.example.org:465
username = elect
password = mail-secret
from = elections@example.org
from_name = Club Elections

[stripe]
secret_key = sk_test_abc
webhook_secrets = whsec_new, whsec_old
success_url = https://example.org/paid
cancel_url = https://example.org/cancelled

[dispatcher]
batch_size = 20
retry_base_seconds = 5
max_attempts = 3
)";

int modeOf(const QString& path)
{
    struct stat st
    {
    };
    ::stat(QFile::encodeName(path).constData(), &st);
    return int(st.st_mode & 0777);
}

// A scheduled task that counts its runs and finishes when the test says.
class CountingTask : public ScheduledTask
{
public:
    QString name() const override { return QStringLiteral("counting"); }
    int intervalSeconds() const override { return 3600; }
    QFuture<Status> runDue(const Clock&) override
    {
        ++runs;
        return QtFuture::makeReadyFuture(success());
    }
    int runs = 0;
};

QByteArray get(QNetworkAccessManager& network, const QUrl& url, int* status)
{
    QNetworkReply* reply = network.get(QNetworkRequest(url));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        reply->abort();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}

QByteArray post(QNetworkAccessManager& network, const QUrl& url, const QByteArray& signature, const QByteArray& body,
                int* status)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Stripe-Signature", signature);
    QNetworkReply* reply = network.post(request, body);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        reply->abort();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    delete reply;
    return answer;
}

} // namespace

class TestServeParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFullConfigurationIsReadKeyByKey()
    {
        const auto c = ServiceConfig::parse(QString::fromUtf8(kFullConfig), {});
        QVERIFY2(c.ok(), qPrintable(c.message()));
        QCOMPARE(c->databaseUri, QStringLiteral("postgresql://elect_service@db.example.org/elect?sslmode=verify-full"));
        QCOMPARE(c->databasePassword, QStringLiteral("db-secret"));
        QCOMPARE(c->listenAddress, QHostAddress(QStringLiteral("0.0.0.0")));
        QCOMPARE(c->listenPort, quint16(9090));
        QVERIFY(c->dummyApi);
        QCOMPARE(c->twilio->accountSid, QStringLiteral("AC0123456789abcdef0123456789abcdef"));
        QCOMPARE(c->twilio->authToken, QStringLiteral("tw-secret"));
        QCOMPARE(c->twilio->from, QStringLiteral("+201001234567"));
        QCOMPARE(c->twilio->baseUrl, QUrl(QStringLiteral("https://api.twilio.com")));
        QCOMPARE(c->smtp->server, QUrl(QStringLiteral("smtps://mail.example.org:465")));
        QCOMPARE(c->smtp->password, QStringLiteral("mail-secret"));
        QCOMPARE(c->smtp->fromName, QStringLiteral("Club Elections"));
        QCOMPARE(c->stripe->secretKey, QStringLiteral("sk_test_abc"));
        QCOMPARE(c->stripeWebhookSecrets, (QList<QByteArray>{"whsec_new", "whsec_old"}));
        QCOMPARE(c->batchSize, 20);
        QCOMPARE(c->retry.baseSeconds, 5);
        QCOMPARE(c->retry.maxAttempts, 3);
        QCOMPARE(c->retry.capSeconds, 3600);
        QVERIFY(c->smsConfigured() && c->emailConfigured());
    }

    void theEnvironmentOverridesEverySecret()
    {
        const QHash<QString, QString> env{{QStringLiteral("ELECT_SERVICE_DB_PASSWORD"), QStringLiteral("e1")},
                                          {QStringLiteral("ELECT_TWILIO_AUTH_TOKEN"), QStringLiteral("e2")},
                                          {QStringLiteral("ELECT_SMTP_PASSWORD"), QStringLiteral("e3")},
                                          {QStringLiteral("ELECT_STRIPE_SECRET_KEY"), QStringLiteral("sk_live_e4")},
                                          {QStringLiteral("ELECT_STRIPE_WEBHOOK_SECRETS"), QStringLiteral("whsec_e5")}};
        const auto c = ServiceConfig::parse(QString::fromUtf8(kFullConfig), env);
        QVERIFY2(c.ok(), qPrintable(c.message()));
        QCOMPARE(c->databasePassword, QStringLiteral("e1"));
        QCOMPARE(c->twilio->authToken, QStringLiteral("e2"));
        QCOMPARE(c->smtp->password, QStringLiteral("e3"));
        QCOMPARE(c->stripe->secretKey, QStringLiteral("sk_live_e4"));
        QCOMPARE(c->stripeWebhookSecrets, QList<QByteArray>{"whsec_e5"});
    }

    void aWrongConfigurationSaysWhereAndWhat_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("unknown section") << "[paypal]\nkey = x\n"
                                         << "Line 1: unknown section [paypal]";
        QTest::newRow("unknown key") << "[smtp]\nurl = smtps://m.example.org\nfrom = a@b.org\nport = 25\n"
                                     << "Line 4: [smtp] has no key \"port\"";
        QTest::newRow("twice") << "[http]\nlisten = 127.0.0.1:1\nlisten = 127.0.0.1:2\n"
                               << "Line 3";
        QTest::newRow("outside a section") << "uri = x\n"
                                           << "Line 1 is neither";
        QTest::newRow("bad listen") << "[http]\nlisten = everywhere\n"
                                    << "ADDRESS:PORT";
        QTest::newRow("twilio without token")
            << "[twilio]\naccount_sid = AC0123456789abcdef0123456789abcdef\nfrom = +201001234567\n"
            << "auth_token";
        QTest::newRow("twilio bad sid") << "[twilio]\naccount_sid = AC12\nauth_token = t\nfrom = +2010\n"
                                        << "account_sid";
        QTest::newRow("twilio from and service")
            << "[twilio]\naccount_sid = AC0123456789abcdef0123456789abcdef\nauth_token = t\nfrom = +2010\n"
               "messaging_service_sid = MG1\n"
            << "exactly one";
        QTest::newRow("twilio over plain http to another host")
            << "[twilio]\naccount_sid = AC0123456789abcdef0123456789abcdef\nauth_token = t\nfrom = +2010\n"
               "base_url = http://api.twilio.com\n"
            << "https://";
        QTest::newRow("stripe without webhook secret")
            << "[stripe]\nsecret_key = sk_test_1\nsuccess_url = https://a.org/s\ncancel_url = https://a.org/c\n"
            << "webhook_secrets";
        QTest::newRow("stripe wrong webhook secret") << "[stripe]\nsecret_key = sk_test_1\nwebhook_secrets = abc\n"
                                                     << "whsec_";
        QTest::newRow("smtp plain url") << "[smtp]\nurl = http://mail.example.org\nfrom = a@b.org\n"
                                        << "smtps://";
        QTest::newRow("smtp user without password")
            << "[smtp]\nurl = smtps://m.example.org\nfrom = a@b.org\nusername = u\n"
            << "no password";
        QTest::newRow("batch out of range") << "[dispatcher]\nbatch_size = 0\n"
                                            << "from 1 to 1000";
        QTest::newRow("flag") << "[http]\ndummy_api = yes\n"
                              << "true or false";
        QTest::newRow("cap below base") << "[dispatcher]\nretry_base_seconds = 60\nretry_cap_seconds = 30\n"
                                        << "retry_cap_seconds";
    }
    void aWrongConfigurationSaysWhereAndWhat()
    {
        QFETCH(QString, text);
        QFETCH(QString, fragment);
        const auto c = ServiceConfig::parse(text, {});
        QVERIFY(!c.ok());
        QCOMPARE(c.code(), ErrorCode::InvalidInput);
        QVERIFY2(c.message().contains(fragment), qPrintable(c.message()));
        // No secret is repeated in a message.
        QVERIFY(!c.message().contains(QLatin1String("sk_test_1")));
    }

    // The example shipped in the packages runs once its secrets come from the environment.
    void theShippedExampleParses()
    {
        QFile example(QStringLiteral(ELECT_SOURCE_DIR "/installer/serve.conf.example"));
        QVERIFY(example.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(example.readAll());
        QCOMPARE(ServiceConfig::parse(text, {}).code(), ErrorCode::InvalidInput); // no Twilio token yet
        const QHash<QString, QString> env{
            {QStringLiteral("ELECT_TWILIO_AUTH_TOKEN"), QStringLiteral("t")},
            {QStringLiteral("ELECT_SMTP_PASSWORD"), QStringLiteral("p")},
            {QStringLiteral("ELECT_STRIPE_SECRET_KEY"), QStringLiteral("sk_live_x")},
            {QStringLiteral("ELECT_STRIPE_WEBHOOK_SECRETS"), QStringLiteral("whsec_a,whsec_b")}};
        const auto c = ServiceConfig::parse(text, env);
        QVERIFY2(c.ok(), qPrintable(c.message()));
        QVERIFY(c->twilio && c->smtp && c->stripe);
        QCOMPARE(c->stripeWebhookSecrets.size(), 2);
        QVERIFY(c->fileTransport.isEmpty());
    }

    void aConfigurationOthersMayReadIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("serve.conf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[transport]\nfile = /tmp/x\n");
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        const auto refused = ServiceConfig::load(path, {});
        QCOMPARE(refused.code(), ErrorCode::NotAllowed);
        QVERIFY2(refused.message().contains(QLatin1String("chmod 600")), qPrintable(refused.message()));
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const auto loaded = ServiceConfig::load(path, {});
        QVERIFY2(loaded.ok(), qPrintable(loaded.message()));
        QCOMPARE(loaded->fileTransport, QStringLiteral("/tmp/x"));
        QCOMPARE(ServiceConfig::load(dir.filePath(QStringLiteral("missing.conf")), {}).code(), ErrorCode::NotFound);
    }

    // The demo's transport: the messages are in the file, which only its owner may read.
    void theFileTransportWritesPrivately()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("messages.txt"));
        QFile pre(path);
        QVERIFY(pre.open(QIODevice::WriteOnly));
        pre.close();
        QVERIFY(pre.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        auto transport = Integrations::FileTransport::open(path);
        QVERIFY2(transport.ok(), qPrintable(transport.message()));
        QCOMPARE(modeOf(path), 0600);
        const auto sms = await((*transport)
                                   ->send(Integrations::SmsMessage{QStringLiteral("+201001234567"),
                                                                   QStringLiteral("Your Elect code is 123456")}));
        QCOMPARE(sms.outcome, Integrations::Delivery::Outcome::Accepted);
        Integrations::EmailMessage mail;
        mail.to = QStringLiteral("owner@club.example.org");
        mail.subject = QStringLiteral("تحقق");
        mail.textBody = QStringLiteral("token ABCD");
        mail.language = QStringLiteral("ar");
        QCOMPARE(await((*transport)->send(mail)).outcome, Integrations::Delivery::Outcome::Accepted);
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(written.readAll());
        QVERIFY(text.contains(QLatin1String("to +201001234567\nYour Elect code is 123456")));
        QVERIFY(text.contains(QStringLiteral("Subject: تحقق")));
        QVERIFY(text.contains(QLatin1String("token ABCD")));
        QVERIFY(text.indexOf(QLatin1String("=== SMS")) < text.indexOf(QLatin1String("=== EMAIL")));

        // A link planted where the file should be is not followed.
        const QString link = dir.filePath(QStringLiteral("link.txt"));
        QVERIFY(QFile::link(path, link));
        QVERIFY(!Integrations::FileTransport::open(link).ok());
    }

    void theEndpointsRouteAndRefuse()
    {
        HttpEndpoints endpoints;
        auto port = endpoints.listen(QHostAddress::LocalHost, 0);
        QVERIFY2(port.ok(), qPrintable(port.message()));
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(*port);
        QNetworkAccessManager network;
        int status = 0;
        QCOMPARE(get(network, QUrl(base + QStringLiteral("/health")), &status), QByteArray("ok\n"));
        QCOMPARE(status, 200);
        // Nothing configured: both say so instead of pretending.
        post(network, QUrl(base + QStringLiteral("/stripe/webhook")), "t=1,v1=00", "{}", &status);
        QCOMPARE(status, 404);
        get(network, QUrl(base + QStringLiteral("/dummy/7/voters/29001011234567")), &status);
        QCOMPARE(status, 404);

        QByteArray seenSignature, seenBody;
        endpoints.setStripeWebhook([&](const QByteArray& signature, const QByteArray& body) {
            seenSignature = signature;
            seenBody = body;
            return HttpReply{400, "{\"error\":\"no\"}"};
        });
        qint64 seenOrganization = 0;
        QString seenId;
        endpoints.setDummyEligibility([&](qint64 organization, const QString& id) {
            seenOrganization = organization;
            seenId = id;
            return HttpReply{200, "{\"eligible\":false}"};
        });
        QCOMPARE(
            post(network, QUrl(base + QStringLiteral("/stripe/webhook")), "t=5,v1=ab", "{\"id\":\"evt_1\"}", &status),
            QByteArray("{\"error\":\"no\"}"));
        QCOMPARE(status, 400);
        QCOMPARE(seenSignature, QByteArray("t=5,v1=ab"));
        QCOMPARE(seenBody, QByteArray("{\"id\":\"evt_1\"}"));
        QCOMPARE(get(network, QUrl(base + QStringLiteral("/dummy/7/voters/29001011234567")), &status),
                 QByteArray("{\"eligible\":false}"));
        QCOMPARE(status, 200);
        QCOMPARE(seenOrganization, qint64(7));
        QCOMPARE(seenId, QStringLiteral("29001011234567"));
        // A body too large for any Stripe event never reaches the handler.
        seenBody.clear();
        post(network, QUrl(base + QStringLiteral("/stripe/webhook")), "t=5,v1=ab", QByteArray(300 * 1024, 'x'),
             &status);
        QCOMPARE(status, 413);
        QVERIFY(seenBody.isEmpty());
        // A GET on the webhook is not a route.
        get(network, QUrl(base + QStringLiteral("/stripe/webhook")), &status);
        QCOMPARE(status, 404);
    }

    // --once: passes until nothing is due, the tasks once, passes again (a task may have written
    // messages), then finished.
    void runOnceDrainsRunsTasksAndDrainsAgain()
    {
        std::deque<int> passes{50, 50, 3, 0, 2, 0};
        int calls = 0;
        CountingTask task;
        ServiceRunner runner(
            [&] {
                ++calls;
                const int n = passes.empty() ? 0 : passes.front();
                if (!passes.empty())
                    passes.pop_front();
                return QtFuture::makeReadyFuture(n);
            },
            {&task}, Clock::system(), 60000);
        bool finished = false;
        connect(&runner, &ServiceRunner::finished, this, [&] { finished = true; });
        runner.runOnce();
        QVERIFY(QTest::qWaitFor([&] { return finished; }, 5000));
        QCOMPARE(calls, 6);
        QCOMPARE(task.runs, 1);
        QCOMPARE(runner.messagesHandled(), qint64(105));
    }

    // stop() waits for the pass in flight: SIGTERM never cuts a send short.
    void stopWaitsForTheWorkInFlight()
    {
        auto promise = std::make_shared<QPromise<int>>();
        int calls = 0;
        ServiceRunner runner(
            [&] {
                ++calls;
                promise->start();
                return promise->future();
            },
            {}, Clock::system(), 60000);
        bool finished = false;
        connect(&runner, &ServiceRunner::finished, this, [&] { finished = true; });
        runner.start();
        QCOMPARE(calls, 1);
        runner.stop();
        QTest::qWait(100);
        QVERIFY(!finished);
        promise->addResult(4);
        promise->finish();
        QVERIFY(QTest::qWaitFor([&] { return finished; }, 5000));
        QCOMPARE(calls, 1); // nothing new after stop, though the pass found work
        QCOMPARE(runner.messagesHandled(), qint64(4));
    }

    // The catalogue shipped with Elect writes the messages in Arabic: serve loads it, every template is
    // translated (a missing one would go out in English).
    void theShippedCatalogueWritesArabicMessages()
    {
        MessageTemplates templates;
        QVERIFY(templates.loadBuiltInLanguage(QStringLiteral("ar")));
        QCOMPARE(templates.languageFor(QStringLiteral("ar")), QStringLiteral("ar"));
        const auto isArabic = [](const QString& text) {
            int arabic = 0, latin = 0;
            for (const QChar c : text) {
                if (c.script() == QChar::Script_Arabic)
                    ++arabic;
                else if (c.script() == QChar::Script_Latin)
                    ++latin;
            }
            return arabic > latin;
        };
        const QList<Integrations::EmailMessage> mails{
            templates.verifyEmail(QStringLiteral("ar"), QStringLiteral("أمل"), QStringLiteral("ABCD-EFGH")),
            templates.resetPassword(QStringLiteral("ar"), QStringLiteral("أمل"), QStringLiteral("ABCD-EFGH")),
            templates.organizationDecision(QStringLiteral("ar"), QStringLiteral("أمل"), QStringLiteral("نادي النيل"),
                                           true, {}),
            templates.organizationDecision(QStringLiteral("ar"), QStringLiteral("أمل"), QStringLiteral("نادي النيل"),
                                           false, QStringLiteral("بيانات ناقصة"))};
        for (const auto& m : mails) {
            QVERIFY2(isArabic(m.subject), qPrintable(m.subject));
            QVERIFY2(isArabic(m.textBody), qPrintable(m.textBody));
            QCOMPARE(m.language, QStringLiteral("ar"));
            QVERIFY(m.htmlBody.contains(QLatin1String("dir=\"rtl\"")));
        }
        QVERIFY(mails.at(0).textBody.contains(QLatin1String("ABCD-EFGH")));
        const QString sms = templates.voterCodeSms(QStringLiteral("ar"), QStringLiteral("123456"));
        QVERIFY2(isArabic(sms) && sms.contains(QLatin1String("123456")), qPrintable(sms));
        const QString reminder = templates.voterReminderSms(QStringLiteral("ar"), QStringLiteral("انتخابات المجلس"),
                                                            QDateTime(QDate(2026, 11, 30), QTime(17, 0), Qt::UTC));
        QVERIFY2(isArabic(reminder) && reminder.contains(QStringLiteral("نوفمبر")), qPrintable(reminder));
    }

    void serveCheckSaysWhatIsWrong()
    {
        QNetworkAccessManager network;
        Integrations::TwilioSettings twilio;
        twilio.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
        twilio.authToken = QStringLiteral("tw-secret");
        twilio.timeoutMs = 5000;
        // Nobody listens: unreachable, and the sentence names where.
        twilio.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(Test::freePort()));
        CheckLine line = await(checkTwilio(twilio, &network));
        QVERIFY(!line.ok);
        QVERIFY2(line.sentence.contains(QLatin1String("cannot be reached at http://127.0.0.1")),
                 qPrintable(line.sentence));
        // Refused credentials.
        Test::ScriptedHttpServer refusing;
        refusing.push({401, "{\"code\":20003,\"message\":\"Authenticate\"}", {}, false});
        twilio.baseUrl = refusing.url();
        line = await(checkTwilio(twilio, &network));
        QVERIFY(!line.ok);
        QVERIFY2(line.sentence.contains(QLatin1String("refused the credentials")), qPrintable(line.sentence));
        QVERIFY(!line.sentence.contains(QLatin1String("tw-secret")));
        QCOMPARE(refusing.received().first().path,
                 QByteArray("/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json?PageSize=1"));
        QVERIFY(refusing.received().first().headers.contains("authorization: basic "));
        // Stripe: 404 for the made-up session means the key is accepted.
        Test::ScriptedHttpServer stripe;
        stripe.push({404, "{\"error\":{\"message\":\"No such checkout.session\"}}", {}, false});
        Integrations::StripeSettings st;
        st.baseUrl = stripe.url();
        st.secretKey = QStringLiteral("sk_test_abc");
        line = await(checkStripe(st, &network));
        QVERIFY2(line.ok, qPrintable(line.sentence));
        QVERIFY(line.sentence.contains(QLatin1String("test mode")));
        stripe.push({401, "{}", {}, false});
        QVERIFY(!await(checkStripe(st, &network)).ok);
    }

    // Against the providers' own descriptions, the checks are requests the real APIs accept.
    void serveCheckPassesAgainstTheProvidersDescriptions()
    {
        ELECT_REQUIRE_SPECS(Test::specsDir());
        Test::PrismServer twilioPrism(QStringLiteral("twilio-sms-verify.json"));
        QVERIFY2(twilioPrism.started(), qPrintable(twilioPrism.why()));
        Test::PrismServer stripePrism(QStringLiteral("stripe-checkout.prism.json"));
        QVERIFY2(stripePrism.started(), qPrintable(stripePrism.why()));
        QNetworkAccessManager network;
        Integrations::TwilioSettings twilio;
        twilio.baseUrl = twilioPrism.url();
        twilio.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
        twilio.authToken = QStringLiteral("tw-secret");
        const CheckLine t = await(checkTwilio(twilio, &network));
        QVERIFY2(t.ok, qPrintable(t.sentence));
        Integrations::StripeSettings st;
        st.baseUrl = stripePrism.url();
        st.secretKey = QStringLiteral("sk_test_abc");
        const CheckLine s = await(checkStripe(st, &network));
        QVERIFY2(s.ok, qPrintable(s.sentence));
    }

    void serveCheckSignsInToTheMailServer()
    {
        Test::MaildevServer maildev(QStringLiteral("elect"), QStringLiteral("mail-pass"));
        QVERIFY2(maildev.started(), qPrintable(maildev.why()));
        Integrations::SmtpSettings s;
        s.server = maildev.smtpUrl();
        s.fromAddress = QStringLiteral("no-reply@elect.example.org");
        s.allowPlaintextOnLoopback = true;
        s.username = QStringLiteral("elect");
        s.password = QStringLiteral("mail-pass");
        CheckLine line = await(checkSmtp(s));
        QVERIFY2(line.ok, qPrintable(line.sentence));
        s.password = QStringLiteral("wrong");
        line = await(checkSmtp(s));
        QVERIFY(!line.ok);
        QVERIFY2(line.sentence.contains(QLatin1String("refused")), qPrintable(line.sentence));
        // Nothing was sent by either check.
        QCOMPARE(maildev.get(QStringLiteral("/api/email")), QByteArray("[]"));
    }
};

QTEST_GUILESS_MAIN(TestServeParts)
#include "TestServeParts.moc"
