"""A late store's batches: what an ingest costs once the store is large, without ingesting
it all again for each measurement.

`--build N --db PATH` ingests N synthetic articles (`scale.py`'s, `synoptic ingest`'s
defaults) into a new store at PATH, once. Then each `--db PATH --more K` copies that store
and ingests the next K synthetic articles into the copy (the same articles a run of N + K
would end with), as a resumed `synoptic ingest` does: its first batch takes in the stored
recent stories, so this process's CPU is counted from the second batch on (the batches of
a long run). With `--sample`, a SIGPROF sample of where that CPU goes (as
`cpu_sample.py`); with `--dump OUT`, every article's story id and its story's thread id
(`same_stories.py --compare` compares two dumps: two checkouts resumed from one store
must give the same ids).

    PYTHONPATH=$PWD/src python bench/late_batches.py --build 40000 --db /tmp/late40k.db
    PYTHONPATH=$PWD/src python bench/late_batches.py --db /tmp/late40k.db --more 1280 --sample
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from proc import StackSampler  # noqa: E402


def _ingest(db: Path, documents, progress=None) -> None:
    from synoptic.executors import get_executor
    from synoptic.ingest import Ingester
    from synoptic.settings import Settings
    from synoptic.store import Store

    store = Store(f"sqlite:///{db}")
    runner = get_executor("local")
    try:
        Ingester(store).ingest(documents, Settings(quiet=True), executor=runner, progress=progress)
    finally:
        runner.close()
        store.close()


def build(size: int, db: Path) -> None:
    from scale import synthetic_documents

    if db.exists():
        raise SystemExit(f"{db} exists")
    _ingest(db, synthetic_documents(size))
    print(f"{size} articles -> {db}")


def following(db: Path, extra: int):
    """The count of articles stored in `db`, and the `extra` synthetic articles a run would
    ingest after them."""
    from itertools import islice

    from scale import synthetic_documents

    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    return stored, islice(synthetic_documents(stored + extra), stored, None)


def more(db: Path, extra: int, sample: bool, dump: str | None, top: int) -> None:
    stored, documents = following(db, extra)
    sampler = StackSampler()
    marks: list[tuple[int, float]] = []

    def progress(stage: str, done: int, total: int) -> None:
        marks.append((done, time.process_time()))
        sampler.on = True  # from the second batch on

    if sample:
        sampler.install()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "late.db"
        shutil.copyfile(db, copy)
        _ingest(copy, documents, progress)
        sampler.stop()
        if dump:
            with sqlite3.connect(copy) as conn:
                rows = conn.execute("SELECT a.id, a.story_id, s.thread_id FROM articles a "
                                    "LEFT JOIN stories s ON s.id = a.story_id").fetchall()
            Path(dump).write_text(json.dumps({"ids": {aid: [sid, tid] for aid, sid, tid in rows}}, sort_keys=True),
                                  encoding="utf-8")
    if len(marks) < 2:
        print("one batch only: nothing counted (--more at least two batches)")
        return
    (d0, c0), (d1, c1) = marks[0], marks[-1]
    articles = d1 - d0
    print(f"{stored} stored, articles {stored + d0}..{stored + d1}: this process's CPU "
          f"{1000 * (c1 - c0) / articles:.2f} ms an article")
    if sample and sampler.samples:
        sampler.print_top(1000 * (c1 - c0) / sampler.samples / articles, top)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="the late store (SQLite file)")
    parser.add_argument("--build", type=int, help="ingest this many synthetic articles into a new store at --db")
    parser.add_argument("--more", type=int, default=1280, help="articles ingested into a copy of --db")
    parser.add_argument("--sample", action="store_true", help="sample where this process's CPU goes")
    parser.add_argument("--dump", help="write every article's story and thread ids here (JSON)")
    parser.add_argument("--top", type=int, default=45, help="functions listed, each way")
    args = parser.parse_args(argv)
    if args.build:
        build(args.build, Path(args.db))
    else:
        more(Path(args.db), args.more, args.sample, args.dump, args.top)


if __name__ == "__main__":
    main()
