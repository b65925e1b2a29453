"""Crash safety: `synoptic ingest` killed with SIGKILL during its commits, then re-run.

Only the command line is used (a subprocess), so the store's internals may change
freely. Each kill is timed from the write log: the process is killed right after the
SQLite database or its WAL file changed for the n-th time (n = 1, 2, 3 in turn) plus
a short seeded random delay, i.e. while batches of 8 are being committed. After every
kill the database must open and list only whole, distinct stories; after the last run
of each round every record is stored exactly once, every article is in exactly one
story, and the stories hold the same articles as a clean run's.
PostgreSQL gets the same test (5 kills), timed from the progress output instead.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

import pytest

from tests.postgres import fresh_database

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = 32
BATCH = 8
KILLS_SQLITE = 20
KILLS_POSTGRES = 5
KILLS_PER_ROUND = 5


def _records(shared_dir: Path) -> list[dict]:
    """ARTICLES short real articles (GVC: dated local news about different shootings)."""
    records = []
    with (shared_dir / "bench" / "stories-gvc" / "gvc.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            rec = json.loads(line)
            records.append({k: rec[k] for k in ("id", "title", "text", "published", "url") if rec.get(k)})
            if len(records) == ARTICLES:
                break
    return records


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def _ingest_argv(source: Path, db: str) -> list[str]:
    return [sys.executable, "-m", "synoptic.cli", "ingest", str(source), "--db", db,
            "--encoder", "tfidf", "--batch-size", str(BATCH), "--quiet"]


def _stories(db: str) -> list[dict]:
    done = subprocess.run([sys.executable, "-m", "synoptic.cli", "stories", "--json", "--db", db],
                          capture_output=True, text=True, env=_env(), timeout=300)
    assert done.returncode == 0, f"the database does not open after a kill:\n{done.stderr[-2000:]}"
    return json.loads(done.stdout)


def _check_partial(db: str, ids: set[str]) -> set[str]:
    """The stored articles: each in one story, each one of the input records."""
    listed = [a for s in _stories(db) for a in s["articles"]]
    assert len(listed) == len(set(listed)), "an article is in two stories (or stored twice)"
    assert set(listed) <= ids, f"unknown ids (duplicates stored under a new id?): {set(listed) - ids}"
    return set(listed)


def _membership(db: str) -> set[frozenset[str]]:
    return {frozenset(s["articles"]) for s in _stories(db)}


def _complete(source: Path, db: str) -> None:
    done = subprocess.run(_ingest_argv(source, db), capture_output=True, text=True, env=_env(), timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr


def _write_log(path: Path) -> tuple:
    sig = []
    for p in (path, path.with_name(path.name + "-wal")):
        try:
            st = p.stat()
            sig.append((st.st_size, st.st_mtime_ns))
        except FileNotFoundError:
            sig.append(None)
    return tuple(sig)


def _run_and_kill_sqlite(source: Path, path: Path, changes: int, delay: float) -> bool:
    """Start an ingest, SIGKILL it after `changes` writes to the database or WAL; True if killed."""
    proc = subprocess.Popen(_ingest_argv(source, f"sqlite:///{path}"), env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    last, seen = _write_log(path), 0
    try:
        while proc.poll() is None:
            now = _write_log(path)
            if now != last:
                last, seen = now, seen + 1
                if seen >= changes:
                    time.sleep(delay)
                    if proc.poll() is None:
                        proc.send_signal(signal.SIGKILL)
                        proc.wait()
                        return True
            time.sleep(0.003)
        _, err = proc.communicate()
        assert proc.returncode == 0, err.decode("utf-8", "replace")[-2000:]
        return False
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _run_and_kill_after(source: Path, db: str, seconds: float) -> bool:
    """Start an ingest, SIGKILL it after `seconds`; True if it was still running."""
    proc = subprocess.Popen(_ingest_argv(source, db), env=_env(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        proc.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return True
    _, err = proc.communicate()
    assert proc.returncode == 0, err.decode("utf-8", "replace")[-2000:]
    return False


def _kill_rounds(source: Path, ids: set[str], clean: set[frozenset[str]], kills_wanted: int,
                 fresh_db: Callable[[int], str], run_and_kill: Callable[[str, int, float], bool]) -> int:
    """Rounds on a fresh database: up to KILLS_PER_ROUND killed runs, then one to completion."""
    rng = random.Random(25)
    kills = rounds = 0
    while kills < kills_wanted and rounds < 3 * kills_wanted:
        rounds += 1
        db = fresh_db(rounds)
        for _ in range(KILLS_PER_ROUND):
            if kills == kills_wanted:
                break
            if not run_and_kill(db, 1 + kills % 3, rng.random()):
                break  # the run finished before the kill: the round is complete
            kills += 1
            # shown with `pytest -s`: how far the killed run had got
            print(f"kill {kills}: {len(_check_partial(db, ids))} of {len(ids)} articles stored")
        _complete(source, db)
        stored = _check_partial(db, ids)
        assert stored == ids, f"records lost after kills: {sorted(ids - stored)[:10]}"
        assert _membership(db) == clean, "stories differ from a clean run's after killed runs"
    return kills


def _source(tmp_path: Path, shared_dir: Path) -> tuple[Path, set[str]]:
    records = _records(shared_dir)
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return source, {r["id"] for r in records}


def _clean_run(source: Path, db: str, ids: set[str]) -> tuple[set[frozenset[str]], float]:
    started = time.monotonic()
    _complete(source, db)
    seconds = time.monotonic() - started
    assert _check_partial(db, ids) == ids
    return _membership(db), seconds


@pytest.mark.slow
def test_sigkill_during_sqlite_commits_loses_and_duplicates_nothing(tmp_path: Path, shared_dir: Path) -> None:
    source, ids = _source(tmp_path, shared_dir)
    clean, _ = _clean_run(source, f"sqlite:///{tmp_path / 'clean.db'}", ids)

    def run_and_kill(db: str, changes: int, jitter: float) -> bool:
        # killed at most a quarter of a second after the n-th write: inside a commit or between two
        return _run_and_kill_sqlite(source, Path(db.removeprefix("sqlite:///")), changes, 0.25 * jitter)

    kills = _kill_rounds(source, ids, clean, KILLS_SQLITE, lambda n: f"sqlite:///{tmp_path / f'killed{n}.db'}",
                         run_and_kill)
    assert kills == KILLS_SQLITE


@pytest.mark.slow
@pytest.mark.postgres
def test_sigkill_during_postgres_commits_loses_and_duplicates_nothing(tmp_path: Path, shared_dir: Path) -> None:
    source, ids = _source(tmp_path, shared_dir)
    with fresh_database("synoptic_kill_") as clean_db:
        clean, seconds = _clean_run(source, clean_db, ids)
    databases = ExitStack()

    def run_and_kill(db: str, changes: int, jitter: float) -> bool:
        # no write log to watch from outside: killed at a seeded moment of a clean run's span
        return _run_and_kill_after(source, db, seconds * (0.15 + 0.75 * jitter))

    with databases:
        kills = _kill_rounds(source, ids, clean, KILLS_POSTGRES,
                             lambda n: databases.enter_context(fresh_database("synoptic_kill_")), run_and_kill)
    assert kills == KILLS_POSTGRES


