#include "AdminDriver.h"

#include "elections/ElectionsPage.h"
#include "elections/ElectionTableModel.h"
#include "elections/ElectionWorkspace.h"
#include "shell/Formatting.h"

#include "core/connection/Connection.h"
#include "core/db/ElectionRepository.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>

using namespace Elect;
using namespace Elect::Test;

// elect-admin's frame: the sidebar of each role, the election workspace that opens from the list (double-click
// or Enter) and closes with Back (Alt+Left), View > Refresh (F5), and the page remembered between runs.
class TestAdminShell : public QObject, protected DemoFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ownerOpensAnElectionAndGoesBack();
    void systemAdminsPageIsRemembered();

private:
    static int rowOf(ElectionTableModel* model, const QString& title);
};

void TestAdminShell::initTestCase()
{
    setUpDemo(QStringLiteral("test_admin_shell"));
    if (QTest::currentTestFailed())
        return;
}

int TestAdminShell::rowOf(ElectionTableModel* model, const QString& title)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->elections().at(row).title == title)
            return row;
    return -1;
}

void TestAdminShell::ownerOpensAnElectionAndGoesBack()
{
    AdminApp app;
    signIn(app, *m_cluster, account(DemoLogin::Owner));
    if (QTest::currentTestFailed())
        return;
    MainWindow* window = app.mainWindow();
    auto* navigation = child<QListWidget>(window, QStringLiteral("navigation"));
    QVERIFY(navigation);
    QCOMPARE(navigation->item(0)->text(), tr("Elections"));
    QCOMPARE(window->currentPageKey(), QStringLiteral("elections"));
    QTRY_VERIFY_WITH_TIMEOUT(!window->electionsPage()->isLoading(), kGuiTimeoutMs);

    ElectionTableModel* model = window->electionsPage()->model();
    const QString title = QStringLiteral("Club captain 2026");
    const int row = rowOf(model, title);
    QVERIFY(row >= 0);
    const qint64 id = model->elections().at(row).id;

    // A double-click on the title opens the election's workspace.
    auto* table = child<QTableView>(window, QStringLiteral("electionsTable"));
    QVERIFY(table);
    const QRect cell = table->visualRect(model->index(row, ElectionTableModel::Title));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_VERIFY_WITH_TIMEOUT(window->electionWorkspace() != nullptr, kGuiTimeoutMs);
    ElectionWorkspace* workspace = window->electionWorkspace();
    QCOMPARE(workspace->electionId(), id);
    QTRY_VERIFY_WITH_TIMEOUT(!workspace->isLoading(), kGuiTimeoutMs);
    QCOMPARE(workspace->election().title, title);
    QCOMPARE(child<QLabel>(workspace, QStringLiteral("electionTitle"))->text(), title);
    QVERIFY(child<QLabel>(workspace, QStringLiteral("electionStatus"))
                ->text()
                .contains(toString(model->elections().at(row).countingMethod)));
    // Times as the organization reads them (the demo club is in Cairo), as the Details tab shows them.
    const QTimeZone cairo("Africa/Cairo");
    auto* status = child<QLabel>(workspace, QStringLiteral("electionStatus"));
    QVERIFY2(status->text().contains(shortDateTime(model->elections().at(row).startsAt, cairo)),
             qPrintable(status->text()));
    QVERIFY(status->toolTip().contains(QStringLiteral("Africa/Cairo")));
    QCOMPARE(window->currentPageKey(), QString());
    QVERIFY(saveScreenshot(window, QStringLiteral("admin-election-workspace")));

    // F5 loads the election again (a rename elsewhere shows up).
    auto owner = m_cluster->connect(account(DemoLogin::Owner).loginRole, account(DemoLogin::Owner).password);
    QVERIFY(owner);
    QSignalSpy loaded(workspace, &ElectionWorkspace::electionLoaded);
    QTest::keyClick(window, Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kGuiTimeoutMs);

    // Alt+Left goes back to the list.
    QTest::keyClick(window, Qt::Key_Left, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window->electionWorkspace() == nullptr, kGuiTimeoutMs);
    QCOMPARE(window->currentPageKey(), QStringLiteral("elections"));

    // Keyboard only: the selected row and Enter open it again; the Back button closes it.
    table->setFocus();
    table->selectRow(row);
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window->electionWorkspace() != nullptr, kGuiTimeoutMs);
    QCOMPARE(window->electionWorkspace()->electionId(), id);
    QTest::mouseClick(child<QPushButton>(window->electionWorkspace(), QStringLiteral("backButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(window->electionWorkspace() == nullptr, kGuiTimeoutMs);
}

void TestAdminShell::systemAdminsPageIsRemembered()
{
    {
        AdminApp app;
        signIn(app, *m_cluster, account(DemoLogin::SystemAdmin));
        if (QTest::currentTestFailed())
            return;
        MainWindow* window = app.mainWindow();
        auto* navigation = child<QListWidget>(window, QStringLiteral("navigation"));
        QCOMPARE(window->currentPageKey(), QStringLiteral("organizations"));
        // A click on "All elections" in the sidebar shows that page, with its title.
        QListWidgetItem* elections = navigation->item(1);
        QCOMPARE(elections->data(Qt::UserRole).toString(), QStringLiteral("elections"));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(elections).center());
        QCOMPARE(window->currentPageKey(), QStringLiteral("elections"));
        QCOMPARE(child<QLabel>(window, QStringLiteral("pageTitle"))->text(), elections->text());
        QTRY_VERIFY_WITH_TIMEOUT(!window->electionsPage()->isLoading(), kGuiTimeoutMs);
        window->resize(1234, 777);
        QVERIFY(saveScreenshot(window, QStringLiteral("admin-sysadmin-elections")));
        window->close();
    }
    AdminApp app;
    signIn(app, *m_cluster, account(DemoLogin::SystemAdmin));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(app.mainWindow()->currentPageKey(), QStringLiteral("elections"));
    QCOMPARE(app.mainWindow()->size(), QSize(1234, 777));
}

QTEST_MAIN(TestAdminShell)
#include "TestAdminShell.moc"
