#pragma once

#include "core/Result.h"
#include "core/tally/BallotBox.h"
#include "core/tally/BallotFile.h"
#include "core/tally/Contest.h"
#include "core/tally/TallyResult.h"

#include <QVector>

namespace Elect::Tally {

/// The one entry point of the counting engine.
///
/// Feed ballots into a BallotBox (identical ballots are merged as they arrive), describe the count
/// in a Contest, and call count(). Nothing here touches a database or the clock.
class TallyEngine
{
public:
    /// Counts one contest. Promises: a result with the elected in order, every candidate's rank
    /// and final votes, the rounds with their reasons, and the seed of the lot (drawn fresh and
    /// recorded when options.seed is empty) so that a recount with that seed gives the same result.
    /// Refuses (ErrorCode::InvalidInput, translated message): no candidates, more than
    /// BallotBox::MaxCandidates, fewer than one seat, a withdrawn list of the wrong length, ballots
    /// that name a candidate outside the list, and options the method cannot use.
    static Result<TallyResult> count(const Contest& contest, const BallotBox& ballots);

    /// Counts each constituency of `file` on its own, with its own candidates and seats (the
    /// constituency's seats if the file states them, else options.seats). Promises: one result per
    /// constituency, in the file's order, all drawing lots from the same seed. Refuses what count()
    /// refuses, naming the constituency.
    static Result<QVector<TallyResult>> countConstituencies(const BallotFile& file, CountingMethod method,
                                                            const CountOptions& options);
};

} // namespace Elect::Tally
