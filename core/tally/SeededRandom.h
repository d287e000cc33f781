#pragma once

#include <QtGlobal>

#include <random>

namespace Elect::Tally {

/// A seeded random generator whose draws are the same with every standard library and compiler:
/// std::mt19937_64 (its output is fixed by the C++ standard) with explicit draw code instead of the
/// implementation-defined std::uniform_*_distribution.
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed) : m_engine(seed) {}

    /// A uniformly drawn integer in [0, n). Promises: unbiased (rejection sampling). Requires n > 0.
    quint64 below(quint64 n);
    /// A uniformly drawn double in [0, 1), from the top 53 bits of one output.
    double unit();
    quint64 next() { return m_engine(); }

    /// A fresh seed from the operating system's entropy source.
    static quint64 freshSeed();

private:
    std::mt19937_64 m_engine;
};

} // namespace Elect::Tally
