#include "TallyTestSupport.h"

#include "core/tally/BltReader.h"
#include "TestPaths.h"

#include <QSet>

#include <utility>

using namespace Elect::Tally;
using namespace Elect::Tally::Testing;

namespace {
constexpr qint64 U = 100000;
}

class TestTallyStv : public QObject
{
    Q_OBJECT

    /// Counts with run() and keeps the result for cleanup()'s checks.
    TallyResult stv(const Contest& c, const BallotBox& b)
    {
        m_results << run(c, b);
        return m_results.last();
    }

    QVector<TallyResult> m_results;

private Q_SLOTS:
    // Checks every count of the test just run: at every stage, the votes lost to truncation are
    // never negative (rounding up instead of truncating makes them so) and never fall, and every
    // vote is accounted for: candidates + non-transferable + lost = valid ballots.
    void cleanup()
    {
        const QVector<TallyResult> results = std::exchange(m_results, {});
        for (const TallyResult& r : results) {
            qint64 lostBefore = 0;
            for (const Round& round : r.rounds) {
                QVERIFY2(round.lost >= 0,
                         qPrintable(QStringLiteral("round %1 lost %2").arg(round.number).arg(round.lost)));
                QVERIFY2(round.lost >= lostBefore, qPrintable(QStringLiteral("round %1").arg(round.number)));
                lostBefore = round.lost;
                qint64 sum = round.exhausted + round.lost;
                for (qint64 v : round.votes)
                    sum += v;
                QCOMPARE(sum, r.validBallots * U);
            }
        }
    }

    // Source: Wikipedia, "Single transferable vote", section "Example" (the food election:
    // 20 voters, 3 seats, Droop quota 6; Chocolate, Oranges and Strawberries are elected).
    void wikipediaFoodElection()
    {
        const QStringList names{QStringLiteral("Oranges"), QStringLiteral("Pears"), QStringLiteral("Chocolate"),
                                QStringLiteral("Strawberries"), QStringLiteral("Bonbons")};
        const BallotBox b = box({{4, {0}}, {2, {1, 0}}, {8, {2, 3}}, {4, {2, 4}}, {1, {3}}, {1, {4}}});
        const TallyResult r = stv(contest(CountingMethod::Stv, names, 3), b);
        QCOMPARE(r.quota, 6);
        QCOMPARE(electedNames(r),
                 (QStringList{QStringLiteral("Chocolate"), QStringLiteral("Oranges"), QStringLiteral("Strawberries")}));
        QCOMPARE(r.rounds.at(1).kind, RoundKind::SurplusTransfer);
        QCOMPARE(r.rounds.at(1).transferValue, U / 2);
        QCOMPARE(r.rounds.at(1).votes.at(3), 5 * U); // Strawberries 1 + 8 x 0.5
        QCOMPARE(r.rounds.at(1).votes.at(4), 3 * U); // Bonbons 1 + 4 x 0.5
        QCOMPARE(r.rounds.at(2).kind, RoundKind::Exclusion);
        QCOMPARE(r.rounds.at(2).subject, 1); // Pears
        QCOMPARE(r.rounds.at(2).elected, QVector<int>{0});
        QCOMPARE(r.outcomes.at(1).status, CandidateStatus::Excluded);
    }

    // The same election read from a BLT file.
    void wikipediaFoodElectionFromBlt()
    {
        const auto file = BltReader::readFile(QStringLiteral(ELECT_TEST_DATA_DIR "/tally/wikipedia_food.blt"));
        QVERIFY2(file.ok(), qPrintable(file.message()));
        const ConstituencyBallots& part = file->constituencies.first();
        QCOMPARE(file->defaultSeats, 3);
        Contest c = contest(CountingMethod::Stv, part.candidates, file->defaultSeats);
        const TallyResult r = stv(c, part.ballots);
        QCOMPARE(electedNames(r),
                 (QStringList{QStringLiteral("Chocolate"), QStringLiteral("Oranges"), QStringLiteral("Strawberries")}));
    }

