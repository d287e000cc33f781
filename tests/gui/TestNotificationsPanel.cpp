#include "AdminDriver.h"

#include "elections/ElectionWorkspace.h"
#include "notifications/NotificationFeed.h"
#include "notifications/NotificationsPage.h"
#include "notifications/NotificationTableModel.h"
#include "Sql.h"

#include "core/db/ApprovalRepository.h"
#include "core/db/NotificationRepository.h"

#include <QListWidget>
#include <QTableView>

using namespace Elect;
using namespace Elect::Test;

// The notifications panel as the owner uses it: the unread count in the sidebar, new notifications arriving
// while the window is open (LISTEN/NOTIFY, no refresh), priorities in words, Open to the election or to the
// approval requests, Mark read and Mark all read; checked against the database. An organization admin does
// not see the owner's own notifications. Screenshots in English and Arabic.
class TestNotificationsPanel : public QObject, protected DemoFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anAdminDoesNotSeeTheOwnersNotifications();
    void ownerFollowsNotificationsAsTheyArrive();
    void arabicRightToLeft();

private:
    qint64 scheduled(const QString& title);
    int unreadInDatabase();
    NotificationsPage* openPanel(MainWindow* window);
    static void click(QTableView* table, int row, bool twice = false);

    qint64 m_org = 0;
    qint64 m_requested = 0; ///< the notification of an approval request, for the owner alone
};

void TestNotificationsPanel::initTestCase()
{
    setUpDemo(QStringLiteral("test_notifications_panel"));
    if (QTest::currentTestFailed())
        return;
    m_org = demoOrganization();
    QVERIFY(m_org > 0);
}

qint64 TestNotificationsPanel::scheduled(const QString& title)
{
    return sql(QStringLiteral("SET ROLE elect_owner; INSERT INTO elect.elections (organization_id, title, status,"
                              " starts_at, ends_at) VALUES (%1, '%2', 'scheduled', now() + interval '30 days',"
                              " now() + interval '31 days') RETURNING id")
                   .arg(m_org)
                   .arg(title))
        .toLongLong();
}

// What the owner has unread, as the database counts it (the owner's own ones and the organization's).
int TestNotificationsPanel::unreadInDatabase()
{
    return sql(QStringLiteral("SELECT count(*) FROM elect.notifications n WHERE organization_id = %1 AND NOT EXISTS"
                              " (SELECT FROM elect.notification_reads r WHERE r.notification_id = n.id AND"
                              " r.user_id = %1) AND (recipient_id IS NULL OR recipient_id = %1)")
                   .arg(m_org))
        .toInt();
}

NotificationsPage* TestNotificationsPanel::openPanel(MainWindow* window)
{
    auto* page = qobject_cast<NotificationsPage*>(openPage(window, QStringLiteral("notifications")));
    if (!page)
        return nullptr;
    if (page && !QTest::qWaitFor([page] { return !page->isLoading() && page->feed()->isListening(); }, kGuiTimeoutMs))
        return nullptr;
    return page;
}

