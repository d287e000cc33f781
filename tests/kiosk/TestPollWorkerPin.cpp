#include "core/domain/Clock.h"
#include "core/secrets/SecretStore.h"
#include "KioskApp.h"
#include "KioskController.h"
#include "KioskDriver.h"
#include "PinHash.h"
#include "PollWorkerGate.h"
#include "TestCluster.h"
#include "TestPaths.h"
#include "VoterSession.h"
#include "VotingFlow.h"

#include <QAccessible>
#include <QDir>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Elect_KioskPlugin)

using namespace Elect;
using namespace Elect::Test;
using namespace Elect::Test::Kiosk;

namespace {
constexpr int kTimeoutMs = 30000;
const QString kPin = QStringLiteral("480261");
using View = PollWorkerGate::View;

// The visible item of that name, if any.
QQuickItem* shown(QQuickWindow* window, const QString& objectName)
{
    return visibleItems(window, objectName).value(0);
}

QPoint centerOf(QQuickItem* item)
{
    return item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
}
} // namespace

// The poll worker's PIN at a kiosk, driven by keys and clicks as a poll worker (or a curious voter) would,
// against a real cluster and a real, throwaway keychain (KEYRING).
class TestPollWorkerPin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void setupChoosesThePinByKeyboard();
    void chordOpensThePromptAndOnlyTheRightPinOpensTheMenu();
    void pausedKioskCannotBeLeftWithoutThePin();
    void changingTheServerNeedsThePin();
    void fiveWrongPinsLockEvenAcrossARestart();
    void longPressOnTheKioskNameOpensThePrompt();

private:
    std::unique_ptr<KioskApp> startKiosk(const QString& password);
    QQuickWindow* windowOf(KioskApp& app);
    void storePin(const QString& pin);
    void openMenu(KioskApp& app, QQuickWindow* window);

    std::unique_ptr<TestCluster> m_cluster;
    DemoSeeder::Account m_kiosk;
    TestClock m_clock{QDateTime::currentDateTimeUtc()};
};

void TestPollWorkerPin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Elect-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_poll_worker_pin"));
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    KioskApp::applyLook();
    QmlProblems::install();
    m_cluster = std::make_unique<TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto outcome = seedDemo(*m_cluster);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    m_kiosk = demoAccount(outcome->accounts, QStringLiteral("Kiosk"));
    QVERIFY(QDir().mkpath(QStringLiteral(ELECT_BINARY_DIR "/screenshots")));
}

void TestPollWorkerPin::init()
{
    QmlProblems::list().clear();
    QSettings().clear();
    SecretStore store;
    for (const QString& key : {PollWorkerGate::pinKey(), PollWorkerGate::guardKey(), Connection::kioskKey()})
        QVERIFY(store.remove(key).ok());
}

void TestPollWorkerPin::cleanup()
{
    QVERIFY2(QmlProblems::list().isEmpty(), qPrintable(QmlProblems::list().join(QLatin1Char('\n'))));
}

std::unique_ptr<KioskApp> TestPollWorkerPin::startKiosk(const QString& password)
{
    auto app = std::make_unique<KioskApp>();
    app->controller().pollWorker()->setClock(&m_clock);
    KioskProfile profile;
    profile.embedded = false;
    profile.host = m_cluster->server().socketDir();
    profile.loginRole = m_kiosk.loginRole;
    if (!app->startWith(profile, password, false))
        return nullptr;
    return app;
}

QQuickWindow* TestPollWorkerPin::windowOf(KioskApp& app)
{
    auto* window = qobject_cast<QQuickWindow*>(app.engine().rootObjects().first());
    return window && QTest::qWaitForWindowExposed(window) ? window : nullptr;
}

void TestPollWorkerPin::storePin(const QString& pin)
{
    const Status stored = SecretStore().write(PollWorkerGate::pinKey(), PinHash::make(pin));
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
}

