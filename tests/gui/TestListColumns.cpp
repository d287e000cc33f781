#include "AdminDriver.h"

#include "elections/ElectionsPage.h"
#include "elections/ElectionTableModel.h"
#include "elections/ElectionWorkspace.h"
#include "import/ImportTab.h"
#include "shell/ListTable.h"
#include "voters/VotersTab.h"
#include "voters/VoterTableModel.h"

#include <QHeaderView>
#include <QListWidget>
#include <QSet>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>

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
    void votersListSurvivesARestart();
    void aStateForOtherColumnsIsLeftAlone();
    void importTablesSurviveARestart();
    void previewKeepsWidthsToTheirColumns();
    void screenshotsInArabic(); // last: leaves the Arabic translation installed until cleanup

private:
    const DemoSeeder::Account& account(DemoLogin who) const { return m_accounts.at(int(who)); }
    QTableView* electionsTable(AdminApp& app, DemoLogin who);
    /// Signs in as the owner, opens the draft "Board of directors 2027" and shows its tab \a tabName.
    QWidget* draftTab(AdminApp& app, const QString& tabName);
    /// The import tab with \a path previewed; null on failure.
    ImportTab* importing(AdminApp& app, const QString& path);
    QString writeFile(const QString& name, const QByteArray& contents);

    QTemporaryDir m_dir;

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

/// Drags the right edge of \a column \a by pixels (left to right): wider when positive.
void dragEdge(QHeaderView* header, int column, int by)
{
    const int edge = edgeOf(header, column);
    const int y = header->height() / 2;
    dragHeader(header, QPoint(edge, y), QPoint(edge + by, y));
}

/// Drags \a column by its middle to the front of the list (its left end).
void dragToFront(QHeaderView* header, int column)
{
    const int middle = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
    const int y = header->height() / 2;
    dragHeader(header, QPoint(middle, y), QPoint(4, y));
}

/// What a column is as wide as while nobody has sized it: its contents or its title, whichever is wider.
int fittedWidth(QTableView* table, int column)
{
    const auto* view = static_cast<QAbstractItemView*>(table); // sizeHintForColumn is public there
    return qMax(view->sizeHintForColumn(column), table->horizontalHeader()->sectionSizeHint(column));
}

} // namespace

QString TestListColumns::writeFile(const QString& name, const QByteArray& contents)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        return {};
    return path;
}

QWidget* TestListColumns::draftTab(AdminApp& app, const QString& tabName)
{
    signIn(app, *m_cluster, account(DemoLogin::Owner));
    if (QTest::currentTestFailed())
        return nullptr;
    MainWindow* window = app.mainWindow();
    ElectionWorkspace* workspace = openElection(window, QStringLiteral("Board of directors 2027"));
    return workspace ? showTab(workspace, tabName) : nullptr;
}

ImportTab* TestListColumns::importing(AdminApp& app, const QString& path)
{
    auto* tab = qobject_cast<ImportTab*>(draftTab(app, QStringLiteral("importTab")));
    if (!tab)
        return nullptr;
    retypeAndEnter(child<QLineEdit>(tab, QStringLiteral("fileEdit")), path);
    if (!QTest::qWaitFor([tab] { return !tab->isPreviewing(); }, kGuiTimeoutMs))
        return nullptr;
    QCoreApplication::processEvents(); // the columns' fitting and remembering run once the preview has settled
    return tab;
}

