#include "AdminDriver.h"

#include "elections/ElectionsPage.h"
#include "elections/ElectionTableModel.h"
#include "organizations/OrganizationTableModel.h"
#include "organizations/PendingOrganizationsPage.h"

#include "core/connection/Connection.h"
#include "core/db/AccountRepository.h"
#include "core/db/ElectionRepository.h"
#include "core/secrets/SecretStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

#include <memory>

using namespace Elect;

namespace {
constexpr int kTimeoutMs = Test::kGuiTimeoutMs;
const QString kPendingOrganization = QStringLiteral("Alexandria Student Union");
} // namespace

class TestAdminApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wrongPasswordShowsTheError();
    void ownerSeesTheOrganizationsElections();
    void systemAdminAcceptsAPendingOrganization();
    void remembersThePasswordInTheKeychain();
    void ownerInArabicRightToLeft(); // last: it leaves the Arabic translation installed

private:
    const DemoSeeder::Account& account(int index) const { return m_accounts.at(index); }
    /// Fills the dialog as a person would (the test cluster is "a database server" on its socket).
    void fillSignIn(SignInDialog* dialog, const QString& email, const QString& password)
    {
        Test::fillSignIn(dialog, *m_cluster, email, password);
    }
    void signInWithRemember(AdminApp& app, const DemoSeeder::Account& who, bool remember);
    void screenshot(QWidget* widget, const QString& name) { Test::shot(widget, name); }

    std::unique_ptr<Test::TestCluster> m_cluster;
    QList<DemoSeeder::Account> m_accounts;
};

void TestAdminApp::initTestCase()
{
    Test::prepareAdminTests(QStringLiteral("test_admin_app"));
    m_cluster = std::make_unique<Test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto outcome = Test::seedDemo(*m_cluster);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    m_accounts = outcome->accounts;
    QVERIFY(m_accounts.size() >= 2);
    QCOMPARE(m_accounts.at(0).label, QStringLiteral("System admin"));
}

void TestAdminApp::wrongPasswordShowsTheError()
{
    AdminApp app;
    QVERIFY(app.start({QStringLiteral("elect-admin")}));
    SignInDialog* dialog = app.signInDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    fillSignIn(dialog, account(1).email, QStringLiteral("not-the-password"));
    if (QTest::currentTestFailed())
        return;
    screenshot(dialog, QStringLiteral("admin-sign-in"));

    auto* signIn = dialog->findChild<QPushButton*>(QStringLiteral("signInButton"));
    QVERIFY(signIn);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kTimeoutMs);

    // The same message the database layer gives for this mistake, shown to the person.
    const auto expected = Database::connect(m_cluster->as(loginRoleForEmail(account(1).email), QStringLiteral("x")));
    QVERIFY(!expected);
    QCOMPARE(expected.code(), ErrorCode::AuthFailed);
    QCOMPARE(dialog->errorText(), expected.message());
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"));
    QVERIFY(error && error->isVisible());
    QVERIFY(dialog->isVisible());
    QVERIFY(!app.mainWindow());
    QVERIFY(!app.connection()->isOpen());
    screenshot(dialog, QStringLiteral("admin-sign-in-error"));
}

void TestAdminApp::ownerSeesTheOrganizationsElections()
{
    AdminApp app;
    QVERIFY(app.start({QStringLiteral("elect-admin")}));
    SignInDialog* dialog = app.signInDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    fillSignIn(dialog, account(1).email, account(1).password);
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() != nullptr, kTimeoutMs);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->errorText(), QString());

    MainWindow* window = app.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(window->electionsPage());
    QVERIFY(!window->pendingPage());
    QTRY_VERIFY_WITH_TIMEOUT(!window->electionsPage()->isLoading(), kTimeoutMs);

    // The header says who is signed in.
    auto owner = m_cluster->connect(account(1).loginRole, account(1).password);
    QVERIFY(owner);
    const auto who = AccountRepository(*owner).whoAmI();
    QVERIFY(who.ok());
    auto* name = window->findChild<QLabel*>(QStringLiteral("headerName"));
    auto* detail = window->findChild<QLabel*>(QStringLiteral("headerDetail"));
    QVERIFY(name && detail);
    QCOMPARE(name->text(), who->displayName);
    QVERIFY(detail->text().contains(who->organizationName));
    QVERIFY(detail->text().contains(toString(UserRole::OrganizationOwner)));

    // The table shows exactly what the database gives this login, in its order.
    const auto expected = ElectionRepository(*owner).list();
    QVERIFY(expected.ok());
    QVERIFY(!expected->isEmpty());
    ElectionTableModel* model = window->electionsPage()->model();
    QCOMPARE(model->rowCount(), expected->size());
    QStringList shown, wanted;
    for (int row = 0; row < model->rowCount(); ++row)
        shown << model->index(row, ElectionTableModel::Title).data().toString();
    for (const Election& e : *expected)
        wanted << e.title;
    QCOMPARE(shown, wanted);
    QVERIFY(shown.contains(QStringLiteral("Club captain 2026")));
    const int running = int(shown.indexOf(QStringLiteral("Club captain 2026")));
    QCOMPARE(model->index(running, ElectionTableModel::Status).data().toString(), toString(ElectionPhase::Running));
    auto* table = window->findChild<QTableView*>(QStringLiteral("electionsTable"));
    QVERIFY(table && table->isVisible());
    screenshot(window, QStringLiteral("admin-owner"));
}