// Ctrl+Alt+P, the PIN on the keyboard, Enter: the menu.
void TestPollWorkerPin::openMenu(KioskApp& app, QQuickWindow* window)
{
    PollWorkerGate* gate = app.controller().pollWorker();
    QTest::keyClick(window, Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
    QTRY_COMPARE(gate->view(), View::Prompt);
    QTRY_VERIFY(!gate->busy());
    QTRY_COMPARE(window->activeFocusItem()->objectName(), QStringLiteral("pinField"));
    typeText(window, kPin);
    QTest::keyClick(window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(gate->view(), View::Menu, kTimeoutMs);
    QTRY_VERIFY(shown(window, QStringLiteral("resumeButton")));
}

void TestPollWorkerPin::setupChoosesThePinByKeyboard()
{
    KioskApp app;
    app.controller().pollWorker()->setClock(&m_clock);
    QVERIFY(app.start({QStringLiteral("elect-kiosk"), QStringLiteral("--windowed")}));
    QQuickWindow* window = windowOf(app);
    QVERIFY(window);
    QTRY_COMPARE(app.controller().state(), KioskController::State::Setup);
    QTRY_VERIFY(shown(window, QStringLiteral("setupPinField")));
    // The first setup: the kiosk has no PIN yet, and says a PIN is to be chosen.
    QTRY_VERIFY(shown(window, QStringLiteral("pinHint"))->property("text").toString().contains(u"Choose 6 to 12"));

    KIOSK_STEP(press(window, QStringLiteral("serverChoice"), Qt::Key_Space));
    QTRY_VERIFY(shown(window, QStringLiteral("hostField")));
    KIOSK_STEP(press(window, QStringLiteral("hostField"), Qt::Key_End));
    typeText(window, m_cluster->server().socketDir());
    KIOSK_STEP(press(window, QStringLiteral("loginField"), Qt::Key_End));
    typeText(window, m_kiosk.loginRole);
    KIOSK_STEP(press(window, QStringLiteral("passwordField"), Qt::Key_End));
    typeText(window, m_kiosk.password);
    // A straight run is refused, with a sentence that says why; nothing is stored.
    KIOSK_STEP(press(window, QStringLiteral("setupPinField"), Qt::Key_End));
    typeText(window, QStringLiteral("123456"));
    KIOSK_STEP(press(window, QStringLiteral("setupPinAgainField"), Qt::Key_End));
    typeText(window, QStringLiteral("123456"));
    KIOSK_STEP(press(window, QStringLiteral("saveSetupButton")));
    QTRY_COMPARE(shown(window, QStringLiteral("setupError"))->property("text").toString(),
                 QStringLiteral("This PIN is too easy to guess: it repeats one digit or counts up or down. Choose "
                                "digits without such a pattern."));
    QCOMPARE(app.controller().state(), KioskController::State::Setup);
    QCOMPARE(SecretStore().read(PollWorkerGate::pinKey()).code(), ErrorCode::NotFound);
    QCOMPARE(SecretStore().read(Connection::kioskKey()).code(), ErrorCode::NotFound);
    KIOSK_STEP(screenshot(window, QStringLiteral("kiosk-setup-pin-refused")));

    // A good PIN, typed twice over the refused one.
    for (const QString& field : {QStringLiteral("setupPinField"), QStringLiteral("setupPinAgainField")}) {
        KIOSK_STEP(press(window, field, Qt::Key_End));
        QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        typeText(window, kPin);
    }
    KIOSK_STEP(press(window, QStringLiteral("saveSetupButton")));
    QTRY_VERIFY2_WITH_TIMEOUT(app.controller().state() == KioskController::State::Ready,
                              qPrintable(app.controller().errorMessage()), kTimeoutMs);

    // What the keychain keeps is a slow salted hash that describes itself, never the PIN.
    const auto stored = SecretStore().read(PollWorkerGate::pinKey());
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    QVERIFY(!stored->contains(kPin));
    const QStringList parts = stored->split(u'$');
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
    QVERIFY(parts.at(1).toInt() >= 200000);
    QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), 16);
    QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), 32);
    QVERIFY(PinHash::verify(kPin, *stored));
    QVERIFY(!PinHash::verify(QStringLiteral("480262"), *stored));
    // A second hash of the same PIN has another salt.
    QVERIFY(PinHash::make(kPin).split(u'$').at(2) != parts.at(2));
    QSettings settings;
    for (const QString& key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(kPin), qPrintable(key));
}

