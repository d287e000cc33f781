#include "KioskApp.h"
#include "KioskController.h"
#include "KioskDriver.h"
#include "RunningKiosk.h"
#include "Sql.h"
#include "TestCluster.h"
#include "VoterSession.h"
#include "VotingFlow.h"

#include <QGuiApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

#include <algorithm>
#include <memory>

Q_IMPORT_QML_PLUGIN(Elect_KioskPlugin)

using namespace Elect;
using namespace Elect::Test;
using namespace Elect::Test::Kiosk;

namespace {
constexpr int kTimeoutMs = 30000;
const QString kCode = QStringLiteral("424242");
const QString kServicePassword = QStringLiteral("service-password-for-tests");
const QString kRankedTitle = QStringLiteral("Coach of the year 2026");
const QString kReferendumTitle = QStringLiteral("New boathouse roof");
const QString kApprovalTitle = QStringLiteral("Regatta committee");
// The ballot lists candidates by name; one Arabic name, as a club's members have them.
const QStringList kRankedCandidates = {QStringLiteral("Amira Saleh"), QStringLiteral("Bassem Youssef"),
                                       QStringLiteral("Dina Farouk"), QStringLiteral("Hesham Nabil"),
                                       QStringLiteral("سلمى فؤاد")};

QString voterId(int election, int voter)
{
    return QStringLiteral("2850202%1").arg(election * 1000 + voter, 7, 10, QLatin1Char('0'));
}
} // namespace

// Ranked, approval and referendum ballots at the kiosk, by keyboard as a voter fills them in, against a real
// cluster: the demo's kiosk, with elections of its organization made here by the superuser as the owner role.
class TestRankedBallot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QmlProblems::list().clear(); }
    void cleanup() { QVERIFY2(QmlProblems::list().isEmpty(), qPrintable(QmlProblems::list().join(u'\n'))); }
    void ranksByKeyboardChangesTheOrderAndCasts_data();
    void ranksByKeyboardChangesTheOrderAndCasts();
    void approvalAllowsUpToN();
    void referendumTakesOneAnswer();
    void everyScreenAtTheLargestTextInHighContrast();

private:
    using Kiosk = RunningKiosk;
    Kiosk startKiosk() { return Test::Kiosk::startKiosk(*m_cluster, m_kiosk, m_dir); }
    QString sql(const QString& statement);
    qint64 makeRunning(const QString& title, const QString& method, int votesPerVoter, const QStringList& candidates,
                       int voters);
    void walkToBallot(Kiosk& k, const QString& title, const QString& nationalId, bool arabic);
    void storeCode();
    void focusCard(Kiosk& k, const QString& name);
    QString choiceTextOf(Kiosk& k, const QString& name);
    void cardsAreWhole(Kiosk& k);
    QStringList reviewNames(Kiosk& k);

    std::unique_ptr<TestCluster> m_cluster;
    DemoSeeder::Account m_kiosk;
    QTemporaryDir m_dir;
    qint64 m_organization = 0;
    QHash<QString, qint64> m_ids; ///< candidate ids by "election title/name"
};

void TestRankedBallot::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Elect-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_ranked_ballot"));
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
    m_organization =
        sql(QStringLiteral("SELECT organization_id FROM elect.elections WHERE title = 'Club captain 2026'"))
            .toLongLong();
    QVERIFY(m_organization > 0);
    QVERIFY(makeRunning(kRankedTitle, QStringLiteral("irv"), 1, kRankedCandidates, 3) > 0);
    QVERIFY(makeRunning(kApprovalTitle, QStringLiteral("approval"), 2, kRankedCandidates.mid(0, 4), 1) > 0);
    QVERIFY(makeRunning(kReferendumTitle, QStringLiteral("referendum"), 1,
                        {QStringLiteral("Yes"), QStringLiteral("No")}, 1) > 0);
}

QString TestRankedBallot::sql(const QString& statement)
{
    auto super = rawConnect(m_cluster->superuser());
    return super ? scalar(*super, statement) : QStringLiteral("ERROR no connection");
}

