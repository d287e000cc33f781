#include "AdminDriver.h"

#include "core/db/AccountRepository.h"
#include "core/db/StaffRepository.h"

using namespace Elect;
using namespace Elect::Test;

// The database, not elect-admin's buttons, decides who manages an organization's admins and kiosks
// (core/sql/0021_organization_staff.sql). Tried as an attacker would: an organization admin where only the
// owner may, another organization's owner, a kiosk, a system admin, and raw SQL around the functions.
class TestAdminsBoundaries : public QObject, protected DemoFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void organizationAdminMayNotManage();
    void anotherOrganizationsOwnerCannotReach();
    void kioskAndSystemAdminMayNotManage();
    void ownerCannotDisableThemselves();

private:
    std::unique_ptr<Database> as(DemoLogin who) const
    {
        return m_cluster->connect(account(who).loginRole, account(who).password);
    }
    void checkNothingChanged();

    qint64 m_orgAdmin = 0; ///< organization A's (Nile Rowing Club's) admin
    qint64 m_kiosk = 0;    ///< organization A's kiosk
    QString m_auditRows;
};

void TestAdminsBoundaries::initTestCase()
{
    startDemo(m_cluster, m_accounts, m_super); // no widgets here: no prepareAdminTests
    if (QTest::currentTestFailed())
        return;
    m_orgAdmin = sql(QStringLiteral("SELECT id FROM elect.users WHERE login_role = '%1'")
                         .arg(account(DemoLogin::OrganizationAdmin).loginRole))
                     .toLongLong();
    m_kiosk = sql(QStringLiteral("SELECT id FROM elect.kiosks WHERE login_role = '%1'")
                      .arg(account(DemoLogin::Kiosk).loginRole))
                  .toLongLong();
    QVERIFY(m_orgAdmin > 0 && m_kiosk > 0);

    // Organization B: the demo's pending organization, accepted by the system admin.
    auto sysadmin = as(DemoLogin::SystemAdmin);
    QVERIFY(sysadmin);
    const qint64 b = sql(QStringLiteral("SELECT id FROM elect.users WHERE login_role = '%1'")
                             .arg(account(DemoLogin::PendingOwner).loginRole))
                         .toLongLong();
    const Status accepted = AccountRepository(*sysadmin).acceptOrganization(b);
    QVERIFY2(accepted.ok(), qPrintable(accepted.message()));
    m_auditRows = sql(QStringLiteral("SELECT count(*) FROM elect.audit_log WHERE success"));
}

void TestAdminsBoundaries::checkNothingChanged()
{
    QCOMPARE(sql(QStringLiteral("SELECT concat_ws('|', is_active, removed_at IS NULL) FROM elect.users WHERE id = %1")
                     .arg(m_orgAdmin)),
             QStringLiteral("t|t"));
    QVERIFY(canSignIn(*m_cluster, account(DemoLogin::OrganizationAdmin).loginRole,
                      account(DemoLogin::OrganizationAdmin).password));
    QVERIFY(canSignIn(*m_cluster, account(DemoLogin::Kiosk).loginRole, account(DemoLogin::Kiosk).password));
    QCOMPARE(sql(QStringLiteral("SELECT enabled FROM elect.kiosks WHERE id = %1").arg(m_kiosk)), QStringLiteral("t"));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.users WHERE email LIKE 'intruder%'")), QStringLiteral("0"));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.audit_log WHERE success")), m_auditRows);
}

void TestAdminsBoundaries::organizationAdminMayNotManage()
{
    auto db = as(DemoLogin::OrganizationAdmin);
    QVERIFY(db);
    StaffRepository staff(*db);
    // They may read their organization's lists...
    const auto admins = staff.admins();
    QVERIFY2(admins.ok(), qPrintable(admins.message()));
    QCOMPARE(admins->size(), 1);
    QCOMPARE(admins->first().userId, m_orgAdmin);
    const auto kiosks = staff.kiosks();
    QVERIFY(kiosks.ok());
    QCOMPARE(kiosks->size(), 1);
    QCOMPARE(kiosks->first().name, QStringLiteral("Boathouse kiosk 1"));
    // ...but change nothing: the owner only.
    QCOMPARE(staff.inviteAdmin(QStringLiteral("intruder1@example.org"), QStringLiteral("In"), QStringLiteral("Truder"))
                 .code(),
             ErrorCode::NotAllowed);
    QCOMPARE(staff.setAdminActive(m_orgAdmin, false).code(), ErrorCode::NotAllowed);
    QCOMPARE(staff.removeAdmin(m_orgAdmin).code(), ErrorCode::NotAllowed);
    QCOMPARE(staff.rotateKioskPassword(m_kiosk).code(), ErrorCode::NotAllowed);
    AccountRepository accounts(*db);
    QCOMPARE(accounts.createKiosk(QStringLiteral("Intruder kiosk"), QString()).code(), ErrorCode::NotAllowed);
    QCOMPARE(accounts.setKioskEnabled(m_kiosk, false).code(), ErrorCode::NotAllowed);

    // Around the functions, in raw SQL: no table privilege, no helper to call, no kiosk login name to read.
    auto raw = rawConnect(
        m_cluster->as(account(DemoLogin::OrganizationAdmin).loginRole, account(DemoLogin::OrganizationAdmin).password));
    QVERIFY(raw);
    for (const QString& statement :
         {QStringLiteral("UPDATE elect.users SET is_active = false WHERE id = %1").arg(m_orgAdmin),
          QStringLiteral("UPDATE elect.users SET removed_at = now() WHERE id = %1").arg(m_orgAdmin),
          QStringLiteral("DELETE FROM elect.organization_admins"),
          QStringLiteral("UPDATE elect.kiosks SET enabled = false"),
          QStringLiteral("SELECT login_role FROM elect.kiosks"),
          QStringLiteral("SELECT elect.end_login_sessions('%1')").arg(account(DemoLogin::Kiosk).loginRole),
          QStringLiteral("SELECT elect.owned_admin(1, %1)").arg(m_orgAdmin),
          QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(account(DemoLogin::Kiosk).loginRole)}) {
        const Outcome o = attempt(*raw, statement);
        QVERIFY2(!o.ok(), qPrintable(statement));
        QCOMPARE(o.sqlstate, QStringLiteral("42501"));
    }
    checkNothingChanged();
}

