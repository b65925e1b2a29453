"""One partner named with two different people in one aligned statement (#19, align36).

Real passages from development stories of `bench/data/disputes/` (ECB+ CC BY 3.0; see
NOTICE), put in one fact as the fact aligner does, run through the real text layer and
`find_conflicts`.
"""

from __future__ import annotations

from synoptic.compare.conflicts import find_conflicts
from synoptic.settings import CompareSettings
from tests.unit.story_parts import one_fact

SETTINGS = CompareSettings()

# ecbplus-6_ecb, 6_1ecb / 6_4ecb: the lead beside Robert Pattinson in New Moon
STEWART = ("Robert Pattinson and Kristen Stewart will star in \"Moon,\" while Melissa Rosenberg is writing "
           "the picture which, like the first, centers on the ordinary teenager Bella and the vampire Edward.")
BELL = ("\"Moon\" will be adapted for the big screen by Melissa Rosenberg with Robert Pattinson and Kristen "
        "Bell in the lead roles.")


def _roles(reports: list[tuple[str, str]]):
    fact, articles, analyses = one_fact(reports)
    found = find_conflicts([fact], articles, analyses, [], [], [], SETTINGS)
    return [c for c in found if c.is_dispute and c.kind == "role"]


def test_one_partner_named_with_two_people_of_one_given_name_is_a_dispute() -> None:
    (c,) = _roles([("6_1ecb", STEWART), ("6_4ecb", BELL)])
    assert sorted(v.value for v in c.variants) == ["Kristen Bell", "Kristen Stewart"]
    assert "Pattinson" in c.topic


def test_an_article_naming_both_people_shows_they_are_two() -> None:
    both = BELL.replace("in the lead roles.", "in the lead roles, and Kristen Stewart in a cameo.")
    assert _roles([("6_1ecb", STEWART), ("6_4ecb", both)]) == []


def test_one_name_told_the_same_way_is_no_dispute() -> None:
    same = BELL.replace("Kristen Bell", "Kristen Stewart")
    assert _roles([("6_1ecb", STEWART), ("6_4ecb", same)]) == []


def test_statements_the_aligner_kept_apart_are_not_compared() -> None:
    fact, articles, analyses = one_fact([("6_1ecb", STEWART), ("6_4ecb", BELL)])
    found = find_conflicts([], articles, analyses, [], [], [], SETTINGS)
    assert [c for c in found if c.is_dispute and c.kind == "role"] == []
