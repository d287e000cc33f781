#include "AdminDriver.h"
#include "Sql.h"

#include "elections/ElectionsPage.h"
#include "elections/ElectionTableModel.h"
#include "elections/ElectionWorkspace.h"
#include "shell/MessageBanner.h"
#include "voters/VotersTab.h"
#include "voters/VoterTableModel.h"

#include <QComboBox>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTabWidget>

using namespace Elect;
using namespace Elect::Test;

// The election workspace's Voters tab, used as an organizer would: it opens on the first rows, Ctrl+End goes
// to the last voter without reading the whole list, the filters and the national-id search narrow it, and
// every figure on screen is the database's.
class TestVoters : public QObject, protected DemoFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ownerBrowsesFiltersAndSearches();
    void arabicScreenshot();

private:
    /// Signs in as the owner and opens the draft's Voters tab; null on failure.
    VotersTab* openVoters(AdminApp& app);

    qint64 m_election = 0;
};

void TestVoters::initTestCase()
{
    setUpDemo(QStringLiteral("test_voters"));
    if (QTest::currentTestFailed())
        return;
    m_election =
        sql(QStringLiteral("SELECT id FROM elect.elections WHERE title = 'Board of directors 2027'")).toLongLong();
    QVERIFY(m_election > 0);
    // 2,000 more voters (ten pages and more), in districts of two governorates; every third has voted.
    QVERIFY(
        attempt(*m_super, QStringLiteral("INSERT INTO elect.voters (election_id, organization_id, national_id_hmac,"
                                         " phone, district, governorate) SELECT e.id, e.organization_id,"
                                         " elect.national_id_hmac(elect_private.organization_key(e.organization_id),"
                                         " '3000101' || lpad(g::text, 7, '0')), '+2011' || lpad(g::text, 8, '0'),"
                                         " (ARRAY['Dokki', 'Imbaba', 'Nasr City', 'Shubra', 'Zamalek'])[g % 5 + 1],"
                                         " CASE WHEN g % 5 < 2 THEN 'Giza' ELSE 'Cairo' END"
                                         " FROM elect.elections e, generate_series(1, 2000) g WHERE e.id = %1")
                              .arg(m_election))
            .ok());
    QVERIFY(attempt(*m_super, QStringLiteral("INSERT INTO elect.voting_records (election_id, voter_id, organization_id,"
                                             " idempotency_key) SELECT election_id, id, organization_id,"
                                             " gen_random_uuid() FROM elect.voters WHERE election_id = %1"
                                             " AND district IS NOT NULL AND id % 3 = 0")
                                  .arg(m_election))
                .ok());
}

VotersTab* TestVoters::openVoters(AdminApp& app)
{
    signIn(app, *m_cluster, account(DemoLogin::Owner));
    if (QTest::currentTestFailed())
        return nullptr;
    MainWindow* window = app.mainWindow();
    window->resize(1200, 760);
    ElectionWorkspace* workspace = openElection(window, QStringLiteral("Board of directors 2027"));
    // A click on the tab's title, as a person would.
    return workspace ? qobject_cast<VotersTab*>(showTab(workspace, QStringLiteral("votersTab"))) : nullptr;
}

