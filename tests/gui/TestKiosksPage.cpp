#include "AdminDriver.h"

#include "core/db/KioskEnrollment.h"
#include "kiosks/EnrollmentDialog.h"
#include "kiosks/KiosksPage.h"
#include "kiosks/KioskTableModel.h"
#include "kiosks/NewKioskDialog.h"

#include <QClipboard>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>

using namespace Elect;
using namespace Elect::Test;

// The Kiosks page (apps/admin-desktop/kiosks): the owner creates a kiosk and is shown its enrollment once,
// disables and enables it, gives it a new password; an organization admin sees the list read-only. The
// enrollment's journey into elect-kiosk is TestKiosksEnrollment.
class TestKiosksPage : public QObject, protected DemoFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ownerCreatesAKioskAndSeesItsEnrollmentOnce();
    void ownerDisablesAndEnablesAKiosk();
    void newPasswordStopsTheOldOne();
    void organizationAdminSeesTheListReadOnly();
    void screenshotsInArabic(); // last

private:
    KiosksPage* openKiosks(AdminApp& app, DemoLogin who);
};

void TestKiosksPage::initTestCase()
{
    setUpDemo(QStringLiteral("test_kiosks_page"));
    if (QTest::currentTestFailed())
        return;
}

KiosksPage* TestKiosksPage::openKiosks(AdminApp& app, DemoLogin who)
{
    signIn(app, *m_cluster, account(who));
    if (QTest::currentTestFailed())
        return nullptr;
    auto* page = qobject_cast<KiosksPage*>(openPage(app.mainWindow(), QStringLiteral("kiosks")));
    if (!page)
        return nullptr;
    if (!QTest::qWaitFor([page] { return !page->isBusy() && page->model()->rowCount() > 0; }, kGuiTimeoutMs))
        return nullptr;
    return page;
}

