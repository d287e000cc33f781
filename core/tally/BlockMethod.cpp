#include "core/tally/BlockMethod.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace Elect::Tally {

namespace {

/// Sorted copy of a ballot's marks; false if it marks a candidate twice.
bool distinctMarks(const BallotBox& ballots, int b, std::vector<BallotBox::CandidateId>& out)
{
    out.assign(ballots.marks(b), ballots.marks(b) + ballots.length(b));
    std::sort(out.begin(), out.end());
    return std::adjacent_find(out.begin(), out.end()) == out.end();
}

} // namespace

QString BlockMethod::tieBreakRule() const
{
    return QCoreApplication::translate("Elect::Tally",
                                       "A tie for the last seat is decided by lot, drawn with the recorded seed (a "
                                       "single count has no earlier round to look back to). Candidates with equal "
                                       "votes who all win or all lose share a rank.");
}

Result<TallyResult> BlockMethod::count(const Contest& contest, const BallotBox& ballots, TieBreaker& ties) const
{
    const int n = int(contest.candidates.size());
    TallyResult result = startResult(contest, ballots, ties);
    int perVoter = contest.options.votesPerVoter > 0 ? contest.options.votesPerVoter : contest.options.seats;
    if (perVoter > n) {
        result.notes << QCoreApplication::translate("Elect::Tally",
                                                    "Votes per voter lowered from %1 to the number of candidates, %2.")
                            .arg(perVoter)
                            .arg(n);
        perVoter = n;
    }
    result.notes << (contest.options.allowFewerVotes
                         ? QCoreApplication::translate("Elect::Tally", "A valid ballot marks from 1 to %1 candidates.")
                               .arg(perVoter)
                         : QCoreApplication::translate("Elect::Tally", "A valid ballot marks exactly %1 candidates.")
                               .arg(perVoter));
    QVector<qint64> votes(n, 0);
    std::vector<BallotBox::CandidateId> marks;
    for (int b = 0; b < ballots.distinctCount(); ++b) {
        const int length = ballots.length(b);
        const qint64 weight = qint64(ballots.weight(b));
        const bool rightNumber =
            contest.options.allowFewerVotes ? (length >= 1 && length <= perVoter) : length == perVoter;
        if (!rightNumber || !distinctMarks(ballots, b, marks)) {
            result.invalidBallots += weight;
            continue;
        }
        result.validBallots += weight;
        for (BallotBox::CandidateId c : marks) {
            if (!contest.isWithdrawn(c))
                votes[c] += weight;
        }
    }
    Round round;
    round.number = 1;
    round.kind = RoundKind::Count;
    round.votes = votes;
    round.transfers = votes;
    if (result.validBallots == 0)
        electNobody(result, contest);
    else
        electMostVotes(result, contest, votes, contest.options.seats, ties, round);
    result.rounds << round;
    return result;
}

} // namespace Elect::Tally
