#pragma once

#include "core/tally/Counter.h"

namespace Elect::Tally {

/// A referendum: candidate 0 is "yes", 1 is "no", an optional 2 is "abstain". A valid ballot marks
/// exactly one. The proposal passes when the turnout quorum (if any) is met and the share of yes
/// among yes and no votes meets the required majority; a tie is not a majority.
class ReferendumMethod : public Counter
{
public:
    CountingMethod method() const override { return CountingMethod::Referendum; }
    QString tieBreakRule() const override;
    Result<TallyResult> count(const Contest& contest, const BallotBox& ballots, TieBreaker& ties) const override;
};

} // namespace Elect::Tally
