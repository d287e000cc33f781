#include "core/db/AccountRepository.h"
#include "core/service/HttpEndpoints.h"
#include "core/service/RegistrationApi.h"
#include "Sql.h"
#include "TestCluster.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <algorithm>

using namespace Elect;
using namespace Elect::Service;
using Test::attempt;
using Test::scalar;

// `POST /api/auth/account-state` of `elect serve` (issue 11, item 1) and elect.account_state (0025), against a
// real cluster and a real HTTP endpoint, tried as an attacker would: no state without the password proven by
// PostgreSQL, the same bytes for a wrong password and an unknown email, the limits per address and per email,
// and the state function refused to everyone but serve's login.
class TestAccountState : public QObject
{
    Q_OBJECT

    struct Answer
    {
        int status = 0;
        QByteArray body;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
        QString state() const { return json().value(QStringLiteral("state")).toString(); }
        QString key() const { return json().value(QStringLiteral("error")).toString(); }
    };

    std::unique_ptr<Test::TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    std::unique_ptr<Database> m_service;
    QList<DemoSeeder::Account> m_accounts;
    std::unique_ptr<RegistrationApi> m_api, m_tight;
    HttpEndpoints m_http, m_tightHttp;
    QUrl m_url, m_tightUrl;
    QNetworkAccessManager m_network;
    int m_next = 0;

    static constexpr const char* kStrong = "Orchard-Velvet-Compass-83";

    QString sql(const QString& statement) { return scalar(*m_super, statement); }
    const DemoSeeder::Account& demo(const QString& label) { return Test::demoAccount(m_accounts, label); }

