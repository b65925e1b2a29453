"""Outlets through the store: a hand-made JSONL of one wire story and its carriers, ingested;
the listing, the profiles, the filter and the CLI agree with what is known of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from synoptic import read
from synoptic.compare.outlet_profiles import story_outlet_rows
from synoptic.ingest import Ingester
from synoptic.settings import Settings
from synoptic.store import Store
from synoptic.web.outlets import outlet_listing, outlet_profile

pytestmark = pytest.mark.slow

DATA = Path(__file__).resolve().parents[1] / "data" / "outlets" / "rotterdam-strike.jsonl"


def _ingested(url: str) -> Store:
    settings = Settings(quiet=True)
    settings.vectors.encoder = "tfidf"  # fast and stateless
    settings.store.briefs = "end"  # profiles of analysed stories (the lazy default: test_lazy_views.py)
    s = Store(url)
    report = Ingester(s).ingest(read.read_paths([str(DATA)], settings.read), settings)
    # f24 repeats the AFP record word for word: stored as a copy of it (#18)
    assert (report.added, report.copies, len(report.stories)) == (4, 1, 1), report
    return s


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request, tmp_path_factory):
    """The same store on SQLite and on PostgreSQL (tests/postgres.py: skipped without a server)."""
    if request.param == "sqlite":
        with _ingested(f"sqlite:///{tmp_path_factory.mktemp('outlets') / 's.db'}") as s:
            yield s
        return
    from tests.postgres import fresh_database

    with fresh_database("synoptic_outlets_") as url, _ingested(url) as s:
        yield s


def test_articles_keep_their_resolved_outlet(store):
    f24 = store.article("f24-rotterdam")
    assert (f24["outlet"], f24["outlet_id"], f24["outlet_kind"], f24["wire"]) == (
        "France 24", "france24.com", "broadcaster", "afp.com")
    dutch = store.article("dutchnews-rotterdam")
    assert (dutch["outlet"], dutch["outlet_id"]) == ("dutchnews.nl", "dutchnews.nl")  # no name anywhere: its domain
    assert store.article("nltimes-rotterdam")["outlet"] == "NL Times"  # the record's name


def test_the_brief_names_the_wire_story(store):
    (story,) = store.list_stories()
    data = store.story_brief(story["id"])
    wire = [o for o in data["stories"][0]["origins"] if o["agency_id"]]
    assert len(wire) == 1 and wire[0]["agency_name"] == "AFP"
    assert sorted(wire[0]["articles"]) == ["afp-rotterdam", "barrons-rotterdam", "f24-rotterdam"]
    by_id = {a["id"]: a for a in data["articles"]}
    assert by_id["afp-rotterdam"]["outlet_kind"] == "wire_agency"


def test_profiles_count_what_is_known(store):
    listed = {o["id"]: o for o in outlet_listing(store)}
    assert set(listed) == {"afp.com", "france24.com", "barrons.com", "nltimes.nl", "dutchnews.nl"}
    known = {  # articles, stories, copies, typical delay in days
        "afp.com": (1, 1, 0, 0), "france24.com": (1, 1, 1, 1), "barrons.com": (1, 1, 1, 1),
        "nltimes.nl": (1, 1, 0, 0), "dutchnews.nl": (1, 1, 0, 2),
    }
    for key, (articles, stories, copies, delay) in known.items():
        o = listed[key]
        assert (o["articles"], o["stories"], o["copies"], o["typical_delay_days"]) == (articles, stories, copies, delay)
        assert o["languages"] == {"en": 1} and o["delays_dated"] == 1
    assert listed["afp.com"]["name"] == "Agence France-Presse" and listed["afp.com"]["kind"] == "wire_agency"
    # facts the agency reported before anyone, later carried by others: first reports of dated facts
    assert listed["afp.com"]["first_reports"] >= 1 and listed["afp.com"]["first_reports"] <= listed["afp.com"]["dated"]
    assert listed["france24.com"]["first_reports"] == 0 and listed["barrons.com"]["first_reports"] == 0


def test_a_profile_is_the_sum_of_its_stories_rows(store):
    (story,) = store.list_stories()
    rows = {r["outlet_id"]: r for r in story_outlet_rows(store.story_brief(story["id"]))}
    for key, row in rows.items():
        p = outlet_profile(store, key)
        assert all(p[c] == row[c] for c in ("articles", "copies", "exclusive_single", "first_reports", "disputes"))
        assert p["evidence"]["articles"] == row["evidence"]["articles"]
    assert outlet_profile(store, "france24.com")["evidence"]["copies"] == ["f24-rotterdam"]
    assert outlet_profile(store, "no-such-outlet.example") is None


@pytest.mark.parametrize("given", ["france24.com", "www.france24.com", "France 24", "FRANCE 24"])
def test_the_outlet_filter_takes_an_id_or_a_name(store, given):
    assert store.count_stories(outlet=given) == 1
    assert store.count_stories(outlet="Le Monde") == 0


def test_cli_outlets_and_outlet(store, capsys):
    from typer.testing import CliRunner

    from synoptic.cli import app

    runner = CliRunner()
    listed = runner.invoke(app, ["outlets", "--json", "--db", store.url])
    assert listed.exit_code == 0, listed.output
    assert {o["id"] for o in json.loads(listed.output)} >= {"afp.com", "france24.com"}
    table = runner.invoke(app, ["outlets", "--db", store.url])
    assert table.exit_code == 0 and "France 24" in table.output and "Barron's" in table.output
    one = runner.invoke(app, ["outlet", "barrons.com", "--db", store.url])
    assert one.exit_code == 0 and "copies: 1 of 1" in one.output and "barrons-rotterdam" in one.output
    missing = runner.invoke(app, ["outlet", "nowhere.example", "--db", store.url])
    assert missing.exit_code == 1


def _downgraded_to_before_outlets(url: str) -> None:
    """The store as a release before outlets left it: schema at 0003, briefs without the
    articles' outlet fields."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    from synoptic.store.db import ALEMBIC_INI, MIGRATIONS

    config = Config(str(ALEMBIC_INI))
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = create_engine(url)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0003_threads")
        for sid, brief in conn.execute(text("SELECT id, brief FROM stories")).all():
            data = json.loads(brief) if isinstance(brief, str) else brief
            for art in data["articles"]:
                for key in ("outlet_id", "outlet_name", "outlet_kind", "outlet_country", "outlet_language", "wire"):
                    art.pop(key, None)
            value = "CAST(:b AS JSON)" if engine.dialect.name == "postgresql" else ":b"
            conn.execute(text(f"UPDATE stories SET brief = {value} WHERE id = :i"), {"b": json.dumps(data), "i": sid})
    engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_a_store_from_before_outlets_is_resolved_on_upgrade(tmp_path, backend):
    if backend == "sqlite":
        _upgrade_resolves_outlets(f"sqlite:///{tmp_path / 'old.db'}")
        return
    from tests.postgres import fresh_database

    with fresh_database("synoptic_outlets_old_") as url:
        _upgrade_resolves_outlets(url)


