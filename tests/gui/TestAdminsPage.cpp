#include "AdminDriver.h"

#include "admins/AdminsPage.h"
#include "admins/AdminTableModel.h"
#include "admins/NewAdminDialog.h"

#include <QLabel>
#include <QMessageBox>

using namespace Elect;
using namespace Elect::Test;

// The Administrators page (apps/admin-desktop/admins): the owner invites, disables, enables and removes
// organization admins; an organization admin sees the list read-only. Checked in the database afterwards.
class TestAdminsPage : public QObject, protected DemoFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ownerInvitesAnAdmin();
    void invitingATakenEmailSaysSoAndKeepsTheDialog();
    void ownerDisablesAndEnablesAnAdmin();
    void ownerRemovesAnAdminAfterConfirming();
    void organizationAdminSeesTheListReadOnly();
    void screenshotsInArabic(); // last: leaves the Arabic translation installed until cleanup

private:
    AdminsPage* openAdmins(AdminApp& app, DemoLogin who);
    void invite(AdminsPage* page, const QString& first, const QString& last, const QString& email);
};

void TestAdminsPage::initTestCase()
{
    setUpDemo(QStringLiteral("test_admins_page"));
    if (QTest::currentTestFailed())
        return;
}

AdminsPage* TestAdminsPage::openAdmins(AdminApp& app, DemoLogin who)
{
    signIn(app, *m_cluster, account(who));
    if (QTest::currentTestFailed())
        return nullptr;
    auto* page = qobject_cast<AdminsPage*>(openPage(app.mainWindow(), QStringLiteral("admins")));
    if (!page)
        return nullptr;
    if (!QTest::qWaitFor([page] { return !page->isBusy() && page->model()->rowCount() > 0; }, kGuiTimeoutMs))
        return nullptr;
    return page;
}

void TestAdminsPage::invite(AdminsPage* page, const QString& first, const QString& last, const QString& email)
{
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("addAdminButton")), Qt::LeftButton);
    QTRY_VERIFY(page->newAdminDialog() && page->newAdminDialog()->isVisible());
    NewAdminDialog* dialog = page->newAdminDialog();
    auto* invite = child<QPushButton>(dialog, QStringLiteral("inviteButton"));
    QVERIFY(!invite->isEnabled()); // nothing typed yet
    typeInto(child<QLineEdit>(dialog, QStringLiteral("firstNameEdit")), first);
    typeInto(child<QLineEdit>(dialog, QStringLiteral("lastNameEdit")), last);
    typeInto(child<QLineEdit>(dialog, QStringLiteral("emailEdit")), email);
    QVERIFY(invite->isEnabled());
    QTest::mouseClick(invite, Qt::LeftButton);
}

void TestAdminsPage::ownerInvitesAnAdmin()
{
    AdminApp app;
    AdminsPage* page = openAdmins(app, DemoLogin::Owner);
    QVERIFY(page);
    const auto& orgAdmin = account(DemoLogin::OrganizationAdmin);
    AdminTableModel* model = page->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->admins().first().email, orgAdmin.email);
    QCOMPARE(model->index(0, AdminTableModel::Status).data().toString(), tr("Active"));
    QVERIFY(!child<QLabel>(page, QStringLiteral("adminsReadOnlyNote"))->isVisible());
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admins-page")));

    invite(page, QStringLiteral("Mona"), QStringLiteral("Kamal"), QStringLiteral("Mona.Kamal@example.org"));
    QTRY_VERIFY_WITH_TIMEOUT(page->newAdminDialog() == nullptr, kGuiTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && model->rowCount() == 2, kGuiTimeoutMs);
    QVERIFY(child<QLabel>(page, QStringLiteral("adminsMessage"))->text().contains(QStringLiteral("Mona Kamal")));

    // Listed, waiting for the email to be verified.
    const QString id = sql(QStringLiteral("SELECT id FROM elect.users WHERE email = 'Mona.Kamal@example.org'"));
    const int row = model->rowOf(id.toLongLong());
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, AdminTableModel::Name).data().toString(), QStringLiteral("Mona Kamal"));
    QCOMPARE(model->index(row, AdminTableModel::Status).data().toString(), tr("Waiting for email verification"));

    // In the database: an organization admin of the owner's organization, active but not verified; a login role
    // that cannot sign in and has no password at all (nobody chose one); the verification email queued (it
    // tells the admin to choose a password); audited as the owner.
    const QString owner = sql(
        QStringLiteral("SELECT id FROM elect.users WHERE login_role = '%1'").arg(account(DemoLogin::Owner).loginRole));
    QCOMPARE(sql(QStringLiteral("SELECT concat_ws('|', u.first_name, u.last_name, u.role, u.is_active,"
                                " u.email_verified_at IS NULL, a.organization_id, a.created_by)"
                                " FROM elect.users u JOIN elect.organization_admins a ON a.user_id = u.id"
                                " WHERE u.id = %1")
                     .arg(id)),
             QStringLiteral("Mona|Kamal|organization_admin|t|t|%1|%1").arg(owner));
    const QString login = loginRoleForEmail(QStringLiteral("mona.kamal@example.org"));
    QCOMPARE(sql(QStringLiteral("SELECT concat_ws('|', rolcanlogin, rolpassword IS NULL,"
                                " pg_has_role(rolname, 'elect_staff', 'MEMBER'))"
                                " FROM pg_authid WHERE rolname = '%1'")
                     .arg(login)),
             QStringLiteral("f|t|t"));
    QCOMPARE(sql(QStringLiteral("SELECT payload->>'set_password' FROM elect.outbox WHERE kind = 'verify_email'"
                                " AND (payload->>'user_id')::bigint = %1")
                     .arg(id)),
             QStringLiteral("true"));
    QCOMPARE(sql(QStringLiteral("SELECT actor FROM elect.audit_log WHERE action = 'invite_organization_admin'"
                                " AND object_id = '%1'")
                     .arg(id)),
             account(DemoLogin::Owner).loginRole);
}

