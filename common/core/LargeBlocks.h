#pragma once

// Where the process's large memory blocks come from.
//
// glibc's malloc gives a block above its mmap threshold (128 KiB at start) pages of its own,
// and gives them back to the kernel when the block is freed; it also hands the free top of
// each heap back once it passes the trim threshold. A journal answer (60–200 KB on the wire,
// its cells and the buffer it is written into on the server, the decoded map on the client)
// then gets fresh pages from the kernel, zeroed and faulted in, on every call: on the server a
// large share of journal.get's processor time went to that (docs/performance.md).
namespace LargeBlocks {

// Keeps blocks up to 4 MiB in the heap and up to 64 MiB of freed memory for reuse instead of
// returning it to the kernel each time. Call once at start-up, before the threads start.
// Does nothing where the C library is not glibc.
void keepInHeap();

} // namespace LargeBlocks
