#include "core/tally/BallotBox.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace Elect::Tally {

namespace {

quint64 hashMarks(const BallotBox::CandidateId* marks, int length)
{
    quint64 h = 0x9E3779B97F4A7C15ULL ^ quint64(length);
    for (int i = 0; i < length; ++i) {
        h ^= marks[i];
        h *= 0xBF58476D1CE4E5B9ULL;
        h ^= h >> 31;
    }
    return h;
}

} // namespace

BallotBox::BallotBox(bool unordered) : m_unordered(unordered)
{
    m_slots.assign(1024, -1);
}

bool BallotBox::add(std::initializer_list<int> marks, quint64 weight)
{
    std::vector<CandidateId> v;
    v.reserve(marks.size());
    for (int m : marks) {
        if (m < 0 || m >= MaxCandidates)
            return false;
        v.push_back(CandidateId(m));
    }
    return add(v.data(), int(v.size()), weight);
}

int BallotBox::find(const CandidateId* marks, int length, quint64 hash) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = size_t(hash) & mask;; slot = (slot + 1) & mask) {
        const qint32 index = m_slots[slot];
        if (index < 0)
            return -int(slot) - 1;
        const Entry& e = m_entries[size_t(index)];
        if (e.hash == hash && e.length == length &&
            std::memcmp(m_marks.data() + e.offset, marks, size_t(length) * sizeof(CandidateId)) == 0)
            return index;
    }
}

void BallotBox::grow()
{
    std::vector<qint32> slots(m_slots.size() * 2, -1);
    const size_t mask = slots.size() - 1;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        size_t slot = size_t(m_entries[i].hash) & mask;
        while (slots[slot] >= 0)
            slot = (slot + 1) & mask;
        slots[slot] = qint32(i);
    }
    m_slots.swap(slots);
}

bool BallotBox::add(const CandidateId* marks, int length, quint64 weight)
{
    if (weight == 0 || length < 0 || length > MaxCandidates || weight > MaxTotalWeight - m_totalWeight)
        return false;
    if (m_unordered && length > 1) {
        m_scratch.assign(marks, marks + length);
        std::sort(m_scratch.begin(), m_scratch.end());
        marks = m_scratch.data();
    }
    const quint64 hash = hashMarks(marks, length);
    int found = find(marks, length, hash);
    if (found >= 0) {
        m_entries[size_t(found)].weight += weight;
    } else {
        if (m_entries.size() >= size_t(std::numeric_limits<qint32>::max() / 2) ||
            m_marks.size() + size_t(length) > size_t(std::numeric_limits<quint32>::max()))
            return false;
        m_entries.push_back(Entry{weight, hash, quint32(m_marks.size()), quint16(length)});
        m_marks.insert(m_marks.end(), marks, marks + length);
        for (int i = 0; i < length; ++i)
            m_highestCandidate = std::max(m_highestCandidate, int(marks[i]));
        m_slots[size_t(-found - 1)] = qint32(m_entries.size() - 1);
        if (m_entries.size() * 2 > m_slots.size())
            grow();
    }
    m_totalWeight += weight;
    return true;
}

} // namespace Elect::Tally
