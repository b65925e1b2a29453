"""Debounced passes of `synoptic ingest` (`settings.store.repair_every`, `threads_every`):
what a reader sees is current when an ingest call returns, and a run killed between its
passes leaves nothing that a later run does not thread. Texts are MultiLing 2011 source
texts (WikiNews, CC BY 3.0): three topics' English reports (M000, M001, M002)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from synoptic import read
from synoptic.ingest import Ingester
from synoptic.settings import Settings
from synoptic.store import Store

pytestmark = pytest.mark.slow


def _settings(repair_every: int, threads_every: int) -> Settings:
    s = Settings(quiet=True)
    s.vectors.encoder = "tfidf"  # fast and stateless
    s.store.repair_every, s.store.threads_every = repair_every, threads_every
    return s


def _files(shared_dir: Path, folder: Path) -> list[str]:
    """The reports as .txt files, the topics interleaved (as a day's news arrives)."""
    texts = shared_dir / "bench" / "summaries-multiling2011" / "SourceTexts"
    folder.mkdir(exist_ok=True)
    out = []
    for k in range(10):
        for topic in (0, 1, 2):
            path = folder / f"M{topic:03d}{k}.english.txt"
            path.write_text((texts / path.stem).read_text(encoding="utf-8"), encoding="utf-8")
            out.append(str(path))
    return out


def _threads(db: Path) -> tuple[int, int, int, int]:
    """Stories, stories without a thread, the stories the thread rows count, and the stories
    whose thread row is missing."""
    with sqlite3.connect(db) as conn:
        stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
        unthreaded = conn.execute("SELECT count(*) FROM stories WHERE thread_id IS NULL").fetchone()[0]
        counted = conn.execute("SELECT coalesce(sum(story_count), 0) FROM threads").fetchone()[0]
        orphans = conn.execute("SELECT count(*) FROM stories WHERE thread_id IS NOT NULL AND thread_id NOT IN "
                               "(SELECT id FROM threads)").fetchone()[0]
    return stories, unthreaded, counted, orphans


def _topics_by_thread(db: Path) -> dict[str, set[str]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT a.source, s.thread_id FROM articles a JOIN stories s ON a.story_id = s.id")
        out: dict[str, set[str]] = {}
        for source, thread in rows:
            out.setdefault(thread, set()).add(Path(source).name[:4])
    return out


def _ingest(shared_dir: Path, folder: Path, settings: Settings) -> tuple[Path, int]:
    db = folder / "synoptic.db"
    with Store(f"sqlite:///{db}") as store:
        report = Ingester(store).ingest(read.read_paths(_files(shared_dir, folder / "texts"), settings.read), settings,
                                        batch_size=4)
    return db, report.added


def test_threads_and_repair_are_current_when_a_debounced_ingest_returns(shared_dir, tmp_path) -> None:
    # repaired every 3 batches, threads regrouped once after the call's last batch
    db, added = _ingest(shared_dir, tmp_path / "debounced", _settings(repair_every=3, threads_every=0))
    assert added == 30
    stories, unthreaded, counted, orphans = _threads(db)
    assert stories >= 3 and unthreaded == 0 and orphans == 0 and counted == stories
    # as good as regrouping every batch: no more threads mixing topics, no topic in more threads
    every, _ = _ingest(shared_dir, tmp_path / "every", _settings(repair_every=1, threads_every=1))
    debounced, each = _topics_by_thread(db).values(), _topics_by_thread(every).values()
    assert sum(len(t) > 1 for t in debounced) <= sum(len(t) > 1 for t in each)
    assert len(debounced) <= len(each)


class _Killed(Exception):
    pass


def test_a_killed_debounced_run_leaves_stories_a_later_run_threads(shared_dir, tmp_path) -> None:
    db = tmp_path / "killed.db"
    files = _files(shared_dir, tmp_path / "texts")
    settings = _settings(repair_every=1, threads_every=0)

    def kill_after_first_batch(stage: str, done: int, total: int) -> None:
        raise _Killed  # the first batch is committed; the call's end (its threads) never comes

    with Store(f"sqlite:///{db}") as store, pytest.raises(_Killed):
        Ingester(store).ingest(read.read_paths(files[:12], settings.read), settings, batch_size=6,
                               progress=kill_after_first_batch)
    stories, unthreaded, _, _ = _threads(db)
    assert stories > 0 and unthreaded == stories  # committed, threads deferred
    with Store(f"sqlite:///{db}") as store:  # a fresh process's run: the rest of the files
        Ingester(store).ingest(read.read_paths(files, settings.read), settings, batch_size=6)
    stories, unthreaded, counted, orphans = _threads(db)
    assert unthreaded == 0 and orphans == 0 and counted == stories


def test_by_default_each_batch_threads_its_stories(shared_dir, tmp_path) -> None:
    db = tmp_path / "every.db"
    settings = _settings(repair_every=1, threads_every=1)

    def kill_after_first_batch(stage: str, done: int, total: int) -> None:
        raise _Killed

    with Store(f"sqlite:///{db}") as store, pytest.raises(_Killed):
        Ingester(store).ingest(read.read_paths(_files(shared_dir, tmp_path / "texts")[:12], settings.read), settings,
                               batch_size=6, progress=kill_after_first_batch)
    stories, unthreaded, counted, _ = _threads(db)
    assert stories > 0 and unthreaded == 0 and counted == stories