void TestVoters::ownerBrowsesFiltersAndSearches()
{
    useArabic(false);
    AdminApp app;
    VotersTab* tab = openVoters(app);
    QVERIFY(tab);
    VoterTableModel* model = tab->model();
    QTableView* table = tab->table();
    QTRY_VERIFY_WITH_TIMEOUT(model->isIndexed(), kGuiTimeoutMs);
    const qint64 total =
        sql(QStringLiteral("SELECT count(*) FROM elect.voters WHERE election_id = %1").arg(m_election)).toLongLong();
    QCOMPARE(total, 2060);
    QCOMPARE(model->total(), total);
    QCOMPARE(model->rowCount(), int(total));
    QCOMPARE(child<QLabel>(tab, QStringLiteral("votersCount"))->text(), QStringLiteral("Voters: 2,060"));
    // The first row is the lowest id, as the database has it; no national id is on screen.
    const QString firstId =
        sql(QStringLiteral("SELECT min(id) FROM elect.voters WHERE election_id = %1").arg(m_election));
    QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(0), kGuiTimeoutMs);
    QCOMPARE(model->index(0, VoterTableModel::Number).data().toString(), firstId);
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admin-voters")));

    // Ctrl+End: the last voter, fetched by key, without the pages in between.
    table->setFocus();
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(int(total) - 1), kGuiTimeoutMs);
    QCOMPARE(table->currentIndex().row(), int(total) - 1);
    const QString lastId =
        sql(QStringLiteral("SELECT max(id) FROM elect.voters WHERE election_id = %1").arg(m_election));
    QCOMPARE(model->index(int(total) - 1, VoterTableModel::Number).data().toString(), lastId);
    const int pages = int((total + VoterTableModel::kPageSize - 1) / VoterTableModel::kPageSize);
    QVERIFY2(model->cachedPageCount() <= 3 && pages == 11, qPrintable(QString::number(model->cachedPageCount())));
    // Its row, as the database has it: the phone masked, who voted.
    const auto last = model->voterAt(int(total) - 1);
    QVERIFY(last);
    QCOMPARE(last->phoneMasked, QString(11, QChar(0x2022)) + QStringLiteral("00"));
    QCOMPARE(last->district, QStringLiteral("Dokki"));
    QCOMPARE(last->voted,
             sql(QStringLiteral("SELECT count(*) FROM elect.voting_records WHERE voter_id = %1").arg(lastId)) ==
                 QStringLiteral("1"));
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admin-voters-end")));

    // Filters: a district, then only those who voted.
    auto* district = child<QComboBox>(tab, QStringLiteral("districtFilter"));
    auto* voted = child<QComboBox>(tab, QStringLiteral("votedFilter"));
    QTRY_COMPARE_WITH_TIMEOUT(district->count(), 6, kGuiTimeoutMs);
    chooseByKeys(district, QStringLiteral("Shubra"));
    QTRY_VERIFY_WITH_TIMEOUT(model->isIndexed() && model->filter().district == QStringLiteral("Shubra"), kGuiTimeoutMs);
    QCOMPARE(model->total(), 400);
    QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(0), kGuiTimeoutMs);
    QCOMPARE(model->voterAt(0)->district, QStringLiteral("Shubra"));
    chooseByKeys(voted, tr("Voted"));
    QTRY_VERIFY_WITH_TIMEOUT(model->isIndexed() && model->filter().voted == VoterFilter::Voted::Yes, kGuiTimeoutMs);
    QCOMPARE(model->total(),
             sql(QStringLiteral("SELECT count(*) FROM elect.voters v JOIN elect.voting_records r ON r.voter_id = v.id"
                                " WHERE v.election_id = %1 AND v.district = 'Shubra'")
                     .arg(m_election))
                 .toLongLong());
    QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(0), kGuiTimeoutMs);
    for (int r = 0; r < model->rowCount() && model->isRowLoaded(r); ++r)
        QVERIFY(model->voterAt(r)->voted && model->voterAt(r)->district == QStringLiteral("Shubra"));
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admin-voters-filtered")));
    chooseByKeys(voted, tr("Voted or not"));
    chooseByKeys(district, tr("All districts"));
    QTRY_VERIFY_WITH_TIMEOUT(model->isIndexed() && model->filter().district.isEmpty(), kGuiTimeoutMs);
    QCOMPARE(model->total(), total);

    // Ctrl+F goes to the search; the exact national id finds its one voter, typed with a dash.
    QTest::keyClick(app.mainWindow(), Qt::Key_F, Qt::ControlModifier);
    auto* search = child<QLineEdit>(tab, QStringLiteral("search"));
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("3000101-0001234"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isSearching() && model->isIndexed() && model->filter().voterId != 0, kGuiTimeoutMs);
    QCOMPARE(model->rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(model->isRowLoaded(0), kGuiTimeoutMs);
    const QString expected =
        sql(QStringLiteral("SELECT id FROM elect.voters WHERE election_id = %1 AND national_id_hmac"
                           " = elect.national_id_hmac(elect_private.organization_key("
                           "organization_id), '30001010001234')")
                .arg(m_election));
    QCOMPARE(model->index(0, VoterTableModel::Number).data().toString(), expected);
    QCOMPARE(model->voterAt(0)->phoneMasked, QString(11, QChar(0x2022)) + QStringLiteral("34"));
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admin-voters-found")));
    // One digit short finds nobody, and says so.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("3000101000123"));
    QTest::mouseClick(child<QPushButton>(tab, QStringLiteral("findButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isSearching() && model->isIndexed() && model->filter().voterId == -1, kGuiTimeoutMs);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(child<QLabel>(tab, QStringLiteral("votersMessage"))->text(),
             tr("No voter of this election has that national id."));
    // Letters are refused with words a person can act on.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("3000abc"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(child<MessageBanner>(tab, QStringLiteral("votersMessage"))->isError(), kGuiTimeoutMs);
    QVERIFY(child<QLabel>(tab, QStringLiteral("votersMessage"))->text().contains(QStringLiteral("only digits")));
    // Empty and Enter: everyone again.
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(model->isIndexed() && model->filter().voterId == 0, kGuiTimeoutMs);
    QCOMPARE(model->total(), total);
    // The searches are in the audit log, the national id nowhere.
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.audit_log WHERE action = 'search_voter'")),
             QStringLiteral("2")); // letters never reached the hash
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.audit_log WHERE details::text LIKE '%1234%'")),
             QStringLiteral("0"));
}

void TestVoters::arabicScreenshot()
{
    QVERIFY(useArabic(true));
    {
        AdminApp app;
        VotersTab* tab = openVoters(app);
        QVERIFY(tab);
        QTRY_VERIFY_WITH_TIMEOUT(tab->model()->isIndexed() && tab->model()->isRowLoaded(0), kGuiTimeoutMs);
        QCOMPARE(tab->layoutDirection(), Qt::RightToLeft);
        QTest::qWait(50); // the rows' repaint after their page arrived
        QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admin-voters-ar")));
    }
    useArabic(false);
}

QTEST_MAIN(TestVoters)
#include "TestVoters.moc"
