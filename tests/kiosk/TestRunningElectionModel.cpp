#include "RunningElectionModel.h"
#include "TestCluster.h"

#include "core/db/ElectionRepository.h"
#include "core/devtools/DemoSeeder.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace Elect;

// The kiosk's list of running elections under Qt's QAbstractItemModelTester, filled with what the
// database gives the demo's kiosk.
class TestRunningElectionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void followsTheRulesOfModels();

private:
    std::unique_ptr<Test::TestCluster> m_cluster;
    std::unique_ptr<Database> m_kiosk;
};

void TestRunningElectionModel::initTestCase()
{
    m_cluster = std::make_unique<Test::TestCluster>();
    QVERIFY2(m_cluster->ok(), qPrintable(m_cluster->error()));
    auto outcome = Test::seedDemo(*m_cluster);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message()));
    for (const auto& account : outcome->accounts)
        if (account.email.isEmpty())
            m_kiosk = m_cluster->connect(account.loginRole, account.password);
    QVERIFY2(m_kiosk, "the demo has a kiosk");
}

void TestRunningElectionModel::followsTheRulesOfModels()
{
    const auto running = ElectionRepository(*m_kiosk).runningForKiosk();
    QVERIFY2(running.ok(), qPrintable(running.message()));
    QVERIFY2(!running->isEmpty(), "the demo has a running election");

    RunningElectionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy count(&model, &RunningElectionModel::countChanged);
    QCOMPARE(model.rowCount(), 0);

    model.setElections(*running);
    QCOMPARE(model.rowCount(), int(running->size()));
    QCOMPARE(model.count(), int(running->size()));
    QCOMPARE(count.count(), 1);
    const QHash<int, QByteArray> roles = model.roleNames();
    for (int row = 0; row < model.rowCount(); ++row) {
        const Election& e = running->at(row);
        const QModelIndex index = model.index(row, 0);
        QCOMPARE(index.data(RunningElectionModel::TitleRole).toString(), e.title);
        QCOMPARE(index.data(Qt::DisplayRole).toString(), e.title);
        QCOMPARE(index.data(RunningElectionModel::IdRole).toLongLong(), e.id);
        QCOMPARE(index.data(RunningElectionModel::VotesPerVoterRole).toInt(), e.votesPerVoter);
        QCOMPARE(index.data(RunningElectionModel::EndsAtRole).toDateTime(), e.endsAt);
        QCOMPARE(model.titleAt(row), e.title);
        // Every role QML reads has a name, and a value.
        for (auto it = roles.cbegin(); it != roles.cend(); ++it)
            QVERIFY2(index.data(it.key()).isValid(), it.value().constData());
    }
    QCOMPARE(model.titleAt(-1), QString());
    QCOMPARE(model.titleAt(model.rowCount()), QString());

    // The same rows again change no count; none, then all again, do.
    model.setElections(*running);
    QCOMPARE(count.count(), 1);
    model.setElections({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(count.count(), 2);
    model.setElections(*running);
    QCOMPARE(model.rowCount(), int(running->size()));
    QCOMPARE(count.count(), 3);
}

QTEST_GUILESS_MAIN(TestRunningElectionModel)
#include "TestRunningElectionModel.moc"
