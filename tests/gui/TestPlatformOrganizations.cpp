#include "AdminDriver.h"

#include "organizations/OrganizationPeopleModel.h"
#include "organizations/OrganizationsPage.h"
#include "organizations/OrganizationTableModel.h"

#include "core/db/PlatformRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableView>

using namespace Elect;
using namespace Elect::Test;

namespace {
const QString kNile = QStringLiteral("Nile Rowing Club");
const QString kAlexandria = QStringLiteral("Alexandria Student Union");
const QString kChess = QStringLiteral("Cairo Chess Society");
const QString kDebate = QStringLiteral("Giza Debating Club");
} // namespace

// The system admin's organizations page: every state with a filter and a search, the people who run the
// selected organization, and rejecting with a reason that the database requires and the owner is told.
class TestPlatformOrganizations : public QObject, protected DemoFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filtersSearchesAndShowsThePeople();
    void rejectsWithAReasonAfterConfirming();
    void theDatabaseRefusesOthers();
    void screenshotsInArabic();

private:
    OrganizationsPage* openPage(AdminApp& app);
    static QStringList names(OrganizationTableModel* model);
    static int rowOf(OrganizationTableModel* model, const QString& name);

    qint64 m_chess = 0;
    qint64 m_debate = 0;
};

void TestPlatformOrganizations::initTestCase()
{
    setUpDemo(QStringLiteral("test_platform_organizations"));
    if (QTest::currentTestFailed())
        return;
    m_chess = registerOrganization(*m_cluster, kChess, QStringLiteral("omar@cairo-chess.example"),
                                   QStringLiteral("Omar"), QStringLiteral("Khaled"));
    m_debate = registerOrganization(*m_cluster, kDebate, QStringLiteral("nour@giza-debate.example"),
                                    QStringLiteral("Nour"), QStringLiteral("Adel"));
    QVERIFY(m_chess > 0 && m_debate > 0);
    m_super = rawConnect(m_cluster->superuser());
    QVERIFY(m_super);
}

QStringList TestPlatformOrganizations::names(OrganizationTableModel* model)
{
    QStringList out;
    for (const Organization& o : model->organizations())
        out << o.name;
    out.sort();
    return out;
}

int TestPlatformOrganizations::rowOf(OrganizationTableModel* model, const QString& name)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->organizationAt(row).name == name)
            return row;
    return -1;
}

OrganizationsPage* TestPlatformOrganizations::openPage(AdminApp& app)
{
    signIn(app, *m_cluster, account(DemoLogin::SystemAdmin));
    if (QTest::currentTestFailed())
        return nullptr;
    MainWindow* window = app.mainWindow();
    window->resize(1180, 760);
    window->showPage(QStringLiteral("organizations"));
    auto* page = qobject_cast<OrganizationsPage*>(window->page(QStringLiteral("organizations")));
    if (page && !QTest::qWaitFor([page] { return !page->isBusy(); }, kGuiTimeoutMs))
        return nullptr;
    return page;
}