// A running election of the demo's organization, made as the owner role would (the superuser stands in for the
// steps that come with publishing), with voters whose national ids the kiosk can look up.
qint64 TestRankedBallot::makeRunning(const QString& title, const QString& method, int votesPerVoter,
                                     const QStringList& candidates, int voters)
{
    const QString org = QString::number(m_organization);
    const QString election =
        sql(QStringLiteral("SET ROLE elect_owner; INSERT INTO elect.elections (organization_id, title, type,"
                           " counting_method, seats, votes_per_voter, starts_at, ends_at, status) VALUES (%1, '%2',"
                           " 'simple', '%3', 1, %4, now() - interval '1 hour', now() + interval '2 days', 'scheduled')"
                           " RETURNING id")
                .arg(org, title, method)
                .arg(votesPerVoter));
    if (election.toLongLong() <= 0) {
        qWarning("election: %s", qPrintable(election));
        return 0;
    }
    for (const QString& name : candidates) {
        const QString id = sql(QStringLiteral("SET ROLE elect_owner; INSERT INTO elect.candidates (organization_id,"
                                              " national_id_hmac, name) VALUES (%1, public.digest('%2/%3', 'sha256'),"
                                              " '%3') RETURNING id")
                                   .arg(org, title, name));
        if (id.toLongLong() <= 0) {
            qWarning("candidate: %s", qPrintable(id));
            return 0;
        }
        sql(QStringLiteral("SET ROLE elect_owner; INSERT INTO elect.candidate_participations (candidate_id,"
                           " election_id, organization_id) VALUES (%1, %2, %3)")
                .arg(id, election, org));
        m_ids.insert(title + u'/' + name, id.toLongLong());
    }
    const int number = int(m_ids.size());
    for (int v = 1; v <= voters; ++v)
        sql(QStringLiteral("SET ROLE elect_owner; INSERT INTO elect.voters (election_id, organization_id,"
                           " national_id_hmac, phone) VALUES (%1, %2, elect.national_id_hmac("
                           "elect_private.organization_key(%2), '%3'), '+2011%4')")
                .arg(election, org, voterId(number, v))
                .arg(20000000 + number * 100 + v));
    return election.toLongLong();
}

