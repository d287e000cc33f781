#include "CastJournal.h"
#include "KioskApp.h"
#include "KioskController.h"
#include "KioskDriver.h"
#include "RunningKiosk.h"
#include "Sql.h"
#include "TestCluster.h"
#include "TestPaths.h"
#include "VoterSession.h"
#include "VotingFlow.h"

#include "core/db/VotingRepository.h"

#include <QAccessible>
#include <QCloseEvent>
#include <QDir>
#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Elect_KioskPlugin)

using namespace Elect;
using namespace Elect::Test;
using namespace Elect::Test::Kiosk;

// A helper that failed (QVERIFY returns from the helper only) ends the test there too.
#define STEP(call)                                                                                                     \
    do {                                                                                                               \
        call;                                                                                                          \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

namespace {
constexpr int kTimeoutMs = 30000;
const QString kCode = QStringLiteral("424242");
const QString kServicePassword = QStringLiteral("service-password-for-tests");

// The demo's voters of "Club captain 2026" (core/devtools/DemoSeeder.cpp): voter i has this national id.
QString demoVoter(int i)
{
    return QStringLiteral("2990101%1").arg(1000000 + i * 7919, 7, 10, QLatin1Char('0'));
}
} // namespace

// A voter's whole way through the kiosk, driven by the keyboard as a voter would (key presses on the
// window, never the flow's slots), against a real cluster with the demo seeded.
class TestVoterJourney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void votesByKeyboardInEnglish();
    void votesByKeyboardInArabicLargeTextHighContrast();
    void wrongCodeThenRightCode();
    void alreadyVotedIsToldAfterTheCode();
    void idleWarningThenWipe();
    void castCutOffIsSentAgainAndCountedOnce();
    void restartTellsThePollWorkerWhatWasCounted();
    void fullScreenCannotBeClosedOrLeft();
    void electionClosedMeanwhileEndsTheSession();
    void receiptGoesBackToWelcomeByItself();

private:
    using Kiosk = RunningKiosk;
    Kiosk startKiosk() { return Test::Kiosk::startKiosk(*m_cluster, m_kiosk, m_dir); }
    QString sql(const QString& statement);
    void storeCode(const QString& code);
    void walkToBallot(Kiosk& kiosk, int voter, const QString& typedId, const QString& shotPrefix);
    qint64 ballotsWithReceipt(const QString& receipt);

    std::unique_ptr<TestCluster> m_cluster;
    DemoSeeder::Account m_kiosk;
    QTemporaryDir m_dir;
    qint64 m_election = 0;
    QUuid m_cutKey; ///< the cast cut off in castCutOffIsSentAgainAndCountedOnce, and its receipt
    QString m_cutReceipt;
};

void TestVoterJourney::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Elect-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_voter_journey"));
    QSettings().clear();
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    KioskApp::applyLook();
    QmlProblems::install();
    QVERIFY(m_dir.isValid());

    m_cluster = std::make_unique<TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto outcome = seedDemo(*m_cluster);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    m_kiosk = demoAccount(outcome->accounts, QStringLiteral("Kiosk"));
    m_election = sql(QStringLiteral("SELECT id FROM elect.elections WHERE title = 'Club captain 2026'")).toLongLong();
    QVERIFY(m_election > 0);
    QVERIFY(QDir().mkpath(QStringLiteral(ELECT_BINARY_DIR "/screenshots")));
}

void TestVoterJourney::init()
{
    QmlProblems::list().clear();
}

void TestVoterJourney::cleanup()
{
    QVERIFY2(QmlProblems::list().isEmpty(), qPrintable(QmlProblems::list().join(QLatin1Char('\n'))));
}

QString TestVoterJourney::sql(const QString& statement)
{
    auto super = rawConnect(m_cluster->superuser());
    return super ? scalar(*super, statement) : QStringLiteral("ERROR no connection");
}

