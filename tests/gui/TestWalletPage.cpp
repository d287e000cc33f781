#include "AdminDriver.h"

#include "ProviderServers.h"
#include "Sql.h"
#include "wallet/TopUpDialog.h"
#include "wallet/WalletPage.h"

#include "core/db/WalletRepository.h"
#include "core/domain/Clock.h"
#include "core/domain/Money.h"
#include "core/integrations/stripe/StripeCheckout.h"
#include "core/service/CheckoutSessionHandler.h"
#include "core/service/Dispatcher.h"

#include <QDesktopServices>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QTableWidget>

using namespace Elect;
using namespace Elect::Test;

/// Stands in for the browser: QDesktopServices hands it the URLs elect-admin opens.
class Browser : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void openUrl(const QUrl& url) { opened << url; }
};

// The owner's wallet: the balance and movements as the database has them, and a top-up from start to end:
// the amount asked (a wrong one refused in the dialog), request_top_up, `elect serve`'s outbox dispatcher
// opening the Checkout Session at a scripted Stripe, the payment page opened in the browser (intercepted),
// and the payment credited: the page follows each state without a refresh. Screenshots in English and Arabic.
class TestWalletPage : public QObject, protected DemoFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void ownerTopsUpThroughStripeCheckout();
    void arabicRightToLeft();

private:
    WalletPage* openWallet(MainWindow* window);

    qint64 m_org = 0;
    Browser m_browser;
};

void TestWalletPage::initTestCase()
{
    setUpDemo(QStringLiteral("test_wallet_page"));
    if (QTest::currentTestFailed())
        return;
    m_org = demoOrganization();
    QVERIFY(m_org > 0);
    // Earlier money, as if paid and spent: 200.00 EGP left after a 150.00 EGP charge for publishing.
    QVERIFY(attempt(*m_super, QStringLiteral("UPDATE elect.users SET wallet_balance = 20000 WHERE id = %1;"
                                             " INSERT INTO elect.transactions (user_id, organization_id, kind, amount,"
                                             " currency, election_id) SELECT %1, %1, 'charge', 15000, 'EGP', id"
                                             " FROM elect.elections WHERE title = 'Club captain 2026'")
                                  .arg(m_org))
                .ok());
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "openUrl");
}

void TestWalletPage::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

WalletPage* TestWalletPage::openWallet(MainWindow* window)
{
    auto* page = qobject_cast<WalletPage*>(openPage(window, QStringLiteral("wallet")));
    if (!page ||
        !QTest::qWaitFor([page] { return !page->isLoading() && page->wallet().organizationId != 0; }, kGuiTimeoutMs))
        return nullptr;
    QCoreApplication::processEvents(); // the layout of what just loaded, as a person sees it
    return page;
}

