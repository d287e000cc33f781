#pragma once

#include "core/Result.h"
#include "core/tally/BallotFile.h"

#include <QByteArray>
#include <QString>

namespace Elect::Tally {

/// Reads the BLT ballot format (as written by OpenSTV, eSTV and the ERS):
///
///     4 2                 number of candidates, number of seats
///     -2                  optional: withdrawn candidates as negative numbers
///     3 1 3 4 0           weight, preferences (1-based candidate numbers), closing 0
///     1 2 0
///     0                   end of ballots
///     "Alice"             one quoted name per candidate, in number order
///     ...
///     "Title"             optional quoted title
///
/// `#` starts a comment that runs to the end of the line. A ballot with only its weight and the
/// closing 0 is a blank ballot (counted as invalid).
class BltReader
{
public:
    /// Parses `data`. Promises: one unnamed constituency whose box is ordered for Ranked and
    /// unordered for Marked; file seats in defaultSeats. Refuses (InvalidInput) anything malformed
    /// with a message "Line N: what is wrong": bad numbers, a preference outside 1..candidates, a
    /// candidate twice on one ballot, equal rankings ("="), a ballot not closed by 0, missing,
    /// duplicate or empty names, an unterminated quote, text after the title, too many ballots.
    static Result<BallotFile> parse(const QByteArray& data, BallotKind kind = BallotKind::Ranked);
    /// Reads and parses the file at `path`; refuses an unreadable file as parse() refuses bad text.
    static Result<BallotFile> readFile(const QString& path, BallotKind kind = BallotKind::Ranked);
};

} // namespace Elect::Tally