// What elect serve does as it sends the SMS, with a code the test knows.
void TestVoterJourney::storeCode(const QString& code)
{
    const QString otp = sql(QStringLiteral("SELECT max(id) FROM elect.voter_otps"));
    auto service = rawConnect(m_cluster->as(QStringLiteral("elect_service"), kServicePassword));
    QVERIFY(service);
    QCOMPARE(
        scalar(*service, QStringLiteral("SELECT state FROM elect.service_store_voter_code(%1, '%2')").arg(otp, code)),
        QStringLiteral("ready"));
}

qint64 TestVoterJourney::ballotsWithReceipt(const QString& receipt)
{
    return sql(QStringLiteral("SELECT count(*) FROM elect.ballots WHERE receipt_code = '%1'").arg(receipt))
        .toLongLong();
}

void TestVoterJourney::walkToBallot(Kiosk& k, int voter, const QString& typedId, const QString& shotPrefix)
{
    QVERIFY(k.window && QTest::qWaitForWindowExposed(k.window));
    QTRY_VERIFY_WITH_TIMEOUT(k.app->controller().state() == KioskController::State::Ready, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(findItem(k.window, QStringLiteral("startVotingButton")), kTimeoutMs);
    if (!shotPrefix.isEmpty()) {
        STEP(checkAccessible(k.window, QStringLiteral("welcome")));
        STEP(screenshot(k.window, shotPrefix + QStringLiteral("-1-welcome")));
    }
    STEP(press(k.window, QStringLiteral("startVotingButton")));
    QTRY_COMPARE(k.flow()->step(), VotingFlow::Step::NationalId);
    QTRY_VERIFY(findItem(k.window, QStringLiteral("nationalIdField")));
    QTRY_COMPARE(k.window->activeFocusItem()->objectName(), QStringLiteral("nationalIdField"));
    typeText(k.window, typedId);
    QCOMPARE(textOf(k.window, QStringLiteral("nationalIdField")), typedId);
    if (!shotPrefix.isEmpty()) {
        STEP(checkAccessible(k.window, QStringLiteral("national id")));
        STEP(screenshot(k.window, shotPrefix + QStringLiteral("-2-national-id")));
    }
    QTest::keyClick(k.window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Code, kTimeoutMs);
    const QString phone = sql(QStringLiteral("SELECT right(phone, 2) FROM elect.voters v JOIN elect.voter_otps o ON "
                                             "o.voter_id = v.id ORDER BY o.id DESC LIMIT 1"));
    QCOMPARE(k.flow()->phoneDigits(), phone);
    // The phone's last digits as the voter reads digits: Arabic-Indic in Arabic, like the keypad's.
    const QString shown = k.app->controller().voter()->rightToLeft() ? inArabicIndicDigits(phone) : phone;
    QTRY_VERIFY(textOf(k.window, QStringLiteral("codeSentTo")).contains(shown));
    storeCode(kCode);
    if (!shotPrefix.isEmpty()) {
        STEP(checkAccessible(k.window, QStringLiteral("code")));
        STEP(screenshot(k.window, shotPrefix + QStringLiteral("-3-code")));
    }
    Q_UNUSED(voter)
}

void TestVoterJourney::votesByKeyboardInEnglish()
{
    Kiosk k = startKiosk();
    const qint64 ballotsBefore = sql(QStringLiteral("SELECT count(*) FROM elect.ballots")).toLongLong();
    STEP(walkToBallot(k, 1, demoVoter(1), QStringLiteral("voter-en")));
    QTRY_COMPARE(k.window->activeFocusItem()->objectName(), QStringLiteral("codeField"));
    typeText(k.window, kCode);
    QTest::keyClick(k.window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Ballot, kTimeoutMs);
    QTRY_COMPARE(textOf(k.window, QStringLiteral("chosenCount")), QStringLiteral("0 of 1 chosen"));
    QCOMPARE(k.flow()->ballot()->count(), 4);

    // The first card has the focus; the arrow key moves to the second, Space chooses it.
    QTRY_COMPARE(k.window->activeFocusItem()->objectName(), QStringLiteral("candidateCard"));
    QTest::keyClick(k.window, Qt::Key_Down);
    QCOMPARE(k.window->activeFocusItem()->objectName(), QStringLiteral("candidateCard"));
    QTest::keyClick(k.window, Qt::Key_Space);
    QTRY_COMPARE(textOf(k.window, QStringLiteral("chosenCount")), QStringLiteral("1 of 1 chosen"));
    QCOMPARE(k.flow()->ballot()->chosen().size(), 1);
    const qint64 chosen = k.flow()->ballot()->chosen().first();
    QCOMPARE(k.window->activeFocusItem()->property("candidateId").toLongLong(), chosen);
    QCOMPARE(k.window->activeFocusItem()->property("checked").toBool(), true);
    STEP(checkAccessible(k.window, QStringLiteral("ballot")));
    STEP(screenshot(k.window, QStringLiteral("voter-en-4-ballot")));

    STEP(press(k.window, QStringLiteral("reviewButton")));
    QTRY_COMPARE(k.flow()->step(), VotingFlow::Step::Review);
    QTRY_COMPARE(textOf(k.window, QStringLiteral("reviewName")), k.flow()->ballot()->nameOf(chosen));
    STEP(checkAccessible(k.window, QStringLiteral("review")));
    STEP(screenshot(k.window, QStringLiteral("voter-en-5-review")));

    STEP(press(k.window, QStringLiteral("castButton")));
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Receipt, kTimeoutMs);
    const QString receipt = k.flow()->receipt();
    QVERIFY(QRegularExpression(QStringLiteral("^[ACDEFGHJKLMNPQRTUVWXY34679]{10}$")).match(receipt).hasMatch());
    QTRY_VERIFY(textOf(k.window, QStringLiteral("receiptCode")).contains(receipt.left(5)));
    QQuickItem* qr = findItem(k.window, QStringLiteral("receiptQr"));
    QVERIFY(qr);
    QTRY_COMPARE(qr->property("status").toInt(), 1); // Image.Ready: the QR code rendered
    STEP(checkAccessible(k.window, QStringLiteral("receipt")));
    STEP(screenshot(k.window, QStringLiteral("voter-en-6-receipt")));

    // The database: exactly one new ballot, with the chosen candidate and the receipt shown, and one record.
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.ballots")).toLongLong(), ballotsBefore + 1);
    QCOMPARE(sql(QStringLiteral("SELECT selections::text FROM elect.ballots WHERE receipt_code = '%1'").arg(receipt)),
             QStringLiteral("{%1}").arg(chosen));
    QCOMPARE(sql(QStringLiteral(
                     "SELECT count(*) FROM elect.voting_records r JOIN elect.voters v ON v.id = r.voter_id"
                     " JOIN elect.elections e ON e.id = r.election_id WHERE r.election_id = %1 AND v.national_id_hmac ="
                     " elect.national_id_hmac(elect_private.organization_key(e.organization_id), '%2')")
                     .arg(m_election)
                     .arg(demoVoter(1))),
             QStringLiteral("1"));
    // The journal knows the cast was counted, and never the choice.
    const auto entries = k.flow()->journal().entries();
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.last().status, CastJournal::Status::Counted);

    STEP(press(k.window, QStringLiteral("finishButton")));
    QTRY_COMPARE(k.flow()->step(), VotingFlow::Step::Welcome);
    QVERIFY(!k.flow()->holdsVoterData());
    QVERIFY(k.flow()->journal().entries().last().receipt.isEmpty());
}

