#include "AdminDriver.h"

#include "platform/PricingPage.h"
#include "platform/PricingTierModel.h"

#include "core/db/PlatformRepository.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>

using namespace Elect;
using namespace Elect::Test;

// The system admin's pricing tiers: listed with their money and currency, added, changed and removed through
// dialogs, with the database's refusals shown translated in the dialog that caused them.
class TestPlatformPricing : public QObject, protected DemoFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addsChangesAndRemovesTiers();
    void onlyASystemAdminSetsPrices();
    void screenshotsInArabic();

private:
    PricingPage* openPage(AdminApp& app);
    QString tiers()
    {
        return scalar(*m_super, QStringLiteral("SELECT coalesce(string_agg(currency || ':' || min_voters "
                                               "|| '-' || coalesce(max_voters::text, '') || '=' || price, "
                                               "' ' ORDER BY currency, min_voters), '') "
                                               "FROM elect.pricing_tiers"));
    }
};

namespace {

/// Types a tier into the open dialog as a person would.
void fillTier(QWidget* dialog, const QString& currency, int min, std::optional<int> max, const QString& price)
{
    auto* currencyEdit = dialog->findChild<QLineEdit*>(QStringLiteral("currencyEdit"));
    auto* minSpin = dialog->findChild<QSpinBox*>(QStringLiteral("minVotersSpin"));
    auto* maxSpin = dialog->findChild<QSpinBox*>(QStringLiteral("maxVotersSpin"));
    auto* unbounded = dialog->findChild<QCheckBox*>(QStringLiteral("noUpperLimitCheck"));
    auto* priceEdit = dialog->findChild<QLineEdit*>(QStringLiteral("priceEdit"));
    if (!currencyEdit || !minSpin || !maxSpin || !unbounded || !priceEdit)
        return;
    currencyEdit->selectAll();
    QTest::keyClicks(currencyEdit, currency);
    if (unbounded->isChecked() == max.has_value())
        QTest::mouseClick(unbounded, Qt::LeftButton, {}, QPoint(8, unbounded->height() / 2));
    for (auto [spin, value] : {std::pair{minSpin, min}, std::pair{maxSpin, max.value_or(0)}}) {
        if (!spin->isEnabled())
            continue;
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
    }
    priceEdit->selectAll();
    typeText(priceEdit, price);
}

/// Clicks Save and waits until the database has answered and the dialog closed (or stayed open, refused).
void save(QWidget* dialog)
{
    auto* button = dialog->findChild<QPushButton*>(QStringLiteral("saveTierButton"));
    if (!button)
        return;
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(QTest::qWaitFor([dialog, button] { return !dialog->isVisible() || button->isEnabled(); }, kGuiTimeoutMs),
             "the database answered the dialog's Save");
}

} // namespace