void TestKiosksPage::ownerCreatesAKioskAndSeesItsEnrollmentOnce()
{
    AdminApp app;
    KiosksPage* page = openKiosks(app, DemoLogin::Owner);
    QVERIFY(page);
    KioskTableModel* model = page->model();
    const int demo = model->rowOf(QStringLiteral("Boathouse kiosk 1"));
    QVERIFY(demo >= 0);
    QCOMPARE(model->index(demo, KioskTableModel::PollingStation).data().toString(),
             QStringLiteral("Boathouse, Zamalek"));
    QCOMPARE(model->index(demo, KioskTableModel::Status).data().toString(), tr("Enabled"));
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("kiosks-page")));

    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("addKioskButton")), Qt::LeftButton);
    QTRY_VERIFY(page->newKioskDialog() && page->newKioskDialog()->isVisible());
    NewKioskDialog* dialog = page->newKioskDialog();
    auto* create = child<QPushButton>(dialog, QStringLiteral("createKioskButton"));
    QVERIFY(!create->isEnabled());
    typeInto(child<QLineEdit>(dialog, QStringLiteral("kioskNameEdit")), QStringLiteral("Gezira hall 2"));
    typeInto(child<QLineEdit>(dialog, QStringLiteral("pollingStationEdit")), QStringLiteral("Gezira Youth Centre"));
    QVERIFY(saveScreenshot(dialog, QStringLiteral("kiosks-new")));
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->enrollmentDialog() && page->enrollmentDialog()->isVisible(), kGuiTimeoutMs);
    QVERIFY(page->newKioskDialog() == nullptr);
    EnrollmentDialog* enrollment = page->enrollmentDialog();

    // The code on show is a whole enrollment for the new kiosk's login, on the server the owner signed in to.
    const QString code = child<QPlainTextEdit>(enrollment, QStringLiteral("enrollmentText"))->toPlainText();
    const auto parsed = KioskEnrollment::parse(code);
    QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
    QCOMPARE(parsed->kioskName, QStringLiteral("Gezira hall 2"));
    QCOMPARE(parsed->profile.embedded, false);
    QCOMPARE(parsed->profile.host, m_cluster->server().socketDir());
    QCOMPARE(sql(QStringLiteral("SELECT concat_ws('|', name, polling_station, enabled) FROM elect.kiosks"
                                " WHERE login_role = '%1'")
                     .arg(parsed->profile.loginRole)),
             QStringLiteral("Gezira hall 2|Gezira Youth Centre|t"));
    QVERIFY(canSignIn(*m_cluster, parsed->profile.loginRole, parsed->password));
    QVERIFY(!child<QLabel>(enrollment, QStringLiteral("enrollmentQr"))->pixmap().isNull());
    QVERIFY(
        child<QLabel>(enrollment, QStringLiteral("enrollmentWarning"))->text().contains(QStringLiteral("only now")));
    QVERIFY(saveScreenshot(enrollment, QStringLiteral("kiosks-enrollment")));

    // Listed; the password is in no setting.
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && model->rowOf(QStringLiteral("Gezira hall 2")) >= 0, kGuiTimeoutMs);
    QSettings settings;
    for (const QString& key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(parsed->password) &&
                     !settings.value(key).toString().contains(code.mid(20, 40)),
                 qPrintable(key));

    // Copied for pasting, then forgotten: closing the dialog clears the clipboard and the dialog.
    QTest::mouseClick(child<QPushButton>(enrollment, QStringLiteral("copyEnrollmentButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), code);
    QTest::mouseClick(child<QPushButton>(enrollment, QStringLiteral("doneButton")), Qt::LeftButton);
    QTRY_VERIFY(page->enrollmentDialog() == nullptr);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestKiosksPage::ownerDisablesAndEnablesAKiosk()
{
    const auto& kiosk = account(DemoLogin::Kiosk);
    auto elsewhere = rawConnect(m_cluster->as(kiosk.loginRole, kiosk.password));
    QVERIFY(elsewhere);

    AdminApp app;
    KiosksPage* page = openKiosks(app, DemoLogin::Owner);
    QVERIFY(page);
    KioskTableModel* model = page->model();
    const QString name = QStringLiteral("Boathouse kiosk 1");
    auto* toggle = child<QPushButton>(page, QStringLiteral("toggleKioskButton"));
    QVERIFY(!toggle->isEnabled());
    clickRow(child<QTableView>(page, QStringLiteral("kiosksTable")), model->rowOf(name));
    QVERIFY(toggle->isEnabled());

    // Disabling asks first; Cancel changes nothing.
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY(page->confirmation() && page->confirmation()->isVisible());
    QVERIFY(saveScreenshot(page->confirmation(), QStringLiteral("kiosks-disable-question")));
    QTest::keyClick(page->confirmation(), Qt::Key_Escape);
    QTRY_VERIFY(page->confirmation() == nullptr);
    QVERIFY(canSignIn(*m_cluster, kiosk.loginRole, kiosk.password));

    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY(page->confirmation() && page->confirmation()->isVisible());
    QTest::mouseClick(child<QPushButton>(page->confirmation(), QStringLiteral("confirmButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && !model->kiosks().at(model->rowOf(name)).enabled, kGuiTimeoutMs);
    QCOMPARE(model->index(model->rowOf(name), KioskTableModel::Status).data().toString(), tr("Disabled"));
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("kiosks-disabled")));
    QVERIFY(!canSignIn(*m_cluster, kiosk.loginRole, kiosk.password));
    QVERIFY(!attempt(*elsewhere, QStringLiteral("SELECT 1")).ok()); // signed out at once

    // Enabling needs no question.
    QCOMPARE(toggle->text(), tr("Enable"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && model->kiosks().at(model->rowOf(name)).enabled, kGuiTimeoutMs);
    QVERIFY(canSignIn(*m_cluster, kiosk.loginRole, kiosk.password));
}

void TestKiosksPage::newPasswordStopsTheOldOne()
{
    // A kiosk of its own, so that the demo kiosk's password stays as the other tests know it.
    AdminApp app;
    KiosksPage* page = openKiosks(app, DemoLogin::Owner);
    QVERIFY(page);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("addKioskButton")), Qt::LeftButton);
    QTRY_VERIFY(page->newKioskDialog());
    typeInto(child<QLineEdit>(page->newKioskDialog(), QStringLiteral("kioskNameEdit")), QStringLiteral("Rotated"));
    QTest::mouseClick(child<QPushButton>(page->newKioskDialog(), QStringLiteral("createKioskButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->enrollmentDialog(), kGuiTimeoutMs);
    const auto first = KioskEnrollment::parse(page->enrollmentDialog()->enrollmentText());
    QVERIFY(first.ok());
    QTest::mouseClick(child<QPushButton>(page->enrollmentDialog(), QStringLiteral("doneButton")), Qt::LeftButton);
    QTRY_VERIFY(page->enrollmentDialog() == nullptr);
    auto elsewhere = rawConnect(m_cluster->as(first->profile.loginRole, first->password));
    QVERIFY(elsewhere);

    KioskTableModel* model = page->model();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && model->rowOf(QStringLiteral("Rotated")) >= 0, kGuiTimeoutMs);
    clickRow(child<QTableView>(page, QStringLiteral("kiosksTable")), model->rowOf(QStringLiteral("Rotated")));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("rotateKioskButton")), Qt::LeftButton);
    QTRY_VERIFY(page->confirmation() && page->confirmation()->isVisible());
    QVERIFY(saveScreenshot(page->confirmation(), QStringLiteral("kiosks-rotate-question")));
    QTest::mouseClick(child<QPushButton>(page->confirmation(), QStringLiteral("confirmButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->enrollmentDialog() && page->enrollmentDialog()->isVisible(), kGuiTimeoutMs);
    const auto second = KioskEnrollment::parse(page->enrollmentDialog()->enrollmentText());
    QVERIFY(second.ok());
    QCOMPARE(second->profile.loginRole, first->profile.loginRole);
    QVERIFY(second->password != first->password);

    QVERIFY(!canSignIn(*m_cluster, first->profile.loginRole, first->password));
    QVERIFY(canSignIn(*m_cluster, second->profile.loginRole, second->password));
    QVERIFY(!attempt(*elsewhere, QStringLiteral("SELECT 1")).ok()); // the old session ended
    QCOMPARE(sql(QStringLiteral("SELECT actor FROM elect.audit_log WHERE action = 'rotate_kiosk_password'"
                                " AND object_id = (SELECT id::text FROM elect.kiosks WHERE name = 'Rotated')")),
             account(DemoLogin::Owner).loginRole);
    page->enrollmentDialog()->accept();
}

void TestKiosksPage::organizationAdminSeesTheListReadOnly()
{
    AdminApp app;
    KiosksPage* page = openKiosks(app, DemoLogin::OrganizationAdmin);
    QVERIFY(page);
    QVERIFY(page->model()->rowOf(QStringLiteral("Boathouse kiosk 1")) >= 0);
    QVERIFY(child<QLabel>(page, QStringLiteral("kiosksReadOnlyNote"))->isVisible());
    for (const char* name : {"addKioskButton", "toggleKioskButton", "rotateKioskButton"})
        QVERIFY2(!child<QPushButton>(page, QString::fromLatin1(name))->isVisible(), name);
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("kiosks-read-only")));
}

void TestKiosksPage::screenshotsInArabic()
{
    QVERIFY(useArabic(true));
    {
        AdminApp app;
        KiosksPage* page = openKiosks(app, DemoLogin::Owner);
        QVERIFY(page);
        clickRow(child<QTableView>(page, QStringLiteral("kiosksTable")), 0);
        QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("kiosks-page-ar")));
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("addKioskButton")), Qt::LeftButton);
        QTRY_VERIFY(page->newKioskDialog());
        // Arabic letters arrive through the input method (QTest's keys are ASCII only).
        child<QLineEdit>(page->newKioskDialog(), QStringLiteral("kioskNameEdit"))->insert(QStringLiteral("كشك ١"));
        QVERIFY(saveScreenshot(page->newKioskDialog(), QStringLiteral("kiosks-new-ar")));
        QTest::mouseClick(child<QPushButton>(page->newKioskDialog(), QStringLiteral("createKioskButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->enrollmentDialog() && page->enrollmentDialog()->isVisible(), kGuiTimeoutMs);
        QVERIFY(saveScreenshot(page->enrollmentDialog(), QStringLiteral("kiosks-enrollment-ar")));
        page->enrollmentDialog()->accept();
        QTRY_VERIFY(page->enrollmentDialog() == nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kGuiTimeoutMs);
        clickRow(child<QTableView>(page, QStringLiteral("kiosksTable")), 0);
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("rotateKioskButton")), Qt::LeftButton);
        QTRY_VERIFY(page->confirmation() && page->confirmation()->isVisible());
        QVERIFY(saveScreenshot(page->confirmation(), QStringLiteral("kiosks-rotate-question-ar")));
        QTest::keyClick(page->confirmation(), Qt::Key_Escape);
    }
    {
        AdminApp app;
        KiosksPage* page = openKiosks(app, DemoLogin::OrganizationAdmin);
        QVERIFY(page);
        QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("kiosks-read-only-ar")));
    }
    QVERIFY(useArabic(false));
}

QTEST_MAIN(TestKiosksPage)
#include "TestKiosksPage.moc"
