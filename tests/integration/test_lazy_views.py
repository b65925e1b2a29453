"""Views over a store ingested with the default settings, where briefs are lazy (#23).

Ingest builds no brief; what a reader sees must still be current: a story shows its brief
on its first view; the views that read what briefs hold (a name's other spellings, an
entity's page, outlet profiles) build the pending briefs they need within their budget,
and say how many stories are still pending when the budget ran out, never a stale or a
silently partial figure. Data: the bundled example (it spells one negotiator "Ryabkov"
and "Riabkov") and tests/data/outlets (one wire story and its carriers).
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from synoptic import briefs, read
from synoptic.cli import app
from synoptic.ingest import Ingester
from synoptic.model import Document
from synoptic.render.lists import stories_table
from synoptic.settings import Settings
from synoptic.store import Store
from synoptic.web import create_app

pytestmark = pytest.mark.slow

OUTLETS = Path(__file__).resolve().parents[1] / "data" / "outlets" / "rotterdam-strike.jsonl"


def _settings() -> Settings:
    s = Settings(quiet=True)
    s.vectors.encoder = "tfidf"  # fast and stateless
    assert s.store.briefs == "lazy"  # the default
    return s


def _ingest(store: Store, paths: list[str]):
    settings = _settings()
    return Ingester(store).ingest(read.read_paths(paths, settings.read), settings)


@pytest.fixture()
def example(tmp_path: Path, example_dir: Path):
    with Store(f"sqlite:///{tmp_path / 'example.db'}") as store:
        (sid,) = _ingest(store, [str(example_dir)]).stories
        assert store.story_brief(sid) is None  # nothing built by the ingest
        yield store, sid


@pytest.fixture()
def outlets(tmp_path: Path):
    with Store(f"sqlite:///{tmp_path / 'outlets.db'}") as store:
        (sid,) = _ingest(store, [str(OUTLETS)]).stories
        yield store, sid


@pytest.fixture()
def no_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """Views get no time to build pending briefs: what they say of what is not built yet."""
    made = briefs.brief_settings

    def without_budget(store, settings=None):
        s = made(store, settings)
        return replace(s, store=replace(s.store, view_brief_seconds=0.0))

    monkeypatch.setattr(briefs, "brief_settings", without_budget)


def _client(store: Store) -> TestClient:
    return TestClient(create_app(store, Settings(quiet=True), cache_seconds=0), client=("127.0.0.1", 5000))


def test_a_name_finds_its_story_by_another_spelling_after_a_default_ingest(example) -> None:
    store, sid = example
    client = _client(store)
    found = client.get("/api/v1/search", params={"q": "Riabkov"}).json()
    assert "sergei-ryabkov" in {e["key"] for e in found["entities"]}
    assert sid in {s["id"] for s in found["stories"]} and found["briefs_pending"] == 0
    page = client.get("/search", params={"q": "Riabkov"}).text
    assert "Sergei Ryabkov" in page and "not analysed yet" not in page
    # the story's counts are those of its brief, built for the search
    (card,) = client.get("/api/v1/stories").json()["stories"]
    assert card["brief_pending"] is False and card["conflicts"] == 2  # troops; Sherman's title


def test_an_entity_page_and_filter_work_on_a_fresh_lazy_store(example) -> None:
    store, sid = example
    client = _client(store)
    page = client.get("/entities/sergei-ryabkov")
    assert page.status_code == 200 and f"/stories/{sid}" in page.text
    entity = client.get("/api/v1/entities/sergei-ryabkov").json()
    assert "Riabkov" in entity["aliases"] and [s["id"] for s in entity["stories"]] == [sid]
    assert entity["briefs_pending"] == 0


def test_an_entity_filter_builds_the_briefs_it_needs(example) -> None:
    store, sid = example
    listed = _client(store).get("/api/v1/stories", params={"entity": "Riabkov"}).json()
    assert [s["id"] for s in listed["stories"]] == [sid] and listed["briefs_pending"] == 0


@pytest.mark.usefixtures("no_budget")
def test_without_time_to_build_a_view_says_what_is_pending(example) -> None:
    store, sid = example
    client = _client(store)
    found = client.get("/api/v1/search", params={"q": "Riabkov"}).json()
    # the article matches by its words; the name's other spellings are not known yet, and it says so
    assert found["entities"] == [] and found["briefs_pending"] == 1
    assert "not analysed yet" in client.get("/search", params={"q": "Riabkov"}).text
    assert "not analysed yet" in client.get("/", params={"q": "Riabkov"}).text
    missing = client.get("/api/v1/entities/sergei-ryabkov")
    assert missing.status_code == 404 and "not analysed yet" in missing.json()["detail"]
    (card,) = client.get("/api/v1/stories").json()["stories"]
    assert card["brief_pending"] is True  # never its 0 disputes as if known
    assert "this order counts their independent sources" in client.get("/", params={"sort": "disputes"}).text
    # the story's own page builds its brief whatever the views' budget: current on first view
    brief = client.get(f"/api/v1/stories/{sid}").json()
    assert sum(1 for c in brief["stories"][0]["conflicts"] if c.get("kind") != "update") >= 2
    assert client.get("/api/v1/entities/sergei-ryabkov").status_code == 200


@pytest.mark.usefixtures("no_budget")
def test_outlet_figures_are_pending_not_partial(outlets) -> None:
    store, sid = outlets
    client = _client(store)
    listed = client.get("/api/v1/outlets").json()
    assert listed["outlets"] == [] and listed["stories_pending"] == 1
    assert "not analysed yet" in client.get("/outlets").text
    missing = client.get("/api/v1/outlets/barrons.com")
    assert missing.status_code == 404 and "not analysed yet" in missing.json()["detail"]
    shown = CliRunner().invoke(app, ["outlets", "--db", store.url])
    assert shown.exit_code == 0 and "1 story is not analysed yet" in shown.output
    one = CliRunner().invoke(app, ["outlet", "barrons.com", "--db", store.url])
    assert one.exit_code == 1 and "not analysed yet" in one.output


def test_an_outlet_profile_builds_its_stories_briefs(outlets) -> None:
    store, sid = outlets
    client = _client(store)
    profile = client.get("/api/v1/outlets/barrons.com").json()
    assert profile["copies"] == 1 and profile["stories_pending"] == 0  # as after `--briefs end`
    listed = client.get("/api/v1/outlets").json()
    assert listed["stories_pending"] == 0
    assert {o["id"] for o in listed["outlets"]} == {"afp.com", "france24.com", "barrons.com", "nltimes.nl",
                                                    "dutchnews.nl"}


def test_a_changed_story_never_shows_its_old_figures(outlets, monkeypatch: pytest.MonkeyPatch) -> None:
    store, sid = outlets
    client = _client(store)
    assert client.get("/api/v1/outlets/barrons.com").json()["copies"] == 1  # built
    (before,) = store.list_stories()
    assert before["brief_pending"] is False and before["independent_sources"] >= 1
    # a new version of one of its articles: the story's brief and what came of it are dropped
    record = json.loads(OUTLETS.read_text(encoding="utf-8").splitlines()[-1])
    record["text"] += "\n\nThe union said talks with the employers would resume on Thursday."
    settings = _settings()
    doc = Document(id=record["id"], source="revised.jsonl", content=record["text"], url=record["url"],
                   title=record["title"], published=date.fromisoformat(record["published"]), language="en")
    assert Ingester(store).ingest([doc], settings).updated == 1
    (after,) = store.list_stories()
    assert after["brief_pending"] is True and after["conflicts"] == 0 and after["independent_sources"] == 0
    assert "brief pending" in stories_table([after], terminal=False)
    assert store.outlet_summary("barrons.com") is None  # not the figures of the older members
    built = briefs.current_brief(store, sid, settings)  # the first view: current
    assert built is not None and "resume on Thursday" in {a["id"]: a["text"] for a in built["articles"]}[record["id"]]
    assert store.outlet_summary("barrons.com")["copies"] == 1


def test_a_brief_stored_as_json_null_is_pending_after_the_upgrade(tmp_path: Path, example_dir: Path) -> None:
    """Before 0007_lazy a dropped brief was the JSON value null: listed as known zeros and
    never built by `synoptic briefs`. The migration makes it SQL NULL: pending."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    from synoptic.store.db import ALEMBIC_INI, MIGRATIONS

    url = f"sqlite:///{tmp_path / 'old.db'}"
    with Store(url) as store:
        (sid,) = _ingest(store, [str(example_dir)]).stories
        config = Config(str(ALEMBIC_INI))
        config.set_main_option("script_location", str(MIGRATIONS))
        with store.engine.connect() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0006_web")
            conn.execute(text("UPDATE stories SET brief = 'null'"))  # as the older code left it
            conn.commit()
    with Store(url) as store:  # upgraded to the latest revision
        (card,) = store.list_stories()
        assert card["brief_pending"] is True
        assert briefs.build_pending(store, _settings()) == 1
        assert store.list_stories()[0]["conflicts"] == 2 and store.story_brief(sid) is not None