void TestVoterJourney::votesByKeyboardInArabicLargeTextHighContrast()
{
    Kiosk k = startKiosk();
    QVERIFY(k.window && QTest::qWaitForWindowExposed(k.window));
    QTRY_VERIFY_WITH_TIMEOUT(findItem(k.window, QStringLiteral("startVotingButton")), kTimeoutMs);
    // The voter's display choices, by keyboard: Arabic, extra large text, high contrast.
    STEP(press(k.window, QStringLiteral("languageButton")));
    QTRY_VERIFY(k.app->controller().voter()->rightToLeft());
    STEP(press(k.window, QStringLiteral("textSize2"), Qt::Key_Space));
    QTRY_COMPARE(k.app->controller().voter()->textSize(), VoterSession::TextSize::ExtraLarge);
    STEP(press(k.window, QStringLiteral("contrastButton"), Qt::Key_Space));
    QTRY_VERIFY(k.app->controller().voter()->highContrast());
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);

    // The id typed in Arabic-Indic digits, as an Arabic keyboard types them.
    STEP(walkToBallot(k, 2, inArabicIndicDigits(demoVoter(2)), QStringLiteral("voter-ar")));
    typeText(k.window, inArabicIndicDigits(kCode));
    QTest::keyClick(k.window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Ballot, kTimeoutMs);
    QTRY_COMPARE(k.window->activeFocusItem()->objectName(), QStringLiteral("candidateCard"));
    QTest::keyClick(k.window, Qt::Key_Space);
    QTRY_COMPARE(k.flow()->ballot()->chosenCount(), 1);
    // Counts in Arabic-Indic digits.
    QVERIFY2(textOf(k.window, QStringLiteral("chosenCount")).contains(QStringLiteral("١")),
             qPrintable(textOf(k.window, QStringLiteral("chosenCount"))));
    const qint64 chosen = k.flow()->ballot()->chosen().first();
    STEP(screenshot(k.window, QStringLiteral("voter-ar-4-ballot")));
    STEP(press(k.window, QStringLiteral("reviewButton")));
    QTRY_COMPARE(k.flow()->step(), VotingFlow::Step::Review);
    STEP(screenshot(k.window, QStringLiteral("voter-ar-5-review")));
    STEP(press(k.window, QStringLiteral("castButton")));
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Receipt, kTimeoutMs);
    STEP(screenshot(k.window, QStringLiteral("voter-ar-6-receipt")));
    QCOMPARE(ballotsWithReceipt(k.flow()->receipt()), 1);
    QCOMPARE(sql(QStringLiteral("SELECT selections::text FROM elect.ballots WHERE receipt_code = '%1'")
                     .arg(k.flow()->receipt())),
             QStringLiteral("{%1}").arg(chosen));

    // The next voter starts in English, normal text and contrast.
    STEP(press(k.window, QStringLiteral("finishButton")));
    QTRY_COMPARE(k.flow()->step(), VotingFlow::Step::Welcome);
    QVERIFY(!k.app->controller().voter()->rightToLeft());
    QVERIFY(!k.app->controller().voter()->highContrast());
    QCOMPARE(k.app->controller().voter()->textSize(), VoterSession::TextSize::Normal);
}

