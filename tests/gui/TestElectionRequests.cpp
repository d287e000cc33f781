#include "AdminDriver.h"
#include "Sql.h"

#include "approvals/ApprovalsPage.h"
#include "elections/ElectionDetailsTab.h"
#include "elections/ElectionForm.h"
#include "elections/ElectionsPage.h"
#include "elections/ElectionTableModel.h"
#include "elections/ElectionWorkspace.h"
#include "shell/MessageBanner.h"

#include <QDateTimeEdit>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>

using namespace Elect;
using namespace Elect::Test;

// An organization administrator edits a published (scheduled) election in its Details tab: the form says
// first that the change goes to the owner, Save sends a request (the election unchanged, the form back to
// its current values), and the owner approves it in Approvals, which changes the election. The owner's own
// edit of a published election is still refused by the database, as before. Screenshots in English and
// Arabic.
class TestElectionRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void adminsEditBecomesARequestTheOwnerApproves();
    void ownersEditIsNotARequest();
    void arabicScreens();

private:
    const DemoSeeder::Account& account(DemoLogin who) const { return m_accounts.at(int(who)); }
    QString sql(const QString& query) { return scalar(*m_super, query); }
    qint64 scheduled(const QString& title);
    static ElectionDetailsTab* openDetails(MainWindow* window, const QString& title);
    static bool fitsWithoutScrolling(ElectionDetailsTab* details);

    std::unique_ptr<TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    QList<DemoSeeder::Account> m_accounts;
    qint64 m_org = 0;
};

