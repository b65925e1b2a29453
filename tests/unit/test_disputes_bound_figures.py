"""Figures bound to the event by more than the words around them (#19, recall): the age of
one unnamed person bound by the part they play in the event, the days an act lasted told in
reports of one day, and each article's one physical measure in one aligned statement.

Real passages from development stories of `bench/data/disputes/` (the Gun Violence Corpus,
CC BY 4.0; ECB+, CC BY 3.0; see NOTICE), with the publication
dates the set gives them (ECB+ has none: the riots' days are set here), run through the real
text layer and `find_conflicts` with no aligned fact. The development split holds no such age
dispute: the true positive is a real passage whose age is changed by one year (marked below),
its nearest false alarms are real passages unchanged.
"""

from __future__ import annotations

from datetime import date

from tests.unit.test_disputes_across_facts import _disputes

# gvc-619156: the man charged, as two reports put him
ACCUSED_18 = (
    "An 18-year-old man accused of fatally shooting his friend Monday night in Allentown told "
    "police the gun accidentally went off while the two were playing around on the video game."
)
CHARGED_18 = "An 18-year-old man is charged with shooting and killing a man he’d been friends with since the sixth grade."
# the same passage with the age changed by one year (a constructed variant: no such dispute in dev)
CHARGED_19 = CHARGED_18.replace("18-year-old", "19-year-old")
# gvc-619156: the man killed (the other part of the same event), in a later report
KILLED_20 = (
    "An Allentown man will stand trial on charges he shot and killed a 20-year-old man earlier "
    "this month."
)
AUG_2, AUG_3 = date(2016, 8, 2), date(2016, 8, 3)


def test_one_part_of_the_event_given_two_ages_is_a_dispute():
    found = _disputes(
        [("a", ACCUSED_18, AUG_2, ACCUSED_18), ("b", CHARGED_19, AUG_3, CHARGED_19)], "number", one_fact=False
    )
    assert [(c.topic, sorted(v.value for v in c.variants)) for c in found] == [("age of the man held", ["18", "19"])]


def test_the_same_age_of_one_part_is_no_dispute():
    found = _disputes(
        [("a", ACCUSED_18, AUG_2, ACCUSED_18), ("b", CHARGED_18, AUG_3, CHARGED_18)], "number", one_fact=False
    )
    assert found == []


def test_the_man_charged_and_the_man_killed_are_two_people():
    # two years apart (within the gap), but one is charged and the other killed
    found = _disputes(
        [("a", CHARGED_18, AUG_3, CHARGED_18), ("b", KILLED_20, AUG_3, KILLED_20)], "number", one_fact=False
    )
    assert found == []


# gvc-590958: one report tells of two shootings, three men of three ages
DIED_49 = "Police said a 49-year-old man died at the scene."
TWO_SHOOTINGS = (
    "Police say the victim, a 20-year-old man, became involved in a verbal dispute with the suspect.\n"
    "Upon arrival, police discovered a 48-year-old man, identified as Alac Jackson, suffering from a "
    "fatal gunshot wound.\nHe died on the scene.\nPolice say a 37-year-old man was taken into custody "
    "for this crime."
)
JUNE_28 = date(2016, 6, 28)


def test_an_article_with_men_of_several_ages_binds_none():
    # (the report's 49 made 48 here: its men of three ages keep it out whatever they are)
    found = _disputes(
        [("a", DIED_49, JUNE_28, DIED_49), ("b", TWO_SHOOTINGS, JUNE_28, TWO_SHOOTINGS.splitlines()[1])],
        "number", one_fact=False,
    )
    assert found == []


# ecbplus-19_ecb: the riots' days so far, as two reports count them
RIOTS_FOUR = "A fragile Government reeling from four days of riots sparked by the police shooting."
RIOTS_EIGHT = "Athens was calm Sunday after eight days of the worst riots Greece has seen in decades."
DEC_10, DEC_14 = date(2008, 12, 10), date(2008, 12, 14)


def test_days_an_event_has_lasted_in_reports_of_two_days_are_an_update():
    found = _disputes([("a", RIOTS_FOUR, DEC_10, RIOTS_FOUR), ("b", RIOTS_EIGHT, DEC_14, RIOTS_EIGHT)], "number")
    assert found == []


def test_days_an_event_has_lasted_in_undated_reports_are_left_out():
    found = _disputes([("a", RIOTS_FOUR, None, RIOTS_FOUR), ("b", RIOTS_EIGHT, None, RIOTS_EIGHT)], "number")
    assert found == []


