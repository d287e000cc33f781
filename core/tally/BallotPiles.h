#pragma once

#include "core/tally/BallotBox.h"

#include <QVector>

#include <vector>

namespace Elect::Tally {

/// The parcels of a ranked count: each distinct ballot sits on the pile of the continuing candidate
/// it currently counts for, with its current value (used by STV; one unit per paper otherwise).
class BallotPiles
{
public:
    BallotPiles(const BallotBox& box, int candidateCount, qint64 initialValue);

    /// Puts every ballot on the pile of its first preference for a `continuing` candidate. Ballots
    /// that name no such candidate (blank, or only withdrawn candidates) go on no pile. Returns
    /// their total weight.
    quint64 distribute(const QVector<bool>& continuing);

    const std::vector<quint32>& pile(int candidate) const { return m_piles[size_t(candidate)]; }
    quint64 weight(quint32 ballot) const { return m_box.weight(int(ballot)); }
    qint64 value(quint32 ballot) const { return m_values[ballot]; }
    void setValue(quint32 ballot, qint64 value) { m_values[ballot] = value; }

    /// Empties `from`'s pile: every ballot moves to its next preference for a `continuing`
    /// candidate. Calls onMove(ballot, to) for each, with to = -1 for a ballot that has none
    /// (non-transferable); onMove may change the ballot's value.
    template <typename OnMove>
    void transfer(int from, const QVector<bool>& continuing, OnMove&& onMove)
    {
        std::vector<quint32> moving;
        moving.swap(m_piles[size_t(from)]);
        for (quint32 b : moving) {
            const int to = advance(b, continuing);
            onMove(b, to);
            if (to >= 0)
                m_piles[size_t(to)].push_back(b);
        }
    }

private:
    int advance(quint32 ballot, const QVector<bool>& continuing);

    const BallotBox& m_box;
    int m_candidateCount;
    std::vector<std::vector<quint32>> m_piles;
    std::vector<quint16> m_position;
    std::vector<qint64> m_values;
};

} // namespace Elect::Tally
