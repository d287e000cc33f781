#include "AdminDriver.h"
#include "Sql.h"

#include "elections/ElectionsPage.h"
#include "elections/ElectionTableModel.h"
#include "organizations/OrganizationSettingsPage.h"
#include "shell/Formatting.h"

#include <QLabel>
#include <QListView>
#include <QListWidget>

#include <ctime>

using namespace Elect;
using namespace Elect::Test;

// The organization's time zone: the owner sees the organization's name, country and zone on the
// Organization page and changes the zone by searching the list (the database changes, the elections list
// follows); an organization admin sees it read only, with the reason, and the database refuses them and a
// kiosk. The elections list shows Starts and Ends in each election's organization's zone, never the
// computer's: this test runs with the computer in Los Angeles. Screenshots in English and Arabic.
class TestOrganizationSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ownersListIsInTheOrganizationsZone();
    void systemAdminsListIsInEachRowsZone();
    void ownerChangesTheZone();
    void adminSeesItReadOnly();
    void theDatabaseRefusesOthers();
    void arabicScreens();

private:
    const DemoSeeder::Account& account(DemoLogin who) const { return m_accounts.at(int(who)); }
    QString sql(const QString& query) { return scalar(*m_super, query); }
    static OrganizationSettingsPage* openPage(MainWindow* window);
    static QString cell(MainWindow* window, const QString& title, int column, int role = Qt::DisplayRole);

    std::unique_ptr<TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    QList<DemoSeeder::Account> m_accounts;
    const QDateTime m_start{QDate(2031, 3, 1), QTime(8, 0), Qt::UTC};
};

void TestOrganizationSettings::initTestCase()
{
    // The computer is in Los Angeles; the organizations are in Cairo and London.
    qputenv("TZ", "America/Los_Angeles");
    tzset();
    QCOMPARE(m_start.toLocalTime().time(), QTime(0, 0));
    prepareAdminTests(QStringLiteral("test_organization_settings"));
    m_cluster = std::make_unique<TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto outcome = seedDemo(*m_cluster);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    m_accounts = outcome->accounts;
    m_super = rawConnect(m_cluster->superuser());
    QVERIFY(m_super);
    // One election in Cairo (the demo's club) and one of an organization in London, both at 08:00 UTC.
    QCOMPARE(sql(QStringLiteral("UPDATE elect.organizations SET time_zone = 'Europe/London'"
                                " WHERE name = 'Alexandria Student Union' RETURNING time_zone")),
             QStringLiteral("Europe/London"));
    for (const auto& [title, organization] :
         {std::pair{QStringLiteral("Regatta 2031"), QStringLiteral("Nile Rowing Club")},
          std::pair{QStringLiteral("Union board 2031"), QStringLiteral("Alexandria Student Union")}})
        QCOMPARE(sql(QStringLiteral("INSERT INTO elect.elections (organization_id, title, starts_at, ends_at)"
                                    " SELECT user_id, '%1', '2031-03-01T08:00:00Z', '2031-03-01T18:00:00Z'"
                                    " FROM elect.organizations WHERE name = '%2' RETURNING 1")
                         .arg(title, organization)),
                 QStringLiteral("1"));
}

OrganizationSettingsPage* TestOrganizationSettings::openPage(MainWindow* window)
{
    auto* page = qobject_cast<OrganizationSettingsPage*>(Elect::Test::openPage(window, QStringLiteral("organization")));
    if (!page || !QTest::qWaitFor([page] { return !page->isBusy() && page->profile().id != 0; }, kGuiTimeoutMs))
        return nullptr;
    return page;
}

// The text of election \a title's \a column in the elections list, once it has loaded.
QString TestOrganizationSettings::cell(MainWindow* window, const QString& title, int column, int role)
{
    ElectionsPage* page = window->electionsPage();
    if (!QTest::qWaitFor([page] { return !page->isLoading(); }, kGuiTimeoutMs))
        return QStringLiteral("(still loading)");
    ElectionTableModel* model = page->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->elections().at(row).title == title)
            return model->index(row, column).data(role).toString();
    return QStringLiteral("(no such election)");
}

