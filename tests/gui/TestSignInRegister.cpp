#include "AdminDriver.h"
#include "ProviderServers.h"

#include "signin/PasswordMeter.h"
#include "signin/RegisterDialog.h"
#include "signin/VerifyEmailDialog.h"

#include "core/db/AccountRepository.h"
#include "Sql.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QPointer>

using namespace Elect;
using namespace Elect::Test;

// Getting in (issue 11, item 1): a person who is not an IT person registers an organization from the sign-in
// window, through `elect serve`'s registration API, verifies the email with the code from the message (pasted),
// and signs in to learn that the organization waits for review; rejected, they are told where the reason is.
class TestSignInRegister : public QObject, protected DemoFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registerVerifyThenWaitForReview();
    void aRejectedOwnerLearnsWhereTheReasonIs();
    void aWrongCodeSaysWhatToDoAndANewOneCanBeSent();
    void theServerRefusesAWeakPasswordWhateverTheClient();
    void theServerAndEmailAreRemembered();

private:
    SignInDialog* startSignIn(AdminApp& app, const QString& email, const QString& password);
    RegisterDialog* openRegister(SignInDialog* dialog);

    std::unique_ptr<SignInServices> m_services;
};

void TestSignInRegister::initTestCase()
{
    setUpDemo(QStringLiteral("test_sign_in_register"));
    if (QTest::currentTestFailed())
        return;
    m_services = std::make_unique<SignInServices>(*m_cluster);
    QVERIFY2(m_services->error().isEmpty(), qPrintable(m_services->error()));
}

SignInDialog* TestSignInRegister::startSignIn(AdminApp& app, const QString& email, const QString& password)
{
    if (!app.start({QStringLiteral("elect-admin")}))
        return nullptr;
    SignInDialog* dialog = app.signInDialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    fillSignIn(dialog, *m_cluster, email, password);
    return QTest::currentTestFailed() ? nullptr : dialog;
}

RegisterDialog* TestSignInRegister::openRegister(SignInDialog* dialog)
{
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("openRegisterButton")), Qt::LeftButton);
    auto* reg = dialog->findChild<RegisterDialog*>();
    if (reg && !QTest::qWaitForWindowExposed(reg))
        return nullptr;
    return reg;
}