def _upgrade_resolves_outlets(url: str) -> None:
    from typer.testing import CliRunner

    from synoptic.cli import app

    with _ingested(url) as s:
        before = {o["id"]: o for o in outlet_listing(s)}
    _downgraded_to_before_outlets(url)
    runner = CliRunner()
    listed = runner.invoke(app, ["outlets", "--json", "--db", url])
    assert listed.exit_code == 0, listed.output
    assert "upgraded store: outlets: 5 articles resolved, 5 changed, 4 named" in listed.stderr
    after = {o["id"]: o for o in json.loads(listed.stdout)}
    # the same profiles as a store that resolved them on ingest
    assert after == before
    with Store(url) as s:
        assert not s.outlets_pending  # once
        assert s.article("f24-rotterdam")["wire"] == "afp.com"
        (story,) = s.list_stories()
        by_id = {a["id"]: a for a in s.story_brief(story["id"])["articles"]}
        assert (by_id["f24-rotterdam"]["outlet_name"], by_id["f24-rotterdam"]["outlet_kind"]) == (
            "France 24", "broadcaster")
    # `--rebuild` resolves every article again: nothing changes on a current store
    again = runner.invoke(app, ["outlets", "--json", "--rebuild", "--db", url])
    assert again.exit_code == 0 and "5 articles resolved, 0 changed" in again.stderr
    assert {o["id"]: o for o in json.loads(again.stdout)} == before


def test_outlet_feed_lists_its_articles(store):
    import feedparser
    from fastapi.testclient import TestClient

    from synoptic.web import create_app

    client = TestClient(create_app(store, Settings(quiet=True), cache_seconds=0), client=("127.0.0.1", 5000))
    got = client.get("/outlets/france24.com/feed.atom")
    assert got.status_code == 200 and got.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(got.content)
    assert not feed.bozo and feed.feed.title.startswith("France 24")
    assert [e.link.rsplit("/", 1)[-1] for e in feed.entries] == ["f24-rotterdam"]
    (entry,) = feed.entries
    assert entry.author == "France 24" and "story:" in entry.summary
    assert 'href="/outlets/france24.com/feed.atom"' in client.get("/outlets/france24.com").text
    assert client.get("/outlets/no-such-outlet.example/feed.atom").status_code == 404
