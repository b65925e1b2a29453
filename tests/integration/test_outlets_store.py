"""Outlets through the store: a hand-made JSONL of one wire story and its carriers, ingested;
the listing, the profiles, the filter and the CLI agree with what is known of it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from synoptic import briefs, read
from synoptic.compare.outlet_profiles import story_outlet_rows
from synoptic.ingest import Ingester
from synoptic.settings import Settings
from synoptic.store import Store
from synoptic.web.outlets import outlet_listing, outlet_profile

pytestmark = pytest.mark.slow

DATA = Path(__file__).resolve().parents[1] / "data" / "outlets" / "rotterdam-strike.jsonl"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    settings = Settings(quiet=True)
    settings.vectors.encoder = "tfidf"  # fast and stateless
    with Store(f"sqlite:///{tmp_path_factory.mktemp('outlets') / 's.db'}") as s:
        report = Ingester(s).ingest(read.read_paths([str(DATA)], settings.read), settings)
        # f24 repeats the AFP record word for word: stored as a copy of it (#18)
        assert (report.added, report.copies, len(report.stories)) == (4, 1, 1), report
        # profiles are summed from stories' briefs: built lazily, here all at once (#23)
        assert briefs.build_pending(s, settings) == 1
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
