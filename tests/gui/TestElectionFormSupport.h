#pragma once

// What TestElectionForm and TestCandidates share: the demo plus a second accepted organization (the
// neighbour who plays the attacker), raw SQL for checks and attacks, and driving the election workspace
// (open an election from the list, switch tabs, answer a confirmation) as a person would.

#include "AdminDriver.h"
#include "Sql.h"

#include "elections/ElectionsPage.h"
#include "elections/ElectionTableModel.h"
#include "elections/ElectionWorkspace.h"

#include "core/db/AccountRepository.h"
#include "core/db/ConnectionSettings.h"

#include <QMessageBox>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>

namespace Elect::Test {

struct ElectionFixture
{
    std::unique_ptr<TestCluster> cluster;
    QList<DemoSeeder::Account> accounts;
    std::unique_ptr<pqxx::connection> super;
    qint64 organization = 0;
    qint64 otherOrganization = 0;
    QString otherOwnerRole;
    QString otherOwnerPassword = QStringLiteral("other-owner-password-1");

    const DemoSeeder::Account& account(DemoLogin who) const { return accounts.at(int(who)); }

    /// Starts the cluster with the demo, a price for publishing and a second accepted organization.
    void setUp()
    {
        cluster = std::make_unique<TestCluster>();
        QVERIFY2(cluster->ok(), qPrintable(cluster->error()));
        const auto demo = seedDemo(*cluster);
        QVERIFY2(demo.ok(), qPrintable(demo.message()));
        accounts = demo->accounts;
        super = rawConnect(cluster->superuser());
        QVERIFY(super);
        organization =
            sql(QStringLiteral("SELECT user_id FROM elect.organizations WHERE name = 'Nile Rowing Club'")).toLongLong();
        QVERIFY(organization > 0);
        // Publishing costs 150.00 EGP whatever the size.
        QCOMPARE(sql(QStringLiteral("INSERT INTO elect.pricing_tiers (min_voters, max_voters, price, currency)"
                                    " VALUES (0, NULL, 15000, 'EGP') RETURNING 1")),
                 QStringLiteral("1"));
        auto service = cluster->connect(QStringLiteral("elect_service"), QStringLiteral("service-password-for-tests"));
        auto sysadmin =
            cluster->connect(account(DemoLogin::SystemAdmin).loginRole, account(DemoLogin::SystemAdmin).password);
        QVERIFY(service && sysadmin);
        const QString email = QStringLiteral("chair@cairo-chess.example");
        const auto other = AccountRepository(*service).registerOrganization(
            {email, QStringLiteral("Adel"), QStringLiteral("Nabil"), otherOwnerPassword},
            QStringLiteral("Cairo Chess Club"), QStringLiteral("GB"));
        QVERIFY2(other.ok(), qPrintable(other.message()));
        otherOrganization = *other;
        QVERIFY(AccountRepository(*sysadmin).verifyEmailByAdmin(email).ok());
        QVERIFY(AccountRepository(*sysadmin).acceptOrganization(otherOrganization).ok());
        otherOwnerRole = loginRoleForEmail(email);
    }

    QString sql(const QString& statement) const { return scalar(*super, statement); }

    /// A raw connection as \a who (for attacks: a modified client sends whatever it likes).
    std::unique_ptr<pqxx::connection> raw(DemoLogin who) const
    {
        return rawConnect(cluster->as(account(who).loginRole, account(who).password));
    }
    std::unique_ptr<pqxx::connection> rawOtherOwner() const
    {
        return rawConnect(cluster->as(otherOwnerRole, otherOwnerPassword));
    }

    /// A draft of the demo organization, made in the database, starting in \a startsInDays, with
    /// \a voters voters (and no candidates).
    qint64 makeDraft(const QString& title, int voters = 0, int startsInDays = 20) const
    {
        const qint64 id =
            sql(QStringLiteral(
                    "INSERT INTO elect.elections (organization_id, title, starts_at, ends_at, potential_voters)"
                    " VALUES (%1, '%2', now() + interval '%3 days', now() + interval '%4 days', %5)"
                    " RETURNING id")
                    .arg(organization)
                    .arg(title)
                    .arg(startsInDays)
                    .arg(startsInDays + 1)
                    .arg(voters))
                .toLongLong();
        if (voters > 0)
            sql(QStringLiteral("INSERT INTO elect.voters (election_id, organization_id, national_id_hmac)"
                               " SELECT %1, %2, public.gen_random_bytes(32) FROM generate_series(1, %3) RETURNING 1")
                    .arg(id)
                    .arg(organization)
                    .arg(voters));
        return id;
    }
};

/// Opens election \a title from the elections page as a person would: Refresh, then a double-click on it.
inline ElectionWorkspace* openElection(MainWindow* window, const QString& title)
{
    ElectionsPage* page = window->electionsPage();
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("refreshElectionsButton")), Qt::LeftButton);
    if (!QTest::qWaitFor([page] { return !page->isLoading(); }, kGuiTimeoutMs))
        return nullptr;
    ElectionTableModel* model = page->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->elections().at(r).title == title)
            row = r;
    if (row < 0)
        return nullptr;
    auto* table = page->findChild<QTableView*>(QStringLiteral("electionsTable"));
    const QRect cell = table->visualRect(model->index(row, ElectionTableModel::Title));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    if (!QTest::qWaitFor([window] { return window->electionWorkspace() && !window->electionWorkspace()->isLoading(); },
                         kGuiTimeoutMs))
        return nullptr;
    return window->electionWorkspace();
}

/// Clicks the tab named \a objectName of \a workspace; returns the tab's widget.
inline QWidget* showTab(ElectionWorkspace* workspace, const QString& objectName)
{
    QTabWidget* tabs = workspace->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->widget(i)->objectName() == objectName) {
            QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
            return tabs->currentWidget() == tabs->widget(i) ? tabs->widget(i) : nullptr;
        }
    }
    return nullptr;
}

/// Waits for the modal window named \a objectName (a confirmation) and returns it, or null.
inline QWidget* waitForModal(const QString& objectName)
{
    QWidget* modal = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            modal = QApplication::activeModalWidget();
            return modal && modal->objectName() == objectName && modal->isVisible();
        },
        kGuiTimeoutMs);
    return shown ? modal : nullptr;
}

/// Answers the confirmation named \a objectName by clicking its button \a button ("confirmButton" or
/// "rejectButton"); returns the text it asked, main and informative, for checks.
inline QString answer(const QString& objectName, const QString& button)
{
    QWidget* modal = waitForModal(objectName);
    if (!modal)
        return {};
    auto* box = qobject_cast<QMessageBox*>(modal);
    const QString asked = box ? box->text() + u'\n' + box->informativeText() : QString();
    auto* b = modal->findChild<QPushButton*>(button);
    if (!b)
        return {};
    QTest::mouseClick(b, Qt::LeftButton);
    return asked;
}

} // namespace Elect::Test
