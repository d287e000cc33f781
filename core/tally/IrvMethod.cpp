#include "core/tally/IrvMethod.h"

#include "core/tally/BallotPiles.h"

#include <QCoreApplication>

#include <algorithm>

namespace Elect::Tally {

QString IrvMethod::tieBreakRule() const
{
    return QCoreApplication::translate(
        "Elect::Tally",
        "When two or more candidates tie for fewest votes, the one with fewer votes in the most recent earlier round "
        "in which they differed is excluded; if they were equal in every round, a lot drawn with the recorded seed "
        "decides. Candidates with no votes are excluded together without a draw.");
}

Result<TallyResult> IrvMethod::count(const Contest& contest, const BallotBox& ballots, TieBreaker& ties) const
{
    const int n = int(contest.candidates.size());
    TallyResult result = startResult(contest, ballots, ties);
    result.seats = 1;
    QVector<bool> continuing(n);
    for (int c = 0; c < n; ++c)
        continuing[c] = !contest.isWithdrawn(c);

    BallotPiles piles(ballots, n, 1);
    result.invalidBallots = qint64(piles.distribute(continuing));
    result.validBallots = result.totalBallots - result.invalidBallots;
    if (result.validBallots == 0) {
        electNobody(result, contest);
        return result;
    }

    QVector<qint64> votes(n, 0);
    for (int c = 0; c < n; ++c) {
        for (quint32 b : piles.pile(c))
            votes[c] += qint64(piles.weight(b));
    }
    QVector<QVector<qint64>> history;
    QVector<QVector<int>> exclusions; // in order, for the ranks
    qint64 exhausted = 0;
    Round round;
    round.number = 1;
    round.kind = RoundKind::FirstPreferences;
    round.votes = votes;
    round.transfers = votes;

    for (;;) {
        qint64 total = 0;
        QVector<int> alive;
        for (int c = 0; c < n; ++c) {
            if (continuing.at(c)) {
                alive << c;
                total += votes.at(c);
            }
        }
        int leader = alive.first();
        for (int c : alive) {
            if (votes.at(c) > votes.at(leader))
                leader = c;
        }
        if (2 * votes.at(leader) > total || alive.size() == 1) {
            round.elected << leader;
            round.notes << QCoreApplication::translate("Elect::Tally",
                                                       "%1 has %2 of the %3 votes of continuing ballots, a majority, "
                                                       "and is elected.")
                               .arg(contest.candidates.at(leader))
                               .arg(votes.at(leader))
                               .arg(total);
            result.elected << leader;
            result.outcomes[leader].status = CandidateStatus::Elected;
            result.outcomes[leader].rank = 1;
            result.outcomes[leader].votes = votes.at(leader);
            result.outcomes[leader].decidedInRound = round.number;
            // Candidates still continuing beside the winner rank by their final votes.
            QVector<int> others = alive;
            others.removeOne(leader);
            std::stable_sort(others.begin(), others.end(), [&](int a, int b) { return votes.at(a) > votes.at(b); });
            for (int i = 0; i < others.size(); ++i) {
                const int c = others.at(i);
                result.outcomes[c].votes = votes.at(c);
                result.outcomes[c].rank = (i > 0 && votes.at(others.at(i - 1)) == votes.at(c))
                                              ? result.outcomes[others.at(i - 1)].rank
                                              : 2 + i;
            }
            result.rounds << round;
            break;
        }

        QVector<int> zero;
        for (int c : alive) {
            if (votes.at(c) == 0)
                zero << c;
        }
        QVector<int> toExclude;
        QStringList why;
        if (!zero.isEmpty() && zero.size() < alive.size() && zero.size() > 1) {
            toExclude = zero;
            why << QCoreApplication::translate("Elect::Tally", "%1 have no votes and are excluded together.")
                       .arg(ties.names(zero));
        } else {
            qint64 lowest = votes.at(alive.first());
            for (int c : alive)
                lowest = std::min(lowest, votes.at(c));
            QVector<int> tied;
            for (int c : alive) {
                if (votes.at(c) == lowest)
                    tied << c;
            }
            const int x = ties.pick(tied, true, history,
                                    QCoreApplication::translate("Elect::Tally", "fewest votes, to be excluded"), why);
            toExclude << x;
            why << QCoreApplication::translate("Elect::Tally", "%1 has the fewest votes (%2) and is excluded.")
                       .arg(contest.candidates.at(x))
                       .arg(lowest);
        }
        result.rounds << round;
        history << round.votes;

        Round next;
        next.number = round.number + 1;
        next.kind = RoundKind::Exclusion;
        next.subject = toExclude.size() == 1 ? toExclude.first() : -1;
        next.excluded = toExclude;
        next.notes = why;
        for (int x : toExclude) {
            continuing[x] = false;
            result.outcomes[x].status = CandidateStatus::Excluded;
            result.outcomes[x].votes = votes.at(x);
            result.outcomes[x].decidedInRound = next.number;
        }
        const QVector<qint64> before = votes;
        for (int x : toExclude) {
            piles.transfer(x, continuing, [&](quint32 b, int to) {
                const qint64 w = qint64(piles.weight(b));
                if (to < 0)
                    exhausted += w;
                else
                    votes[to] += w;
            });
            votes[x] = 0;
        }
        next.votes = votes;
        next.transfers.resize(n);
        for (int c = 0; c < n; ++c)
            next.transfers[c] = votes.at(c) - before.at(c);
        next.exhausted = exhausted;
        exclusions << toExclude;
        round = next;
    }

    // The last excluded ranks just below the candidates still continuing at the end.
    int rank = 1;
    for (const CandidateOutcome& o : result.outcomes) {
        if (o.status != CandidateStatus::Excluded && o.status != CandidateStatus::Withdrawn)
            ++rank;
    }
    for (int i = int(exclusions.size()) - 1; i >= 0; --i) {
        for (int x : exclusions.at(i))
            result.outcomes[x].rank = rank;
        rank += int(exclusions.at(i).size());
    }
    return result;
}

} // namespace Elect::Tally
