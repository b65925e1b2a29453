"""Ingest + cluster throughput and peak memory into SQLite at growing sizes.

The articles are SYNTHETIC: each synthetic story draws its sentences from one
real document group of the shared corpora (an ECB+ subtopic, or a MultiLing topic
in one language), so its articles share vocabulary and names the way real coverage
does; every article mixes 6-12 sentences of its story's pool with 1-2 sentences
from elsewhere. Stories get distinct dates (a few new stories a day, articles
over 0-2 days), so the quiet-period closing of stories and the store's windowed
loading are exercised as in a long stream.

Each size runs in a fresh subprocess and a fresh database file, so peak RSS is that
size's own. Default: the configuration `synoptic ingest` runs with its defaults (the
`auto` encoder, i.e. USE-multilingual when installed; briefs as `settings.store.briefs`
says, lazy: built on a story's first view; threads grouped in each batch; `--executor local`:
all in this process, except that for two batches or more the USE encoder runs in a helper
process beside it, reaped before CPU and peak RSS are read, which count it: the ingesting
process's own peak, read before the first view below, plus its largest child's, sampled
during the ingest). Other
configurations are labelled rows: `--encoder tfidf`, `--briefs now` (every touched story's brief rebuilt in each batch), `--executor process`
(cleaning and vectors in a worker process beside the driver; peak RSS is then the
driver's plus the worker's). After the ingest, `first view` is the time to the brief of
the stored story nearest 20 articles (`synoptic.briefs.current_brief`) in the ingesting
process (warm, as `synoptic serve`), and `show` that of `synoptic show` on another such
story in a new process (cold, process start included; the package's bytecode is written
before any run, as an install does: without it every new process compiles the sources,
~0.3 s of `show`), each with its CPU seconds (the process's, and for `show` its children's,
the encoder's helper process included). `--profile` prints where the
ingest's time goes (cProfile, cumulative, top functions of synoptic).

    .venv/bin/python bench/scale.py --sizes 2000,10000
"""

from __future__ import annotations

import argparse
import json
import os
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

sys.path.insert(0, str(Path(__file__).resolve().parent))  # this folder's helpers, run as a script
from proc import rss_mb  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "bench"
# this checkout's sources unless PYTHONPATH names others (to run one benchmark over two checkouts)
if not os.environ.get("PYTHONPATH"):
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


def real_documents(path: str, n: int) -> Iterator:
    """The first `n` records of a JSONL file of real articles (`synoptic ingest`'s reader)."""
    from itertools import islice

    from synoptic.read import read_paths
    from synoptic.settings import Settings

    return islice(read_paths([path], Settings(quiet=True).read), n)


