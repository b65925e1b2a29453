"""Dispute recall without losing precision (#19): counts found as the head of the noun
phrase after a number, and counts tied to the act they are the object of.

Real passages from development stories of `bench/data/disputes/` (ECB+, CC BY 3.0; see
NOTICE), with the publication dates the set gives them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from synoptic import text
from synoptic.compare.conflicts import find_conflicts
from synoptic.model import Article
from synoptic.settings import CompareSettings, TextSettings
from synoptic.text import timex

SETTINGS = CompareSettings()


def _quantities(body: str) -> list[tuple[str, str, float | None]]:
    article = Article("a", "a.txt", body, language="en")
    return [(q.span.text, q.unit, q.low) for q in text.analyze(article, TextSettings()).quantities]


def _number_disputes(reports: list[tuple[str, str, date]]):
    """The articles as one story with no aligned fact: figures meet only by their own words."""
    articles, analyses = [], {}
    for aid, body, published in reports:
        article = Article(aid, f"{aid}.txt", body, language="en", published=published)
        analysis = text.analyze(article, TextSettings())
        analyses[aid] = replace(analysis, times=timex.resolve_times(analysis.times, published))
        articles.append(article)
    found = find_conflicts([], articles, analyses, [], [], [], SETTINGS)
    return [c for c in found if c.is_dispute and c.kind == "number"]


# --- the counted noun is the head of the phrase after the number -----------------------

LO_PRESTI = (
    "Gaetano Lo Presti, one of 99 alleged Sicilian Mafia members seized on Tuesday, has "
    "apparently hanged himself with his belt in prison."
)


def test_the_counted_noun_is_the_head_of_a_long_noun_phrase():
    # ECB+ 26_1ecb: four words stand between the figure and what it counts
    assert ("99 alleged Sicilian Mafia members", "member", 99.0) in _quantities(LO_PRESTI)


def test_a_noun_phrase_does_not_run_on_past_a_verb():
    # ECB+ 26_8ecb: "89 people were arrested": the phrase ends at "were"; the phrase after a
    # figure is read past three words only over modifiers ("nine-month probe" stays one)
    body = (
        "He may have been driven to suicide because wiretapped conversations between him and "
        "other Mafia bosses helped lead to the police sweep on Tuesday in which 89 people were "
        "arrested following a nine-month probe, the Ansa news agency reported."
    )
    assert [(t, u) for t, u, _ in _quantities(body)] == [("89 people", "people"), ("nine-month", "month")]


def test_a_noun_that_modifies_the_next_counts_the_next():
    # ECB+ 12_7ecb: "300 crew members" counts members, as "300 crew" alone counts crew;
    # before, the invariant "crew" was taken as the noun and "members" left out
    body = (
        "They still hold at least 14 foreign vessels and more than 300 crew members to ransom ."
    )
    assert [(t, u) for t, u, _ in _quantities(body)] == [
        ("at least 14 foreign vessels", "vessel"),
        ("more than 300 crew members", "member"),
    ]


# --- a count tied to its act -------------------------------------------------------------

WELLINGTON_GAZETTE = (
    "FIRE crews from Tiverton and Cullompton were this morning called in to help fight a major "
    "blaze at the Waitrose supermarket in Wellington.\n"
    "The fire has destroyed a large section of the store and fire crews and investigators are "
    "still on the scene.\n"
    "Two engines were sent to the store after several members of the public called emergency "
    "services at 6am.\n"
    "When they arrived they called in an additional six engines, an aerial platform and an "
    "incident command vehicle."
)
WELLINGTON_TRADE = (
    "A Waitrose supermarket in a Somerset town caught fire yesterday (July 21st), causing "
    "substantial damage to the building’s roof.\n"
    "The fire service was called at approximately 06:00 BST to the store, which is on "
    "Wellington’s high street.\n"
    "Upon arrival they found that the roof fire was quite significant.\n"
    "Fire crews from Devon and Somerset Fire and Rescue attended the scene and then called a "
    "further four appliances to help, a report from ITV revealed."
)


def test_counts_called_in_as_reinforcements_dispute_with_little_shared_wording():
    # ECB+ 14_7ecbplus / 14_8ecbplus: the same call for more fire engines, six against four;
    # the sentences share only the verb, the counted thing and the scope ("additional",
    # "further"); the first two engines (no scope) are another count
    found = _number_disputes([
        ("14_7", WELLINGTON_GAZETTE, date(2013, 7, 21)),
        ("14_8", WELLINGTON_TRADE, date(2013, 7, 22)),
    ])
    assert [sorted(v.value for v in c.variants) for c in found] == [["four", "six"]]


def test_the_same_verb_does_not_tie_two_climbers_falls():
    # ECB+ 23 (dev): two climbers "fell" two different lengths in one story; a length after
    # one verb is not one act's count (lengths keep their own rules: who fell, from where)
    rait = (
        "The 36-year-old, who had been living in Melbourne, slipped and fell approximately 200 "
        "metres down a steep ice gully as he was approaching the Tasman Saddle Hut, police said."
    )
    buckley = (
        "On Saturday, 32-year-old Englishman Robert Buckley fell about 600 metres (2,000 feet) "
        "while climbing to a small hut on Mount Sefton."
    )
    found = _number_disputes([("23_7", rait, date(2013, 9, 15)), ("23_3", buckley, date(2013, 9, 16))])
    assert found == []


def test_one_unnamed_climber_of_one_age_fell_one_length():
    # ECB+ 23_1ecbplus / 23_7ecbplus, which the CLI clusters into one story: "the 36-year-old"
    # is the one climber of that age in both reports, his fall 150 m against 200 m; the
    # climber of another age (32, above) stays another fall
    found = _number_disputes([
        ("23_1", "A 36-year-old Australian climber is dead after falling about 150 metres at "
                 "Aoraki Mount Cook.", date(2013, 9, 15)),
        ("23_7", "The 36-year-old, who had been living in Melbourne, slipped and fell "
                 "approximately 200 metres down a steep ice gully as he was approaching the "
                 "Tasman Saddle Hut, police said.", date(2013, 9, 15)),
    ])
    assert [sorted(v.value for v in c.variants) for c in found] == [["about 150", "approximately 200"]]