void TestElectionRequests::initTestCase()
{
    prepareAdminTests(QStringLiteral("test_election_requests"));
    m_cluster = std::make_unique<TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto outcome = seedDemo(*m_cluster);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    m_accounts = outcome->accounts;
    m_super = rawConnect(m_cluster->superuser());
    QVERIFY(m_super);
    m_org = sql(QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Nile Rowing Club'")).toLongLong();
    QVERIFY(m_org > 0);
}

// A published election of the demo organization, 1 March 2031, 08:00 to 18:00 UTC (10:00 to 20:00 in Cairo).
qint64 TestElectionRequests::scheduled(const QString& title)
{
    return sql(QStringLiteral("SET LOCAL ROLE elect_owner; INSERT INTO elect.elections (organization_id, title, status,"
                              " starts_at, ends_at, potential_voters) VALUES (%1, '%2', 'scheduled',"
                              " '2031-03-01T08:00:00Z', '2031-03-01T18:00:00Z', 40) RETURNING id")
                   .arg(m_org)
                   .arg(title))
        .toLongLong();
}

// Refresh, double-click the election in the list, then click its Details tab, as a person would.
ElectionDetailsTab* TestElectionRequests::openDetails(MainWindow* window, const QString& title)
{
    ElectionWorkspace* workspace = openElection(window, title);
    auto* details =
        workspace ? qobject_cast<ElectionDetailsTab*>(showTab(workspace, QStringLiteral("detailsTab"))) : nullptr;
    if (!details ||
        !QTest::qWaitFor([details] { return details->form()->isEnabled() && !details->isBusy(); }, kGuiTimeoutMs))
        return nullptr;
    return details;
}

// The whole form is in view at the window's default size: no scroll bar in the Details tab.
bool TestElectionRequests::fitsWithoutScrolling(ElectionDetailsTab* details)
{
    auto* scroll = details->findChild<QScrollArea*>();
    return scroll && details->window()->size() == QSize(1100, 700) && scroll->verticalScrollBar()->maximum() == 0 &&
           details->form()->findChild<QSpinBox*>(QStringLiteral("potentialVotersSpin"))->isVisible();
}

void TestElectionRequests::adminsEditBecomesARequestTheOwnerApproves()
{
    const qint64 id = scheduled(QStringLiteral("Regatta committee 2031"));
    QVERIFY(id > 0);
    {
        AdminApp app;
        signIn(app, *m_cluster, account(DemoLogin::OrganizationAdmin));
        if (QTest::currentTestFailed())
            return;
        ElectionDetailsTab* details = openDetails(app.mainWindow(), QStringLiteral("Regatta committee 2031"));
        QVERIFY(details);
        ElectionForm* form = details->form();
        // Before saving, the form says where the change goes; only the title and times are open.
        QVERIFY2(form->lockReason().contains(QStringLiteral("goes to the organization's owner for approval")),
                 qPrintable(form->lockReason()));
        auto* title = child<QLineEdit>(form, QStringLiteral("titleEdit"));
        auto* starts = child<QDateTimeEdit>(form, QStringLiteral("startsEdit"));
        auto* save = child<QPushButton>(details, QStringLiteral("saveButton"));
        QVERIFY(title->isEnabled() && starts->isEnabled());
        QVERIFY(!child<QSpinBox>(form, QStringLiteral("potentialVotersSpin"))->isEnabled());
        QCOMPARE(save->text(), QStringLiteral("Send for &approval"));
        QVERIFY(!save->isEnabled());
        QVERIFY(fitsWithoutScrolling(details));

        title->setFocus();
        QTest::keyClick(title, Qt::Key_End);
        QTest::keyClicks(title, QStringLiteral(" (spring)"));
        QCOMPARE(starts->time(), QTime(10, 0)); // Cairo's wall time
        starts->setFocus();
        starts->setSelectedSection(QDateTimeEdit::HourSection);
        QTest::keyClicks(starts, QStringLiteral("11"));
        QCOMPARE(starts->time(), QTime(11, 0));
        QVERIFY(save->isEnabled());
        QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("election-request-en")));
        QTest::mouseClick(save, Qt::LeftButton);
        auto* banner = child<QLabel>(details, QStringLiteral("detailsMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() &&
                                     banner->text().startsWith(QStringLiteral("Sent to the owner for approval.")),
                                 kGuiTimeoutMs);
        // The fields show what the election still is.
        QCOMPARE(title->text(), QStringLiteral("Regatta committee 2031"));
        QCOMPARE(starts->time(), QTime(10, 0));
        QVERIFY(!save->isEnabled());
        QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("election-request-sent-en")));
        QVERIFY(fitsWithoutScrolling(details)); // with the message above it too
    }
    // The request holds the values before and after; the election has not changed.
    QCOMPARE(
        sql(QStringLiteral("SELECT r.status || '|' || r.target || '|' || (r.requested_by = u.id) || '|' ||"
                           " (r.payload -> 'before')::text || '|' || (r.payload -> 'after')::text"
                           " FROM elect.approval_requests r, elect.users u WHERE r.target_id = %1"
                           " AND u.email = '%2'")
                .arg(id)
                .arg(account(DemoLogin::OrganizationAdmin).email)),
        QStringLiteral("pending|election|true|"
                       "{\"title\": \"Regatta committee 2031\", \"starts_at\": \"2031-03-01T08:00:00Z\"}|"
                       "{\"title\": \"Regatta committee 2031 (spring)\", \"starts_at\": \"2031-03-01T09:00:00Z\"}"));
    QCOMPARE(sql(QStringLiteral("SELECT title || '|' || (starts_at = '2031-03-01T08:00:00Z') FROM elect.elections"
                                " WHERE id = %1")
                     .arg(id)),
             QStringLiteral("Regatta committee 2031|true"));

    // The owner approves it in Approvals: now the election changes.
    AdminApp app;
    signIn(app, *m_cluster, account(DemoLogin::Owner));
    if (QTest::currentTestFailed())
        return;
    MainWindow* window = app.mainWindow();
    auto* navigation = child<QListWidget>(window, QStringLiteral("navigation"));
    for (int row = 0; row < navigation->count(); ++row)
        if (navigation->item(row)->data(Qt::UserRole).toString() == QLatin1String("approvals"))
            QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                              navigation->visualItemRect(navigation->item(row)).center());
    auto* page = qobject_cast<ApprovalsPage*>(window->page(QStringLiteral("approvals")));
    QVERIFY(page && window->currentPageKey() == QLatin1String("approvals"));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && !page->requests().isEmpty(), kGuiTimeoutMs);
    int row = -1;
    for (int r = 0; r < page->requests().size(); ++r)
        if (page->requests().at(r).targetId == id)
            row = r;
    QVERIFY(row >= 0);
    auto* table = child<QTableWidget>(page, QStringLiteral("approvalsTable"));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, 2)).center());
    auto* approve = child<QPushButton>(page, QStringLiteral("approveButton"));
    QTRY_VERIFY_WITH_TIMEOUT(approve->isEnabled(), kGuiTimeoutMs);
    QTest::mouseClick(approve, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(sql(QStringLiteral("SELECT title || '|' || (starts_at = '2031-03-01T09:00:00Z') FROM"
                                                 " elect.elections WHERE id = %1")
                                      .arg(id)),
                              QStringLiteral("Regatta committee 2031 (spring)|true"), kGuiTimeoutMs);
    QCOMPARE(sql(QStringLiteral("SELECT status FROM elect.approval_requests WHERE target_id = %1").arg(id)),
             QStringLiteral("approved"));
}

