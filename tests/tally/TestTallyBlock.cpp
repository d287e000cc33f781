#include "TallyTestSupport.h"

#include "core/tally/SeededRandom.h"

#include <QSet>

#include <random>

using namespace Elect::Tally;
using namespace Elect::Tally::Testing;

// Block (the seed's "choose exactly N" rule), approval and referendum: single-count methods.
class TestTallyBlock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockElectsTheNWithMostVotes()
    {
        const QStringList names{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
        const BallotBox b = box({{5, {0, 1}}, {3, {1, 2}}, {2, {2, 3}}, {1, {0}}, {1, {0, 0}}}, true);
        const TallyResult r = run(contest(CountingMethod::Block, names, 2), b);
        QCOMPARE(r.validBallots, 10);
        QCOMPARE(r.invalidBallots, 2); // one mark instead of two; the same candidate twice
        QCOMPARE(r.rounds.first().votes, (QVector<qint64>{5, 8, 5, 2}));
        // B first; A and C tie on 5 for the second seat: decided by lot, written in the report.
        const QStringList elected = electedNames(r);
        QVERIFY2(elected == (QStringList{QStringLiteral("B"), QStringLiteral("A")}) ||
                     elected == (QStringList{QStringLiteral("B"), QStringLiteral("C")}),
                 qPrintable(elected.join(QLatin1Char(','))));
        QVERIFY(notesContain(r.rounds.first(), QStringLiteral("lot")));
        QCOMPARE(r.outcomes.at(1).rank, 1);
        QCOMPARE(r.outcomes.at(r.elected.at(1)).rank, 2);
        QCOMPARE(r.outcomes.at(2 - r.elected.at(1)).rank, 3); // the other of A (0) and C (2)
        QCOMPARE(r.outcomes.at(2 - r.elected.at(1)).status, CandidateStatus::NotElected);
        QCOMPARE(r.outcomes.at(3).rank, 4);
    }

    void blockAtMostN()
    {
        Contest c = contest(CountingMethod::Block, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, 2);
        c.options.allowFewerVotes = true;
        const TallyResult r = run(c, box({{4, {0}}, {3, {1, 2}}, {1, {0, 1, 2}}, {1, {}}}, true));
        QCOMPARE(r.validBallots, 7);
        QCOMPARE(r.invalidBallots, 2);
        const QStringList elected = electedNames(r);
        QVERIFY2(elected == (QStringList{QStringLiteral("A"), QStringLiteral("B")}) ||
                     elected == (QStringList{QStringLiteral("A"), QStringLiteral("C")}),
                 qPrintable(elected.join(QLatin1Char(','))));
        QCOMPARE(r.outcomes.at(0).votes, 4);
        // B and C tie on 3 for the second seat: the draw ranks its winner 2 and the other 3.
        QCOMPARE(r.outcomes.at(r.elected.at(1)).rank, 2);
        QCOMPARE(r.outcomes.at(3 - r.elected.at(1)).rank, 3);
    }

    void blockTieForLastSeatIsReproducibleAndUsesTheSeed()
    {
        const BallotBox b = box({{1, {0}}, {1, {1}}, {1, {2}}}, true);
        QSet<int> winners;
        for (quint64 seed = 1; seed <= 30; ++seed) {
            const QStringList names{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
            const TallyResult r = run(contest(CountingMethod::Block, names, 1, seed), b);
            QCOMPARE(run(contest(CountingMethod::Block, names, 1, seed), b).elected, r.elected);
            winners.insert(r.elected.first());
        }
        QCOMPARE(winners, (QSet<int>{0, 1, 2}));
    }

    void zeroVotesFewerCandidatesThanSeatsAndEmpty()
    {
        const QStringList names{QStringLiteral("A"), QStringLiteral("B")};
        // Three seats, two candidates: votes per voter falls to two and both win; one seat stays empty.
        const TallyResult r = run(contest(CountingMethod::Block, names, 3), box({{2, {0, 1}}, {3, {0}}}, true));
        QCOMPARE(electedNames(r), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(r.outcomes.at(0).votes, 2); // a single mark is not two: that ballot is invalid
        QCOMPARE(r.outcomes.at(1).votes, 2);
        QVERIFY(notesContain(r.rounds.first(), QStringLiteral("seats stay empty")));

        Contest c = contest(CountingMethod::Block, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("Z")}, 1);
        c.options.votesPerVoter = 1;
        const TallyResult z = run(c, box({{2, {0}}, {1, {1}}}, true));
        QCOMPARE(z.outcomes.at(2).votes, 0);
        QCOMPARE(z.outcomes.at(2).rank, 3);
        QCOMPARE(z.elected, QVector<int>{0});

        const TallyResult empty = run(contest(CountingMethod::Block, names, 1), BallotBox(true));
        QVERIFY(empty.elected.isEmpty());
    }

    void blockWithdrawnCandidateNeverWins()
    {
        Contest c = contest(CountingMethod::Block, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, 1);
        c.withdrawn = {true, false, false};
        const TallyResult r = run(c, box({{9, {0}}, {2, {1}}, {1, {2}}}, true));
        QCOMPARE(r.elected, QVector<int>{1});
        QCOMPARE(r.outcomes.at(0).status, CandidateStatus::Withdrawn);
        QCOMPARE(r.outcomes.at(0).votes, 0);
    }

    void approvalRespectsMinimumAndMaximum()
    {
        Contest c =
            contest(CountingMethod::Approval, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, 1);
        c.options.minApprovals = 1;
        c.options.maxApprovals = 2;
        const TallyResult r = run(c, box({{3, {0, 1}}, {2, {1}}, {4, {0, 1, 2}}, {1, {}}, {2, {2}}}, true));
        QCOMPARE(r.invalidBallots, 5);
        QCOMPARE(r.rounds.first().votes, (QVector<qint64>{3, 5, 2}));
        QCOMPARE(r.elected, QVector<int>{1});

        c.options.minApprovals = 3;
        QVERIFY(!TallyEngine::count(c, BallotBox(true)).ok());
    }

    void approvalTieByLot()
    {
        const TallyResult r = run(contest(CountingMethod::Approval, {QStringLiteral("A"), QStringLiteral("B")}, 1, 5),
                                  box({{2, {0, 1}}}, true));
        // Two approvals each: a lot elects one, the other ranks second.
        QCOMPARE(r.elected.size(), 1);
        QCOMPARE(r.outcomes.at(r.elected.first()).status, CandidateStatus::Elected);
        QCOMPARE(r.outcomes.at(1 - r.elected.first()).rank, 2);
        QCOMPARE(r.outcomes.at(0).votes, 2);
        QCOMPARE(r.outcomes.at(1).votes, 2);
        QVERIFY(notesContain(r.rounds.first(), QStringLiteral("lot")));
    }

    void referendumSimpleMajority()
    {
        const QStringList options{QStringLiteral("Yes"), QStringLiteral("No"), QStringLiteral("Abstain")};
        const TallyResult r =
            run(contest(CountingMethod::Referendum, options), box({{6, {0}}, {5, {1}}, {9, {2}}, {1, {0, 1}}}, true));
        QVERIFY(r.referendum->passed);
        QCOMPARE(r.invalidBallots, 1);
        QCOMPARE(r.referendum->turnout, 21);
        const TallyResult tie = run(contest(CountingMethod::Referendum, options), box({{5, {0}}, {5, {1}}}, true));
        QVERIFY(!tie.referendum->passed);
        QCOMPARE(tie.elected, QVector<int>{1});
    }

    void referendumTwoThirdsAndQuorum()
    {
        Contest c = contest(CountingMethod::Referendum, {QStringLiteral("Yes"), QStringLiteral("No")});
        c.options.majority = {2, 3};
        c.options.majorityStrict = false;
        QVERIFY(run(c, box({{20, {0}}, {10, {1}}}, true)).referendum->passed); // exactly two-thirds
        QVERIFY(!run(c, box({{19, {0}}, {10, {1}}}, true)).referendum->passed);
        c.options.quorum = {1, 2};
        c.options.electorate = 100;
        const TallyResult low = run(c, box({{40, {0}}, {9, {1}}}, true));
        QVERIFY(!low.referendum->quorumMet);
        QVERIFY(low.referendum->majorityMet);
        QVERIFY(!low.referendum->passed);
        QVERIFY(run(c, box({{41, {0}}, {9, {1}}}, true)).referendum->passed);
        c.options.electorate = 0;
        QVERIFY(!TallyEngine::count(c, BallotBox(true)).ok());
        QVERIFY(
            !TallyEngine::count(contest(CountingMethod::Referendum, {QStringLiteral("Only")}), BallotBox(true)).ok());
    }

    // The draw code is ours, so these values are the same with every standard library.
    void seededDrawsArePortable()
    {
        SeededRandom random(42);
        QVector<quint64> draws;
        for (int i = 0; i < 6; ++i)
            draws << random.below(10);
        SeededRandom again(42);
        for (int i = 0; i < 6; ++i)
            QCOMPARE(again.below(10), draws.at(i));
        // std::mt19937_64's 10000th output for the default seed is fixed by the C++ standard.
        std::mt19937_64 engine;
        engine.discard(9999);
        QCOMPARE(engine(), quint64(9981545732273789042ULL));
        QCOMPARE(draws, (QVector<quint64>{6, 4, 0, 2, 1, 8}));
    }

    void aggregationMergesIdenticalBallots()
    {
        BallotBox ranked;
        QVERIFY(ranked.add({0, 1}, 2));
        QVERIFY(ranked.add({0, 1}));
        QVERIFY(ranked.add({1, 0}));
        QCOMPARE(ranked.distinctCount(), 2);
        QCOMPARE(ranked.totalWeight(), quint64(4));
        BallotBox marked(true);
        QVERIFY(marked.add({0, 1}));
        QVERIFY(marked.add({1, 0}));
        QCOMPARE(marked.distinctCount(), 1);
        QVERIFY(!marked.add({1}, 0));
        QVERIFY(!marked.add({1}, BallotBox::MaxTotalWeight));
        // Many distinct ballots force the table to grow; all are still found.
        BallotBox many;
        for (int i = 0; i < 5000; ++i)
            QVERIFY(many.add({i % 7, i % 11, i % 13}));
        QCOMPARE(many.distinctCount(), 1001);
        QCOMPARE(many.totalWeight(), quint64(5000));
    }
};

QTEST_GUILESS_MAIN(TestTallyBlock)
#include "TestTallyBlock.moc"