void TestAdminApp::systemAdminAcceptsAPendingOrganization()
{
    AdminApp app;
    QVERIFY(app.start({QStringLiteral("elect-admin")}));
    SignInDialog* dialog = app.signInDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    fillSignIn(dialog, account(0).email, account(0).password);
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() != nullptr, kTimeoutMs);
    MainWindow* window = app.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    PendingOrganizationsPage* page = window->pendingPage();
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!window->electionsPage()->isLoading(), kTimeoutMs);

    OrganizationTableModel* model = page->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->organizationAt(r).name == kPendingOrganization)
            row = r;
    QVERIFY2(row >= 0, "the demo's pending organization is listed");
    const qint64 id = model->organizationAt(row).id;
    screenshot(window, QStringLiteral("admin-sysadmin"));

    auto* accept = window->findChild<QPushButton*>(QStringLiteral("acceptButton"));
    auto* table = window->findChild<QTableView*>(QStringLiteral("organizationsTable"));
    QVERIFY(accept && table);
    QVERIFY(!accept->isEnabled()); // nothing selected yet
    table->selectRow(row);
    QVERIFY(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    QVERIFY(page->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kTimeoutMs);

    auto* message = window->findChild<QLabel*>(QStringLiteral("organizationsMessage"));
    QVERIFY(message && message->isVisible());
    QVERIFY2(message->text().contains(kPendingOrganization), qPrintable(message->text()));
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(model->organizationAt(r).id != id);

    // The database agrees: the organization is accepted.
    auto sysadmin = m_cluster->connect(account(0).loginRole, account(0).password);
    QVERIFY(sysadmin);
    const auto all = AccountRepository(*sysadmin).organizations();
    QVERIFY(all.ok());
    bool found = false;
    for (const Organization& o : *all) {
        if (o.id == id) {
            found = true;
            QVERIFY2(o.status == OrganizationStatus::Accepted, qPrintable(Elect::toString(o.status)));
        }
    }
    QVERIFY(found);
    screenshot(window, QStringLiteral("admin-sysadmin-accepted"));
}

void TestAdminApp::signInWithRemember(AdminApp& app, const DemoSeeder::Account& who, bool remember)
{
    QVERIFY(app.start({QStringLiteral("elect-admin")}));
    SignInDialog* dialog = app.signInDialog();
    QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
    fillSignIn(dialog, who.email, who.password);
    if (QTest::currentTestFailed())
        return;
    auto* rememberCheck = dialog->findChild<QCheckBox*>(QStringLiteral("rememberCheck"));
    QVERIFY(rememberCheck);
    rememberCheck->setChecked(remember);
    QSignalSpy shown(&app, &AdminApp::mainWindowShown);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kTimeoutMs);
    QVERIFY(app.connection()->isOpen());
    // The keychain took it: the status bar says where we are connected, not what the keychain refused.
    QVERIFY2(app.mainWindow()->statusBar()->currentMessage().startsWith(QLatin1String("Connected to")),
             qPrintable(app.mainWindow()->statusBar()->currentMessage()));
}

void TestAdminApp::remembersThePasswordInTheKeychain()
{
    // ctest runs this test with a real Secret Service in a throwaway keyring (KEYRING in CMake).
    const DemoSeeder::Account& owner = account(1);
    QString key;
    {
        AdminApp app;
        signInWithRemember(app, owner, true);
        if (QTest::currentTestFailed())
            return;
        key = Connection::personKey(app.signInDialog()->profile(), owner.email);
    }
    // Under the key earlier versions used, so that a remembered password survives the upgrade.
    QVERIFY(key.startsWith(QStringLiteral("admin/%1@").arg(loginRoleForEmail(owner.email))));
    const auto stored = SecretStore().read(key);
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    QCOMPARE(*stored, owner.password);
    QSettings settings;
    for (const QString& k : settings.allKeys())
        QVERIFY2(!settings.value(k).toString().contains(owner.password), qPrintable(k));

    // The next start fills the password in from the keychain.
    {
        AdminApp app;
        QVERIFY(app.start({QStringLiteral("elect-admin")}));
        auto* password = app.signInDialog()->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        QVERIFY(password);
        QTRY_COMPARE_WITH_TIMEOUT(password->text(), owner.password, kTimeoutMs);
    }

    // Signing in without "remember" forgets it.
    {
        AdminApp app;
        signInWithRemember(app, owner, false);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(SecretStore().read(key).code(), ErrorCode::NotFound);
}

void TestAdminApp::ownerInArabicRightToLeft()
{
    // As main() does for a user whose language is Arabic.
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
    QVERIFY(installTranslations(QLocale(QLocale::Arabic, QLocale::Egypt)));
    QApplication::setLayoutDirection(Qt::RightToLeft);
    AdminApp app;
    QVERIFY(app.start({QStringLiteral("elect-admin")}));
    SignInDialog* dialog = app.signInDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    screenshot(dialog, QStringLiteral("admin-sign-in-ar"));
    fillSignIn(dialog, account(1).email, account(1).password);
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() != nullptr, kTimeoutMs);
    MainWindow* window = app.mainWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY_WITH_TIMEOUT(!window->electionsPage()->isLoading(), kTimeoutMs);
    QCOMPARE(window->layoutDirection(), Qt::RightToLeft);
    auto* detail = window->findChild<QLabel*>(QStringLiteral("headerDetail"));
    QVERIFY(detail);
    // The role is in Arabic (core's catalogue), the organization's name as it was registered.
    QVERIFY2(detail->text().contains(toString(UserRole::OrganizationOwner)) &&
                 toString(UserRole::OrganizationOwner) != QLatin1String("Organization owner"),
             qPrintable(detail->text()));
    screenshot(window, QStringLiteral("admin-owner-ar"));
}

QTEST_MAIN(TestAdminApp)
#include "TestAdminApp.moc"