// From the welcome screen to the ballot of \a title: the voter's id, then the code "sent" to the phone.
void TestRankedBallot::walkToBallot(Kiosk& k, const QString& title, const QString& nationalId, bool arabic)
{
    QVERIFY(k.window && QTest::qWaitForWindowExposed(k.window));
    QTRY_VERIFY_WITH_TIMEOUT(k.app->controller().state() == KioskController::State::Ready, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(visibleItems(k.window, QStringLiteral("startVotingButton")).size() >= 3, kTimeoutMs);
    if (arabic) {
        KIOSK_STEP(press(k.window, QStringLiteral("languageButton")));
        QTRY_VERIFY(k.app->controller().voter()->rightToLeft());
        KIOSK_STEP(press(k.window, QStringLiteral("textSize2"), Qt::Key_Space));
        QTRY_COMPARE(k.app->controller().voter()->textSize(), VoterSession::TextSize::ExtraLarge);
    }
    // The "Vote" button of this election: its name for a screen reader says which ("Vote in <title>").
    KIOSK_STEP(press(k.window, QStringLiteral("startVotingButton"), Qt::Key_Return, title));
    QTRY_COMPARE(k.flow()->step(), VotingFlow::Step::NationalId);
    QCOMPARE(k.flow()->electionTitle(), title);
    QTRY_COMPARE(k.window->activeFocusItem()->objectName(), QStringLiteral("nationalIdField"));
    typeText(k.window, arabic ? inArabicIndicDigits(nationalId) : nationalId);
    QTest::keyClick(k.window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Code, kTimeoutMs);
    KIOSK_STEP(storeCode());
    QTRY_COMPARE(k.window->activeFocusItem()->objectName(), QStringLiteral("codeField"));
    typeText(k.window, kCode);
    QTest::keyClick(k.window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Ballot, kTimeoutMs);
    QTRY_COMPARE(k.window->activeFocusItem()->objectName(), QStringLiteral("candidateCard"));
}

// What elect serve does as it sends the SMS, with a code the test knows.
void TestRankedBallot::storeCode()
{
    const QString otp = sql(QStringLiteral("SELECT max(id) FROM elect.voter_otps"));
    auto service = rawConnect(m_cluster->as(QStringLiteral("elect_service"), kServicePassword));
    QVERIFY(service);
    QCOMPARE(
        scalar(*service, QStringLiteral("SELECT state FROM elect.service_store_voter_code(%1, '%2')").arg(otp, kCode)),
        QStringLiteral("ready"));
}

// Moves the keyboard's focus along the cards with the arrow keys until it is on \a name's card.
void TestRankedBallot::focusCard(Kiosk& k, const QString& name)
{
    QStringList order;
    for (const BallotCandidate& c : k.flow()->ballot()->candidates())
        order << c.name;
    QVERIFY2(order.contains(name), qPrintable(name));
    for (int i = 0; i < 2 * int(order.size()); ++i) {
        QQuickItem* focused = k.window->activeFocusItem();
        QVERIFY(focused && focused->objectName() == QLatin1String("candidateCard"));
        const QString at = focused->property("name").toString();
        if (at == name)
            return;
        QTest::keyClick(k.window, order.indexOf(name) > order.indexOf(at) ? Qt::Key_Down : Qt::Key_Up);
    }
    QFAIL(qPrintable(QStringLiteral("the arrow keys do not reach %1").arg(name)));
}

// What the card of \a name says of its choice ("2nd choice", "Not chosen").
QString TestRankedBallot::choiceTextOf(Kiosk& k, const QString& name)
{
    const auto cards = visibleItems(k.window, QStringLiteral("candidateCard"));
    for (QQuickItem* card : cards)
        if (card->property("name").toString() == name) {
            QList<QQuickItem*> texts;
            collect(card, QStringLiteral("choiceText"), texts);
            return texts.isEmpty() ? QString() : texts.first()->property("text").toString();
        }
    return QStringLiteral("(no card for %1)").arg(name);
}

// No card is cut by the list's edge: each one the list shows is shown whole.
void TestRankedBallot::cardsAreWhole(Kiosk& k)
{
    QQuickItem* list = findItem(k.window, QStringLiteral("candidateList"));
    QVERIFY(list);
    int shown = 0;
    const auto cards = visibleItems(k.window, QStringLiteral("candidateCard"));
    for (QQuickItem* card : cards) {
        const QRectF r = card->mapRectToItem(list, card->boundingRect());
        if (r.bottom() <= 0 || r.top() >= list->height())
            continue;
        ++shown;
        QVERIFY2(r.top() >= -0.5 && r.bottom() <= list->height() + 0.5,
                 qPrintable(QStringLiteral("%1 is cut: %2..%3 in a list %4 high")
                                .arg(card->property("name").toString())
                                .arg(r.top())
                                .arg(r.bottom())
                                .arg(list->height())));
    }
    QVERIFY(shown > 0);
}

QStringList TestRankedBallot::reviewNames(Kiosk& k)
{
    QStringList out;
    const auto names = visibleItems(k.window, QStringLiteral("reviewName"));
    for (QQuickItem* item : names)
        out << item->property("text").toString();
    return out;
}

void TestRankedBallot::ranksByKeyboardChangesTheOrderAndCasts_data()
{
    QTest::addColumn<bool>("arabic");
    QTest::addColumn<int>("voter");
    QTest::newRow("English") << false << 1;
    QTest::newRow("Arabic, largest text") << true << 2;
}

void TestRankedBallot::ranksByKeyboardChangesTheOrderAndCasts()
{
    QFETCH(bool, arabic);
    QFETCH(int, voter);
    const QString shot = arabic ? QStringLiteral("ranked-ar") : QStringLiteral("ranked-en");
    const auto id = [this](const QString& name) { return m_ids.value(kRankedTitle + u'/' + name); };
    const QString amira = kRankedCandidates.at(0), dina = kRankedCandidates.at(2), salma = kRankedCandidates.at(4);
    Kiosk k = startKiosk();
    KIOSK_STEP(walkToBallot(k, kRankedTitle, voterId(int(kRankedCandidates.size()), voter), arabic));
    QCOMPARE(k.flow()->ballot()->count(), 5);
    QVERIFY(k.flow()->ballot()->ranked());
    const auto digits = [arabic](int n) {
        return arabic ? inArabicIndicDigits(QString::number(n)) : QString::number(n);
    };
    if (!arabic)
        QCOMPARE(textOf(k.window, QStringLiteral("chosenCount")), QStringLiteral("0 of 5 ranked"));
    QVERIFY(textOf(k.window, QStringLiteral("ballotHint"))
                .startsWith(arabic ? QStringLiteral("المس المرشحين حسب ترتيب تفضيلك")
                                   : QStringLiteral("Touch the candidates in your order of preference")));

    // Dina first, then Amira, then Salma: Space, Enter and Space on the focused card.
    KIOSK_STEP(focusCard(k, dina));
    QTest::keyClick(k.window, Qt::Key_Space);
    KIOSK_STEP(focusCard(k, amira));
    QTest::keyClick(k.window, Qt::Key_Return);
    KIOSK_STEP(focusCard(k, salma));
    QTest::keyClick(k.window, Qt::Key_Space);
    QTRY_COMPARE(k.flow()->ballot()->chosenCount(), 3);
    QCOMPARE(k.flow()->ballot()->chosen(), QList<qint64>({id(dina), id(amira), id(salma)}));
    if (!arabic) {
        QCOMPARE(textOf(k.window, QStringLiteral("chosenCount")), QStringLiteral("3 of 5 ranked"));
        QCOMPARE(choiceTextOf(k, dina), QStringLiteral("1st choice"));
        QCOMPARE(choiceTextOf(k, amira), QStringLiteral("2nd choice"));
        QCOMPARE(choiceTextOf(k, salma), QStringLiteral("3rd choice"));
        QCOMPARE(choiceTextOf(k, kRankedCandidates.at(1)), QStringLiteral("Not chosen"));
    } else {
        QVERIFY2(textOf(k.window, QStringLiteral("chosenCount")).contains(digits(3)),
                 qPrintable(textOf(k.window, QStringLiteral("chosenCount"))));
    }
    // The rank in the card's box, in the voter's digits.
    const auto numberOn = [&k](const QString& name) {
        const auto cards = visibleItems(k.window, QStringLiteral("candidateCard"));
        for (QQuickItem* card : cards)
            if (card->property("name").toString() == name) {
                QList<QQuickItem*> n;
                collect(card, QStringLiteral("choiceNumber"), n);
                return n.isEmpty() ? QString() : n.first()->property("text").toString();
            }
        return QString();
    };
    QCOMPARE(numberOn(dina), digits(1));
    QCOMPARE(numberOn(salma), digits(3));

    // Dina taken off: the others move up. Tapped again, Dina comes last.
    KIOSK_STEP(focusCard(k, dina));
    QTest::keyClick(k.window, Qt::Key_Space);
    QTRY_COMPARE(k.flow()->ballot()->chosenCount(), 2);
    QCOMPARE(numberOn(amira), digits(1));
    QCOMPARE(numberOn(salma), digits(2));
    QCOMPARE(numberOn(dina), QString());
    if (!arabic) {
        QCOMPARE(textOf(k.window, QStringLiteral("chosenCount")), QStringLiteral("2 of 5 ranked"));
        QCOMPARE(choiceTextOf(k, amira), QStringLiteral("1st choice"));
        QCOMPARE(choiceTextOf(k, salma), QStringLiteral("2nd choice"));
        QCOMPARE(choiceTextOf(k, dina), QStringLiteral("Not chosen"));
    }
    QTest::keyClick(k.window, Qt::Key_Space);
    QTRY_COMPARE(k.flow()->ballot()->chosenCount(), 3);
    QCOMPARE(numberOn(dina), digits(3));
    const QList<qint64> order = {id(amira), id(salma), id(dina)};
    QCOMPARE(k.flow()->ballot()->chosen(), order);
    KIOSK_STEP(cardsAreWhole(k));
    KIOSK_STEP(checkAccessible(k.window, QStringLiteral("ranked ballot")));
    KIOSK_STEP(screenshot(k.window, shot + QStringLiteral("-ballot")));

    // The review lists the names in the order of preference.
    KIOSK_STEP(press(k.window, QStringLiteral("reviewButton")));
    QTRY_COMPARE(k.flow()->step(), VotingFlow::Step::Review);
    QTRY_COMPARE(reviewNames(k), QStringList({amira, salma, dina}));
    KIOSK_STEP(checkAccessible(k.window, QStringLiteral("ranked review")));
    KIOSK_STEP(screenshot(k.window, shot + QStringLiteral("-review")));

    KIOSK_STEP(press(k.window, QStringLiteral("castButton")));
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Receipt, kTimeoutMs);
    // The ballot holds exactly these candidates, in this order.
    QCOMPARE(sql(QStringLiteral("SELECT selections::text FROM elect.ballots WHERE receipt_code = '%1'")
                     .arg(k.flow()->receipt())),
             QStringLiteral("{%1,%2,%3}").arg(order.at(0)).arg(order.at(1)).arg(order.at(2)));
    KIOSK_STEP(press(k.window, QStringLiteral("finishButton")));
    QTRY_COMPARE(k.flow()->step(), VotingFlow::Step::Welcome);
}

