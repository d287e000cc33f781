#include "AdminDriver.h"
#include "Sql.h"

#include "candidates/CandidatesTab.h"
#include "candidates/CandidateTableModel.h"
#include "elections/ElectionWorkspace.h"
#include "notifications/NotificationsPage.h"
#include "notifications/NotificationTableModel.h"

#include <QListWidget>
#include <QTableView>
#include <QTabWidget>

using namespace Elect;
using namespace Elect::Test;

// A notification about a candidate opens the candidate: a double-click goes to the workspace of the
// election they stand in, on its Candidates tab, with them selected. Read is per person: the owner opening
// a notification for everyone leaves it unread for the organization admin, and the database refuses a read
// written in another person's name, for another organization's notification, or by a kiosk. Screenshots in
// English and Arabic.
class TestNotificationReads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ownerOpensTheCandidate();
    void theAdminStillHasItUnread();
    void theDatabaseKeepsReadsPerPerson();
    void arabicScreens();

private:
    const DemoSeeder::Account& account(DemoLogin who) const { return m_accounts.at(int(who)); }
    QString sql(const QString& query) { return scalar(*m_super, query); }
    std::unique_ptr<pqxx::connection> raw(DemoLogin who) const
    {
        return rawConnect(m_cluster->as(account(who).loginRole, account(who).password));
    }
    qint64 userOf(DemoLogin who)
    {
        return sql(QStringLiteral("SELECT id FROM elect.users WHERE email = '%1'").arg(account(who).email))
            .toLongLong();
    }
    QString readsOf(qint64 notification)
    {
        return sql(QStringLiteral("SELECT coalesce(string_agg(u.email, ',' ORDER BY u.email), '') FROM"
                                  " elect.notification_reads r JOIN elect.users u ON u.id = r.user_id"
                                  " WHERE r.notification_id = %1")
                       .arg(notification));
    }
    static NotificationsPage* openPanel(MainWindow* window);
    static void doubleClick(QTableView* table, int row);
    void openCandidate(MainWindow* window);

    std::unique_ptr<TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    QList<DemoSeeder::Account> m_accounts;
    qint64 m_org = 0;
    qint64 m_candidate = 0;
    QString m_candidateName;
    qint64 m_election = 0;     ///< the latest election the candidate stands in
    qint64 m_notification = 0; ///< about the candidate, for everyone of the organization
    qint64 m_elsewhere = 0;    ///< another organization's
};

