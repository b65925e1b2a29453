"""Whether two checkouts group a stream alike: the story of every article, compared.

`--dump OUT` ingests (`synoptic ingest` defaults, as `bench/scale.py` runs them) synthetic
articles (`--size`) or real records (`--records FILE`) into a fresh store and writes each
stored article's story-mates (its story's members, sorted) and thread-mates (the articles of
its story's thread, sorted) as JSON; `--compare A B` says how many articles have other
story-mates, and how many other thread-mates, in B than in A (ids may differ; the grouping
may not). Run the dump once per checkout, its PYTHONPATH naming its sources:

    PYTHONPATH=/work/main/src python bench/same_stories.py --size 3000 --dump main.json
    PYTHONPATH=$PWD/src python bench/same_stories.py --size 3000 --dump branch.json
    python bench/same_stories.py --compare main.json branch.json
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path


def dump(size: int, records: str | None, out: str, store_set: list[str] = (), cpu_from: int | None = None) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from scale import real_documents, synthetic_documents
    from synoptic.executors import get_executor
    from synoptic.ingest import Ingester
    from synoptic.settings import Settings
    from synoptic.store import Store

    settings = Settings(quiet=True)
    for item in store_set:  # e.g. batch_size=1024, threads_every=0
        name, value = item.split("=", 1)
        setattr(settings.store, name, type(getattr(settings.store, name))(json.loads(value)))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "stories.db"
        store = Store(f"sqlite:///{db}")
        runner = get_executor("local")
        documents = real_documents(records, size) if records else synthetic_documents(size)
        marks: list[tuple[int, float]] = []

        def progress(stage: str, done: int, total: int) -> None:
            if cpu_from is not None and done >= cpu_from:
                marks.append((done, time.process_time()))

        Ingester(store).ingest(documents, settings, executor=runner, progress=progress)
        runner.close()
        store.close()
        with sqlite3.connect(db) as conn:
            rows = conn.execute("SELECT id, story_id FROM articles").fetchall()
            thread_of = dict(conn.execute("SELECT id, thread_id FROM stories").fetchall())
    if len(marks) > 1:  # a late-store probe: this process's CPU over the last batches
        (d0, c0), (d1, c1) = marks[0], marks[-1]
        print(f"articles {d0}..{d1}: this process's CPU {1000 * (c1 - c0) / max(1, d1 - d0):.2f} ms an article")
    members: dict[str, list[str]] = {}
    threads: dict[str, list[str]] = {}
    for aid, sid in rows:
        members.setdefault(sid or f"none:{aid}", []).append(aid)
        threads.setdefault(thread_of.get(sid) or f"none:{aid}", []).append(aid)
    mates = {aid: sorted(members[sid or f"none:{aid}"]) for aid, sid in rows}
    thread_mates = {aid: sorted(threads[thread_of.get(sid) or f"none:{aid}"]) for aid, sid in rows}
    ids = {aid: [sid, thread_of.get(sid)] for aid, sid in rows}  # the ids themselves, not only the grouping
    Path(out).write_text(json.dumps({"stories": mates, "threads": thread_mates, "ids": ids}, sort_keys=True),
                         encoding="utf-8")
    print(f"{len(mates)} articles, {len(members)} stories, {len(threads)} threads -> {out}")


def compare(a: str, b: str) -> int:
    first = json.loads(Path(a).read_text(encoding="utf-8"))
    second = json.loads(Path(b).read_text(encoding="utf-8"))
    first_threads, second_threads = first.pop("threads", None), second.pop("threads", None)
    first_ids, second_ids = first.pop("ids", None), second.pop("ids", None)
    other_ids = sorted(aid for aid in (first_ids or {}).keys() | (second_ids or {}).keys()
                       if first_ids is not None and second_ids is not None and first_ids.get(aid) != second_ids.get(aid))
    if first_ids is not None and second_ids is not None:
        print(f"{len(other_ids)} articles with another story id or thread id in B")
    first, second = first.pop("stories", first), second.pop("stories", second)  # older dumps: stories only
    differ = sorted(aid for aid in first.keys() | second.keys() if first.get(aid) != second.get(aid))
    stories = len({tuple(m) for m in first.values()})
    print(f"{len(first)} / {len(second)} articles, {stories} stories in A; "
          f"{len(differ)} articles with other story-mates in B")
    for aid in differ[:10]:
        print(f"  {aid}: {first.get(aid)} -> {second.get(aid)}")
    if first_threads is None or second_threads is None:
        return 1 if differ else 0
    other = sorted(aid for aid in first_threads.keys() | second_threads.keys()
                   if first_threads.get(aid) != second_threads.get(aid))
    print(f"{len({tuple(m) for m in first_threads.values()})} threads in A; "
          f"{len(other)} articles with other thread-mates in B")
    for aid in other[:10]:
        print(f"  {aid}: {len(first_threads.get(aid) or [])} -> {len(second_threads.get(aid) or [])} thread-mates")
    return 1 if differ or other or other_ids else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=3000, help="synthetic articles (or records) to ingest")
    parser.add_argument("--records", help="a JSONL file of real articles instead of synthetic ones")
    parser.add_argument("--dump", help="ingest and write each article's story-mates here")
    parser.add_argument("--store-set", action="append", default=[], metavar="NAME=VALUE",
                        help="a StoreSettings field for the dump (JSON value), e.g. batch_size=1024")
    parser.add_argument("--cpu-from", type=int, help="print this process's CPU an article from this article on")
    parser.add_argument("--compare", nargs=2, metavar=("A", "B"), help="compare two dumps")
    args = parser.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    if args.dump:
        dump(args.size, args.records, args.dump, args.store_set, args.cpu_from)
        return 0
    parser.print_help()
    return 2


if __name__ == "__main__":
    sys.exit(main())