void TestListColumns::initTestCase()
{
    prepareAdminTests(QStringLiteral("test_list_columns"));
    m_cluster = std::make_unique<TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto outcome = seedDemo(*m_cluster);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    m_accounts = outcome->accounts;
    QVERIFY(m_dir.isValid());
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

void TestListColumns::votersListSurvivesARestart()
{
    int phoneWidth = 0;
    {
        AdminApp app;
        auto* tab = qobject_cast<VotersTab*>(draftTab(app, QStringLiteral("votersTab")));
        QVERIFY(tab);
        auto* table = child<QTableView>(tab, QStringLiteral("votersTable"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, kGuiTimeoutMs);
        QHeaderView* header = table->horizontalHeader();
        const int before = header->sectionSize(VoterTableModel::Phone);
        dragEdge(header, VoterTableModel::Phone, 60);
        phoneWidth = header->sectionSize(VoterTableModel::Phone);
        QCOMPARE(phoneWidth, before + 60);
        dragToFront(header, VoterTableModel::Voted);
        QCOMPARE(header->visualIndex(VoterTableModel::Voted), 0);
        QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admin-list-columns-voters-dragged")));
        app.mainWindow()->close();
    }
    QVERIFY(QSettings().contains(QStringLiteral("lists/votersTable/columns")));

    AdminApp app;
    auto* tab = qobject_cast<VotersTab*>(draftTab(app, QStringLiteral("votersTab")));
    QVERIFY(tab);
    auto* table = child<QTableView>(tab, QStringLiteral("votersTable"));
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, kGuiTimeoutMs);
    QHeaderView* header = table->horizontalHeader();
    QCOMPARE(header->sectionSize(VoterTableModel::Phone), phoneWidth);
    QCOMPARE(header->visualIndex(VoterTableModel::Voted), 0);
    QCOMPARE(header->visualIndex(VoterTableModel::Number), 1);
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admin-list-columns-voters-restored")));
}

void TestListColumns::aStateForOtherColumnsIsLeftAlone()
{
    // The voters list as the page lays it out, with nothing remembered.
    QSettings().remove(QStringLiteral("lists/votersTable"));
    QList<int> ownWidths;
    {
        AdminApp app;
        auto* tab = qobject_cast<VotersTab*>(draftTab(app, QStringLiteral("votersTab")));
        QVERIFY(tab);
        QHeaderView* header = child<QTableView>(tab, QStringLiteral("votersTable"))->horizontalHeader();
        for (int column = 0; column < header->count(); ++column)
            ownWidths << header->sectionSize(column);
        app.mainWindow()->close();
    }
    // A state saved for a list of another number of columns (the elections list's five, "Ends" moved first by
    // widthAndOrderSurviveARestart), as a newer version with other columns would find it.
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("lists/electionsTable/columnsCount")).toInt(),
             int(ElectionTableModel::ColumnCount));
    QVERIFY(int(ElectionTableModel::ColumnCount) != int(VoterTableModel::ColumnCount));
    for (const char* suffix : {"columns", "columnsCount"})
        settings.setValue(QStringLiteral("lists/votersTable/") + QLatin1String(suffix),
                          settings.value(QStringLiteral("lists/electionsTable/") + QLatin1String(suffix)));
    settings.sync();

    AdminApp app;
    auto* tab = qobject_cast<VotersTab*>(draftTab(app, QStringLiteral("votersTab")));
    QVERIFY(tab);
    QHeaderView* header = child<QTableView>(tab, QStringLiteral("votersTable"))->horizontalHeader();
    QCOMPARE(header->count(), int(VoterTableModel::ColumnCount));
    for (int column = 0; column < header->count(); ++column) {
        QCOMPARE(header->visualIndex(column), column);
        QCOMPARE(header->sectionSize(column), ownWidths.at(column));
    }
}

void TestListColumns::importTablesSurviveARestart()
{
    // A bad phone on line 3: one problem, listed.
    const QString path = writeFile(QStringLiteral("one-problem.csv"),
                                   "National ID,Phone,District\r\n30101011234501,+201011112201,Dokki\r\n"
                                   "30101011234502,12,Dokki\r\n");
    QVERIFY(!path.isEmpty());
    const auto check = [](ImportTab* tab) {
        QTest::mouseClick(child<QPushButton>(tab, QStringLiteral("checkButton")), Qt::LeftButton);
        return QTest::qWaitFor([tab] { return !tab->isBusy() && !tab->problems().isEmpty(); }, kGuiTimeoutMs);
    };
    int valueWidth = 0;
    {
        AdminApp app;
        ImportTab* tab = importing(app, path);
        QVERIFY(tab);
        QVERIFY(check(tab));
        auto* problems = child<QTableWidget>(tab, QStringLiteral("importProblemsTable"));
        QVERIFY(problems->isVisible());
        QCoreApplication::processEvents();
        QHeaderView* header = problems->horizontalHeader();
        const int before = header->sectionSize(2);
        QCOMPARE(before, fittedWidth(problems, 2)); // "Value": as wide as its contents until touched
        dragEdge(header, 2, 80);
        valueWidth = header->sectionSize(2);
        QCOMPARE(valueWidth, before + 80);
        dragToFront(header, 1); // "Column" first
        QCOMPARE(header->visualIndex(1), 0);
        QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admin-list-columns-problems-dragged")));
        app.mainWindow()->close();
    }
    QVERIFY(QSettings().contains(QStringLiteral("lists/importProblemsTable/columns")));

    AdminApp app;
    ImportTab* tab = importing(app, path);
    QVERIFY(tab);
    QVERIFY(check(tab));
    QHeaderView* header = child<QTableWidget>(tab, QStringLiteral("importProblemsTable"))->horizontalHeader();
    QCOMPARE(header->sectionSize(2), valueWidth);
    QCOMPARE(header->visualIndex(1), 0);
    QCOMPARE(header->visualIndex(0), 1);
    QCOMPARE(header->sectionResizeMode(3), QHeaderView::Stretch); // "What to do" takes the rest
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admin-list-columns-problems-restored")));
}

