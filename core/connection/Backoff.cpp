#include "core/connection/Backoff.h"

#include <algorithm>

namespace Elect {

Backoff::Backoff(int firstMs, int maxMs)
    : m_first(std::max(firstMs, kMinimumMs)), m_max(std::max(maxMs, m_first)), m_current(m_first)
{}

int Backoff::next()
{
    const int wait = m_current;
    // Doubling stops at the cap, so m_current never overflows however long the server stays away.
    m_current = m_current >= m_max / 2 ? m_max : m_current * 2;
    ++m_attempts;
    return wait;
}

void Backoff::reset()
{
    m_current = m_first;
    m_attempts = 0;
}

} // namespace Elect