void TestAdminsBoundaries::anotherOrganizationsOwnerCannotReach()
{
    auto db = as(DemoLogin::PendingOwner); // organization B's owner, accepted in initTestCase
    QVERIFY(db);
    StaffRepository staff(*db);
    const auto admins = staff.admins();
    QVERIFY2(admins.ok(), qPrintable(admins.message()));
    QVERIFY(admins->isEmpty()); // A's admin is not B's to see
    const auto kiosks = staff.kiosks();
    QVERIFY(kiosks.ok());
    QVERIFY(kiosks->isEmpty());
    // A's admin and kiosk do not exist for B: NotFound, and nothing changes.
    QCOMPARE(staff.setAdminActive(m_orgAdmin, false).code(), ErrorCode::NotFound);
    QCOMPARE(staff.removeAdmin(m_orgAdmin).code(), ErrorCode::NotFound);
    QCOMPARE(staff.rotateKioskPassword(m_kiosk).code(), ErrorCode::NotFound);
    QCOMPARE(AccountRepository(*db).setKioskEnabled(m_kiosk, false).code(), ErrorCode::NotFound);
    checkNothingChanged();

    // B's owner manages B's own: an admin invited by B belongs to B, not to A.
    const auto invited =
        staff.inviteAdmin(QStringLiteral("b.admin@example.org"), QStringLiteral("Bassem"), QStringLiteral("Adel"));
    QVERIFY2(invited.ok(), qPrintable(invited.message()));
    QCOMPARE(sql(QStringLiteral("SELECT organization_id = (SELECT id FROM elect.users WHERE login_role = '%1')"
                                " FROM elect.organization_admins WHERE user_id = %2")
                     .arg(account(DemoLogin::PendingOwner).loginRole)
                     .arg(*invited)),
             QStringLiteral("t"));
    auto ownerA = as(DemoLogin::Owner);
    QVERIFY(ownerA);
    QCOMPARE(StaffRepository(*ownerA).removeAdmin(*invited).code(), ErrorCode::NotFound);
    QCOMPARE(sql(QStringLiteral("SELECT removed_at IS NULL FROM elect.users WHERE id = %1").arg(*invited)),
             QStringLiteral("t"));
    m_auditRows = sql(QStringLiteral("SELECT count(*) FROM elect.audit_log WHERE success"));
}

void TestAdminsBoundaries::kioskAndSystemAdminMayNotManage()
{
    for (DemoLogin who : {DemoLogin::Kiosk, DemoLogin::SystemAdmin}) {
        auto db = as(who);
        QVERIFY(db);
        StaffRepository staff(*db);
        QCOMPARE(
            staff.inviteAdmin(QStringLiteral("intruder2@example.org"), QStringLiteral("In"), QStringLiteral("Truder"))
                .code(),
            ErrorCode::NotAllowed);
        QCOMPARE(staff.setAdminActive(m_orgAdmin, false).code(), ErrorCode::NotAllowed);
        QCOMPARE(staff.removeAdmin(m_orgAdmin).code(), ErrorCode::NotAllowed);
        QCOMPARE(staff.rotateKioskPassword(m_kiosk).code(), ErrorCode::NotAllowed);
    }
    checkNothingChanged();
}

void TestAdminsBoundaries::ownerCannotDisableThemselves()
{
    auto db = as(DemoLogin::Owner);
    QVERIFY(db);
    const qint64 owner = sql(QStringLiteral("SELECT id FROM elect.users WHERE login_role = '%1'")
                                 .arg(account(DemoLogin::Owner).loginRole))
                             .toLongLong();
    // The owner is not one of the organization's admins: only the system admin's decisions touch the owner.
    QCOMPARE(StaffRepository(*db).setAdminActive(owner, false).code(), ErrorCode::NotFound);
    QCOMPARE(StaffRepository(*db).removeAdmin(owner).code(), ErrorCode::NotFound);
    QVERIFY(canSignIn(*m_cluster, account(DemoLogin::Owner).loginRole, account(DemoLogin::Owner).password));
    checkNothingChanged();
}

QTEST_GUILESS_MAIN(TestAdminsBoundaries)
#include "TestAdminsBoundaries.moc"
