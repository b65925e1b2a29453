"""One person given two grades of a police ladder, or two chief posts of one company (#19, stop 38).

Real passages from development stories (GVC CC BY 4.0, ECB+ CC BY 3.0; see NOTICE): the
sheriff's spokesman of GVC 589488 is "Lt." in KOIN's reports and "Sgt." in KATU's; Larry
Lucchino is the Red Sox's "CEO" for Yahoo and its "COO" for WCVB (ECB+ 10_ecbplus). Each
pair runs through the real text layer, entity canonicalisation and `find_conflicts`.
"""

from __future__ import annotations

from synoptic.compare import roles
from synoptic.compare.conflicts import find_conflicts
from synoptic.link.entities import canonicalize
from synoptic.settings import CompareSettings, LinkSettings
from tests.unit.story_parts import one_fact

# gvc-589488 (GVC train), a1b95177 (KOIN) / ffc4a50d (KATU)
LT = "“He definitely was trying to make a getaway,” Marion County Lt. Chris Baldridge said."
SGT = "\"One male was found deceased outside... the crime scene is very large,\" Marion County Sheriff's Office Sgt. Chris Baldridge said."
# ecbplus-10_ecbplus (ECB+ topic 10, development), 10_2ecbplus / 10_4ecbplus
CEO = ("Boston Red Sox majority owner John W. Henry, CEO Larry Lucchino and general manager Theo Epstein flew to "
       "Texas on Thursday night to meet with free agent Mark Teixeira and his agent, Scott Boras.")
COO = ("Lynch reported the Red Sox team of owner John Henry, COO Larry Lucchino and General Manager Theo Epstein "
       "offered Teixeira, 28, an eight-year deal worth $184 million or $23 million per season.")
# ecbplus-18_ecbplus (development): one lieutenant in two outlets
TROY_1 = ("The suspect, 38-year-old Anthony LaCalamita, was \"deliberately seeking out these individuals,\" "
          "according to Troy police Lt. Gerry Scherlinck.")
TROY_2 = ("Officers found a gun in the vehicle matching the description of the one used in the shootings, "
          "Troy police Lt. Gerry Scherlinck said.")


def _roles(reports: list[tuple[str, str]]):
    fact, articles, analyses = one_fact(reports)
    entities = canonicalize(articles, analyses, LinkSettings())
    found = find_conflicts([fact], articles, analyses, entities, [], [], CompareSettings())
    return [c for c in found if c.is_dispute and c.kind == "role"]


def test_a_lieutenant_and_a_sergeant_of_one_spokesman_is_a_dispute() -> None:
    (c,) = _roles([("a1b95177", LT), ("ffc4a50d", SGT)])
    assert sorted(v.value for v in c.variants) == ["Lt.", "Sgt."]
    assert "Baldridge" in c.topic


def test_one_grade_in_two_outlets_is_no_dispute() -> None:
    assert _roles([("18_1ecbplus", TROY_1), ("18_2ecbplus", TROY_2)]) == []


def test_a_ceo_and_a_coo_of_one_executive_is_a_dispute() -> None:
    (c,) = _roles([("10_2ecbplus", CEO), ("10_4ecbplus", COO)])
    assert sorted(v.value for v in c.variants) == ["CEO", "COO"]
    assert "Lucchino" in c.topic


def test_the_chief_executive_written_out_is_the_ceo() -> None:
    spelled = CEO.replace("CEO Larry Lucchino", "chief executive Larry Lucchino")
    assert _roles([("10_2ecbplus", spelled), ("10_4ecbplus", CEO)]) == []


def test_grades_of_one_ladder_only() -> None:
    def clash(a: str, b: str) -> bool:
        return roles.titles_conflict(roles.normalize_title(a), roles.normalize_title(b))

    assert clash("Lt.", "Sgt.") and clash("Capt.", "Lt. Col.")
    # a sergeant's grade qualified, a grade in another post's name, a grade and a job
    assert not clash("Staff Sgt.", "Sgt.")
    assert not clash("lieutenant governor", "sergeant") and not clash("Maj. Gen.", "Col.")
    assert not clash("detective sergeant", "Sgt.") and not clash("police officer", "Sgt.")


def test_a_rank_after_a_place_opens_the_persons_name() -> None:
    from synoptic.model import Article
    from synoptic.settings import TextSettings
    from synoptic.text import analyze

    # GVC 604190 and 364715 (train): a city's police before the rank and the name
    for text, name in (
        ("Cincinnati Police Lt. Steve Saunders said that the shooting happened on the 6200 block of "
         "Chandler Street just after noon.", "Steve Saunders"),
        ("Greenacres Police Lt. Brady Myers says Nilda Sheffield killed Elizabeth Flores and 7-year-old "
         "Xavier Neff and 2-year-old Sofia Chiddo.", "Brady Myers"),
    ):
        analysis = analyze(Article("a", "a.txt", text, language="en"), TextSettings())
        people = {m.span.text: m.role for m in analysis.entities if m.type == "PERSON"}
        assert people.get(name) == "Lt.", people
        assert not any("Police" in p for p in people)
