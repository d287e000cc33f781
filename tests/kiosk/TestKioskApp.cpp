#include "core/secrets/SecretStore.h"
#include "KioskApp.h"
#include "KioskController.h"
#include "KioskDriver.h"
#include "TestCluster.h"
#include "TestPaths.h"
#include "VoterSession.h"

#include "core/db/ElectionRepository.h"
#include "core/devtools/DemoSeeder.h"

#include <QDir>
#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Elect_KioskPlugin)

using namespace Elect;
using Elect::Test::Kiosk::collect;
using Elect::Test::Kiosk::findItem;
using Elect::Test::Kiosk::screenshot;

namespace {
constexpr int kTimeoutMs = 30000;
const QString kRunningTitle = QStringLiteral("Club captain 2026");

QList<QQuickItem*> findItems(QQuickWindow* window, const QString& objectName)
{
    QList<QQuickItem*> out;
    collect(window->contentItem(), objectName, out);
    return out;
}

QStringList shownTitles(QQuickWindow* window)
{
    QStringList titles;
    for (QQuickItem* item : findItems(window, QStringLiteral("electionTitle")))
        if (item->isVisible())
            titles << item->property("text").toString();
    return titles;
}

qreal centerX(QQuickItem* item)
{
    return item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).x();
}
} // namespace

class TestKioskApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheRunningElectionInEnglishAndArabic();
    void wrongPasswordSaysSo();
    void firstStartAsksForSetup();
    void setupIsKeptInTheKeychainAcrossRestarts();
    void recoversAfterTheServerWentAway();

private:
    KioskProfile profileFor(const QString& loginRole) const;

    std::unique_ptr<Test::TestCluster> m_cluster;
    DemoSeeder::Account m_kiosk;
};

void TestKioskApp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Elect-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_kiosk_app"));
    QSettings().clear();
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    KioskApp::applyLook();
    Test::Kiosk::QmlProblems::install();

    m_cluster = std::make_unique<Test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto outcome = Test::seedDemo(*m_cluster);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    for (const auto& account : outcome->accounts)
        if (account.email.isEmpty())
            m_kiosk = account;
    QVERIFY2(!m_kiosk.loginRole.isEmpty(), "the demo has a kiosk");
    QVERIFY(QDir().mkpath(QStringLiteral(ELECT_BINARY_DIR "/screenshots")));
}

void TestKioskApp::init()
{
    Test::Kiosk::QmlProblems::list().clear();
}

void TestKioskApp::cleanup()
{
    // A warning from QML is a bug in the QML: fail the test that caused it.
    QVERIFY2(Test::Kiosk::QmlProblems::list().isEmpty(),
             qPrintable(Test::Kiosk::QmlProblems::list().join(QLatin1Char('\n'))));
}

KioskProfile TestKioskApp::profileFor(const QString& loginRole) const
{
    KioskProfile profile;
    profile.embedded = false;
    profile.host = m_cluster->server().socketDir();
    profile.loginRole = loginRole;
    return profile;
}