def run_one(size: int, encoder: str, briefs: str, batch: int, executor: str, profile: bool = False,
            records: str | None = None, slices: str | None = None) -> dict:
    from synoptic.briefs import current_brief
    from synoptic.executors import get_executor
    from synoptic.ingest import Ingester
    from synoptic.settings import Settings
    from synoptic.store import Store

    settings = Settings(quiet=True)
    settings.vectors.encoder = encoder
    settings.store.briefs = briefs
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "scale.db"
        store = Store(f"sqlite:///{db}")
        runner = get_executor(executor)
        children = _ChildPeak()
        profiler = None
        if profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        t0 = time.perf_counter()
        cpu0 = os.times()
        marks = []
        sliced = _Slices(slices)
        gc_time = _GcClock()

        def progress(stage: str, done: int, total: int) -> None:
            marks.append((done, time.perf_counter() - t0, time.process_time(), rss_mb(os.getpid()), gc_time.seconds))
            sliced.at(done)

        documents = real_documents(records, size) if records else synthetic_documents(size)
        report = Ingester(store).ingest(documents, settings, progress=progress,
                                        batch_size=batch, executor=runner)
        elapsed = time.perf_counter() - t0
        sliced.at(None)
        if profiler is not None:
            profiler.disable()
            print_profile(profiler, elapsed, report.added)
            if os.environ.get("SCALE_PROFILE_OUT"):  # the whole profile, for pstats / snakeviz
                profiler.dump_stats(os.environ["SCALE_PROFILE_OUT"])
        children.stop()
        # the ingest's peak, read before the first view below (which loads an encoder here)
        # and before `synoptic show` is started: a child's ru_maxrss starts from this
        # process's peak at its fork, so RUSAGE_CHILDREN read after it counted this
        # process twice (#18/#23: the 4,068 MB at 100,000 articles)
        own_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        runner.close()  # its workers are reaped here: their CPU counts below
        cpu1 = os.times()
        cpu = sum(cpu1[:4]) - sum(cpu0[:4])  # user + sys of this process and its finished children
        stories = store.count_stories()
        # the first view of a story's brief after the ingest: the story nearest 20 articles
        listed = sorted(store.list_stories(limit=None), key=lambda s: (abs(s["article_count"] - 20), s["id"]))
        view = show = view_cpu = show_cpu = None
        view_articles = 0
        if listed:
            t1, c1 = time.perf_counter(), time.process_time()
            current_brief(store, listed[0]["id"], settings)
            view, view_articles = time.perf_counter() - t1, listed[0]["article_count"]
            view_cpu = time.process_time() - c1
        if len(listed) > 1:
            t1, c1 = time.perf_counter(), _children_cpu()
            subprocess.run([sys.executable, "-m", "synoptic.cli", "show", listed[1]["id"], "--db", str(db)],
                           capture_output=True, check=True,
                           env={**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH") or str(ROOT / "src")})
            show, show_cpu = time.perf_counter() - t1, _children_cpu() - c1
        store.close()
        db_mb = db.stat().st_size / 1e6
        grouping = None if records else synthetic_grouping(db)
    # rate over the last tenth: flat cost per article means it matches the first tenth
    tenth = max(1, len(marks) // 10)
    first = marks[tenth - 1][0] / marks[tenth - 1][1] if marks else 0.0
    # this process's CPU per article over each tenth (the encoder's helper process apart):
    # what grows with the store shows here whatever else the machine runs
    first_cpu = 1000 * (marks[tenth - 1][2] - marks[0][2]) / max(1, marks[tenth - 1][0] - marks[0][0]) \
        if len(marks) > 1 else 0.0
    if len(marks) > tenth:
        (d0, t_0, c_0, _, g_0), (d1, t_1, c_1, _, g_1) = marks[-tenth - 1], marks[-1]
        last = (d1 - d0) / max(1e-9, t_1 - t_0)
        last_cpu = 1000 * (c_1 - c_0) / max(1, d1 - d0)
    else:
        last, last_cpu = first, first_cpu
        g_0 = g_1 = 0.0
    first_gc = 1000 * marks[tenth - 1][4] / max(1, marks[tenth - 1][0]) if marks else 0.0
    last_gc = 1000 * (g_1 - g_0) / max(1, d1 - d0) if len(marks) > tenth else first_gc
    return {
        "size": size, "added": report.added, "stories": stories, "seconds": elapsed,
        "rate": report.added / elapsed, "cpu_s": cpu, "first_rate": first, "last_rate": last,
        "first_cpu_ms": first_cpu, "last_cpu_ms": last_cpu, "first_gc_ms": first_gc, "last_gc_ms": last_gc,
        # this process's resident set after the first tenth and at the end of the ingest
        "rss_tenth_mb": marks[tenth - 1][3] if marks else 0.0, "rss_end_mb": marks[-1][3] if marks else 0.0,
        # and at the end of each tenth, with the CPU per article over it (what grows with the store)
        "tenths": [(marks[i][0], round(marks[i][3]), round(1000 * (marks[i][2] - marks[i - tenth][2])
                    / max(1, marks[i][0] - marks[i - tenth][0]), 2))
                   for i in range(2 * tenth - 1, len(marks), tenth)],
        # with worker processes, their peak counts too (driver + largest worker, each its own
        # peak during the ingest: an upper bound); the workers' sampled from /proc where it
        # exists (a child's ru_maxrss includes the driver's RSS at its fork), else ru_maxrss
        "peak_rss_mb": own_peak + (children.peak if children.sampled
                                   else resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        "db_mb": db_mb, "view_s": view, "view_articles": view_articles, "show_s": show,
        "view_cpu_s": view_cpu, "show_cpu_s": show_cpu, "grouping": grouping,
    }


def synthetic_grouping(db: Path) -> dict:
    """B-cubed of the stored stories against the synthetic stream's own (`synthetic_documents`
    gives story n's articles the URL .../n/k). Its stories draw their sentences from ~110 pools,
    so two stories of one pool days apart share sentences and a perfect score is not reachable:
    a figure to compare runs with (a setting that only the long stream exercises, such as the
    batch size, shows here and on no small benchmark: #23, stop 42)."""
    import sqlite3

    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT url, story_id FROM articles").fetchall()
    gold = {url: url.rsplit("/", 2)[1] for url, _ in rows}
    found = {url: story or url for url, story in rows}
    by_gold: dict[str, set] = {}
    by_found: dict[str, set] = {}
    for url in gold:
        by_gold.setdefault(gold[url], set()).add(url)
        by_found.setdefault(found[url], set()).add(url)
    shared = {url: len(by_gold[gold[url]] & by_found[found[url]]) for url in gold}
    p = sum(shared[u] / len(by_found[found[u]]) for u in gold) / max(1, len(gold))
    r = sum(shared[u] / len(by_gold[gold[u]]) for u in gold) / max(1, len(gold))
    return {"p": p, "r": r, "f1": 2 * p * r / max(1e-9, p + r), "stories": len(by_gold)}


class _GcClock:
    """CPU seconds spent in Python's cyclic garbage collector so far (its callbacks). CPU,
    not wall: on a shared machine a pause's wall time counts the other jobs' turns (#23:
    at load ~12, 1.7 ms an article by the wall clock, 0.1 ms of CPU over the same articles)."""

    def __init__(self) -> None:
        import gc

        self.seconds, self._start = 0.0, 0.0
        gc.callbacks.append(self._on)

    def _on(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.process_time()
        else:
            self.seconds += time.process_time() - self._start


class _Slices:
    """cProfile over slices of the ingest (`--profile-slices 2000:4000,18000:20000`: the
    batches that end within each span of articles), each printed apart, to compare where
    the time of an early and a late batch goes (what grows with the store)."""

    def __init__(self, spec: str | None) -> None:
        self.spans = [tuple(int(x) for x in part.split(":")) for part in (spec or "").split(",") if part]
        self.profiles: list = [None] * len(self.spans)
        self.done0: list[int] = [0] * len(self.spans)
        self.current: int | None = None

    def at(self, done: int | None) -> None:
        """After a batch (`done` articles so far; None: the end)."""
        import cProfile

        if self.current is not None:
            lo, hi = self.spans[self.current]
            if done is None or done >= hi:
                self.profiles[self.current].disable()
                self._print(self.current, done if done is not None else hi)
                self.current = None
        if done is None:
            return
        for i, (lo, hi) in enumerate(self.spans):
            if self.profiles[i] is None and lo <= done < hi:
                self.profiles[i] = cProfile.Profile(time.process_time)  # CPU: other work on the machine apart
                self.done0[i] = done
                self.current = i
                self.profiles[i].enable()
                break

    def _print(self, i: int, done: int) -> None:
        import pstats

        stats = pstats.Stats(self.profiles[i])
        n = max(1, done - self.done0[i])
        total = stats.total_tt  # type: ignore[attr-defined]
        print(f"slice {self.done0[i]}:{done}: {total:.1f} s profiled ({1000 * total / n:.1f} ms/article)",
              file=sys.stderr)
        rows = [(cum, tt, f"{Path(path).parent.name}/{Path(path).name}:{line}:{name}")
                for (path, line, name), (_, _, tt, cum, _) in stats.stats.items()]  # type: ignore[attr-defined]
        for cum, tt, label in sorted(rows, reverse=True)[:45]:
            print(f"  {1000 * cum / n:8.2f} ms/art cum {1000 * tt / n:8.2f} own  {label}", file=sys.stderr)
        if os.environ.get("SCALE_PROFILE_OUT"):
            stats.dump_stats(f"{os.environ['SCALE_PROFILE_OUT']}.{self.done0[i]}")


def compile_sources() -> None:
    """Write the bytecode of the package the runs import (`bench/latency.py` does the same)."""
    where = subprocess.run([sys.executable, "-c", "import synoptic, os; print(os.path.dirname(synoptic.__file__))"],
                           check=True, capture_output=True, text=True,
                           env={**os.environ, "PYTHONPATH": os.environ.get("PYTHONPATH") or str(ROOT / "src")}
                           ).stdout.strip()
    subprocess.run([sys.executable, "-m", "compileall", "-q", where], check=True, stdout=subprocess.DEVNULL)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class _ChildPeak:
    """The largest resident set of this process's live children, sampled from /proc every
    half second in a thread (Linux; elsewhere `sampled` stays False)."""

    def __init__(self) -> None:
        import threading

        self.peak, self.sampled = 0.0, False
        self._done = threading.Event()
        if Path(f"/proc/{os.getpid()}/task").is_dir():
            threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while not self._done.wait(0.5):
            for pid in _children(os.getpid()):
                self.peak = max(self.peak, rss_mb(pid))
            self.sampled = True

    def stop(self) -> None:
        self._done.set()


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            out.extend(int(c) for c in (task / "children").read_text().split())
    except OSError:
        pass
    return out




def print_profile(profiler, elapsed: float, added: int, top: int = 25) -> None:
    """The synoptic functions that took the most time (cumulative), per article."""
    import pstats

    stats = pstats.Stats(profiler)
    rows = []
    for (path, _, name), (_, _, _, cum, _) in stats.stats.items():  # type: ignore[attr-defined]
        if "synoptic" in path or name in ("encode", "_embed", "commit", "flush"):
            rows.append((cum, f"{Path(path).parent.name}/{Path(path).name}:{name}"))
    print(f"profile: {elapsed:.1f} s for {added} articles ({1000 * elapsed / max(1, added):.1f} ms each)",
          file=sys.stderr)
    for cum, label in sorted(rows, reverse=True)[:top]:
        print(f"  {cum:8.1f} s {100 * cum / elapsed:5.1f}% {1000 * cum / max(1, added):8.2f} ms/article  {label}",
              file=sys.stderr)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000", help="comma-separated article counts, e.g. 10000,30000,100000")
    parser.add_argument("--encoder", default="auto", help="auto (the default: USE when installed), use, tfidf")
    parser.add_argument("--briefs", choices=("end", "lazy", "now"), default=None,
                        help="lazy: on a story's first view; now: every touched story's brief in each batch "
                             "[default: settings.store.briefs]")
    parser.add_argument("--batch", type=int, default=None,
                        help="articles per transaction [default: settings.store.batch_size, as `synoptic ingest`]")
    parser.add_argument("--executor", default="local",
                        help="where cleaning and vectors run: process (a worker process beside the "
                             "driver), local (all in one process) or ray")
    parser.add_argument("--profile", action="store_true", help="print where the ingest's time goes (stderr)")
    parser.add_argument("--records", help="a JSONL file of real articles (text, title, url, published...) "
                        "instead of synthetic ones; sizes above its count take all of it")
    parser.add_argument("--profile-slices", help="cProfile of the batches within spans of articles, each "
                        "printed apart (stderr), e.g. 2000:4000,18000:20000")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: run one size here
    args = parser.parse_args(argv)
    from synoptic.settings import Settings

    args.briefs = args.briefs or Settings().store.briefs
    args.batch = args.batch or Settings().store.batch_size
    if args.one:
        print(json.dumps(run_one(args.one, args.encoder, args.briefs, args.batch, args.executor, args.profile,
                                 args.records, args.profile_slices)))
        return
    if not SHARED.is_dir():
        print(f"shared data not found at {SHARED}")
        return
    compile_sources()
    what = (f"real articles from {args.records}" if args.records else
            "synthetic articles (sentences of real ECB+/MultiLing documents mixed per story; distinct dates)")
    print(f"{what}, "
          f"encoder {args.encoder}, briefs {args.briefs}, executor {args.executor}, batch {args.batch}, SQLite; "
          f"load average {os.getloadavg()[0]:.1f} at start")
    print(f"{'articles':>9} {'stories':>8} {'seconds':>8} {'CPU s':>7} {'art/s':>7} {'first10%':>9} {'last10%':>8} "
          f"{'peak RSS MB':>12} {'db MB':>7} {'first view s':>16} {'(CPU)':>6} {'show s':>7} {'(CPU)':>6}")
    for size in (int(s) for s in args.sizes.split(",")):
        cmd = [sys.executable, __file__, "--one", str(size), "--encoder", args.encoder, "--batch", str(args.batch),
               "--executor", args.executor, "--briefs", args.briefs] + (["--profile"] if args.profile else []) \
            + (["--records", args.records] if args.records else []) \
            + (["--profile-slices", args.profile_slices] if args.profile_slices else [])
        out = subprocess.run(cmd, capture_output=True, text=True)
        if args.profile or args.profile_slices:
            sys.stderr.write(out.stderr)
        if out.returncode != 0:
            print(f"{size:>9} failed: {out.stderr.strip().splitlines()[-1] if out.stderr.strip() else out.returncode}")
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{r['size']:>9} {r['stories']:>8} {r['seconds']:>8.0f} {r['cpu_s']:>7.1f} {r['rate']:>7.1f} {r['first_rate']:>9.1f} "
              f"{r['last_rate']:>8.1f} {r['peak_rss_mb']:>12.0f} {r['db_mb']:>7.0f} "
              f"{_secs(r['view_s']):>7} ({r['view_articles']:>2} art) {_secs(r.get('view_cpu_s')):>6} "
              f"{_secs(r['show_s']):>7} {_secs(r.get('show_cpu_s')):>6}", flush=True)
        print(f"{'':>9} this process's CPU per article: first tenth {r['first_cpu_ms']:.1f} ms, "
              f"last tenth {r['last_cpu_ms']:.1f} ms (garbage collection {r['first_gc_ms']:.2f} / "
              f"{r['last_gc_ms']:.2f} ms of them); its RSS after the first tenth {r['rss_tenth_mb']:.0f} MB, "
              f"at the end {r['rss_end_mb']:.0f} MB", flush=True)
        print(f"{'':>9} by tenth (articles, RSS MB, CPU ms/article over the tenth): "
              + " ".join(f"{d}:{m}/{c}" for d, m, c in r["tenths"]), flush=True)
        if r.get("grouping"):
            g = r["grouping"]
            print(f"{'':>9} stories against the stream's own {g['stories']} (B-cubed): P {g['p']:.3f} "
                  f"R {g['r']:.3f} F1 {g['f1']:.3f}", flush=True)


def _secs(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


if __name__ == "__main__":
    main()
