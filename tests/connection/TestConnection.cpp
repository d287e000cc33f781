#include "core/connection/Connection.h"
#include "Sql.h"
#include "TestCluster.h"

#include "core/db/AccountRepository.h"
#include "core/devtools/DemoSeeder.h"
#include "core/secrets/SecretStore.h"

#include <QFutureWatcher>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QtTest>

#include <atomic>
#include <memory>

using namespace Elect;

namespace {
constexpr int kTimeoutMs = 30000;
const QString kWrongKind = QStringLiteral("wrong kind");

template <typename T>
T waitFor(QFuture<T> future)
{
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished())
        finished.wait(kTimeoutMs);
    return future.result();
}
} // namespace

class TestConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keychainKeysStayWhereTheAppsKeptThem();
    void keychainCallsRunOnTheWorker();
    void opensAsTheExpectedKindOnly();
    void callsFailWhenNotOpen();
    void reconnectsAfterTheServerCameBack();
    void reconnectsBeforeACallWhenTheServerClosedTheIdleSession();
    void neverSendsAgainAStatementThatMayHaveRun();
    void reportsProgressAndStopsWhenCancelled();

private:
    ConnectionSettings kioskSettings() const { return m_cluster->as(m_kiosk.loginRole, m_kiosk.password); }

    std::unique_ptr<Test::TestCluster> m_cluster;
    DemoSeeder::Account m_kiosk;
    DemoSeeder::Account m_person;
};

void TestConnection::initTestCase()
{
    m_cluster = std::make_unique<Test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto outcome = Test::seedDemo(*m_cluster);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    for (const auto& account : outcome->accounts) {
        if (account.email.isEmpty())
            m_kiosk = account;
        else if (m_person.email.isEmpty())
            m_person = account;
    }
    QVERIFY(!m_kiosk.loginRole.isEmpty() && !m_person.email.isEmpty());
}

void TestConnection::keychainKeysStayWhereTheAppsKeptThem()
{
    // Keys written by earlier versions must still be found, or every kiosk and remembered password is lost.
    ServerProfile embedded;
    QCOMPARE(Connection::personKey(embedded, QStringLiteral(" Owner@Example.org ")),
             QStringLiteral("admin/%1@embedded").arg(loginRoleForEmail(QStringLiteral("owner@example.org"))));
    ServerProfile remote;
    remote.embedded = false;
    remote.host = QStringLiteral("db.example.org");
    QCOMPARE(Connection::personKey(remote, QStringLiteral("a@b.org")),
             QStringLiteral("admin/%1@%2").arg(loginRoleForEmail(QStringLiteral("a@b.org")), remote.serverKey()));
    QCOMPARE(Connection::kioskKey(), QStringLiteral("kiosk/credentials"));
}

void TestConnection::keychainCallsRunOnTheWorker()
{
    Connection connection;
    const QString key = QStringLiteral("test/connection");
    QVERIFY(waitFor(connection.writeSecret(key, QStringLiteral("s3cret"))).ok());
    const auto read = waitFor(connection.readSecret(key));
    QVERIFY2(read.ok(), qPrintable(read.message()));
    QCOMPARE(*read, QStringLiteral("s3cret"));
    QVERIFY(waitFor(connection.removeSecret(key)).ok());
    QCOMPARE(waitFor(connection.readSecret(key)).code(), ErrorCode::NotFound);
}

void TestConnection::opensAsTheExpectedKindOnly()
{
    Connection connection;
    QSignalSpy states(&connection, &Connection::stateChanged);
    const auto refused = waitFor(connection.open(kioskSettings(), false, Identity::Kind::Person, kWrongKind));
    QCOMPARE(refused.code(), ErrorCode::NotAllowed);
    QCOMPARE(refused.message(), kWrongKind);
    QCOMPARE(connection.state(), Connection::State::Closed);
    QCOMPARE(waitFor(connection.run([](Database& db) { return AccountRepository(db).whoAmI(); })).code(),
             ErrorCode::Unavailable);

    const auto wrongPassword = waitFor(connection.open(m_cluster->as(m_kiosk.loginRole, QStringLiteral("nope")), false,
                                                       Identity::Kind::Kiosk, kWrongKind));
    QCOMPARE(wrongPassword.code(), ErrorCode::AuthFailed);
    QCOMPARE(connection.state(), Connection::State::Closed);

    const auto opened = waitFor(connection.open(kioskSettings(), false, Identity::Kind::Kiosk, kWrongKind));
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    QCOMPARE(opened->identity.kind, Identity::Kind::Kiosk);
    QCOMPARE(connection.identity().displayName, opened->identity.displayName);
    QCOMPARE(connection.state(), Connection::State::Open);
    QVERIFY(states.count() >= 3); // Opening, Closed, ..., Open
    QCOMPARE(states.last().first().value<Connection::State>(), Connection::State::Open);

    connection.close();
    QCOMPARE(connection.state(), Connection::State::Closed);
    QCOMPARE(waitFor(connection.run([](Database& db) { return AccountRepository(db).whoAmI(); })).code(),
             ErrorCode::Unavailable);
}

