#pragma once

#include "core/tally/Counter.h"

namespace Elect::Tally {

/// Single transferable vote by the counting rules (45 to 52) of Schedule 1 to The Scottish Local
/// Government Elections Order 2007 (SSI 2007/42): Droop quota on whole ballots, weighted inclusive
/// Gregory transfers of every paper of an elected candidate with transfer values truncated to five
/// decimal places, the highest surplus transferred first, exclusion of the lowest when no surplus is
/// left, and rule 52 (continuing candidates equal to the vacancies are deemed elected).
class StvMethod : public Counter
{
public:
    CountingMethod method() const override { return CountingMethod::Stv; }
    QString tieBreakRule() const override;
    Result<TallyResult> count(const Contest& contest, const BallotBox& ballots, TieBreaker& ties) const override;
};

} // namespace Elect::Tally
