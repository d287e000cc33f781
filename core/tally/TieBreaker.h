#pragma once

#include "core/tally/SeededRandom.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace Elect::Tally {

/// Decides ties the way the counting rules say and explains each decision in words.
///
/// First it looks back at earlier rounds (the most recent preceding round in which the tied
/// candidates had unequal votes, as rules 49 and 51 of the Scottish order say); when that does not
/// separate them, it draws a lot from a seeded SeededRandom. The same seed and the same sequence
/// of ties give the same draws, so a recount reproduces the result.
class TieBreaker
{
public:
    TieBreaker(quint64 seed, const QStringList& candidateNames);

    quint64 seed() const { return m_seed; }

    /// Draws one of `tied` by lot and returns it. Promises: the draw order is the ascending
    /// candidate index order, so it does not depend on how the caller ordered `tied`.
    int drawLot(QVector<int> tied, const QString& purpose, QStringList& notes);

    /// Picks one of `tied`: the one with the lowest (or highest) votes in the most recent of
    /// `history` rounds in which the remaining tied candidates had unequal votes, narrowing the set
    /// round by round; a lot decides what history does not. `history` holds each round's votes,
    /// oldest first, and must not include the current round.
    int pick(QVector<int> tied, bool lowest, const QVector<QVector<qint64>>& history, const QString& purpose,
             QStringList& notes);

    /// Puts `candidates` in descending order of `votes`; ties are ordered by pick(). Used to order
    /// candidates elected in the same round.
    QVector<int> orderDescending(QVector<int> candidates, const QVector<qint64>& votes,
                                 const QVector<QVector<qint64>>& history, const QString& purpose, QStringList& notes);

    QString names(const QVector<int>& candidates) const;

private:
    quint64 m_seed;
    SeededRandom m_random;
    QStringList m_names;
};

} // namespace Elect::Tally
