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
import gc
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


def settle_after_batch() -> None:
    """Between an ingest's batches: collect what the batch left unreachable, then freeze what
    survives (the stream's clusterer, caches, settings) out of the collector's later passes.
    A full pass walks every tracked object, and an ingest keeps adding long-lived ones: at
    100k articles the collector's share grew from 0.23 ms an article in the first tenth to
    1.09 ms in the last (#18, #23). With each batch's survivors frozen, a pass walks only
    what came since the last batch, and the full collection here finds the batch's cycles
    before they are frozen. What the collector decides is never what a result depends on."""
    gc.collect()
    gc.freeze()


def thaw_after_ingest() -> None:
    """At an ingest's end, what `settle_after_batch` froze goes back to the collector: a
    process that goes on (the web app, a test run) collects it as before."""
    gc.unfreeze()
