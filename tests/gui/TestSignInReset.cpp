#include "AdminDriver.h"
#include "ProviderServers.h"

#include "signin/PasswordMeter.h"
#include "signin/RegisterDialog.h"
#include "signin/ResetPasswordDialog.h"
#include "signin/VerifyEmailDialog.h"

#include "Sql.h"

#include <QPointer>

using namespace Elect;
using namespace Elect::Test;

// Forgot password, from the sign-in window to signing in with the new password, against the registration API and
// a real SMTP server; the service refuses a weak new password that a modified client sends. Then every dialog of
// the sign-in window in English and Arabic (right to left), for people to look at.
class TestSignInReset : public QObject, protected DemoFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void forgotPasswordRoundTrip();
    void aWeakNewPasswordIsRefusedByTheServer();
    void everyDialogInEnglishAndArabic_data();
    void everyDialogInEnglishAndArabic();
    void cleanupTestCase();

private:
    QString verifierOf(const DemoSeeder::Account& who)
    {
        return sql(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = '%1'").arg(who.loginRole));
    }

    std::unique_ptr<SignInServices> m_services;
};

void TestSignInReset::initTestCase()
{
    setUpDemo(QStringLiteral("test_sign_in_reset"));
    if (QTest::currentTestFailed())
        return;
    m_services = std::make_unique<SignInServices>(*m_cluster);
    QVERIFY2(m_services->error().isEmpty(), qPrintable(m_services->error()));
}

void TestSignInReset::cleanupTestCase()
{
    useArabic(false);
}

void TestSignInReset::forgotPasswordRoundTrip()
{
    const DemoSeeder::Account& admin = m_accounts.at(int(DemoLogin::OrganizationAdmin));
    const QString before = verifierOf(admin);
    const QString newPassword = QStringLiteral("Lantern-Meadow-Pebble-46");
    AdminApp app;
    QVERIFY(app.start({QStringLiteral("elect-admin")}));
    SignInDialog* dialog = app.signInDialog();
    QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
    fillSignIn(dialog, *m_cluster, admin.email, QString());
    if (QTest::currentTestFailed())
        return;

    // "Forgot your password?" takes the email typed in the sign-in window.
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("forgotButton")), Qt::LeftButton);
    QPointer<ResetPasswordDialog> reset = dialog->findChild<ResetPasswordDialog*>();
    QVERIFY(reset && QTest::qWaitForWindowExposed(reset));
    QCOMPARE(reset->step(), ResetPasswordDialog::Step::RequestCode);
    QCOMPARE(child<QLineEdit>(reset, QStringLiteral("emailEdit"))->text(), admin.email);
    QVERIFY(!child<QLineEdit>(reset, QStringLiteral("codeEdit"))->isVisible());
    typeInto(reset, QStringLiteral("serviceEdit"), m_services->url().toString());
    QTest::keyClick(child<QLineEdit>(reset, QStringLiteral("emailEdit")), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(reset->step() == ResetPasswordDialog::Step::ChooseNew, kGuiTimeoutMs);
    QVERIFY2(!reset->messageIsError() && reset->messageText().contains(admin.email), qPrintable(reset->messageText()));
    QCOMPARE(reset->focusWidget(), child<QLineEdit>(reset, QStringLiteral("codeEdit")));

    const QString code = m_services->codeMailedTo(admin.email, QStringLiteral("Reset your Elect password"));
    QVERIFY(!code.isEmpty());
    typeInto(reset, QStringLiteral("codeEdit"), QStringLiteral(" ") + code.toLower() + QStringLiteral(" "));
    // Too weak: the meter says so and nothing is sent.
    typeInto(reset, QStringLiteral("passwordEdit"), QStringLiteral("qwerty123"));
    typeInto(reset, QStringLiteral("confirmEdit"), QStringLiteral("qwerty123"));
    QTest::keyClick(child<QLineEdit>(reset, QStringLiteral("confirmEdit")), Qt::Key_Return);
    QVERIFY2(reset->messageIsError() && reset->messageText().contains(QLatin1String("stronger")),
             qPrintable(reset->messageText()));
    QCOMPARE(verifierOf(admin), before);
    typeInto(reset, QStringLiteral("passwordEdit"), newPassword);
    QVERIFY(child<PasswordMeter>(reset, QStringLiteral("passwordMeter"))->acceptable());
    typeInto(reset, QStringLiteral("confirmEdit"), newPassword);
    QTest::keyClick(child<QLineEdit>(reset, QStringLiteral("confirmEdit")), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(reset.isNull() || !reset->isVisible(), kGuiTimeoutMs);
    QVERIFY(verifierOf(admin) != before);
    QVERIFY2(dialog->errorText().contains(QLatin1String("new one")), qPrintable(dialog->errorText()));

    // The old password no longer signs in; the new one does, into the organization's main window.
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("passwordEdit")), admin.password);
    QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("passwordEdit")), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && !dialog->errorText().isEmpty(), kGuiTimeoutMs);
    QVERIFY(dialog->errorText().contains(QLatin1String("not right")));
    child<QLineEdit>(dialog, QStringLiteral("passwordEdit"))->clear();
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("passwordEdit")), newPassword);
    QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("passwordEdit")), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(app.mainWindow() != nullptr, kGuiTimeoutMs);

    // The code was single use.
    QNetworkAccessManager network;
    RegistrationClient client(&network, m_services->url());
    QCOMPARE(await(client.resetPassword(code, QStringLiteral("Another-Long-Passphrase-77"))).key,
             QStringLiteral("token_invalid"));
}

