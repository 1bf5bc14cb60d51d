#pragma once

#include <chrono>

// Exponential reconnect delay: initial, doubled after each failure, capped. Deterministic so tests
// and users can predict it; reset() after a success. The 1 s cap is what lets a server that comes back
// be reconnected within 2 s (one attempt per second costs a refused connect, nothing more).
class Backoff
{
public:
    explicit Backoff(std::chrono::milliseconds initial = std::chrono::milliseconds(200),
                     std::chrono::milliseconds cap = std::chrono::milliseconds(1000));

    std::chrono::milliseconds next();
    void reset();
    int attempts() const { return m_attempts; }

private:
    std::chrono::milliseconds m_initial;
    std::chrono::milliseconds m_cap;
    std::chrono::milliseconds m_current;
    int m_attempts = 0;
};
