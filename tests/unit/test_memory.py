"""`util.memory.release_free_memory`: the C allocator's free heap goes back to the system
between an ingest's batches (glibc's `malloc_trim`); a no-op elsewhere."""

from __future__ import annotations

import sys

from synoptic.util.memory import _trim, release_free_memory


def _anon_kb() -> int:
    for line in open("/proc/self/status", encoding="ascii"):
        if line.startswith("RssAnon:"):
            return int(line.split()[1])
    return 0


def test_freed_heap_goes_back_to_the_system() -> None:
    release_free_memory()
    if not sys.platform.startswith("linux") or _trim() is None:
        return
    # many blocks under glibc's mmap threshold (they live in the heap), every other one freed:
    # holes between live blocks, which free() alone does not give back
    blocks = [bytearray(64 * 1024) for _ in range(1600)]  # ~100 MB
    for b in blocks:
        b[::4096] = b"x" * len(b[::4096])  # touched: resident
    kept = blocks[1::2]
    del blocks, b
    held = _anon_kb()
    release_free_memory()
    assert _anon_kb() < held - 30 * 1024  # most of the ~50 MB of holes
    assert len(kept) == 800
