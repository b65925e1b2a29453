"""A quake's size in its spellings, sizes of several quakes kept apart, and counts of "N
other" things (#19, stop 35 branch disputes35).

Real passages from development stories of `bench/data/disputes/` and ECB+ development
topics (ECB+ CC BY 3.0, GVC CC BY 4.0; see NOTICE): ecbplus-20_ecbplus (the 27 November
2005 Qeshm quake), ecbplus-20_ecb (the 2008 Qeshm quakes: 5.6 on Sunday, 5.2 on Monday),
ECB+ 12_ecb (the arms seized from pirates) and gvc-630886.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from synoptic import text
from synoptic.compare.detectors import number
from synoptic.compare.evidence import StoryInputs, build_index
from synoptic.model import Article
from synoptic.settings import CompareSettings, TextSettings
from synoptic.text import timex
from synoptic.text.quantities import extract_quantities
from synoptic.text.sentences import split_sentences
from tests.unit.test_dispute_recall import _number_disputes

SETTINGS = CompareSettings()


def _quantities(body: str, language: str = "en") -> list[tuple[str, float | None, str]]:
    article = Article(id="a", source="a", text=body, language=language)
    return [(q.span.text, q.low, q.unit) for q in extract_quantities(article, split_sentences(article), TextSettings())]


# 20_9ecbplus (AME Info, Dubai)
DUBAI = (
    "Tremors from an earthquake registering 6.1 on the Richter scale 60km south west of Bandar "
    "Abbas in Iran were felt in Dubai today, prompting the evacuation of high-rise buildings."
)


def _links(reports: list[tuple[str, str, date]]) -> dict[tuple[str, str], int]:
    """The link (0, WEAK, STRONG) between each two figures of the reports, no fact aligned."""
    articles, analyses = [], {}
    for aid, body, published in reports:
        article = Article(aid, f"{aid}.txt", body, language="en", published=published)
        analysis = text.analyze(article, TextSettings())
        analyses[aid] = replace(analysis, times=timex.resolve_times(analysis.times, published))
        articles.append(article)
    idx = build_index([], articles, analyses, [], SETTINGS)
    ms = number.figure_mentions(StoryInputs(facts=[], analyses=analyses, entities=[], quotes=[], index=idx), SETTINGS)
    return {
        (a.quantity.span.text, b.quantity.span.text): number.link_reason(a, b, SETTINGS)[0]
        for i, a in enumerate(ms) for b in ms[i + 1 :] if a.article != b.article
    }


# --- a quake's size as written ---------------------------------------------------------------

def test_a_magnitude_on_the_richter_scale_is_read() -> None:
    assert ("6.1", 6.1, "magnitude") in _quantities(DUBAI)
    french = "Un séisme de 5,9 sur l'échelle de Richter a frappé l'île."
    assert ("5,9", 5.9, "magnitude") in _quantities(french, "fr")


def test_a_magnitude_joined_before_its_figure_is_read() -> None:
    # 20_2ecbplus: the number pattern reads "magnitude-5" as a code ("COVID-19") and left it out
    body = "A series of aftershocks have hit the island since it was first rocked by a magnitude-5.9 earthquake early Sunday afternoon."
    assert ("magnitude-5.9", 5.9, "magnitude") in _quantities(body)


# --- sizes of several quakes ------------------------------------------------------------------

def test_two_quakes_of_one_story_are_not_one_size() -> None:
    # 20_1ecb (Sunday's quake) and 20_5ecb (Monday's, which names Sunday's too: two values)
    sunday = (
        "A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday, injuring five "
        "people and damaging buildings, Iranian media said."
    )
    monday = (
        "Iran's state television says a magnitude-5.2 quake has injured three people in the Persian "
        "Gulf Island of Qeshm. The report says the earthquake struck the island at 5:11 p.m. local "
        "time. Monday's earthquake was the second one to hit Qeshm in the past 24 hours. Earlier on "
        "Sunday a 5.6 quake jolted the island, some 930 miles south of the capital, Tehran."
    )
    day = date(2008, 11, 24)
    assert [c for c in _number_disputes([("sunday", sunday, day), ("monday", monday, day)]) if "magnitude" in c.topic] == []
    # the Monday report gives two sizes (5.2 and Sunday's "5.6 quake"): neither is compared
    # with another report's outside one aligned statement
    assert _links([("sunday", sunday, day), ("monday", monday, day)])[("5.6 magnitude", "magnitude-5.2")] == 0


# --- "N other" things ------------------------------------------------------------------------

def test_a_count_of_other_things_is_read_with_its_noun() -> None:
    # gvc-367a2957
    body = "NPD says the man was in a white sedan with three other people, who have been taken in for questioning."
    assert ("three other people", 3.0, "people") in _quantities(body)


def test_counts_of_the_other_things_of_one_haul_meet_and_stay_apart_from_the_rest() -> None:
    # ECB+ 12_12ecb / 12_17ecb: besides the seven AK-47s, two other rifles or three (the
    # CLI sets them against each other when the aligner puts the sentences in one fact)
    navy = (
        "The Naval commandos also boarded the pirates' boats and seized seven AK-47 assault rifles, "
        "two other rifles, a grenade launcher and 13 fully loaded magazines of ammunition from the 12 "
        "Somali and 11 Yemeni pirates on board the two pirate boats."
    )
    cache = (
        "The cache of arms on the pirate ship included seven AK-47 rifles, one rocket propelled grenade "
        "launcher, grenades and three other rifles."
    )
    links = _links([("navy", navy, date(2008, 12, 14)), ("cache", cache, date(2008, 12, 14))])
    assert links[("two other rifles", "three other rifles")] > 0
    assert links[("two other rifles", "seven AK-47 rifles")] == 0  # a part and another part


def test_a_count_of_other_things_is_not_the_whole() -> None:
    # "other" counts a part (everyone but the man shot): never set against a plain count
    other = "The man was in a white sedan with three other people, police said."
    whole = "Four people were in the white sedan when the man was shot, police said."
    day = date(2016, 7, 30)
    assert _number_disputes([("a", other, day), ("b", whole, day)]) == []