    QByteArray freshAddress()
    {
        ++m_next;
        return QStringLiteral("198.51.100.%1").arg(m_next).toLatin1();
    }
    Answer post(const QUrl& base, const QJsonObject& body, const QByteArray& forwardedFor)
    {
        QNetworkRequest request(base.resolved(QUrl(QStringLiteral("/api/auth/account-state"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Forwarded-For", forwardedFor);
        QNetworkReply* reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return a;
    }
    Answer ask(const QString& email, const QString& password, const QByteArray& address = {})
    {
        return post(m_url, {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}},
                    address.isEmpty() ? freshAddress() : address);
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
    // A new organization registered through the API, as a person would: unverified and pending.
    void registerOrganization(const QString& email, const QString& name)
    {
        const QJsonObject body{{QStringLiteral("email"), email},
                               {QStringLiteral("password"), QLatin1String(kStrong)},
                               {QStringLiteral("first_name"), QStringLiteral("Rana")},
                               {QStringLiteral("last_name"), QStringLiteral("Adel")},
                               {QStringLiteral("organization_name"), name},
                               {QStringLiteral("country"), QStringLiteral("EG")}};
        QNetworkRequest request(m_url.resolved(QUrl(QStringLiteral("/api/auth/register"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Forwarded-For", freshAddress());
        QNetworkReply* reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
        reply->deleteLater();
    }
    std::unique_ptr<Database> sysadmin()
    {
        const auto& a = demo(QStringLiteral("System admin"));
        return m_cluster->connect(a.loginRole, a.password);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = std::make_unique<Test::TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        m_super = Test::rawConnect(m_cluster->superuser());
        QVERIFY(m_super);
        const auto seeded = Test::seedDemo(*m_cluster);
        QVERIFY2(seeded.ok(), qPrintable(seeded.message()));
        m_accounts = seeded->accounts;
        m_service = m_cluster->connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
        QVERIFY(m_service);
        const QList<RegistrationApi::Subnet> proxy{QHostAddress::parseSubnet(QStringLiteral("127.0.0.1/32"))};
        RegistrationApi::Limits roomy;
        roomy.registerPerAddress.max = roomy.accountStatePerAddress.max = roomy.accountStatePerEmail.max = 100;
        m_api = std::make_unique<RegistrationApi>(*m_service, proxy, roomy);
        RegistrationApi::Limits tight;
        tight.accountStatePerAddress = {3, 900};
        tight.accountStatePerEmail = {3, 900};
        m_tight = std::make_unique<RegistrationApi>(*m_service, proxy, tight);
        startEndpoint(m_http, *m_api, m_url);
        startEndpoint(m_tightHttp, *m_tight, m_tightUrl);
    }

    // Each state a person with the right password can be in, told by name; the rejection with its reason.
    void theRightPasswordLearnsTheState()
    {
        const auto& pending = demo(QStringLiteral("Owner of Alexandria"));
        Answer a = ask(pending.email, pending.password);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.state(), QStringLiteral("pending"));
        QVERIFY(!a.json().contains(QStringLiteral("reason")));

        const QString unverified = QStringLiteral("rana@chess-club.example");
        registerOrganization(unverified, QStringLiteral("Chess Club"));
        a = ask(QStringLiteral("  Rana@Chess-Club.example "), QLatin1String(kStrong));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.state(), QStringLiteral("email_unverified"));

        const QString rejected = QStringLiteral("omar@go-club.example");
        registerOrganization(rejected, QStringLiteral("Go Club"));
        auto admin = sysadmin();
        QVERIFY(admin);
        QVERIFY(AccountRepository(*admin).verifyEmailByAdmin(rejected).ok());
        const QString reason = QStringLiteral("We could not find this club in the federation's register <b>.");
        const qint64 id =
            sql(QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Go Club'")).toLongLong();
        QVERIFY(AccountRepository(*admin).rejectOrganization(id, reason).ok());
        a = ask(rejected, QLatin1String(kStrong));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.state(), QStringLiteral("rejected"));
        QCOMPARE(a.json().value(QStringLiteral("reason")).toString(), reason);

        // An active account: the login opened and was closed; the client just signs in.
        const auto& owner = demo(QStringLiteral("Owner of Nile"));
        a = ask(owner.email, owner.password);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.state(), QStringLiteral("active"));
        // Closed: its backend ends shortly after the client's goodbye, which the proof sent before answering.
        QTRY_COMPARE(
            sql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = '%1'").arg(owner.loginRole)),
            QStringLiteral("0"));
    }

    // The owner disables an admin: the admin, with the right password, learns to ask the owner.
    void aDisabledAdminIsToldSo()
    {
        const auto& owner = demo(QStringLiteral("Owner of Nile"));
        const auto& orgAdmin = demo(QStringLiteral("Administrator of Nile"));
        auto ownerDb = Test::rawConnect(m_cluster->as(owner.loginRole, owner.password));
        QVERIFY(ownerDb);
        const QString id =
            sql(QStringLiteral("SELECT id FROM elect.users WHERE login_role = '%1'").arg(orgAdmin.loginRole));
        const auto disabled =
            attempt(*ownerDb, QStringLiteral("SELECT elect.set_organization_admin_active(%1, false)").arg(id));
        QVERIFY2(disabled.ok(), qPrintable(disabled.message));
        const Answer a = ask(orgAdmin.email, orgAdmin.password);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.state(), QStringLiteral("disabled"));
    }

    // No state without the proof: a wrong password, an unknown email, a removed admin's old password and a
    // kiosk's login all get one answer, byte for byte.
    void withoutTheProofNothingIsTold()
    {
        const auto& pending = demo(QStringLiteral("Owner of Alexandria"));
        const Answer wrong = ask(pending.email, QStringLiteral("not-the-password-1"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.key(), QStringLiteral("not_proven"));
        QVERIFY(!wrong.body.contains("pending") && !wrong.body.contains("state"));
        const Answer unknown = ask(QStringLiteral("nobody@nowhere.example"), QStringLiteral("not-the-password-1"));
        QCOMPARE(unknown.status, wrong.status);
        QCOMPARE(unknown.body, wrong.body);
        const Answer empty = ask(pending.email, QString());
        QCOMPARE(empty.body, wrong.body);

        // A kiosk's login role and password, given as the "email": not a person.
        const auto& kiosk = demo(QStringLiteral("Kiosk"));
        QCOMPARE(ask(kiosk.loginRole, kiosk.password).body, wrong.body);

        // The owner removes the admin: the old password proves nothing any more.
        const auto& owner = demo(QStringLiteral("Owner of Nile"));
        const auto& orgAdmin = demo(QStringLiteral("Administrator of Nile"));
        auto ownerDb = Test::rawConnect(m_cluster->as(owner.loginRole, owner.password));
        QVERIFY(ownerDb);
        const QString id =
            sql(QStringLiteral("SELECT id FROM elect.users WHERE login_role = '%1'").arg(orgAdmin.loginRole));
        QVERIFY(attempt(*ownerDb, QStringLiteral("SELECT elect.remove_organization_admin(%1)").arg(id)).ok());
        QCOMPARE(ask(orgAdmin.email, orgAdmin.password).body, wrong.body);
    }

    // PostgreSQL runs a mock SCRAM exchange for a role that does not exist: the two refusals take about as
    // long. Printed, not asserted (no wall-clock assertions).
    void timingOfTheTwoRefusals()
    {
        const auto& pending = demo(QStringLiteral("Owner of Alexandria"));
        QList<qint64> known, unknown;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            QCOMPARE(ask(pending.email, QStringLiteral("wrong-password-%1").arg(i)).status, 401);
            known << t.elapsed();
            t.restart();
            QCOMPARE(ask(QStringLiteral("nobody%1@nowhere.example").arg(i), QStringLiteral("wrong")).status, 401);
            unknown << t.elapsed();
        }
        std::sort(known.begin(), known.end());
        std::sort(unknown.begin(), unknown.end());
        qInfo("account-state refusals, median of 5: wrong password %lld ms, unknown email %lld ms", known.at(2),
              unknown.at(2));
    }

    // Counted before anything else: per address and per email, the right password included.
    void theLimitsHoldPerAddressAndPerEmail()
    {
        // An email no request has counted yet (the counts live in the database, shared by every serve).
        const QString email = QStringLiteral("fresh@bridge-club.example");
        registerOrganization(email, QStringLiteral("Bridge Club"));
        const QJsonObject right{{QStringLiteral("email"), email}, {QStringLiteral("password"), QLatin1String(kStrong)}};
        for (int i = 0; i < 3; ++i)
            QCOMPARE(post(m_tightUrl, right, freshAddress()).status, 200);
        // A fourth address, the same email: refused, with the right password.
        const Answer perEmail = post(m_tightUrl, right, freshAddress());
        QCOMPARE(perEmail.status, 429);
        QCOMPARE(perEmail.key(), QStringLiteral("rate_limited"));
        QVERIFY(!perEmail.body.contains("email_unverified"));

        const QByteArray address = freshAddress();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(post(m_tightUrl,
                          {{QStringLiteral("email"), QStringLiteral("guess%1@nowhere.example").arg(i)},
                           {QStringLiteral("password"), QStringLiteral("x")}},
                          address)
                         .status,
                     401);
        // The same address, a new email: refused too. Junk is counted as well.
        QCOMPARE(post(m_tightUrl, {{QStringLiteral("email"), QStringLiteral("fresh@nowhere.example")}}, address).status,
                 429);
    }

    // The proofs run on a bounded pool: beyond its threads and its queue, a request is answered 503 at once,
    // with when to try again, while the proof in flight goes on; once it is answered there is room again.
    void proofsBeyondThePoolAreTurnedAway()
    {
        HttpEndpoints http;
        http.setSlowLimits(1, 0);
        QUrl url;
        startEndpoint(http, *m_api, url);
        const auto& pending = demo(QStringLiteral("Owner of Alexandria"));
        const QJsonObject wrong{{QStringLiteral("email"), pending.email},
                                {QStringLiteral("password"), QStringLiteral("not-the-password-2")}};
        QNetworkRequest request(url.resolved(QUrl(QStringLiteral("/api/auth/account-state"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Forwarded-For", freshAddress());
        QNetworkReply* first = m_network.post(request, QJsonDocument(wrong).toJson(QJsonDocument::Compact));
        QTRY_COMPARE(http.slowInFlight(), 1);

        const Answer second = post(url, wrong, freshAddress());
        QCOMPARE(second.status, 503);
        QCOMPARE(second.key(), QStringLiteral("unavailable"));
        QCOMPARE(second.json().value(QStringLiteral("retry_after")).toInt(), 5);
        QVERIFY(!first->isFinished());

        QTRY_VERIFY(first->isFinished());
        QCOMPARE(first->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        delete first;
        QCOMPARE(http.slowInFlight(), 0);
        QCOMPARE(post(url, wrong, freshAddress()).status, 401);

        // A client that hangs up while its proof is in flight: the proof ends, nothing is written to the gone
        // connection, and the pool has room again.
        request.setRawHeader("X-Forwarded-For", freshAddress());
        QNetworkReply* gone = m_network.post(request, QJsonDocument(wrong).toJson(QJsonDocument::Compact));
        QTRY_COMPARE(http.slowInFlight(), 1);
        gone->abort();
        delete gone;
        QTRY_COMPARE(http.slowInFlight(), 0);
        QCOMPARE(post(url, wrong, freshAddress()).status, 401);
    }

    // Only serve's login may ask the state function: staff, kiosks, the system admin and PUBLIC are refused.
    void theStateFunctionIsServesOnly()
    {
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pg_proc p, aclexplode(p.proacl) a WHERE p.proname = "
                                    "'account_state' AND a.privilege_type = 'EXECUTE' AND a.grantee = 0")),
                 QStringLiteral("0"));
        for (const QString& group : {QStringLiteral("elect_staff"), QStringLiteral("elect_kiosk"),
                                     QStringLiteral("elect_sysadmin"), QStringLiteral("elect_registrar")})
            QCOMPARE(sql(QStringLiteral("SELECT has_function_privilege('%1', 'elect.account_state(text)', 'EXECUTE')")
                             .arg(group)),
                     QStringLiteral("f"));
        const QString call = QStringLiteral("SELECT state FROM elect.account_state('president@alex-students.example')");
        for (const QString& label :
             {QStringLiteral("Owner of Nile"), QStringLiteral("Kiosk"), QStringLiteral("System admin")}) {
            const auto& who = demo(label);
            auto c = Test::rawConnect(m_cluster->as(who.loginRole, who.password));
            QVERIFY2(c, qPrintable(label));
            const auto refused = attempt(*c, call);
            QCOMPARE(refused.sqlstate, QStringLiteral("42501"));
        }
        // The caller check holds even for a role that may execute everything (a grant made by mistake).
        const auto superuser = attempt(*m_super, call);
        QCOMPARE(superuser.sqlstate, QStringLiteral("42501"));
        QCOMPARE(superuser.message, QStringLiteral("service_only"));
        // Serve's own login may.
        auto service = Test::rawConnect(
            m_cluster->as(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests")));
        QVERIFY(service);
        QCOMPARE(attempt(*service, call).firstValue, QStringLiteral("pending"));
    }
};

QTEST_GUILESS_MAIN(TestAccountState)
#include "TestAccountState.moc"
