#include "core/Clock.h"

#include <atomic>

namespace {
const SystemClock systemClock;
std::atomic<const Clock*> installedClock{nullptr};
} // namespace

const Clock& Clock::current()
{
    const Clock* clock = installedClock.load(std::memory_order_acquire);
    return clock ? *clock : systemClock;
}

void Clock::install(const Clock* clock)
{
    installedClock.store(clock, std::memory_order_release);
}