void TestRankedBallot::approvalAllowsUpToN()
{
    Kiosk k = startKiosk();
    KIOSK_STEP(walkToBallot(k, kApprovalTitle, voterId(9, 1), false));
    QCOMPARE(textOf(k.window, QStringLiteral("chosenCount")), QStringLiteral("0 of 2 chosen"));
    // (English plural forms come from translations/elect_en.ts: "candidate" or "candidates" when filled in.)
    QVERIFY2(textOf(k.window, QStringLiteral("ballotHint")).startsWith(QStringLiteral("Choose up to 2 candidate")),
             qPrintable(textOf(k.window, QStringLiteral("ballotHint"))));
    // One is enough for approval: the review opens.
    QTest::keyClick(k.window, Qt::Key_Space);
    QTRY_COMPARE(textOf(k.window, QStringLiteral("chosenCount")), QStringLiteral("1 of 2 chosen"));
    QCOMPARE(choiceTextOf(k, kRankedCandidates.at(0)), QStringLiteral("Chosen"));
    QTest::keyClick(k.window, Qt::Key_Down);
    QTest::keyClick(k.window, Qt::Key_Space);
    QTest::keyClick(k.window, Qt::Key_Down);
    QTest::keyClick(k.window, Qt::Key_Space);
    // A third is refused, and the voter is told what to do.
    QTRY_COMPARE(k.flow()->ballot()->chosenCount(), 2);
    QCOMPARE(textOf(k.window, QStringLiteral("chosenCount")), QStringLiteral("2 of 2 chosen"));
    QTRY_VERIFY(textOf(k.window, QStringLiteral("voterMessageText"))
                    .startsWith(QStringLiteral("You have already chosen 2 candidate")));
    KIOSK_STEP(screenshot(k.window, QStringLiteral("approval-en-ballot")));
    KIOSK_STEP(press(k.window, QStringLiteral("cancelButton")));
    QTRY_COMPARE(k.flow()->step(), VotingFlow::Step::Welcome);
}

