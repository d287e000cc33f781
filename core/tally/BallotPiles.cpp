#include "core/tally/BallotPiles.h"

#include <algorithm>

namespace Elect::Tally {

BallotPiles::BallotPiles(const BallotBox& box, int candidateCount, qint64 initialValue)
    : m_box(box), m_candidateCount(candidateCount), m_piles(size_t(candidateCount)),
      m_position(size_t(box.distinctCount()), 0), m_values(size_t(box.distinctCount()), initialValue)
{}

int BallotPiles::advance(quint32 ballot, const QVector<bool>& continuing)
{
    const int length = m_box.length(int(ballot));
    const BallotBox::CandidateId* marks = m_box.marks(int(ballot));
    int position = m_position[ballot] + 1;
    while (position < length && (marks[position] >= m_candidateCount || !continuing.at(marks[position])))
        ++position;
    m_position[ballot] = quint16(std::min(position, length));
    return position < length ? int(marks[position]) : -1;
}

quint64 BallotPiles::distribute(const QVector<bool>& continuing)
{
    quint64 unplaced = 0;
    for (int b = 0; b < m_box.distinctCount(); ++b) {
        const int length = m_box.length(b);
        const BallotBox::CandidateId* marks = m_box.marks(b);
        int position = 0;
        while (position < length && (marks[position] >= m_candidateCount || !continuing.at(marks[position])))
            ++position;
        m_position[size_t(b)] = quint16(position);
        if (position < length)
            m_piles[marks[position]].push_back(quint32(b));
        else
            unplaced += m_box.weight(b);
    }
    return unplaced;
}

} // namespace Elect::Tally