void TestPlatformOrganizations::filtersSearchesAndShowsThePeople()
{
    AdminApp app;
    OrganizationsPage* page = openPage(app);
    QVERIFY(page);
    QCOMPARE(app.mainWindow()->pendingPage(), page);
    OrganizationTableModel* model = page->model();
    auto* filter = child<QComboBox>(page, QStringLiteral("statusFilter"));
    auto* search = child<QLineEdit>(page, QStringLiteral("search"));
    auto* table = child<QTableView>(page, QStringLiteral("organizationsTable"));
    QVERIFY(filter && search && table);

    // It opens on the registrations waiting for review, with the count of each state in the filter.
    QCOMPARE(page->statusFilter(), std::optional<OrganizationStatus>(OrganizationStatus::Pending));
    QCOMPARE(names(model), (QStringList{kAlexandria, kChess, kDebate}));
    QCOMPARE(filter->currentText(), QStringLiteral("Waiting for review (3)"));
    QCOMPARE(filter->itemText(1), QStringLiteral("Accepted (1)"));
    QCOMPARE(filter->itemText(3), QStringLiteral("All states (4)"));
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("platform-organizations-pending")));

    // The arrow key on the filter shows the accepted ones.
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Down);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kGuiTimeoutMs);
    QCOMPARE(page->statusFilter(), std::optional<OrganizationStatus>(OrganizationStatus::Accepted));
    QCOMPARE(names(model), QStringList{kNile});
    QTest::keyClick(filter, Qt::Key_End); // all states
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, kGuiTimeoutMs);
    QCOMPARE(page->statusFilter(), std::nullopt);

    // Ctrl+F reaches the search; typing narrows the list in the database (name, then the owner's email).
    QTest::keyClick(app.mainWindow(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("chess"));
    QTRY_COMPARE_WITH_TIMEOUT(names(model), QStringList{kChess}, kGuiTimeoutMs);
    search->selectAll();
    QTest::keyClicks(search, QStringLiteral("GIZA-DEBATE.example"));
    QTRY_COMPARE_WITH_TIMEOUT(names(model), QStringList{kDebate}, kGuiTimeoutMs);
    search->selectAll();
    QTest::keyClicks(search, QStringLiteral("no such club %_"));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 0 && !page->isBusy(), kGuiTimeoutMs);
    QVERIFY(child<QLabel>(page, QStringLiteral("organizationsEmpty"))->isVisible());
    search->selectAll();
    QTest::keyClicks(search, QStringLiteral("nile"));
    QTRY_COMPARE_WITH_TIMEOUT(names(model), QStringList{kNile}, kGuiTimeoutMs);

    // Clicking the accepted organization shows its people; Accept and Reject are only for pending ones.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(model->index(0, OrganizationTableModel::Name)).center());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoadingPeople(), kGuiTimeoutMs);
    QVERIFY(!child<QPushButton>(page, QStringLiteral("acceptButton"))->isEnabled());
    QVERIFY(!child<QPushButton>(page, QStringLiteral("rejectButton"))->isEnabled());
    QVERIFY(child<QWidget>(page, QStringLiteral("organizationDetails"))->isVisible());
    QCOMPARE(child<QLabel>(page, QStringLiteral("detailsTitle"))->text(), kNile);
    QVERIFY(child<QLabel>(page, QStringLiteral("detailsFacts"))->text().contains(QStringLiteral("Accepted")));

    // The same people, verified and enabled as the database has them; the owner first. The secretary is
    // switched off behind the page's back: F5 shows it.
    const qint64 nile = model->organizationAt(0).id;
    QVERIFY(attempt(*m_super, QStringLiteral("UPDATE elect.users SET is_active = false WHERE email = "
                                             "'secretary@nile-rowing.example'"))
                .ok());
    QTest::keyClick(app.mainWindow(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && !page->isLoadingPeople(), kGuiTimeoutMs);
    QCOMPARE(model->organizationAt(0).id, nile); // still selected
    const QString expected = sql(
        QStringLiteral(
            "SELECT string_agg(u.first_name || ' ' || u.last_name || '|' || u.email || '|' || "
            "(u.email_verified_at IS NOT NULL) || '|' || u.is_active, ';' ORDER BY u.role = 'organization' DESC, "
            "u.last_name) FROM elect.users u WHERE u.id = %1 OR u.id IN (SELECT user_id FROM elect.organization_admins "
            "WHERE organization_id = %1)")
            .arg(nile));
    OrganizationPeopleModel* people = page->peopleModel();
    QStringList shown;
    for (const OrganizationPerson& p : people->people())
        shown << QStringLiteral("%1|%2|%3|%4")
                     .arg(p.name, p.email, p.emailVerified ? QStringLiteral("true") : QStringLiteral("false"),
                          p.enabled ? QStringLiteral("true") : QStringLiteral("false"));
    QCOMPARE(shown.join(u';'), expected);
    QCOMPARE(people->rowCount(), 2);
    QCOMPARE(people->index(0, OrganizationPeopleModel::Name).data().toString(), QStringLiteral("Hany Mansour"));
    QCOMPARE(people->index(0, OrganizationPeopleModel::Role).data().toString(), QStringLiteral("Owner"));
    QCOMPARE(people->index(1, OrganizationPeopleModel::Email).data().toString(),
             QStringLiteral("secretary@nile-rowing.example"));
    QCOMPARE(people->index(1, OrganizationPeopleModel::Enabled).data().toString(), QStringLiteral("Disabled"));
    QCOMPARE(people->index(1, OrganizationPeopleModel::EmailVerified).data().toString(), QStringLiteral("Verified"));
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("platform-organizations-details")));
    QVERIFY(attempt(*m_super, QStringLiteral("UPDATE elect.users SET is_active = true WHERE email = "
                                             "'secretary@nile-rowing.example'"))
                .ok());

    // A pending owner who has not verified the email shows as such.
    search->selectAll();
    QTest::keyClicks(search, kChess);
    QTRY_COMPARE_WITH_TIMEOUT(names(model), QStringList{kChess}, kGuiTimeoutMs);
    table->setFocus();
    table->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoadingPeople() && people->rowCount() == 1, kGuiTimeoutMs);
    QCOMPARE(people->index(0, OrganizationPeopleModel::EmailVerified).data().toString(),
             QStringLiteral("Not verified"));
    QVERIFY(child<QPushButton>(page, QStringLiteral("acceptButton"))->isEnabled());
}