void TestSignInRegister::registerVerifyThenWaitForReview()
{
    const QString email = QStringLiteral("rana@chess-club.example");
    const QString password = QStringLiteral("Orchard-Velvet-Compass-83");
    AdminApp app;
    SignInDialog* dialog = startSignIn(app, QString(), QString());
    QVERIFY(dialog);
    QPointer<RegisterDialog> reg = openRegister(dialog);
    QVERIFY(reg);
    QVERIFY(reg->isModal() || reg->windowModality() != Qt::NonModal);
    // The organization's name has the focus; Tab goes down the form in order.
    QCOMPARE(reg->focusWidget(), child<QLineEdit>(reg, QStringLiteral("organizationEdit")));
    QTest::keyClick(reg->focusWidget(), Qt::Key_Tab);
    QCOMPARE(reg->focusWidget(), child<QComboBox>(reg, QStringLiteral("countryCombo")));
    QTest::keyClick(reg->focusWidget(), Qt::Key_Tab);
    QCOMPARE(reg->focusWidget(), child<QLineEdit>(reg, QStringLiteral("firstNameEdit")));
    shot(reg, QStringLiteral("signin-register-empty-en"));

    typeInto(reg, QStringLiteral("organizationEdit"), QStringLiteral("Heliopolis Chess Club"));
    auto* country = child<QComboBox>(reg, QStringLiteral("countryCombo"));
    country->setCurrentIndex(country->findData(QStringLiteral("EG")));
    typeInto(reg, QStringLiteral("firstNameEdit"), QStringLiteral("Rana"));
    typeInto(reg, QStringLiteral("lastNameEdit"), QStringLiteral("Adel"));
    typeInto(reg, QStringLiteral("emailEdit"), email);
    typeInto(reg, QStringLiteral("serviceEdit"), m_services->url().toString());

    // A weak password: the meter says so in words, and Register says what to do instead of sending it.
    auto* meter = child<PasswordMeter>(reg, QStringLiteral("passwordMeter"));
    QVERIFY(meter);
    typeInto(reg, QStringLiteral("passwordEdit"), QStringLiteral("chessclub1"));
    QVERIFY(!meter->acceptable());
    QVERIFY2(meter->words().contains(QLatin1String("weak")), qPrintable(meter->words()));
    QVERIFY(!meter->advice().isEmpty());
    typeInto(reg, QStringLiteral("confirmEdit"), QStringLiteral("chessclub1"));
    QTest::keyClick(child<QLineEdit>(reg, QStringLiteral("confirmEdit")), Qt::Key_Return); // Enter submits
    QVERIFY2(reg->messageIsError() && reg->messageText().contains(QLatin1String("stronger password")),
             qPrintable(reg->messageText()));
    QCOMPARE(reg->focusWidget(), child<QLineEdit>(reg, QStringLiteral("passwordEdit")));
    shot(reg, QStringLiteral("signin-register-weak-en"));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.users WHERE email = '%1'").arg(email)),
             QStringLiteral("0"));

    // A strong one, repeated wrongly, then rightly.
    typeInto(reg, QStringLiteral("passwordEdit"), password);
    QVERIFY(meter->acceptable());
    QVERIFY2(meter->words().contains(QLatin1String("strong")), qPrintable(meter->words()));
    typeInto(reg, QStringLiteral("confirmEdit"), password + QLatin1Char('x'));
    QTest::keyClick(child<QLineEdit>(reg, QStringLiteral("confirmEdit")), Qt::Key_Return);
    QVERIFY2(reg->messageText().contains(QLatin1String("differ")), qPrintable(reg->messageText()));
    shot(reg, QStringLiteral("signin-register-filled-en"));
    typeInto(reg, QStringLiteral("confirmEdit"), password);
    QTest::keyClick(child<QLineEdit>(reg, QStringLiteral("confirmEdit")), Qt::Key_Return);
    QVERIFY(reg->isBusy() || reg.isNull() || !reg->isVisible());
    if (reg && reg->isBusy()) {
        QVERIFY(!child<QLineEdit>(reg, QStringLiteral("passwordEdit"))->isEnabled());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // not the network's replies
        saveScreenshot(reg, QStringLiteral("signin-register-busy-en"));
    }
    QTRY_VERIFY_WITH_TIMEOUT(reg.isNull() || !reg->isVisible(), kGuiTimeoutMs);

    // The database holds the organization, waiting, and the owner's login, not allowed to log in yet.
    QCOMPARE(sql(QStringLiteral("SELECT o.name || '|' || o.country || '|' || o.status || '|' || u.first_name || ' ' || "
                                "u.last_name || '|' || (u.email_verified_at IS NULL) FROM elect.organizations o JOIN "
                                "elect.users u ON u.id = o.user_id WHERE u.email = '%1'")
                     .arg(email)),
             QStringLiteral("Heliopolis Chess Club|EG|pending|Rana Adel|true"));

    // The verification step follows, saying where the code went; the code is pasted with what surrounds it.
    QPointer<VerifyEmailDialog> verify;
    QTRY_VERIFY_WITH_TIMEOUT((verify = dialog->findChild<VerifyEmailDialog*>()) != nullptr, kGuiTimeoutMs);
    QVERIFY(QTest::qWaitForWindowExposed(verify));
    QVERIFY2(verify->messageText().contains(email), qPrintable(verify->messageText()));
    QCOMPARE(verify->serviceAddress(), m_services->url()); // remembered from the registration
    QCOMPARE(child<QLineEdit>(verify, QStringLiteral("emailEdit"))->text(), email);
    shot(verify, QStringLiteral("signin-verify-sent-en"));
    const QString code = m_services->codeMailedTo(email, QStringLiteral("Verify your email"));
    QVERIFY(!code.isEmpty());
    auto* codeEdit = child<QLineEdit>(verify, QStringLiteral("codeEdit"));
    QCOMPARE(verify->focusWidget(), codeEdit);
    QGuiApplication::clipboard()->setText(QStringLiteral("  Code: ") + code.toLower().replace(u'-', u' ') +
                                          QStringLiteral(" -\n"));
    QTest::keyClick(codeEdit, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(codeEdit->text().contains(code.left(4).toLower()));
    QTest::keyClick(codeEdit, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(verify.isNull() || !verify->isVisible(), kGuiTimeoutMs);
    QCOMPARE(sql(QStringLiteral("SELECT email_verified_at IS NOT NULL FROM elect.users WHERE email = '%1'").arg(email)),
             QStringLiteral("t"));
    QVERIFY2(dialog->errorText().contains(QLatin1String("verified")), qPrintable(dialog->errorText()));

    // Signing in now: the password is right, the organization waits for review, and the window says so.
    child<QLineEdit>(dialog, QStringLiteral("passwordEdit"))->clear();
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("passwordEdit")), password);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kGuiTimeoutMs);
    QVERIFY(dialog->showsNotActive());
    QVERIFY(app.mainWindow() == nullptr);
    QVERIFY(dialog->notActiveText().contains(QLatin1String("waiting for review")));
    QVERIFY(dialog->notActiveText().contains(QLatin1String("email")));
    shot(dialog, QStringLiteral("signin-not-active-en"));

    // A wrong password is told apart: that is the ordinary error, not the waiting box.
    child<QLineEdit>(dialog, QStringLiteral("passwordEdit"))->clear();
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("passwordEdit")), QStringLiteral("not-the-password"));
    QTest::keyClick(child<QLineEdit>(dialog, QStringLiteral("passwordEdit")), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && !dialog->errorText().isEmpty(), kGuiTimeoutMs);
    QVERIFY(!dialog->showsNotActive());
    QVERIFY(dialog->errorText().contains(QLatin1String("not right")));
}

