#pragma once

#include "core/Result.h"
#include "core/tally/BallotFile.h"

#include <QByteArray>
#include <QString>

namespace Elect::Tally {

/// Reads ballots from CSV (RFC 4180, UTF-8), one ballot per row; the format is described in
/// docs/tally.md. In short:
///
///     @title,Club committee 2024          optional directives before the first ballot
///     @seats,2                            default seats; "@seats,North,3" for one constituency
///     constituency,weight,Alice,Bob,Carol header: optional "constituency" and "weight" columns,
///     @constituency,,,North,North,South   every other column is a candidate; optional row saying
///     @withdrawn,Carol                    which constituency each candidate stands in
///     North,1,1,2,                        cells: empty or 0 = not chosen, a number = rank,
///     South,3,,,x                         x = marked (counts as rank 1 in a ranked count)
///
/// Lines starting with # are comments.
class BallotCsvReader
{
public:
    /// Parses `data`. Promises: one ConstituencyBallots per constituency, in order of first
    /// appearance (the @constituency row's order when there is one). Ranked: ranks are read in
    /// order 1, 2, 3...; a gap or a rank given twice ends the ballot there (a ballot without a
    /// unique rank 1 is blank). Marked: every marked or ranked cell is a mark. Refuses
    /// (InvalidInput) a malformed file with "Line N: what is wrong": bad quoting, a row with the
    /// wrong number of fields, a cell that is not empty, x or a rank, a bad weight, a vote for a
    /// candidate who does not stand in the row's constituency, unknown or misplaced directives,
    /// duplicate or empty candidate names, too many ballots.
    static Result<BallotFile> parse(const QByteArray& data, BallotKind kind);
    /// Reads and parses the file at `path`.
    static Result<BallotFile> readFile(const QString& path, BallotKind kind);
};

} // namespace Elect::Tally
