#include "core/tally/BlockMethod.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace Elect::Tally {

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
    countMarks(result, contest, ballots, ties, contest.options.allowFewerVotes ? 1 : perVoter, perVoter);
    return result;
}

} // namespace Elect::Tally