void TestListColumns::previewKeepsWidthsToTheirColumns()
{
    // Three files: two with three columns (the same number, other names) and one with four.
    const QString districts = writeFile(QStringLiteral("districts.csv"),
                                        "National ID,Phone,District\r\n30101011234501,+201011112201,Dokki\r\n");
    const QString governorates = writeFile(QStringLiteral("governorates.csv"),
                                           "National ID,Phone,Governorate\r\n30101011234501,+201011112201,Giza\r\n");
    const QString both = writeFile(QStringLiteral("both.csv"), "National ID,Phone,District,Governorate\r\n"
                                                               "30101011234501,+201011112201,Dokki,Giza\r\n");
    QVERIFY(!districts.isEmpty() && !governorates.isEmpty() && !both.isEmpty());
    const auto retype = [](ImportTab* tab, const QString& path) {
        auto* file = child<QLineEdit>(tab, QStringLiteral("fileEdit"));
        file->selectAll();
        QTest::keyClicks(file, path);
        QTest::keyClick(file, Qt::Key_Return);
        const bool done = QTest::qWaitFor([tab] { return !tab->isPreviewing(); }, kGuiTimeoutMs);
        QCoreApplication::processEvents();
        return done;
    };
    int phoneWidth = 0;
    {
        AdminApp app;
        ImportTab* tab = importing(app, districts);
        QVERIFY(tab);
        auto* preview = child<QTableWidget>(tab, QStringLiteral("importPreviewTable"));
        QHeaderView* header = preview->horizontalHeader();
        QCOMPARE(preview->columnCount(), 3);
        const int fitted = header->sectionSize(1);
        QCOMPARE(fitted, fittedWidth(preview, 1));
        dragEdge(header, 1, 90);
        phoneWidth = header->sectionSize(1);
        QCOMPARE(phoneWidth, fitted + 90);
        dragToFront(header, 1);
        QCOMPARE(header->visualIndex(1), 0);
        QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admin-list-columns-preview-dragged")));

        // Another file with as many columns: what was chosen for the first file's columns is not laid on these.
        QVERIFY(retype(tab, governorates));
        QCOMPARE(preview->horizontalHeaderItem(2)->data(ListColumnIdRole).toString(), QStringLiteral("Governorate"));
        QCOMPARE(header->visualIndex(1), 1);
        QCOMPARE(header->sectionSize(1), fittedWidth(preview, 1));
        // Nor on a file with more columns.
        QVERIFY(retype(tab, both));
        QCOMPARE(preview->columnCount(), 4);
        for (int column = 0; column < 4; ++column)
            QCOMPARE(header->visualIndex(column), column);
        QCOMPARE(header->sectionSize(1), fittedWidth(preview, 1));
        QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admin-list-columns-preview-other-file")));
        // The first file again: its columns as they were left.
        QVERIFY(retype(tab, districts));
        QCOMPARE(header->sectionSize(1), phoneWidth);
        QCOMPARE(header->visualIndex(1), 0);
        app.mainWindow()->close();
    }
    QVERIFY(QSettings().contains(QStringLiteral("lists/importPreviewTable/columns")));
    QCOMPARE(QSettings().value(QStringLiteral("lists/importPreviewTable/columnsIds")).toStringList(),
             QStringList({QStringLiteral("National ID"), QStringLiteral("Phone"), QStringLiteral("District")}));

    // After a restart: the other file first (fitted), then the first one (as it was left).
    AdminApp app;
    ImportTab* tab = importing(app, governorates);
    QVERIFY(tab);
    QHeaderView* header = child<QTableWidget>(tab, QStringLiteral("importPreviewTable"))->horizontalHeader();
    auto* preview = child<QTableWidget>(tab, QStringLiteral("importPreviewTable"));
    QCOMPARE(header->visualIndex(1), 1);
    QCOMPARE(header->sectionSize(1), fittedWidth(preview, 1));
    QVERIFY(retype(tab, districts));
    QCOMPARE(header->sectionSize(1), phoneWidth);
    QCOMPARE(header->visualIndex(1), 0);
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admin-list-columns-preview-restored")));
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