void TestRankedBallot::referendumTakesOneAnswer()
{
    Kiosk k = startKiosk();
    KIOSK_STEP(walkToBallot(k, kReferendumTitle, voterId(11, 1), false));
    QCOMPARE(textOf(k.window, QStringLiteral("chosenCount")), QStringLiteral("0 of 1 chosen"));
    QVERIFY2(textOf(k.window, QStringLiteral("ballotHint"))
                 .startsWith(QStringLiteral("Touch your answer. Touch the other answer to change it.")),
             qPrintable(textOf(k.window, QStringLiteral("ballotHint"))));
    // The answers in the order the organization added them, not by name; the voter says yes, then changes to no.
    auto cards = visibleItems(k.window, QStringLiteral("candidateCard"));
    std::sort(cards.begin(), cards.end(), [](QQuickItem* a, QQuickItem* b) {
        return a->mapToScene({0, 0}).y() < b->mapToScene({0, 0}).y();
    });
    QStringList answers;
    for (QQuickItem* card : cards)
        answers << card->property("name").toString();
    QCOMPARE(answers, QStringList({QStringLiteral("Yes"), QStringLiteral("No")}));
    KIOSK_STEP(focusCard(k, QStringLiteral("Yes")));
    QTest::keyClick(k.window, Qt::Key_Space);
    QTRY_COMPARE(choiceTextOf(k, QStringLiteral("Yes")), QStringLiteral("Chosen"));
    KIOSK_STEP(focusCard(k, QStringLiteral("No")));
    QTest::keyClick(k.window, Qt::Key_Space);
    QTRY_COMPARE(choiceTextOf(k, QStringLiteral("No")), QStringLiteral("Chosen"));
    QCOMPARE(choiceTextOf(k, QStringLiteral("Yes")), QStringLiteral("Not chosen"));
    QCOMPARE(textOf(k.window, QStringLiteral("chosenCount")), QStringLiteral("1 of 1 chosen"));
    KIOSK_STEP(screenshot(k.window, QStringLiteral("referendum-en-ballot")));
    KIOSK_STEP(press(k.window, QStringLiteral("reviewButton")));
    QTRY_COMPARE(reviewNames(k), QStringList({QStringLiteral("No")}));
    KIOSK_STEP(press(k.window, QStringLiteral("castButton")));
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Receipt, kTimeoutMs);
    QCOMPARE(sql(QStringLiteral("SELECT selections::text FROM elect.ballots WHERE receipt_code = '%1'")
                     .arg(k.flow()->receipt())),
             QStringLiteral("{%1}").arg(m_ids.value(kReferendumTitle + QStringLiteral("/No"))));
}

