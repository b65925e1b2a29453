"""Disputes the aligner's facts alone missed, and the false alarms the wider comparison
must still avoid (#19).

Each case is a real passage from a development story of `bench/data/disputes/` (texts
from ../shared: ECB+ CC BY 3.0, GVC CC BY 4.0, MultiLing 2011 CC BY 3.0; see NOTICE),
with the publication dates the set gives them, run through the real text layer and
`find_conflicts`: lengths are compared in one unit (feet and metres), a figure is about
the person named before it, clock times of one known event are compared across
statements the aligner kept apart, and figures of other moments are not one figure.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from synoptic import text
from synoptic.compare.conflicts import find_conflicts
from synoptic.compare.numbers import broken, values_compatible
from synoptic.compare.units import same_unit
from synoptic.model import Article, Fact, Quantity, Span
from synoptic.settings import CompareSettings, TextSettings
from synoptic.text import timex

SETTINGS = CompareSettings()


def _story(reports: list[tuple[str, str, date | None, str]], one_fact: bool = True):
    """(id, text, published, sentence) per article: analysed, times resolved against the
    publication date (as `pipeline.build_story` does); the sentences as one fact, or no
    fact at all (statements the aligner kept apart)."""
    articles, analyses, mentions = [], {}, []
    for aid, body, published, sentence in reports:
        article = Article(aid, f"{aid}.txt", body, language="en", published=published)
        analysis = text.analyze(article, TextSettings())
        analyses[aid] = replace(analysis, times=timex.resolve_times(analysis.times, published))
        start = body.index(sentence)
        mentions.append(Span(aid, start, start + len(sentence), sentence))
        articles.append(article)
    facts = [Fact(id="f1", text=mentions[0].text, mentions=mentions, articles=[m.article for m in mentions])]
    return (facts if one_fact else []), articles, analyses


def _disputes(reports, kind: str | None = None, one_fact: bool = True):
    facts, articles, analyses = _story(reports, one_fact)
    found = find_conflicts(facts, articles, analyses, [], [], [], SETTINGS)
    return [c for c in found if c.is_dispute and (kind is None or c.kind == kind)]


# --- lengths in feet and in metres (ecbplus-23_ecbplus) -----------------------------------

RAIT_FEET = (
    "On Friday, 36-year-old Duncan Rait died after slipping and falling about 200ft from a "
    "ridge near the Tasman Glacier."
)
RAIT_METRES_AND_FEET = (
    "On Friday, 36-year-old Duncan Raite died after slipping and falling about 60 metres "
    "(200 feet) from a ridge."
)
RAIT_150_METERS = (
    "A 36-year-old Australian man died on Friday after falling 150 meters from a ridge in "
    "Aoraki / Mt. Cook National Park on New Zealand’s South Island."
)
BUCKLEY_700_METERS = (
    "The day following Rait’s death an inexperienced and reportedly ill-equipped mountain "
    "climber with rental gear, 31-year-old Robert Buckley of the U. K. but living in "
    "Christchurch, New Zealand, slipped on ice and fell 700 meters to his own death "
    "elsewhere in the same National Park."
)
RAIT_200_METRES_GULLY = (
    "The 36-year-old, who had been living in Melbourne, slipped and fell approximately 200 "
    "metres down a steep ice gully as he was approaching the Tasman Saddle Hut, police said."
)
SEPT_16 = date(2013, 9, 16)


def _q(text_: str, low: float, unit: str, approx: bool = False) -> Quantity:
    return Quantity(Span("a", 0, len(text_), text_), low, low, unit, approximate=approx)


def test_a_length_in_feet_and_one_in_metres_are_compared_in_one_unit():
    assert same_unit(_q("200ft", 200, "ft"), _q("60 metres", 60, "metre"))
    assert same_unit(_q("150 meters", 150, "meter"), _q("about 60 metres", 60, "metre"))
    assert not same_unit(_q("200ft", 200, "ft"), _q("200 people", 200, "people"))
    # a conversion as the press writes it agrees; 150 m is not 200 ft
    assert values_compatible(_q("200ft", 200, "ft"), _q("60 metres", 60, "metre"), SETTINGS)
    assert values_compatible(_q("2,000 feet", 2000, "foot"), _q("600 metres", 600, "metre"), SETTINGS)
    assert not values_compatible(_q("200ft", 200, "ft"), _q("150 meters", 150, "meter"), SETTINGS)


def test_one_fall_given_in_feet_and_in_other_metres_is_a_dispute():
    reports = [
        ("23_3", RAIT_FEET, SEPT_16, RAIT_FEET),
        ("23_9", RAIT_150_METERS, SEPT_16, RAIT_150_METERS),
    ]
    found = _disputes(reports, "number")
    assert len(found) == 1
    assert sorted(len(v.articles) for v in found[0].variants) == [1, 1]
    assert {v.mentions[0].text for v in found[0].variants} == {"about 200ft", "150 meters"}


def test_a_length_and_its_conversion_agree():
    reports = [
        ("23_3", RAIT_FEET, SEPT_16, RAIT_FEET),
        ("23_4", RAIT_METRES_AND_FEET, SEPT_16, RAIT_METRES_AND_FEET),
    ]
    assert _disputes(reports, "number") == []


def test_two_climbers_falls_are_two_figures():
    # Rait (named, or "the 36-year-old") and Buckley ("31-year-old Robert Buckley") fell
    # on different days: their falls are not one length
    reports = [
        ("23_3", RAIT_FEET, SEPT_16, RAIT_FEET),
        ("23_9", BUCKLEY_700_METERS, SEPT_16, BUCKLEY_700_METERS),
    ]
    assert _disputes(reports, "number") == []
    reports = [
        ("23_7", RAIT_200_METRES_GULLY, SEPT_16, RAIT_200_METRES_GULLY),
        ("23_9", BUCKLEY_700_METERS, SEPT_16, BUCKLEY_700_METERS),
    ]
    assert [c for c in _disputes(reports) if c.kind == "number"] == []


def test_a_figure_spaced_apart_by_a_tokeniser_is_no_figure():
    # ECB+'s "2, 000ft": "000ft" is a cut of 2,000, never a length of zero
    body = "Robert Buckley fell about 2, 000ft while climbing to a small hut on Mount Sefton."
    start = body.index("000ft")
    q = Quantity(Span("a", start, start + 5, "000ft"), 0, 0, "ft")
    assert broken(q, body)


# --- figures of other moments (multiling-M005-en) -----------------------------------------

QUAKE_MAY = (
    "Meanwhile, an earthquake hit the area, with the epicenter offshore of Maule, 65 "
    "kilometers northwest of Cauquenes, at 11:24 am local time (15:24 UTC), with a depth of "
    "30.1 kilometers."
)
AFTERSHOCK_JULY = (
    "The aftershock occurred at 08:32:22 UTC (04:32:22 AM local time), at a depth of 28.4 "
    "kilometers (17.6 miles)."
)


def test_depths_of_two_quakes_at_other_times_and_months_apart_are_two_figures():
    reports = [
        ("M0051", QUAKE_MAY, date(2010, 5, 5), QUAKE_MAY),
        ("M0054", AFTERSHOCK_JULY, date(2010, 7, 15), AFTERSHOCK_JULY),
    ]
    assert _disputes(reports) == []
    # the same two statements filed on one day: their clock times still tell them apart
    reports = [
        ("M0051", QUAKE_MAY, date(2010, 5, 5), QUAKE_MAY),
        ("M0054", AFTERSHOCK_JULY, date(2010, 5, 5), AFTERSHOCK_JULY),
    ]
    assert _disputes(reports, "number") == []


# --- clock times of one known event across statements (gvc-730637, gvc-571922) ------------

SHOOTING_145 = (
    "A 16-year-old Detroit boy is dead and his 18-year-old brother is in police custody after "
    "a fatal shooting Wednesday morning on the city’s east side, police said.\n\n"
    "The shooting took place about 1:45 a.m. on the 700 block of Tennessee, which is south "
    "of East Jefferson and just west of Conner."
)
CHARGED_154 = (
    "Aavaire Johnson, 18, was charged with manslaughter, aiming without malice, careless "
    "discharge of a weapon and felony firearm in connection with the fatal shooting of his "
    "16-year-old brother Shawn Johnson around 1:54 a.m. Wednesday.\n\n"
    "Aavaire Johnson was expected to be arraigned at 2:30 p.m. Thursday in 36th District Court."
)


def test_the_time_of_one_shooting_in_statements_the_aligner_kept_apart_is_a_dispute():
    reports = [
        ("7a51f751", SHOOTING_145, date(2016, 12, 21), "The shooting took place"),
        ("f696564c", CHARGED_154, date(2016, 12, 22), "Aavaire Johnson, 18,"),
    ]
    found = _disputes(reports, "time", one_fact=False)
    assert len(found) == 1
    assert {v.value for v in found[0].variants} == {"1:45 a.m.", "1:54 a.m."}


def test_the_same_event_timed_weeks_apart_is_not_compared():
    reports = [
        ("7a51f751", SHOOTING_145, date(2016, 12, 21), "The shooting took place"),
        ("f696564c", CHARGED_154, date(2017, 1, 22), "Aavaire Johnson, 18,"),
    ]
    assert _disputes(reports, "time", one_fact=False) == []


SHOT_715 = (
    "OVERLAND, MO (KTVI) - Police say a 15-year-old is dead after a shooting in the 9500 block "
    "of Page. The teen was shot at at his home at around 7:15pm. He was home alone with his "
    "three other brothers."
)
SHOOTING_730 = (
    "The shooting happened Friday, June 3 around 7:30 p.m. in the 9500 block of Page. The "
    "teen, identified as DaMontez Jones, was home alone with his three other brothers at the "
    "time of the incident."
)


def test_two_rounded_times_of_one_shooting_agree():
    # "around 7:15pm" and "around 7:30 p.m." can both round one moment (the gold leaves
    # them out as doubtful)
    reports = [
        ("c69d1436", SHOT_715, date(2016, 6, 3), "The teen was shot"),
        ("8974b84a", SHOOTING_730, date(2016, 6, 3), "The shooting happened"),
    ]
    assert _disputes(reports, "time", one_fact=False) == []


BUCKLEY_600_METRES = (
    "On Saturday, 32-year-old Englishman Robert Buckley fell about 600 metres (2,000 feet) "
    "while climbing to a small hut on Mount Sefton."
)


def test_one_named_persons_one_fall_given_two_lengths_is_a_dispute():
    # the two sentences share no word but the person and the verb: one man's one fall
    reports = [
        ("23_4", BUCKLEY_600_METRES, SEPT_16, BUCKLEY_600_METRES),
        ("23_9", BUCKLEY_700_METERS, SEPT_16, BUCKLEY_700_METERS),
    ]
    found = _disputes(reports, "number", one_fact=False)
    assert len(found) == 1
    assert {v.mentions[0].text for v in found[0].variants} == {"about 600 metres", "700 meters"}
    # and another person's fall is not that one
    reports = [
        ("23_4", BUCKLEY_600_METRES, SEPT_16, BUCKLEY_600_METRES),
        ("23_9", RAIT_150_METERS, SEPT_16, RAIT_150_METERS),
    ]
    assert _disputes(reports, "number", one_fact=False) == []


def test_a_time_whose_pm_a_sentence_break_cut_off_is_still_that_time():
    # ECB+ 22_ecbplus (development topic): the sentence splitter cuts "8:30 p. m." after
    # "p.", so "8:30" is read without its half of the day; it is "8:30pm", not 8:30 a.m.
    shootings = "The shootings happened shortly after 8:30 p. m. Thursday."
    took_place = (
        "KYW’s Pat Loeb reports that the shooting took place just after 8:30pm Thursday night "
        "inside the old Nabisco factory."
    )
    reports = [
        ("22_2", "Police said.\n" + shootings, date(2012, 9, 7), shootings),
        ("22_8", "The alleged shooter is in police custody.\n" + took_place, date(2012, 9, 7), took_place),
    ]
    assert _disputes(reports, "time") == []
    assert _disputes(reports, "time", one_fact=False) == []
