#pragma once

#include "core/Result.h"
#include "core/tally/BallotBox.h"
#include "core/tally/Contest.h"
#include "core/tally/TallyResult.h"
#include "core/tally/TieBreaker.h"

#include <memory>

namespace Elect::Tally {

/// One counting method. Implementations: BlockMethod, ApprovalMethod, IrvMethod, StvMethod,
/// ReferendumMethod. Use TallyEngine::count(), which validates the contest and chooses the method.
class Counter
{
public:
    virtual ~Counter() = default;

    virtual CountingMethod method() const = 0;
    /// The method's declared tie-break rule, in words, for the report.
    virtual QString tieBreakRule() const = 0;
    /// Counts `ballots` for `contest`. Requires: the contest passed Tally's checks and every ballot
    /// names candidates of the contest only. Refuses (InvalidInput) options the method cannot use.
    virtual Result<TallyResult> count(const Contest& contest, const BallotBox& ballots, TieBreaker& ties) const = 0;

    static std::unique_ptr<Counter> create(CountingMethod method);

protected:
    /// The fields every result shares, filled from the contest.
    TallyResult startResult(const Contest& contest, const BallotBox& ballots, const TieBreaker& ties) const;
    /// Elects the `seats` candidates with most `votes` among those not withdrawn, deciding ties at
    /// the last seat by lot; fills elected, outcomes (ranks) and the round's notes.
    static void electMostVotes(TallyResult& result, const Contest& contest, const QVector<qint64>& votes, int seats,
                               TieBreaker& ties, Round& round);
    /// Outcomes for a count that elected nobody because there was no valid ballot.
    static void electNobody(TallyResult& result, const Contest& contest);
    /// The single count of the marking methods (block, approval): a ballot is valid when it marks from
    /// `minMarks` to `maxMarks` distinct candidates; each valid mark of a candidate not withdrawn is one
    /// vote; the `seats` with most votes win. Adds the round to `result`.
    static void countMarks(TallyResult& result, const Contest& contest, const BallotBox& ballots, TieBreaker& ties,
                           int minMarks, int maxMarks);
};

} // namespace Elect::Tally
