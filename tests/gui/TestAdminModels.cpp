#include "AdminDriver.h"
#include "elections/ElectionTableModel.h"
#include "organizations/OrganizationTableModel.h"

#include "core/db/AccountRepository.h"
#include "core/db/ElectionRepository.h"
#include "core/devtools/DemoSeeder.h"

#include <QAbstractItemModelTester>
#include <QtTest>

#include <memory>

using namespace Elect;

// The admin app's table models under Qt's QAbstractItemModelTester, filled with what the database gives
// the demo's system admin: every change of rows is announced the way views rely on.
class TestAdminModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void electionTableModel();
    void organizationTableModel();

private:
    std::unique_ptr<Test::TestCluster> m_cluster;
    std::unique_ptr<Database> m_admin;
};

void TestAdminModels::initTestCase()
{
    m_cluster = std::make_unique<Test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto outcome = Test::seedDemo(*m_cluster);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    const DemoSeeder::Account& admin = outcome->accounts.at(0);
    QCOMPARE(admin.label, QStringLiteral("System admin"));
    m_admin = m_cluster->connect(admin.loginRole, admin.password);
    QVERIFY(m_admin);
}

void TestAdminModels::electionTableModel()
{
    const auto elections = ElectionRepository(*m_admin).list();
    QVERIFY2(elections.ok(), qPrintable(elections.message()));
    QVERIFY2(elections->size() >= 2, "the demo has a draft and a running election");
    const QDateTime now = QDateTime::currentDateTimeUtc();

    ElectionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    model.setElections(*elections, now);
    QCOMPARE(model.rowCount(), int(elections->size()));
    QCOMPARE(model.columnCount(), int(ElectionTableModel::ColumnCount));
    for (int row = 0; row < model.rowCount(); ++row) {
        const Election& e = elections->at(row);
        QCOMPARE(model.index(row, ElectionTableModel::Title).data().toString(), e.title);
        QCOMPARE(model.index(row, ElectionTableModel::Status).data().toString(), toString(e.phase(now)));
        QCOMPARE(model.index(row, ElectionTableModel::Title).data(Qt::UserRole).toLongLong(), e.id);
        // A table: no cell has children, neither rows nor columns.
        for (int column = 0; column < model.columnCount(); ++column) {
            QCOMPARE(model.rowCount(model.index(row, column)), 0);
            QCOMPARE(model.columnCount(model.index(row, column)), 0);
        }
    }
    QVERIFY(model.headerData(ElectionTableModel::Title, Qt::Horizontal).isValid());
    QVERIFY(!model.headerData(ElectionTableModel::ColumnCount, Qt::Horizontal).isValid());

    // Fewer rows, none, and all again: each reset is one the tester accepts.
    model.setElections(elections->mid(0, 1), now);
    QCOMPARE(model.rowCount(), 1);
    model.setElections({}, now);
    QCOMPARE(model.rowCount(), 0);
    model.setElections(*elections, now);
    QCOMPARE(model.rowCount(), int(elections->size()));
}

void TestAdminModels::organizationTableModel()
{
    const auto organizations = AccountRepository(*m_admin).organizations();
    QVERIFY2(organizations.ok(), qPrintable(organizations.message()));
    QVERIFY2(organizations->size() >= 2, "the demo has an accepted and a pending organization");

    OrganizationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    model.setOrganizations(*organizations);
    QCOMPARE(model.rowCount(), int(organizations->size()));
    QCOMPARE(model.columnCount(), int(OrganizationTableModel::ColumnCount));
    for (int row = 0; row < model.rowCount(); ++row) {
        const Organization& o = organizations->at(row);
        QCOMPARE(model.index(row, OrganizationTableModel::Name).data().toString(), o.name);
        QCOMPARE(model.index(row, OrganizationTableModel::Status).data().toString(), toString(o.status));
        QCOMPARE(model.index(row, OrganizationTableModel::Name).data(Qt::UserRole).toLongLong(), o.id);
        QCOMPARE(model.organizationAt(row).id, o.id);
        for (int column = 0; column < model.columnCount(); ++column) {
            QCOMPARE(model.rowCount(model.index(row, column)), 0);
            QCOMPARE(model.columnCount(model.index(row, column)), 0);
        }
    }

    const auto pending = AccountRepository(*m_admin).organizations(true);
    QVERIFY(pending.ok());
    QVERIFY(pending->size() < organizations->size());
    model.setOrganizations(*pending);
    QCOMPARE(model.rowCount(), int(pending->size()));
    model.setOrganizations({});
    QCOMPARE(model.rowCount(), 0);
    model.setOrganizations(*organizations);
    QCOMPARE(model.rowCount(), int(organizations->size()));
}

QTEST_MAIN(TestAdminModels)
#include "TestAdminModels.moc"
