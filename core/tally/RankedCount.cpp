#include "core/tally/RankedCount.h"

#include <QCoreApplication>

#include <algorithm>

namespace Elect::Tally {

RankedCount::RankedCount(const Contest& contest, const BallotBox& ballots, qint64 unit)
    : m_piles(ballots, int(contest.candidates.size()), unit), m_unit(unit),
      m_continuing(int(contest.candidates.size())), m_votes(int(contest.candidates.size()), 0)
{
    for (int c = 0; c < m_continuing.size(); ++c)
        m_continuing[c] = !contest.isWithdrawn(c);
}

qint64 RankedCount::distribute()
{
    const qint64 invalid = qint64(m_piles.distribute(m_continuing));
    for (int c = 0; c < m_votes.size(); ++c) {
        for (quint32 b : m_piles.pile(c))
            m_votes[c] += qint64(m_piles.weight(b)) * m_unit;
    }
    return invalid;
}

QVector<int> RankedCount::continuingCandidates() const
{
    QVector<int> alive;
    for (int c = 0; c < m_continuing.size(); ++c) {
        if (m_continuing.at(c))
            alive << c;
    }
    return alive;
}

int RankedCount::pickLowest(const QVector<int>& among, TieBreaker& ties, QStringList& notes, qint64& lowest) const
{
    lowest = m_votes.at(among.first());
    for (int c : among)
        lowest = std::min(lowest, m_votes.at(c));
    QVector<int> tied;
    for (int c : among) {
        if (m_votes.at(c) == lowest)
            tied << c;
    }
    return ties.pick(tied, true, m_history, QCoreApplication::translate("Elect::Tally", "fewest votes, to be excluded"),
                     notes);
}

qint64 RankedCount::transfer(int from, qint64 numerator, qint64 denominator)
{
    const bool revalue = numerator != denominator;
    qint64 moved = 0;
    m_piles.transfer(from, m_continuing, [&](quint32 b, int to) {
        if (revalue)
            m_piles.setValue(b, mulDiv(numerator, m_piles.value(b), denominator));
        const qint64 amount = qint64(m_piles.weight(b)) * m_piles.value(b);
        moved += amount;
        if (to < 0)
            m_exhausted += amount;
        else
            m_votes[to] += amount;
    });
    return moved;
}

void RankedCount::closeRound(Round& round, const QVector<qint64>& before) const
{
    round.votes = m_votes;
    round.transfers.resize(m_votes.size());
    for (int c = 0; c < m_votes.size(); ++c)
        round.transfers[c] = m_votes.at(c) - before.at(c);
    round.exhausted = m_exhausted;
}

qint64 RankedCount::mulDiv(qint64 a, qint64 b, qint64 c)
{
    __extension__ typedef unsigned __int128 Wide;
    return qint64(Wide(quint64(a)) * Wide(quint64(b)) / Wide(quint64(c)));
}

} // namespace Elect::Tally
