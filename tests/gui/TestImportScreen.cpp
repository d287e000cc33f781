#include "AdminDriver.h"
#include "Sql.h"

#include "elections/ElectionsPage.h"
#include "elections/ElectionTableModel.h"
#include "elections/ElectionWorkspace.h"
#include "import/ImportTab.h"
#include "shell/MessageBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace Elect;
using namespace Elect::Test;

// The election workspace's Import tab, as an organizer uses it: Ctrl+I, a file typed in, a windows-1256 file
// read after the encoding is changed, the preview with its columns understood and ids masked, problems listed
// and saved while nothing is imported, then the corrected file imported; and an import cancelled halfway.
class TestImportScreen : public QObject, protected DemoFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ownerImportsVotersAfterFixingProblems();
    void cancelledImportWritesNothing();

private:
    QString votersInDraft()
    {
        return sql(QStringLiteral("SELECT count(*) FROM elect.voters WHERE election_id = %1").arg(m_election));
    }
    ImportTab* openImport(AdminApp& app);
    static void typePath(ImportTab* tab, const QString& path);

    qint64 m_election = 0;
    QTemporaryDir m_dir;
};

void TestImportScreen::initTestCase()
{
    setUpDemo(QStringLiteral("test_import_screen"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_dir.isValid());
    m_election =
        sql(QStringLiteral("SELECT id FROM elect.elections WHERE title = 'Board of directors 2027'")).toLongLong();
    QVERIFY(m_election > 0);
}

void TestImportScreen::typePath(ImportTab* tab, const QString& path)
{
    retypeAndEnter(child<QLineEdit>(tab, QStringLiteral("fileEdit")), path);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isPreviewing(), kGuiTimeoutMs);
}

ImportTab* TestImportScreen::openImport(AdminApp& app)
{
    signIn(app, *m_cluster, account(DemoLogin::Owner));
    if (QTest::currentTestFailed())
        return nullptr;
    MainWindow* window = app.mainWindow();
    window->resize(1200, 800);
    ElectionWorkspace* workspace = openElection(window, QStringLiteral("Board of directors 2027"));
    if (!workspace)
        return nullptr;
    // Ctrl+I: the Import tab, the focus on the file.
    QTest::keyClick(workspace, Qt::Key_I, Qt::ControlModifier);
    auto* tab = child<ImportTab>(workspace, QStringLiteral("importTab"));
    auto* tabs = child<QTabWidget>(workspace, QStringLiteral("electionTabs"));
    if (!tab || tabs->currentWidget() != tab)
        return nullptr;
    [&] { QTRY_VERIFY(child<QLineEdit>(tab, QStringLiteral("fileEdit"))->hasFocus()); }();
    return tab;
}

