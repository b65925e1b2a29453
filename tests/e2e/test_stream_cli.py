"""The stream commands for real, in subprocesses: ingest, stories, show, watch; SIGKILL mid-batch;
two writers on one SQLite file."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.integration.test_ingest_http import Server

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

ENV = {**os.environ, "PYTHONUNBUFFERED": "1"}


def synoptic(*args: str, check: bool = True, timeout: float = 300) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, "-m", "synoptic.cli", *args], capture_output=True,
                            text=True, timeout=timeout, env=ENV)
    if check and result.returncode != 0:
        raise AssertionError(f"exit {result.returncode}: {result.stderr[-2000:]}")
    return result


def spawn(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "synoptic.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=ENV)


def make_articles(example_dir: Path, folder: Path, count: int, tag: str) -> list[Path]:
    """Distinct realistic articles: windows of the example articles' paragraphs."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = []
    for path in sorted(example_dir.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        paras = [p for p in body.split("\n") if len(p) > 80]
        if tag == "b":  # another set: other windows of the same articles
            paras = paras[::-1]
        sources.append((title, paras))
    out = []
    for i in range(count):
        title, paras = sources[i % len(sources)]
        start = (i // len(sources)) % max(1, len(paras) - 6)
        text = "\n\n".join(paras[start : start + 6])
        path = folder / f"{tag}{i:03d}.txt"
        path.write_text(f"{title} ({tag} {i})\n\n{text}\n", encoding="utf-8")
        out.append(path)
    return out


def db_state(db: Path) -> tuple[int, int, int, int]:
    """(articles, distinct content hashes, articles without a story, stories)."""
    with sqlite3.connect(db) as conn:
        n, distinct = conn.execute("select count(*), count(distinct key) from articles").fetchone()
        orphans = conn.execute("select count(*) from articles where story_id is null").fetchone()[0]
        stories = conn.execute("select count(*) from stories").fetchone()[0]
    return n, distinct, orphans, stories


def test_ingest_stories_show(example_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    out = synoptic("ingest", str(example_dir), "--db", str(db), "--encoder", "tfidf")
    assert "5 added" in out.stderr
    # lazy by default (#23): the run says how the waiting brief gets built
    assert "1 story awaits its brief" in out.stderr and "synoptic briefs" in out.stderr
    listed = json.loads(synoptic("stories", "--json", "--db", str(db)).stdout)
    assert len(listed) == 1
    story = listed[0]
    assert set(story) >= {"id", "title", "articles", "independent_sources", "conflicts", "updated"}
    assert {"first_day", "last_day", "dated", "thread"} <= set(story)  # news days and thread (#18)
    assert len(story["articles"]) == 5
    table = synoptic("stories", "--db", str(db)).stdout
    # piped, each story stays on one line: its whole id, title and counts
    row = next(line for line in table.splitlines() if story["id"] in line)
    assert story["title"] in row and f" {len(story['articles'])} " in row
    brief = json.loads(synoptic("show", story["id"], "--db", str(db)).stdout)
    assert brief["schema"] == "synoptic.brief/1" and brief["stories"][0]["id"] == story["id"]
    md = synoptic("show", story["id"], "--format", "md", "--db", str(db)).stdout
    assert md.startswith("#")
    html = synoptic("show", story["id"], "--format", "html", "--db", str(db)).stdout
    assert "<html" in html.lower()
    missing = synoptic("show", "st-nope", "--db", str(db), check=False)
    assert missing.returncode == 1 and "no such story" in missing.stderr
    again = synoptic("ingest", str(example_dir), "--db", str(db), "--encoder", "tfidf")
    assert "0 added" in again.stderr and "5 unchanged" in again.stderr
    assert story["brief_pending"] is True  # listed before `show`: lazy by default
    (shown,) = json.loads(synoptic("stories", "--json", "--db", str(db)).stdout)
    assert shown["brief_pending"] is False and shown["conflicts"] == 2  # `show` built it


def test_a_lazy_ingest_lists_its_counts_as_pending_until_the_brief_is_built(example_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "lazy.db")
    synoptic("ingest", str(example_dir), "--db", db, "--encoder", "tfidf", "--briefs", "lazy")
    (story,) = json.loads(synoptic("stories", "--json", "--db", db).stdout)
    assert story["brief_pending"] is True  # its disputes are not known yet: never read as 0 disputes
    row = next(line for line in synoptic("stories", "--db", db).stdout.splitlines() if story["id"] in line)
    assert "brief pending" in row and "—" in row
    synoptic("show", story["id"], "--db", db)  # the first view builds it
    (story,) = json.loads(synoptic("stories", "--json", "--db", db).stdout)
    assert story["brief_pending"] is False and story["conflicts"] == 2  # troops; Sherman's title


def test_sigkill_mid_batch_then_rerun_loses_and_duplicates_nothing(example_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    # enough batches that the kill lands mid-run however fast ingest gets (15 files once all committed
    # in the 0.2 s between two polls, with the process still winding down)
    files = make_articles(example_dir, folder, 120, "k")
    db = tmp_path / "k.db"
    proc = spawn("ingest", str(folder), "--db", str(db), "--encoder", "tfidf", "--batch-size", "3")
    deadline = time.monotonic() + 240
    committed = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                committed = db_state(db)[0]
            except sqlite3.OperationalError:
                continue
            if committed >= 3:
                break
    assert proc.poll() is None, "ingest finished before it could be killed; make the input larger"
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    n, distinct, orphans, _ = db_state(db)
    assert 3 <= n < len(files) and n == distinct and orphans == 0  # whole batches only
    synoptic("ingest", str(folder), "--db", str(db), "--encoder", "tfidf", "--batch-size", "3")
    n, distinct, orphans, stories = db_state(db)
    assert n == len(files) == distinct and orphans == 0 and stories >= 1
    listed = json.loads(synoptic("stories", "--json", "--db", str(db)).stdout)
    covered = [a for s in listed for a in s["articles"]]
    assert sorted(covered) == sorted(p.stem for p in files)


def test_two_writers_on_one_sqlite_file(example_dir: Path, tmp_path: Path) -> None:
    a = make_articles(example_dir, tmp_path / "a", 6, "a")
    b = make_articles(example_dir, tmp_path / "b", 6, "b")
    db = tmp_path / "two.db"
    synoptic("ingest", str(example_dir), "--db", str(db), "--encoder", "tfidf")  # schema in place
    procs = [spawn("ingest", str(tmp_path / d), "--db", str(db), "--encoder", "tfidf", "--batch-size", "2")
             for d in ("a", "b")]
    for p in procs:
        p.wait(300)
        assert p.returncode == 0, p.stderr.read() if p.stderr else ""
    n, distinct, orphans, _ = db_state(db)
    assert n == 5 + len(a) + len(b) == distinct and orphans == 0


def test_watch_polls_and_stops_cleanly_on_ctrl_c(tmp_path: Path) -> None:
    server = Server()
    server.thread.start()
    try:
        db = tmp_path / "w.db"
        proc = spawn("watch", server.base + "/feed.rss", "--every", "1s", "--db", str(db), "--encoder", "tfidf")
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            time.sleep(0.3)
            polls = server.paths().count("/feed.rss")
            if polls >= 2:
                break
        assert server.paths().count("/feed.rss") >= 2, "watch did not poll twice"
        proc.send_signal(signal.SIGINT)
        proc.wait(60)
        assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
        assert db_state(db)[0] == 2
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