void TestPlatformPricing::initTestCase()
{
    setUpDemo(QStringLiteral("test_platform_pricing"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(attempt(*m_super, QStringLiteral("DELETE FROM elect.pricing_tiers")).ok());
}

PricingPage* TestPlatformPricing::openPage(AdminApp& app)
{
    signIn(app, *m_cluster, account(DemoLogin::SystemAdmin));
    if (QTest::currentTestFailed())
        return nullptr;
    app.mainWindow()->resize(1100, 640);
    app.mainWindow()->showPage(QStringLiteral("pricing"));
    auto* page = qobject_cast<PricingPage*>(app.mainWindow()->page(QStringLiteral("pricing")));
    if (page && !QTest::qWaitFor([page] { return page->isVisible() && !page->isBusy(); }, kGuiTimeoutMs))
        return nullptr;
    return page;
}

void TestPlatformPricing::addsChangesAndRemovesTiers()
{
    AdminApp app;
    PricingPage* page = openPage(app);
    QVERIFY(page);
    PricingTierModel* model = page->model();
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(child<QLabel>(page, QStringLiteral("pricingEmpty"))->isVisible());
    auto* add = child<QPushButton>(page, QStringLiteral("addTierButton"));
    auto* table = child<QTableView>(page, QStringLiteral("pricingTable"));
    QVERIFY(add && table);

    // A tier: 0 to 1,000 voters for 150 EGP.
    QString preview;
    onNextModal(QStringLiteral("pricingTierDialog"), [&](QWidget* dialog) {
        fillTier(dialog, QStringLiteral("egp"), 0, 1000, QStringLiteral("150"));
        preview = dialog->findChild<QLabel*>(QStringLiteral("tierPreview"))->text();
        save(dialog);
    });
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && model->rowCount() == 1, kGuiTimeoutMs);
    QCOMPARE(preview, QStringLiteral("Publishing an election of 0 to 1,000 voters will cost 150.00 EGP."));
    QCOMPARE(tiers(), QStringLiteral("EGP:0-1000=15000"));
    QCOMPARE(model->index(0, PricingTierModel::Voters).data().toString(), QStringLiteral("0 to 1,000 voters"));
    QCOMPARE(model->index(0, PricingTierModel::Price).data().toString(), QStringLiteral("150.00 EGP"));

    // Overlapping tiers, a low end above the high end and a price that is no amount: the dialog says why and
    // stays open; nothing is saved.
    QStringList refusals;
    onNextModal(QStringLiteral("pricingTierDialog"), [&](QWidget* dialog) {
        auto* banner = dialog->findChild<QLabel*>(QStringLiteral("tierMessage"));
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveTierButton"));
        const auto refusal = [&] {
            QTest::mouseClick(save, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled() && banner->isVisible(), kGuiTimeoutMs);
            refusals << banner->text();
        };
        fillTier(dialog, QStringLiteral("EGP"), 500, 2000, QStringLiteral("90"));
        refusal();
        fillTier(dialog, QStringLiteral("EGP"), 3000, 2000, QStringLiteral("90"));
        refusal();
        fillTier(dialog, QStringLiteral("EGP"), 2000, 3000, QStringLiteral("ninety"));
        refusal();
        saveScreenshot(dialog, QStringLiteral("platform-pricing-dialog-refused"));
        fillTier(dialog, QStringLiteral("EGP"), 0, 10, QStringLiteral("1"));
        refusal(); // adding never changes the tier that starts at 0
    });
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(refusals.size(), 4);
    QCOMPARE(refusals.at(0), QCoreApplication::translate("Elect::Database",
                                                         "This tier overlaps another tier of the same currency. Change "
                                                         "or remove that tier first."));
    QVERIFY2(refusals.at(1).startsWith(QStringLiteral("A pricing tier needs a lowest number of voters")),
             qPrintable(refusals.at(1)));
    QVERIFY2(refusals.at(2).startsWith(QStringLiteral("The price is not an amount.")), qPrintable(refusals.at(2)));
    QCOMPARE(refusals.at(3), QStringLiteral("A tier in EGP that starts at 0 voters exists already. Change that tier "
                                            "instead."));
    QCOMPARE(tiers(), QStringLiteral("EGP:0-1000=15000"));

    // Changed with a double-click: from 1 voter, 175.50; the tier from 0 is gone, in one step.
    onNextModal(QStringLiteral("pricingTierDialog"), [&](QWidget* dialog) {
        fillTier(dialog, QStringLiteral("EGP"), 1, 1000, QStringLiteral("175.50"));
        save(dialog);
    });
    const QRect cell = table->visualRect(model->index(0, PricingTierModel::Voters));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE_WITH_TIMEOUT(tiers(), QStringLiteral("EGP:1-1000=17550"), kGuiTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kGuiTimeoutMs);
    QCOMPARE(model->index(0, PricingTierModel::Price).data().toString(), QStringLiteral("175.50 EGP"));

    // A free tier with no upper limit, and one in another currency with no decimals.
    onNextModal(QStringLiteral("pricingTierDialog"), [&](QWidget* dialog) {
        fillTier(dialog, QStringLiteral("EGP"), 1001, std::nullopt, QStringLiteral("0"));
        save(dialog);
    });
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && model->rowCount() == 2, kGuiTimeoutMs);
    onNextModal(QStringLiteral("pricingTierDialog"), [&](QWidget* dialog) {
        fillTier(dialog, QStringLiteral("JPY"), 0, std::nullopt, QStringLiteral("5000"));
        save(dialog);
    });
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && model->rowCount() == 3, kGuiTimeoutMs);
    QCOMPARE(tiers(), QStringLiteral("EGP:1-1000=17550 EGP:1001-=0 JPY:0-=5000"));
    QCOMPARE(model->index(1, PricingTierModel::Voters).data().toString(), QStringLiteral("1,001 voters or more"));
    QCOMPARE(model->index(1, PricingTierModel::Price).data().toString(), QStringLiteral("Free (0.00 EGP)"));
    QCOMPARE(model->index(2, PricingTierModel::Price).data().toString(), QStringLiteral("5000 JPY"));
    QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("platform-pricing")));

    // Delete on the selected tier asks first: Cancel keeps it, Remove removes it.
    table->setFocus();
    table->selectRow(2);
    onNextModal(QStringLiteral("confirmRemoveTier"), [](QWidget*) {});
    QTest::keyClick(table, Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kGuiTimeoutMs);
    QCOMPARE(tiers(), QStringLiteral("EGP:1-1000=17550 EGP:1001-=0 JPY:0-=5000"));
    onNextModal(QStringLiteral("confirmRemoveTier"),
                [](QWidget* box) { clickChild(box, QStringLiteral("confirmButton")); });
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("removeTierButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tiers(), QStringLiteral("EGP:1-1000=17550 EGP:1001-=0"), kGuiTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && model->rowCount() == 2, kGuiTimeoutMs);
}