void TestConnection::callsFailWhenNotOpen()
{
    Connection connection;
    bool called = false;
    const auto r = waitFor(connection.run([&called](Database& db) {
        called = true;
        return AccountRepository(db).whoAmI();
    }));
    QCOMPARE(r.code(), ErrorCode::Unavailable);
    QVERIFY(!r.message().isEmpty());
    QVERIFY(!called);
}

void TestConnection::reconnectsAfterTheServerCameBack()
{
    Connection connection;
    connection.setHeartbeatInterval(100);
    connection.setRetryDelays(50, 400);
    const auto opened = waitFor(connection.open(kioskSettings(), false, Identity::Kind::Kiosk, kWrongKind));
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    QSignalSpy lost(&connection, &Connection::lost);
    QSignalSpy reconnected(&connection, &Connection::reconnected);

    // Whatever happens below, the next tests get their server back.
    auto restart = qScopeGuard([this]() { (void)m_cluster->server().start(); });
    QVERIFY(m_cluster->server().stop().ok());

    // The heartbeat notices without any call from the app.
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), Connection::State::Lost, kTimeoutMs);
    QCOMPARE(lost.count(), 1);
    QVERIFY(!connection.lostMessage().isEmpty());
    const auto whileLost = waitFor(connection.run([](Database& db) { return AccountRepository(db).whoAmI(); }));
    QCOMPARE(whileLost.code(), ErrorCode::Unavailable);

    // It keeps trying while the server is away, and stays Lost.
    QTRY_VERIFY_WITH_TIMEOUT(connection.reconnectAttempts() >= 3, kTimeoutMs);
    QCOMPARE(connection.state(), Connection::State::Lost);
    QCOMPARE(reconnected.count(), 0);

    QVERIFY(m_cluster->server().start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), Connection::State::Open, kTimeoutMs);
    QCOMPARE(reconnected.count(), 1);
    QCOMPARE(lost.count(), 1);
    QVERIFY(connection.lostMessage().isEmpty());
    const auto who = waitFor(connection.run([](Database& db) { return AccountRepository(db).whoAmI(); }));
    QVERIFY2(who.ok(), qPrintable(who.message()));
    QCOMPARE(who->displayName, opened->identity.displayName);
}

void TestConnection::reconnectsBeforeACallWhenTheServerClosedTheIdleSession()
{
    auto super = Test::rawConnect(m_cluster->superuser());
    QVERIFY(super);
    // The kiosk's own bound is minutes (docs/security.md); a second for this test's sessions.
    const QString role = m_kiosk.loginRole;
    QVERIFY(Test::attempt(*super, QStringLiteral("ALTER ROLE %1 SET idle_session_timeout = '1s'").arg(role)).ok());
    auto restore = qScopeGuard([&super, role]() {
        (void)Test::attempt(*super, QStringLiteral("ALTER ROLE %1 SET idle_session_timeout = '5min'").arg(role));
    });
    Connection connection; // no heartbeat: nothing keeps the session busy, as in the admin app
    const auto opened = waitFor(connection.open(kioskSettings(), false, Identity::Kind::Kiosk, kWrongKind));
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    QSignalSpy lost(&connection, &Connection::lost);
    const QString sessions = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = '%1'").arg(role);
    QCOMPARE(Test::scalar(*super, sessions), QStringLiteral("1"));
    QTRY_COMPARE_WITH_TIMEOUT(Test::scalar(*super, sessions), QStringLiteral("0"), kTimeoutMs);
    QCOMPARE(connection.state(), Connection::State::Open); // nobody noticed yet

    // The next call just works, made once, on a new session.
    auto calls = std::make_shared<std::atomic<int>>(0);
    const auto who = waitFor(connection.run([calls](Database& db) {
        ++*calls;
        return AccountRepository(db).whoAmI();
    }));
    QVERIFY2(who.ok(), qPrintable(who.message()));
    QCOMPARE(who->displayName, opened->identity.displayName);
    QCOMPARE(calls->load(), 1);
    QCOMPARE(lost.count(), 0);
    QCOMPARE(connection.state(), Connection::State::Open);
}

