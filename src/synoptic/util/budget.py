"""A time budget for one record's work in one stage.

One pathological record (a megabyte of run-on text, a page that makes a regular
expression crawl) must not hold a whole batch: past its budget the record is
skipped with the reason "too slow in STAGE" and the batch goes on. The budget is a
real-time interval timer (SIGALRM), so it interrupts pure-Python loops wherever they
are; it is active only in the main thread of a process on a platform that has
`setitimer` (the CLI and worker processes); elsewhere (a web server's threads) the
work simply runs to its end, bounded by the field limits.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class TooSlow(Exception):
    """A record went past its time budget in `stage`."""

    def __init__(self, stage: str):
        super().__init__(f"too slow in {stage}")
        self.stage = stage


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None, stage: str) -> Iterator[None]:
    """Raise `TooSlow(stage)` inside the block once it has run `seconds` (None or 0: no budget).

    A timer already running (an enclosing budget, or the caller's own) is left alone and
    governs: this one is not started.
    """
    if not seconds or seconds <= 0 or not _can_alarm() or signal.getitimer(signal.ITIMER_REAL)[0]:
        yield
        return

    def expired(signum, frame):
        raise TooSlow(stage)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
