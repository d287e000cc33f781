#pragma once

// What the elect-admin GUI tests share: a throwaway cluster with the demo in it, signing in through the
// real sign-in dialog as a person would, finding widgets by name and saving screenshots; opening pages,
// elections and tabs, typing, answering modal dialogs; raw SQL for checks and attacks; the demo plus a
// second organization (ElectionFixture); the registration API with a real SMTP server (SignInServices,
// compiled once in AdminDriver.cpp: link elect_admin_driver to use it).

#include "core/devtools/DemoSeeder.h"
#include "core/Translations.h"
#include "elections/ElectionsPage.h"
#include "elections/ElectionTableModel.h"
#include "elections/ElectionWorkspace.h"
#include "shell/AdminApp.h"
#include "shell/MainWindow.h"
#include "signin/SignInDialog.h"
#include "Sql.h"
#include "TestCluster.h"
#include "TestPaths.h"

#include "core/db/AccountRepository.h"
#include "core/db/ConnectionSettings.h"

#include <QAbstractItemModel>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTextLayout>
#include <QTimer>
#include <QtTest>
#include <QUrl>

#include <functional>
#include <memory>

namespace Elect::Test {

constexpr int kGuiTimeoutMs = 30000;

/// The demo's accounts, in DemoSeeder's order.
enum class DemoLogin { SystemAdmin = 0, Owner = 1, OrganizationAdmin = 2, Kiosk = 3, PendingOwner = 4 };

/// Call first in initTestCase: isolated settings, the app's look, screenshots folder.
inline void prepareAdminTests(const QString& testName)
{
    QStandardPaths::setTestModeEnabled(true); // never the user's own settings
    QCoreApplication::setOrganizationName(QStringLiteral("Elect-tests"));
    QCoreApplication::setApplicationName(testName);
    QSettings().clear();
    AdminApp::applyLook(*qApp);
    QDir().mkpath(QStringLiteral(ELECT_BINARY_DIR "/screenshots"));
}

/// Saves \a widget as screenshots/<name>.png (open them: look at what people see).
inline bool saveScreenshot(QWidget* widget, const QString& name)
{
    // What a person would see: layouts that a change just asked for are done first (grab() does not wait).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    return widget->grab().save(QStringLiteral(ELECT_BINARY_DIR "/screenshots/%1.png").arg(name));
}

/// The child of \a parent named \a name, of type T (null when there is none).
template <typename T>
T* child(QObject* parent, const QString& name)
{
    return parent->findChild<T*>(name);
}

/// Where a person sees \a part of what \a edit shows: the x, in the edit's line, between the part's first two
/// characters, as the line lays its text out (the bidi algorithm included, so that right to left reads from the
/// right). -1 when the text does not hold \a part exactly once, or \a part is shorter than two characters.
inline qreal seenAt(const QAbstractSpinBox* edit, const QString& part)
{
    const auto* line = edit->findChild<QLineEdit*>();
    if (!line || part.size() < 2)
        return -1;
    const QString text = line->text();
    const qsizetype at = text.indexOf(part);
    if (at < 0 || text.indexOf(part, at + 1) >= 0)
        return -1;
    QTextLayout layout(text, line->font());
    QTextOption option;
    option.setTextDirection(line->layoutDirection()); // what QLineEdit lays its text out with
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine row = layout.createLine();
    row.setLineWidth(line->contentsRect().width());
    layout.endLayout();
    return row.cursorToX(int(at) + 1);
}

/// True when \a edit's line is wide enough for all of its text (nothing clipped or scrolled away).
inline bool showsAllOf(const QAbstractSpinBox* edit)
{
    const auto* line = edit->findChild<QLineEdit*>();
    // QLineEdit keeps 2 pixels on each side of its text.
    if (line && line->fontMetrics().horizontalAdvance(line->text()) + 4 <= line->contentsRect().width())
        return true;
    qWarning() << "clipped:" << line->fontMetrics().horizontalAdvance(line->text()) << "pixels of text in"
               << line->contentsRect().width();
    return false;
}

/// Fills the sign-in dialog as a person would: "a database server" on the cluster's socket.
inline void fillSignIn(SignInDialog* dialog, TestCluster& cluster, const QString& email, const QString& password)
{
    auto* server = child<QRadioButton>(dialog, QStringLiteral("serverRadio"));
    auto* host = child<QLineEdit>(dialog, QStringLiteral("hostEdit"));
    auto* port = child<QSpinBox>(dialog, QStringLiteral("portSpin"));
    auto* emailEdit = child<QLineEdit>(dialog, QStringLiteral("emailEdit"));
    auto* passwordEdit = child<QLineEdit>(dialog, QStringLiteral("passwordEdit"));
    QVERIFY(server && host && port && emailEdit && passwordEdit);
    // On the indicator, which is on the right in a right-to-left layout.
    const int indicatorX = server->isRightToLeft() ? server->width() - 8 : 8;
    QTest::mouseClick(server, Qt::LeftButton, {}, QPoint(indicatorX, server->height() / 2));
    QVERIFY(server->isChecked());
    QVERIFY(host->isEnabled());
    host->clear();
    QTest::keyClicks(host, cluster.server().socketDir());
    port->setValue(5432);
    emailEdit->clear();
    QTest::keyClicks(emailEdit, email);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
}

/// Starts \a app and signs in as \a who through the dialog; on success the main window is shown and its
/// first lists have loaded. Check QTest::currentTestFailed() after calling.
inline void signIn(AdminApp& app, TestCluster& cluster, const DemoSeeder::Account& who)
{
    QVERIFY(app.start({QStringLiteral("elect-admin")}));
    SignInDialog* dialog = app.signInDialog();
    QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
    fillSignIn(dialog, cluster, who.email, who.password);
    if (QTest::currentTestFailed())
        return;
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() != nullptr, kGuiTimeoutMs);
    QVERIFY(QTest::qWaitForWindowExposed(app.mainWindow()));
}