void TestAdminsPage::invitingATakenEmailSaysSoAndKeepsTheDialog()
{
    AdminApp app;
    AdminsPage* page = openAdmins(app, DemoLogin::Owner);
    QVERIFY(page);
    const QString before = sql(QStringLiteral("SELECT count(*) FROM elect.users"));
    // The owner's own email, in other letters' case.
    invite(page, QStringLiteral("Hany"), QStringLiteral("Again"), account(DemoLogin::Owner).email.toUpper());
    NewAdminDialog* dialog = page->newAdminDialog();
    QVERIFY(dialog);
    auto* message = child<QLabel>(dialog, QStringLiteral("newAdminMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && message->text().contains(QStringLiteral("already exists")),
                             kGuiTimeoutMs);
    QVERIFY(dialog->isVisible());
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.users")), before);
    QVERIFY(saveScreenshot(dialog, QStringLiteral("admins-invite-email-taken")));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("cancelButton")), Qt::LeftButton);
    QTRY_VERIFY(page->newAdminDialog() == nullptr);
}

void TestAdminsPage::ownerDisablesAndEnablesAnAdmin()
{
    const auto& orgAdmin = account(DemoLogin::OrganizationAdmin);
    // The admin is signed in elsewhere while the owner disables them.
    auto elsewhere = rawConnect(m_cluster->as(orgAdmin.loginRole, orgAdmin.password));
    QVERIFY(elsewhere);
    QCOMPARE(scalar(*elsewhere, QStringLiteral("SELECT 1")), QStringLiteral("1"));

    AdminApp app;
    AdminsPage* page = openAdmins(app, DemoLogin::Owner);
    QVERIFY(page);
    AdminTableModel* model = page->model();
    const QString id =
        sql(QStringLiteral("SELECT id FROM elect.users WHERE login_role = '%1'").arg(orgAdmin.loginRole));
    auto* table = child<QTableView>(page, QStringLiteral("adminsTable"));
    auto* toggle = child<QPushButton>(page, QStringLiteral("toggleAdminButton"));
    QVERIFY(!toggle->isEnabled()); // nothing selected
    clickRow(table, model->rowOf(id.toLongLong()));
    QVERIFY(toggle->isEnabled());
    QCOMPARE(toggle->text(), tr("Disable"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && !model->admins().at(model->rowOf(id.toLongLong())).active,
                             kGuiTimeoutMs);
    QCOMPARE(model->index(model->rowOf(id.toLongLong()), AdminTableModel::Status).data().toString(), tr("Disabled"));
    QCOMPARE(toggle->text(), tr("Enable")); // the selection was kept
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admins-disabled")));

    // Disabled: no sign-in, and the open session was ended.
    QCOMPARE(sql(QStringLiteral("SELECT is_active FROM elect.users WHERE id = %1").arg(id)), QStringLiteral("f"));
    QVERIFY(!canSignIn(*m_cluster, orgAdmin.loginRole, orgAdmin.password));
    QVERIFY(!attempt(*elsewhere, QStringLiteral("SELECT 1")).ok());
    QCOMPARE(sql(QStringLiteral("SELECT details->>'sessions_ended' FROM elect.audit_log"
                                " WHERE action = 'disable_organization_admin' AND object_id = '%1'")
                     .arg(id)),
             QStringLiteral("1"));

    // Enabled again: the admin signs in.
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && model->admins().at(model->rowOf(id.toLongLong())).active,
                             kGuiTimeoutMs);
    QVERIFY(canSignIn(*m_cluster, orgAdmin.loginRole, orgAdmin.password));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.audit_log WHERE action = 'enable_organization_admin'"
                                " AND object_id = '%1'")
                     .arg(id)),
             QStringLiteral("1"));
}

