"""An ordinal of one named bearer's series, and a count of people written as two kinds of
people (#19, recall). Each case is a real passage from a development story of
`bench/data/disputes/` (ECB+, CC BY 3.0; GVC; see NOTICE): a true dispute that must be
found, and a near miss from the same story that must not be one.
"""

from __future__ import annotations

import datetime as dt

from synoptic.compare.detectors import ordinal
from synoptic.compare.evidence import StoryInputs, build_index
from synoptic.compare.units import people_group
from synoptic.settings import CompareSettings
from tests.unit.story_parts import one_fact

SETTINGS = CompareSettings()

# ecbplus-7_ecb (dev): one title defence counted as the fifth and as the sixth
FIFTH = ("Wladimir Klitschko stopped Hasim Rahman. Klitschko (52-3, 46 knockouts) retained his International Boxing "
         "Federation title for the fifth time in the process.")
SIXTH = ("The technical knockout in Klitchsko's sixth defense of the IBF belt-and third this year-improved the "
         "Ukrainian-born fighter to 52-3 with 46 KOs.")
# ecbplus-5_ecbplus (dev): one coach counted as the fourth and as the fifth under one manager
FOURTH_COACH = ("Maurice Cheeks was hired. Cheeks, who was fired March 2 as head coach of the Portland Trail Blazers, is "
                "the fourth head coach since King took over as the team's president and general manager on May 26, 2003.")
FIFTH_COACH = ("Mo Cheeks was hired. Certainly, King knows a thing or two about making changes-- Cheeks will be the "
               "fifth Sixers coach in four years under his watch.")
# ecbplus-7_ecbplus (dev): two series of one bearer's victories
SECOND_WIN = "Wladimir Klitschko won. This was Klitschko's second victory over Thompson, and with it he improves to 58-3."
WIN_58 = ("Wladimir Klitschko won. It was 36-year-old Klitschko's 58th victory, 51 by KO, for only three "
          "defeats-and his 16th in a row.")


def _story(reports, published=None):
    fact, articles, analyses = one_fact(reports)
    if published:
        for a, day in zip(articles, published, strict=True):
            a.published = day
    idx = build_index([fact], articles, analyses, [], SETTINGS)
    return StoryInputs(facts=[fact], analyses=analyses, entities=[], quotes=[], index=idx)


def test_an_ordinal_is_bound_to_its_bearer_and_head_noun():
    assert [(o.bearer, o.head, o.value) for o in ordinal.find_ordinals("a", FIFTH)] == [
        (("wladimir", "klitschko"), "defense", 5)]  # "retained ... for the fifth time": a defense
    assert [(o.bearer, o.head, o.value) for o in ordinal.find_ordinals("a", SIXTH)] == [(("klitchsko",), "defense", 6)]
    assert [(o.bearer, o.head, o.value) for o in ordinal.find_ordinals("a", FIFTH_COACH)] == [
        (("maurice", "cheeks"), "coach", 5)]  # "Mo" is "Maurice"
    # a capitalised word opening a sentence is no bearer (multiling-M001-en, dev)
    assert ordinal.find_ordinals("a", "Today is the fourth anniversary of the bombings, when 52 people died.") == []
    # French: the same forms
    found = ordinal.find_ordinals("a", "Wladimir Klitschko a conservé son titre IBF pour la cinquième fois.")
    assert [(o.bearer, o.head, o.value) for o in found] == [(("wladimir", "klitschko"), "defense", 5)]


def test_one_bearers_rank_told_as_two_ordinals_is_a_dispute():
    (c,) = ordinal.detect(_story([("ap", FIFTH), ("nydn", SIXTH)]), SETTINGS)
    assert c.kind == "number" and c.is_dispute and sorted(v.value for v in c.variants) == ["fifth", "sixth"]
    (c,) = ordinal.detect(_story([("inquirer", FOURTH_COACH), ("nba", FIFTH_COACH)]), SETTINGS)
    assert sorted(v.value for v in c.variants) == ["fifth", "fourth"]


def test_two_series_or_an_update_are_no_dispute():
    # his second victory over one man and his 58th in all: two series
    assert ordinal.detect(_story([("a", SECOND_WIN), ("b", WIN_58)]), SETTINGS) == []
    # the higher ordinal reported days after every report of the lower: a new defence
    later = _story([("ap", FIFTH), ("nydn", SIXTH)], published=[dt.datetime(2008, 12, 14), dt.datetime(2009, 3, 2)])
    assert ordinal.detect(later, SETTINGS) == []
    # other belts named: two series
    other = SIXTH.replace("IBF", "WBO")
    assert ordinal.detect(_story([("ap", FIFTH), ("nydn", other)]), SETTINGS) == []


def test_two_kinds_of_people_joined_count_people():
    # gvc-630886 (dev): "three other people" vs "4 other adults and teenagers"
    assert people_group("adults", " and teenagers at the time of the shooting, but police are figuring out")
    # a kind alone is part of the people; two counts joined are two counts
    assert not people_group("teenagers", ", were in the car at the time, police said.")
    assert not people_group("men", " and two women were arrested")
    assert people_group("adultes", " et adolescents")


# ecbplus-25_ecbplus (dev): one statement dates two players' signings, each date right after
# the name it dates
WYNN_TUESDAY = "The Saints signed DeShawn Wynn on Tuesday and Joique Bell today off the Philadelphia Eagles' practice squad."
WYNN_MONDAY = ("New Orleans picked up DeShawn Wynn on Monday after putting Chris Ivory on Injured Reserve and on "
               "Wednesday, signed Joique Bell to replace Thomas")
BELL_WEDNESDAY = "Wednesday afternoon, the Saints signed rookie Joique Bell from the Philadelphia Eagles practice squad."


def test_a_date_bound_to_the_name_it_follows():
    from synoptic.compare.detectors import date

    story = _story([("nola", WYNN_TUESDAY), ("espn", WYNN_MONDAY)], published=[None, dt.date(2011, 1, 5)])
    (c,) = date.detect(story, SETTINGS)
    assert c.kind == "date" and c.is_dispute
    assert sorted(m.text for v in c.variants for m in v.mentions) == ["Monday", "Tuesday"]
    # Bell's "today" is not set against Wynn's day, nor against Bell's own Wednesday
    story = _story([("nola", WYNN_TUESDAY), ("saints", BELL_WEDNESDAY)], published=[None, dt.date(2011, 1, 5)])
    assert date.detect(story, SETTINGS) == []
