#include "AdminDriver.h"
#include "Sql.h"

#include "core/db/AccountRepository.h"
#include "core/db/StaffRepository.h"
#include "core/service/HttpEndpoints.h"
#include "core/service/RegistrationApi.h"
#include "signin/ServiceAddress.h"
#include "signin/VerifyEmailDialog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPointer>
#include <QTcpServer>

using namespace Elect;
using namespace Elect::Test;

// The sign-in window tells an account that may not sign in yet which state it is in (issue 11, item 1): it
// asks `elect serve`'s account-state route (real RegistrationApi on a real HTTP endpoint and the real cluster)
// and shows one message with what to do. Driven as a person would: email, password, click "Sign in".
class TestSignInState : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestCluster> m_cluster;
    std::unique_ptr<pqxx::connection> m_super;
    std::unique_ptr<Database> m_service;
    QList<DemoSeeder::Account> m_accounts;
    std::unique_ptr<Service::RegistrationApi> m_api;
    Service::HttpEndpoints m_http;
    QUrl m_url;

    static constexpr const char* kStrong = "Orchard-Velvet-Compass-83";
    static inline const QString kReason = QStringLiteral("We could not find this club in the federation's register.");

    const DemoSeeder::Account& demo(DemoLogin who) const { return m_accounts.at(int(who)); }
    QString sql(const QString& s) { return scalar(*m_super, s); }

    void registerOrganization(const QString& email, const QString& name)
    {
        const QJsonObject body{{QStringLiteral("email"), email},
                               {QStringLiteral("password"), QLatin1String(kStrong)},
                               {QStringLiteral("first_name"), QStringLiteral("Rana")},
                               {QStringLiteral("last_name"), QStringLiteral("Adel")},
                               {QStringLiteral("organization_name"), name},
                               {QStringLiteral("country"), QStringLiteral("EG")}};
        QCOMPARE(m_api
                     ->handle(QStringLiteral("register"), QHostAddress::LocalHost, {}, "application/json",
                              QJsonDocument(body).toJson(QJsonDocument::Compact))
                     .status,
                 202);
    }

    /// Types \a email and \a password into the window and clicks "Sign in"; waits for the answer.
    void signInAs(SignInDialog* dialog, const QString& email, const QString& password)
    {
        fillSignIn(dialog, *m_cluster, email, password);
        if (QTest::currentTestFailed())
            return;
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("signInButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kGuiTimeoutMs);
    }

    static void shot(QWidget* widget, const QString& name)
    {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
        QVERIFY2(saveScreenshot(widget, name), qPrintable(name));
    }

    void eachState(bool arabic);

private Q_SLOTS:
    void initTestCase()
    {
        prepareAdminTests(QStringLiteral("TestSignInState"));
        m_cluster = std::make_unique<TestCluster>();
        QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
        m_super = rawConnect(m_cluster->superuser());
        QVERIFY(m_super);
        const auto seeded = seedDemo(*m_cluster);
        QVERIFY2(seeded.ok(), qPrintable(seeded.message()));
        m_accounts = seeded->accounts;
        m_service = m_cluster->connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
        QVERIFY(m_service);
        // Roomy limits: every request comes from 127.0.0.1 (the limits have their own test, test_account_state).
        Service::RegistrationApi::Limits roomy;
        roomy.registerPerAddress.max = roomy.accountStatePerAddress.max = roomy.accountStatePerEmail.max = 100;
        m_api =
            std::make_unique<Service::RegistrationApi>(*m_service, QList<Service::RegistrationApi::Subnet>{}, roomy);
        m_http.setRegistration([this](const Service::HttpEndpoints::ApiRequest& r) {
            return m_api->begin(r.route, r.peer, r.forwardedFor, r.contentType, r.body);
        });
        const auto port = m_http.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port));

        // The accounts: one never verified, the demo's one waiting for review, one rejected with a reason, and
        // the demo's organization admin, disabled by the owner.
        registerOrganization(QStringLiteral("rana@chess-club.example"), QStringLiteral("Chess Club"));
        registerOrganization(QStringLiteral("omar@go-club.example"), QStringLiteral("Go Club"));
        const auto& sysadmin = demo(DemoLogin::SystemAdmin);
        auto admin = m_cluster->connect(sysadmin.loginRole, sysadmin.password);
        QVERIFY(admin);
        QVERIFY(AccountRepository(*admin).verifyEmailByAdmin(QStringLiteral("omar@go-club.example")).ok());
        const qint64 go =
            sql(QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Go Club'")).toLongLong();
        QVERIFY(AccountRepository(*admin).rejectOrganization(go, kReason).ok());
        const auto& owner = demo(DemoLogin::Owner);
        auto ownerDb = m_cluster->connect(owner.loginRole, owner.password);
        QVERIFY(ownerDb);
        const qint64 orgAdmin = sql(QStringLiteral("SELECT id FROM elect.users WHERE login_role = '%1'")
                                        .arg(demo(DemoLogin::OrganizationAdmin).loginRole))
                                    .toLongLong();
        QVERIFY(StaffRepository(*ownerDb).setAdminActive(orgAdmin, false).ok());
    }
    void init()
    {
        QVERIFY(useArabic(false));
        rememberRegistrationService(m_url);
    }
    void cleanupTestCase() { QVERIFY(useArabic(false)); }

    void eachStateInEnglish() { eachState(false); }
    void eachStateInArabic() { eachState(true); }

    // The code's button opens the verification with the email filled in.
    void anUnverifiedEmailOpensTheCodeWindow()
    {
        AdminApp app;
        QVERIFY(app.start({QStringLiteral("elect-admin")}));
        SignInDialog* dialog = app.signInDialog();
        QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
        signInAs(dialog, QStringLiteral("rana@chess-club.example"), QLatin1String(kStrong));
        QCOMPARE(dialog->notActiveState(), QStringLiteral("email_unverified"));
        auto* enterCode = child<QPushButton>(dialog, QStringLiteral("enterCodeButton"));
        QVERIFY(enterCode && enterCode->isVisible());
        QTest::mouseClick(enterCode, Qt::LeftButton);
        QPointer<VerifyEmailDialog> verify = dialog->findChild<VerifyEmailDialog*>();
        QVERIFY(verify && QTest::qWaitForWindowExposed(verify));
        QCOMPARE(child<QLineEdit>(verify, QStringLiteral("emailEdit"))->text(),
                 QStringLiteral("rana@chess-club.example"));
        verify->reject();
    }

    // A wrong password is the ordinary message, with nothing about any state.
    void aWrongPasswordTellsNoState()
    {
        AdminApp app;
        QVERIFY(app.start({QStringLiteral("elect-admin")}));
        SignInDialog* dialog = app.signInDialog();
        QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
        signInAs(dialog, QStringLiteral("omar@go-club.example"), QStringLiteral("Not-The-Password-42"));
        QVERIFY(!dialog->showsNotActive());
        QVERIFY(dialog->notActiveState().isEmpty());
        QVERIFY2(dialog->errorText().contains(QLatin1String("not right")), qPrintable(dialog->errorText()));
        QVERIFY(!dialog->errorText().contains(QLatin1String("reject")));
    }

    // No service at the remembered address: the box lists every possible reason, as before.
    void withoutTheServiceTheReasonsAreListed()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        rememberRegistrationService(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        AdminApp app;
        QVERIFY(app.start({QStringLiteral("elect-admin")}));
        SignInDialog* dialog = app.signInDialog();
        QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));
        const auto& pending = demo(DemoLogin::PendingOwner);
        signInAs(dialog, pending.email, pending.password);
        QVERIFY(dialog->showsNotActive());
        QVERIFY(dialog->notActiveState().isEmpty());
        QVERIFY2(dialog->notActiveText().contains(QLatin1String("Email not verified yet?")) &&
                     dialog->notActiveText().contains(QLatin1String("Organization waiting for review?")),
                 qPrintable(dialog->notActiveText()));
        shot(dialog, QStringLiteral("signin-state-unknown-en"));
    }
};

