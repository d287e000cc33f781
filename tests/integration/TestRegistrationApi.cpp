#include "core/db/AccountRepository.h"
#include "core/domain/Clock.h"
#include "core/integrations/file/FileTransport.h"
#include "core/service/Dispatcher.h"
#include "core/service/EmailTokenHandler.h"
#include "core/service/HttpEndpoints.h"
#include "core/service/MessageTemplates.h"
#include "core/service/RegistrationApi.h"
#include "core/service/RegistrationAttemptEmailHandler.h"
#include "core/service/RegistrationClient.h"
#include "ProviderServers.h"
#include "Sql.h"
#include "TestCluster.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace Elect;
using namespace Elect::Service;
using Test::attempt;
using Test::scalar;

// The registration API of `elect serve` (issue 9, item 2), against a real cluster and a real HTTP endpoint on
// 127.0.0.1, tried as the attacker who used to hold the public registrar login: flooding registrations and
// resets, guessing verification codes, telling which emails have accounts, spoofing X-Forwarded-For, sending
// weak passwords and junk from a modified client. And the registrar itself can no longer log in.
class TestRegistrationApi : public QObject
{
    Q_OBJECT

    struct Answer
    {
        int status = 0;
        QByteArray body;
        QByteArray retryAfter;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QString key() const { return json().value(QStringLiteral("error")).toString(); }
    };

    std::unique_ptr<Test::TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    std::unique_ptr<Database> m_service;
    DemoSeeder::Account m_sysadmin;
    // One endpoint that trusts 127.0.0.1 as its proxy (so each test plays its own client addresses through
    // X-Forwarded-For), one that trusts nobody.
    std::unique_ptr<RegistrationApi> m_behindProxy, m_direct;
    HttpEndpoints m_proxied, m_plain;
    QUrl m_proxiedUrl, m_plainUrl;
    QNetworkAccessManager m_network;
    int m_next = 0;

    static constexpr const char* kStrong = "Orchard-Velvet-Compass-83";

    QString sql(const QString& statement) { return scalar(*m_super, statement); }

    Answer post(const QUrl& base, const QString& route, const QByteArray& body, const QByteArray& forwardedFor = {},
                const QByteArray& contentType = "application/json")
    {
        QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/api/auth/") + route)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!forwardedFor.isEmpty())
            request.setRawHeader("X-Forwarded-For", forwardedFor);
        QNetworkReply* reply = m_network.post(request, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                 reply->rawHeader("Retry-After")};
        reply->deleteLater();
        return a;
    }
    Answer post(const QString& route, const QJsonObject& body, const QByteArray& forwardedFor)
    {
        return post(m_proxiedUrl, route, QJsonDocument(body).toJson(QJsonDocument::Compact), forwardedFor);
    }
    static QJsonObject registration(const QString& email, const QString& organization,
                                    const QString& password = QLatin1String(kStrong))
    {
        return {{QStringLiteral("email"), email},
                {QStringLiteral("password"), password},
                {QStringLiteral("first_name"), QStringLiteral("Rana")},
                {QStringLiteral("last_name"), QStringLiteral("Adel")},
                {QStringLiteral("organization_name"), organization},
                {QStringLiteral("country"), QStringLiteral("EG")}};
    }
    // A client address of its own for each test (documentation range 198.51.100.0/24, then 203.0.113.0/24).
    QByteArray freshAddress()
    {
        ++m_next;
        return QStringLiteral("%1.%2")
            .arg(m_next < 250 ? QStringLiteral("198.51.100") : QStringLiteral("203.0.113"))
            .arg(m_next % 250)
            .toLatin1();
    }
    QString outboxCount(const QString& kind, const QString& email)
    {
        return sql(QStringLiteral("SELECT count(*) FROM elect.outbox o JOIN elect.users u ON u.id = "
                                  "(o.payload->>'user_id')::bigint WHERE o.kind = '%1' AND u.email = '%2'")
                       .arg(kind, email));
    }
    static void startEndpoint(HttpEndpoints& http, RegistrationApi& api, QUrl& url)
    {
        http.setRegistration([&api](const HttpEndpoints::ApiRequest& r) {
            return api.begin(r.route, r.peer, r.forwardedFor, r.contentType, r.body);
        });
        const auto port = http.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<Test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        m_super = Test::rawConnect(m_cluster->superuser());
        QVERIFY(m_super);
        const auto demo = Test::seedDemo(*m_cluster);
        QVERIFY2(demo.ok(), qPrintable(demo.message()));
        m_sysadmin = Test::demoAccount(demo->accounts, QStringLiteral("System admin"));
        m_service = m_cluster->connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
        QVERIFY(m_service);
        m_behindProxy = std::make_unique<RegistrationApi>(
            *m_service, QList<RegistrationApi::Subnet>{QHostAddress::parseSubnet(QStringLiteral("127.0.0.1/32"))});
        m_direct = std::make_unique<RegistrationApi>(*m_service, QList<RegistrationApi::Subnet>{});
        startEndpoint(m_proxied, *m_behindProxy, m_proxiedUrl);
        startEndpoint(m_plain, *m_direct, m_plainUrl);
    }