void TestOrganizationSettings::ownersListIsInTheOrganizationsZone()
{
    AdminApp app;
    signIn(app, *m_cluster, account(DemoLogin::Owner));
    if (QTest::currentTestFailed())
        return;
    const QTimeZone cairo("Africa/Cairo");
    QCOMPARE(cell(app.mainWindow(), QStringLiteral("Regatta 2031"), ElectionTableModel::Starts),
             shortDateTime(m_start, cairo));
    QVERIFY(shortDateTime(m_start, cairo).endsWith(QLatin1String("10:00")));
    QCOMPARE(cell(app.mainWindow(), QStringLiteral("Regatta 2031"), ElectionTableModel::Ends),
             shortDateTime(m_start.addSecs(10 * 3600), cairo));
    QCOMPARE(cell(app.mainWindow(), QStringLiteral("Regatta 2031"), ElectionTableModel::Starts, Qt::ToolTipRole),
             QStringLiteral("In the organization's time zone, Africa/Cairo"));
}

void TestOrganizationSettings::systemAdminsListIsInEachRowsZone()
{
    AdminApp app;
    signIn(app, *m_cluster, account(DemoLogin::SystemAdmin));
    if (QTest::currentTestFailed())
        return;
    MainWindow* window = app.mainWindow();
    QCOMPARE(cell(window, QStringLiteral("Regatta 2031"), ElectionTableModel::Starts),
             shortDateTime(m_start, QTimeZone("Africa/Cairo")));
    QCOMPARE(cell(window, QStringLiteral("Union board 2031"), ElectionTableModel::Starts),
             shortDateTime(m_start, QTimeZone("Europe/London")));
    QVERIFY(
        cell(window, QStringLiteral("Union board 2031"), ElectionTableModel::Starts).endsWith(QLatin1String("08:00")));
    QCOMPARE(cell(window, QStringLiteral("Union board 2031"), ElectionTableModel::Ends, Qt::ToolTipRole),
             QStringLiteral("In the organization's time zone, Europe/London"));
    // No Organization page for the platform's administrator.
    QVERIFY(!window->page(QStringLiteral("organization")));
}

void TestOrganizationSettings::ownerChangesTheZone()
{
    AdminApp app;
    signIn(app, *m_cluster, account(DemoLogin::Owner));
    if (QTest::currentTestFailed())
        return;
    MainWindow* window = app.mainWindow();
    OrganizationSettingsPage* page = openPage(window);
    QVERIFY(page);
    QCOMPARE(child<QLabel>(page, QStringLiteral("organizationName"))->text(), QStringLiteral("Nile Rowing Club"));
    QCOMPARE(child<QLabel>(page, QStringLiteral("organizationCountry"))->text(), QStringLiteral("Egypt (EG)"));
    QVERIFY2(
        child<QLabel>(page, QStringLiteral("organizationZone"))->text().contains(QStringLiteral("Africa/Cairo (UTC+0")),
        qPrintable(child<QLabel>(page, QStringLiteral("organizationZone"))->text()));
    auto* list = child<QListView>(page, QStringLiteral("zoneList"));
    auto* save = child<QPushButton>(page, QStringLiteral("saveTimeZoneButton"));
    QVERIFY(list->isVisible() && save->isVisible());
    QVERIFY(list->model()->rowCount() > 300);
    // The current zone is the one chosen; nothing to save yet.
    QCOMPARE(list->currentIndex().data(Qt::UserRole).toString(), QStringLiteral("Africa/Cairo"));
    QVERIFY(!save->isEnabled());

    // Search as a person types, then Enter and Enter: the one match is chosen and used.
    auto* search = child<QLineEdit>(page, QStringLiteral("zoneSearch"));
    QTest::keyClicks(search, QStringLiteral("tokyo"));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("\u2068Asia/Tokyo (UTC+09:00)\u2069"));
    QVERIFY(save->isEnabled());
    QVERIFY(saveScreenshot(window, QStringLiteral("organization-settings-en")));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(sql(QStringLiteral("SELECT time_zone FROM elect.organizations WHERE name = 'Nile Rowing "
                                                 "Club'")),
                              QStringLiteral("Asia/Tokyo"), kGuiTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kGuiTimeoutMs);
    QCOMPARE(child<QLabel>(page, QStringLiteral("organizationZone"))->text(),
             QStringLiteral("\u2068Asia/Tokyo (UTC+09:00)\u2069"));
    QVERIFY(child<QLabel>(page, QStringLiteral("organizationMessage"))->text().contains(QStringLiteral("Asia/Tokyo")));
    QVERIFY(!save->isEnabled());
    QCOMPARE(sql(QStringLiteral("SELECT (details ->> 'from') || '>' || (details ->> 'to') FROM elect.audit_log"
                                " WHERE action = 'set_organization_time_zone' AND success")),
             QStringLiteral("Africa/Cairo>Asia/Tokyo"));
    // The elections list follows: 08:00 UTC is 17:00 in Tokyo.
    QTRY_COMPARE_WITH_TIMEOUT(cell(window, QStringLiteral("Regatta 2031"), ElectionTableModel::Starts),
                              shortDateTime(m_start, QTimeZone("Asia/Tokyo")), kGuiTimeoutMs);
    QVERIFY(saveScreenshot(window, QStringLiteral("organization-settings-saved-en")));
    // Back to Cairo for the other tests.
    QCOMPARE(sql(QStringLiteral("UPDATE elect.organizations SET time_zone = 'Africa/Cairo' WHERE name = 'Nile Rowing"
                                " Club' RETURNING 1")),
             QStringLiteral("1"));
}

