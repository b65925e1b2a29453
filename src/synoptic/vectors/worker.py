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

`synoptic ingest` hands the helper whole batches (`EncoderHelper.call`,
`executors.LocalExecutor`): it cleans a batch, makes what grouping takes of each article
and encodes the leads with its own encoder (`executors.helper_shard`, a pure function of
the batch and the settings) and answers with the batch's features; a batch cleaned in
the ingesting process (when the helper is behind) sends only its leads there
(`executors.helper_vectors`). Every lead of the run so goes through the helper's encoder
and its per-text cache, in the order of the batches, whoever cleans them: the same
requests as when this process sent the leads itself, so the same vectors. That work
(~2.4 ms an article) then runs on the second core beside the linking and writing.

Wire format on the helper's stdin/stdout: an 8-byte little-endian length, then a pickle
(a list of texts in; a float32 matrix, or an error string, out; or a function and its
arguments in, `_Call`, and what it returns or an error string out), answered in order.
The pickles come from our own process and its child, never from outside.
"""

from __future__ import annotations

import atexit
import os
import pickle
import signal
import struct
import subprocess
import sys
import threading
import time
from collections import deque

import numpy as np

_HEADER = struct.Struct("<Q")


class HelperGone(RuntimeError):
    """The helper process stopped answering; encode in this process instead."""


class _Call:
    """Work for the helper besides encoding: `fn(*args)`, `fn` a module-level function of
    this package (pickled by its name), e.g. `executors.helper_shard`; `fn(encoder, *args)`
    with `with_encoder`: the helper's own encoder, whose per-text cache then holds every
    text encoded so (one cache, in the process that encodes)."""

    def __init__(self, fn, args: tuple, with_encoder: bool = False) -> None:
        self.fn, self.args, self.with_encoder = fn, args, with_encoder


class Cleaning:
    """Work the helper is doing (`EncoderHelper.call`); `result()` waits for it."""

    def __init__(self, helper: EncoderHelper, then) -> None:
        self._helper = helper
        self._then = then  # None, or called with the answer as it arrives (in the reading thread)
        self._answer = None
        self._done = False

    def result(self):
        """What the function returned, or None when the helper could not run it (it is
        gone, or the function failed there): the caller then does the work itself."""
        with self._helper._done:
            while not self._done:
                self._helper._done.wait()
        return self._answer


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
    """This process's end: send lists of texts at once, collect their rows when needed.
    With `fork` (a short command: `synoptic brief`, `show`; the encoder's class, which
    `serve` makes there) the helper is a fork of this process when that is safe
    (`_can_fork`), so it has numpy and this package imported already: a new interpreter's
    start and imports were ~0.1 s of the helper's ~0.35 s of CPU (#23); else, and for
    `synoptic ingest`, a new interpreter."""

    def __init__(self, batch_size: int, threads: int, cache_dir: str | None, fork=None) -> None:
        self._proc = _Forked.start(fork) if fork is not None and _can_fork(threads) else None
        if self._proc is None:
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
        self._answered = 0  # requests answered
        self._done = threading.Condition()
        threading.Thread(target=self._collect, name="synoptic-encoder-helper", daemon=True).start()
        atexit.register(self.close)

    @property
    def alive(self) -> bool:
        return self._alive

    @property
    def idle(self) -> bool:
        """Alive, with every request answered, one at least: it waits for work (a helper
        that has answered nothing may still be loading its model)."""
        with self._done:
            return self._alive and self._answered > 0 and not self._sent

    @property
    def backlog(self) -> int:
        """Requests sent and not answered yet (the one being worked on included)."""
        with self._done:
            return len(self._sent)

    def clean(self, fn, args: tuple, then) -> Cleaning | None:
        """`call` with `then`: what it returns goes to `then` as soon as it arrives."""
        return self.call(fn, args, then=then)

    def call(self, fn, args: tuple, with_encoder: bool = False, then=None) -> Cleaning | None:
        """Ask the helper to run `fn(*args)` (`fn(encoder, *args)` `with_encoder`: a batch's
        cleaning and features, `executors.helper_shard`) without waiting; `then(result)`,
        when given, is called with what it returns as soon as that arrives. None when the
        helper is gone."""
        job = Cleaning(self, then)
        try:
            data = pickle.dumps(_Call(fn, args, with_encoder), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # something in it does not pickle: the caller does the work
            return None
        with self._done:
            if not self._alive:
                return None
            self._sent.append(job)
            try:
                self._proc.stdin.write(_HEADER.pack(len(data)))
                self._proc.stdin.write(data)
                self._proc.stdin.flush()
            except (OSError, ValueError):
                self._stop()  # marks the job done with no answer: the caller does the work
        return job

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
                self._answered += 1
                if self._sent and isinstance(self._sent[0], Cleaning):
                    job = self._sent.popleft()
                    job._answer = None if answer is None or isinstance(answer, str) else answer
                    job._done = True
                    if job._answer is not None and job._then is not None:
                        try:
                            job._then(job._answer)  # sends its leads: the lock is re-entrant
                        except Exception:
                            job._answer = None  # the caller cleans it again, and sends them
                    self._done.notify_all()
                    if answer is None:  # the helper is gone
                        self._stop()
                        return
                    continue
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
        for job in self._sent:  # batches being cleaned there: cleaned here instead
            if isinstance(job, Cleaning):
                job._done = True
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


def _can_fork(threads: int) -> bool:
    """A fork is safe here: Linux, this process has one thread (a fork copies only the
    caller's: a lock another holds would stay held), and one BLAS thread (what the forked
    helper's numpy runs with, set before numpy loaded: `console.one_blas_thread`)."""
    return (sys.platform.startswith("linux") and threading.active_count() == 1 and threads == 1
            and os.environ.get("OPENBLAS_NUM_THREADS") == "1")


class _Forked:
    """A helper forked from this process, with what `EncoderHelper` uses of a `Popen`: its
    pipes, `poll`, `terminate`, `kill` and `wait` (reaped, its CPU counts in this process's
    children's)."""

    def __init__(self, pid: int, stdin, stdout) -> None:
        self.pid, self.stdin, self.stdout = pid, stdin, stdout
        self.returncode: int | None = None

    @classmethod
    def start(cls, make_encoder) -> _Forked | None:
        try:
            down_r, down_w = os.pipe()
            up_r, up_w = os.pipe()
            pid = os.fork()
        except OSError:
            return None  # a new interpreter instead
        if pid == 0:  # the helper: never returns to the command's code, runs no exit handler
            try:
                os.close(down_w)
                os.close(up_r)
                quiet = os.open(os.devnull, os.O_WRONLY)
                os.dup2(quiet, 2)  # as the new interpreter's: nothing of it on the user's terminal
                serve(make_encoder, os.fdopen(down_r, "rb"), os.fdopen(up_w, "wb"))
            finally:
                os._exit(0)
        os.close(down_r)
        os.close(up_w)
        return cls(pid, os.fdopen(down_w, "wb"), os.fdopen(up_r, "rb"))

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                pid, status = self.pid, 0
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def _signal(self, signum: int) -> None:
        if self.poll() is None:
            try:
                os.kill(self.pid, signum)
            except ProcessLookupError:
                pass

    def terminate(self) -> None:
        self._signal(signal.SIGTERM)

    def kill(self) -> None:
        self._signal(signal.SIGKILL)

    def wait(self, timeout: float | None = None) -> int:
        end = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if end is not None and time.monotonic() >= end:
                raise subprocess.TimeoutExpired(f"helper {self.pid}", timeout)
            time.sleep(0.001)
        return self.returncode


def serve(make_encoder, stdin=None, stdout=None) -> None:
    """The helper's side: build the encoder (`make_encoder(batch_size, threads, cache_dir)`:
    `UseEncoder`), load its model at once, then answer each list of texts with its rows
    until the input ends (`stdin`, `stdout`: this process's own unless given)."""
    import queue

    stdin, stdout = stdin or sys.stdin.buffer, stdout or sys.stdout.buffer
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
            if isinstance(texts, _Call):
                answer = texts.fn(encoder, *texts.args) if texts.with_encoder else texts.fn(*texts.args)
            else:
                answer = np.asarray(encoder._embed(texts), dtype=np.float32)
        except Exception as exc:  # the other side encodes (or cleans) these itself
            answer = f"{type(exc).__name__}: {exc}"
        try:
            _write(stdout, answer)
        except OSError:
            return