/// Switches the app to Arabic, right to left, as main() does for a user whose language is Arabic
/// (\a arabic), or back to English, left to right. Widgets built afterwards speak the new language.
inline bool useArabic(bool arabic)
{
    removeTranslations();
    const QLocale locale = arabic ? QLocale(QLocale::Arabic, QLocale::Egypt) : QLocale(QLocale::English);
    QLocale::setDefault(locale);
    QApplication::setLayoutDirection(arabic ? Qt::RightToLeft : Qt::LeftToRight);
    return !arabic || installTranslations(locale);
}

// ---- Pages, rows, typing (the organization staff's pages) ----

/// Clicks the sidebar entry of page \a key; returns the page.
inline QWidget* openPage(MainWindow* window, const QString& key)
{
    auto* navigation = child<QListWidget>(window, QStringLiteral("navigation"));
    if (!navigation)
        return nullptr;
    for (int row = 0; row < navigation->count(); ++row) {
        QListWidgetItem* item = navigation->item(row);
        if (item->data(Qt::UserRole).toString() != key)
            continue;
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, navigation->visualItemRect(item).center());
        return window->currentPageKey() == key ? window->page(key) : nullptr;
    }
    return nullptr;
}

/// Clicks row \a row of \a table (its first column).
inline void clickRow(QTableView* table, int row)
{
    const QRect cell = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
}

/// Types \a text into \a edit as a person would (after clearing it).
inline void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, text);
}

/// Replaces a line edit's text as a person does (select all, Delete, type) and presses Return.
inline void retypeAndEnter(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

/// One value as the superuser ("ERROR <sqlstate>" on failure).
inline QString superScalar(TestCluster& cluster, const QString& sql)
{
    auto c = rawConnect(cluster.superuser());
    return c ? scalar(*c, sql) : QStringLiteral("NO CONNECTION");
}

/// Whether \a role may sign in with \a password now.
inline bool canSignIn(TestCluster& cluster, const QString& role, const QString& password)
{
    return rawConnect(cluster.as(role, password)) != nullptr;
}

// ---- Modal dialogs, typing any language, more organizations (the system admin's pages) ----

/// Once a modal widget named \a objectName is shown, calls \a act with it (the page's exec() holds the
/// test until then). \a act must close the dialog, also when something is missing, or the test hangs:
/// when it leaves the dialog open, the dialog is rejected after it returns.
inline void onNextModal(const QString& objectName, std::function<void(QWidget*)> act)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, objectName, act]() {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible() || modal->objectName() != objectName)
            return;
        timer->stop();
        timer->deleteLater();
        act(modal);
        if (modal->isVisible())
            if (auto* dialog = qobject_cast<QDialog*>(modal))
                dialog->reject();
    });
    timer->start();
}