void TestPlatformOrganizations::rejectsWithAReasonAfterConfirming()
{
    AdminApp app;
    OrganizationsPage* page = openPage(app);
    QVERIFY(page);
    OrganizationTableModel* model = page->model();
    auto* table = child<QTableView>(page, QStringLiteral("organizationsTable"));
    const int row = rowOf(model, kDebate);
    QVERIFY(row >= 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(model->index(row, OrganizationTableModel::Name)).center());
    auto* reject = child<QPushButton>(page, QStringLiteral("rejectButton"));
    QVERIFY(reject->isEnabled());
    const QString reason = QStringLiteral("We could not find the club in the register of societies. Send its "
                                          "registration number and register again.");

    // The reason is required: Reject stays off while it is blank. Then "Cancel" at the confirmation
    // rejects nothing.
    bool blankRefused = false;
    onNextModal(QStringLiteral("rejectDialog"), [&](QWidget* dialog) {
        auto* edit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"));
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("confirmRejectButton"));
        if (!edit || !ok)
            return;
        QTest::keyClicks(edit, QStringLiteral("   "));
        blankRefused = !ok->isEnabled();
        QTest::keyClicks(edit, reason);
        saveScreenshot(dialog, QStringLiteral("platform-reject-dialog"));
        // Left open, the box is cancelled by onNextModal.
        onNextModal(QStringLiteral("confirmReject"),
                    [](QWidget* box) { saveScreenshot(box, QStringLiteral("platform-reject-confirm")); });
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(reject, Qt::LeftButton);
    QVERIFY(blankRefused);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kGuiTimeoutMs);
    QCOMPARE(sql(QStringLiteral("SELECT status FROM elect.organizations WHERE user_id = %1").arg(m_debate)),
             QStringLiteral("pending"));

    // Again, confirmed this time: rejected, with the reason stored and told to the owner.
    onNextModal(QStringLiteral("rejectDialog"), [&](QWidget* dialog) {
        auto* edit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"));
        if (!edit)
            return;
        QTest::keyClicks(edit, QStringLiteral("  ") + reason);
        QTest::keyClick(edit, Qt::Key_Return); // a trailing line break, trimmed away
        onNextModal(QStringLiteral("confirmReject"),
                    [](QWidget* box) { clickChild(box, QStringLiteral("confirmButton")); });
        clickChild(dialog, QStringLiteral("confirmRejectButton"));
    });
    QTest::mouseClick(reject, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kGuiTimeoutMs);
    auto* message = child<QLabel>(page, QStringLiteral("organizationsMessage"));
    QVERIFY2(message->isVisible() && message->text().contains(kDebate), qPrintable(message->text()));
    QCOMPARE(rowOf(model, kDebate), -1); // no longer waiting for review
    QCOMPARE(sql(QStringLiteral("SELECT status || '|' || decision_reason FROM elect.organizations WHERE user_id = %1")
                     .arg(m_debate)),
             QStringLiteral("rejected|") + reason);
    // The owner reads it: in the notification, and in the email the outbox sends (its payload's reason).
    QCOMPARE(sql(QStringLiteral("SELECT message FROM elect.notifications WHERE organization_id = %1 AND type = "
                                "'organization_rejected'")
                     .arg(m_debate)),
             reason);
    QCOMPARE(sql(QStringLiteral("SELECT payload->>'reason' FROM elect.outbox WHERE organization_id = %1 AND kind = "
                                "'organization_rejected'")
                     .arg(m_debate)),
             reason);

    // Under "Rejected", the details say why.
    auto* filter = child<QComboBox>(page, QStringLiteral("statusFilter"));
    filter->setFocus();
    QTest::keyClick(filter, Qt::Key_Down);
    QTest::keyClick(filter, Qt::Key_Down);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->statusFilter() == OrganizationStatus::Rejected, kGuiTimeoutMs);
    QCOMPARE(names(model), QStringList{kDebate});
    table->setFocus();
    table->selectRow(0);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoadingPeople(), kGuiTimeoutMs);
    QVERIFY(child<QLabel>(page, QStringLiteral("detailsFacts"))->text().contains(reason));
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("platform-organizations-rejected")));
}

