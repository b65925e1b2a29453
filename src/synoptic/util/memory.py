"""Give the C allocator's free memory back to the system between an ingest's batches.

A batch allocates and frees large temporaries (its articles, the repair pass's score
matrices, the encoder's answers); glibc keeps much of what is freed in its heaps for later
use, and a long run's resident memory then holds it at its highest (#18/#23: 57 MB of free
heap in the ingesting process after 3,000 synthetic articles, given back by `malloc_trim`).
Elsewhere than glibc (macOS, musl) nothing is done.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import lru_cache


@lru_cache(maxsize=1)
def _trim():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.malloc_trim
    except (OSError, AttributeError):  # not glibc
        return None


def release_free_memory() -> None:
    """`malloc_trim(0)` where the C library has it: free heap pages go back to the system."""
    trim = _trim()
    if trim is not None:
        trim(0)
