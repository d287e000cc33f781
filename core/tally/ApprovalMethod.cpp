#include "core/tally/ApprovalMethod.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace Elect::Tally {

QString ApprovalMethod::tieBreakRule() const
{
    return QCoreApplication::translate("Elect::Tally",
                                       "A tie for the last seat is decided by lot, drawn with the recorded seed (a "
                                       "single count has no earlier round to look back to). Candidates with equal "
                                       "approvals who all win or all lose share a rank.");
}

Result<TallyResult> ApprovalMethod::count(const Contest& contest, const BallotBox& ballots, TieBreaker& ties) const
{
    const int n = int(contest.candidates.size());
    const int minimum = contest.options.minApprovals;
    const int maximum = contest.options.maxApprovals > 0 ? std::min(contest.options.maxApprovals, n) : n;
    if (minimum < 0 || minimum > maximum) {
        return Result<TallyResult>::failure(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Elect::Tally",
                                        "The fewest approvals a ballot needs (%1) is more than the most it may carry "
                                        "(%2). Lower the minimum or raise the maximum.")
                .arg(minimum)
                .arg(maximum));
    }
    TallyResult result = startResult(contest, ballots, ties);
    result.notes << QCoreApplication::translate("Elect::Tally", "A valid ballot approves from %1 to %2 candidates.")
                        .arg(minimum)
                        .arg(maximum);
    QVector<qint64> votes(n, 0);
    std::vector<BallotBox::CandidateId> marks;
    for (int b = 0; b < ballots.distinctCount(); ++b) {
        const int length = ballots.length(b);
        const qint64 weight = qint64(ballots.weight(b));
        marks.assign(ballots.marks(b), ballots.marks(b) + length);
        std::sort(marks.begin(), marks.end());
        if (length < minimum || length > maximum || std::adjacent_find(marks.begin(), marks.end()) != marks.end()) {
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