void TestKioskApp::showsTheRunningElectionInEnglishAndArabic()
{
    KioskApp app;
    QVERIFY(app.startWith(profileFor(m_kiosk.loginRole), m_kiosk.password, false));
    QCOMPARE(app.engine().rootObjects().size(), 1);
    auto* window = qobject_cast<QQuickWindow*>(app.engine().rootObjects().first());
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));

    QTRY_VERIFY_WITH_TIMEOUT(app.controller().state() == KioskController::State::Ready, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(shownTitles(window).contains(kRunningTitle), kTimeoutMs);

    // The screen lists exactly what the database lets this kiosk see.
    auto kioskDb = m_cluster->connect(m_kiosk.loginRole, m_kiosk.password);
    QVERIFY(kioskDb);
    const auto running = ElectionRepository(*kioskDb).runningForKiosk();
    QVERIFY(running.ok());
    QStringList expected;
    for (const Election& e : *running)
        expected << e.title;
    QCOMPARE(shownTitles(window), expected);
    QVERIFY(!findItem(window, QStringLiteral("noElection"))->isVisible());
    QCOMPARE(findItem(window, QStringLiteral("electionDetails"))->property("text").toString().section(u' ', 0, 2),
             QStringLiteral("Choose 1 candidate"));
    QCOMPARE(findItem(window, QStringLiteral("organizationName"))->property("text").toString(),
             QStringLiteral("Nile Rowing Club"));

    QQuickItem* title = findItem(window, QStringLiteral("welcomeTitle"));
    QQuickItem* language = findItem(window, QStringLiteral("languageButton"));
    QVERIFY(title && language);
    QCOMPARE(title->property("text").toString(), QStringLiteral("Welcome"));
    QVERIFY2(centerX(language) > window->width() / 2, "the language button starts on the right");
    screenshot(window, QStringLiteral("kiosk-welcome-en"));

    // A voter touches "العربية": Arabic text, right-to-left layout.
    QTest::mouseClick(window, Qt::LeftButton, {},
                      language->mapToScene(QPointF(language->width() / 2, language->height() / 2)).toPoint());
    QTRY_VERIFY(app.controller().voter()->rightToLeft());
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QTRY_COMPARE(title->property("text").toString(), QStringLiteral("أهلًا بك"));
    QTRY_VERIFY2(centerX(language) < window->width() / 2, "the language button moved to the left");
    QCOMPARE(language->property("text").toString(), QStringLiteral("English"));
    QCOMPARE(shownTitles(window), expected);
    // Qt's own texts switch too: its catalogues are loaded beside Elect's, as elect-admin loads them.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "OK"), QStringLiteral("حسنًا"));
    screenshot(window, QStringLiteral("kiosk-welcome-ar"));

    // Large text and high contrast, in Arabic.
    QQuickItem* contrast = findItem(window, QStringLiteral("contrastButton"));
    QVERIFY(contrast);
    QTest::mouseClick(window, Qt::LeftButton, {},
                      contrast->mapToScene(QPointF(contrast->width() / 2, contrast->height() / 2)).toPoint());
    QTRY_VERIFY(app.controller().voter()->highContrast());
    app.controller().voter()->setTextSize(VoterSession::TextSize::ExtraLarge);
    QTRY_VERIFY(title->property("font").value<QFont>().pixelSize() > 64);
    screenshot(window, QStringLiteral("kiosk-welcome-ar-contrast"));

    // The session ends: the next voter starts in English, normal text and contrast.
    app.controller().voter()->reset();
    QCOMPARE(app.controller().voter()->language(), QStringLiteral("en"));
    QCOMPARE(app.controller().voter()->textSize(), VoterSession::TextSize::Normal);
    QVERIFY(!app.controller().voter()->highContrast());
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "OK"), QStringLiteral("OK"));
    QTRY_COMPARE(title->property("text").toString(), QStringLiteral("Welcome"));
    QTRY_COMPARE(title->property("font").value<QFont>().pixelSize(), 56);
    QTRY_VERIFY(!findItem(window, QStringLiteral("contrastButton"))->property("checked").toBool());
}