void TestPollWorkerPin::chordOpensThePromptAndOnlyTheRightPinOpensTheMenu()
{
    KIOSK_STEP(storePin(kPin));
    auto app = startKiosk(m_kiosk.password);
    QVERIFY(app);
    QQuickWindow* window = windowOf(*app);
    QVERIFY(window);
    PollWorkerGate* gate = app->controller().pollWorker();
    QTRY_VERIFY_WITH_TIMEOUT(shown(window, QStringLiteral("startVotingButton")), kTimeoutMs);

    QTest::keyClick(window, Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
    QTRY_COMPARE(gate->view(), View::Prompt);
    QTRY_VERIFY(!gate->busy());
    QTRY_COMPARE(window->activeFocusItem()->objectName(), QStringLiteral("pinField"));
    // Nothing of the voters' screen takes a key under the prompt.
    QVERIFY(!shown(window, QStringLiteral("startVotingButton")) ||
            !shown(window, QStringLiteral("startVotingButton"))->isEnabled());
    KIOSK_STEP(checkAccessible(window, QStringLiteral("PIN prompt")));
    KIOSK_STEP(screenshot(window, QStringLiteral("kiosk-pin-prompt-en")));

    // A wrong PIN, typed on the screen's keypad: no menu, and a sentence that says so.
    for (const QChar digit : QStringLiteral("480216"))
        KIOSK_STEP(press(window, QStringLiteral("key_") + digit, Qt::Key_Space));
    KIOSK_STEP(press(window, QStringLiteral("pinOkButton")));
    QTRY_VERIFY_WITH_TIMEOUT(!gate->busy(), kTimeoutMs);
    QCOMPARE(gate->view(), View::Prompt);
    QVERIFY(!shown(window, QStringLiteral("resumeButton")));
    QTRY_VERIFY(shown(window, QStringLiteral("pollWorkerMessage")));
    QVERIFY2(gate->message().startsWith(QStringLiteral("That PIN is not right.")), qPrintable(gate->message()));
    QCOMPARE(shown(window, QStringLiteral("pollWorkerMessage"))->property("text").toString(), gate->message());
    QCOMPARE(shown(window, QStringLiteral("pinField"))->property("text").toString(), QString());
    KIOSK_STEP(screenshot(window, QStringLiteral("kiosk-pin-wrong-en")));

    // The right one, on the keyboard.
    QTRY_COMPARE(window->activeFocusItem()->objectName(), QStringLiteral("pinField"));
    typeText(window, kPin);
    QTest::keyClick(window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(gate->view(), View::Menu, kTimeoutMs);
    QTRY_COMPARE(window->activeFocusItem()->objectName(), QStringLiteral("resumeButton"));
    for (const char* name : {"resumeButton", "pauseButton", "changeServerButton", "quitButton"})
        QVERIFY2(shown(window, QString::fromLatin1(name)), name);
    // The grid has been laid out since it appeared.
    QTRY_VERIFY(shown(window, QStringLiteral("quitButton"))->width() > 100);
    KIOSK_STEP(checkAccessible(window, QStringLiteral("menu")));
    KIOSK_STEP(screenshot(window, QStringLiteral("kiosk-pin-menu-en")));
    // The keychain's count of wrong PINs was cleared by the right one.
    QCOMPARE(SecretStore().read(PollWorkerGate::guardKey()).code(), ErrorCode::NotFound);

    // Quit: the app's quit, only from the menu.
    int quits = 0;
    gate->setQuitHandler([&quits]() { ++quits; });
    gate->quit();
    QCOMPARE(quits, 0 + 1);
    QCOMPARE(gate->view(), View::Hidden);
    gate->quit();
    QCOMPARE(quits, 1);

    // In Arabic: the prompt and the menu read right to left.
    QTRY_VERIFY(shown(window, QStringLiteral("languageButton")));
    KIOSK_STEP(press(window, QStringLiteral("languageButton")));
    QTRY_VERIFY(app->controller().voter()->rightToLeft());
    QTest::keyClick(window, Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
    QTRY_COMPARE(gate->view(), View::Prompt);
    QTRY_VERIFY(!gate->busy());
    QQuickItem* keypad = shown(window, QStringLiteral("keypad"));
    QVERIFY(keypad);
    QVERIFY2(centerOf(keypad).x() < centerOf(shown(window, QStringLiteral("pinField"))).x(),
             "the keypad is on the left in Arabic");
    KIOSK_STEP(screenshot(window, QStringLiteral("kiosk-pin-prompt-ar")));
    typeText(window, kPin);
    QTest::keyClick(window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(gate->view(), View::Menu, kTimeoutMs);
    QVERIFY(app->controller().voter()->rightToLeft());
    QTRY_VERIFY2(centerOf(shown(window, QStringLiteral("resumeButton"))).x() >
                     centerOf(shown(window, QStringLiteral("pauseButton"))).x(),
                 "Resume comes first, on the right, in Arabic");
    KIOSK_STEP(screenshot(window, QStringLiteral("kiosk-pin-menu-ar")));
    KIOSK_STEP(press(window, QStringLiteral("pauseButton")));
    QTRY_VERIFY(shown(window, QStringLiteral("pausedScreen")));
    KIOSK_STEP(screenshot(window, QStringLiteral("kiosk-paused-ar")));
    // Resume: the next voter starts in English.
    KIOSK_STEP(press(window, QStringLiteral("pollWorkerButton")));
    QTRY_COMPARE(gate->view(), View::Prompt);
    QTRY_VERIFY(!gate->busy());
    typeText(window, kPin);
    QTest::keyClick(window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(gate->view(), View::Menu, kTimeoutMs);
    KIOSK_STEP(press(window, QStringLiteral("resumeButton")));
    QTRY_VERIFY(shown(window, QStringLiteral("startVotingButton")));
    QVERIFY(!gate->paused());
    QVERIFY(!app->controller().voter()->rightToLeft());
}

void TestPollWorkerPin::pausedKioskCannotBeLeftWithoutThePin()
{
    KIOSK_STEP(storePin(kPin));
    {
        auto app = startKiosk(m_kiosk.password);
        QVERIFY(app);
        QQuickWindow* window = windowOf(*app);
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(shown(window, QStringLiteral("startVotingButton")), kTimeoutMs);
        KIOSK_STEP(openMenu(*app, window));
        KIOSK_STEP(press(window, QStringLiteral("pauseButton")));
        QTRY_VERIFY(shown(window, QStringLiteral("pausedScreen")));
        QCOMPARE(shown(window, QStringLiteral("pausedTitle"))->property("text").toString(),
                 QStringLiteral("This kiosk is paused"));
        KIOSK_STEP(checkAccessible(window, QStringLiteral("paused")));
        KIOSK_STEP(screenshot(window, QStringLiteral("kiosk-paused-en")));
        // A screen that called the menu's actions without the PIN (a bug in QML) would change nothing.
        {
            PollWorkerGate* g = app->controller().pollWorker();
            QCOMPARE(g->view(), View::Hidden);
            int quits = 0;
            g->setQuitHandler([&quits]() { ++quits; });
            g->resume();
            g->changeServer();
            g->quit();
            QVERIFY(g->paused());
            QCOMPARE(quits, 0);
            QCOMPARE(app->controller().state(), KioskController::State::Ready);
        }

        // A voter's keys and touches: nothing leaves the paused screen.
        for (Qt::Key key :
             {Qt::Key_Escape, Qt::Key_Tab, Qt::Key_Return, Qt::Key_Space, Qt::Key_Backtab, Qt::Key_Left, Qt::Key_F4})
            QTest::keyClick(window, key);
        QTest::keyClick(window, Qt::Key_W, Qt::ControlModifier);
        QTest::keyClick(window, Qt::Key_F4, Qt::AltModifier);
        QTest::mouseClick(window, Qt::LeftButton, {}, QPoint(window->width() / 2, window->height() / 4));
        QTest::mouseClick(window, Qt::LeftButton, {}, QPoint(20, 20));
        QVERIFY(app->controller().pollWorker()->paused());
        QVERIFY(shown(window, QStringLiteral("pausedScreen")));
        QVERIFY(!shown(window, QStringLiteral("startVotingButton")));
        QCOMPARE(app->controller().flow()->step(), VotingFlow::Step::Welcome);
        // The button asks for the PIN (Return above may have opened the prompt); a wrong one, then Cancel.
        PollWorkerGate* gate = app->controller().pollWorker();
        if (gate->view() == View::Hidden)
            KIOSK_STEP(press(window, QStringLiteral("pollWorkerButton")));
        QTRY_COMPARE(gate->view(), View::Prompt);
        QTRY_VERIFY(!gate->busy());
        typeText(window, QStringLiteral("111111"));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!gate->busy(), kTimeoutMs);
        QCOMPARE(gate->view(), View::Prompt);
        KIOSK_STEP(press(window, QStringLiteral("pinCancelButton")));
        QTRY_COMPARE(gate->view(), View::Hidden);
        QVERIFY(gate->paused());
        QTRY_VERIFY(shown(window, QStringLiteral("pausedScreen")));
    }
    // A restart (a pulled power cord) does not unpause it.
    auto app = startKiosk(m_kiosk.password);
    QVERIFY(app);
    QQuickWindow* window = windowOf(*app);
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(app->controller().state() == KioskController::State::Ready, kTimeoutMs);
    QTRY_VERIFY(shown(window, QStringLiteral("pausedScreen")));
    QVERIFY(!shown(window, QStringLiteral("startVotingButton")));
    // The PIN and Resume: voters again.
    KIOSK_STEP(openMenu(*app, window));
    KIOSK_STEP(press(window, QStringLiteral("resumeButton")));
    QTRY_VERIFY(shown(window, QStringLiteral("startVotingButton")));
    QVERIFY(!app->controller().pollWorker()->paused());
    QVERIFY(!QSettings().value(QStringLiteral("kiosk/paused")).toBool());
}

void TestPollWorkerPin::changingTheServerNeedsThePin()
{
    KIOSK_STEP(storePin(kPin));
    {
        // The kiosk cannot connect: its poll worker may change the server, with the PIN.
        auto app = startKiosk(QStringLiteral("not-the-password"));
        QVERIFY(app);
        QQuickWindow* window = windowOf(*app);
        QVERIFY(window);
        PollWorkerGate* gate = app->controller().pollWorker();
        QTRY_VERIFY_WITH_TIMEOUT(app->controller().state() == KioskController::State::Failed, kTimeoutMs);
        QTRY_VERIFY(shown(window, QStringLiteral("changeSetupButton")));
        KIOSK_STEP(press(window, QStringLiteral("changeSetupButton")));
        QTRY_COMPARE(gate->view(), View::Prompt);
        QCOMPARE(app->controller().state(), KioskController::State::Failed);
        QTRY_VERIFY(!gate->busy());
        typeText(window, QStringLiteral("111111"));
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!gate->busy(), kTimeoutMs);
        QCOMPARE(app->controller().state(), KioskController::State::Failed);
        QVERIFY(!shown(window, QStringLiteral("setupScreen")));
        KIOSK_STEP(press(window, QStringLiteral("pinCancelButton")));
        QTRY_COMPARE(gate->view(), View::Hidden);
        QCOMPARE(app->controller().state(), KioskController::State::Failed);
        // Saving a setup is the setup screen's only.
        app->controller().saveSetup(false, QStringLiteral("elsewhere"), 5432, QStringLiteral("elect"),
                                    QStringLiteral("prefer"), QStringLiteral("k_other"), QStringLiteral("x"));
        QCOMPARE(app->controller().state(), KioskController::State::Failed);

        KIOSK_STEP(press(window, QStringLiteral("changeSetupButton")));
        QTRY_COMPARE(gate->view(), View::Prompt);
        QTRY_VERIFY(!gate->busy());
        typeText(window, kPin);
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(app->controller().state(), KioskController::State::Setup, kTimeoutMs);
        QTRY_VERIFY(shown(window, QStringLiteral("setupScreen")));
        // The kiosk has a PIN: the setup screen may keep it.
        QTRY_VERIFY(shown(window, QStringLiteral("pinHint"))->property("text").toString().contains(u"leave both"));
    }
    // A ready kiosk with a voter mid-session: the right PIN wipes the voter first, then Change server.
    auto app = startKiosk(m_kiosk.password);
    QVERIFY(app);
    QQuickWindow* window = windowOf(*app);
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(shown(window, QStringLiteral("startVotingButton")), kTimeoutMs);
    KIOSK_STEP(press(window, QStringLiteral("contrastButton"), Qt::Key_Space));
    KIOSK_STEP(press(window, QStringLiteral("startVotingButton")));
    QTRY_COMPARE(app->controller().flow()->step(), VotingFlow::Step::NationalId);
    typeText(window, QStringLiteral("2990101"));
    // A voter pressing the chord by chance and cancelling keeps their session.
    QTest::keyClick(window, Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
    QTRY_COMPARE(app->controller().pollWorker()->view(), View::Prompt);
    QTRY_VERIFY(!app->controller().pollWorker()->busy());
    KIOSK_STEP(press(window, QStringLiteral("pinCancelButton")));
    QTRY_COMPARE(app->controller().pollWorker()->view(), View::Hidden);
    QCOMPARE(app->controller().flow()->step(), VotingFlow::Step::NationalId);
    QTRY_COMPARE(shown(window, QStringLiteral("nationalIdField"))->property("text").toString(),
                 QStringLiteral("2990101"));
    KIOSK_STEP(openMenu(*app, window));
    QCOMPARE(app->controller().flow()->step(), VotingFlow::Step::Welcome);
    QVERIFY(!app->controller().flow()->holdsVoterData());
    QVERIFY(!app->controller().voter()->highContrast());
    KIOSK_STEP(press(window, QStringLiteral("changeServerButton")));
    QTRY_COMPARE(app->controller().state(), KioskController::State::Setup);
    QTRY_VERIFY(shown(window, QStringLiteral("setupScreen")));
    KIOSK_STEP(screenshot(window, QStringLiteral("kiosk-setup-change-server")));
    // Changed their mind: back to the voters with the setup as it was.
    KIOSK_STEP(press(window, QStringLiteral("cancelSetupButton")));
    QTRY_COMPARE_WITH_TIMEOUT(app->controller().state(), KioskController::State::Ready, kTimeoutMs);
    QTRY_VERIFY(shown(window, QStringLiteral("startVotingButton")));
}

void TestPollWorkerPin::fiveWrongPinsLockEvenAcrossARestart()
{
    KIOSK_STEP(storePin(kPin));
    const QDateTime start = m_clock.now();
    {
        auto app = startKiosk(m_kiosk.password);
        QVERIFY(app);
        QQuickWindow* window = windowOf(*app);
        QVERIFY(window);
        PollWorkerGate* gate = app->controller().pollWorker();
        QTRY_VERIFY_WITH_TIMEOUT(shown(window, QStringLiteral("startVotingButton")), kTimeoutMs);
        QTest::keyClick(window, Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
        QTRY_COMPARE(gate->view(), View::Prompt);
        for (int i = 1; i <= 5; ++i) {
            QTRY_VERIFY_WITH_TIMEOUT(!gate->busy(), kTimeoutMs);
            QTRY_COMPARE(window->activeFocusItem()->objectName(), QStringLiteral("pinField"));
            QVERIFY2(!gate->locked(), qPrintable(QString::number(i)));
            typeText(window, QStringLiteral("%1").arg(111110 + i));
            QTest::keyClick(window, Qt::Key_Return);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!gate->busy(), kTimeoutMs);
        QVERIFY(gate->locked());
        QVERIFY2(gate->message().contains(QStringLiteral("Wait 1 minute")), qPrintable(gate->message()));
        QTRY_COMPARE(shown(window, QStringLiteral("pollWorkerMessage"))->property("text").toString(), gate->message());
        KIOSK_STEP(screenshot(window, QStringLiteral("kiosk-pin-locked-en")));
        // The right PIN now is not even looked at.
        typeText(window, kPin);
        QTest::keyClick(window, Qt::Key_Return);
        QVERIFY(!shown(window, QStringLiteral("pinOkButton"))->isEnabled());
        QTest::mouseClick(window, Qt::LeftButton, {}, centerOf(shown(window, QStringLiteral("pinOkButton"))));
        QVERIFY(!gate->busy());
        QCOMPARE(gate->view(), View::Prompt);
        // The keychain holds the count and the end of the lock, next to the hash.
        const auto guard = SecretStore().read(PollWorkerGate::guardKey());
        QVERIFY2(guard.ok(), qPrintable(guard.message()));
        const QJsonObject json = QJsonDocument::fromJson(guard->toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("failures")).toInt(), 5);
        QCOMPARE(QDateTime::fromString(json.value(QStringLiteral("locked_until")).toString(), Qt::ISODateWithMs),
                 start.addSecs(60).toUTC());
    }
    // Restarted (the controller and the whole app again): still locked, and it says for how long.
    m_clock.advanceSecs(20);
    auto app = startKiosk(m_kiosk.password);
    QVERIFY(app);
    QQuickWindow* window = windowOf(*app);
    QVERIFY(window);
    PollWorkerGate* gate = app->controller().pollWorker();
    QTRY_VERIFY_WITH_TIMEOUT(shown(window, QStringLiteral("startVotingButton")), kTimeoutMs);
    QTest::keyClick(window, Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
    QTRY_COMPARE(gate->view(), View::Prompt);
    QTRY_VERIFY_WITH_TIMEOUT(!gate->busy(), kTimeoutMs);
    QVERIFY(gate->locked());
    QCOMPARE(gate->secondsLeft(), 40);
    QVERIFY2(gate->message().contains(QStringLiteral("Wait 40 second")), qPrintable(gate->message()));
    typeText(window, kPin);
    QTest::keyClick(window, Qt::Key_Return);
    QVERIFY(!gate->busy());
    QCOMPARE(gate->view(), View::Prompt);

    // The minute passes (the countdown in C++ notices by itself); five more wrong PINs: twice as long.
    m_clock.advanceSecs(41);
    QTRY_VERIFY(!gate->locked());
    QTRY_VERIFY(gate->message().isEmpty());
    QTRY_VERIFY(shown(window, QStringLiteral("pinField"))->isEnabled());
    for (int i = 1; i <= 5; ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(!gate->busy(), kTimeoutMs);
        shown(window, QStringLiteral("pinField"))->forceActiveFocus();
        typeText(window, QStringLiteral("%1").arg(222220 + i));
        QTest::keyClick(window, Qt::Key_Return);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!gate->busy(), kTimeoutMs);
    QVERIFY2(gate->message().contains(QStringLiteral("Wait 2 minute")), qPrintable(gate->message()));
    m_clock.advanceSecs(121);
    QTRY_VERIFY(!gate->locked());
    QTRY_VERIFY(shown(window, QStringLiteral("pinField"))->isEnabled());
    shown(window, QStringLiteral("pinField"))->forceActiveFocus();
    typeText(window, kPin);
    QTest::keyClick(window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(gate->view(), View::Menu, kTimeoutMs);
    QCOMPARE(SecretStore().read(PollWorkerGate::guardKey()).code(), ErrorCode::NotFound);
    KIOSK_STEP(press(window, QStringLiteral("resumeButton")));
}

void TestPollWorkerPin::longPressOnTheKioskNameOpensThePrompt()
{
    KIOSK_STEP(storePin(kPin));
    auto app = startKiosk(m_kiosk.password);
    QVERIFY(app);
    app->controller().pollWorker()->setHoldInterval(200);
    QQuickWindow* window = windowOf(*app);
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(shown(window, QStringLiteral("startVotingButton")), kTimeoutMs);
    QQuickItem* name = shown(window, QStringLiteral("kioskName"));
    QVERIFY(name);
    QTRY_VERIFY(!name->property("text").toString().isEmpty());
    // A tap is not enough.
    QTest::mouseClick(window, Qt::LeftButton, {}, centerOf(name));
    QCOMPARE(app->controller().pollWorker()->view(), View::Hidden);
    // Held down: the prompt.
    QTest::mousePress(window, Qt::LeftButton, {}, centerOf(name));
    QTRY_COMPARE(app->controller().pollWorker()->view(), View::Prompt);
    QTest::mouseRelease(window, Qt::LeftButton, {}, centerOf(name));
    QTRY_VERIFY(!app->controller().pollWorker()->busy());
    QTRY_COMPARE(window->activeFocusItem()->objectName(), QStringLiteral("pinField"));
}

QTEST_MAIN(TestPollWorkerPin)
#include "TestPollWorkerPin.moc"
