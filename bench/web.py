"""Web app latency and throughput under a bounded local load.

    .venv/bin/python bench/web.py [--articles 100000] [--clients 20] [--seconds 30] [--db URL] [--workers 1]

The store: the bundled example is ingested once through the real pipeline and `Store`,
then its rows are replicated with varied ids (and staggered update and ingest times: copy i
i minutes before the original) until the store
holds `--articles` articles. The data is therefore SYNTHETIC: 10,000 articles are 2,000 copies
of the example's stories, so every story page has the example's size.

The server is `synoptic serve`'s app (`web.app.app_from_environment`) under uvicorn in a
separate process on 127.0.0.1 with `--workers` worker processes (access log off);
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
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "geneva-2022"


def _quoted_ids(expr: str, ids: list[str]) -> str:
    """SQL that maps every JSON string value equal to one of `ids` ("x") to its copy's ("x~i")."""
    for i in ids:
        expr = f"replace({expr}, '\"{i}\"', '\"{i}~' || n.i || '\"')"
    return expr


def _replicate(conn, copies: int, article_ids: list[str], story_ids: list[str]) -> None:
    """SYNTHETIC rows: `copies` copies of every stored story with its articles, origins, facts,
    entities and outlet rows, made by INSERT ... SELECT inside the database (no row passes
    through Python): ids get "~i", JSON values naming an article or story id are mapped
    alike (brief, facts, origins), and copy i's story and articles are updated and ingested
    i minutes before the original's, so lists and newest-first search walk the copies in turn
    (not 20,000 copies of one article first). Indexes are the schema's, kept by the database."""
    from sqlalchemy import inspect, text

    pg = conn.dialect.name == "postgresql"
    conn.execute(text("CREATE TEMPORARY TABLE bench_n (i INTEGER PRIMARY KEY)"))
    conn.execute(text("INSERT INTO bench_n (i) VALUES (:i)"), [{"i": i} for i in range(1, copies + 1)])
    as_text = (lambda c: f"CAST({c} AS TEXT)") if pg else (lambda c: c)
    as_json = (lambda e: f"CAST({e} AS JSON)") if pg else (lambda e: e)
    all_ids = article_ids + story_ids
    suffix = "|| '~' || n.i"
    def shifted(col: str) -> str:
        return (f"t.{col} - n.i * INTERVAL '1 minute'" if pg else
                f"strftime('%Y-%m-%d %H:%M:%S', t.{col}, '-' || n.i || ' minutes') || '.000000'")

    over = {
        "stories": {"id": f"id {suffix}", "updated_at": shifted("updated_at"),
                    "brief": as_json(_quoted_ids(as_text("brief"), all_ids))},
        "articles": {"id": f"id {suffix}", "key": f"key {suffix}", "story_id": f"story_id {suffix}",
                     "ingested_at": shifted("ingested_at"), "updated_at": shifted("updated_at")},
        "origins": {"story_id": f"story_id {suffix}", "articles": as_json(_quoted_ids(as_text("articles"), article_ids))},
        "facts": {"story_id": f"story_id {suffix}", "articles": as_json(_quoted_ids(as_text("articles"), article_ids))},
        "story_entities": {"story_id": f"story_id {suffix}"},
        "outlet_stories": {"story_id": f"story_id {suffix}"},
    }
    inspector = inspect(conn)
    for table, exprs in over.items():
        cols = [c["name"] for c in inspector.get_columns(table) if not (c["name"] == "id" and table not in
                                                                          ("stories", "articles"))]
        quoted = [f'"{c}"' for c in cols]
        select_list = ", ".join(exprs.get(c, f"t.{q}") for c, q in zip(cols, quoted, strict=True))
        conn.execute(text(f"INSERT INTO {table} ({', '.join(quoted)}) SELECT {select_list} "
                          f"FROM bench_n AS n CROSS JOIN {table} AS t"))
    conn.execute(text("DROP TABLE bench_n"))