void TestVoterJourney::wrongCodeThenRightCode()
{
    Kiosk k = startKiosk();
    k.flow()->setResendDelay(300);
    STEP(walkToBallot(k, 3, demoVoter(3), {}));
    // A new code cannot be asked for at once; it can after the (shortened) delay.
    QVERIFY(!findItem(k.window, QStringLiteral("resendButton"))->isEnabled());
    typeText(k.window, QStringLiteral("111111"));
    QTest::keyClick(k.window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->message(),
                              QStringLiteral("That code is not right. Check the text message and enter the six digits "
                                             "again."),
                              kTimeoutMs);
    QCOMPARE(k.flow()->step(), VotingFlow::Step::Code);
    QTRY_VERIFY(findItem(k.window, QStringLiteral("voterMessage"))->isVisible());
    QCOMPARE(textOf(k.window, QStringLiteral("codeField")), QString());
    STEP(screenshot(k.window, QStringLiteral("voter-en-3b-wrong-code")));
    QTRY_VERIFY(findItem(k.window, QStringLiteral("resendButton"))->isEnabled());

    // Typed on the screen's keypad this time, by keyboard.
    for (const QChar digit : kCode)
        STEP(press(k.window, QStringLiteral("key_") + digit, Qt::Key_Space));
    QCOMPARE(textOf(k.window, QStringLiteral("codeField")), kCode);
    STEP(press(k.window, QStringLiteral("continueButton")));
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Ballot, kTimeoutMs);
    QVERIFY(k.flow()->message().isEmpty());
}