void TestConnection::neverSendsAgainAStatementThatMayHaveRun()
{
    auto super = Test::rawConnect(m_cluster->superuser());
    QVERIFY(super);
    Connection connection;
    connection.setRetryDelays(50, 400);
    const auto opened = waitFor(connection.open(kioskSettings(), false, Identity::Kind::Kiosk, kWrongKind));
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    QSignalSpy lost(&connection, &Connection::lost);
    auto calls = std::make_shared<std::atomic<int>>(0);
    auto running = connection.run([calls](Database& db) {
        ++*calls;
        return Db::transactVoid(db, [](pqxx::work& w) { w.exec("SELECT pg_sleep(10)"); });
    });
    // The session goes while its statement runs: the server may have done it, so it is not sent again.
    const QString active = QStringLiteral("SELECT pid FROM pg_stat_activity WHERE usename = '%1' AND state = 'active'")
                               .arg(m_kiosk.loginRole);
    QTRY_VERIFY_WITH_TIMEOUT(!Test::scalar(*super, active).isEmpty(), kTimeoutMs);
    QCOMPARE(Test::scalar(*super, QStringLiteral("SELECT pg_terminate_backend((%1), 5000)").arg(active)),
             QStringLiteral("t"));
    const Status result = waitFor(running);
    QVERIFY(!result.ok());
    QCOMPARE(calls->load(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(connection.state(), Connection::State::Open, kTimeoutMs);
    QCOMPARE(calls->load(), 1);
}

void TestConnection::reportsProgressAndStopsWhenCancelled()
{
    Connection connection;
    const auto opened = waitFor(connection.open(kioskSettings(), false, Identity::Kind::Kiosk, kWrongKind));
    QVERIFY2(opened.ok(), qPrintable(opened.message()));

    constexpr int kSteps = 100000;
    auto steps = std::make_shared<std::atomic<int>>(0);
    auto work = [steps](QPromise<Result<int>>& promise, Database& db) {
        promise.setProgressRange(0, kSteps);
        for (int i = 0; i < kSteps; ++i) {
            if (promise.isCanceled())
                return;
            if (auto who = AccountRepository(db).whoAmI(); !who) {
                promise.addResult(Result<int>(who.error()));
                return;
            }
            ++*steps;
            promise.setProgressValue(i + 1);
        }
        promise.addResult(Result<int>(kSteps));
    };

    QFuture<Result<int>> future = connection.runWithProgress<Result<int>>(work);
    QFutureWatcher<Result<int>> watcher;
    QSignalSpy progress(&watcher, &QFutureWatcherBase::progressValueChanged);
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.progressValue() >= 3, kTimeoutMs);
    QCOMPARE(watcher.progressMaximum(), kSteps);
    QVERIFY(progress.count() > 0);
    future.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, kTimeoutMs);
    QVERIFY(future.isCanceled());
    QVERIFY2(*steps < kSteps, "the work stopped when cancelled");

    // The worker is free again, and a short job runs to its end with its result.
    auto done = connection.runWithProgress<Result<int>>([](QPromise<Result<int>>& promise, Database& db) {
        promise.setProgressRange(0, 2);
        promise.setProgressValue(1);
        const auto who = AccountRepository(db).whoAmI();
        promise.setProgressValue(2);
        promise.addResult(who ? Result<int>(2) : Result<int>(who.error()));
    });
    const auto result = waitFor(done);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(*result, 2);
}

QTEST_GUILESS_MAIN(TestConnection)
#include "TestConnection.moc"
