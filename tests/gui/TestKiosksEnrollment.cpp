#include "AdminDriver.h"

#include "core/db/KioskEnrollment.h"
#include "kiosks/EnrollmentDialog.h"
#include "kiosks/KiosksPage.h"
#include "kiosks/KioskTableModel.h"
#include "kiosks/NewKioskDialog.h"

#include "KioskApp.h"
#include "KioskController.h"
#include "KioskDriver.h"

#include <QClipboard>
#include <QPlainTextEdit>
#include <QQuickWindow>

using namespace Elect;
using namespace Elect::Test;
using namespace Elect::Test::Kiosk;

// The whole enrollment, as people do it: the owner creates a kiosk in elect-admin and copies its enrollment
// code; at the kiosk, elect-kiosk's setup screen takes the pasted code (no password typed), the poll workers'
// PIN is chosen, and the kiosk signs in as itself. Runs with a throwaway keyring (KEYRING): the kiosk keeps its
// password there, never in its settings.
class TestKiosksEnrollment : public QObject, protected DemoFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ownerEnrollsAKioskWithoutTypingItsPassword();

private:
};

void TestKiosksEnrollment::initTestCase()
{
    setUpDemo(QStringLiteral("test_kiosks_enrollment"));
    if (QTest::currentTestFailed())
        return;
}

namespace {

QPoint centreOf(QQuickItem* item)
{
    return item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
}

void clickItem(QQuickWindow* window, const QString& objectName)
{
    QQuickItem* item = findItem(window, objectName);
    QVERIFY2(item && item->isVisible(), qPrintable(objectName));
    QVERIFY2(window->contentItem()->contains(centreOf(item)), qPrintable(objectName + QStringLiteral(" is on screen")));
    QTest::mouseClick(window, Qt::LeftButton, {}, centreOf(item));
}

} // namespace

void TestKiosksEnrollment::ownerEnrollsAKioskWithoutTypingItsPassword()
{
    // elect-admin: the owner creates the kiosk and copies the code shown.
    AdminApp admin;
    signIn(admin, *m_cluster, account(DemoLogin::Owner));
    QVERIFY(!QTest::currentTestFailed());
    auto* page = qobject_cast<KiosksPage*>(openPage(admin.mainWindow(), QStringLiteral("kiosks")));
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kGuiTimeoutMs);
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("addKioskButton")), Qt::LeftButton);
    QTRY_VERIFY(page->newKioskDialog());
    typeInto(child<QLineEdit>(page->newKioskDialog(), QStringLiteral("kioskNameEdit")), QStringLiteral("Sporting 3"));
    typeInto(child<QLineEdit>(page->newKioskDialog(), QStringLiteral("pollingStationEdit")),
             QStringLiteral("Sporting Club, Alexandria"));
    QTest::mouseClick(child<QPushButton>(page->newKioskDialog(), QStringLiteral("createKioskButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->enrollmentDialog() && page->enrollmentDialog()->isVisible(), kGuiTimeoutMs);
    EnrollmentDialog* shown = page->enrollmentDialog();
    const QString code = child<QPlainTextEdit>(shown, QStringLiteral("enrollmentText"))->toPlainText();
    QTest::mouseClick(child<QPushButton>(shown, QStringLiteral("copyEnrollmentButton")), Qt::LeftButton);
    const auto parsedCode = KioskEnrollment::parse(code);
    QVERIFY2(parsedCode.ok(), qPrintable(parsedCode.message()));
    const QString login = parsedCode->profile.loginRole;

    // elect-kiosk, first start: the setup screen.
    KioskApp kiosk;
    QVERIFY(kiosk.start({QStringLiteral("elect-kiosk"), QStringLiteral("--windowed")}));
    auto* window = qobject_cast<QQuickWindow*>(kiosk.engine().rootObjects().first());
    QVERIFY(window && QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY(kiosk.controller().state() == KioskController::State::Setup);
    QTRY_VERIFY(findItem(window, QStringLiteral("enrollmentField")) != nullptr);

    // Something that is not a code says so and fills in nothing.
    KIOSK_STEP(clickItem(window, QStringLiteral("enrollmentField")));
    typeText(window, QStringLiteral("elect-kiosk:1:abc"));
    KIOSK_STEP(clickItem(window, QStringLiteral("useEnrollmentButton")));
    QTRY_VERIFY(findItem(window, QStringLiteral("enrollmentStatus"))->isVisible());
    QCOMPARE(textOf(window, QStringLiteral("enrollmentStatus")),
             KioskEnrollment::parse(QStringLiteral("x:")).message());
    QCOMPARE(textOf(window, QStringLiteral("loginField")), QString());
    KIOSK_STEP(screenshot(window, QStringLiteral("kiosk-setup-enrollment-wrong")));

    // The copied code, pasted (Ctrl+V) and taken with Enter: server and login filled in, password too.
    QQuickItem* field = findItem(window, QStringLiteral("enrollmentField"));
    field->setProperty("text", QString());
    KIOSK_STEP(clickItem(window, QStringLiteral("enrollmentField")));
    QTest::keyClick(window, Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE(field->property("text").toString(), code);
    QTest::keyClick(window, Qt::Key_Return);
    QTRY_COMPARE(textOf(window, QStringLiteral("loginField")), login);
    QCOMPARE(textOf(window, QStringLiteral("hostField")), m_cluster->server().socketDir());
    QVERIFY(!textOf(window, QStringLiteral("passwordField")).isEmpty());
    QVERIFY(findItem(window, QStringLiteral("serverChoice"))->property("checked").toBool());
    QVERIFY(textOf(window, QStringLiteral("enrollmentStatus")).contains(QStringLiteral("Sporting 3")));
    QCOMPARE(field->property("text").toString(), QString()); // the code does not stay on screen
    KIOSK_STEP(screenshot(window, QStringLiteral("kiosk-setup-enrollment")));

    // The poll workers' PIN (the focus is there already), then Save, by keyboard (Save is below the fold once
    // the server's details show): the kiosk signs in as the new kiosk.
    QVERIFY(findItem(window, QStringLiteral("setupPinField"))->hasActiveFocus());
    typeText(window, QStringLiteral("480261"));
    QVERIFY(tabTo(window, QStringLiteral("setupPinAgainField")));
    typeText(window, QStringLiteral("480261"));
    KIOSK_STEP(press(window, QStringLiteral("saveSetupButton")));
    QTRY_VERIFY2_WITH_TIMEOUT(kiosk.controller().state() == KioskController::State::Ready,
                              qPrintable(kiosk.controller().errorMessage()), kGuiTimeoutMs);
    QCOMPARE(kiosk.controller().kioskName(), QStringLiteral("Sporting 3"));
    QCOMPARE(kiosk.controller().organizationName(), QStringLiteral("Nile Rowing Club"));
    QCOMPARE(superScalar(*m_cluster,
                         QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = '%1'").arg(login)),
             QStringLiteral("1"));

    // The password is in no settings file, on either side; closing the admin's dialog empties the clipboard.
    const auto enrollment = KioskEnrollment::parse(code);
    QVERIFY(enrollment.ok());
    QSettings settings;
    for (const QString& key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(enrollment->password) &&
                     !settings.value(key).toString().contains(code.mid(20, 40)),
                 qPrintable(key));
    QTest::mouseClick(child<QPushButton>(shown, QStringLiteral("doneButton")), Qt::LeftButton);
    QTRY_VERIFY(page->enrollmentDialog() == nullptr);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

QTEST_MAIN(TestKiosksEnrollment)
#include "TestKiosksEnrollment.moc"
