"""Placement alone, replayed: the online clusterer's CPU an article and its scores to the bit,
without the encoder, the store or the rest of an ingest.

`--record OUT` ingests (`synoptic ingest` defaults, as `same_stories.py` runs them)
`--size` synthetic articles, or with `--db STORE` the next `--more` articles into a copy of a
late store (as `late_batches.py`), and pickles every call the ingest made to its
`link.online.OnlineClusterer` (`add`, `replace`, `repair`, `evict`, `load_story`, with their
features). `--replay LOG` makes those calls again on a new clusterer of this checkout and
prints the CPU of `add` an article (from add `--skip` on); with `--out FILE` it writes each
call's outcome and every `story_scores` result as exact hex floats, so two checkouts'
files are equal only when every candidate story of every article scored the same to the bit:

    PYTHONPATH=$MAIN/src python bench/place_replay.py --record /tmp/s6k.pkl --size 6000
    PYTHONPATH=$MAIN/src python bench/place_replay.py --replay /tmp/s6k.pkl --skip 3000 --out main.txt
    PYTHONPATH=$PWD/src python bench/place_replay.py --replay /tmp/s6k.pkl --skip 3000 --out mine.txt
    cmp main.txt mine.txt

A replay does what the ingest did (usearch adds one vector at a time, deterministically):
the same calls give the same stories. `--sample` samples where `add`'s CPU goes (as
`cpu_sample.py`).
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from proc import StackSampler  # noqa: E402

CALLS = ("add", "replace", "repair", "evict", "load_story")


def record(out: str, size: int, db: str | None, more: int) -> None:

    from late_batches import _ingest, following
    from scale import synthetic_documents
    from synoptic.link import online

    log: list[tuple[str, tuple]] = []
    depth = [0]

    def recorded(name: str):
        method = getattr(online.OnlineClusterer, name)

        def call(self, *args):
            if depth[0] == 0:  # the ingest's calls, not the clusterer's own (`replace` adds)
                log.append((name, args))
            depth[0] += 1
            try:
                return method(self, *args)
            finally:
                depth[0] -= 1

        return call

    for name in CALLS:
        setattr(online.OnlineClusterer, name, recorded(name))
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "replay.db"
        if db:
            shutil.copyfile(db, copy)
            _, documents = following(Path(db), more)
        else:
            documents = synthetic_documents(size)
        _ingest(copy, documents)
    with open(out, "wb") as fh:
        pickle.dump(log, fh, protocol=5)  # one pickle: features shared by calls stay shared
    print(f"{len(log)} calls ({sum(name == 'add' for name, _ in log)} adds) -> {out}")


def replay(path: str, skip: int, out: str | None, sample: bool, top: int) -> None:
    from synoptic.link.online import OnlineClusterer
    from synoptic.settings import Settings

    with open(path, "rb") as fh:
        log = pickle.load(fh)  # noqa: S301 (a file this script wrote)
    clusterer = OnlineClusterer(Settings(quiet=True).link)
    scores: list[tuple[str, list[tuple[int, str]]]] = []
    if out:
        story_scores = clusterer.story_scores

        def scored(f, exclude=None):
            result = story_scores(f, exclude)
            scores.append((f.id, sorted((k, v.hex()) for k, v in result.items())))
            return result

        clusterer.story_scores = scored
    sampler = StackSampler(0.001)
    if sample:
        sampler.install()
    outcomes: list[tuple] = []
    cpu, adds, seen = 0.0, 0, 0
    for name, args in log:
        if name == "add":
            seen += 1
            counted = seen > skip
            sampler.on = sample and counted
            start = time.process_time()
            key = clusterer.add(*args)
            if counted:
                cpu += time.process_time() - start
                adds += 1
            sampler.on = False
            outcomes.append((name, args[0].id, key))
        elif name == "repair":
            changed = clusterer.repair()
            outcomes.append((name, sorted(changed), sorted((k, s.members) for k, s in clusterer.stories.items())))
        else:
            outcomes.append((name, getattr(clusterer, name)(*args)))
    sampler.stop()
    text = f"{outcomes!r}\n{scores!r}\n"
    print(f"{adds} adds from add {skip}: the clusterer's add {1000 * cpu / max(1, adds):.3f} ms CPU an article; "
          f"outcomes and scores {hashlib.sha256(text.encode()).hexdigest()[:16]}")
    if out:
        Path(out).write_text(text, encoding="utf-8")
    if sample and sampler.samples:
        sampler.print_top(1000 * cpu / sampler.samples / max(1, adds), top)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--record", help="ingest and pickle the clusterer's calls here")
    parser.add_argument("--size", type=int, default=6000, help="synthetic articles to record")
    parser.add_argument("--db", help="record the next --more articles of a copy of this late store instead")
    parser.add_argument("--more", type=int, default=1280, help="articles after the late store's")
    parser.add_argument("--replay", help="replay the calls pickled here")
    parser.add_argument("--skip", type=int, default=0, help="adds replayed before the CPU is counted")
    parser.add_argument("--out", help="write the replay's outcomes and scores here")
    parser.add_argument("--sample", action="store_true", help="sample where add's CPU goes")
    parser.add_argument("--top", type=int, default=30, help="functions listed, each way")
    args = parser.parse_args(argv)
    if args.record:
        record(args.record, args.size, args.db, args.more)
    elif args.replay:
        replay(args.replay, args.skip, args.out, args.sample, args.top)
    else:
        parser.error("--record OUT or --replay LOG")


if __name__ == "__main__":
    main()
