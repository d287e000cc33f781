#pragma once

#include "core/tally/TallyEngine.h"

#include <QTest>

#include <initializer_list>
#include <utility>
#include <vector>

namespace Elect::Tally::Testing {

using Elect::CountingMethod;

struct Ballots
{
    int weight;
    std::vector<int> marks;
};

inline BallotBox box(std::initializer_list<Ballots> ballots, bool unordered = false)
{
    BallotBox b(unordered);
    for (const Ballots& ballot : ballots) {
        std::vector<BallotBox::CandidateId> m(ballot.marks.begin(), ballot.marks.end());
        b.add(m.data(), int(m.size()), quint64(ballot.weight));
    }
    return b;
}

inline Contest contest(CountingMethod method, QStringList candidates, int seats = 1, quint64 seed = 1)
{
    Contest c;
    c.method = method;
    c.candidates = std::move(candidates);
    c.options.seats = seats;
    c.options.seed = seed;
    return c;
}

inline TallyResult run(const Contest& c, const BallotBox& b)
{
    Result<TallyResult> r = TallyEngine::count(c, b);
    if (!r)
        qFatal("count refused: %s", qPrintable(r.message()));
    return std::move(r).value();
}

inline QStringList electedNames(const TallyResult& r)
{
    QStringList out;
    for (int c : r.elected)
        out << r.candidates.at(c);
    return out;
}

inline bool notesContain(const Round& round, const QString& text)
{
    for (const QString& n : round.notes) {
        if (n.contains(text))
            return true;
    }
    return false;
}

} // namespace Elect::Tally::Testing
