// LargeBlocks::keepInHeap(): a large block no longer gets pages of its own from the kernel,
// and freed memory stays in the heap for the next one, instead of fresh zeroed pages being
// faulted in for every journal answer. Read off glibc's own account (mallinfo2).
#include "core/LargeBlocks.h"

#include <QtTest>

#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {
constexpr size_t kMiB = 1024 * 1024;
void* volatile g_sink = nullptr; // so the compiler keeps every malloc and free

#if defined(__GLIBC__)
// Bytes in blocks that have pages of their own (mmap) while a block of `bytes` is held.
size_t mappedWhileHolding(size_t bytes)
{
    void* block = std::malloc(bytes);
    std::memset(block, 1, bytes);
    g_sink = block;
    const size_t mapped = mallinfo2().hblkhd;
    std::free(block);
    g_sink = nullptr;
    return mapped;
}
#endif

} // namespace

class TestLargeBlocks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // As glibc starts: a block of 1 MiB gets its own pages. (Freeing it raises glibc's own
    // threshold to 1 MiB, so the next test uses a larger block.)
    void withoutItALargeBlockHasPagesOfItsOwn()
    {
#if defined(__GLIBC__)
        const size_t before = mallinfo2().hblkhd;
        QVERIFY(mappedWhileHolding(kMiB) >= before + kMiB);
#else
        QSKIP("not glibc");
#endif
    }

    void keptInHeapALargeBlockComesFromTheHeapAndStaysThere()
    {
#if defined(__GLIBC__)
        LargeBlocks::keepInHeap();
        const size_t before = mallinfo2().hblkhd;
        QCOMPARE(mappedWhileHolding(3 * kMiB), before); // from the heap
        QCOMPARE(mappedWhileHolding(3 * kMiB), before);
        // Freed, it stays in the heap for the next block instead of going back to the kernel
        // (which hands out fresh zeroed pages, and the next block faults them in again).
        QVERIFY(mallinfo2().fordblks >= 3 * kMiB);
#else
        QSKIP("not glibc");
#endif
    }
};

QTEST_GUILESS_MAIN(TestLargeBlocks)
#include "tst_LargeBlocks.moc"
