"""Search, the stories list and feeds over a real store, on SQLite and on PostgreSQL.

The store: the bundled example (Geneva talks, which spell one negotiator "Ryabkov" and
"Riabkov") plus MultiLing 2011 articles ingested as files (../shared): the Haiti
earthquake in English ("Haiti") and French ("Haïti"), the Haiti relief topic naming
President Sarkozy, and an article about a "fisherman".
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import feedparser
import pytest
from fastapi.testclient import TestClient

from synoptic import read
from synoptic.ingest import Ingester
from synoptic.model import Document
from synoptic.settings import Settings
from synoptic.store import Store
from synoptic.store.search import Filters
from synoptic.web import create_app
from tests.postgres import fresh_database

MULTILING = ["M0060.english", "M0060.french", "M0080.english", "M0080.french", "M0020.english"]


def _settings() -> Settings:
    s = Settings(quiet=True)
    s.vectors.encoder = "tfidf"  # fast and stateless
    # search over analysed stories, as `synoptic briefs` leaves them (the lazy default's
    # searches are tested in test_lazy_views.py)
    s.store.briefs = "end"
    return s


def _corpus(tmp: Path, example_dir: Path, shared_dir: Path) -> Path:
    folder = tmp / "corpus"
    folder.mkdir()
    for p in example_dir.glob("*.txt"):
        shutil.copy(p, folder / p.name)
    for name in MULTILING:
        shutil.copy(shared_dir / "bench/summaries-multiling2011/SourceTexts" / name, folder / f"{name}.txt")
    return folder


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request, tmp_path_factory, example_dir, shared_dir):
    tmp = tmp_path_factory.mktemp(request.param)
    corpus = _corpus(tmp, example_dir, shared_dir)
    settings = _settings()

    def fill(url: str):
        s = Store(url)
        Ingester(s).ingest(read.read_paths([str(corpus)], settings.read), settings)
        return s

    if request.param == "sqlite":
        s = fill(f"sqlite:///{tmp / 'synoptic.db'}")
        yield s
        s.close()
    else:
        with fresh_database("synoptic_search_") as url:
            s = fill(url)
            yield s
            s.close()


def _ids(store, **kw) -> set[str]:
    return {a["id"] for a in store.search_articles(Filters(**kw), limit=100)["articles"]}


def test_whole_words_not_words_inside_words(store):
    sherman = _ids(store, query="Sherman")
    assert sherman and all(not a.startswith("M0020") for a in sherman)
    assert any(a.startswith("M0020") for a in _ids(store, query="fisherman"))


def test_case_and_accents_fold(store):
    plain, accented = _ids(store, query="Haiti"), _ids(store, query="Haïti")
    assert plain == accented == _ids(store, query="HAITI")
    assert any(a.startswith("M0060.french") for a in plain)  # the French text writes "Haïti"
    assert any(a.startswith("M0060.english") for a in plain)


def test_alias_finds_every_spelling(store):
    riabkov = store.search_articles(Filters(query="Riabkov"), limit=100)
    ryabkov_only = _ids(store, query='"Sergei Ryabkov"')
    assert ryabkov_only and ryabkov_only <= {a["id"] for a in riabkov["articles"]}
    assert any(e["exact"] and "Ryabkov" in e["name"] for e in riabkov["entities"])
    sarkozy = store.search_articles(Filters(query="Sarkozy"), limit=100)
    assert sarkozy["total"] >= 2 and {a["language"] for a in sarkozy["articles"]} >= {"en", "fr"}


def test_percent_and_underscore_are_not_wildcards(store):
    for q in ("%", "_", "%%", "__", "%_%"):
        assert store.search_articles(Filters(query=q))["total"] == 0
        assert store.find_stories(Filters(query=q))["total"] == 0


def test_filters_combine(store):
    everything = _ids(store, query="Haiti")
    french = _ids(store, query="Haiti", language="fr")
    assert french and french < everything and all(".french" in a for a in french)
    assert not _ids(store, query="Haiti", language="fr", entity="Wendy Sherman")
    # the entity filter takes a name as written, not only a key
    assert store.find_stories(Filters(entity="Sherman"))["total"] >= 1
    assert store.find_stories(Filters(entity="nobody-by-this-name"))["entity_keys"] == []


def test_list_sorts_and_pages_agree(store):
    every = store.find_stories(limit=100)
    total = every["total"]
    assert total == len(every["stories"]) >= 3
    by_disputes = store.find_stories(sort="disputes", limit=100)["stories"]
    assert [s["conflicts"] for s in by_disputes] == sorted((s["conflicts"] for s in by_disputes), reverse=True)
    beyond = store.find_stories(limit=20, offset=99 * 20)
    assert beyond == dict(beyond, stories=[], total=total)
    card = every["stories"][0]
    assert card["first_day"] and card["last_day"] and card["languages"]


def test_web_list_search_and_feeds(store, example_dir):
    client = TestClient(create_app(store, Settings(), cache_seconds=0), client=("127.0.0.1", 5000))
    page = client.get("/", params={"page": 99}).text
    assert "There is no page 99" in page and "No stories yet" not in page
    found = client.get("/search", params={"q": "Riabkov"}).text
    marks = set(re.findall(r"<mark>([^<]*)</mark>", found))
    assert any(m.endswith("Riabkov") for m in marks) and any(m.endswith("Ryabkov") for m in marks)
    sherman = client.get("/search", params={"q": "Sherman"}).text
    assert "fisherman" not in sherman[sherman.index('id="sr-articles"'):].lower()
    assert "no words to search for" in client.get("/search", params={"q": "%"}).text

    sid = next(s["id"] for s in store.find_stories(Filters(query="Riabkov"))["stories"])
    feed = feedparser.parse(client.get(f"/stories/{sid}/feed.atom").content)
    assert not feed.bozo and feed.entries
    kinds = {t.term for e in feed.entries for t in e.get("tags", [])}
    assert {"article", "fact", "dispute"} <= kinds
    before = feedparser.parse(client.get("/search/feed.atom", params={"q": "Riabkov"}).content)
    assert not before.bozo and len(before.entries) >= 2

    # a new article: it appears in the search's feed
    text = ("Riabkov says Geneva talks gave no answer\n\nDeputy Foreign Minister Sergei Riabkov said on "
            "Tuesday that the <b>Geneva</b> talks had given Moscow no answer & no guarantees.")
    doc = Document(id="new-riabkov", source="new-riabkov.txt", content=text)
    Ingester(store).ingest([doc], _settings())
    after = feedparser.parse(client.get("/search/feed.atom", params={"q": "Riabkov"}).content)
    assert not after.bozo
    assert after.entries[0].link.endswith("/articles/new-riabkov")
    assert "<b>" not in client.get("/search/feed.atom", params={"q": "Riabkov"}).text  # escaped


def test_a_revised_article_is_found_by_its_new_words_only(tmp_path, example_dir):
    # SQLite's contentless FTS5 index forgets a row's words only when told them again
    settings = _settings()
    with Store(f"sqlite:///{tmp_path / 's.db'}") as store:
        path = sorted(example_dir.glob("*.txt"))[0]
        text = path.read_text(encoding="utf-8")

        def put(extra: str):
            doc = Document(id=path.stem, source=str(path), content=text + "\n\n" + extra + "\n")
            return Ingester(store).ingest([doc], settings)

        put("Correction: an earlier version of this article misspelled a minister's name.")
        assert _ids(store, query="misspelled") == {path.stem}
        assert put("Correction: an earlier version of this article gave a wrong date.").updated == 1
        assert _ids(store, query="misspelled") == set()
        assert _ids(store, query="wrong date") == {path.stem}
        assert _ids(store, query="Riabkov") == {path.stem}


def test_migration_indexes_a_store_made_before_it(tmp_path, example_dir):
    """Down to 0002 (no index, no ledes) and up again: the backfill indexes what is stored."""
    from alembic import command
    from alembic.config import Config

    from synoptic.store.db import ALEMBIC_INI, MIGRATIONS

    settings = _settings()
    url = f"sqlite:///{tmp_path / 's.db'}"
    with Store(url) as store:
        Ingester(store).ingest(read.read_paths([str(example_dir)], settings.read), settings)
        config = Config(str(ALEMBIC_INI))
        config.set_main_option("script_location", str(MIGRATIONS))
        with store.engine.connect() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0002")
            conn.commit()
    with Store(url) as store:  # upgrades to the latest revision
        assert _ids(store, query="Riabkov") and not _ids(store, query="fisherman")
        card = store.find_stories()["stories"][0]
        assert card["lede"] and store.search_articles(Filters(query="Riabkov"))["entities"]


def test_api_stories_search_the_full_text_index(store):
    """`/api/v1/stories?q=` matches whole words through the index, folds accents, follows
    aliases, and its pages agree with its total."""
    client = TestClient(create_app(store, Settings(), cache_seconds=0), client=("127.0.0.1", 5000))

    def stories(**params) -> dict:
        got = client.get("/api/v1/stories", params=params)
        assert got.status_code == 200
        return got.json()

    # whole words: each story found holds an article with the word, none one with it inside another
    sherman, fisherman = stories(q="Sherman")["stories"], stories(q="fisherman")["stories"]
    assert sherman and all(any(not a.startswith("M") for a in s["articles"]) for s in sherman)
    assert fisherman and all("M0020.english" in s["articles"] for s in fisherman)
    assert stories(q="Sherma")["total"] == stories(q="isherman")["total"] == 0
    haiti = stories(q="Haïti")
    assert haiti["total"] == stories(q="HAITI")["total"] >= 1
    assert any(a.startswith("M0060.english") for s in haiti["stories"] for a in s["articles"])
    # an alias finds the story that spells the name otherwise
    assert {s["id"] for s in stories(q="Riabkov")["stories"]} == {s["id"] for s in stories(q="Ryabkov")["stories"]}
    assert stories(q="%")["total"] == 0
    every = stories(limit=200)
    first = stories(limit=2)
    assert first["total"] == every["total"] and first["next"] and len(first["stories"]) == 2
    second = client.get(first["next"]).json()
    assert [s["id"] for s in first["stories"] + second["stories"]] == [s["id"] for s in every["stories"][:4]]
    assert {"id", "title", "articles", "article_count", "outlets", "first_day", "last_day", "thread"} <= set(
        every["stories"][0])


def test_thread_feed_lists_its_stories_and_articles(store):
    client = TestClient(create_app(store, Settings(), cache_seconds=0), client=("127.0.0.1", 5000))
    thread = next(t for t in store.list_threads() if t["stories"])
    got = client.get(f"/threads/{thread['id']}/feed.atom")
    assert got.status_code == 200 and got.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(got.content)
    assert not feed.bozo and feed.feed.title.startswith(thread["title"] or "Thread")
    links = {e.link.rsplit("/", 2)[-2] + "/" + e.link.rsplit("/", 1)[-1] for e in feed.entries}
    assert {f"stories/{s}" for s in thread["stories"]} <= links
    assert {f"articles/{a}" for a in thread["articles"][:20]} <= links
    assert {t.term for e in feed.entries for t in e.get("tags", [])} == {"story", "article"}
    page = client.get(f"/threads/{thread['id']}").text
    assert f'href="/threads/{thread["id"]}/feed.atom"' in page
    assert client.get("/threads/no-such-thread/feed.atom").status_code == 404


def test_every_plan_pages_results_alike(store, monkeypatch):
    """The three ways SQLite pages results (ids looked up and sorted; the newest-first index
    walked against the list of matches; the newest articles asked one by one) give the same
    pages: forced here by lowering the thresholds that pick them."""
    from synoptic.settings import WebSettings

    def pages(query: str) -> list[list[str]]:
        return [[a["id"] for a in store.search_articles(Filters(query=query), limit=3, offset=o)["articles"]]
                for o in (0, 3, 6)]

    for query in ("Haiti", "Riabkov", "the"):
        expected = pages(query)
        assert expected[0]
        monkeypatch.setattr(WebSettings, "search_walk_from", 0)
        assert pages(query) == expected, "walk"
        monkeypatch.setattr(WebSettings, "search_count_limit", 1)
        monkeypatch.setattr(WebSettings, "search_probe_from", 0)
        assert pages(query) == expected, "newest asked one by one"
        monkeypatch.setattr(WebSettings, "search_probe_factor", 1)
        assert pages(query) == expected, "too few asked: falls back to the walk"
        monkeypatch.undo()


def test_prepared_reads_give_sqlalchemys_rows(store):
    """The page reads run on SQLite's own connection (`store.prepared`): the same rows, with
    the same typed values (dates, times), as SQLAlchemy gives for the same statements."""
    from datetime import datetime

    from sqlalchemy import func, select

    from synoptic.store.cards import _CARDS, _MEMBERS, _OUTLETS
    from synoptic.store.models import ArticleRow, StoryRow
    from synoptic.store.prepared import reading
    from synoptic.store.search import _HITS, _MEMBERS_DATED

    with store.engine.connect() as conn:
        stories = list(conn.scalars(select(StoryRow.id).order_by(StoryRow.id)))
        articles = list(conn.scalars(select(ArticleRow.id).order_by(ArticleRow.id)))
        assert conn.scalar(select(func.count()).select_from(ArticleRow)) == len(articles) > 5
        asked = [(_CARDS, {"ids": stories}), (_OUTLETS, {"ids": stories}), (_MEMBERS, {"ids": stories}),
                 (_HITS, {"ids": articles}), (_MEMBERS_DATED, {"story": stories[0]})]
        expected = [[tuple(r) for r in conn.execute(p.stmt, params).all()] for p, params in asked]
    with reading(store.engine) as reads:
        got = [[tuple(r) for r in p.all(reads, **params)] for p, params in asked]
    assert got == expected
    assert got[3] and all(isinstance(r[6], datetime) for r in got[3])  # ingest times stay datetimes
