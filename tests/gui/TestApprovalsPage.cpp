#include "AdminDriver.h"

#include "approvals/ApprovalsPage.h"
#include "shell/Formatting.h"
#include "Sql.h"

#include "core/db/ApprovalRepository.h"

#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableWidget>

using namespace Elect;
using namespace Elect::Test;

// Approval requests as the owner decides them: the request compared field by field (now, asked for),
// Approve (the election changes in the database), Reject… with a reason (the election stays, the reason is
// stored and the requester told). An organization admin follows their own requests, read only. Screenshots
// in English and Arabic.
class TestApprovalsPage : public QObject, protected DemoFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ownerComparesApprovesAndRejects();
    void adminFollowsTheirRequests();
    void arabicRightToLeft();

private:
    qint64 scheduled(const QString& title);
    qint64 ask(qint64 election, const ElectionChange& change);
    ApprovalsPage* openPage(MainWindow* window);
    static int rowOf(ApprovalsPage* page, qint64 id);
    static void select(QTableWidget* table, int row);

    qint64 m_org = 0;
    qint64 m_approved = 0, m_rejected = 0;
};

void TestApprovalsPage::initTestCase()
{
    setUpDemo(QStringLiteral("test_approvals_page"));
    if (QTest::currentTestFailed())
        return;
    m_org = demoOrganization();
    QVERIFY(m_org > 0);
}

qint64 TestApprovalsPage::scheduled(const QString& title)
{
    return sql(QStringLiteral("SET ROLE elect_owner; INSERT INTO elect.elections (organization_id, title, status,"
                              " starts_at, ends_at) VALUES (%1, '%2', 'scheduled', '2031-03-01T08:00:00Z',"
                              " '2031-03-01T18:00:00Z') RETURNING id")
                   .arg(m_org)
                   .arg(title))
        .toLongLong();
}

qint64 TestApprovalsPage::ask(qint64 election, const ElectionChange& change)
{
    auto admin = m_cluster->connect(account(DemoLogin::OrganizationAdmin).loginRole,
                                    account(DemoLogin::OrganizationAdmin).password);
    if (!admin)
        return 0;
    const auto id = ApprovalRepository(*admin).requestElectionChange(election, change);
    return id ? *id : 0;
}

ApprovalsPage* TestApprovalsPage::openPage(MainWindow* window)
{
    auto* page = qobject_cast<ApprovalsPage*>(Test::openPage(window, QStringLiteral("approvals")));
    if (!page || !QTest::qWaitFor([page] { return !page->isLoading(); }, kGuiTimeoutMs))
        return nullptr;
    return page;
}

int TestApprovalsPage::rowOf(ApprovalsPage* page, qint64 id)
{
    for (int row = 0; row < page->requests().size(); ++row)
        if (page->requests().at(row).id == id)
            return row;
    return -1;
}

void TestApprovalsPage::select(QTableWidget* table, int row)
{
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(row, 2)).center());
}

