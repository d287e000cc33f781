#pragma once

#include "core/tally/Counter.h"

namespace Elect::Tally {

/// Instant-runoff voting for one seat: the candidate with fewest votes is excluded and their
/// ballots go to the next continuing preference, until one candidate holds more than half of the
/// ballots still in the count. Candidates with no votes at all are excluded together.
class IrvMethod : public Counter
{
public:
    CountingMethod method() const override { return CountingMethod::Irv; }
    QString tieBreakRule() const override;
    Result<TallyResult> count(const Contest& contest, const BallotBox& ballots, TieBreaker& ties) const override;
};

} // namespace Elect::Tally