void TestOrganizationSettings::adminSeesItReadOnly()
{
    AdminApp app;
    signIn(app, *m_cluster, account(DemoLogin::OrganizationAdmin));
    if (QTest::currentTestFailed())
        return;
    OrganizationSettingsPage* page = openPage(app.mainWindow());
    QVERIFY(page);
    QCOMPARE(child<QLabel>(page, QStringLiteral("organizationName"))->text(), QStringLiteral("Nile Rowing Club"));
    QVERIFY(child<QLabel>(page, QStringLiteral("organizationZone"))->text().contains(QStringLiteral("Africa/Cairo")));
    QVERIFY(!child<QListView>(page, QStringLiteral("zoneList"))->isVisible());
    QVERIFY(!child<QPushButton>(page, QStringLiteral("saveTimeZoneButton"))->isVisible());
    QVERIFY(child<QLabel>(page, QStringLiteral("timeZoneNote"))
                ->text()
                .endsWith(QStringLiteral("Only the organization's owner may change it.")));
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("organization-settings-admin-en")));
}

void TestOrganizationSettings::theDatabaseRefusesOthers()
{
    const QString call = QStringLiteral("SELECT elect.set_organization_time_zone('Asia/Tokyo')");
    // An organization admin who calls the function directly, as a modified client would.
    auto admin = rawConnect(
        m_cluster->as(account(DemoLogin::OrganizationAdmin).loginRole, account(DemoLogin::OrganizationAdmin).password));
    QVERIFY(admin);
    const Outcome refused = attempt(*admin, call);
    QCOMPARE(refused.sqlstate, QStringLiteral("42501"));
    QCOMPARE(refused.message, QStringLiteral("owner_only"));
    // Nor may the admin write the column.
    QCOMPARE(attempt(*admin, QStringLiteral("UPDATE elect.organizations SET time_zone = 'Asia/Tokyo'")).sqlstate,
             QStringLiteral("42501"));
    // A kiosk of the organization may not even call it.
    auto kiosk = rawConnect(m_cluster->as(account(DemoLogin::Kiosk).loginRole, account(DemoLogin::Kiosk).password));
    QVERIFY(kiosk);
    QCOMPARE(attempt(*kiosk, call).sqlstate, QStringLiteral("42501"));
    // The owner may not set a zone the server does not know.
    auto owner = rawConnect(m_cluster->as(account(DemoLogin::Owner).loginRole, account(DemoLogin::Owner).password));
    QVERIFY(owner);
    QCOMPARE(attempt(*owner, QStringLiteral("SELECT elect.set_organization_time_zone('Mars/Olympus_Mons')")).sqlstate,
             QStringLiteral("22023"));
    QCOMPARE(sql(QStringLiteral("SELECT time_zone FROM elect.organizations WHERE name = 'Nile Rowing Club'")),
             QStringLiteral("Africa/Cairo"));
}

void TestOrganizationSettings::arabicScreens()
{
    QVERIFY(useArabic(true));
    for (DemoLogin who : {DemoLogin::Owner, DemoLogin::OrganizationAdmin}) {
        AdminApp app;
        signIn(app, *m_cluster, account(who));
        if (QTest::currentTestFailed())
            break;
        OrganizationSettingsPage* page = openPage(app.mainWindow());
        QVERIFY(page);
        QCOMPARE(page->layoutDirection(), Qt::RightToLeft);
        QVERIFY(saveScreenshot(app.mainWindow(), who == DemoLogin::Owner
                                                     ? QStringLiteral("organization-settings-ar")
                                                     : QStringLiteral("organization-settings-admin-ar")));
        app.mainWindow()->showPage(QStringLiteral("elections"));
        QVERIFY(saveScreenshot(app.mainWindow(), who == DemoLogin::Owner
                                                     ? QStringLiteral("organization-elections-ar")
                                                     : QStringLiteral("organization-elections-admin-ar")));
    }
    QVERIFY(useArabic(false));
}

QTEST_MAIN(TestOrganizationSettings)
#include "TestOrganizationSettings.moc"
