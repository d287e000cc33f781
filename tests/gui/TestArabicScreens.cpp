#include "AdminDriver.h"

#include "elections/ElectionsPage.h"
#include "elections/ElectionTableModel.h"
#include "elections/ElectionWorkspace.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>

using namespace Elect;
using namespace Elect::Test;

// elect-admin in Arabic, every screen: an Arabic-speaking organizer or system admin finds no English word
// on a button, a menu, a column heading or a page's title, in the app's texts (Elect's catalogue, under the
// context each class asks for at run time) and in Qt's own (the file dialog's buttons and labels).
class TestArabicScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signInDialog();
    void ownerEveryPageAndTab();
    void systemAdminEveryPage();
    void qtFileDialog();
    void cleanupTestCase();

private:
    const DemoSeeder::Account& account(DemoLogin who) const { return m_accounts.at(int(who)); }

    std::unique_ptr<TestCluster> m_cluster;
    QList<DemoSeeder::Account> m_accounts;
};

namespace {

// A text a person reads in Arabic: it has Arabic letters, or no Latin letter at all (a number, a date, "—").
bool readsArabic(const QString& text)
{
    bool latin = false;
    for (const QChar c : text) {
        if (c.unicode() >= 0x0600 && c.unicode() <= 0x06FF)
            return true;
        latin = latin || (c.unicode() < 0x80 && c.isLetter());
    }
    return !latin;
}

// The English texts a person sees on \a root now: buttons (and their tooltips), group titles, tab titles and
// the headings of tables. Labels are left out: many of them show data (names, emails, titles).
QStringList englishOn(QWidget* root)
{
    QStringList english;
    const auto note = [&english](const QObject* where, const QString& what, const QString& text) {
        if (!text.isEmpty() && !readsArabic(text))
            english << QStringLiteral("%1 %2 [%3]: %4")
                           .arg(QString::fromLatin1(where->metaObject()->className()), where->objectName(), what, text);
    };
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (!button->isVisible())
            continue;
        note(button, QStringLiteral("text"), button->text());
        note(button, QStringLiteral("tooltip"), button->toolTip());
    }
    for (QGroupBox* group : root->findChildren<QGroupBox*>())
        if (group->isVisible())
            note(group, QStringLiteral("title"), group->title());
    for (QTabBar* bar : root->findChildren<QTabBar*>())
        if (bar->isVisible())
            for (int i = 0; i < bar->count(); ++i)
                note(bar, QStringLiteral("tab"), bar->tabText(i));
    for (QTableView* table : root->findChildren<QTableView*>()) {
        if (!table->isVisible() || !table->model() || table->horizontalHeader()->isHidden())
            continue;
        for (int c = 0; c < table->model()->columnCount(); ++c)
            if (!table->isColumnHidden(c))
                note(table, QStringLiteral("column"),
                     table->model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    }
    return english;
}

// Shows each page of the sidebar as a person does, by clicking it, and checks what it shows.
void everyPage(MainWindow* window, const QString& who)
{
    auto* navigation = child<QListWidget>(window, QStringLiteral("navigation"));
    QVERIFY(navigation);
    QVERIFY(navigation->count() >= 3);
    for (QAction* menu : window->menuBar()->actions())
        QVERIFY2(readsArabic(menu->text()), qPrintable(menu->text()));
    for (int row = 0; row < navigation->count(); ++row) {
        QListWidgetItem* item = navigation->item(row);
        QVERIFY2(readsArabic(item->text()), qPrintable(item->text()));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(item).center());
        QTRY_COMPARE(navigation->currentRow(), row);
        const QString key = window->currentPageKey();
        QVERIFY(!key.isEmpty());
        for (const char* name : {"pageTitle", "pageSubtitle"}) {
            const QString text = child<QLabel>(window, QString::fromLatin1(name))->text();
            QVERIFY2(!text.isEmpty() && readsArabic(text), qPrintable(text));
        }
        const QStringList english = englishOn(window->page(key));
        QVERIFY2(english.isEmpty(), qPrintable(key + QStringLiteral(": ") + english.join(QStringLiteral("; "))));
        QVERIFY(saveScreenshot(window, QStringLiteral("arabic-%1-%2-ar").arg(who, key)));
    }
}

} // namespace

void TestArabicScreens::initTestCase()
{
    prepareAdminTests(QStringLiteral("test_arabic_screens"));
    m_cluster = std::make_unique<TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto outcome = seedDemo(*m_cluster);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    m_accounts = outcome->accounts;
    QVERIFY(useArabic(true));
}

void TestArabicScreens::cleanupTestCase()
{
    useArabic(false);
}

