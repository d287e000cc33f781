#include "AdminDriver.h"

#include "elections/ElectionWorkspace.h"
#include "platform/ActiveElectionModel.h"
#include "platform/DashboardPage.h"

#include "core/db/PlatformRepository.h"

#include <QLabel>
#include <QListWidget>
#include <QTableView>

using namespace Elect;
using namespace Elect::Test;

namespace {
const QString kNile = QStringLiteral("Nile Rowing Club");
const QString kChess = QStringLiteral("Cairo Chess Society");
const QString kCaptain = QStringLiteral("Club captain 2026");
const QString kCoach = QStringLiteral("Head coach 2026");
const QString kChessBoard = QStringLiteral("Chess board 2027");
} // namespace

// The system admin's dashboard of active elections across organizations: turnout so far and kiosks online,
// refreshed on F5 and by itself while shown; an election opens with a double-click.
class TestPlatformDashboard : public QObject, protected DemoFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTurnoutAndKiosksAcrossOrganizations();
    void onlyASystemAdminGetsTheDashboard();
    void screenshotInArabic();

private:
    DashboardPage* openDashboard(AdminApp& app);
    static int rowOf(ActiveElectionModel* model, const QString& title);
};

void TestPlatformDashboard::initTestCase()
{
    setUpDemo(QStringLiteral("test_platform_dashboard"));
    if (QTest::currentTestFailed())
        return;

    // A second organization, accepted, with an election published for the day after tomorrow (no voter list
    // yet) and a draft that the dashboard must not show.
    const qint64 chess = registerOrganization(*m_cluster, kChess, QStringLiteral("omar@cairo-chess.example"),
                                              QStringLiteral("Omar"), QStringLiteral("Khaled"));
    QVERIFY(chess > 0);
    auto sysadmin =
        m_cluster->connect(account(DemoLogin::SystemAdmin).loginRole, account(DemoLogin::SystemAdmin).password);
    QVERIFY(sysadmin);
    QVERIFY(AccountRepository(*sysadmin).verifyEmailByAdmin(QStringLiteral("omar@cairo-chess.example")).ok());
    QVERIFY(AccountRepository(*sysadmin).acceptOrganization(chess).ok());
    const Outcome made =
        attempt(*m_super,
                QStringLiteral("SET LOCAL ROLE elect_owner;"
                               " INSERT INTO elect.elections (organization_id, title, starts_at, ends_at, status)"
                               " VALUES (%1, '%2', now() + interval '2 days', now() + interval '3 days', 'scheduled'),"
                               " (%1, 'A draft', now() + interval '2 days', now() + interval '3 days', 'draft')")
                    .arg(chess)
                    .arg(kChessBoard));
    QVERIFY2(made.ok(), qPrintable(made.message));
}

int TestPlatformDashboard::rowOf(ActiveElectionModel* model, const QString& title)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->elections().at(row).title == title)
            return row;
    return -1;
}

DashboardPage* TestPlatformDashboard::openDashboard(AdminApp& app)
{
    signIn(app, *m_cluster, account(DemoLogin::SystemAdmin));
    if (QTest::currentTestFailed())
        return nullptr;
    MainWindow* window = app.mainWindow();
    window->resize(1180, 720);
    // The sidebar's "Active elections", clicked.
    auto* page = qobject_cast<DashboardPage*>(openPage(window, QStringLiteral("dashboard")));
    const auto ready = [page] { return page->isVisible() && !page->isLoading() && page->model()->rowCount() > 0; };
    if (page && !QTest::qWaitFor(ready, kGuiTimeoutMs))
        return nullptr;
    return page;
}