void TestVoterJourney::alreadyVotedIsToldAfterTheCode()
{
    Kiosk k = startKiosk();
    walkToBallot(k, 1, demoVoter(1), {}); // voted in votesByKeyboardInEnglish
    typeText(k.window, kCode);
    QTest::keyClick(k.window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Notice, kTimeoutMs);
    QCOMPARE(k.flow()->message(), QStringLiteral("You have already voted in this election, and your vote was counted "
                                                 "once. Nothing more is needed. Thank you."));
    QTRY_COMPARE(textOf(k.window, QStringLiteral("noticeText")), k.flow()->message());
    STEP(checkAccessible(k.window, QStringLiteral("notice")));
    STEP(screenshot(k.window, QStringLiteral("voter-en-already-voted")));
    STEP(press(k.window, QStringLiteral("finishButton")));
    QTRY_COMPARE(k.flow()->step(), VotingFlow::Step::Welcome);
}

void TestVoterJourney::idleWarningThenWipe()
{
    Kiosk k = startKiosk();
    k.flow()->inactivity()->setDurations(400, 600);
    STEP(walkToBallot(k, 4, demoVoter(4), {}));
    typeText(k.window, QStringLiteral("42"));
    k.app->controller().voter()->setHighContrast(true);
    k.app->controller().voter()->setTextSize(VoterSession::TextSize::Large);

    // Nobody touches the kiosk: the warning comes.
    QTRY_VERIFY_WITH_TIMEOUT(k.flow()->inactivity()->warning(), 5000);
    QTRY_VERIFY(findItem(k.window, QStringLiteral("idleWarning"))->isVisible());
    STEP(checkAccessible(k.window, QStringLiteral("idle warning")));
    STEP(screenshot(k.window, QStringLiteral("voter-en-idle-warning")));
    // A key press keeps the session.
    QTest::keyClick(k.window, Qt::Key_Shift);
    QVERIFY(!k.flow()->inactivity()->warning());
    QCOMPARE(k.flow()->step(), VotingFlow::Step::Code);

    // Again nobody: warned, then wiped.
    QTRY_VERIFY_WITH_TIMEOUT(k.flow()->inactivity()->warning(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Welcome, 5000);
    QVERIFY(!k.flow()->holdsVoterData());
    QVERIFY(k.flow()->phoneDigits().isEmpty());
    QVERIFY(k.flow()->electionTitle().isEmpty());
    QCOMPARE(k.flow()->ballot()->count(), 0);
    QVERIFY(k.flow()->receipt().isEmpty());
    QVERIFY(!k.flow()->inactivity()->warning());
    QVERIFY(!k.app->controller().voter()->highContrast());
    QCOMPARE(k.app->controller().voter()->textSize(), VoterSession::TextSize::Normal);
    // The theme followed: the window is back to its normal colours and sizes.
    QTRY_COMPARE(k.window->property("color").value<QColor>(), QColor(QStringLiteral("#eef2f7")));
    QTRY_COMPARE(k.window->property("font").value<QFont>().pixelSize(), 26);
    QTRY_VERIFY(findItem(k.window, QStringLiteral("welcomeScreen")));
    QVERIFY(!findItem(k.window, QStringLiteral("codeField")));
}

void TestVoterJourney::castCutOffIsSentAgainAndCountedOnce()
{
    Kiosk k = startKiosk();
    k.flow()->setCastRetryDelay(100);
    STEP(walkToBallot(k, 5, demoVoter(5), {}));
    typeText(k.window, kCode);
    QTest::keyClick(k.window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Ballot, kTimeoutMs);
    QTRY_COMPARE(k.window->activeFocusItem()->objectName(), QStringLiteral("candidateCard"));
    QTest::keyClick(k.window, Qt::Key_Space);
    STEP(press(k.window, QStringLiteral("reviewButton")));
    QTRY_COMPARE(k.flow()->step(), VotingFlow::Step::Review);
    const qint64 ballotsBefore = sql(QStringLiteral("SELECT count(*) FROM elect.ballots")).toLongLong();

    // The server goes away just as the voter casts.
    auto restart = qScopeGuard([this]() { (void)m_cluster->server().start(); });
    QVERIFY(m_cluster->server().stop().ok());
    STEP(press(k.window, QStringLiteral("castButton")));
    QTRY_VERIFY_WITH_TIMEOUT(k.flow()->message().contains(QStringLiteral("sending it again")), kTimeoutMs);
    QCOMPARE(k.flow()->step(), VotingFlow::Step::Review);
    QVERIFY(k.flow()->busy());
    const auto pending = k.flow()->journal().pending();
    QCOMPARE(pending.size(), 1);
    const QString receipt = pending.first().receipt;
    STEP(screenshot(k.window, QStringLiteral("voter-en-cast-retrying")));
    // While it retries, nobody's inactivity wipes the cast away.
    QVERIFY(!k.flow()->inactivity()->isActive());

    // The server is back: the same cast goes again and is counted once; the voter sees the receipt.
    QVERIFY(m_cluster->server().start().ok());
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Receipt, kTimeoutMs);
    QCOMPARE(k.flow()->receipt(), receipt);
    QCOMPARE(ballotsWithReceipt(receipt), 1);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.ballots")).toLongLong(), ballotsBefore + 1);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.voting_records WHERE idempotency_key = '%1'")
                     .arg(pending.first().key.toString(QUuid::WithoutBraces))),
             QStringLiteral("1"));
    QVERIFY(k.flow()->journal().pending().isEmpty());
    m_cutKey = pending.first().key;
    m_cutReceipt = receipt;
}