def build_store(url: str, n_articles: int) -> list[str]:
    """Ingest the example, then replicate its rows to n_articles; returns all story ids."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from synoptic.ingest import Ingester
    from synoptic.read import read_paths
    from synoptic.settings import Settings
    from synoptic.store import Store
    from synoptic.store import models as m
    from synoptic.store.search_index import backfill

    settings = Settings(quiet=True)
    settings.store.briefs = "end"  # the copies carry the example's built brief (briefs are lazy by default)
    store = Store(url)
    t0 = time.perf_counter()
    Ingester(store).ingest(read_paths([str(EXAMPLE)], settings.read), settings)
    print(f"ingested the example in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    t0 = time.perf_counter()
    with store.engine.begin() as conn:
        article_ids = list(conn.scalars(select(m.ArticleRow.id)))
        base_stories = list(conn.scalars(select(m.StoryRow.id)))
        copies = max(0, -(-n_articles // len(article_ids)) - 1)
        _replicate(conn, copies, article_ids, base_stories)
        story_ids = list(conn.scalars(select(m.StoryRow.id)))
    print(f"copied the rows in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    t0 = time.perf_counter()
    with Session(store.engine) as session, session.begin():
        backfill(session)
    print(f"indexed the copies for search in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    print(f"store: {store.article_count()} articles, {len(story_ids)} stories "
          f"({copies} synthetic copies of the example)", file=sys.stderr)
    store.close()
    return story_ids


SERVER = """
import json, os, sys, uvicorn
from synoptic.web.app import SERVE_ENV
os.environ[SERVE_ENV] = json.dumps({"db": sys.argv[1], "cache_seconds": float(sys.argv[3])})
uvicorn.run("synoptic.web.app:app_from_environment", factory=True, workers=int(sys.argv[4]),
            host="127.0.0.1", port=int(sys.argv[2]), log_level="warning", access_log=False)
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
    """User + system CPU time so far of a process and its descendants (uvicorn's workers;
    Linux /proc), NaN elsewhere."""
    try:
        parents: dict[int, int] = {}
        times: dict[int, float] = {}
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
            times[int(entry.name)] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        tree = {pid}
        for _ in range(4):  # supervisor, workers, their helpers
            tree |= {p for p, parent in parents.items() if parent in tree}
        return sum(times.get(p, 0.0) for p in tree) if pid in times else float("nan")
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
    parser.add_argument("--workers", type=int, default=1, help="server processes (synoptic serve --workers)")
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
          f"{args.workers} uvicorn worker process(es) · load average before: {os.getloadavg()[0]:.1f}")
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
    server = subprocess.Popen([sys.executable, "-c", SERVER, url, str(port), str(cache_seconds),
                               str(args.workers)], env=env)
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
        # is not in it): what a request costs whatever else the machine is doing. client ms/req:
        # this load generator's own CPU time a request, taken from the same cores
        print(f"| {'endpoint':<30} | {'requests':>8} | {'req/s':>7} | {'p50 ms':>7} | {'p99 ms':>7} | "
              f"{'CPU ms/req':>10} | {'client ms/req':>13} | {'errors':>6} | {'load':>5} |")
        print(f"|{'-' * 32}|{'-' * 10}|{'-' * 9}|{'-' * 9}|{'-' * 9}|{'-' * 12}|{'-' * 15}|{'-' * 8}|{'-' * 7}|")
        results = {}
        for name, paths in scenarios:
            if cache_seconds:
                asyncio.run(_load(port, paths, min(4, args.clients), 600.0, len(paths), ordered=True))
            else:
                asyncio.run(_load(port, paths, min(4, args.clients), 1.0, 20))
            cpu0, client0 = _cpu_seconds(server.pid), time.process_time()
            lat, errors, took = asyncio.run(_load(port, paths, args.clients, args.seconds, args.max_requests))
            cpu = (_cpu_seconds(server.pid) - cpu0) * 1000 / max(1, len(lat))
            client = (time.process_time() - client0) * 1000 / max(1, len(lat))
            results[name] = (lat, errors)
            print(f"| {name:<30} | {len(lat):>8} | {len(lat) / took:>7.0f} | {_pct(lat, 0.5):>7.1f} | "
                  f"{_pct(lat, 0.99):>7.1f} | {cpu:>10.1f} | {client:>13.2f} | {len(errors):>6} | {os.getloadavg()[0]:>5.1f} |")
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