def test_days_an_event_lasted_in_reports_of_one_day_are_kept_and_may_link():
    # the same statements put on one day: told as of one moment, the figures stay (the like-
    # with-like rules and the evidence of one statement then decide, as for any figure)
    from synoptic.compare.detectors import number
    from synoptic.compare.evidence import StoryInputs, build_index
    from synoptic.compare.figure_align import _guard
    from tests.unit.test_disputes_across_facts import SETTINGS, _story

    def mentions(day_a, day_b):
        facts, articles, analyses = _story([("a", RIOTS_FOUR, day_a, RIOTS_FOUR), ("b", RIOTS_EIGHT, day_b, RIOTS_EIGHT)])
        idx = build_index(facts, articles, analyses, [], SETTINGS)
        story = StoryInputs(facts=facts, analyses=analyses, entities=[], quotes=[], index=idx)
        return [m for m in number.figure_mentions(story, SETTINGS) if m.unit == "day"]

    four, eight = mentions(DEC_14, DEC_14)
    assert four.elapsed and eight.elapsed and _guard(four, eight, SETTINGS) == ""
    four, eight = mentions(DEC_10, DEC_14)
    assert _guard(four, eight, SETTINGS) == "time elapsed, other days"
    assert mentions(None, None) == []


def test_the_part_read_from_the_verb_or_the_noun_in_apposition():
    from synoptic.compare.detectors.role_age import _article_aged

    def parts(text):
        return [(x.age, x.noun, x.part) for x in _article_aged("a", text)]

    assert parts(CHARGED_18) == [(18, "man", "held")]
    assert parts(KILLED_20) == [(20, "man", "dead")]
    assert parts(DIED_49) == [(49, "man", "dead")]
    # gvc-590958: the victim in apposition; "taken into custody" says no part here
    assert parts(TWO_SHOOTINGS) == [(20, "man", "victim"), (48, "man", ""), (37, "man", "")]
    # gvc-730637: "shot and killed" is the one killed; "shot" alone says nothing
    assert parts("DETROIT - Detroit police say a 16-year-old boy was shot and killed overnight.") == [(16, "boy", "dead")]
    assert parts("An 11-year-old boy was shot in the chest.") == [(11, "boy", "")]


def test_a_person_who_acts_is_not_given_the_part_of_the_act():
    from synoptic.compare.detectors.role_age import _article_aged

    def parts(text):
        return [(x.age, x.noun, x.part) for x in _article_aged("a", text)]

    # gvc-341451: the boy who shot is not the one killed (his brother, 9, is)
    assert parts("A 14-year-old boy accidentally shot and killed his 9-year-old brother.") == [
        (14, "boy", ""), (9, "brother", "dead")]
    # GVC headlines: the age after the noun, the participle with no auxiliary
    assert parts("Boy, 17, arrested after teenage girl accidentally shot") == [(17, "boy", "held")]
    assert parts("Boy, 7, Dies After Accidentally Shooting Himself") == [(7, "boy", "dead")]
    assert parts("Teen, 17, charged with murder in accidental shooting") == [(17, "teen", "held")]
    # gvc-591237: the man who killed, not killed (an active verb after "who")
    assert parts("Detectives say a 46-year old man who killed a 47-year old woman fled.") == [
        (46, "man", ""), (47, "woman", "dead")]


# ecbplus-13_ecb: the cold the firefighters fought in, in one aligned statement (one report's
# sentence is garbled by the crawl)
COLD_17 = "Firefighters fought the blaze in temperatures of minus 17 degrees."
COLD_20 = (
    "Firefighters baAlaska Republican governor and GOP vice presidential candidate Sarah Palin whose "
    "church was burned Saturday by suspected arsonttled for about eight hours in minus-20 degree "
    "temperatures to completely extinguish the blaze that began at the front door."
)


def test_each_articles_one_measure_in_one_statement_is_one_measure():
    found = _disputes([("a", COLD_17, None, COLD_17), ("b", COLD_20, None, COLD_20)], "number")
    assert [sorted(v.value for v in c.variants) for c in found] == [["minus 17", "minus-20"]]


def test_an_article_with_another_figure_of_the_unit_gives_no_one_measure():
    # the same statements, one report also giving the day's low: which is the fight's is unsure
    other = COLD_17 + "\nOvernight the temperature fell to minus 25 degrees."
    found = _disputes([("a", other, None, COLD_17), ("b", COLD_20, None, COLD_20)], "number")
    assert found == []


def test_counts_in_one_statement_are_not_one_measure():
    # ecbplus-29_ecb: a deficit and the points scored after it, aligned as one statement, each
    # its article's only figure of points
    down = (
        "The Colts had looked like they would suffer their first defeat in eight games as they "
        "entered the final quarter 10 points down."
    )
    scored = (
        "The Colts, trailing 14-0 at the start of the second quarter, scored 17 unanswered points "
        "in the fourth quarter to clinch their eighth straight win."
    )
    assert _disputes([("a", down, None, down), ("b", scored, None, scored)], "number") == []