void TestSignInRegister::aRejectedOwnerLearnsWhereTheReasonIs()
{
    // The registration of the test above, verified: the system admin rejects it with a reason.
    const QString email = QStringLiteral("rana@chess-club.example");
    const qint64 id =
        sql(QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Heliopolis Chess Club'"))
            .toLongLong();
    QVERIFY(id > 0);
    const DemoSeeder::Account& sysadmin = m_accounts.at(int(DemoLogin::SystemAdmin));
    auto admin = m_cluster->connect(sysadmin.loginRole, sysadmin.password);
    QVERIFY(admin);
    const QString reason = QStringLiteral("We could not find this club in the federation's register.");
    QVERIFY(AccountRepository(*admin).rejectOrganization(id, reason).ok());

    AdminApp app;
    SignInDialog* dialog = startSignIn(app, email, QStringLiteral("Orchard-Velvet-Compass-83"));
    QVERIFY(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kGuiTimeoutMs);
    QVERIFY(dialog->showsNotActive());
    // The window asks elect serve (the remembered service address) and shows the reason itself (account-state).
    QCOMPARE(dialog->notActiveState(), QStringLiteral("rejected"));
    QVERIFY2(dialog->notActiveText().contains(QLatin1String("federation")), qPrintable(dialog->notActiveText()));
    // ...and the email does: the system admin's reason reaches the owner.
    const QList<QJsonObject> mails = m_services->mailTo(email);
    QVERIFY(!mails.isEmpty());
    QVERIFY2(mails.last().value(QStringLiteral("text")).toString().contains(reason),
             qPrintable(mails.last().value(QStringLiteral("subject")).toString()));
}

void TestSignInRegister::aWrongCodeSaysWhatToDoAndANewOneCanBeSent()
{
    // The demo's owner who registered and never verified (Alexandria students' president).
    const DemoSeeder::Account& pending = m_accounts.at(int(DemoLogin::PendingOwner));
    QVERIFY(sql(QStringLiteral("UPDATE elect.users SET email_verified_at = NULL WHERE email = '%1' RETURNING 1")
                    .arg(pending.email)) == QLatin1String("1"));
    AdminApp app;
    SignInDialog* dialog = startSignIn(app, pending.email, pending.password);
    QVERIFY(dialog);
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("signInButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kGuiTimeoutMs);
    QVERIFY(dialog->showsNotActive());

    // "Enter the code" opens the verification with the email filled in.
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("enterCodeButton")), Qt::LeftButton);
    QPointer<VerifyEmailDialog> verify = dialog->findChild<VerifyEmailDialog*>();
    QVERIFY(verify && QTest::qWaitForWindowExposed(verify));
    QCOMPARE(child<QLineEdit>(verify, QStringLiteral("emailEdit"))->text(), pending.email);
    typeInto(verify, QStringLiteral("serviceEdit"), m_services->url().toString());
    typeInto(verify, QStringLiteral("codeEdit"), QStringLiteral("ABCD-EFGH-2345"));
    QTest::mouseClick(child<QPushButton>(verify, QStringLiteral("verifyButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!verify->isBusy(), kGuiTimeoutMs);
    QVERIFY2(verify->messageIsError() && verify->messageText().contains(QLatin1String("Send a new code")),
             qPrintable(verify->messageText()));
    shot(verify, QStringLiteral("signin-verify-wrong-code-en"));

    // A new code is sent; the newest one verifies.
    QTest::mouseClick(child<QPushButton>(verify, QStringLiteral("resendButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!verify->isBusy(), kGuiTimeoutMs);
    QVERIFY2(!verify->messageIsError() && verify->messageText().contains(pending.email),
             qPrintable(verify->messageText()));
    const QString code = m_services->codeMailedTo(pending.email, QStringLiteral("Verify your email"));
    QVERIFY(!code.isEmpty());
    typeInto(verify, QStringLiteral("codeEdit"), code);
    QTest::keyClick(child<QLineEdit>(verify, QStringLiteral("codeEdit")), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(verify.isNull() || !verify->isVisible(), kGuiTimeoutMs);
    QCOMPARE(sql(QStringLiteral("SELECT email_verified_at IS NOT NULL FROM elect.users WHERE email = '%1'")
                     .arg(pending.email)),
             QStringLiteral("t"));

    // Escape closes a dialog without doing anything.
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("enterCodeButton")), Qt::LeftButton);
    verify = dialog->findChild<VerifyEmailDialog*>();
    QVERIFY(verify && QTest::qWaitForWindowExposed(verify));
    QTest::keyClick(verify, Qt::Key_Escape);
    QTRY_VERIFY(verify.isNull() || !verify->isVisible());
    QVERIFY(dialog->isVisible());
}

void TestSignInRegister::theServerRefusesAWeakPasswordWhateverTheClient()
{
    // A modified client skips the dialog's meter and sends a weak password: the service refuses it, creates
    // nothing, and the dialog would show the service's advice.
    QNetworkAccessManager network;
    RegistrationClient client(&network, m_services->url());
    RegistrationClient::Registration r{QStringLiteral("weak@club.example"),
                                       QStringLiteral("weakclub1"),
                                       QStringLiteral("Weak"),
                                       QStringLiteral("Owner"),
                                       QStringLiteral("Weak Club"),
                                       QStringLiteral("EG")};
    const auto answer = await(client.registerOrganization(r));
    QCOMPARE(answer.outcome, RegistrationClient::Answer::Outcome::WeakPassword);
    QCOMPARE(answer.key, QStringLiteral("password_weak"));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.users WHERE email = 'weak@club.example'")),
             QStringLiteral("0"));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM elect.organizations WHERE name = 'Weak Club'")),
             QStringLiteral("0"));
    // The same password is what the dialog's meter refuses before sending.
    PasswordMeter meter;
    meter.setPassword(r.password, {r.email, r.firstName, r.lastName, r.organizationName});
    QVERIFY(!meter.acceptable());
}

void TestSignInRegister::theServerAndEmailAreRemembered()
{
    // The sign-in earlier in this run remembered the cluster's server and the email, but no password.
    AdminApp app;
    QVERIFY(app.start({QStringLiteral("elect-admin")}));
    SignInDialog* dialog = app.signInDialog();
    QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
    QVERIFY(child<QRadioButton>(dialog, QStringLiteral("serverRadio"))->isChecked());
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("hostEdit"))->text(), m_cluster->server().socketDir());
    QCOMPARE(child<QLineEdit>(dialog, QStringLiteral("emailEdit"))->text(),
             m_accounts.at(int(DemoLogin::PendingOwner)).email);
    QVERIFY(child<QLineEdit>(dialog, QStringLiteral("passwordEdit"))->text().isEmpty());
    QCOMPARE(dialog->focusWidget(), child<QLineEdit>(dialog, QStringLiteral("passwordEdit")));
}

QTEST_MAIN(TestSignInRegister)
#include "TestSignInRegister.moc"