void TestWalletPage::ownerTopsUpThroughStripeCheckout()
{
    AdminApp app;
    signIn(app, *m_cluster, account(DemoLogin::Owner));
    if (QTest::currentTestFailed())
        return;
    MainWindow* window = app.mainWindow();
    WalletPage* page = openWallet(window);
    QVERIFY(page);
    auto* balance = child<QLabel>(page, QStringLiteral("walletBalance"));
    auto* movements = child<QTableWidget>(page, QStringLiteral("transactionsTable"));
    auto* state = child<QLabel>(page, QStringLiteral("topUpState"));
    QCOMPARE(balance->text(), QStringLiteral("200.00 EGP"));
    QCOMPARE(movements->rowCount(), 1);
    QCOMPARE(movements->item(0, 1)->text(), QStringLiteral("Charge for publishing"));
    QCOMPARE(movements->item(0, 2)->text(), QStringLiteral("− 150.00 EGP"));
    QCOMPARE(movements->item(0, 3)->text(), QStringLiteral("Club captain 2026"));
    QVERIFY(!state->isVisible());

    // Top up…: an amount Stripe would refuse stays in the dialog; 150 is asked for.
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("topUpButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->topUpDialog() && page->topUpDialog()->isVisible(), kGuiTimeoutMs);
    TopUpDialog* dialog = page->topUpDialog();
    auto* amount = child<QLineEdit>(dialog, QStringLiteral("amountEdit"));
    QTest::keyClicks(amount, QStringLiteral("10"));
    QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("topUpOkButton")), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(dialog, QStringLiteral("amountProblem"))->isVisible());
    QVERIFY(saveScreenshot(dialog, QStringLiteral("admin-wallet-top-up")));
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("150"));
    QTest::keyClick(amount, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(page->topUpDialog() == nullptr, kGuiTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(page->followedTopUp() != 0, kGuiTimeoutMs);
    const qint64 id = page->followedTopUp();
    QCOMPARE(sql(QStringLiteral("SELECT amount || '|' || currency || '|' || status FROM elect.wallet_top_ups"
                                " WHERE id = %1")
                     .arg(id)),
             QStringLiteral("15000|EGP|pending"));
    QTRY_VERIFY_WITH_TIMEOUT(state->isVisible() && state->text().contains(QLatin1String("preparing")), kGuiTimeoutMs);
    QVERIFY(m_browser.opened.isEmpty());

    // elect serve's dispatcher opens the Checkout Session at (a scripted) Stripe.
    ScriptedHttpServer stripe;
    const QString session = QStringLiteral("cs_test_gui_top_up");
    stripe.push({200,
                 QJsonDocument(QJsonObject{{QStringLiteral("id"), session},
                                           {QStringLiteral("object"), QStringLiteral("checkout.session")},
                                           {QStringLiteral("url"),
                                            QStringLiteral("https://checkout.stripe.com/c/pay/") + session},
                                           {QStringLiteral("client_reference_id"), QString::number(id)},
                                           {QStringLiteral("amount_total"), 15000},
                                           {QStringLiteral("currency"), QStringLiteral("egp")},
                                           {QStringLiteral("payment_status"), QStringLiteral("unpaid")}})
                     .toJson(QJsonDocument::Compact),
                 {},
                 false});
    auto service = m_cluster->connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
    QVERIFY(service);
    QNetworkAccessManager network;
    Integrations::StripeSettings settings;
    settings.baseUrl = stripe.url();
    settings.secretKey = QStringLiteral("sk_test_secret");
    settings.timeoutMs = 5000;
    Integrations::StripeCheckout gateway(settings, &network);
    TestClock clock(QDateTime::currentDateTimeUtc());
    Service::Dispatcher dispatcher(*service, Service::RetryPolicy{}, clock, [] { return 0.5; });
    dispatcher.addHandler(std::make_unique<Service::CheckoutSessionHandler>(
        *service, gateway,
        Service::CheckoutUrls{QUrl(QStringLiteral("https://elect.example.org/paid")),
                              QUrl(QStringLiteral("https://elect.example.org/cancelled"))}));
    QVERIFY(await(dispatcher.runOnce(50, 60)) >= 1); // with the demo's e-mails, which no handler here sends
    const QString url = sql(QStringLiteral("SELECT checkout_url FROM elect.wallet_top_ups WHERE id = %1").arg(id));
    QCOMPARE(url, QStringLiteral("https://checkout.stripe.com/c/pay/cs_test_gui_top_up"));

    // The page opens it in the browser, once, and says it waits for the payment.
    QTRY_COMPARE_WITH_TIMEOUT(m_browser.opened.size(), 1, kGuiTimeoutMs);
    QCOMPARE(m_browser.opened.first(), QUrl(url));
    QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QLatin1String("open in your browser")), kGuiTimeoutMs);
    QVERIFY(child<QPushButton>(page, QStringLiteral("openPaymentButton"))->isVisible());
    QVERIFY(saveScreenshot(window, QStringLiteral("admin-wallet-waiting")));

    // Stripe reports the payment (the webhook's call): the balance and the movements follow at once.
    const auto credited = WalletRepository(*service).creditTopUp(session, QString::number(id), 15000,
                                                                 QStringLiteral("egp"), QStringLiteral("evt_gui_1"));
    QVERIFY2(credited.ok() && *credited, qPrintable(credited.message()));
    QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(QLatin1String("paid")), kGuiTimeoutMs);
    QCOMPARE(balance->text(),
             Money::format(
                 sql(QStringLiteral("SELECT wallet_balance FROM elect.users WHERE id = %1").arg(m_org)).toLongLong(),
                 QStringLiteral("EGP")));
    QCOMPARE(balance->text(), QStringLiteral("350.00 EGP"));
    QCOMPARE(movements->rowCount(), 2);
    QCOMPARE(movements->item(0, 1)->text(), QStringLiteral("Top-up"));
    QCOMPARE(movements->item(0, 2)->text(), QStringLiteral("+ 150.00 EGP"));
    QCOMPARE(child<QTableWidget>(page, QStringLiteral("topUpsTable"))->item(0, 2)->text(), QStringLiteral("Paid"));
    QCOMPARE(m_browser.opened.size(), 1);
    QVERIFY(saveScreenshot(window, QStringLiteral("admin-wallet")));
}

void TestWalletPage::arabicRightToLeft()
{
    QVERIFY(useArabic(true));
    {
        AdminApp app;
        signIn(app, *m_cluster, account(DemoLogin::Owner));
        if (!QTest::currentTestFailed()) {
            WalletPage* page = openWallet(app.mainWindow());
            QVERIFY(page);
            QCOMPARE(app.mainWindow()->layoutDirection(), Qt::RightToLeft);
            QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("admin-wallet-ar")));
        }
    }
    QVERIFY(useArabic(false));
}

QTEST_MAIN(TestWalletPage)
#include "TestWalletPage.moc"