void TestArabicScreens::signInDialog()
{
    AdminApp app;
    QVERIFY(app.start({QStringLiteral("elect-admin")}));
    SignInDialog* dialog = app.signInDialog();
    QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->layoutDirection(), Qt::RightToLeft);
    QVERIFY2(readsArabic(dialog->windowTitle()), qPrintable(dialog->windowTitle()));
    // Here every label is the app's own text: none shows data.
    for (QLabel* label : dialog->findChildren<QLabel*>())
        if (label->isVisible())
            QVERIFY2(readsArabic(label->text()),
                     qPrintable(label->objectName() + QStringLiteral(": ") + label->text()));
    const QStringList english = englishOn(dialog);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral("; "))));
    // Qt's own Cancel, from qtbase's catalogue.
    auto* box = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(box && box->button(QDialogButtonBox::Cancel));
    QVERIFY(readsArabic(box->button(QDialogButtonBox::Cancel)->text()));
    QVERIFY(saveScreenshot(dialog, QStringLiteral("arabic-sign-in-ar")));
}

void TestArabicScreens::ownerEveryPageAndTab()
{
    AdminApp app;
    signIn(app, *m_cluster, account(DemoLogin::Owner));
    if (QTest::currentTestFailed())
        return;
    MainWindow* window = app.mainWindow();
    QCOMPARE(window->layoutDirection(), Qt::RightToLeft);
    everyPage(window, QStringLiteral("owner"));
    if (QTest::currentTestFailed())
        return;

    // An election's workspace, each tab clicked in turn.
    window->showPage(QStringLiteral("elections"));
    QTRY_VERIFY_WITH_TIMEOUT(!window->electionsPage()->isLoading(), kGuiTimeoutMs);
    ElectionTableModel* model = window->electionsPage()->model();
    QVERIFY(model->rowCount() > 0);
    auto* table = child<QTableView>(window, QStringLiteral("electionsTable"));
    const QPoint cell = table->visualRect(model->index(0, ElectionTableModel::Title)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
    QTRY_VERIFY_WITH_TIMEOUT(window->electionWorkspace() != nullptr, kGuiTimeoutMs);
    ElectionWorkspace* workspace = window->electionWorkspace();
    QTRY_VERIFY_WITH_TIMEOUT(!workspace->isLoading(), kGuiTimeoutMs);
    auto* tabs = child<QTabWidget>(workspace, QStringLiteral("electionTabs"));
    QVERIFY(tabs && tabs->count() >= 4);
    for (int i = 0; i < tabs->count(); ++i) {
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
        QTRY_COMPARE(tabs->currentIndex(), i);
        const QStringList english = englishOn(workspace);
        QVERIFY2(english.isEmpty(), qPrintable(tabs->currentWidget()->objectName() + QStringLiteral(": ") +
                                               english.join(QStringLiteral("; "))));
        QVERIFY(saveScreenshot(window, QStringLiteral("arabic-owner-%1-ar").arg(tabs->currentWidget()->objectName())));
    }
}

void TestArabicScreens::systemAdminEveryPage()
{
    AdminApp app;
    signIn(app, *m_cluster, account(DemoLogin::SystemAdmin));
    if (QTest::currentTestFailed())
        return;
    everyPage(app.mainWindow(), QStringLiteral("sysadmin"));
}

void TestArabicScreens::qtFileDialog()
{
    // Import > Choose file… opens Qt's own file dialog: its buttons and labels come from qtbase_ar.
    AdminApp app;
    signIn(app, *m_cluster, account(DemoLogin::Owner));
    if (QTest::currentTestFailed())
        return;
    MainWindow* window = app.mainWindow();
    window->showPage(QStringLiteral("elections"));
    QTRY_VERIFY_WITH_TIMEOUT(!window->electionsPage()->isLoading(), kGuiTimeoutMs);
    auto* table = child<QTableView>(window, QStringLiteral("electionsTable"));
    const QPoint cell =
        table->visualRect(window->electionsPage()->model()->index(0, ElectionTableModel::Title)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell);
    QTRY_VERIFY_WITH_TIMEOUT(window->electionWorkspace() != nullptr, kGuiTimeoutMs);
    auto* tabs = child<QTabWidget>(window->electionWorkspace(), QStringLiteral("electionTabs"));
    const int import = tabs->indexOf(child<QWidget>(tabs, QStringLiteral("importTab")));
    QVERIFY(import >= 0);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(import).center());
    QTRY_COMPARE(tabs->currentIndex(), import);
    QPushButton* choose = nullptr;
    for (QPushButton* button : tabs->currentWidget()->findChildren<QPushButton*>())
        if (button->isVisible() && button->text().contains(QStringLiteral("اختيار ملف")))
            choose = button;
    QVERIFY(choose);
    QTest::mouseClick(choose, Qt::LeftButton);
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<QFileDialog*>()) != nullptr && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->layoutDirection(), Qt::RightToLeft);
    for (QLabel* label : dialog->findChildren<QLabel*>())
        if (label->isVisible() && !label->text().isEmpty())
            QVERIFY2(readsArabic(label->text()),
                     qPrintable(label->objectName() + QStringLiteral(": ") + label->text()));
    auto* box = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(box);
    QVERIFY(!box->buttons().isEmpty());
    for (QAbstractButton* button : box->buttons())
        QVERIFY2(readsArabic(button->text()), qPrintable(button->text()));
    QVERIFY(saveScreenshot(dialog, QStringLiteral("arabic-qt-file-dialog-ar")));
    dialog->reject();
}

QTEST_MAIN(TestArabicScreens)
#include "TestArabicScreens.moc"