void TestVoterJourney::restartTellsThePollWorkerWhatWasCounted()
{
    // A journal as a killed kiosk leaves it: one cast the server counted, one it never received.
    QVERIFY2(!m_cutKey.isNull(), "castCutOffIsSentAgainAndCountedOnce ran first");
    {
        CastJournal journal;
        QVERIFY(journal.open(m_dir.filePath(QStringLiteral("restart.sqlite"))).ok());
        QVERIFY(journal.begin(m_cutKey, m_cutReceipt).ok());
        QVERIFY(journal.begin(QUuid::createUuid(), VotingRepository::newReceiptCode()).ok());
        QCOMPARE(journal.pending().size(), 2);
    }
    Kiosk k;
    k.app = std::make_unique<KioskApp>();
    QVERIFY(k.flow()->openJournal(m_dir.filePath(QStringLiteral("restart.sqlite"))).ok());
    KioskProfile profile;
    profile.embedded = false;
    profile.host = m_cluster->server().socketDir();
    profile.loginRole = m_kiosk.loginRole;
    QVERIFY(k.app->startWith(profile, m_kiosk.password, false));
    k.window = qobject_cast<QQuickWindow*>(k.app->engine().rootObjects().first());
    QVERIFY(k.window && QTest::qWaitForWindowExposed(k.window));
    QTRY_VERIFY_WITH_TIMEOUT(k.flow()->journalStatus().count(u'\n') == 1, kTimeoutMs);
    QCOMPARE(k.flow()->journalStatus().split(u'\n'),
             QStringList({QStringLiteral("A vote cast at this kiosk before it restarted was counted."),
                          QStringLiteral("A vote started at this kiosk before it restarted was not counted: that "
                                         "voter may vote again.")}));
    // Asking did not cast anything: the counted one is still there once.
    QCOMPARE(ballotsWithReceipt(m_cutReceipt), 1);
    QTRY_VERIFY(findItem(k.window, QStringLiteral("journalStatus"))->isVisible());
    QVERIFY(k.flow()->journal().pending().isEmpty());
    const auto entries = k.flow()->journal().entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).status, CastJournal::Status::Counted);
    QCOMPARE(entries.at(1).status, CastJournal::Status::NotCounted);
    QVERIFY(entries.at(0).receipt.isEmpty() && entries.at(1).receipt.isEmpty());
    STEP(screenshot(k.window, QStringLiteral("kiosk-restart-journal")));
}