    // Hand-checked: A's surplus elects B, whose surplus (all of B's papers, inclusive) elects C.
    // Quota 26; A 80: transfer value 54/80 = 0.675 gives B 54; B's surplus 28 at 28 x 0.675 / 54 =
    // 0.35 per paper gives C 28.
    void surplusesElectInCascade()
    {
        const QStringList names{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                                QStringLiteral("E")};
        const BallotBox b = box({{80, {0, 1, 2}}, {10, {3}}, {10, {4}}});
        const TallyResult r = stv(contest(CountingMethod::Stv, names, 3), b);
        QCOMPARE(r.quota, 26);
        QCOMPARE(electedNames(r), (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
        QCOMPARE(r.rounds.size(), 3);
        QCOMPARE(r.rounds.at(1).transferValue, 67500);
        QCOMPARE(r.rounds.at(1).votes.at(1), 54 * U);
        QCOMPARE(r.rounds.at(2).subject, 1);
        QCOMPARE(r.rounds.at(2).votes.at(2), 28 * U);
        QCOMPARE(r.rounds.at(2).elected, QVector<int>{2});
        QCOMPARE(r.outcomes.at(2).rank, 3);
    }

    // Hand-checked truncation (rule 48(3)): quota 5; A's surplus 2 over 7 papers is 0.285714...,
    // truncated to 0.28571, so B receives 1.99997 and 0.00003 is lost.
    void transferValuesAreTruncatedToFiveDecimals()
    {
        const QStringList names{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        const BallotBox b = box({{7, {0, 1}}, {2, {1}}, {3, {2}}});
        const TallyResult r = stv(contest(CountingMethod::Stv, names, 2), b);
        QCOMPARE(r.quota, 5);
        QCOMPARE(r.rounds.at(1).transferValue, 28571);
        QCOMPARE(r.rounds.at(1).votes.at(1), 399997);
        QCOMPARE(r.rounds.at(1).lost, 3);
        // C (3) is excluded, then B is the only continuing candidate for the last vacancy.
        QCOMPARE(r.rounds.at(2).subject, 2);
        QCOMPARE(r.rounds.at(2).exhausted, 3 * U);
        QCOMPARE(r.rounds.last().kind, RoundKind::LastVacancies);
        QCOMPARE(electedNames(r), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(r.outcomes.at(1).votes, 399997);
    }

    // Hand-checked truncation where rounding would differ: quota 11 / 3 + 1 = 4; A's surplus 5
    // over 9 papers is 0.555555..., truncated to 0.55555 (rounding would give 0.55556), so B
    // receives 9 x 0.55555 = 4.99995 and 0.00005 is lost (rounding would "lose" -0.00004).
    void transferValuesAreTruncatedNotRounded()
    {
        const QStringList names{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        const BallotBox b = box({{9, {0, 1}}, {2, {2}}});
        const TallyResult r = stv(contest(CountingMethod::Stv, names, 2), b);
        QCOMPARE(r.quota, 4);
        QCOMPARE(r.rounds.at(1).kind, RoundKind::SurplusTransfer);
        QCOMPARE(r.rounds.at(1).transferValue, 55555);
        QCOMPARE(r.rounds.at(1).votes.at(1), 499995);
        QCOMPARE(r.rounds.at(1).lost, 5);
        QCOMPARE(electedNames(r), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(r.outcomes.at(1).votes, 499995);
        QCOMPARE(r.outcomes.at(2).rank, 3);
    }

    // Rule 51(2)(a): C and D tie on 3 at stage 2; at stage 1 C had 1 and D 3, so C is excluded.
    void exclusionTieDecidedByEarlierStage()
    {
        const QStringList names{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")};
        const BallotBox b = box({{10, {0, 2}}, {7, {1}}, {1, {2}}, {3, {3}}});
        const TallyResult r = stv(contest(CountingMethod::Stv, names, 2), b);
        QCOMPARE(r.quota, 8);
        QCOMPARE(r.rounds.at(1).votes.at(2), 3 * U);
        QCOMPARE(r.rounds.at(1).votes.at(3), 3 * U);
        QCOMPARE(r.rounds.at(2).subject, 2);
        QVERIFY(notesContain(r.rounds.at(2), QStringLiteral("round 1")));
        QCOMPARE(electedNames(r), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    }

    // Rule 51(2)(b): equal at every stage, so a lot decides; the same seed gives the same draw
    // and different seeds can give either candidate.
    void exclusionTieDecidedByLotReproducibly()
    {
        const QStringList names{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        const BallotBox b = box({{3, {0}}, {3, {1}}, {4, {2}}});
        QSet<int> excludedFirst;
        for (quint64 seed = 1; seed <= 20; ++seed) {
            const TallyResult r1 = stv(contest(CountingMethod::Stv, names, 1, seed), b);
            const TallyResult r2 = stv(contest(CountingMethod::Stv, names, 1, seed), b);
            QCOMPARE(r1.rounds.at(1).subject, r2.rounds.at(1).subject);
            QCOMPARE(r1.seed, seed);
            QVERIFY(notesContain(r1.rounds.at(1), QStringLiteral("lot")));
            excludedFirst.insert(r1.rounds.at(1).subject);
            QCOMPARE(electedNames(r1), QStringList{QStringLiteral("C")});
        }
        QCOMPARE(excludedFirst, (QSet<int>{0, 1}));
    }

    // Rule 49: equal surpluses; no earlier stage separates them, so a lot picks which goes first,
    // and both surpluses are then transferred in turn.
    void equalSurplusesTieByLot()
    {
        const QStringList names{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                                QStringLiteral("E")};
        // quota 31 (120 / 3 + 1... with 3 seats: 120 / 4 + 1 = 31); A and B 40 each.
        const BallotBox b = box({{40, {0, 2}}, {40, {1, 3}}, {20, {2}}, {20, {4}}});
        const TallyResult r = stv(contest(CountingMethod::Stv, names, 3, 7), b);
        QCOMPARE(r.quota, 31);
        QCOMPARE(r.rounds.at(0).elected.size(), 2);
        QVERIFY(notesContain(r.rounds.at(0), QStringLiteral("lot")));
        QCOMPARE(r.rounds.at(1).kind, RoundKind::SurplusTransfer);
        QVERIFY(notesContain(r.rounds.at(1), QStringLiteral("lot")));
        QCOMPARE(r.rounds.at(2).kind, RoundKind::SurplusTransfer);
        QVERIFY(r.rounds.at(1).subject != r.rounds.at(2).subject);
        // C: 20 + 40 x 9/40 = 29; D: 40 x 0.225 = 9; E 20: D is excluded, then C and E remain.
        QCOMPARE(r.rounds.at(2).votes.at(2), 29 * U);
        QCOMPARE(electedNames(r).mid(2), QStringList{QStringLiteral("C")});
    }

    void fewerCandidatesThanSeats()
    {
        const BallotBox b = box({{5, {0, 1}}, {2, {1}}});
        const TallyResult r = stv(contest(CountingMethod::Stv, {QStringLiteral("A"), QStringLiteral("B")}, 3), b);
        QCOMPARE(electedNames(r), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(r.rounds.last().kind, RoundKind::LastVacancies);
        QVERIFY(notesContain(r.rounds.last(), QStringLiteral("seats stay empty")));
    }

    // All of A's surplus is non-transferable; B and C have no votes and tie at every stage.
    void allBallotsExhaustedAndZeroVoteCandidates()
    {
        const QStringList names{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        const BallotBox b = box({{10, {0}}});
        const TallyResult r = stv(contest(CountingMethod::Stv, names, 2), b);
        QCOMPARE(r.quota, 4);
        QCOMPARE(r.rounds.at(1).exhausted, 6 * U);
        QCOMPARE(r.rounds.at(2).kind, RoundKind::Exclusion);
        QVERIFY(notesContain(r.rounds.at(2), QStringLiteral("lot")));
        // A, then one of B and C by lot with no votes.
        QCOMPARE(r.elected.size(), 2);
        QCOMPARE(electedNames(r).first(), QStringLiteral("A"));
        QVERIFY(r.elected.at(1) == 1 || r.elected.at(1) == 2);
        QCOMPARE(r.outcomes.at(r.elected.at(1)).votes, 0);
        QCOMPARE(r.outcomes.at(3 - r.elected.at(1)).status, CandidateStatus::Excluded);
    }

    void emptyElectionElectsNobody()
    {
        const TallyResult r =
            stv(contest(CountingMethod::Stv, {QStringLiteral("A"), QStringLiteral("B")}, 1), BallotBox());
        QVERIFY(r.elected.isEmpty());
        QCOMPARE(r.validBallots, 0);
        QVERIFY(!r.notes.isEmpty());
    }

    // A withdrawn candidate's preferences are skipped; a ballot naming only them is invalid.
    void withdrawnCandidatesAreSkipped()
    {
        Contest c = contest(CountingMethod::Stv, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, 1);
        c.withdrawn = {false, true, false};
        const BallotBox b = box({{3, {1, 2}}, {2, {0}}, {1, {1}}});
        const TallyResult r = stv(c, b);
        QCOMPARE(r.invalidBallots, 1);
        QCOMPARE(r.rounds.at(0).votes.at(2), 3 * U);
        QCOMPARE(r.outcomes.at(1).status, CandidateStatus::Withdrawn);
        QCOMPARE(electedNames(r), QStringList{QStringLiteral("C")});
    }

    void refusesBallotsNamingUnknownCandidates()
    {
        const BallotBox b = box({{1, {5}}});
        QVERIFY(!TallyEngine::count(contest(CountingMethod::Stv, {QStringLiteral("A")}, 1), b).ok());
        QVERIFY(!TallyEngine::count(contest(CountingMethod::Stv, {QStringLiteral("A")}, 0), BallotBox()).ok());
    }

    // Every vote is accounted for at every stage: candidates + non-transferable + lost = valid.
    void votesAreConserved()
    {
        const QStringList names{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                QStringLiteral("D"), QStringLiteral("E"), QStringLiteral("F")};
        const BallotBox b = box({{31, {0, 1, 2}},
                                 {17, {1, 0, 3}},
                                 {13, {2, 4}},
                                 {11, {3, 5, 0}},
                                 {7, {4, 2, 1}},
                                 {5, {5, 3}},
                                 {3, {0, 5, 4, 3}}});
        const TallyResult r = stv(contest(CountingMethod::Stv, names, 3), b);
        for (const Round& round : r.rounds) {
            qint64 sum = round.exhausted + round.lost;
            for (qint64 v : round.votes)
                sum += v;
            QCOMPARE(sum, r.validBallots * U);
        }
        QCOMPARE(electedNames(r), (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    }
};

QTEST_GUILESS_MAIN(TestTallyStv)
#include "TestTallyStv.moc"
