"""The labelled dispute set's matching rule (`bench/conflicts.py`: `matches_dispute`)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "conflicts.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_conflicts", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_conflicts"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def variant(value: str, *mentions: tuple[str, str]) -> dict:
    return {"value": value, "articles": sorted({a for a, _ in mentions}),
            "mentions": [{"article": a, "text": t} for a, t in mentions]}


# one gold entry of ecbplus-24_ecb and one of gvc-571922, as labelled
HAUL_EUROS = {"kind": "number", "topic": "value of the jewels stolen, in euros", "variants": [
    {"value": "85 million euros", "articles": ["24_3ecb", "24_13ecb"],
     "evidence": ["diamonds valued at 85 million euros", "gems worth 85 million euros"]},
    {"value": "80 million euros", "articles": ["24_10ecb"],
     "evidence": ["Robbers in drag steal e80 million"]}]}
SHOT_DAY = {"kind": "date", "topic": "date of the shooting", "variants": [
    {"value": "June 1", "articles": ["a"], "evidence": ["were home alone on June 1 when the tragedy occurred"]},
    {"value": "Friday, June 3", "articles": ["b"],
     "evidence": ["The shooting happened Friday, June 3 around 7:30 p.m."]}]}


def test_numbers_match_across_writing_and_scale(bench):
    assert bench.numbers_in("$108 million") == {108e6}
    assert bench.numbers_in("100,000 troops") == {100_000}
    assert 6 in bench.numbers_in("an additional six engines")
    assert bench.values_match("85 million", "85 million euros", "number")
    assert bench.values_match("e80 million", "80 million euros", "number")
    assert not bench.values_match("80 million", "85 million euros", "number")
    assert not bench.values_match("tens of thousands", "100,000", "number")


def test_a_conflict_must_match_two_different_gold_variants(bench):
    found = {"kind": "number", "variants": [variant("85 million", ("24_3ecb", "85 million euros")),
                                            variant("80 million", ("24_10ecb", "e80 million"))]}
    assert bench.matches_dispute(found, HAUL_EUROS)
    # both of the system's variants on one side of the gold: not the disagreement
    one_side = {"kind": "number", "variants": [variant("85 million", ("24_3ecb", "85 million euros")),
                                               variant("85m", ("24_13ecb", "85 million euros"))]}
    assert not bench.matches_dispute(one_side, HAUL_EUROS)
    # right values, wrong kind family
    assert not bench.matches_dispute({**found, "kind": "role"}, HAUL_EUROS)


def test_dates_match_by_day_or_by_the_quoted_evidence(bench):
    by_value = {"kind": "date", "variants": [variant("2016-06-01", ("a", "June 1")),
                                             variant("2016-06-03", ("b", "Friday, June 3"))]}
    assert bench.matches_dispute(by_value, SHOT_DAY)
    # a weekday the system resolved to another ISO date still matches through its mention
    by_evidence = {"kind": "time", "variants": [variant("2016-06-01", ("a", "June 1")),
                                                variant("2016-06-02", ("b", "Friday, June 3"))]}
    assert bench.matches_dispute(by_evidence, SHOT_DAY)
    # a mention quoted from an article outside the gold variant does not count
    elsewhere = {"kind": "date", "variants": [variant("2016-06-01", ("a", "June 1")),
                                              variant("2016-06-05", ("c", "Friday, June 3"))]}
    assert not bench.matches_dispute(elsewhere, SHOT_DAY)


def test_titles_must_be_equal_not_contained(bench):
    gold = {"kind": "role", "variants": [
        {"value": "Deputy Secretary of State", "articles": ["x"], "evidence": []},
        {"value": "Under Secretary of State", "articles": ["y"], "evidence": []}]}
    same = {"kind": "role", "variants": [variant("deputy secretary of state", ("x", "")),
                                         variant("Under Secretary of State", ("y", ""))]}
    assert bench.matches_dispute(same, gold)
    inside = {"kind": "role", "variants": [variant("Secretary of State", ("z", "")),
                                           variant("Under Secretary of State", ("y", ""))]}
    assert not bench.matches_dispute(inside, gold)


def test_clock_times(bench):
    assert bench.clock_in("around 1:54 a.m. Wednesday") == {(1, 54)}
    assert bench.values_match("10:45 p.m.", "22:45", "when")
    assert not bench.values_match("1:45 a.m.", "around 1:54 a.m.", "when")
