"""The store on SQLite: ingestion is idempotent, revisions refresh briefs, queries follow the API."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import inspect, update

from synoptic import briefs, read
from synoptic.ingest import Ingester
from synoptic.model import Document
from synoptic.settings import Settings
from synoptic.store import Store
from synoptic.store.db import make_engine, migrate
from synoptic.store.models import ArticleRow

pytestmark = pytest.mark.slow


@pytest.fixture()
def settings() -> Settings:
    s = Settings(quiet=True)
    s.vectors.encoder = "tfidf"  # fast and stateless; the default encoder is exercised by e2e
    assert s.store.briefs == "lazy"  # the default (#23); "end" is tested on its own below
    return s


@pytest.fixture()
def store(tmp_path: Path):
    with Store(f"sqlite:///{tmp_path / 'synoptic.db'}") as s:
        yield s


def test_example_ingests_into_one_story_and_reingest_is_a_noop(
    store: Store, settings: Settings, example_dir: Path
) -> None:
    report = Ingester(store).ingest(read.read_paths([str(example_dir)], settings.read), settings)
    assert report.added == 5 and report.unchanged == 0 and not report.skipped
    assert len(report.stories) == 1
    listed = store.list_stories()
    assert len(listed) == 1 and listed[0]["article_count"] == 5
    assert store.count_stories() == 1
    # briefs are lazy by default: none stored yet, built on the first view, then stored
    assert store.story_brief(listed[0]["id"]) is None
    brief = briefs.current_brief(store, listed[0]["id"], settings)
    assert brief is not None and brief["schema"] == "synoptic.brief/1"
    assert store.story_brief(listed[0]["id"]) == brief
    assert [s["id"] for s in brief["stories"]] == [listed[0]["id"]]
    assert sorted(a["id"] for a in brief["articles"]) == sorted(listed[0]["articles"])

    again = Ingester(store).ingest(read.read_paths([str(example_dir)], settings.read), settings)
    assert again.added == 0 and again.updated == 0 and again.unchanged == 5
    assert store.article_count() == 5 and store.count_stories() == 1

    art = store.article(listed[0]["articles"][0])
    assert art is not None and art["story"] == listed[0]["id"]
    assert set(art) >= {"id", "source", "outlet", "title", "language", "published", "text",
                        "removed", "url", "raw_text", "headings", "story"}


def test_same_url_new_text_is_a_revision_and_refreshes_the_brief(
    store: Store, settings: Settings, example_dir: Path
) -> None:
    paths = sorted(example_dir.glob("*.txt"))
    docs = [
        Document(id=p.stem, source=str(p), content=p.read_text(encoding="utf-8"),
                 url=f"https://news.example.org/{p.stem}?utm_source=feed")
        for p in paths
    ]
    first = Ingester(store).ingest(docs, settings)
    assert first.added == 5
    sid = first.stories[0]
    before = briefs.current_brief(store, sid, settings)
    lines = docs[2].content.split("\n")
    middle = next(i for i in range(len(lines) // 3, len(lines)) if len(lines[i]) > 100)
    lines[middle] += " Officials said a second round of talks would follow next month."
    revised_text = "\n".join(lines)
    revised = Document(id=docs[2].id, source=docs[2].source, content=revised_text,
                       url=f"https://news.example.org/{paths[2].stem}")  # same page, tracking param gone
    second = Ingester(store).ingest([revised], settings)
    assert (second.added, second.updated) == (0, 1)
    assert second.stories == [sid]
    art = store.article(docs[2].id)
    assert art is not None and art["revision"] == 2 and "second round of talks" in art["text"]
    assert len(store.revisions(docs[2].id)) == 1
    assert store.story_brief(sid) is None  # the brief of the older text is never shown as current
    after = briefs.current_brief(store, sid, settings)
    assert after is not None and before is not None
    texts = {a["id"]: a["text"] for a in after["articles"]}
    assert "second round of talks" in texts[docs[2].id]


def test_briefs_end_builds_each_touched_story_brief_once_at_the_run_end(
    store: Store, settings: Settings, example_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.store.briefs = "end"  # `synoptic ingest --briefs end`
    built: list[str] = []
    make = briefs.make_brief

    def counted(story_id, rows, s):
        built.append(story_id)
        return make(story_id, rows, s)

    monkeypatch.setattr(briefs, "make_brief", counted)
    # one article a batch: the story is touched by five batches, its brief built once
    report = Ingester(store).ingest(read.read_paths([str(example_dir)], settings.read), settings, batch_size=1)
    (sid,) = report.stories
    assert built == [sid]
    (listed,) = store.list_stories()  # what a list shows right after the run is current
    assert listed["conflicts"] == 2 and len(store.story_brief(sid)["articles"]) == 5
    assert listed["brief_pending"] is False


def test_a_pending_brief_is_never_listed_as_zero_sources_and_disputes(
    store: Store, settings: Settings, example_dir: Path
) -> None:
    from synoptic.render.lists import stories_table
    from synoptic.store.search import Filters
    from synoptic.web.views import story_counts

    Ingester(store).ingest(read.read_paths([str(example_dir)], settings.read), settings)
    (listed,) = store.list_stories()
    (card,) = store.find_stories(Filters(), limit=10, offset=0, members=True)["stories"]
    # lazy: the brief is still to build, so the counts are unknown (the fields stay, add-only)
    assert listed["brief_pending"] is True and card["brief_pending"] is True
    assert listed["conflicts"] == 0 and "independent_sources" in card
    table = stories_table([listed], terminal=False)
    assert "brief pending" in table and " 0 " not in table.split(listed["id"])[1].split("\n")[0]
    assert story_counts(card)["pending"] is True
    briefs.current_brief(store, listed["id"], settings)  # the first view builds it
    (listed,) = store.list_stories()
    (card,) = store.find_stories(Filters(), limit=10, offset=0, members=True)["stories"]
    assert listed["brief_pending"] is False and card["brief_pending"] is False
    # the example's two disputes (troops; Sherman's title), now known
    assert listed["conflicts"] == card["conflicts"] == 2 and listed["independent_sources"] >= 2
    assert "brief pending" not in stories_table([listed], terminal=False)


def test_eager_and_lazy_briefs_are_the_same(store: Store, settings: Settings, example_dir: Path,
                                            tmp_path: Path) -> None:
    Ingester(store).ingest(read.read_paths([str(example_dir)], settings.read), settings)
    (sid,) = [s["id"] for s in store.list_stories()]
    settings.store.briefs = "now"
    with Store(f"sqlite:///{tmp_path / 'eager.db'}") as eager:
        Ingester(eager).ingest(read.read_paths([str(example_dir)], settings.read), settings)
        built = eager.story_brief(sid)
        listed = eager.list_stories()
    assert built is not None and briefs.current_brief(store, sid, settings) == built
    # the story's figures in lists come from its brief, once it is built
    assert store.list_stories()[0]["conflicts"] == listed[0]["conflicts"] == 2


def test_a_brief_built_while_the_story_changes_is_not_saved(
    store: Store, settings: Settings, example_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = sorted(example_dir.glob("*.txt"))
    docs = [Document(id=p.stem, source=str(p), content=p.read_text(encoding="utf-8")) for p in paths]
    Ingester(store).ingest(docs[:4], settings)
    (sid,) = [s["id"] for s in store.list_stories()]
    make = briefs.make_brief
    built_from: list[list[str]] = []

    def make_while_ingesting(story_id, rows, s):
        built_from.append([r.id for r in rows])
        if len(built_from) == 1:  # a batch lands while the first build runs
            Ingester(store).ingest(docs[4:], settings)
        return make(story_id, rows, s)

    monkeypatch.setattr(briefs, "make_brief", make_while_ingesting)
    data = briefs.current_brief(store, sid, settings)
    assert [len(ids) for ids in built_from] == [4, 5]  # built again from the current members
    assert data is not None and len(data["articles"]) == 5
    stored = store.story_brief(sid)
    assert stored is not None and len(stored["articles"]) == 5


def test_the_story_page_and_api_build_a_pending_brief(store: Store, settings: Settings, example_dir: Path) -> None:
    from fastapi.testclient import TestClient

    from synoptic.web import create_app

    Ingester(store).ingest(read.read_paths([str(example_dir)], settings.read), settings)
    (sid,) = [s["id"] for s in store.list_stories()]
    client = TestClient(create_app(store, settings, cache_seconds=0))
    api = client.get(f"/api/v1/stories/{sid}")
    assert api.status_code == 200 and api.json()["stories"][0]["id"] == sid
    stored = store.story_brief(sid)
    assert stored is not None and stored["stories"][0]["title"] == api.json()["stories"][0]["title"]
    page = client.get(f"/stories/{sid}")
    assert page.status_code == 200 and "Sherman" in page.text


def test_pending_briefs_are_built_once_quiet(store: Store, settings: Settings, example_dir: Path) -> None:
    Ingester(store).ingest(read.read_paths([str(example_dir)], settings.read), settings)
    (sid,) = [s["id"] for s in store.list_stories()]
    assert briefs.build_pending(store, settings, quiet_seconds=3600) == 0  # touched just now: not quiet
    assert store.story_brief(sid) is None
    assert briefs.build_pending(store, settings) == 1
    assert store.story_brief(sid) is not None
    assert briefs.build_pending(store, settings) == 0  # nothing left to build


def test_copy_of_a_file_is_stored_and_linked_not_merged(store: Store, settings: Settings, example_dir: Path,
                                                        tmp_path: Path) -> None:
    # the same text under another name: its own article, a copy of the first (#18)
    src = sorted(example_dir.glob("*.txt"))[0]
    copy = tmp_path / "copy" / "renamed.txt"
    copy.parent.mkdir()
    shutil.copy(src, copy)
    Ingester(store).ingest(read.read_paths([str(src)], settings.read), settings, build_briefs=False)
    report = Ingester(store).ingest(read.read_paths([str(copy)], settings.read), settings, build_briefs=False)
    assert report.added == 0 and report.unchanged == 0 and report.copies == 1
    (outcome,) = report.outcomes
    assert outcome.outcome == "copy" and outcome.of == src.stem and outcome.article == "renamed"
    (story,) = store.list_stories()
    assert sorted(story["articles"]) == sorted([src.stem, "renamed"])


def test_bad_inputs_are_skipped_not_fatal(store: Store, settings: Settings, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    report = Ingester(store).ingest(read.read_paths([str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt")],
                                          settings.read), settings)
    assert report.added == 0 and len(report.skipped) == 2
    assert store.count_stories() == 0


def test_search_and_entity_lookup(store: Store, settings: Settings, example_dir: Path) -> None:
    Ingester(store).ingest(read.read_paths([str(example_dir)], settings.read), settings)
    found = store.search("geneva")
    assert found["stories"] and found["articles"]
    assert all({"id", "title", "outlet", "story"} <= set(a) for a in found["articles"])
    if found["entities"]:
        key = found["entities"][0]["key"]
        entity = store.entity(key)
        assert entity is not None and entity["stories"]
    assert store.list_stories(query="no-such-words-anywhere") == []


def search_wildcards_are_literal(store: Store, settings: Settings, example_dir: Path) -> None:
    """`%` and `_` in a query are never wildcards (shared with the PostgreSQL test): search
    matches whole words, and `%` and `_` are no part of a word (#22)."""
    Ingester(store).ingest(read.read_paths([str(example_dir)], settings.read), settings)
    path = sorted(example_dir.glob("*.txt"))[1]
    paras = path.read_text(encoding="utf-8").split("\n\n")
    poll = "In a poll published on Monday, 54% of Swiss voters backed the talks (panel_b)."
    doc = Document(id="poll", source="poll.txt", content="\n\n".join(paras[:8] + [poll] + paras[8:]))
    assert Ingester(store).ingest([doc], settings).added == 1
    assert len(store.search("geneva")["articles"]) >= 2
    for query in ("54%", "panel_b", "54% of Swiss"):
        found = store.search(query)
        assert [a["id"] for a in found["articles"]] == ["poll"], query
    for query in ("%", "_", "%%", "panel_c", "_anel", "\\"):
        assert store.search(query)["articles"] == [], query
        assert store.list_stories(query=query) == [], query
    # "_" is not a letter: "geneva_" is the word "geneva"
    assert store.search("geneva_")["articles"] == store.search("geneva")["articles"]
    assert store.list_stories(query="%") == []


def test_search_wildcards_are_literal(store: Store, settings: Settings, example_dir: Path) -> None:
    search_wildcards_are_literal(store, settings, example_dir)


def test_a_story_covered_day_after_day_stays_one_story(
    store: Store, settings: Settings, example_dir: Path
) -> None:
    # The example's five reports arrive one batch at a time over six days, never more
    # than two days apart: the story never falls quiet for a week (`story_evidence_days`),
    # so the first and the last report, six days apart, share one story.
    days = [date(2022, 1, 9), date(2022, 1, 10), date(2022, 1, 12), date(2022, 1, 13), date(2022, 1, 15)]
    paths = sorted(example_dir.glob("*.txt"))
    stories = set()
    for path, day in zip(paths, days, strict=True):
        doc = Document(id=path.stem, source=str(path), content=path.read_text(encoding="utf-8"), published=day)
        stories.update(Ingester(store).ingest([doc], settings).stories)
    listed = store.list_stories()
    assert len(listed) == 1 and listed[0]["article_count"] == 5
    assert stories == {listed[0]["id"]}


def test_articles_stored_before_words_were_kept_get_them_from_their_text(
    settings: Settings, example_dir: Path, tmp_path: Path
) -> None:
    # a store made before the words column (migration 0002): its rows have none, and the
    # clusterer must not compare a newcomer's words with nothing
    url = f"sqlite:///{tmp_path / 'synoptic.db'}"
    paths = [str(p) for p in sorted(example_dir.glob("*.txt"))]
    with Store(url) as store:
        ingester = Ingester(store)
        ingester.ingest(read.read_paths(paths[:4], settings.read), settings)
        kept = {aid: (f.words.copy(), f.word_tf.copy()) for aid, f in ingester._clusterer.features.items()}
        assert len(kept) == 4 and all(words.size > 100 for words, _ in kept.values())
        with store.engine.begin() as conn:
            conn.execute(update(ArticleRow).values(words=None))
    with Store(url) as store:
        ingester = Ingester(store)
        report = ingester.ingest(read.read_paths(paths[4:], settings.read), settings)
        assert report.added == 1 and store.count_stories() == 1
        loaded = ingester._clusterer.features
        for aid, (words, weights) in kept.items():
            assert np.array_equal(loaded[aid].words, words)
            assert np.allclose(loaded[aid].word_tf, weights, atol=1e-2)  # stored as float16


def test_a_store_made_before_words_upgrades_in_place(settings: Settings, example_dir: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'synoptic.db'}"
    engine = make_engine(url)
    migrate(engine, "0001")  # the schema as the first release made it
    assert "words" not in {c["name"] for c in inspect(engine).get_columns("articles")}
    engine.dispose()
    with Store(url) as store:  # opening upgrades it
        assert "words" in {c["name"] for c in inspect(store.engine).get_columns("articles")}
        report = Ingester(store).ingest(read.read_paths([str(example_dir)], settings.read), settings)
        assert report.added == 5 and store.count_stories() == 1


def test_a_write_reads_without_the_file_mapping_and_readers_keep_it(store: Store) -> None:
    """An ingest's batch reads through SQLite's page cache, not the memory map (every page it
    ever maps stays counted in its resident memory); readers map the file as configured."""
    from sqlalchemy import text

    from synoptic.settings import StoreSettings

    def mapped(conn) -> int:
        return int(conn.connection.dbapi_connection.execute("PRAGMA mmap_size").fetchone()[0])

    with store.engine.connect() as conn:
        assert mapped(conn) == StoreSettings.mmap_bytes
    with store.write() as session:
        assert mapped(session.connection()) == StoreSettings.write_mmap_bytes == 0
        session.execute(text("SELECT count(*) FROM articles"))
    with store.engine.connect() as conn:  # the pool's one connection, given back as it was
        assert mapped(conn) == StoreSettings.mmap_bytes
