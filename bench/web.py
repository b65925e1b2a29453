"""Web app latency and throughput under a bounded local load.

    .venv/bin/python bench/web.py [--articles 100000] [--clients 20] [--seconds 30] [--db URL]

The store: the bundled example is ingested once through the real pipeline and `Store`,
then its rows are replicated with varied ids (and staggered update times) until the store
holds `--articles` articles. The data is therefore SYNTHETIC: 10,000 articles are 2,000 copies
of the example's stories, so every story page has the example's size.

The server is `create_app` under uvicorn in a separate process on 127.0.0.1 (access log off);
the load generator is an asyncio keep-alive HTTP/1.1 client with `--clients` concurrent
connections, each looping until `--seconds` elapse (and at most `--max-requests` in all);
like a browser it sends `Accept-Encoding: gzip` (cached pages are served gzipped).
The rows copied in bulk are then indexed for search (`store.search_index.backfill`).
Rows: the stories list (three sorts and a later page), a story page, search (a name found
in every copy, an alias, a phrase, with filters) and a story's Atom feed.
Targets (#22): p99 < 300 ms for the list, a story page, search and a feed, uncached, at
20 concurrent clients, and zero errors.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "geneva-2022"


def _rename(obj, ids: dict[str, str]):
    """A copy of brief JSON with article ids mapped: `id`, `article` and `articles` values."""
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            if k in ("id", "article") and isinstance(v, str) and v in ids:
                out[k] = ids[v]
            elif k == "articles" and isinstance(v, list):
                out[k] = [ids.get(a, a) if isinstance(a, str) else _rename(a, ids) for a in v]
            else:
                out[k] = _rename(v, ids)
        return out
    if isinstance(obj, list):
        return [_rename(v, ids) for v in obj]
    return obj


def build_store(url: str, n_articles: int) -> list[str]:
    """Ingest the example, then replicate its rows to n_articles; returns all story ids."""
    from sqlalchemy import select

    from synoptic.ingest import Ingester
    from synoptic.read import read_paths
    from synoptic.settings import Settings
    from synoptic.store import Store
    from synoptic.store import models as m

    settings = Settings(quiet=True)
    store = Store(url)
    t0 = time.perf_counter()
    Ingester(store).ingest(read_paths([str(EXAMPLE)], settings.read), settings)
    print(f"ingested the example in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    tables = {
        "articles": m.ArticleRow.__table__,
        "stories": m.StoryRow.__table__,
        "origins": m.OriginRow.__table__,
        "facts": m.FactRow.__table__,
        "entities": m.EntityRow.__table__,
    }
    with store.engine.begin() as conn:
        base = {name: [dict(r._mapping) for r in conn.execute(select(t))] for name, t in tables.items()}
        per_copy = len(base["articles"])
        copies = max(0, -(-n_articles // per_copy) - 1)
        for i in range(1, copies + 1):
            ids = {a["id"]: f"{a['id']}~{i}" for a in base["articles"]}
            sids = {s["id"]: f"{s['id']}~{i}" for s in base["stories"]}
            batch: dict[str, list[dict]] = {}
            for a in base["articles"]:
                batch.setdefault("articles", []).append(
                    dict(a, id=ids[a["id"]], key=f"{a['key']}~{i}", story_id=sids.get(a["story_id"]))
                )
            for s in base["stories"]:
                brief = _rename(copy.deepcopy(s["brief"]), ids) if s["brief"] else None
                if brief:
                    for st in brief.get("stories", []):
                        st["id"] = sids.get(st["id"], st["id"])
                when = s["updated_at"] - timedelta(minutes=i)
                batch.setdefault("stories", []).append(dict(s, id=sids[s["id"]], brief=brief, updated_at=when))
            for name in ("origins", "facts", "entities"):
                for r in base[name]:
                    row = {k: v for k, v in r.items() if k != "id"}
                    row["story_id"] = sids[r["story_id"]]
                    if "articles" in row and isinstance(row["articles"], list):
                        row["articles"] = [ids.get(a, a) for a in row["articles"]]
                    batch.setdefault(name, []).append(row)
            for name in ("stories", "articles", "origins", "facts", "entities"):
                if batch.get(name):
                    conn.execute(tables[name].insert(), batch[name])
        story_ids = [r[0] for r in conn.execute(select(m.StoryRow.id))]
    t0 = time.perf_counter()
    from sqlalchemy.orm import Session

    from synoptic.store.search_index import backfill

    with Session(store.engine) as session, session.begin():
        backfill(session)
    print(f"indexed the copies for search in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    print(f"store: {store.article_count()} articles, {len(story_ids)} stories "
          f"({copies} synthetic copies of the example)", file=sys.stderr)
    store.close()
    return story_ids


SERVER = """
import sys, uvicorn
from synoptic.settings import Settings
from synoptic.store import Store
from synoptic.web import create_app
app = create_app(Store(sys.argv[1]), Settings(), cache_seconds=float(sys.argv[3]))
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning", access_log=False)
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def _client(port: int, paths: list[str], stop_at: float, budget: list[int],
                  lat: list[float], errors: list[str], ordered: bool = False) -> None:
    """One keep-alive connection, requesting paths in turn until time or budget run out."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    rng = random.Random(id(lat) ^ len(errors))
    try:
        while time.perf_counter() < stop_at and budget[0] > 0:
            budget[0] -= 1
            path = paths[budget[0] % len(paths)] if ordered else rng.choice(paths)
            t0 = time.perf_counter()
            writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: gzip\r\n\r\n".encode())
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head.split(b" ", 2)[1])
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            await reader.readexactly(length)
            lat.append(time.perf_counter() - t0)
            if status != 200:
                errors.append(f"{status} {path}")
    except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
        errors.append(f"{type(exc).__name__}")
    finally:
        writer.close()


async def _load(port: int, paths: list[str], clients: int, seconds: float, max_requests: int,
                ordered: bool = False):
    lat: list[float] = []
    errors: list[str] = []
    budget = [max_requests]
    start = time.perf_counter()
    await asyncio.gather(*[_client(port, paths, start + seconds, budget, lat, errors, ordered)
                           for _ in range(clients)])
    return lat, errors, time.perf_counter() - start


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux /proc), NaN elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return float("nan")


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000, help="store size (synthetic copies)")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0, help="per scenario")
    parser.add_argument("--max-requests", type=int, default=200_000, help="per scenario, a hard bound")
    parser.add_argument("--db", help="store URL: reused when it holds articles, else built there and kept")
    parser.add_argument("--stories", type=int, default=200, help="distinct story URLs requested")
    parser.add_argument("--modes", default="uncached", help="cached, uncached or both (cached,uncached)")
    args = parser.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="synoptic-bench-web-")
    url = args.db or f"sqlite:///{tmp.name}/bench.db"
    from synoptic.store import Store

    store = Store(url)
    reuse = store.article_count() > 0
    story_ids = [s["id"] for s in store.list_stories(limit=100_000)] if reuse else []
    store.close()
    if not reuse:
        story_ids = build_store(url, args.articles)
    sample = random.Random(0).sample(story_ids, min(args.stories, len(story_ids)))
    pages = max(1, len(story_ids) // 20)
    scenarios = [
        ("stories list /", ["/", "/?sort=sources", "/?sort=disputes", f"/?page={pages // 2}"]),
        ("story page /stories/{id}", [f"/stories/{s}" for s in sample]),
        ("search /search?q=", ["/search?q=Sherman", "/search?q=Riabkov", "/search?q=%22Wendy+Sherman%22",
                               "/search?q=Geneva&language=en", "/search?q=NATO&page=3", "/search?q=fisherman"]),
        ("feed /stories/{id}/feed.atom", [f"/stories/{s}/feed.atom" for s in sample]),
        ("API /api/v1/stories", ["/api/v1/stories", "/api/v1/stories?offset=20"]),
    ]
    print(f"\n{len(story_ids)} stories in the store, {len(sample)} story URLs requested at random · "
          f"{args.clients} concurrent keep-alive clients · {args.seconds:g} s per row · 127.0.0.1, "
          f"one uvicorn process · load average before: {os.getloadavg()[0]:.1f}")
    verdicts = []
    try:
        for mode in args.modes.split(","):
            cache_seconds = 30.0 if mode == "cached" else 0.0
            verdicts.append(_run_mode(mode, url, cache_seconds, scenarios, args))
    finally:
        tmp.cleanup()
    print()
    for line in verdicts:
        print(line)


def _run_mode(mode: str, url: str, cache_seconds: float, scenarios, args) -> str:
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    server = subprocess.Popen([sys.executable, "-c", SERVER, url, str(port), str(cache_seconds)], env=env)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the web server did not start") from None
                time.sleep(0.2)
        note = ("response cache on; one warm-up pass over the URLs first" if cache_seconds
                else "response cache off: every request renders from the store")
        print(f"\n{mode}: {note}\n")
        # CPU ms/req: the server process's CPU time over the row's requests (the client's
        # is not in it): what a request costs whatever else the machine is doing
        print(f"| {'endpoint':<30} | {'requests':>8} | {'req/s':>7} | {'p50 ms':>7} | {'p99 ms':>7} | "
              f"{'CPU ms/req':>10} | {'errors':>6} | {'load':>5} |")
        print(f"|{'-' * 32}|{'-' * 10}|{'-' * 9}|{'-' * 9}|{'-' * 9}|{'-' * 12}|{'-' * 8}|{'-' * 7}|")
        results = {}
        for name, paths in scenarios:
            if cache_seconds:
                asyncio.run(_load(port, paths, min(4, args.clients), 600.0, len(paths), ordered=True))
            else:
                asyncio.run(_load(port, paths, min(4, args.clients), 1.0, 20))
            cpu0 = _cpu_seconds(server.pid)
            lat, errors, took = asyncio.run(_load(port, paths, args.clients, args.seconds, args.max_requests))
            cpu = (_cpu_seconds(server.pid) - cpu0) * 1000 / max(1, len(lat))
            results[name] = (lat, errors)
            print(f"| {name:<30} | {len(lat):>8} | {len(lat) / took:>7.0f} | {_pct(lat, 0.5):>7.1f} | "
                  f"{_pct(lat, 0.99):>7.1f} | {cpu:>10.1f} | {len(errors):>6} | {os.getloadavg()[0]:>5.1f} |")
            if errors:
                print(f"  first errors: {errors[:3]}")
        total_errors = sum(len(e) for _, e in results.values())
        slow = {name: _pct(lat, 0.99) for name, (lat, _) in results.items() if not name.startswith("API")}
        ok = all(v < 300 for v in slow.values()) and total_errors == 0
        worst = max(slow, key=slow.get)
        return (f"{mode}: target p99 < 300 ms for list, story, search and feed, zero errors: "
                f"{'MET' if ok else 'NOT MET'} (worst: {worst} p99 {slow[worst]:.1f} ms, {total_errors} errors)")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