void TestApprovalsPage::ownerComparesApprovesAndRejects()
{
    const qint64 regatta = scheduled(QStringLiteral("Regatta committee 2031"));
    const qint64 coach = scheduled(QStringLiteral("Head coach 2031"));
    ElectionChange spring;
    spring.title = QStringLiteral("Regatta committee 2031 (spring)");
    spring.startsAt = QDateTime(QDate(2031, 3, 1), QTime(9, 30), Qt::UTC);
    m_approved = ask(regatta, spring);
    ElectionChange rename;
    rename.title = QStringLiteral("Coach 2031");
    m_rejected = ask(coach, rename);
    QVERIFY(m_approved > 0 && m_rejected > 0);

    AdminApp app;
    signIn(app, *m_cluster, account(DemoLogin::Owner));
    if (QTest::currentTestFailed())
        return;
    MainWindow* window = app.mainWindow();
    ApprovalsPage* page = openPage(window);
    QVERIFY(page);
    auto* table = child<QTableWidget>(page, QStringLiteral("approvalsTable"));
    auto* comparison = child<QTableWidget>(page, QStringLiteral("comparisonTable"));
    auto* approve = child<QPushButton>(page, QStringLiteral("approveButton"));
    auto* reject = child<QPushButton>(page, QStringLiteral("rejectButton"));
    QVERIFY(table && comparison && approve && reject);

    // The request compared field by field: what is now, what is asked for.
    int row = rowOf(page, m_approved);
    QVERIFY(row >= 0);
    select(table, row);
    QCOMPARE(table->item(row, 2)->text(), QStringLiteral("Election: Regatta committee 2031"));
    QCOMPARE(table->item(row, 4)->text(), QStringLiteral("Waiting for the owner"));
    QCOMPARE(comparison->rowCount(), 2);
    QCOMPARE(comparison->item(0, 0)->text(), QStringLiteral("Title"));
    QCOMPARE(comparison->item(0, 1)->text(), QStringLiteral("Regatta committee 2031"));
    QCOMPARE(comparison->item(0, 2)->text(), QStringLiteral("Regatta committee 2031 (spring)"));
    QCOMPARE(comparison->item(1, 0)->text(), QStringLiteral("Starts"));
    QCOMPARE(comparison->item(1, 1)->text(), shortDateTime(QDateTime(QDate(2031, 3, 1), QTime(8, 0), Qt::UTC)));
    QCOMPARE(comparison->item(1, 2)->text(), shortDateTime(QDateTime(QDate(2031, 3, 1), QTime(9, 30), Qt::UTC)));
    QVERIFY(saveScreenshot(window, QStringLiteral("admin-approvals")));

    // Approve: applied in the database.
    QVERIFY(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        sql(QStringLiteral("SELECT status FROM elect.approval_requests WHERE id = %1").arg(m_approved)),
        QStringLiteral("approved"), kGuiTimeoutMs);
    QCOMPARE(sql(QStringLiteral("SELECT title || '|' || (starts_at = '2031-03-01T09:30:00Z') FROM elect.elections"
                                " WHERE id = %1")
                     .arg(regatta)),
             QStringLiteral("Regatta committee 2031 (spring)|true"));
    QTRY_VERIFY_WITH_TIMEOUT(
        !page->isLoading() && rowOf(page, m_approved) >= 0 &&
            table->item(rowOf(page, m_approved), 4)->text().startsWith(QLatin1String("Approved by")),
        kGuiTimeoutMs);
    QVERIFY(!approve->isEnabled()); // decided: nothing more to do with it

    // Reject…: an empty reason is not taken; a reason is stored, and the election stays as it was.
    row = rowOf(page, m_rejected);
    select(table, row);
    QVERIFY(reject->isEnabled());
    QTest::mouseClick(reject, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->rejectDialog() && page->rejectDialog()->isVisible(), kGuiTimeoutMs);
    QDialog* dialog = page->rejectDialog();
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("rejectOkButton")), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(child<QPlainTextEdit>(dialog, QStringLiteral("reasonEdit")),
                     QStringLiteral("The title is printed on the posters."));
    QVERIFY(saveScreenshot(dialog, QStringLiteral("admin-approvals-reject")));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("rejectOkButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(sql(QStringLiteral("SELECT status || '|' || decision_reason FROM elect.approval_requests"
                                                 " WHERE id = %1")
                                      .arg(m_rejected)),
                              QStringLiteral("rejected|The title is printed on the posters."), kGuiTimeoutMs);
    QCOMPARE(sql(QStringLiteral("SELECT title FROM elect.elections WHERE id = %1").arg(coach)),
             QStringLiteral("Head coach 2031"));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.audit_log WHERE action IN ('approve_approval_request',"
                                " 'reject_approval_request') AND object_id IN ('%1', '%2') AND success")
                     .arg(m_approved)
                     .arg(m_rejected)),
             QStringLiteral("2"));
}

void TestApprovalsPage::adminFollowsTheirRequests()
{
    AdminApp app;
    signIn(app, *m_cluster, account(DemoLogin::OrganizationAdmin));
    if (QTest::currentTestFailed())
        return;
    MainWindow* window = app.mainWindow();
    ApprovalsPage* page = openPage(window);
    QVERIFY(page);
    QCOMPARE(child<QLabel>(window, QStringLiteral("pageTitle"))->text(), QStringLiteral("My approval requests"));
    QVERIFY(!child<QPushButton>(page, QStringLiteral("approveButton")));
    QVERIFY(!child<QPushButton>(page, QStringLiteral("rejectButton")));
    auto* table = child<QTableWidget>(page, QStringLiteral("approvalsTable"));
    const int row = rowOf(page, m_rejected);
    QVERIFY(row >= 0 && rowOf(page, m_approved) >= 0);
    select(table, row);
    QVERIFY(table->item(row, 4)->text().endsWith(QLatin1String(": The title is printed on the posters.")));
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page, QStringLiteral("decisionLabel"))->isVisible(), kGuiTimeoutMs);
    QVERIFY(child<QLabel>(page, QStringLiteral("decisionLabel"))
                ->text()
                .endsWith(QLatin1String("Reason: The title is printed on the posters.")));
    QVERIFY(saveScreenshot(window, QStringLiteral("admin-approvals-mine")));
}

void TestApprovalsPage::arabicRightToLeft()
{
    QVERIFY(useArabic(true));
    ElectionChange change;
    change.endsAt = QDateTime(QDate(2031, 3, 2), QTime(18, 0), Qt::UTC);
    QVERIFY(ask(scheduled(QStringLiteral("Treasurer 2031")), change) > 0);
    {
        AdminApp app;
        signIn(app, *m_cluster, account(DemoLogin::Owner));
        if (!QTest::currentTestFailed()) {
            ApprovalsPage* page = openPage(app.mainWindow());
            QVERIFY(page);
            QCOMPARE(app.mainWindow()->layoutDirection(), Qt::RightToLeft);
            QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admin-approvals-ar")));
        }
    }
    QVERIFY(useArabic(false));
}

QTEST_MAIN(TestApprovalsPage)
#include "TestApprovalsPage.moc"