void TestNotificationsPanel::click(QTableView* table, int row, bool twice)
{
    const QPoint at = table->visualRect(table->model()->index(row, NotificationTableModel::What)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    if (twice)
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
}

void TestNotificationsPanel::anAdminDoesNotSeeTheOwnersNotifications()
{
    // An organization admin asks for a change: the owner is told, in a notification for the owner alone.
    const qint64 election = scheduled(QStringLiteral("Regatta committee 2031"));
    auto admin = m_cluster->connect(account(DemoLogin::OrganizationAdmin).loginRole,
                                    account(DemoLogin::OrganizationAdmin).password);
    QVERIFY(admin);
    ElectionChange change;
    change.title = QStringLiteral("Regatta committee 2031 (spring)");
    QVERIFY(ApprovalRepository(*admin).requestElectionChange(election, change).ok());
    m_requested =
        sql(QStringLiteral("SELECT max(id) FROM elect.notifications WHERE type = 'approval_requested'")).toLongLong();

    AdminApp app;
    signIn(app, *m_cluster, account(DemoLogin::OrganizationAdmin));
    if (QTest::currentTestFailed())
        return;
    NotificationsPage* page = openPanel(app.mainWindow());
    QVERIFY(page);
    QCOMPARE(page->model()->rowOf(m_requested), -1);
    QVERIFY(page->model()->rowCount() > 0); // the organization's own notifications (the demo's publishing)
}

void TestNotificationsPanel::ownerFollowsNotificationsAsTheyArrive()
{
    AdminApp app;
    signIn(app, *m_cluster, account(DemoLogin::Owner));
    if (QTest::currentTestFailed())
        return;
    MainWindow* window = app.mainWindow();
    auto* navigation = child<QListWidget>(window, QStringLiteral("navigation"));
    NotificationsPage* page = openPanel(window);
    QVERIFY(page);
    auto* table = child<QTableView>(page, QStringLiteral("notificationsTable"));
    NotificationTableModel* model = page->model();
    const auto sidebarText = [navigation] {
        for (int row = 0; row < navigation->count(); ++row)
            if (navigation->item(row)->data(Qt::UserRole).toString() == QLatin1String("notifications"))
                return navigation->item(row)->text();
        return QString();
    };

    // The unread count in the sidebar is the database's; the approval request is there, high priority.
    const int unread = unreadInDatabase();
    QVERIFY(unread >= 2);
    QCOMPARE(sidebarText(), QStringLiteral("Notifications (%1)").arg(unread));
    int row = model->rowOf(m_requested);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, NotificationTableModel::Priority).data().toString(), QStringLiteral("High"));
    QCOMPARE(model->index(row, NotificationTableModel::State).data().toString(), QStringLiteral("New"));
    QCOMPARE(model->index(row, NotificationTableModel::Concerns).data().toString(),
             QStringLiteral("Election: Regatta committee 2031"));

    // A new notification, written elsewhere, appears without a refresh: urgent, about an election.
    const QString electionId = sql(QStringLiteral("SELECT id FROM elect.elections WHERE title = 'Club captain 2026'"));
    const qint64 urgent =
        sql(QStringLiteral("INSERT INTO elect.notifications (organization_id, type, priority, title, message,"
                           " election_id) VALUES (%1, 'election_started', 'urgent', 'Election started',"
                           " 'Voting is open at the kiosks.', %2) RETURNING id")
                .arg(m_org)
                .arg(electionId))
            .toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(urgent) == 0, kGuiTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(sidebarText(), QStringLiteral("Notifications (%1)").arg(unread + 1), kGuiTimeoutMs);
    QCOMPARE(model->index(0, NotificationTableModel::Priority).data().toString(), QStringLiteral("Urgent"));
    QCOMPARE(model->index(0, NotificationTableModel::What).data().toString(),
             QStringLiteral("Election started — Voting is open at the kiosks."));
    QVERIFY(saveScreenshot(window, QStringLiteral("admin-notifications")));

    // Mark read: the approval request's notification, selected by a click.
    row = model->rowOf(m_requested);
    click(table, row);
    auto* markRead = child<QPushButton>(page, QStringLiteral("markReadButton"));
    QVERIFY(markRead->isEnabled());
    QTest::mouseClick(markRead, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        sql(QStringLiteral("SELECT count(*) FROM elect.notification_reads WHERE notification_id = %1 AND user_id = %2")
                .arg(m_requested)
                .arg(m_org)),
        QStringLiteral("1"), kGuiTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(sidebarText(), QStringLiteral("Notifications (%1)").arg(unread), kGuiTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(
        model->index(model->rowOf(m_requested), NotificationTableModel::State).data().toString().isEmpty(),
        kGuiTimeoutMs);

    // A double-click on the urgent one opens its election, and it is read.
    click(table, model->rowOf(urgent), true);
    QTRY_VERIFY_WITH_TIMEOUT(window->electionWorkspace() != nullptr, kGuiTimeoutMs);
    QCOMPARE(window->electionWorkspace()->electionId(), electionId.toLongLong());
    QTRY_COMPARE_WITH_TIMEOUT(
        sql(QStringLiteral("SELECT count(*) FROM elect.notification_reads WHERE notification_id = %1 AND user_id = %2")
                .arg(urgent)
                .arg(m_org)),
        QStringLiteral("1"), kGuiTimeoutMs);
    QTest::keyClick(window, Qt::Key_Left, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window->electionWorkspace() == nullptr, kGuiTimeoutMs);
    QCOMPARE(window->currentPageKey(), QStringLiteral("notifications"));

    // Keyboard: Enter on the approval request's notification shows the approval requests.
    table->setFocus();
    table->selectRow(model->rowOf(m_requested));
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window->currentPageKey(), QStringLiteral("approvals"), kGuiTimeoutMs);
    QVERIFY(openPanel(window));

    // Mark all read: nothing unread left for the owner, and the sidebar says so.
    auto* markAll = child<QPushButton>(page, QStringLiteral("markAllReadButton"));
    QTRY_VERIFY_WITH_TIMEOUT(markAll->isEnabled(), kGuiTimeoutMs);
    QTest::mouseClick(markAll, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(unreadInDatabase(), 0, kGuiTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(sidebarText(), QStringLiteral("Notifications"), kGuiTimeoutMs);
    QVERIFY(!markAll->isEnabled());
}

void TestNotificationsPanel::arabicRightToLeft()
{
    QVERIFY(useArabic(true));
    sql(QStringLiteral("INSERT INTO elect.notifications (organization_id, type, priority, title, message)"
                       " VALUES (%1, 'payment_failed', 'high', 'Top-up failed', 'card declined') RETURNING id")
            .arg(m_org));
    {
        AdminApp app;
        signIn(app, *m_cluster, account(DemoLogin::Owner));
        if (!QTest::currentTestFailed()) {
            NotificationsPage* page = openPanel(app.mainWindow());
            QVERIFY(page);
            QCOMPARE(app.mainWindow()->layoutDirection(), Qt::RightToLeft);
            QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admin-notifications-ar")));
        }
    }
    QVERIFY(useArabic(false));
}

QTEST_MAIN(TestNotificationsPanel)
#include "TestNotificationsPanel.moc"
