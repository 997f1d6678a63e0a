#include "session/ReconnectBackoff.h"

#include <algorithm>

std::chrono::seconds ReconnectBackoff::next()
{
    std::chrono::seconds delay = kFirst;
    for (int i = 0; i < m_attempts && delay < kMax; ++i)
        delay *= 2;
    ++m_attempts;
    return std::min(delay, kMax);
}