void TestSignInReset::aWeakNewPasswordIsRefusedByTheServer()
{
    // A modified client skips the meter: with a valid code, the service still refuses the weak password and the
    // code stays usable for a strong one.
    const DemoSeeder::Account& owner = m_accounts.at(int(DemoLogin::Owner));
    const QString before = verifierOf(owner);
    QNetworkAccessManager network;
    RegistrationClient client(&network, m_services->url());
    QVERIFY(await(client.forgotPassword(owner.email)).ok());
    const QString code = m_services->codeMailedTo(owner.email, QStringLiteral("Reset your Elect password"));
    QVERIFY(!code.isEmpty());
    for (const QString& weak :
         {QStringLiteral("password1"), QStringLiteral("12345678"), QStringLiteral("nile rowing")}) {
        const auto answer = await(client.resetPassword(code, weak));
        QCOMPARE(answer.outcome, RegistrationClient::Answer::Outcome::WeakPassword);
        QCOMPARE(verifierOf(owner), before);
    }
    QVERIFY(await(client.resetPassword(code, QStringLiteral("Harbour-Thistle-Quartz-59"))).ok());
    QVERIFY(verifierOf(owner) != before);
}

void TestSignInReset::everyDialogInEnglishAndArabic_data()
{
    QTest::addColumn<bool>("arabic");
    QTest::newRow("en") << false;
    QTest::newRow("ar") << true;
}

void TestSignInReset::everyDialogInEnglishAndArabic()
{
    QFETCH(bool, arabic);
    QVERIFY(useArabic(arabic));
    const QString lang = arabic ? QStringLiteral("ar") : QStringLiteral("en");
    AdminApp app;
    QVERIFY(app.start({QStringLiteral("elect-admin")}));
    SignInDialog* dialog = app.signInDialog();
    QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->layoutDirection(), arabic ? Qt::RightToLeft : Qt::LeftToRight);
    shot(dialog, QStringLiteral("signin-window-%1").arg(lang));

    // Not active: the demo's pending organization, with its right password.
    const DemoSeeder::Account& pending = m_accounts.at(int(DemoLogin::PendingOwner));
    fillSignIn(dialog, *m_cluster, pending.email, pending.password);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kGuiTimeoutMs);
    QVERIFY(dialog->showsNotActive());
    shot(dialog, QStringLiteral("signin-not-active-%1").arg(lang));

    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("openRegisterButton")), Qt::LeftButton);
    QPointer<RegisterDialog> reg = dialog->findChild<RegisterDialog*>();
    QVERIFY(reg && QTest::qWaitForWindowExposed(reg));
    typeInto(reg, QStringLiteral("organizationEdit"), QStringLiteral("نادي الشطرنج"));
    typeInto(reg, QStringLiteral("passwordEdit"), QStringLiteral("shatranj1"));
    QTest::mouseClick(child<QPushButton>(reg, QStringLiteral("registerButton")), Qt::LeftButton);
    QVERIFY(reg->messageIsError());
    shot(reg, QStringLiteral("signin-register-error-%1").arg(lang));
    reg->reject();

    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("enterCodeButton")), Qt::LeftButton);
    QPointer<VerifyEmailDialog> verify = dialog->findChild<VerifyEmailDialog*>();
    QVERIFY(verify && QTest::qWaitForWindowExposed(verify));
    verify->showCodeSent(pending.email);
    shot(verify, QStringLiteral("signin-verify-%1").arg(lang));
    verify->reject();

    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("forgotButton")), Qt::LeftButton);
    QPointer<ResetPasswordDialog> reset = dialog->findChild<ResetPasswordDialog*>();
    QVERIFY(reset && QTest::qWaitForWindowExposed(reset));
    shot(reset, QStringLiteral("signin-reset-request-%1").arg(lang));
    QTest::mouseClick(child<QPushButton>(reset, QStringLiteral("haveCodeButton")), Qt::LeftButton);
    QCOMPARE(reset->step(), ResetPasswordDialog::Step::ChooseNew);
    typeInto(reset, QStringLiteral("passwordEdit"), QStringLiteral("Lantern-Meadow-Pebble-46"));
    shot(reset, QStringLiteral("signin-reset-choose-%1").arg(lang));
    reset->reject();
}

QTEST_MAIN(TestSignInReset)
#include "TestSignInReset.moc"