void TestVoterJourney::fullScreenCannotBeClosedOrLeft()
{
    KioskApp app;
    KioskProfile profile;
    profile.embedded = false;
    profile.host = m_cluster->server().socketDir();
    profile.loginRole = m_kiosk.loginRole;
    QVERIFY(app.startWith(profile, m_kiosk.password, true));
    auto* window = qobject_cast<QQuickWindow*>(app.engine().rootObjects().first());
    QVERIFY(window && QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY_WITH_TIMEOUT(findItem(window, QStringLiteral("startVotingButton")), kTimeoutMs);
    STEP(press(window, QStringLiteral("startVotingButton")));
    QTRY_COMPARE(app.controller().flow()->step(), VotingFlow::Step::NationalId);

    // Escape, Ctrl+W, Ctrl+Q, and the window manager's close (Alt+F4) change nothing.
    QTest::keyClick(window, Qt::Key_Escape);
    QTest::keyClick(window, Qt::Key_W, Qt::ControlModifier);
    QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier);
    // What the window manager sends for Alt+F4 or the close button.
    QCloseEvent close;
    QCoreApplication::sendEvent(window, &close);
    QVERIFY(!close.isAccepted());
    QVERIFY(window->isVisible());
    QCOMPARE(app.controller().flow()->step(), VotingFlow::Step::NationalId);
}

void TestVoterJourney::electionClosedMeanwhileEndsTheSession()
{
    Kiosk k = startKiosk();
    STEP(walkToBallot(k, 6, demoVoter(6), {}));
    typeText(k.window, kCode);
    QTest::keyClick(k.window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Ballot, kTimeoutMs);
    QTRY_COMPARE(k.window->activeFocusItem()->objectName(), QStringLiteral("candidateCard"));
    QTest::keyClick(k.window, Qt::Key_Space);
    STEP(press(k.window, QStringLiteral("reviewButton")));
    QTRY_COMPARE(k.flow()->step(), VotingFlow::Step::Review);

    // The election ends while the voter reviews the ballot.
    // The guard against changing a running election is set aside as a clock would: here the test is the clock.
    const QString endsAt = sql(QStringLiteral("SELECT ends_at FROM elect.elections WHERE id = %1").arg(m_election));
    auto reopen = qScopeGuard([&]() {
        (void)sql(QStringLiteral(
                      "SET session_replication_role = replica; UPDATE elect.elections SET ends_at = '%1' WHERE id = %2")
                      .arg(endsAt)
                      .arg(m_election));
    });
    QCOMPARE(sql(QStringLiteral("SET session_replication_role = replica; UPDATE elect.elections SET ends_at = now() "
                                "WHERE id = %1 RETURNING 1")
                     .arg(m_election)),
             QStringLiteral("1"));
    const qint64 ballotsBefore = sql(QStringLiteral("SELECT count(*) FROM elect.ballots")).toLongLong();
    STEP(press(k.window, QStringLiteral("castButton")));
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Notice, kTimeoutMs);
    QCOMPARE(k.flow()->message(), QStringLiteral("This election is not open for voting now. Ask the poll worker."));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.ballots")).toLongLong(), ballotsBefore);
    QCOMPARE(k.flow()->journal().entries().last().status, CastJournal::Status::NotCounted);
    STEP(screenshot(k.window, QStringLiteral("voter-en-election-closed")));
}

void TestVoterJourney::receiptGoesBackToWelcomeByItself()
{
    Kiosk k = startKiosk();
    k.flow()->setReceiptTimeout(300);
    STEP(walkToBallot(k, 7, demoVoter(7), {}));
    typeText(k.window, kCode);
    QTest::keyClick(k.window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Ballot, kTimeoutMs);
    QTRY_COMPARE(k.window->activeFocusItem()->objectName(), QStringLiteral("candidateCard"));
    QTest::keyClick(k.window, Qt::Key_Space);
    STEP(press(k.window, QStringLiteral("reviewButton")));
    STEP(press(k.window, QStringLiteral("castButton")));
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Receipt, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Welcome, 5000);
    QVERIFY(!k.flow()->holdsVoterData());
    QVERIFY(k.flow()->journal().entries().last().receipt.isEmpty());
}

QTEST_MAIN(TestVoterJourney)
#include "TestVoterJourney.moc"
