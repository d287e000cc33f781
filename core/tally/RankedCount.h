#pragma once

#include "core/tally/BallotBox.h"
#include "core/tally/BallotPiles.h"
#include "core/tally/Contest.h"
#include "core/tally/TallyResult.h"
#include "core/tally/TieBreaker.h"

#include <QStringList>
#include <QVector>

namespace Elect::Tally {

/// What the two ranked counts (IrvMethod, StvMethod) share: which candidates continue, the piles of
/// ballots with their values, each candidate's votes, the non-transferable total, the votes of the
/// earlier stages (for tie-breaks), and the one transfer step. Votes are in units of 1/unit.
class RankedCount
{
public:
    /// Withdrawn candidates never continue. Every paper starts worth `unit`.
    RankedCount(const Contest& contest, const BallotBox& ballots, qint64 unit);

    /// Puts each ballot on the pile of its first continuing preference and counts the votes.
    /// Returns the weight of the ballots that name no continuing candidate (invalid).
    qint64 distribute();

    int candidateCount() const { return int(m_votes.size()); }
    bool isContinuing(int candidate) const { return m_continuing.at(candidate); }
    /// Elected or excluded: `candidate` receives no more papers.
    void stopContinuing(int candidate) { m_continuing[candidate] = false; }
    /// The continuing candidates, in candidate order.
    QVector<int> continuingCandidates() const;

    const QVector<qint64>& votes() const { return m_votes; }
    qint64 votes(int candidate) const { return m_votes.at(candidate); }
    void setVotes(int candidate, qint64 votes) { m_votes[candidate] = votes; }
    qint64 exhausted() const { return m_exhausted; }

    /// The votes of the stages so far, oldest first, as TieBreaker reads them.
    const QVector<QVector<qint64>>& history() const { return m_history; }
    void recordStage(const QVector<qint64>& votes) { m_history << votes; }

    /// Of `among` (not empty), the candidate with fewest votes, into `lowest`; a tie is decided by
    /// the earlier stages, then by lot (TieBreaker::pick), and `notes` say how.
    int pickLowest(const QVector<int>& among, TieBreaker& ties, QStringList& notes, qint64& lowest) const;

    /// The transfer step: empties `from`'s pile, each paper moving to its next continuing
    /// preference with its value multiplied by numerator / denominator (truncated; 1/1 keeps it).
    /// Papers with no continuing preference left are non-transferable. Returns the value of all
    /// the papers moved, the non-transferable ones included. Leaves `from`'s votes to the caller.
    qint64 transfer(int from, qint64 numerator, qint64 denominator);

    /// Sets `round`'s votes, its transfers (the change since `before`) and the non-transferable total.
    void closeRound(Round& round, const QVector<qint64>& before) const;

    /// floor(a * b / c) without overflow, for non-negative a, b and positive c.
    static qint64 mulDiv(qint64 a, qint64 b, qint64 c);

private:
    BallotPiles m_piles;
    qint64 m_unit;
    QVector<bool> m_continuing;
    QVector<qint64> m_votes;
    qint64 m_exhausted = 0;
    QVector<QVector<qint64>> m_history;
};

} // namespace Elect::Tally
