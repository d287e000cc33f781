#pragma once

#include <QtGlobal>

#include <cstdint>
#include <initializer_list>
#include <vector>

namespace Elect::Tally {

/// Ballots of one count, with identical ballots merged: memory grows with the number of distinct
/// ballots, not with the number of voters.
///
/// A ballot is a list of candidate indices. For ranked ballots the order is the voter's preference
/// order; an unordered box (marked ballots: block, approval, referendum) sorts the marks first, so
/// that the same marks in any order merge. An empty ballot is a blank ballot; counting methods
/// count it as invalid.
class BallotBox
{
public:
    using CandidateId = quint16;

    /// Largest number of candidates a ballot may name.
    static constexpr int MaxCandidates = 65535;
    /// Largest total weight a box accepts, so that every count stays exact in 64-bit arithmetic.
    static constexpr quint64 MaxTotalWeight = quint64(1) << 40;

    explicit BallotBox(bool unordered = false);

    bool isUnordered() const { return m_unordered; }

    /// Adds `weight` identical ballots. Promises: the ballot is merged with an identical one if any.
    /// Refuses (returns false, adds nothing) when the total weight would exceed MaxTotalWeight,
    /// weight is zero or the ballot names more than MaxCandidates entries.
    bool add(const CandidateId* marks, int length, quint64 weight = 1);
    bool add(std::initializer_list<int> marks, quint64 weight = 1);

    int distinctCount() const { return int(m_entries.size()); }
    quint64 totalWeight() const { return m_totalWeight; }

    const CandidateId* marks(int ballot) const { return m_marks.data() + m_entries[size_t(ballot)].offset; }
    int length(int ballot) const { return m_entries[size_t(ballot)].length; }
    quint64 weight(int ballot) const { return m_entries[size_t(ballot)].weight; }

    /// Highest candidate index named on any ballot, or -1 when no ballot names one.
    int highestCandidate() const { return m_highestCandidate; }

private:
    struct Entry
    {
        quint64 weight;
        quint64 hash;
        quint32 offset;
        quint16 length;
    };

    void grow();
    int find(const CandidateId* marks, int length, quint64 hash) const;

    bool m_unordered;
    std::vector<Entry> m_entries;
    std::vector<CandidateId> m_marks;
    std::vector<qint32> m_slots; // open addressing, -1 empty; capacity a power of two
    std::vector<CandidateId> m_scratch;
    quint64 m_totalWeight = 0;
    int m_highestCandidate = -1;
};

} // namespace Elect::Tally
