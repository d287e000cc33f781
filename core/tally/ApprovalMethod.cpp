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
    countMarks(result, contest, ballots, ties, minimum, maximum);
    return result;
}

} // namespace Elect::Tally