/// Types \a text into \a widget key by key, as a keyboard of any language would (QTest::keyClicks knows
/// ASCII only).
inline void typeText(QWidget* widget, const QString& text)
{
    for (QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

/// Clicks the button named \a name inside \a parent; false when there is none or it is disabled.
inline bool clickChild(QWidget* parent, const QString& name)
{
    auto* button = parent->findChild<QAbstractButton*>(name);
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

/// A new organization registered as `elect serve` registers one (pending, email not verified), with an
/// owner named \a first \a last at \a email. Returns its id, or 0.
inline qint64 registerOrganization(TestCluster& cluster, const QString& name, const QString& email,
                                   const QString& first, const QString& last)
{
    auto service = cluster.connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
    if (!service)
        return 0;
    const auto id = AccountRepository(*service).registerOrganization(
        {email, first, last, QStringLiteral("Correct-Horse-Battery-Staple-71")}, name, QStringLiteral("EG"));
    return id.ok() ? *id : 0;
}

/// A raw connection as \a who, for statements that a modified client could send.
inline std::unique_ptr<pqxx::connection> rawAs(TestCluster& cluster, const DemoSeeder::Account& who)
{
    return rawConnect(cluster.as(who.loginRole, who.password));
}

// ---- Screenshots after layout, typing into a named field (the sign-in window's dialogs) ----

/// Lets pending layout requests run (a window grows after a message appears), then saves the screenshot.
inline void shot(QWidget* widget, const QString& name)
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    QVERIFY2(saveScreenshot(widget, name), qPrintable(name));
}

/// Types \a text into the field named \a name of \a parent, replacing what it held.
inline void typeInto(QWidget* parent, const QString& name, const QString& text)
{
    auto* edit = parent->findChild<QLineEdit*>(name);
    QVERIFY2(edit, qPrintable(name));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    for (const QChar c : text) {
        // QTest's key clicks know ASCII only; other letters (Arabic) are typed as key events carrying their text.
        if (c.unicode() < 0x80)
            QTest::keyClick(edit, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    QCOMPARE(edit->text(), text);
}

// ---- What most GUI tests hold: the demo's cluster, its accounts and the superuser ----

/// Starts a throwaway cluster with the demo in it and fills in its accounts and a superuser connection.
/// Check QTest::currentTestFailed() after calling.
inline void startDemo(std::unique_ptr<TestCluster>& cluster, QList<DemoSeeder::Account>& accounts,
                      std::unique_ptr<pqxx::connection>& super)
{
    cluster = std::make_unique<TestCluster>();
    QVERIFY2(cluster->ok(), qPrintable(cluster->error()));
    const auto demo = seedDemo(*cluster);
    QVERIFY2(demo.ok(), qPrintable(demo.message()));
    accounts = demo->accounts;
    super = rawConnect(cluster->superuser());
    QVERIFY(super);
}

/// The demo organization's id (Nile Rowing Club), 0 when there is none.
inline qint64 demoOrganizationId(pqxx::connection& super)
{
    return scalar(super, QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Nile Rowing Club'"))
        .toLongLong();
}

/// A base for a GUI test class (`class TestX : public QObject, protected DemoFixture`): call setUpDemo()
/// first in initTestCase.
class DemoFixture
{
protected:
    /// Isolated settings and the app's look (prepareAdminTests), a throwaway cluster with the demo in it, its
    /// accounts and a superuser connection. Check QTest::currentTestFailed() after calling.
    void setUpDemo(const QString& testName)
    {
        prepareAdminTests(testName);
        startDemo(m_cluster, m_accounts, m_super);
    }

    const DemoSeeder::Account& account(DemoLogin who) const { return m_accounts.at(int(who)); }
    /// One value as the superuser, on its one connection ("ERROR <sqlstate>" on failure).
    QString sql(const QString& statement) const { return scalar(*m_super, statement); }
    /// The demo organization's id (Nile Rowing Club).
    qint64 demoOrganization() const { return demoOrganizationId(*m_super); }

    std::unique_ptr<TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    QList<DemoSeeder::Account> m_accounts;
};

/// Steps \a box to the entry \a text with the arrow keys, as a person with the keyboard would.
inline void chooseByKeys(QComboBox* box, const QString& text)
{
    box->setFocus();
    const int target = box->findText(text);
    QVERIFY2(target >= 0, qPrintable(text));
    while (box->currentIndex() < target)
        QTest::keyClick(box, Qt::Key_Down);
    while (box->currentIndex() > target)
        QTest::keyClick(box, Qt::Key_Up);
    QCOMPARE(box->currentText(), text);
}

// ---- The demo plus a neighbour organization, and the election workspace (elections, candidates) ----

struct ElectionFixture
{
    std::unique_ptr<TestCluster> cluster;
    QList<DemoSeeder::Account> accounts;
    std::unique_ptr<pqxx::connection> super;
    qint64 organization = 0;
    qint64 otherOrganization = 0;
    QString otherOwnerRole;
    QString otherOwnerPassword = QStringLiteral("other-owner-password-1");

    const DemoSeeder::Account& account(DemoLogin who) const { return accounts.at(int(who)); }

    /// Starts the cluster with the demo, a price for publishing and a second accepted organization.
    void setUp()
    {
        startDemo(cluster, accounts, super);
        if (QTest::currentTestFailed())
            return;
        organization = demoOrganizationId(*super);
        QVERIFY(organization > 0);
        // Publishing costs 150.00 EGP whatever the size.
        QCOMPARE(sql(QStringLiteral("INSERT INTO elect.pricing_tiers (min_voters, max_voters, price, currency)"
                                    " VALUES (0, NULL, 15000, 'EGP') RETURNING 1")),
                 QStringLiteral("1"));
        auto service = cluster->connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
        auto sysadmin =
            cluster->connect(account(DemoLogin::SystemAdmin).loginRole, account(DemoLogin::SystemAdmin).password);
        QVERIFY(service && sysadmin);
        const QString email = QStringLiteral("chair@cairo-chess.example");
        const auto other = AccountRepository(*service).registerOrganization(
            {email, QStringLiteral("Adel"), QStringLiteral("Nabil"), otherOwnerPassword},
            QStringLiteral("Cairo Chess Club"), QStringLiteral("GB"));
        QVERIFY2(other.ok(), qPrintable(other.message()));
        otherOrganization = *other;
        QVERIFY(AccountRepository(*sysadmin).verifyEmailByAdmin(email).ok());
        QVERIFY(AccountRepository(*sysadmin).acceptOrganization(otherOrganization).ok());
        otherOwnerRole = loginRoleForEmail(email);
    }

    QString sql(const QString& statement) const { return scalar(*super, statement); }

    /// A raw connection as \a who (for attacks: a modified client sends whatever it likes).
    std::unique_ptr<pqxx::connection> raw(DemoLogin who) const
    {
        return rawConnect(cluster->as(account(who).loginRole, account(who).password));
    }
    std::unique_ptr<pqxx::connection> rawOtherOwner() const
    {
        return rawConnect(cluster->as(otherOwnerRole, otherOwnerPassword));
    }

    /// A draft of the demo organization, made in the database, starting in \a startsInDays, with
    /// \a voters voters (and no candidates).
    qint64 makeDraft(const QString& title, int voters = 0, int startsInDays = 20) const
    {
        const qint64 id =
            sql(QStringLiteral(
                    "INSERT INTO elect.elections (organization_id, title, starts_at, ends_at, potential_voters)"
                    " VALUES (%1, '%2', now() + interval '%3 days', now() + interval '%4 days', %5)"
                    " RETURNING id")
                    .arg(organization)
                    .arg(title)
                    .arg(startsInDays)
                    .arg(startsInDays + 1)
                    .arg(voters))
                .toLongLong();
        if (voters > 0)
            sql(QStringLiteral("INSERT INTO elect.voters (election_id, organization_id, national_id_hmac)"
                               " SELECT %1, %2, public.gen_random_bytes(32) FROM generate_series(1, %3) RETURNING 1")
                    .arg(id)
                    .arg(organization)
                    .arg(voters));
        return id;
    }
};

/// Opens election \a title from the elections page as a person would: Refresh, then a double-click on it.
inline ElectionWorkspace* openElection(MainWindow* window, const QString& title)
{
    ElectionsPage* page = window->electionsPage();
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("refreshElectionsButton")), Qt::LeftButton);
    if (!QTest::qWaitFor([page] { return !page->isLoading(); }, kGuiTimeoutMs))
        return nullptr;
    ElectionTableModel* model = page->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->elections().at(r).title == title)
            row = r;
    if (row < 0)
        return nullptr;
    auto* table = page->findChild<QTableView*>(QStringLiteral("electionsTable"));
    const QRect cell = table->visualRect(model->index(row, ElectionTableModel::Title));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    if (!QTest::qWaitFor([window] { return window->electionWorkspace() && !window->electionWorkspace()->isLoading(); },
                         kGuiTimeoutMs))
        return nullptr;
    return window->electionWorkspace();
}

/// Clicks the tab named \a objectName of \a workspace; returns the tab's widget.
inline QWidget* showTab(ElectionWorkspace* workspace, const QString& objectName)
{
    QTabWidget* tabs = workspace->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->objectName() == objectName) {
            QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
            return tabs->currentWidget() == tabs->widget(i) ? tabs->widget(i) : nullptr;
        }
    }
    return nullptr;
}