void TestPlatformPricing::onlyASystemAdminSetsPrices()
{
    const QString before = tiers();
    for (DemoLogin who : {DemoLogin::Owner, DemoLogin::OrganizationAdmin}) {
        auto db = m_cluster->connect(account(who).loginRole, account(who).password);
        QVERIFY(db);
        PricingTier cheap;
        cheap.minVoters = 0;
        cheap.maxVoters = 100000;
        cheap.price = 0;
        QCOMPARE(PlatformRepository(*db).addPricingTier(cheap).code(), ErrorCode::NotAllowed);
        const auto all = WalletRepository(*db).pricingTiers();
        QVERIFY(all.ok() && !all->isEmpty());
        QCOMPARE(PlatformRepository(*db).changePricingTier(all->first().id, cheap).code(), ErrorCode::NotAllowed);
    }
    QCOMPARE(tiers(), before);
}

void TestPlatformPricing::screenshotsInArabic()
{
    QVERIFY(useArabic(true));
    {
        AdminApp app;
        PricingPage* page = openPage(app);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, kGuiTimeoutMs);
        QCOMPARE(app.mainWindow()->layoutDirection(), Qt::RightToLeft);
        QVERIFY(saveScreenshot(app.mainWindow(), QStringLiteral("platform-pricing-ar")));
        // Arabic-Indic digits typed on an Arabic keyboard are an amount too.
        onNextModal(QStringLiteral("pricingTierDialog"), [&](QWidget* dialog) {
            fillTier(dialog, QStringLiteral("USD"), 0, 500, QStringLiteral("١٢٫٥٠"));
            saveScreenshot(dialog, QStringLiteral("platform-pricing-dialog-ar"));
            save(dialog);
        });
        QTest::mouseClick(child<QPushButton>(page, QStringLiteral("addTierButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->model()->rowCount() == 3, kGuiTimeoutMs);
    }
    QVERIFY(useArabic(false));
    QCOMPARE(tiers(), QStringLiteral("EGP:1-1000=17550 EGP:1001-=0 USD:0-500=1250"));
}

QTEST_MAIN(TestPlatformPricing)
#include "TestPlatformPricing.moc"
