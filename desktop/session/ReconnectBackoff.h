#pragma once

#include <chrono>

// Delays between reconnection attempts: 1, 2, 4, … seconds, never more than 30.
class ReconnectBackoff
{
public:
    static constexpr std::chrono::seconds kFirst{1};
    static constexpr std::chrono::seconds kMax{30};

    // The delay before the next attempt; each call doubles the following one.
    std::chrono::seconds next();
    void reset() { m_attempts = 0; }
    int attempts() const { return m_attempts; }

private:
    int m_attempts = 0;
};