void TestKioskApp::recoversAfterTheServerWentAway()
{
    KioskApp app;
    // Production checks every 10 s and retries after 1 s to 30 s; the test does the same, faster.
    app.controller().connection().setHeartbeatInterval(100);
    app.controller().connection().setRetryDelays(50, 400);
    QVERIFY(app.startWith(profileFor(m_kiosk.loginRole), m_kiosk.password, false));
    auto* window = qobject_cast<QQuickWindow*>(app.engine().rootObjects().first());
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY_WITH_TIMEOUT(app.controller().state() == KioskController::State::Ready, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(shownTitles(window).contains(kRunningTitle), kTimeoutMs);

    // Whatever happens below, the next tests get their server back.
    auto restart = qScopeGuard([this]() { (void)m_cluster->server().start(); });
    QVERIFY(m_cluster->server().stop().ok());

    // Nobody touches the kiosk: it notices by itself, and no voter is shown the elections meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(app.controller().state() == KioskController::State::Reconnecting, kTimeoutMs);
    QTRY_VERIFY(findItem(window, QStringLiteral("statusTitle")) != nullptr);
    QQuickItem* title = findItem(window, QStringLiteral("statusTitle"));
    QVERIFY(title->isVisible());
    QCOMPARE(title->property("text").toString(),
             QStringLiteral("The connection to the election server was lost. Reconnecting…"));
    QVERIFY(findItem(window, QStringLiteral("statusHelp"))->isVisible());
    QVERIFY(!findItem(window, QStringLiteral("retryButton"))->isVisible());
    QVERIFY(shownTitles(window).isEmpty());
    screenshot(window, QStringLiteral("kiosk-reconnecting"));

    // It keeps trying while the server is away.
    QTRY_VERIFY_WITH_TIMEOUT(app.controller().connection().reconnectAttempts() >= 3, kTimeoutMs);
    QCOMPARE(app.controller().state(), KioskController::State::Reconnecting);

    // The server comes back: the kiosk is ready again, with its elections, without anyone's help.
    QVERIFY(m_cluster->server().start().ok());
    QTRY_VERIFY_WITH_TIMEOUT(app.controller().state() == KioskController::State::Ready, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(shownTitles(window).contains(kRunningTitle), kTimeoutMs);
    QCOMPARE(findItem(window, QStringLiteral("organizationName"))->property("text").toString(),
             QStringLiteral("Nile Rowing Club"));
}

void TestKioskApp::wrongPasswordSaysSo()
{
    KioskApp app;
    QVERIFY(app.startWith(profileFor(m_kiosk.loginRole), QStringLiteral("not-the-password"), false));
    auto* window = qobject_cast<QQuickWindow*>(app.engine().rootObjects().first());
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY_WITH_TIMEOUT(app.controller().state() == KioskController::State::Failed, kTimeoutMs);

    const auto expected = Database::connect(m_cluster->as(m_kiosk.loginRole, QStringLiteral("x")));
    QVERIFY(!expected);
    QTRY_VERIFY(findItem(window, QStringLiteral("statusMessage")) != nullptr);
    QQuickItem* message = findItem(window, QStringLiteral("statusMessage"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->property("text").toString(), expected.message());
    QVERIFY(findItem(window, QStringLiteral("retryButton"))->isVisible());
    QVERIFY(shownTitles(window).isEmpty());
    screenshot(window, QStringLiteral("kiosk-cannot-connect"));
}

void TestKioskApp::firstStartAsksForSetup()
{
    // Nothing in QSettings (cleared in initTestCase): the kiosk asks to be set up, without the keychain.
    KioskApp app;
    QVERIFY(app.start({QStringLiteral("elect-kiosk"), QStringLiteral("--windowed")}));
    auto* window = qobject_cast<QQuickWindow*>(app.engine().rootObjects().first());
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY(app.controller().state() == KioskController::State::Setup);
    QTRY_VERIFY(findItem(window, QStringLiteral("saveSetupButton")) != nullptr);
    QQuickItem* save = findItem(window, QStringLiteral("saveSetupButton"));
    QVERIFY(save->isVisible());
    QVERIFY(findItem(window, QStringLiteral("loginField")));
    QVERIFY(!findItem(window, QStringLiteral("setupError"))->isVisible());
    screenshot(window, QStringLiteral("kiosk-setup"));

    // Saving without a login says what is missing and stays on the setup screen.
    const QPoint savePoint = save->mapToScene(QPointF(save->width() / 2, save->height() / 2)).toPoint();
    QVERIFY2(window->contentItem()->contains(savePoint), "the button fits on the screen");
    QTest::mouseClick(window, Qt::LeftButton, {}, savePoint);
    QTRY_VERIFY(!app.controller().errorMessage().isEmpty());
    QCOMPARE(app.controller().state(), KioskController::State::Setup);
    QQuickItem* error = findItem(window, QStringLiteral("setupError"));
    QVERIFY(error && error->isVisible());
    QCOMPARE(error->property("text").toString(), app.controller().errorMessage());
}

void TestKioskApp::setupIsKeptInTheKeychainAcrossRestarts()
{
    // ctest runs this test with a real Secret Service in a throwaway keyring (KEYRING in CMake).
    {
        KioskApp app;
        QVERIFY(app.start({QStringLiteral("elect-kiosk"), QStringLiteral("--windowed")}));
        QTRY_VERIFY(app.controller().state() == KioskController::State::Setup);
        app.controller().saveSetup(false, m_cluster->server().socketDir(), 5432, QStringLiteral("elect"),
                                   QStringLiteral("prefer"), m_kiosk.loginRole, m_kiosk.password,
                                   QStringLiteral("480261"), QStringLiteral("480261"));
        QTRY_VERIFY_WITH_TIMEOUT(app.controller().state() == KioskController::State::Ready, kTimeoutMs);
    }
    // The password is in the keychain, never in the settings file.
    QSettings settings;
    for (const QString& key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(m_kiosk.password), qPrintable(key));
    const auto stored = SecretStore().read(QStringLiteral("kiosk/credentials"));
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    QVERIFY(stored->contains(m_kiosk.loginRole));

    // A restart (after a power cut, say) connects by itself and shows the running election.
    KioskApp again;
    QVERIFY(again.start({QStringLiteral("elect-kiosk"), QStringLiteral("--windowed")}));
    QTRY_VERIFY2_WITH_TIMEOUT(
        again.controller().state() == KioskController::State::Ready,
        qPrintable(
            QStringLiteral("state %1: %2").arg(int(again.controller().state())).arg(again.controller().errorMessage())),
        kTimeoutMs);
    auto* window = qobject_cast<QQuickWindow*>(again.engine().rootObjects().first());
    QVERIFY(window && QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY_WITH_TIMEOUT(shownTitles(window).contains(QStringLiteral("Club captain 2026")), kTimeoutMs);
}

QTEST_MAIN(TestKioskApp)
#include "TestKioskApp.moc"