void TestPlatformDashboard::showsTurnoutAndKiosksAcrossOrganizations()
{
    AdminApp app;
    DashboardPage* page = openDashboard(app);
    QVERIFY(page);
    MainWindow* window = app.mainWindow();
    QCOMPARE(window->currentPageKey(), QStringLiteral("dashboard"));
    QVERIFY(page->isRefreshing());
    ActiveElectionModel* model = page->model();

    // The running elections first, then the scheduled one of the other organization; no draft.
    QStringList titles;
    for (const ActiveElection& e : model->elections())
        titles << e.organizationName + QStringLiteral(": ") + e.title;
    QCOMPARE(titles, (QStringList{kNile + QStringLiteral(": ") + kCaptain, kNile + QStringLiteral(": ") + kCoach,
                                  kChess + QStringLiteral(": ") + kChessBoard}));
    const int captain = rowOf(model, kCaptain);
    const int chessRow = rowOf(model, kChessBoard);
    QCOMPARE(model->index(captain, ActiveElectionModel::State).data().toString(), QStringLiteral("Running"));
    QVERIFY(model->index(chessRow, ActiveElectionModel::State).data().toString().startsWith(QStringLiteral("Starts ")));
    QCOMPARE(model->index(chessRow, ActiveElectionModel::Kiosks).data().toString(), QStringLiteral("No kiosk"));
    QCOMPARE(model->index(chessRow, ActiveElectionModel::Turnout).data().toString(),
             QStringLiteral("No voter list yet"));
    QCOMPARE(model->index(captain, ActiveElectionModel::Kiosks).data().toString(), QStringLiteral("0 of 1 online"));

    // Turnout as the database counts it, after three people vote (F5 shows them).
    const qint64 captainId = model->elections().at(captain).electionId;
    const Outcome voted = attempt(
        *m_super, QStringLiteral("SET LOCAL ROLE elect_owner; INSERT INTO elect.voting_records (election_id, "
                                 "voter_id, organization_id, idempotency_key) SELECT election_id, id, organization_id, "
                                 "gen_random_uuid() FROM elect.voters WHERE election_id = %1 ORDER BY id LIMIT 3")
                      .arg(captainId));
    QVERIFY2(voted.ok(), qPrintable(voted.message));
    QTest::keyClick(window, Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && model->elections().at(rowOf(model, kCaptain)).voted == 3,
                             kGuiTimeoutMs);
    const qint64 eligible =
        sql(QStringLiteral("SELECT count(*) FROM elect.voters WHERE election_id = %1").arg(captainId)).toLongLong();
    QVERIFY(eligible > 3);
    const ActiveElection& e = model->elections().at(rowOf(model, kCaptain));
    QCOMPARE(e.eligible, eligible);
    QCOMPARE(model->index(rowOf(model, kCaptain), ActiveElectionModel::Turnout).data().toString(),
             QStringLiteral("3 of %1 (%2%)").arg(eligible).arg(QLocale().toString(300.0 / double(eligible), 'f', 1)));

    // The kiosk signs in: the next automatic refresh counts it online; it leaves: offline again.
    page->setRefreshInterval(100);
    {
        auto kiosk = m_cluster->connect(account(DemoLogin::Kiosk).loginRole, account(DemoLogin::Kiosk).password);
        QVERIFY(kiosk);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(rowOf(model, kCaptain), ActiveElectionModel::Kiosks).data().toString(),
                                  QStringLiteral("1 of 1 online"), kGuiTimeoutMs);
        QCOMPARE(model->elections().at(rowOf(model, kCoach)).kiosksOnline, 1);
        QCOMPARE(model->elections().at(rowOf(model, kChessBoard)).kiosksOnline, 0);
        QVERIFY(saveScreenshot(window, QStringLiteral("platform-dashboard")));
    }
    QTRY_COMPARE_WITH_TIMEOUT(model->elections().at(rowOf(model, kCaptain)).kiosksOnline, 0, kGuiTimeoutMs);

    // Not shown, not refreshed.
    window->showPage(QStringLiteral("organizations"));
    QVERIFY(!page->isRefreshing());
    window->showPage(QStringLiteral("dashboard"));
    QVERIFY(page->isRefreshing());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), kGuiTimeoutMs);
    page->setRefreshInterval(DashboardPage::kRefreshMs);

    // A double-click on an election opens its workspace; Back returns to the dashboard.
    auto* table = child<QTableView>(page, QStringLiteral("activeElectionsTable"));
    const int chess = rowOf(model, kChessBoard);
    const qint64 chessId = model->elections().at(chess).electionId;
    const QRect cell = table->visualRect(model->index(chess, ActiveElectionModel::Election));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_VERIFY_WITH_TIMEOUT(window->electionWorkspace() != nullptr, kGuiTimeoutMs);
    QCOMPARE(window->electionWorkspace()->electionId(), chessId);
    QTRY_VERIFY_WITH_TIMEOUT(!window->electionWorkspace()->isLoading(), kGuiTimeoutMs);
    QCOMPARE(window->electionWorkspace()->election().title, kChessBoard);
    QVERIFY(!page->isRefreshing());
    QTest::keyClick(window, Qt::Key_Left, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window->electionWorkspace() == nullptr, kGuiTimeoutMs);
    QCOMPARE(window->currentPageKey(), QStringLiteral("dashboard"));
    QVERIFY(page->isRefreshing());
}

void TestPlatformDashboard::onlyASystemAdminGetsTheDashboard()
{
    // Through the page's own query, and straight at the function: refused to the organization's people and
    // its kiosk, even while the kiosk is online (nothing about other organizations leaks).
    auto kiosk = m_cluster->connect(account(DemoLogin::Kiosk).loginRole, account(DemoLogin::Kiosk).password);
    QVERIFY(kiosk);
    for (DemoLogin who : {DemoLogin::Owner, DemoLogin::OrganizationAdmin, DemoLogin::Kiosk}) {
        auto db = m_cluster->connect(account(who).loginRole, account(who).password);
        QVERIFY(db);
        const auto elections = PlatformRepository(*db).activeElections(QDateTime::currentDateTimeUtc());
        QCOMPARE(elections.code(), ErrorCode::NotAllowed);
        auto raw = rawAs(*m_cluster, account(who));
        QCOMPARE(attempt(*raw, QStringLiteral("SELECT count(*) FROM elect.platform_kiosks_online()")).sqlstate,
                 QStringLiteral("42501"));
    }
    // The system admin gets counts only: one row per organization with enabled kiosks, three numbers.
    auto sysadmin = rawAs(*m_cluster, account(DemoLogin::SystemAdmin));
    QVERIFY(sysadmin);
    QCOMPARE(scalar(*sysadmin, QStringLiteral("SELECT string_agg(o.name || ':' || k.kiosks_enabled || ':' || "
                                              "k.kiosks_online, ',') FROM elect.platform_kiosks_online() k JOIN "
                                              "elect.organizations o ON o.user_id = k.organization_id")),
             kNile + QStringLiteral(":1:1"));
}

void TestPlatformDashboard::screenshotInArabic()
{
    QVERIFY(useArabic(true));
    {
        AdminApp app;
        DashboardPage* page = openDashboard(app);
        QVERIFY(page);
        QCOMPARE(app.mainWindow()->layoutDirection(), Qt::RightToLeft);
        QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("platform-dashboard-ar")));
    }
    QVERIFY(useArabic(false));
}

QTEST_MAIN(TestPlatformDashboard)
#include "TestPlatformDashboard.moc"
