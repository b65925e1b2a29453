"""A fact is corroborated only by mentions that agree on its figures (`compare.agreement`)."""

from __future__ import annotations

from dataclasses import replace

from synoptic.compare.agreement import split_disagreeing
from synoptic.model import Fact
from synoptic.settings import CompareSettings
from tests.unit.story_parts import one_fact

# MultiLing 2011 development topic M005 (CC BY 3.0): two reports of two Chilean quakes
A = "The earthquake lasted approximately 30 seconds."
B = "The aftershock lasted in about ten seconds."
C = "The tremor lasted about 30 seconds, residents said."


def _fact(texts: list[str]) -> tuple[Fact, dict]:
    fact, _, analyses = one_fact([(f"a{n}", t) for n, t in enumerate(texts)])
    return replace(fact, independent_sources=len(texts), status="corroborated", weight=1.0), analyses


def test_mentions_giving_one_measure_other_values_do_not_corroborate_each_other():
    fact, analyses = _fact([A, B, C])
    facts = split_disagreeing([fact], analyses, [], CompareSettings())
    assert [(f.id, f.text, f.articles, f.status) for f in facts] == [
        ("f1", A, ["a0", "a2"], "corroborated"),
        ("f2", B, ["a1"], "single_source"),
    ]


def test_agreeing_figures_and_disputed_facts_stay_whole():
    fact, analyses = _fact([A, C])
    assert split_disagreeing([fact], analyses, [], CompareSettings()) == [fact]
    fact, analyses = _fact([A, B])
    disputed = Fact(fact.id, fact.text, fact.mentions, fact.articles, 2, "disputed", 1.0)
    assert split_disagreeing([disputed], analyses, [], CompareSettings()) == [disputed]


def test_distances_are_compared_from_the_same_place_only():
    # MultiLing 2011 development topic M005 (CC BY 3.0): the epicentres of two quakes, each
    # given from several towns; 165 km and 560 km from Santiago cannot both be true
    may = ("Exact distances were: 102 kilometers to the northwest of Talca; 165km to the southwest of Santiago "
           "de Chile and 167km to the south of Valparaíso.")
    july = ("Its epicenter was located 55 kilometers at the southwest of Lebu, Bío Bío Region; 100 kilometers at "
            "the northwest of Temuco, Araucanía Region; and 560 kilometers at the southwest of Santiago, "
            "Metropolitan Region.")
    fact, analyses = _fact([may, july])
    assert [f.articles for f in split_disagreeing([fact], analyses, [], CompareSettings())] == [["a0"], ["a1"]]
    # the same distances from other towns measure nothing in common: no disagreement
    other = "The epicenter was located 100 kilometers at the northwest of Temuco, Araucanía Region."
    fact, analyses = _fact([may, other])
    assert split_disagreeing([fact], analyses, [], CompareSettings()) == [fact]


def test_two_members_of_a_series_do_not_corroborate_each_other():
    # MultiLing 2011 development topic M003, French (CC BY 3.0): two stages of one race won
    # by one rider, aligned by their wording; each stage is its own report's alone
    stage13 = "Le kazakh Alexander Vinokourov a remporté la 13eme étape du Tour de France 2007."
    stage15 = ("Le kazakh Alexandre Vinokourov a remporté la 15eme étape du Tour de France 2007 dans un temps "
               "de 5h 34m 28s.")
    again = "Alexander Vinokourov, le kazakh, a remporté la treizième étape du Tour de France 2007."
    fact, analyses = _fact([stage13, stage15])
    assert [f.articles for f in split_disagreeing([fact], analyses, [], CompareSettings())] == [["a0"], ["a1"]]
    # one stage told twice, or an ordinal word the lists do not hold, stays one fact
    for other in (stage13.replace("Alexander", "Alexandre"), again):
        fact, analyses = _fact([stage13, other])
        assert split_disagreeing([fact], analyses, [], CompareSettings()) == [fact]
    # English words and digits alike
    fact, analyses = _fact(["Vinokourov won the 13th stage of the Tour.", "Vinokourov won the fifteenth stage."])
    assert len(split_disagreeing([fact], analyses, [], CompareSettings())) == 2