void TestImportScreen::ownerImportsVotersAfterFixingProblems()
{
    useArabic(false);
    // In windows-1256, as an Arabic spreadsheet saves it: Arabic district names, a bad phone on line 4 and
    // line 2's national id again on line 5.
    const QString bad = m_dir.filePath(QStringLiteral("voters-1256.csv"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray dokki("\xC7\xE1\xCF\xDE\xED"); // الدقي in windows-1256
        f.write("National ID,Phone,District\r\n"
                "30101011234501,+201011112201," +
                dokki +
                "\r\n"
                "30101011234502,+201011112202," +
                dokki +
                "\r\n"
                "30101011234503,12," +
                dokki +
                "\r\n"
                "30101011234501,+201011112204," +
                dokki +
                "\r\n"
                "30101011234505,+201011112205," +
                dokki + "\r\n");
    }
    AdminApp app;
    ImportTab* tab = openImport(app);
    QVERIFY(tab);
    auto* preview = child<QTableWidget>(tab, QStringLiteral("importPreviewTable"));
    auto* encoding = child<QComboBox>(tab, QStringLiteral("encodingCombo"));
    auto* banner = child<MessageBanner>(tab, QStringLiteral("importMessage"));
    typePath(tab, bad);
    // Detected as UTF-8, which it is not: the banner says so; windows-1256 reads it.
    QVERIFY2(banner->isError(), qPrintable(banner->text()));
    chooseByKeys(encoding, QStringLiteral("windows-1256"));
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isPreviewing() && preview->rowCount() == 5, kGuiTimeoutMs);
    QVERIFY2(!banner->isError(), qPrintable(banner->text()));
    QCOMPARE(preview->item(0, 2)->text(), QString::fromUtf8("الدقي"));
    QVERIFY(preview->horizontalHeaderItem(0)->text().contains(QStringLiteral("National ID\n→ ")));
    // National ids and phones masked: only their last two digits.
    QCOMPARE(preview->item(0, 0)->text(), QString(12, QChar(0x2022)) + QStringLiteral("01"));
    QVERIFY(!preview->item(0, 1)->text().contains(QStringLiteral("1011112201")));
    QVERIFY(child<QLabel>(tab, QStringLiteral("understoodLabel"))->text().contains(QStringLiteral("windows-1256")));
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admin-import-preview")));

    // Import: two problems, listed; nothing imported.
    QTest::mouseClick(child<QPushButton>(tab, QStringLiteral("importButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && !tab->problems().isEmpty(), kGuiTimeoutMs);
    auto* problems = child<QTableWidget>(tab, QStringLiteral("importProblemsTable"));
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->rowCount(), 2);
    QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("4"));
    QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("Phone"));
    QCOMPARE(problems->item(1, 0)->text(), QStringLiteral("5"));
    QVERIFY(!problems->item(1, 2)->text().contains(QStringLiteral("30101011234501")));
    QVERIFY(banner->text().contains(QStringLiteral("Nothing was imported")));
    QCOMPARE(votersInDraft(), QStringLiteral("60"));
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admin-import-problems")));

    // Saved as CSV through the save dialog, the file name typed.
    QTest::mouseClick(child<QPushButton>(tab, QStringLiteral("saveProblemsButton")), Qt::LeftButton);
    QFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = tab->findChild<QFileDialog*>(QStringLiteral("saveProblemsDialog"))) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    const QString saved = m_dir.filePath(QStringLiteral("problems.csv"));
    name->selectAll();
    QTest::keyClicks(name, saved);
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(buttons && buttons->button(QDialogButtonBox::Save));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(saved));
    QFile savedFile(saved);
    QVERIFY(savedFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = savedFile.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // so that spreadsheets read it as UTF-8
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("Line,Column,Value,What to do"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("4,Phone,")), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("5,")), qPrintable(lines.at(2)));
    QVERIFY(!lines.join(u'\n').contains(QStringLiteral("30101011234501")));

    // The corrected file, in UTF-8 again: detected, imported.
    const QString good = m_dir.filePath(QStringLiteral("voters.csv"));
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("National ID,Phone,District\r\n30101011234501,+201011112201,الدقي\r\n"
                               "30101011234502,+201011112202,الدقي\r\n30101011234503,+201011112203,الدقي\r\n")
                    .toUtf8());
    }
    chooseByKeys(encoding, tr("Detect"));
    typePath(tab, good);
    QCOMPARE(preview->rowCount(), 3);
    QTest::mouseClick(child<QPushButton>(tab, QStringLiteral("importButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy() && banner->text().startsWith(QStringLiteral("Voters imported")),
                             kGuiTimeoutMs);
    QCOMPARE(banner->text(), QStringLiteral("Voters imported: 3."));
    QVERIFY(!child<QTableWidget>(tab, QStringLiteral("importProblemsTable"))->isVisible());
    QCOMPARE(votersInDraft(), QStringLiteral("63"));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.voters WHERE election_id = %1 AND district = 'الدقي' AND"
                                " national_id_hmac IN (SELECT elect.national_id_hmac(elect_private.organization_key("
                                "organization_id), n) FROM elect.elections, unnest(ARRAY['30101011234501',"
                                " '30101011234502', '30101011234503']) n WHERE id = %1)")
                     .arg(m_election)),
             QStringLiteral("3"));
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admin-import-done")));

    // The same screen in Arabic, right to left, with the problems of the first file.
    QVERIFY(useArabic(true));
    {
        AdminApp arabic;
        ImportTab* tabAr = openImport(arabic);
        QVERIFY(tabAr);
        chooseByKeys(child<QComboBox>(tabAr, QStringLiteral("encodingCombo")), QStringLiteral("windows-1256"));
        typePath(tabAr, bad);
        QTest::mouseClick(child<QPushButton>(tabAr, QStringLiteral("checkButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!tabAr->isBusy() && !tabAr->problems().isEmpty(), kGuiTimeoutMs);
        QCOMPARE(tabAr->layoutDirection(), Qt::RightToLeft);
        QVERIFY(saveScreenshot(arabic.mainWindow(), QStringLiteral("admin-import-problems-ar")));
    }
    useArabic(false);
}

void TestImportScreen::cancelledImportWritesNothing()
{
    // Enough rows that the import is still running when Cancel is pressed.
    const QString big = m_dir.filePath(QStringLiteral("big.csv"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray text = "National ID,Phone\r\n";
        for (int i = 0; i < 300000; ++i)
            text += QByteArray::number(30200000000000LL + i) + ",+2010" + QByteArray::number(10000000 + i) + "\r\n";
        f.write(text);
    }
    const QString before = votersInDraft();
    AdminApp app;
    ImportTab* tab = openImport(app);
    QVERIFY(tab);
    typePath(tab, big);
    QTest::mouseClick(child<QPushButton>(tab, QStringLiteral("importButton")), Qt::LeftButton);
    QVERIFY(tab->isBusy());
    auto* progress = child<QProgressBar>(tab, QStringLiteral("importProgress"));
    auto* cancel = child<QPushButton>(tab, QStringLiteral("cancelImportButton"));
    QVERIFY(progress->isVisible() && cancel->isVisible());
    QVERIFY(!child<QPushButton>(tab, QStringLiteral("importButton"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, kGuiTimeoutMs);
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admin-import-progress")));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), kGuiTimeoutMs);
    QVERIFY(!progress->isVisible());
    QVERIFY2(child<QLabel>(tab, QStringLiteral("importMessage"))->text().contains(QStringLiteral("cancelled")),
             qPrintable(child<QLabel>(tab, QStringLiteral("importMessage"))->text()));
    QCOMPARE(votersInDraft(), before);
}

QTEST_MAIN(TestImportScreen)
#include "TestImportScreen.moc"