void TestSignInState::eachState(bool arabic)
{
    QVERIFY(useArabic(arabic));
    const QString lang = arabic ? QStringLiteral("ar") : QStringLiteral("en");
    AdminApp app;
    QVERIFY(app.start({QStringLiteral("elect-admin")}));
    SignInDialog* dialog = app.signInDialog();
    QVERIFY(dialog && QTest::qWaitForWindowExposed(dialog));

    struct Case
    {
        QString email, password, state, says, file;
    };
    const auto& pending = demo(DemoLogin::PendingOwner);
    const auto& orgAdmin = demo(DemoLogin::OrganizationAdmin);
    const QList<Case> cases{
        {QStringLiteral("rana@chess-club.example"), QLatin1String(kStrong), QStringLiteral("email_unverified"),
         QStringLiteral("not verified yet"), QStringLiteral("unverified")},
        {pending.email, pending.password, QStringLiteral("pending"), QStringLiteral("waiting for review"),
         QStringLiteral("pending")},
        {QStringLiteral("omar@go-club.example"), QLatin1String(kStrong), QStringLiteral("rejected"),
         QStringLiteral("federation's register"), QStringLiteral("rejected")},
        {orgAdmin.email, orgAdmin.password, QStringLiteral("disabled"), QStringLiteral("owner has disabled"),
         QStringLiteral("disabled")},
    };
    for (const Case& c : cases) {
        signInAs(dialog, c.email, c.password);
        QVERIFY(app.mainWindow() == nullptr);
        QVERIFY2(dialog->showsNotActive(), qPrintable(c.state + u' ' + dialog->errorText()));
        QCOMPARE(dialog->notActiveState(), c.state);
        QCOMPARE(child<QPushButton>(dialog, QStringLiteral("enterCodeButton"))->isVisible(),
                 c.state == QLatin1String("email_unverified"));
        if (!arabic)
            QVERIFY2(dialog->notActiveText().contains(c.says), qPrintable(dialog->notActiveText()));
        QVERIFY(dialog->errorText().isEmpty());
        // The whole message is on screen, not cut off at the bottom of the window.
        auto* box = child<QWidget>(dialog, QStringLiteral("notActiveBox"));
        QVERIFY(box->geometry().bottom() <= dialog->height());
        shot(dialog, QStringLiteral("signin-state-%1-%2").arg(c.file, lang));
    }
}

QTEST_MAIN(TestSignInState)
#include "TestSignInState.moc"
