#pragma once

#include "core/tally/Counter.h"

namespace Elect::Tally {

/// Approval voting: each voter marks any number of candidates between minApprovals and
/// maxApprovals; the `seats` candidates with most approvals win.
class ApprovalMethod : public Counter
{
public:
    CountingMethod method() const override { return CountingMethod::Approval; }
    QString tieBreakRule() const override;
    Result<TallyResult> count(const Contest& contest, const BallotBox& ballots, TieBreaker& ties) const override;
};

} // namespace Elect::Tally