void TestAdminsPage::ownerRemovesAnAdminAfterConfirming()
{
    AdminApp app;
    AdminsPage* page = openAdmins(app, DemoLogin::Owner);
    QVERIFY(page);
    invite(page, QStringLiteral("Tarek"), QStringLiteral("Zaki"), QStringLiteral("tarek.zaki@example.org"));
    QTRY_VERIFY_WITH_TIMEOUT(page->newAdminDialog() == nullptr, kGuiTimeoutMs);
    AdminTableModel* model = page->model();
    const qint64 id =
        sql(QStringLiteral("SELECT id FROM elect.users WHERE email = 'tarek.zaki@example.org'")).toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && model->rowOf(id) >= 0, kGuiTimeoutMs);
    const int rowsBefore = model->rowCount();

    auto* table = child<QTableView>(page, QStringLiteral("adminsTable"));
    auto* remove = child<QPushButton>(page, QStringLiteral("removeAdminButton"));
    clickRow(table, model->rowOf(id));

    // Cancel first: nothing happens.
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY(page->confirmation() && page->confirmation()->isVisible());
    QVERIFY(page->confirmation()->text().contains(QStringLiteral("Tarek Zaki")));
    QVERIFY(saveScreenshot(page->confirmation(), QStringLiteral("admins-remove-question")));
    QTest::keyClick(page->confirmation(), Qt::Key_Escape);
    QTRY_VERIFY(page->confirmation() == nullptr);
    QCOMPARE(sql(QStringLiteral("SELECT removed_at IS NULL FROM elect.users WHERE id = %1").arg(id)),
             QStringLiteral("t"));

    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY(page->confirmation() && page->confirmation()->isVisible());
    QTest::mouseClick(child<QPushButton>(page->confirmation(), QStringLiteral("confirmRemoveButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && model->rowCount() == rowsBefore - 1, kGuiTimeoutMs);
    QCOMPARE(model->rowOf(id), -1);

    // Kept for the audit trail, but it can never sign in: no LOGIN, no password, no group, no usable token.
    QCOMPARE(sql(QStringLiteral("SELECT concat_ws('|', is_active, removed_at IS NOT NULL, first_name)"
                                " FROM elect.users WHERE id = %1")
                     .arg(id)),
             QStringLiteral("f|t|Tarek"));
    const QString login = loginRoleForEmail(QStringLiteral("tarek.zaki@example.org"));
    QCOMPARE(sql(QStringLiteral("SELECT concat_ws('|', rolcanlogin, rolpassword IS NULL,"
                                " pg_has_role(rolname, 'elect_staff', 'MEMBER'))"
                                " FROM pg_authid WHERE rolname = '%1'")
                     .arg(login)),
             QStringLiteral("f|t|f"));
    QCOMPARE(sql(QStringLiteral("SELECT actor FROM elect.audit_log WHERE action = 'remove_organization_admin'"
                                " AND object_id = '%1'")
                     .arg(id)),
             account(DemoLogin::Owner).loginRole);
    // Verifying the email afterwards (an old message) does not bring the login back.
    QCOMPARE(sql(QStringLiteral("SELECT elect.refresh_login(%1)").arg(id)), QStringLiteral("f"));
}

void TestAdminsPage::organizationAdminSeesTheListReadOnly()
{
    AdminApp app;
    AdminsPage* page = openAdmins(app, DemoLogin::OrganizationAdmin);
    QVERIFY(page);
    auto* note = child<QLabel>(page, QStringLiteral("adminsReadOnlyNote"));
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("owner")));
    for (const char* name : {"addAdminButton", "toggleAdminButton", "removeAdminButton"})
        QVERIFY2(!child<QPushButton>(page, QString::fromLatin1(name))->isVisible(), name);
    // They see themselves among the organization's admins.
    bool found = false;
    for (const auto& a : page->model()->admins())
        found = found || a.email == account(DemoLogin::OrganizationAdmin).email;
    QVERIFY(found);
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admins-read-only")));
}

void TestAdminsPage::screenshotsInArabic()
{
    QVERIFY(useArabic(true));
    {
        AdminApp app;
        AdminsPage* page = openAdmins(app, DemoLogin::Owner);
        QVERIFY(page);
        QCOMPARE(app.mainWindow()->layoutDirection(), Qt::RightToLeft);
        clickRow(child<QTableView>(page, QStringLiteral("adminsTable")), 0);
        QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admins-page-ar")));
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("addAdminButton")), Qt::LeftButton);
        QTRY_VERIFY(page->newAdminDialog() && page->newAdminDialog()->isVisible());
        QVERIFY(saveScreenshot(page->newAdminDialog(), QStringLiteral("admins-invite-ar")));
        page->newAdminDialog()->reject();
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("removeAdminButton")), Qt::LeftButton);
        QTRY_VERIFY(page->confirmation() && page->confirmation()->isVisible());
        QVERIFY(saveScreenshot(page->confirmation(), QStringLiteral("admins-remove-question-ar")));
        QTest::keyClick(page->confirmation(), Qt::Key_Escape);
    }
    {
        AdminApp app;
        AdminsPage* page = openAdmins(app, DemoLogin::OrganizationAdmin);
        QVERIFY(page);
        QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admins-read-only-ar")));
    }
    QVERIFY(useArabic(false));
}

QTEST_MAIN(TestAdminsPage)
#include "TestAdminsPage.moc"