    // The registrar's login, whose password was published, is refused; the role keeps no password.
    void theRegistrarCannotLogIn()
    {
        QString why;
        QVERIFY(!Test::rawConnect(m_cluster->as(QStringLiteral("elect_registrar"), QStringLiteral("elect-registrar")),
                                  &why));
        QVERIFY2(why.contains(QLatin1String("not permitted to log in")) ||
                     why.contains(QLatin1String("authentication")),
                 qPrintable(why));
        QCOMPARE(sql(QStringLiteral("SELECT rolcanlogin::text || '|' || (rolpassword IS NULL)::text FROM pg_authid "
                                    "WHERE rolname = 'elect_registrar'")),
                 QStringLiteral("false|true"));
        QCOMPARE(sql(QStringLiteral("SELECT has_database_privilege('elect_registrar', current_database(), 'CONNECT')")),
                 QStringLiteral("f"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pg_proc WHERE pronamespace = 'elect'::regnamespace AND "
                                    "has_function_privilege('elect_registrar', oid, 'EXECUTE')")),
                 QStringLiteral("0"));
    }

    // The whole path: register, the verification email (sent by serve's handler to the file transport), the
    // code typed back as a person would, acceptance, and the owner signs in with the password sent once.
    void registerThenVerifyThenTheOwnerIsAccepted()
    {
        const QString email = QStringLiteral("rana@chess-club.example");
        const Answer registered =
            post(QStringLiteral("register"), registration(email, QStringLiteral("Chess Club")), freshAddress());
        QCOMPARE(registered.status, 202);
        QCOMPARE(registered.json().value(QStringLiteral("status")).toString(), QStringLiteral("check_your_email"));
        QCOMPARE(
            sql(QStringLiteral("SELECT rolpassword LIKE 'SCRAM-SHA-256$4096:%' FROM pg_authid WHERE rolname = '%1'")
                    .arg(loginRoleForEmail(email))),
            QStringLiteral("t"));

        QTemporaryDir dir;
        auto file = Integrations::FileTransport::open(dir.filePath(QStringLiteral("messages.txt")));
        QVERIFY(file.ok());
        MessageTemplates templates;
        TestClock clock{QDateTime::currentDateTimeUtc()};
        Dispatcher dispatcher(*m_service, RetryPolicy{}, clock, [] { return 0.5; });
        dispatcher.addHandler(std::make_unique<EmailTokenHandler>(EmailTokenHandler::Purpose::VerifyEmail, *m_service,
                                                                  **file, templates));
        QVERIFY(Test::await(dispatcher.runOnce(50, 60)) >= 1);
        QFile sent(dir.filePath(QStringLiteral("messages.txt")));
        QVERIFY(sent.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(sent.readAll());
        static const QRegularExpression tokenRe(QStringLiteral("[A-Z2-7]{4}(?:-[A-Z2-7]{4}){12}"));
        const QString token = tokenRe.match(text.mid(text.indexOf(email))).captured(0);
        QVERIFY2(!token.isEmpty(), qPrintable(text.left(400)));

        const QByteArray address = freshAddress();
        const QString typed = token.toLower().replace(u'-', u' ');
        const Answer verified = post(QStringLiteral("verify-email"), {{QStringLiteral("token"), typed}}, address);
        QCOMPARE(verified.status, 200);
        QCOMPARE(verified.json().value(QStringLiteral("status")).toString(), QStringLiteral("email_verified"));
        const Answer again = post(QStringLiteral("verify-email"), {{QStringLiteral("token"), token}}, address);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.key(), QStringLiteral("token_invalid")); // single use

        auto admin = m_cluster->connect(m_sysadmin.loginRole, m_sysadmin.password);
        QVERIFY(admin);
        const qint64 id =
            sql(QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Chess Club'")).toLongLong();
        QVERIFY(AccountRepository(*admin).acceptOrganization(id).ok());
        auto owner = m_cluster->connect(loginRoleForEmail(email), QLatin1String(kStrong));
        QVERIFY(owner);
        QCOMPARE(AccountRepository(*owner).whoAmI()->organizationName, QStringLiteral("Chess Club"));
    }

    // A taken email answers exactly as a new one: same status and the same bytes. Nothing is created; the
    // address's owner is told by email instead.
    void aTakenEmailAnswersExactlyLikeANewOne()
    {
        const QString taken = QStringLiteral("owner@nile-rowing.example");
        const QString before = outboxCount(QStringLiteral("registration_attempt"), taken);
        const Answer fresh =
            post(QStringLiteral("register"),
                 registration(QStringLiteral("someone@new-club.example"), QStringLiteral("New Club")), freshAddress());
        const Answer existing =
            post(QStringLiteral("register"),
                 registration(QStringLiteral("  OWNER@nile-rowing.example"), QStringLiteral("Squatter Club")),
                 freshAddress());
        QCOMPARE(existing.status, fresh.status);
        QCOMPARE(existing.body, fresh.body);
        QCOMPARE(existing.retryAfter, fresh.retryAfter);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.organizations WHERE name = 'Squatter Club'")),
                 QStringLiteral("0"));
        QCOMPARE(outboxCount(QStringLiteral("registration_attempt"), taken), QString::number(before.toInt() + 1));

        // The email that goes out says what happened, to the address's owner only.
        QTemporaryDir dir;
        auto file = Integrations::FileTransport::open(dir.filePath(QStringLiteral("messages.txt")));
        QVERIFY(file.ok());
        MessageTemplates templates;
        const qint64 outboxId =
            sql(QStringLiteral("SELECT max(id) FROM elect.outbox WHERE kind = 'registration_attempt'")).toLongLong();
        OutboxMessage message;
        message.id = outboxId;
        message.kind = QStringLiteral("registration_attempt");
        message.payload =
            QJsonDocument::fromJson(
                sql(QStringLiteral("SELECT payload FROM elect.outbox WHERE id = %1").arg(outboxId)).toUtf8())
                .object();
        RegistrationAttemptEmailHandler handler(*m_service, **file, templates);
        QCOMPARE(Test::await(handler.handle(message)).outcome, Integrations::Delivery::Outcome::Accepted);
        QFile sent(dir.filePath(QStringLiteral("messages.txt")));
        QVERIFY(sent.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(sent.readAll());
        QVERIFY2(text.contains(taken) && text.contains(QStringLiteral("Someone tried to register")), qPrintable(text));

        // Forgot-password and resend-verification answer the same for an account and for nobody.
        for (const QString& route : {QStringLiteral("forgot-password"), QStringLiteral("resend-verification")}) {
            const Answer known = post(route, {{QStringLiteral("email"), taken}}, freshAddress());
            const Answer unknown =
                post(route, {{QStringLiteral("email"), QStringLiteral("nobody@nowhere.example")}}, freshAddress());
            QCOMPARE(known.status, 202);
            QCOMPARE(known.body, unknown.body);
        }
    }

    // The sixth registration from one address within the hour: 429 with Retry-After. Another address still
    // registers.
    void theSixthRegistrationFromOneAddressWaits()
    {
        const QByteArray address = freshAddress();
        for (int i = 1; i <= 5; ++i) {
            const Answer a = post(
                QStringLiteral("register"),
                registration(QStringLiteral("flood%1@flood.example").arg(i), QStringLiteral("Flood Club %1").arg(i)),
                address);
            QCOMPARE(a.status, 202);
        }
        const Answer sixth =
            post(QStringLiteral("register"),
                 registration(QStringLiteral("flood6@flood.example"), QStringLiteral("Flood Club 6")), address);
        QCOMPARE(sixth.status, 429);
        QCOMPARE(sixth.key(), QStringLiteral("rate_limited"));
        const int wait = sixth.retryAfter.toInt();
        QVERIFY2(wait > 0 && wait <= 3600, sixth.retryAfter.constData());
        QCOMPARE(sixth.json().value(QStringLiteral("retry_after")).toInt(), wait);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.organizations WHERE name LIKE 'Flood Club %'")),
                 QStringLiteral("5"));
        const Answer other =
            post(QStringLiteral("register"),
                 registration(QStringLiteral("flood6@flood.example"), QStringLiteral("Flood Club 6")), freshAddress());
        QCOMPARE(other.status, 202);
    }

    // Someone else's email, flooded with resets from many addresses: three reset emails an hour at most.
    void aPasswordResetFloodForSomeoneElseIsCapped()
    {
        const QString victim = QStringLiteral("secretary@nile-rowing.example");
        const QString before = outboxCount(QStringLiteral("reset_password"), victim);
        int limited = 0;
        for (int i = 0; i < 12; ++i) {
            const Answer a =
                post(QStringLiteral("forgot-password"), {{QStringLiteral("email"), victim}}, freshAddress());
            QVERIFY(a.status == 202 || a.status == 429);
            limited += a.status == 429 ? 1 : 0;
        }
        QCOMPARE(limited, 9);
        QCOMPARE(outboxCount(QStringLiteral("reset_password"), victim), QString::number(before.toInt() + 3));
        // And from one address, for many emails: ten an hour.
        const QByteArray address = freshAddress();
        int accepted = 0;
        for (int i = 0; i < 13; ++i)
            accepted += post(QStringLiteral("forgot-password"),
                             {{QStringLiteral("email"), QStringLiteral("n%1@nowhere.example").arg(i)}}, address)
                                    .status == 202
                            ? 1
                            : 0;
        QCOMPARE(accepted, 10);
    }

    // Guessing verification codes: ten tries per address every 15 minutes, then 429 (and the codes are 32
    // random bytes: ten guesses are worth nothing).
    void guessingVerificationCodesIsCapped()
    {
        const QByteArray address = freshAddress();
        for (int i = 0; i < 10; ++i) {
            const Answer a = post(
                QStringLiteral("verify-email"),
                {{QStringLiteral("token"), QStringLiteral("AAAA-BBBB-%1").arg(i, 4, 10, QLatin1Char('2'))}}, address);
            QCOMPARE(a.status, 400);
            QCOMPARE(a.key(), QStringLiteral("token_invalid"));
        }
        const Answer eleventh =
            post(QStringLiteral("verify-email"), {{QStringLiteral("token"), QStringLiteral("x")}}, address);
        QCOMPARE(eleventh.status, 429);
        QVERIFY(eleventh.retryAfter.toInt() > 0 && eleventh.retryAfter.toInt() <= 900);
        for (int i = 0; i < 10; ++i)
            post(QStringLiteral("reset-password"),
                 {{QStringLiteral("token"), QStringLiteral("x")}, {QStringLiteral("password"), QLatin1String(kStrong)}},
                 address);
        QCOMPARE(
            post(QStringLiteral("reset-password"),
                 {{QStringLiteral("token"), QStringLiteral("x")}, {QStringLiteral("password"), QLatin1String(kStrong)}},
                 address)
                .status,
            429);
    }

    // X-Forwarded-For from a peer that is not a trusted proxy is ignored: every request counts against the
    // peer, whatever address it claims.
    void xForwardedForFromAnUntrustedPeerIsIgnored()
    {
        int accepted = 0;
        for (int i = 0; i < 6; ++i) {
            const Answer a = post(m_plainUrl, QStringLiteral("register"),
                                  QJsonDocument(registration(QStringLiteral("spoof%1@spoof.example").arg(i),
                                                             QStringLiteral("Spoof Club %1").arg(i)))
                                      .toJson(QJsonDocument::Compact),
                                  freshAddress());
            accepted += a.status == 202 ? 1 : 0;
        }
        QCOMPARE(accepted, 5);
        const QList<RegistrationApi::Subnet> proxies{QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8"))};
        const QHostAddress peer(QStringLiteral("192.0.2.9"));
        QCOMPARE(RegistrationApi::clientAddress(peer, "198.51.100.1", proxies), peer);
        QCOMPARE(RegistrationApi::clientAddress(QHostAddress(QStringLiteral("10.1.2.3")),
                                                "1.2.3.4, 198.51.100.1, 10.9.9.9", proxies),
                 QHostAddress(QStringLiteral("198.51.100.1")));
        QCOMPARE(RegistrationApi::clientAddress(QHostAddress(QStringLiteral("10.1.2.3")), "not-an-address", proxies),
                 QHostAddress(QStringLiteral("10.1.2.3")));
        QCOMPARE(RegistrationApi::addressKey(QHostAddress(QStringLiteral("2001:db8:1:2:3:4:5:6"))),
                 QStringLiteral("2001:db8:1:2::/64"));
        QCOMPARE(RegistrationApi::addressKey(QHostAddress(QStringLiteral("::ffff:192.0.2.1"))),
                 QStringLiteral("192.0.2.1"));
    }

    // A modified client sends a weak password: serve refuses it with the estimator's advice; nothing is made.
    void aWeakPasswordIsRefusedByTheServer()
    {
        const QByteArray address = freshAddress();
        for (const QString& weak :
             {QStringLiteral("password1"), QStringLiteral("weak@club.example"), QStringLiteral("WeakClub2026")}) {
            const Answer a =
                post(QStringLiteral("register"),
                     registration(QStringLiteral("weak@club.example"), QStringLiteral("Weak Club"), weak), address);
            QVERIFY2(a.status == 400, qPrintable(weak));
            QCOMPARE(a.key(), QStringLiteral("password_weak"));
            QVERIFY(!a.json().value(QStringLiteral("message")).toString().isEmpty());
            QVERIFY(a.json().value(QStringLiteral("suggestions")).isArray());
        }
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.users WHERE email = 'weak@club.example'")),
                 QStringLiteral("0"));
        const Answer reset = post(
            QStringLiteral("reset-password"),
            {{QStringLiteral("token"), QStringLiteral("x")}, {QStringLiteral("password"), QStringLiteral("12345678")}},
            address);
        QCOMPARE(reset.key(), QStringLiteral("password_weak"));
    }

    void malformedAndOversizedRequestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("key");
        const QByteArray json = "application/json";
        QTest::newRow("not json") << QByteArray("{\"email\": ") << json << 400 << QStringLiteral("not_json");
        QTest::newRow("an array") << QByteArray("[\"a@b.example\"]") << json << 400 << QStringLiteral("not_json");
        QTest::newRow("unknown field") << QByteArray(R"({"email":"a@b.example","admin":true})") << json << 400
                                       << QStringLiteral("unknown_field");
        QTest::newRow("missing field") << QByteArray("{}") << json << 400 << QStringLiteral("missing_field");
        QTest::newRow("wrong type") << QByteArray(R"({"email":["a@b.example"]})") << json << 400
                                    << QStringLiteral("wrong_type");
        QTest::newRow("too long") << (QByteArray(R"({"email":")") + QByteArray(300, 'a') + "\"}") << json << 400
                                  << QStringLiteral("too_long");
        QTest::newRow("oversized") << (QByteArray(R"({"email":")") + QByteArray(17 * 1024, 'a') + "\"}") << json << 413
                                   << QStringLiteral("body_too_large");
        QTest::newRow("form") << QByteArray("email=a%40b.example") << QByteArray("application/x-www-form-urlencoded")
                              << 415 << QStringLiteral("not_json");
    }
    void malformedAndOversizedRequestsAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, key);
        const Answer a = post(m_proxiedUrl, QStringLiteral("forgot-password"), body, freshAddress(), contentType);
        QCOMPARE(a.status, status);
        QCOMPARE(a.key(), key);
        QVERIFY(!a.json().value(QStringLiteral("message")).toString().isEmpty());
    }

    // Many serves, one bucket: the limit holds exactly under concurrency (INSERT ... ON CONFLICT locks the row).
    void theRateLimitHoldsUnderConcurrency()
    {
        std::atomic<int> allowed{0}, failed{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&] {
                auto c = Test::rawConnect(
                    m_cluster->as(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests")));
                for (int i = 0; c && i < 10; ++i) {
                    const Test::Outcome o =
                        attempt(*c, QStringLiteral("SELECT elect.service_rate_take('race', 7, interval '1 hour')"));
                    if (!o.ok())
                        ++failed;
                    else if (o.firstValue == QLatin1String("0"))
                        ++allowed;
                }
            });
        for (auto& t : threads)
            t.join();
        QCOMPARE(failed.load(), 0);
        QCOMPARE(allowed.load(), 7);
        // The table holds HMACs of the buckets, never an address or an email.
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.service_rate_limits WHERE length(bucket) <> 32")),
                 QStringLiteral("0"));
        // A window that has ended starts again.
        QVERIFY(attempt(*m_super, QStringLiteral("UPDATE elect.service_rate_limits SET expires_at = now() - interval "
                                                 "'1 second'"))
                    .ok());
        auto c = Test::rawConnect(
            m_cluster->as(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests")));
        QCOMPARE(scalar(*c, QStringLiteral("SELECT elect.service_rate_take('race', 7, interval '1 hour')")),
                 QStringLiteral("0"));
    }

    // The admin app's client: every answer becomes an outcome and a sentence for people.
    void theClientMapsEveryAnswer()
    {
        RegistrationClient client(&m_network, m_plainUrl);
        using Outcome = RegistrationClient::Answer::Outcome;
        auto a = Test::await(client.resetPassword(QStringLiteral("x"), QStringLiteral("password1")));
        QCOMPARE(a.outcome, Outcome::WeakPassword);
        QVERIFY(!a.message.isEmpty() && !a.suggestions.isEmpty());
        a = Test::await(client.verifyEmail(QStringLiteral("nope")));
        QCOMPARE(a.outcome, Outcome::Refused);
        QCOMPARE(a.key, QStringLiteral("token_invalid"));
        a = Test::await(client.forgotPassword(QStringLiteral("nobody@nowhere.example")));
        QCOMPARE(a.outcome, Outcome::CheckEmail);
        QVERIFY(a.ok());
        for (int i = 0; i < 12 && a.outcome != Outcome::RateLimited; ++i)
            a = Test::await(client.verifyEmail(QStringLiteral("nope")));
        QCOMPARE(a.outcome, Outcome::RateLimited);
        QVERIFY(a.retryAfterSeconds > 0);
        QVERIFY(a.message.contains(QStringLiteral("Try again in")));

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        RegistrationClient nowhere(&m_network, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        a = Test::await(nowhere.forgotPassword(QStringLiteral("a@b.example")));
        QCOMPARE(a.outcome, Outcome::Unavailable);
        QVERIFY(a.message.contains(QStringLiteral("cannot be reached")));
        RegistrationClient plain(&m_network, QUrl(QStringLiteral("http://elect.example.org")));
        a = Test::await(plain.registerOrganization({}));
        QCOMPARE(a.key, QStringLiteral("not_https"));
    }
};

QTEST_GUILESS_MAIN(TestRegistrationApi)
#include "TestRegistrationApi.moc"
