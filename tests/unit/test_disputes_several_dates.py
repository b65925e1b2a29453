"""A statement that gives several dates: the one told in the words another source tells its
only date in is compared (#19, stop 35 branch disputes35).

Real passages of development stories of `bench/data/disputes/` (ECB+ CC BY 3.0, MultiLing
2011 CC BY 3.0; see NOTICE), each pair put in one fact as the aligner joins them, run
through the real text layer and `find_conflicts`. ECB+ articles carry no publication date.
"""

from __future__ import annotations

from datetime import date

from synoptic.compare.conflicts import find_conflicts
from synoptic.settings import CompareSettings
from tests.unit.story_parts import one_fact

SETTINGS = CompareSettings()


def _date_disputes(reports: list[tuple[str, str]], **fields):
    fact, articles, analyses = one_fact(reports, **fields)
    found = find_conflicts([fact], articles, analyses, [], [], [], SETTINGS)
    return [sorted(v.value for v in c.variants) for c in found if c.is_dispute and c.kind == "date"]


def test_the_date_told_in_the_same_words_is_compared() -> None:
    # ecbplus-1_ecb, 1_10ecb / 1_14ecb: "Three years ago" dates her interview, "in September"
    # the launch both statements tell
    found = _date_disputes([
        ("1_10ecb", "Reid launched a new fashion line called Mantra in December."),
        ("1_14ecb", "Three years ago, Reid, who has launched a new fashion line called Mantra in September, "
                    "opened up about her party girl image saying it wasn't accurate and her entourage was a bad "
                    "influence as well."),
    ])
    assert found == [["December", "September"]]


def test_a_weekday_beside_a_month_of_another_act_is_compared() -> None:
    # ecbplus-1_ecb, 1_14ecb / 1_8ecb: "in October" dates what she told People, "on Friday"
    # the check-in
    found = _date_disputes([
        ("1_14ecb", "It's been a long time coming, but Tara Reid has finally entered Malibu Promises Treatment "
                    "Center on Tuesday, her rep told People.com."),
        ("1_8ecb", "After telling People in October that she didn't \"need to do any of that anymore,\" "
                   "\"American Pie\" actress and former travel reporter Tara Reid checked into Promises "
                   "Treatment Center on Friday for an unspecified problem."),
    ])
    assert found == [["Friday", "Tuesday"]]


def test_a_date_of_another_precision_is_not_the_one_compared() -> None:
    # multiling-M005-en, M0052 / M0056: "(1852 UTC)" is read as a year beside "on Friday";
    # it meets the words of the other report's day by chance and is not a day
    found = _date_disputes([
        ("M0052", "A strong earthquake hit Chile at approximately at 14:52 local time (1852 UTC) on Friday."),
        ("M0056", "The earthquake took place in what is considered the \"last weekend in the summer;\" on "
                  "Saturday, February 27, 2010 at 03:34 local time (06:34 UTC), while almost all Chileans "
                  "were sleeping."),
    ], published=date(2010, 3, 12))
    assert found == []