void TestElectionRequests::ownersEditIsNotARequest()
{
    const qint64 id = scheduled(QStringLiteral("Owner edit 2031"));
    AdminApp app;
    signIn(app, *m_cluster, account(DemoLogin::Owner));
    if (QTest::currentTestFailed())
        return;
    ElectionDetailsTab* details = openDetails(app.mainWindow(), QStringLiteral("Owner edit 2031"));
    QVERIFY(details);
    QVERIFY(!details->form()->lockReason().contains(QStringLiteral("approval")));
    QVERIFY(!child<QDateTimeEdit>(details->form(), QStringLiteral("startsEdit"))->isEnabled());
    auto* save = child<QPushButton>(details, QStringLiteral("saveButton"));
    QCOMPARE(save->text(), QStringLiteral("&Save changes"));
    auto* title = child<QLineEdit>(details->form(), QStringLiteral("titleEdit"));
    title->setFocus();
    QTest::keyClick(title, Qt::Key_End);
    QTest::keyClicks(title, QStringLiteral("!"));
    QTest::mouseClick(save, Qt::LeftButton);
    auto* banner = qobject_cast<MessageBanner*>(child<QLabel>(details, QStringLiteral("detailsMessage")));
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->isError(), kGuiTimeoutMs);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.approval_requests WHERE target_id = %1").arg(id)),
             QStringLiteral("0"));
    QCOMPARE(sql(QStringLiteral("SELECT title FROM elect.elections WHERE id = %1").arg(id)),
             QStringLiteral("Owner edit 2031"));
}

void TestElectionRequests::arabicScreens()
{
    QVERIFY(useArabic(true));
    QVERIFY(scheduled(QStringLiteral("Treasurer 2031")) > 0);
    {
        AdminApp app;
        signIn(app, *m_cluster, account(DemoLogin::OrganizationAdmin));
        if (!QTest::currentTestFailed()) {
            ElectionDetailsTab* details = openDetails(app.mainWindow(), QStringLiteral("Treasurer 2031"));
            QVERIFY(details);
            QCOMPARE(app.mainWindow()->layoutDirection(), Qt::RightToLeft);
            QVERIFY(fitsWithoutScrolling(details));
            auto* title = child<QLineEdit>(details->form(), QStringLiteral("titleEdit"));
            title->setFocus();
            QTest::keyClick(title, Qt::Key_End);
            QTest::keyClicks(title, QStringLiteral(" 2"));
            QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("election-request-ar")));
        }
    }
    QVERIFY(useArabic(false));
}

QTEST_MAIN(TestElectionRequests)
#include "TestElectionRequests.moc"
