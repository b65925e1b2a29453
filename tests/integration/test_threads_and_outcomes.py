"""Issue #18 through the store: every record accounted for, titles and news dates of
stories, threads over weeks. Texts are MultiLing 2011 source texts (WikiNews, CC BY 3.0)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from synoptic import read
from synoptic.briefs import current_brief
from synoptic.cli import app
from synoptic.ingest import Ingester
from synoptic.settings import Settings
from synoptic.store import Store

pytestmark = pytest.mark.slow


@pytest.fixture()
def settings() -> Settings:
    s = Settings(quiet=True)
    s.vectors.encoder = "tfidf"  # fast and stateless
    return s


@pytest.fixture()
def store(tmp_path: Path):
    with Store(f"sqlite:///{tmp_path / 'synoptic.db'}") as s:
        yield s


def _source(shared_dir: Path, name: str) -> str:
    return (shared_dir / "bench" / "summaries-multiling2011" / "SourceTexts" / name).read_text(encoding="utf-8")


def _body(text: str) -> str:
    """The file without its headline line: an untitled text."""
    return text.split("\n", 1)[1].strip()


def _jsonl(path: Path, records: list[dict]) -> str:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return str(path)


def test_untitled_text_files_make_a_story_with_a_real_title(store, settings, shared_dir, tmp_path) -> None:
    folder = tmp_path / "untitled"
    folder.mkdir()
    for name in ("M0050.english", "M0050.french"):
        (folder / f"{name}.txt").write_text(_body(_source(shared_dir, name)), encoding="utf-8")
    Ingester(store).ingest(read.read_paths([str(folder)], settings.read), settings)
    titles = [s["title"] for s in store.list_stories()]
    assert titles and all(titles)
    for title in titles:
        assert "M0050" not in title and ".txt" not in title
        assert len(title.split()) >= 4  # a headline, not a word
        assert not title[:1].isdigit() or "magnitude" in title  # not the date line


def test_arabic_article_is_dated_and_titled(store, settings, shared_dir, tmp_path) -> None:
    path = tmp_path / "M0060.arabic.txt"
    path.write_text(_source(shared_dir, "M0060.arabic"), encoding="utf-8")
    Ingester(store).ingest(read.read_paths([str(path)], settings.read), settings)
    (story,) = store.list_stories()
    assert story["first_day"] == story["last_day"] == "2010-01-12"
    assert story["title"].startswith("زلزال")


def test_two_records_with_one_text_are_one_article_and_one_copy(store, settings, shared_dir, tmp_path) -> None:
    text = _body(_source(shared_dir, "M0052.english"))
    feed = _jsonl(tmp_path / "feed.jsonl", [
        {"id": "wire-1", "text": text, "title": "New earthquake hits Chile", "outlet": "Wire"},
        {"id": "paper-7", "text": text, "title": "New earthquake hits Chile", "outlet": "Paper"},
    ])
    report = Ingester(store).ingest(read.read_paths([feed], settings.read), settings)
    outcomes = {o.record: o for o in report.outcomes}
    assert (report.added, report.copies) == (1, 1)
    assert outcomes["wire-1"].outcome == "added"
    assert outcomes["paper-7"].outcome == "copy" and outcomes["paper-7"].of == "wire-1"
    (story,) = store.list_stories()
    assert sorted(story["articles"]) == ["paper-7", "wire-1"]  # both listed, neither merged away
    assert story["brief_pending"] is True  # lazy (#23): counted once its brief is built
    assert current_brief(store, story["id"], settings) is not None
    (story,) = store.list_stories()
    assert story["independent_sources"] == 1  # a copy adds no independent source
    assert store.article("paper-7")["text"] == store.article("wire-1")["text"]


def test_the_same_record_twice_is_unchanged(store, settings, shared_dir, tmp_path) -> None:
    feed = _jsonl(tmp_path / "feed.jsonl", [{"id": "a1", "text": _body(_source(shared_dir, "M0054.english"))}])
    first = Ingester(store).ingest(read.read_paths([feed], settings.read), settings)
    again = Ingester(store).ingest(read.read_paths([feed], settings.read), settings)
    assert [o.outcome for o in first.outcomes] == ["added"]
    assert [(o.record, o.outcome) for o in again.outcomes] == [("a1", "unchanged")]
    assert store.article_count() == 1


def test_since_filters_by_news_date_not_by_ingest_date(shared_dir, tmp_path) -> None:
    feed = _jsonl(tmp_path / "feed.jsonl", [
        # dated by the feed, and by a dateline in the text only
        {"id": "quake", "text": _body(_source(shared_dir, "M0050.english")), "published": "2010-02-27"},
        {"id": "tour", "text": _body(_source(shared_dir, "M0030.english"))},
        {"id": "undated", "text": "A statement without any date was published by the council. It said little."},
    ])
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", feed, "--db", db, "--encoder", "tfidf", "--json"])
    assert result.exit_code == 0, result.output
    assert sorted(o["outcome"] for o in json.loads(result.stdout)) == ["added"] * 3
    listed = json.loads(runner.invoke(app, ["stories", "--json", "--db", db]).stdout)
    days = {tuple(s["articles"]): (s["first_day"], s["dated"]) for s in listed}
    assert days[("quake",)] == ("2010-02-27", True)
    assert days[("tour",)] == ("2007-07-07", True)  # from "Saturday, July 7, 2007" in the text
    assert days[("undated",)] == (None, False)  # says it has no date; never the ingest day
    since = json.loads(runner.invoke(app, ["stories", "--json", "--db", db, "--since", "2008-01-01"]).stdout)
    assert [s["articles"] for s in since] == [["quake"]]
    with Store(f"sqlite:///{db}") as store:
        assert [s["articles"] for s in store.list_stories(since=date(2007, 1, 1))] == [["quake"], ["tour"]]


def test_a_thread_forms_from_stories_weeks_apart(store, settings, shared_dir, tmp_path) -> None:
    # the Chile earthquake of 27 February 2010 and its aftershocks in May, weeks later;
    # the Tour de France prologue of 2007 is another topic
    names = ["M0050.english", "M0052.english", "M0053.english", "M0030.english"]
    paths = []
    for name in names:
        path = tmp_path / f"{name}.txt"
        path.write_text(_source(shared_dir, name), encoding="utf-8")
        paths.append(str(path))
    Ingester(store).ingest(read.read_paths(paths, settings.read), settings, batch_size=1)
    listed = store.list_stories()
    story_of = {a: s for s in listed for a in s["articles"]}  # May's two reports may share a story
    threads = store.list_threads()
    by_article = {a: t for t in threads for a in t["articles"]}
    quake, may = by_article["M0050.english"], by_article["M0052.english"]
    assert story_of["M0050.english"]["id"] != story_of["M0052.english"]["id"]  # two stories
    assert quake["id"] == may["id"]  # one thread
    assert (quake["first_day"], quake["last_day"]) == ("2010-02-27", "2010-05-22")
    assert by_article["M0030.english"]["id"] != quake["id"]
    assert quake["title"]
    thread = store.thread(quake["id"])
    assert [i["first_day"] for i in thread["items"]] == sorted(i["first_day"] for i in thread["items"])
    assert all(i["lede"] for i in thread["items"])
    brief = current_brief(store, story_of["M0050.english"]["id"], settings)
    assert brief["stories"][0]["thread"] == quake["id"]
    # the web app: the story page links to its thread; the thread page lists its stories
    # in date order, each with its lede, escaped
    from fastapi.testclient import TestClient

    from synoptic.web import create_app

    client = TestClient(create_app(store, settings, cache_seconds=0))
    page = client.get(f"/stories/{story_of['M0050.english']['id']}")
    assert page.status_code == 200 and f'href="/threads/{quake["id"]}"' in page.text
    page = client.get(f"/threads/{quake['id']}")
    assert page.status_code == 200
    positions = [page.text.index(f'/stories/{i["id"]}"') for i in thread["items"]]
    assert positions == sorted(positions)
    missing = client.get("/threads/th-none")
    assert missing.status_code == 404 and "feed.atom" not in missing.text  # nothing to follow
    # the stories list names each story's thread by its title
    from html import escape

    listing = client.get("/").text
    assert quake["title"] and f'>{escape(quake["title"], quote=True)}</a></p>' in listing
