#include "core/LargeBlocks.h"

#include <cstdlib> // defines __GLIBC__ where the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace LargeBlocks {

void keepInHeap()
{
#if defined(__GLIBC__)
    constexpr int kMmapThresholdBytes = 4 * 1024 * 1024;
    constexpr int kTrimThresholdBytes = 64 * 1024 * 1024;
    // Setting either fixes both: glibc no longer moves them as blocks come and go.
    mallopt(M_MMAP_THRESHOLD, kMmapThresholdBytes);
    mallopt(M_TRIM_THRESHOLD, kTrimThresholdBytes);
#endif
}

} // namespace LargeBlocks
