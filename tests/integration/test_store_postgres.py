"""The store on a real PostgreSQL server (127.0.0.1:5432, trust auth).

A fixture creates and drops its own database. Without a server the tests skip with
the reason, unless SYNOPTIC_REQUIRE_POSTGRES=1 (CI), where they fail.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from synoptic import briefs, read
from synoptic.ingest import Ingester
from synoptic.model import Document
from synoptic.settings import Settings
from synoptic.store import Store
from tests.postgres import fresh_database

pytestmark = [pytest.mark.postgres, pytest.mark.slow]



@pytest.fixture()
def pg_url():
    with fresh_database("synoptic_test_") as url:
        yield url


def test_postgres_ingest_revision_and_queries(pg_url: str, example_dir: Path) -> None:
    settings = Settings(quiet=True)
    settings.vectors.encoder = "tfidf"
    assert settings.store.briefs == "lazy"  # the default (#23)
    with Store(pg_url) as store:
        first = Ingester(store).ingest(read.read_paths([str(example_dir)], settings.read), settings)
        assert first.added == 5 and len(first.stories) == 1
        again = Ingester(store).ingest(read.read_paths([str(example_dir)], settings.read), settings)
        assert again.added == 0 and again.unchanged == 5
        listed = store.list_stories()
        assert len(listed) == 1 and listed[0]["article_count"] == 5
        assert store.story_brief(listed[0]["id"]) is None  # lazy: built on the first view (#23)
        brief = briefs.current_brief(store, listed[0]["id"], settings)
        assert brief is not None and brief["schema"] == "synoptic.brief/1"
        assert store.story_brief(listed[0]["id"]) == brief
        assert store.search("ukraine")["articles"]
        path = sorted(example_dir.glob("*.txt"))[0]
        doc = Document(id=path.stem, source=str(path), content=path.read_text(encoding="utf-8")
                       + "\n\nCorrection: an earlier version misspelled a name.\n")
        revised = Ingester(store).ingest([doc], settings, build_briefs=False)
        # no URL: a new text at the same path is a revision of that article
        assert revised.updated == 1 and revised.added == 0
        assert store.article(path.stem)["revision"] == 2
    # a second connection sees the same, with the schema already migrated
    with Store(pg_url) as store:
        assert store.count_stories() == 1 and store.article_count() == 5


def test_postgres_search_wildcards_are_literal(pg_url: str, example_dir: Path) -> None:
    from tests.integration.test_store import search_wildcards_are_literal

    settings = Settings(quiet=True)
    settings.vectors.encoder = "tfidf"
    with Store(pg_url) as store:
        search_wildcards_are_literal(store, settings, example_dir)
