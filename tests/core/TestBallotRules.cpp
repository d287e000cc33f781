#include "core/domain/BallotRules.h"
#include "TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Elect;

namespace {

QList<qint64> ids(const QJsonValue& v)
{
    QList<qint64> out;
    for (const auto& x : v.toArray())
        out << qint64(x.toDouble());
    return out;
}

} // namespace

class TestBallotRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The table the database's cast function is tested with too (tests/data/ballot_rules_cases.json).
    void sharedCases_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("votesPerVoter");
        QTest::addColumn<QList<qint64>>("eligible");
        QTest::addColumn<QList<qint64>>("selections");
        QTest::addColumn<QString>("problem");
        QFile file(QStringLiteral(ELECT_TEST_DATA_DIR "/ballot_rules_cases.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto cases = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("cases")).toArray();
        QVERIFY(cases.size() >= 20);
        for (const auto& c : cases) {
            const auto o = c.toObject();
            QTest::newRow(o.value(QStringLiteral("name")).toString().toUtf8().constData())
                << o.value(QStringLiteral("method")).toString() << o.value(QStringLiteral("votesPerVoter")).toInt()
                << ids(o.value(QStringLiteral("eligible"))) << ids(o.value(QStringLiteral("selections")))
                << o.value(QStringLiteral("problem")).toString();
        }
    }
    void sharedCases()
    {
        QFETCH(QString, method);
        QFETCH(int, votesPerVoter);
        QFETCH(QList<qint64>, eligible);
        QFETCH(QList<qint64>, selections);
        QFETCH(QString, problem);
        const auto m = countingMethodFromKey(method);
        QVERIFY(m.has_value());
        const BallotRules rules(*m, votesPerVoter, eligible);
        QCOMPARE(BallotRules::keyOf(rules.problem(selections)), problem);
        const Status status = rules.check(selections);
        QCOMPARE(status.ok(), problem == QLatin1String("none"));
        if (!status.ok()) {
            QCOMPARE(status.code(), ErrorCode::InvalidInput);
            QVERIFY(!status.message().isEmpty());
        }
    }

    void blockNeedsExactlyN()
    {
        Election e;
        e.countingMethod = CountingMethod::Block;
        e.votesPerVoter = 3;
        const auto rules = BallotRules::forElection(e, {1, 2, 3, 4});
        QVERIFY(!rules.isRanked());
        QCOMPARE(rules.minimumChoices(), 3);
        QCOMPARE(rules.maximumChoices(), 3);
        QCOMPARE(rules.stillNeeded({}), 3);
        QCOMPARE(rules.stillNeeded({4}), 2);
        QCOMPARE(rules.stillNeeded({4, 1, 2}), 0);
        QCOMPARE(rules.check({4}).message(), QStringLiteral("Choose exactly 3 candidate(s), then review your ballot."));
    }

    void canAddRefusesWhatCannotBeCast()
    {
        const BallotRules rules(CountingMethod::Approval, 2, {1, 2, 3});
        QVERIFY(rules.canAdd({}, 1));
        QVERIFY(rules.canAdd({1}, 3));
        QVERIFY(!rules.canAdd({1}, 1));    // already chosen
        QVERIFY(!rules.canAdd({1}, 9));    // not on this voter's ballot
        QVERIFY(!rules.canAdd({1, 2}, 3)); // no room left
        QCOMPARE(rules.check({1, 2, 3}).message(),
                 QStringLiteral("You may choose at most 2 candidate(s). Remove a choice."));
    }

    void rankedBallotsRankEveryEligibleCandidate()
    {
        const BallotRules stv(CountingMethod::Stv, 1, {5, 6, 7});
        QVERIFY(stv.isRanked());
        QCOMPARE(stv.minimumChoices(), 1);
        QCOMPARE(stv.maximumChoices(), 3);
        QVERIFY(stv.canAdd({7, 5}, 6));
        QVERIFY(!stv.canAdd({7, 5, 6}, 6));
        QCOMPARE(stv.stillNeeded({}), 1);
        QCOMPARE(stv.stillNeeded({7}), 0);
    }

    void nobodyToChooseMeansNoBallot()
    {
        const BallotRules rules(CountingMethod::Block, 2, {});
        QCOMPARE(rules.maximumChoices(), 0);
        QCOMPARE(rules.problem({}), BallotRules::Problem::TooFew);
        QVERIFY(!rules.canAdd({}, 1));
    }
};

QTEST_GUILESS_MAIN(TestBallotRules)
#include "TestBallotRules.moc"