void TestPlatformOrganizations::theDatabaseRefusesOthers()
{
    // A blank reason is refused by the database itself, whatever the client does; nothing changes.
    auto sysadmin = rawAs(*m_cluster, account(DemoLogin::SystemAdmin));
    QVERIFY(sysadmin);
    const Outcome blank = attempt(*sysadmin, QStringLiteral("SELECT elect.reject_organization(%1, '  ')").arg(m_chess));
    QCOMPARE(blank.sqlstate, QStringLiteral("EL003"));
    QCOMPARE(blank.message, QStringLiteral("rejection_reason_required"));
    QCOMPARE(attempt(*sysadmin, QStringLiteral("SELECT elect.reject_organization(%1, NULL)").arg(m_chess)).sqlstate,
             QStringLiteral("EL003"));
    QCOMPARE(sql(QStringLiteral("SELECT status FROM elect.organizations WHERE user_id = %1").arg(m_chess)),
             QStringLiteral("pending"));

    // An owner, an organization admin and a kiosk calling the system admin's functions directly.
    for (DemoLogin who : {DemoLogin::Owner, DemoLogin::OrganizationAdmin, DemoLogin::Kiosk}) {
        auto c = rawAs(*m_cluster, account(who));
        QVERIFY(c);
        QCOMPARE(attempt(*c, QStringLiteral("SELECT elect.reject_organization(%1, 'spite')").arg(m_chess)).sqlstate,
                 QStringLiteral("42501"));
        QCOMPARE(attempt(*c, QStringLiteral("SELECT * FROM elect.platform_kiosks_online()")).sqlstate,
                 QStringLiteral("42501"));
    }
    QCOMPARE(sql(QStringLiteral("SELECT status FROM elect.organizations WHERE user_id = %1").arg(m_chess)),
             QStringLiteral("pending"));

    // The owner using the page's own queries sees its own organization and people only.
    auto owner = m_cluster->connect(account(DemoLogin::Owner).loginRole, account(DemoLogin::Owner).password);
    QVERIFY(owner);
    PlatformRepository platform(*owner);
    const auto all = platform.organizations(std::nullopt, QString());
    QVERIFY2(all.ok(), qPrintable(all.message()));
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().name, kNile);
    const auto others = platform.people(m_chess);
    QVERIFY(others.ok());
    QVERIFY(others->isEmpty());
    const auto counts = platform.organizationCounts();
    QVERIFY(counts.ok());
    QCOMPARE(counts->value(OrganizationStatus::Pending), 0);
}

void TestPlatformOrganizations::screenshotsInArabic()
{
    QVERIFY(useArabic(true));
    {
        AdminApp app;
        OrganizationsPage* page = openPage(app);
        QVERIFY(page);
        auto* filter = child<QComboBox>(page, QStringLiteral("statusFilter"));
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_End);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->model()->rowCount() == 4, kGuiTimeoutMs);
        auto* table = child<QTableView>(page, QStringLiteral("organizationsTable"));
        table->setFocus();
        // (QTableView::selectRow selects nothing right to left in Qt 6.4: a click does, as a person would.)
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(page->model()->index(rowOf(page->model(), kNile), 0)).center());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoadingPeople() && page->peopleModel()->rowCount() == 2, kGuiTimeoutMs);
        QCOMPARE(app.mainWindow()->layoutDirection(), Qt::RightToLeft);
        QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("platform-organizations-ar")));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(page->model()->index(rowOf(page->model(), kChess), 0)).center());
        onNextModal(QStringLiteral("rejectDialog"), [](QWidget* dialog) {
            typeText(dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit")),
                     QStringLiteral("لم نجد النادي في السجل."));
            saveScreenshot(dialog, QStringLiteral("platform-reject-dialog-ar"));
        });
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("rejectButton")), Qt::LeftButton);
    }
    QVERIFY(useArabic(false));
    QCOMPARE(sql(QStringLiteral("SELECT status FROM elect.organizations WHERE user_id = %1").arg(m_chess)),
             QStringLiteral("pending"));
}

QTEST_MAIN(TestPlatformOrganizations)
#include "TestPlatformOrganizations.moc"