void TestNotificationReads::initTestCase()
{
    prepareAdminTests(QStringLiteral("test_notification_reads"));
    m_cluster = std::make_unique<TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto outcome = seedDemo(*m_cluster);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    m_accounts = outcome->accounts;
    m_super = rawConnect(m_cluster->superuser());
    QVERIFY(m_super);
    m_org = sql(QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Nile Rowing Club'")).toLongLong();
    QVERIFY(m_org > 0);
    // The demo's last candidate, in the latest election they stand in.
    const QStringList candidate =
        sql(QStringLiteral("SELECT c.id || '|' || max(p.election_id) || '|' || c.name FROM elect.candidates c JOIN"
                           " elect.candidate_participations p ON p.candidate_id = c.id WHERE c.organization_id = %1"
                           " GROUP BY c.id ORDER BY c.id DESC LIMIT 1")
                .arg(m_org))
            .split(u'|');
    QCOMPARE(candidate.size(), 3);
    m_candidate = candidate[0].toLongLong();
    m_election = candidate[1].toLongLong();
    m_candidateName = candidate[2];
    // No election on the notification: the app finds the election the candidate stands in.
    m_notification =
        sql(QStringLiteral("INSERT INTO elect.notifications (organization_id, type, priority, title, message,"
                           " candidate_id) VALUES (%1, 'candidate_updated', 'normal', 'Candidate updated',"
                           " 'A photo was added.', %2) RETURNING id")
                .arg(m_org)
                .arg(m_candidate))
            .toLongLong();
    m_elsewhere = sql(QStringLiteral("INSERT INTO elect.notifications (organization_id, type, title, message)"
                                     " SELECT user_id, 'system', 'Elsewhere', 'Not yours.' FROM elect.organizations"
                                     " WHERE name = 'Alexandria Student Union' RETURNING id"))
                      .toLongLong();
    QVERIFY(m_notification > 0 && m_elsewhere > 0);
}

NotificationsPage* TestNotificationReads::openPanel(MainWindow* window)
{
    auto* page = qobject_cast<NotificationsPage*>(openPage(window, QStringLiteral("notifications")));
    if (!page ||
        !QTest::qWaitFor([page] { return !page->isLoading() && page->model()->rowCount() > 0; }, kGuiTimeoutMs))
        return nullptr;
    return page;
}

void TestNotificationReads::doubleClick(QTableView* table, int row)
{
    const QPoint at = table->visualRect(table->model()->index(row, NotificationTableModel::What)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
}

// Double-click the notification about the candidate; the candidate is shown, selected, in their election.
void TestNotificationReads::openCandidate(MainWindow* window)
{
    NotificationsPage* page = openPanel(window);
    QVERIFY(page);
    const int row = page->model()->rowOf(m_notification);
    QVERIFY(row >= 0);
    QVERIFY(page->model()->index(row, NotificationTableModel::Concerns).data().toString().endsWith(m_candidateName));
    doubleClick(child<QTableView>(page, QStringLiteral("notificationsTable")), row);
    QTRY_VERIFY_WITH_TIMEOUT(window->electionWorkspace() && !window->electionWorkspace()->isLoading(), kGuiTimeoutMs);
    ElectionWorkspace* workspace = window->electionWorkspace();
    QCOMPARE(workspace->electionId(), m_election);
    QCOMPARE(workspace->tabs()->currentWidget()->objectName(), QStringLiteral("candidatesTab"));
    auto* candidates = qobject_cast<CandidatesTab*>(workspace->tabs()->currentWidget());
    auto* table = child<QTableView>(candidates, QStringLiteral("candidatesTable"));
    QTRY_VERIFY_WITH_TIMEOUT(table->selectionModel()->selectedRows().size() == 1, kGuiTimeoutMs);
    const int selected = table->selectionModel()->selectedRows().first().row();
    QCOMPARE(candidates->model()->rows().at(selected).details.id, m_candidate);
    QCOMPARE(candidates->model()->rows().at(selected).details.name, m_candidateName);
    QVERIFY(table->hasFocus());
}

void TestNotificationReads::ownerOpensTheCandidate()
{
    QVERIFY(m_notification > 0);
    AdminApp app;
    signIn(app, *m_cluster, account(DemoLogin::Owner));
    if (QTest::currentTestFailed())
        return;
    openCandidate(app.mainWindow());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("notification-candidate-en")));
    // Read for the owner alone.
    QTRY_COMPARE_WITH_TIMEOUT(readsOf(m_notification), account(DemoLogin::Owner).email, kGuiTimeoutMs);
    QCOMPARE(sql(QStringLiteral("SELECT read_at IS NULL FROM elect.notifications WHERE id = %1").arg(m_notification)),
             QStringLiteral("t"));
}

void TestNotificationReads::theAdminStillHasItUnread()
{
    AdminApp app;
    signIn(app, *m_cluster, account(DemoLogin::OrganizationAdmin));
    if (QTest::currentTestFailed())
        return;
    MainWindow* window = app.mainWindow();
    NotificationsPage* page = openPanel(window);
    QVERIFY(page);
    const int row = page->model()->rowOf(m_notification);
    QVERIFY(row >= 0);
    QCOMPARE(page->model()->index(row, NotificationTableModel::State).data().toString(), QStringLiteral("New"));
    const int unread = page->unreadCount();
    QVERIFY(unread >= 1);
    QVERIFY(saveScreenshot(window, QStringLiteral("notification-reads-admin-en")));
    // Mark all read: for the admin; the owner's reads are untouched, the other organization's not reached.
    auto* markAll = child<QPushButton>(page, QStringLiteral("markAllReadButton"));
    QVERIFY(markAll->isEnabled());
    QTest::mouseClick(markAll, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->unreadCount(), 0, kGuiTimeoutMs);
    QStringList both{account(DemoLogin::Owner).email, account(DemoLogin::OrganizationAdmin).email};
    both.sort();
    QCOMPARE(readsOf(m_notification), both.join(u','));
    QCOMPARE(readsOf(m_elsewhere), QString());
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.notification_reads WHERE user_id = %1")
                     .arg(userOf(DemoLogin::OrganizationAdmin))),
             QString::number(unread));
    // The same panel opens the candidate for the admin too.
    openCandidate(window);
}

