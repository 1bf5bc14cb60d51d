#include <net/Backoff.h>

#include <algorithm>

Backoff::Backoff(std::chrono::milliseconds initial, std::chrono::milliseconds cap)
    : m_initial(initial)
    , m_cap(cap)
    , m_current(initial)
{
}

std::chrono::milliseconds Backoff::next()
{
    const auto delay = m_current;
    m_current = std::min(m_cap, m_current * 2);
    ++m_attempts;
    return delay;
}

void Backoff::reset()
{
    m_current = m_initial;
    m_attempts = 0;
}
