"""A time budget for one record's (or one story's) work in one stage.

One pathological record (a megabyte of run-on text, a page that makes a regular
expression crawl) must not hold a whole batch, nor a web server's worker: past its
budget the work is stopped with `TooSlow` ("too slow in STAGE") and the batch goes on.

In the main thread the budget is a real-time interval timer (SIGALRM). Signals reach
only the main thread, so in any other thread (the web server builds briefs in its
worker threads) a watchdog timer raises `TooSlow` in the working thread instead, with
CPython's asynchronous exception (`PyThreadState_SetAsyncExc`). Both interrupt
pure-Python loops wherever they are, between two bytecodes; neither cuts a single
long call into C short (the field limits bound those).
"""

from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class TooSlow(Exception):
    """A record went past its time budget in `stage`."""

    def __init__(self, stage: str):
        super().__init__(f"too slow in {stage}")
        self.stage = stage


_STAGE_ERRORS: dict[str, type[TooSlow]] = {}
_LOCAL = threading.local()  # a thread's running budget (the outermost one governs)


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def _can_inject() -> bool:
    return hasattr(ctypes, "pythonapi") and hasattr(ctypes.pythonapi, "PyThreadState_SetAsyncExc")


def _stage_error(stage: str) -> type[TooSlow]:
    """A `TooSlow` that names `stage` when raised bare (an asynchronous exception is
    raised as its class, without arguments)."""
    cls = _STAGE_ERRORS.get(stage)
    if cls is None:
        def init(self: TooSlow) -> None:
            TooSlow.__init__(self, stage)

        cls = _STAGE_ERRORS[stage] = type("TooSlow", (TooSlow,), {"__init__": init})
    return cls


def _set_async(thread_id: int, error: type[BaseException] | None) -> int:
    exc = ctypes.py_object(error) if error is not None else ctypes.c_void_p(None)
    return ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), exc)


@contextmanager
def time_budget(seconds: float | None, stage: str) -> Iterator[None]:
    """Raise `TooSlow(stage)` inside the block once it has run `seconds` (None or 0: no budget).

    A budget already running in this thread (an enclosing one, or the caller's own
    SIGALRM timer) is left alone and governs: this one is not started.
    """
    if not seconds or seconds <= 0 or getattr(_LOCAL, "running", False):
        yield
        return
    if _can_alarm():
        if signal.getitimer(signal.ITIMER_REAL)[0]:
            yield
            return
        with _alarm(seconds, stage):
            yield
    elif _can_inject():
        with _watchdog(seconds, stage):
            yield
    else:
        yield


@contextmanager
def _alarm(seconds: float, stage: str) -> Iterator[None]:
    def expired(signum, frame):
        raise TooSlow(stage)

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    _LOCAL.running = True
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        _LOCAL.running = False


@contextmanager
def _watchdog(seconds: float, stage: str) -> Iterator[None]:
    thread_id = threading.get_ident()
    error = _stage_error(stage)
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def expire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = _set_async(thread_id, error) == 1

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    _LOCAL.running = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            state["done"] = True
            fired = state["fired"]
        _LOCAL.running = False
        if fired:
            # the exception may still be pending (the block ended just as it fired):
            # clear it, and report the overrun here rather than somewhere after the block
            _set_async(thread_id, None)
    if fired:
        raise TooSlow(stage)