// Every screen a voter meets, in English at the largest text size and in high contrast, for a person to look
// at (build/dev/screenshots/xl-en-*.png): nothing cut, every control reachable and big enough.
void TestRankedBallot::everyScreenAtTheLargestTextInHighContrast()
{
    Kiosk k = startKiosk();
    QVERIFY(k.window && QTest::qWaitForWindowExposed(k.window));
    QTRY_VERIFY_WITH_TIMEOUT(visibleItems(k.window, QStringLiteral("startVotingButton")).size() >= 3, kTimeoutMs);
    const auto largest = [&k]() {
        KIOSK_STEP(press(k.window, QStringLiteral("textSize2"), Qt::Key_Space));
        KIOSK_STEP(press(k.window, QStringLiteral("contrastButton"), Qt::Key_Space));
        QTRY_COMPARE(k.app->controller().voter()->textSize(), VoterSession::TextSize::ExtraLarge);
        QTRY_VERIFY(k.app->controller().voter()->highContrast());
    };
    const auto look = [&k](const QString& name) {
        KIOSK_STEP(checkAccessible(k.window, name));
        KIOSK_STEP(screenshot(k.window, QStringLiteral("xl-en-") + name));
    };
    KIOSK_STEP(largest());
    // Each election's card says how its ballot is filled in.
    QStringList details;
    for (QQuickItem* item : visibleItems(k.window, QStringLiteral("electionDetails")))
        details << item->property("text").toString().section(QStringLiteral("  ·  "), 0, 0);
    QVERIFY2(details.contains(QStringLiteral("Rank the candidates in your order of preference")),
             qPrintable(details.join(u'|')));
    QVERIFY2(details.contains(QStringLiteral("Answer the question")), qPrintable(details.join(u'|')));
    QVERIFY2(details.contains(QStringLiteral("Choose 1 candidate")), qPrintable(details.join(u'|')));
    // Five elections do not fit at this size: the list says that there are more.
    QTRY_VERIFY(findItem(k.window, QStringLiteral("moreElections"))->isVisible());
    KIOSK_STEP(look(QStringLiteral("1-welcome")));
    KIOSK_STEP(press(k.window, QStringLiteral("startVotingButton"), Qt::Key_Return, kRankedTitle));
    QTRY_COMPARE(k.flow()->step(), VotingFlow::Step::NationalId);
    typeText(k.window, voterId(int(kRankedCandidates.size()), 3));
    KIOSK_STEP(look(QStringLiteral("2-national-id")));
    QTest::keyClick(k.window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Code, kTimeoutMs);
    KIOSK_STEP(storeCode());
    KIOSK_STEP(look(QStringLiteral("3-code")));
    typeText(k.window, QStringLiteral("111111"));
    QTest::keyClick(k.window, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!k.flow()->message().isEmpty(), kTimeoutMs);
    QTRY_VERIFY(findItem(k.window, QStringLiteral("voterMessage"))->isVisible());
    // The message and where the code went, both whole above the buttons: nothing scrolled out of sight.
    {
        QQuickItem* sentTo = findItem(k.window, QStringLiteral("codeSentTo"));
        QQuickItem* scroller = findItem(k.window, QStringLiteral("codeScroller"));
        QVERIFY(sentTo && scroller);
        const qreal bottom = sentTo->mapToScene(QPointF(0, sentTo->height())).y();
        const qreal visible = scroller->mapToScene(QPointF(0, scroller->height())).y();
        QVERIFY2(bottom <= visible + 0.5,
                 qPrintable(QStringLiteral("the code's explanation ends at %1, cut at %2").arg(bottom).arg(visible)));
    }
    KIOSK_STEP(look(QStringLiteral("3b-wrong-code")));

    // Nobody touches the kiosk: the warning, at the voter's size and contrast.
    k.flow()->inactivity()->setDurations(300, 60000);
    QTRY_VERIFY_WITH_TIMEOUT(k.flow()->inactivity()->warning(), 5000);
    QTRY_VERIFY(findItem(k.window, QStringLiteral("idleWarning"))->isVisible());
    KIOSK_STEP(look(QStringLiteral("3c-idle-warning")));
    QTest::keyClick(k.window, Qt::Key_Shift);
    QVERIFY(!k.flow()->inactivity()->warning());
    k.flow()->inactivity()->setDurations(120000, 30000);
    // The keyboard is back in the code field: the voter types on.
    QTRY_COMPARE(k.window->activeFocusItem()->objectName(), QStringLiteral("codeField"));

    typeText(k.window, kCode);
    QTest::keyClick(k.window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Ballot, kTimeoutMs);
    QTRY_COMPARE(k.window->activeFocusItem()->objectName(), QStringLiteral("candidateCard"));
    QTest::keyClick(k.window, Qt::Key_Space);
    QTest::keyClick(k.window, Qt::Key_Down);
    QTest::keyClick(k.window, Qt::Key_Space);
    QTRY_COMPARE(textOf(k.window, QStringLiteral("chosenCount")), QStringLiteral("2 of 5 ranked"));
    // One column of whole cards: the list scrolls, and says so in words.
    KIOSK_STEP(cardsAreWhole(k));
    QTRY_VERIFY(findItem(k.window, QStringLiteral("moreCandidates"))->opacity() > 0);
    KIOSK_STEP(look(QStringLiteral("4-ballot")));
    KIOSK_STEP(press(k.window, QStringLiteral("reviewButton")));
    QTRY_COMPARE(k.flow()->step(), VotingFlow::Step::Review);
    KIOSK_STEP(look(QStringLiteral("5-review")));
    KIOSK_STEP(press(k.window, QStringLiteral("castButton")));
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Receipt, kTimeoutMs);
    QTRY_COMPARE(findItem(k.window, QStringLiteral("receiptQr"))->property("status").toInt(), 1);
    KIOSK_STEP(look(QStringLiteral("6-receipt")));
    KIOSK_STEP(press(k.window, QStringLiteral("finishButton")));
    QTRY_COMPARE(k.flow()->step(), VotingFlow::Step::Welcome);

    // The same voter again: told after the code that the vote was counted.
    KIOSK_STEP(largest());
    KIOSK_STEP(press(k.window, QStringLiteral("startVotingButton"), Qt::Key_Return, kRankedTitle));
    QTRY_COMPARE(k.flow()->step(), VotingFlow::Step::NationalId);
    typeText(k.window, voterId(int(kRankedCandidates.size()), 3));
    QTest::keyClick(k.window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Code, kTimeoutMs);
    KIOSK_STEP(storeCode());
    typeText(k.window, kCode);
    QTest::keyClick(k.window, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(k.flow()->step(), VotingFlow::Step::Notice, kTimeoutMs);
    KIOSK_STEP(look(QStringLiteral("7-already-voted")));
}

QTEST_MAIN(TestRankedBallot)
#include "TestRankedBallot.moc"
