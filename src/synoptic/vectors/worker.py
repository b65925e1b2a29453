"""The USE encoder in a helper process, so a short command's second core loads and runs it.

A cold `synoptic brief` spends about a third of its CPU on the encoder: loading its
tokenizer and weights (~0.35 s) and the forward passes (~0.5 s for ten articles), while
the rest of the run (imports, cleaning, the language layer) is pure Python that one core
runs. Started as the command starts, the helper loads the model while this process
imports and cleans, then encodes what it is sent (the leads once cleaned, each article's
sentences once analysed) while this process goes on analysing the next article:
`UseEncoder.prefetch` sends, `UseEncoder._embed` collects (`EncoderHelper.embed`).

The helper runs the same `UseEncoder` code on the same texts, so every vector is the one
this process would compute for the same batch (a batch's rows can differ from those of
another batch of the same texts in the last bit of a float32, as BLAS blocks differently;
no decision here rests on such a bit: the briefs of the #23 check set are byte-identical).
Anything that goes wrong with the helper (it cannot start, dies, answers garbage) only
turns it off: the texts are then encoded in this process, as without it.

Wire format on the helper's stdin/stdout: an 8-byte little-endian length, then a pickle
(a list of texts in; a float32 matrix, or an error string, out), answered in order. The
pickles come from our own child process, never from outside.
"""

from __future__ import annotations

import atexit
import os
import pickle
import struct
import subprocess
import sys
import threading
from collections import deque

import numpy as np

_HEADER = struct.Struct("<Q")


class HelperGone(RuntimeError):
    """The helper process stopped answering; encode in this process instead."""


def _write(stream, obj) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)))
    stream.write(data)
    stream.flush()


def _read(stream):
    head = stream.read(_HEADER.size)
    if len(head) < _HEADER.size:
        raise EOFError
    (size,) = _HEADER.unpack(head)
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)


class EncoderHelper:
    """This process's end: send lists of texts at once, collect their rows when needed."""

    def __init__(self, batch_size: int, threads: int, cache_dir: str | None) -> None:
        import synoptic

        root = os.path.dirname(os.path.dirname(os.path.abspath(synoptic.__file__)))
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([root, *[p for p in sys.path if p]]),
                   OPENBLAS_NUM_THREADS=str(threads), OMP_NUM_THREADS=str(threads))
        code = "from synoptic.vectors import UseEncoder; from synoptic.vectors.worker import serve; serve(UseEncoder)"
        self._proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
        _write(self._proc.stdin, (batch_size, threads, cache_dir))
        self._sent: deque[list[str]] = deque()  # requests in the order the helper answers them
        self._rows: dict[str, np.ndarray] = {}  # answered, not yet collected
        self._pending: dict[str, int] = {}  # text -> requests still to answer it
        self._alive = True
        self._done = threading.Condition()
        threading.Thread(target=self._collect, name="synoptic-encoder-helper", daemon=True).start()
        atexit.register(self.close)

    @property
    def alive(self) -> bool:
        return self._alive

    def send(self, texts: list[str]) -> None:
        """Ask for `texts` (not already answered or asked for) to be encoded, without waiting."""
        with self._done:
            todo = [t for t in dict.fromkeys(texts) if t not in self._rows and t not in self._pending]
            if not todo or not self._alive:
                return
            for t in todo:
                self._pending[t] = self._pending.get(t, 0) + 1
            self._sent.append(todo)
            try:
                _write(self._proc.stdin, todo)
            except (OSError, ValueError):
                self._stop()

    def embed(self, texts: list[str]) -> np.ndarray:
        """The rows of `texts` (the model's own output, as `UseEncoder._embed` gives it)."""
        self.send(texts)
        with self._done:
            while self._alive and any(t in self._pending for t in texts):
                self._done.wait()
            if not all(t in self._rows for t in texts):
                raise HelperGone("the encoder helper stopped")
            rows = [self._rows[t] for t in texts]
            for t in texts:  # collected: the caller's cache holds them from here
                self._rows.pop(t, None)
        return np.stack(rows)

    def _collect(self) -> None:
        while True:
            try:
                answer = _read(self._proc.stdout)
            except Exception:  # EOF, a broken pipe, garbage: the helper is gone
                answer = None
            with self._done:
                if not isinstance(answer, np.ndarray) or not self._sent or len(answer) != len(self._sent[0]):
                    self._stop()
                    return
                for text, row in zip(self._sent.popleft(), answer, strict=True):
                    self._rows[text] = row
                    left = self._pending.pop(text, 1) - 1
                    if left:
                        self._pending[text] = left
                self._done.notify_all()

    def _stop(self) -> None:
        """Called holding `_done`: nothing more is sent, every waiter gives up."""
        self._alive = False
        self._pending.clear()
        self._done.notify_all()
        try:
            self._proc.stdin.close()  # the helper exits at the end of its input
        except (OSError, ValueError):
            pass

    def close(self) -> None:
        """Stop the helper (what it still had to encode was only ahead of need) and reap
        it, so its CPU time counts in this process's children's."""
        with self._done:
            self._stop()
        if self._proc.poll() is None:
            self._proc.terminate()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()


def serve(make_encoder) -> None:
    """The helper's side: build the encoder (`make_encoder(batch_size, threads, cache_dir)`:
    `UseEncoder`), load its model at once, then answer each list of texts with its rows
    until the input ends."""
    import queue

    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    try:
        batch_size, threads, cache_dir = _read(stdin)
    except Exception:
        return
    encoder = make_encoder(batch_size, threads, cache_dir)
    requests: queue.Queue = queue.Queue()

    def take() -> None:  # read ahead, so the other side never waits to send
        while True:
            try:
                requests.put(_read(stdin))
            except Exception:
                requests.put(None)
                return

    threading.Thread(target=take, daemon=True).start()
    encoder.load()
    while (texts := requests.get()) is not None:
        try:
            answer = np.asarray(encoder._embed(texts), dtype=np.float32)
        except Exception as exc:  # the other side encodes these itself
            answer = f"{type(exc).__name__}: {exc}"
        try:
            _write(stdout, answer)
        except OSError:
            return
