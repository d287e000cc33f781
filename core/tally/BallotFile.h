#pragma once

#include "core/tally/BallotBox.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Elect::Tally {

/// How a reader turns a ballot's entries into a BallotBox ballot.
enum class BallotKind {
    Ranked, ///< preference order; for IRV and STV
    Marked, ///< a set of marks; for block, approval and referendum
};

/// The candidates and ballots of one constituency, ready to count. Ballots name candidates by their
/// index in `candidates`.
struct ConstituencyBallots
{
    QString name; ///< empty for a simple election
    QStringList candidates;
    QVector<bool> withdrawn;
    int seats = 0; ///< 0: not stated for this constituency
    BallotBox ballots;
};

/// What a ballot file holds: one or more constituencies.
struct BallotFile
{
    QString title;
    int defaultSeats = 0; ///< 0: the file does not say
    QVector<ConstituencyBallots> constituencies;
};

} // namespace Elect::Tally