/// Waits for the modal window named \a objectName (a confirmation) and returns it, or null.
inline QWidget* waitForModal(const QString& objectName)
{
    QWidget* modal = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            modal = QApplication::activeModalWidget();
            return modal && modal->objectName() == objectName && modal->isVisible();
        },
        kGuiTimeoutMs);
    return shown ? modal : nullptr;
}

/// Answers the confirmation named \a objectName by clicking its button \a button ("confirmButton" or
/// "rejectButton"); returns the text it asked, main and informative, for checks.
inline QString answer(const QString& objectName, const QString& button)
{
    QWidget* modal = waitForModal(objectName);
    if (!modal)
        return {};
    auto* box = qobject_cast<QMessageBox*>(modal);
    const QString asked = box ? box->text() + u'\n' + box->informativeText() : QString();
    auto* b = modal->findChild<QPushButton*>(button);
    if (!b)
        return {};
    QTest::mouseClick(b, Qt::LeftButton);
    return asked;
}

// ---- The registration API of `elect serve` and a real SMTP server (the sign-in window's account tests) ----

/// The registration API (RegistrationApi on the service login, on a real HTTP endpoint on 127.0.0.1), the
/// outbox dispatcher that sends its emails to a real SMTP server (maildev), and reading the code back from
/// the email as the person would. In AdminDriver.cpp: link elect_admin_driver.
class SignInServices
{
public:
    /// Starts everything on \a cluster; check error() afterwards (empty when all is up).
    explicit SignInServices(TestCluster& cluster);
    ~SignInServices();
    SignInServices(const SignInServices&) = delete;
    SignInServices& operator=(const SignInServices&) = delete;

    QString error() const;
    /// The registration API's address, as a person types it into the dialogs.
    QUrl url() const;

    /// Sends what the outbox holds (as `elect serve` does) and returns the emails \a address has received,
    /// oldest first.
    QList<QJsonObject> mailTo(const QString& address);
    /// The code in the newest email to \a address whose subject contains \a subject; empty when none came.
    QString codeMailedTo(const QString& address, const QString& subject);

private:
    struct Parts;
    std::unique_ptr<Parts> m;
};

} // namespace Elect::Test
