"""Ingest + cluster throughput and peak memory into SQLite at growing sizes.

The articles are SYNTHETIC: each synthetic story draws its sentences from one
real document group of the shared corpora (an ECB+ subtopic, or a MultiLing topic
in one language), so its articles share vocabulary and names the way real coverage
does; every article mixes 6-12 sentences of its story's pool with 1-2 sentences
from elsewhere. Stories get distinct dates (a few new stories a day, articles
over 0-2 days), so the quiet-period closing of stories and the store's windowed
loading are exercised as in a long stream.

Each size runs in a fresh subprocess and a fresh database file, so peak RSS is that
size's own. Default: the stateless hashed TF-IDF encoder (USE-multilingual costs far
more per article on a 2-core machine: say `--encoder use` to measure it), no
per-story briefs (`--briefs` adds them: their cost grows with story size, not with
the store), and cleaning + vectors in one worker process beside the driver, which
links and writes (`--executor process`; `--executor local` runs all in one process).
Peak RSS is the driver's plus the worker's.

    .venv/bin/python bench/scale.py --sizes 10000,30000,100000
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "bench"
sys.path.insert(0, str(ROOT / "src"))

_SPLIT = re.compile(r"(?<=[.!?])\s+")


def sentence_pools() -> list[list[str]]:
    """Groups of real sentences, one group per real event/topic."""
    pools: dict[str, list[str]] = {}
    ecb = SHARED / "stories-ecbplus" / "ecbplus_docs_clusters.jsonl"
    if ecb.exists():
        with ecb.open(encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                sents = [s for s in row["text"].split("\n") if 40 < len(s) < 400 and not s.startswith("http")]
                pools.setdefault(row["subtopic"], []).extend(sents)
    ml = SHARED / "summaries-multiling2011" / "SourceTexts"
    if ml.exists():
        for path in sorted(ml.glob("M*")):
            name, _, lang = path.name.partition(".")
            if lang not in ("english", "french", "arabic"):
                continue
            body = path.read_text(encoding="utf-8", errors="replace").partition("\n")[2]
            sents = [s for s in _SPLIT.split(body) if 40 < len(s) < 400]
            pools.setdefault(f"{name[:4]}.{lang}", []).extend(sents)
    return [p for p in pools.values() if len(p) >= 12]


def synthetic_documents(n: int, seed: int = 0) -> Iterator:
    from synoptic.model import Document

    rng = random.Random(seed)
    pools = sentence_pools()
    everything = [s for p in pools for s in p]
    start = date(2020, 1, 1)
    made = 0
    story = 0
    while made < n:
        pool = rng.choice(pools)
        size = min(n - made, rng.randint(3, 20))
        day = start + timedelta(days=story // 6)  # about six new stories a day
        for k in range(size):
            sents = rng.sample(pool, min(len(pool), rng.randint(6, 12))) + rng.sample(everything, rng.randint(1, 2))
            title = sents[0][:90]
            text = title + "\n\n" + "\n\n".join(sents[1:])
            yield Document(
                id=f"syn{made:06d}",
                source=f"synthetic/{made:06d}",
                content=text,
                title=title,
                url=f"https://synthetic.example/{story}/{k}",
                outlet=f"outlet{rng.randint(0, 40)}",
                published=day + timedelta(days=rng.randint(0, 2)),
            )
            made += 1
        story += 1


def run_one(size: int, encoder: str, briefs: bool, batch: int, executor: str) -> dict:
    from synoptic.executors import get_executor
    from synoptic.ingest import Ingester
    from synoptic.settings import Settings
    from synoptic.store import Store

    settings = Settings(quiet=True)
    settings.vectors.encoder = encoder
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "scale.db"
        store = Store(f"sqlite:///{db}")
        runner = get_executor(executor)
        t0 = time.perf_counter()
        marks = []

        def progress(stage: str, done: int, total: int) -> None:
            marks.append((done, time.perf_counter() - t0))

        report = Ingester(store).ingest(synthetic_documents(size), settings, progress=progress,
                                        batch_size=batch, build_briefs=briefs, executor=runner)
        elapsed = time.perf_counter() - t0
        runner.close()
        stories = store.count_stories()
        store.close()
        db_mb = db.stat().st_size / 1e6
    # rate over the last tenth: flat cost per article means it matches the first tenth
    tenth = max(1, len(marks) // 10)
    first = marks[tenth - 1][0] / marks[tenth - 1][1] if marks else 0.0
    if len(marks) > tenth:
        (d0, t_0), (d1, t_1) = marks[-tenth - 1], marks[-1]
        last = (d1 - d0) / max(1e-9, t_1 - t_0)
    else:
        last = first
    return {
        "size": size, "added": report.added, "stories": stories, "seconds": elapsed,
        "rate": report.added / elapsed, "first_rate": first, "last_rate": last,
        # with worker processes, their peak counts too (driver + largest worker: an upper bound)
        "peak_rss_mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                        + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024,
        "db_mb": db_mb,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000", help="comma-separated article counts, e.g. 10000,30000,100000")
    parser.add_argument("--encoder", default="tfidf")
    parser.add_argument("--briefs", action="store_true", help="also build every touched story's brief")
    parser.add_argument("--batch", type=int, default=512, help="articles per transaction")
    parser.add_argument("--executor", default="process",
                        help="where cleaning and vectors run: process (a worker process beside the "
                             "driver), local (all in one process) or ray")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: run one size here
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one, args.encoder, args.briefs, args.batch, args.executor)))
        return
    if not SHARED.is_dir():
        print(f"shared data not found at {SHARED}")
        return
    print("synthetic articles (sentences of real ECB+/MultiLing documents mixed per story; distinct dates), "
          f"encoder {args.encoder}, briefs {'on' if args.briefs else 'off'}, executor {args.executor}, SQLite")
    print(f"{'articles':>9} {'stories':>8} {'seconds':>8} {'art/s':>7} {'first10%':>9} {'last10%':>8} "
          f"{'peak RSS MB':>12} {'db MB':>7}")
    for size in (int(s) for s in args.sizes.split(",")):
        cmd = [sys.executable, __file__, "--one", str(size), "--encoder", args.encoder, "--batch", str(args.batch),
               "--executor", args.executor]
        if args.briefs:
            cmd.append("--briefs")
        out = subprocess.run(cmd, capture_output=True, text=True)
        if out.returncode != 0:
            print(f"{size:>9} failed: {out.stderr.strip().splitlines()[-1] if out.stderr.strip() else out.returncode}")
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{r['size']:>9} {r['stories']:>8} {r['seconds']:>8.0f} {r['rate']:>7.1f} {r['first_rate']:>9.1f} "
              f"{r['last_rate']:>8.1f} {r['peak_rss_mb']:>12.0f} {r['db_mb']:>7.0f}", flush=True)


if __name__ == "__main__":
    main()
