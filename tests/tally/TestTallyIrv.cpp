#include "TallyTestSupport.h"

#include <QSet>

using namespace Elect::Tally;
using namespace Elect::Tally::Testing;

class TestTallyIrv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Source: Wikipedia, "Instant-runoff voting", worked example "Tennessee capital" (Memphis 42 %,
    // Nashville 26 %, Chattanooga 15 %, Knoxville 17 %): Chattanooga, then Nashville are excluded
    // and Knoxville wins with 58 %.
    void wikipediaTennesseeExample()
    {
        const QStringList names{QStringLiteral("Memphis"), QStringLiteral("Nashville"), QStringLiteral("Chattanooga"),
                                QStringLiteral("Knoxville")};
        const BallotBox b = box({{42, {0, 1, 2, 3}}, {26, {1, 2, 3, 0}}, {15, {2, 3, 1, 0}}, {17, {3, 2, 1, 0}}});
        const TallyResult r = run(contest(CountingMethod::Irv, names), b);
        QCOMPARE(r.rounds.size(), 3);
        QCOMPARE(r.rounds.at(1).excluded, QVector<int>{2});
        QCOMPARE(r.rounds.at(1).votes.at(3), 32);
        QCOMPARE(r.rounds.at(2).excluded, QVector<int>{1});
        QCOMPARE(r.rounds.at(2).votes.at(3), 58);
        QCOMPARE(electedNames(r), QStringList{QStringLiteral("Knoxville")});
        QCOMPARE(r.outcomes.at(0).rank, 2);
        QCOMPARE(r.outcomes.at(1).rank, 3);
        QCOMPARE(r.outcomes.at(2).rank, 4);
    }

    void majorityInFirstRound()
    {
        const BallotBox b = box({{6, {0}}, {5, {1, 0}}});
        const TallyResult r = run(contest(CountingMethod::Irv, {QStringLiteral("A"), QStringLiteral("B")}), b);
        QCOMPARE(r.rounds.size(), 1);
        QCOMPARE(r.elected, QVector<int>{0});
    }

    // The majority is of continuing ballots: after C's bullet votes exhaust, A's 5 of 9 win.
    void majorityOfContinuingBallots()
    {
        const BallotBox b = box({{5, {0}}, {4, {1}}, {2, {2}}});
        const TallyResult r =
            run(contest(CountingMethod::Irv, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}), b);
        QCOMPARE(r.rounds.size(), 2);
        QCOMPARE(r.rounds.at(1).exhausted, 2);
        QCOMPARE(r.elected, QVector<int>{0});
    }

    void lowestTieLookBack()
    {
        // Round 1: A8 B4 C3 D1; D's ballot goes to C, so round 2 has B4 C4; in round 1 C had
        // fewer, so C is excluded in round 3.
        const QStringList names{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
        const BallotBox b = box({{8, {0}}, {4, {1, 0}}, {3, {2, 1}}, {1, {3, 2}}});
        const TallyResult r = run(contest(CountingMethod::Irv, names), b);
        QCOMPARE(r.rounds.at(1).excluded, QVector<int>{3});
        QCOMPARE(r.rounds.at(1).votes.at(1), 4);
        QCOMPARE(r.rounds.at(1).votes.at(2), 4);
        QCOMPARE(r.rounds.at(2).excluded, QVector<int>{2});
        QVERIFY(notesContain(r.rounds.at(2), QStringLiteral("round 1")));
        QCOMPARE(r.rounds.at(2).votes.at(1), 7);
        QCOMPARE(r.elected, QVector<int>{0}); // A 8 of 15
    }

    void tieForLowestByLotIsReproducible()
    {
        const BallotBox b = box({{4, {0}}, {2, {1, 0}}, {2, {2, 1}}});
        QSet<int> firstOut;
        for (quint64 seed = 1; seed <= 20; ++seed) {
            const TallyResult r = run(
                contest(CountingMethod::Irv, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, 1, seed),
                b);
            const TallyResult again = run(
                contest(CountingMethod::Irv, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, 1, seed),
                b);
            QCOMPARE(r.rounds.at(1).excluded, again.rounds.at(1).excluded);
            QVERIFY(notesContain(r.rounds.at(1), QStringLiteral("lot")));
            firstOut.insert(r.rounds.at(1).excluded.first());
            QCOMPARE(r.elected, QVector<int>{0});
        }
        QCOMPARE(firstOut, (QSet<int>{1, 2}));
    }

    // A 50-50 final round: no majority, so one is excluded by lot and the other wins.
    void finalTieDecidedByLot()
    {
        const BallotBox b = box({{3, {0}}, {3, {1}}});
        const TallyResult r = run(contest(CountingMethod::Irv, {QStringLiteral("A"), QStringLiteral("B")}, 1, 99), b);
        QCOMPARE(r.rounds.size(), 2);
        QVERIFY(notesContain(r.rounds.at(1), QStringLiteral("lot")));
        QCOMPARE(r.elected.size(), 1);
        QCOMPARE(r.outcomes.at(r.elected.first()).rank, 1);
        QCOMPARE(r.outcomes.at(r.elected.first()).votes, 3);
        // The other was excluded by the lot in round 2.
        QCOMPARE(r.rounds.at(1).excluded, QVector<int>{1 - r.elected.first()});
        QCOMPARE(r.outcomes.at(1 - r.elected.first()).status, CandidateStatus::Excluded);
        QCOMPARE(r.outcomes.at(1 - r.elected.first()).rank, 2);
    }

    void zeroVoteCandidatesExcludedTogether()
    {
        const QStringList names{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
        const BallotBox b = box({{3, {0}}, {3, {1}}});
        const TallyResult r = run(contest(CountingMethod::Irv, names), b);
        QCOMPARE(r.rounds.at(1).excluded, (QVector<int>{2, 3}));
        QVERIFY(!notesContain(r.rounds.at(1), QStringLiteral("lot")));
        QCOMPARE(r.outcomes.at(2).rank, 3);
        QCOMPARE(r.outcomes.at(3).rank, 3);
        // Then A and B tie at every round: a lot elects one of them.
        QCOMPARE(r.elected.size(), 1);
        QVERIFY(r.elected.first() == 0 || r.elected.first() == 1);
        QCOMPARE(r.outcomes.at(1 - r.elected.first()).rank, 2);
        QVERIFY(notesContain(r.rounds.at(2), QStringLiteral("lot")));
    }

    void emptyAndAllWithdrawn()
    {
        const TallyResult empty = run(contest(CountingMethod::Irv, {QStringLiteral("A")}), BallotBox());
        QVERIFY(empty.elected.isEmpty());
        Contest c = contest(CountingMethod::Irv, {QStringLiteral("A"), QStringLiteral("B")});
        c.withdrawn = {true, false};
        const TallyResult r = run(c, box({{4, {0}}, {1, {0, 1}}}));
        QCOMPARE(r.invalidBallots, 4);
        QCOMPARE(r.elected, QVector<int>{1});
        QCOMPARE(r.outcomes.at(0).status, CandidateStatus::Withdrawn);
    }
};

QTEST_GUILESS_MAIN(TestTallyIrv)
#include "TestTallyIrv.moc"
