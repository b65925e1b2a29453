"""Outlet profiles on a hand-built story where every figure is known (compare/outlet_profiles)."""

from __future__ import annotations

from synoptic.compare.outlet_profiles import profile, story_outlet_rows
from synoptic.model import OUTLET_COUNTS


def _art(aid, outlet_id, published, language="en", wire=None, outlet=None):
    return {"id": aid, "source": f"{aid}.json", "outlet": outlet or outlet_id, "outlet_id": outlet_id,
            "published": published, "language": language, "wire": wire, "text": "", "title": aid}


def brief() -> dict:
    """A wire story (a1 by the agency, a2 a copy a day later), two independent reports and a
    plain file with no outlet and no date."""
    articles = [
        _art("a1", "afp.com", "2024-03-04", wire="afp.com"),
        _art("a2", "france24.com", "2024-03-05", wire="afp.com"),
        _art("a3", "lemonde.fr", "2024-03-04", language="fr"),
        _art("a4", "nltimes.nl", "2024-03-06"),
        {"id": "a5", "source": "notes/a5.txt", "outlet": None, "outlet_id": None, "published": None,
         "language": "en", "wire": None, "text": "", "title": "a5"},
    ]
    fact = lambda fid, status, indep, ids: {"id": fid, "status": status, "independent_sources": indep,  # noqa: E731
                                            "articles": ids, "text": fid, "mentions": []}
    variant = lambda value, ids: {"value": value, "articles": ids, "mentions": []}  # noqa: E731
    story = {
        "id": "s1", "articles": ["a1", "a2", "a3", "a4", "a5"],
        "origins": [
            {"id": "o1", "articles": ["a1", "a2"], "relation": "syndicated", "agency_id": "afp.com",
             "agency_name": "AFP"},
            {"id": "o2", "articles": ["a3"], "relation": "independent"},
            {"id": "o3", "articles": ["a4"], "relation": "independent"},
            {"id": "o4", "articles": ["a5"], "relation": "independent"},
        ],
        "facts": [
            fact("f1", "corroborated", 3, ["a1", "a2", "a3", "a4"]),  # first day: afp and lemonde
            fact("f2", "corroborated", 2, ["a1", "a2", "a4"]),  # afp alone first, nltimes two days later
            fact("f3", "single_source", 1, ["a3"]),  # only lemonde, never corroborated
            fact("f4", "single_source", 1, ["a5"]),  # only the file: no outlet counts it
            fact("f5", "corroborated", 2, ["a3", "a5"]),  # a5 undated: not dated
            fact("f6", "single_source", 1, ["a1", "a2"]),  # one report, two outlets: nobody's alone
        ],
        "conflicts": [
            {"id": "c1", "kind": "number", "topic": "workers", "imprecise": False, "over_time": False,
             "variants": [variant("1,200", ["a1", "a2", "a4"]), variant("800", ["a3"])]},
            {"id": "c2", "kind": "number", "topic": "ships", "imprecise": False, "over_time": True,
             "variants": [variant("3", ["a3"]), variant("12", ["a4"])]},
            {"id": "c3", "kind": "number", "topic": "pay", "imprecise": True, "over_time": False,
             "variants": [variant("7%", ["a1"]), variant("about 7%", ["a3"])]},
        ],
    }
    return {"schema": "synoptic.brief/1", "articles": articles, "stories": [story], "skipped": []}


EXPECTED = {
    #               art copy exS exC corr dated first disp maj alone upd delay
    "afp.com":      (1, 0, 0, 1, 2, 2, 2, 1, 1, 0, 0, 0),
    "france24.com": (1, 1, 0, 0, 2, 2, 0, 1, 1, 0, 0, 1),
    "lemonde.fr":   (1, 0, 1, 0, 2, 1, 1, 1, 0, 1, 1, 0),
    "nltimes.nl":   (1, 0, 0, 0, 2, 2, 0, 1, 1, 0, 0, 2),
}


def test_every_figure_of_a_hand_built_story():
    rows = {r["outlet_id"]: r for r in story_outlet_rows(brief())}
    assert set(rows) == set(EXPECTED)  # the plain file counts for no outlet
    for key, expected in EXPECTED.items():
        got = tuple(rows[key][c] for c in OUTLET_COUNTS) + (rows[key]["delay_days"],)
        assert got == expected, key
    assert rows["lemonde.fr"]["languages"] == {"fr": 1}
    # each figure names its articles
    assert rows["france24.com"]["evidence"]["copies"] == ["a2"]
    assert rows["afp.com"]["evidence"]["exclusive_corroborated"] == ["a1"]
    assert rows["lemonde.fr"]["evidence"]["dispute_alone"] == ["a3"]
    assert rows["lemonde.fr"]["evidence"]["updated"] == ["a3"]
    assert rows["lemonde.fr"]["evidence"]["exclusive_single"] == ["a3"]


def test_a_wire_credit_alone_makes_a_copy():
    data = brief()
    data["articles"][3]["wire"] = "reuters.com"  # nltimes credits another agency
    rows = {r["outlet_id"]: r for r in story_outlet_rows(data)}
    assert rows["nltimes.nl"]["copies"] == 1 and rows["afp.com"]["copies"] == 0


def test_profile_sums_stories_and_takes_the_median_delay():
    one = story_outlet_rows(brief())
    second = brief()
    second["stories"][0]["id"] = "s2"
    for art in second["articles"]:
        art["id"] = art["id"] + "b"
        if art["published"] == "2024-03-05":
            art["published"] = "2024-03-08"  # france24 four days behind in the second story
    for key in ("articles",):
        second["stories"][0][key] = [a + "b" for a in second["stories"][0][key]]
    for part in ("origins", "facts"):
        for item in second["stories"][0][part]:
            item["articles"] = [a + "b" for a in item["articles"]]
    for c in second["stories"][0]["conflicts"]:
        for v in c["variants"]:
            v["articles"] = [a + "b" for a in v["articles"]]
    two = story_outlet_rows(second)
    rows = [dict(r, story_id="s1") for r in one if r["outlet_id"] == "france24.com"]
    rows += [dict(r, story_id="s2") for r in two if r["outlet_id"] == "france24.com"]
    p = profile("france24.com", rows)
    assert (p["stories"], p["articles"], p["copies"], p["copy_share"]) == (2, 2, 2, 1.0)
    assert p["typical_delay_days"] == 2.5 and p["delays_dated"] == 2
    assert p["evidence"]["copies"] == ["a2", "a2b"]
    assert p["story_ids"] == ["s1", "s2"]


def test_no_story_no_rows():
    assert story_outlet_rows({"articles": [], "stories": []}) == []
