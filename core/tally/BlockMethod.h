#pragma once

#include "core/tally/Counter.h"

namespace Elect::Tally {

/// The seed's rule: each voter marks exactly N candidates (or, with allowFewerVotes, from one to N);
/// the `seats` candidates with most votes win. Ballots with another number of marks, or marking a
/// candidate twice, are invalid.
class BlockMethod : public Counter
{
public:
    CountingMethod method() const override { return CountingMethod::Block; }
    QString tieBreakRule() const override;
    Result<TallyResult> count(const Contest& contest, const BallotBox& ballots, TieBreaker& ties) const override;
};

} // namespace Elect::Tally