void TestNotificationReads::theDatabaseKeepsReadsPerPerson()
{
    auto admin = raw(DemoLogin::OrganizationAdmin);
    auto kiosk = raw(DemoLogin::Kiosk);
    QVERIFY(admin && kiosk);
    const qint64 owner = userOf(DemoLogin::Owner);
    const qint64 fresh = sql(QStringLiteral("INSERT INTO elect.notifications (organization_id, type, title, message)"
                                            " VALUES (%1, 'system', 'Fresh', 'For everyone.') RETURNING id")
                                 .arg(m_org))
                             .toLongLong();
    // Marking it read in the owner's name: the person column is not the admin's to write.
    Outcome o = attempt(*admin, QStringLiteral("INSERT INTO elect.notification_reads (notification_id, user_id)"
                                               " VALUES (%1, %2)")
                                    .arg(fresh)
                                    .arg(owner));
    QCOMPARE(o.sqlstate, QStringLiteral("42501"));
    // Another organization's notification: refused by row-level security.
    o = attempt(*admin,
                QStringLiteral("INSERT INTO elect.notification_reads (notification_id) VALUES (%1)").arg(m_elsewhere));
    QCOMPARE(o.sqlstate, QStringLiteral("42501"));
    // The shared read_at is no longer anyone's to set.
    o = attempt(*admin, QStringLiteral("UPDATE elect.notifications SET read_at = now() WHERE id = %1").arg(fresh));
    QCOMPARE(o.sqlstate, QStringLiteral("42501"));
    // Nor may a person change or delete a read (theirs or another's), nor see another's.
    QVERIFY(!attempt(*admin, QStringLiteral("DELETE FROM elect.notification_reads")).ok());
    QVERIFY(!attempt(*admin, QStringLiteral("UPDATE elect.notification_reads SET user_id = %1").arg(owner)).ok());
    QCOMPARE(scalar(*admin, QStringLiteral("SELECT count(*) FROM elect.notification_reads WHERE user_id <> "
                                           "elect.current_user_id()")),
             QStringLiteral("0"));
    QVERIFY(sql(QStringLiteral("SELECT count(*) FROM elect.notification_reads WHERE user_id = %1").arg(owner)).toInt() >
            0);
    // A kiosk has no business with it at all.
    QCOMPARE(
        attempt(*kiosk, QStringLiteral("INSERT INTO elect.notification_reads (notification_id) VALUES (%1)").arg(fresh))
            .sqlstate,
        QStringLiteral("42501"));
    QCOMPARE(readsOf(fresh), QString());
    // The admin's own read is theirs alone.
    QVERIFY(
        attempt(*admin, QStringLiteral("INSERT INTO elect.notification_reads (notification_id) VALUES (%1)").arg(fresh))
            .ok());
    QCOMPARE(readsOf(fresh), account(DemoLogin::OrganizationAdmin).email);
}

void TestNotificationReads::arabicScreens()
{
    QVERIFY(useArabic(true));
    {
        AdminApp app;
        signIn(app, *m_cluster, account(DemoLogin::Owner));
        if (!QTest::currentTestFailed()) {
            openCandidate(app.mainWindow());
            QCOMPARE(app.mainWindow()->layoutDirection(), Qt::RightToLeft);
            QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("notification-candidate-ar")));
        }
    }
    QVERIFY(useArabic(false));
}

QTEST_MAIN(TestNotificationReads)
#include "TestNotificationReads.moc"
