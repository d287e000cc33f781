#include "core/tally/SeededRandom.h"

namespace Elect::Tally {

quint64 SeededRandom::below(quint64 n)
{
    Q_ASSERT(n > 0);
    // 2^64 mod n: outputs below it would make the low residues more likely, so they are redrawn.
    const quint64 threshold = (quint64(0) - n) % n;
    for (;;) {
        const quint64 x = m_engine();
        if (x >= threshold)
            return x % n;
    }
}

double SeededRandom::unit()
{
    return double(m_engine() >> 11) * (1.0 / 9007199254740992.0);
}

quint64 SeededRandom::freshSeed()
{
    std::random_device device;
    return (quint64(device()) << 32) ^ quint64(device());
}

} // namespace Elect::Tally
