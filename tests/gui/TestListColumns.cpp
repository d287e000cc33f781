#include "AdminDriver.h"

#include "elections/ElectionsPage.h"
#include "elections/ElectionTableModel.h"
#include "elections/ElectionWorkspace.h"
#include "shell/ListTable.h"

#include <QHeaderView>
#include <QListWidget>
#include <QSet>
#include <QTableView>

using namespace Elect;
using namespace Elect::Test;

// Every list in elect-admin remembers its columns: a person drags a column wider or moves it, quits, starts
// elect-admin again and finds the list as they left it. Until they touch a column, columns follow their contents.
class TestListColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyListHasItsOwnName();
    void widthAndOrderSurviveARestart();
    void screenshotsInArabic(); // last: leaves the Arabic translation installed until cleanup

private:
    const DemoSeeder::Account& account(DemoLogin who) const { return m_accounts.at(int(who)); }
    QTableView* electionsTable(AdminApp& app, DemoLogin who);

    std::unique_ptr<TestCluster> m_cluster;
    QList<DemoSeeder::Account> m_accounts;
};

namespace {

/// Where the edge between \a column and the next one is, in the header's viewport, left to right.
int edgeOf(QHeaderView* header, int column)
{
    return header->sectionViewportPosition(column) + header->sectionSize(column) - 1;
}

/// Drags the header with the mouse from \a from to \a to, in small steps as a hand does.
void dragHeader(QHeaderView* header, QPoint from, QPoint to)
{
    QWidget* viewport = header->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    const int steps = 8;
    for (int i = 1; i <= steps; ++i)
        QTest::mouseMove(viewport, from + (to - from) * i / steps);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

} // namespace

void TestListColumns::initTestCase()
{
    prepareAdminTests(QStringLiteral("test_list_columns"));
    m_cluster = std::make_unique<TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto outcome = seedDemo(*m_cluster);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    m_accounts = outcome->accounts;
}

QTableView* TestListColumns::electionsTable(AdminApp& app, DemoLogin who)
{
    signIn(app, *m_cluster, account(who));
    if (QTest::currentTestFailed())
        return nullptr;
    MainWindow* window = app.mainWindow();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!window->electionsPage()->isLoading(), kGuiTimeoutMs); }();
    if (QTest::currentTestFailed())
        return nullptr;
    return child<QTableView>(window, QStringLiteral("electionsTable"));
}

void TestListColumns::everyListHasItsOwnName()
{
    // The name is where the list keeps its columns: two lists sharing one would overwrite each other's.
    for (DemoLogin who : {DemoLogin::SystemAdmin, DemoLogin::Owner}) {
        AdminApp app;
        QTableView* table = electionsTable(app, who);
        QVERIFY(table);
        MainWindow* window = app.mainWindow();
        // The owner's workspace brings the election's own lists (candidates, voters, import).
        if (who == DemoLogin::Owner) {
            table->setFocus();
            table->selectRow(0);
            QTest::keyClick(table, Qt::Key_Return);
            QTRY_VERIFY_WITH_TIMEOUT(window->electionWorkspace() != nullptr, kGuiTimeoutMs);
        }
        QSet<QString> names;
        const auto tables = window->findChildren<QTableView*>();
        QVERIFY(tables.size() >= (who == DemoLogin::Owner ? 8 : 5));
        for (QTableView* list : tables) {
            QVERIFY2(!list->objectName().isEmpty(), qPrintable(list->accessibleName()));
            QVERIFY2(!names.contains(list->objectName()), qPrintable(list->objectName()));
            names.insert(list->objectName());
        }
        QVERIFY(names.contains(QStringLiteral("organizationPeopleTable")) || who != DemoLogin::SystemAdmin);
        QVERIFY(names.contains(QStringLiteral("adminsTable")) || who != DemoLogin::Owner);
    }
}

void TestListColumns::widthAndOrderSurviveARestart()
{
    int statusWidth = 0;
    int fittedWidth = 0;
    {
        AdminApp app;
        QTableView* table = electionsTable(app, DemoLogin::Owner);
        QVERIFY(table);
        QHeaderView* header = table->horizontalHeader();
        QVERIFY(!table->isRightToLeft());
        // Until someone touches it, a column is as wide as its contents, as before.
        const auto* view = static_cast<QAbstractItemView*>(table); // sizeHintForColumn is public there
        QTRY_COMPARE(header->sectionSize(ElectionTableModel::Status),
                     qMax(view->sizeHintForColumn(ElectionTableModel::Status),
                          header->sectionSizeHint(ElectionTableModel::Status)));
        fittedWidth = header->sectionSize(ElectionTableModel::Status);

        // Drag the edge of "Status" 70 pixels to the right.
        const int edge = edgeOf(header, ElectionTableModel::Status);
        const int y = header->height() / 2;
        dragHeader(header, QPoint(edge, y), QPoint(edge + 70, y));
        statusWidth = header->sectionSize(ElectionTableModel::Status);
        QCOMPARE(statusWidth, fittedWidth + 70);

        // Drag "Ends" by its middle to the front of the list.
        const int endsMiddle = header->sectionViewportPosition(ElectionTableModel::Ends) +
                               header->sectionSize(ElectionTableModel::Ends) / 2;
        dragHeader(header, QPoint(endsMiddle, y), QPoint(4, y));
        QCOMPARE(header->visualIndex(ElectionTableModel::Ends), 0);

        // New data does not undo what the person chose.
        QTest::keyClick(app.mainWindow(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(!app.mainWindow()->electionsPage()->isLoading(), kGuiTimeoutMs);
        QCoreApplication::processEvents();
        QCOMPARE(header->sectionSize(ElectionTableModel::Status), statusWidth);
        QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admin-list-columns-dragged")));
        app.mainWindow()->close();
    }
    QVERIFY(QSettings().contains(QStringLiteral("lists/electionsTable/columns")));

    AdminApp app;
    QTableView* table = electionsTable(app, DemoLogin::Owner);
    QVERIFY(table);
    QHeaderView* header = table->horizontalHeader();
    QCOMPARE(header->sectionSize(ElectionTableModel::Status), statusWidth);
    QCOMPARE(header->visualIndex(ElectionTableModel::Ends), 0);
    QCOMPARE(header->visualIndex(ElectionTableModel::Title), 1);
    // The title still takes the rest of the width.
    QCOMPARE(header->sectionResizeMode(ElectionTableModel::Title), QHeaderView::Stretch);
    QCOMPARE(header->length(), table->viewport()->width());
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admin-list-columns-restored")));
}

void TestListColumns::screenshotsInArabic()
{
    QVERIFY(useArabic(true));
    {
        AdminApp app;
        QTableView* table = electionsTable(app, DemoLogin::Owner);
        QVERIFY(table);
        QCOMPARE(app.mainWindow()->layoutDirection(), Qt::RightToLeft);
        // The widths remembered in English hold in Arabic: a column's width is the person's, not the language's.
        QHeaderView* header = table->horizontalHeader();
        QCOMPARE(header->visualIndex(ElectionTableModel::Ends), 0);
        QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admin-list-columns-restored-ar")));
    }
    QVERIFY(useArabic(false));
}

QTEST_MAIN(TestListColumns)
#include "TestListColumns.moc"
