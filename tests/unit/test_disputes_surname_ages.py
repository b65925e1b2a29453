"""Disputes the development set's gold holds and the finder missed (#19, recall).

Each case is a real passage from a development story of `bench/data/disputes/` (the Gun
Violence Corpus, CC BY 4.0, and ECB+, CC BY 3.0; see NOTICE): a true dispute that must be
found, and a near miss from the same kind of passage that must not be one.
"""

from __future__ import annotations

from synoptic.compare.detectors import age
from synoptic.compare.evidence import StoryInputs, build_index
from synoptic.model import Entity
from synoptic.settings import CompareSettings
from tests.unit.story_parts import one_fact

SETTINGS = CompareSettings()

# gvc-704555 (dev): the Homicide Watch summary gives Javon Wilson's age after his surname
# alone; the Sun-Times report after his full name
WILSON_14 = (
    "Javon Wilson, the teenage grandson of U.S. Rep. Danny Davis, was shot to death over what "
    "police called an arugment over sneakers in his Englewood home Friday evening. The shooting "
    "happened about 6:45 p.m. in the 5600 block of South Princeton, according to Chicago Police. "
    "Wilson, 14, was inside his home when two people broke"
)
WILSON_15 = (
    "Javon Wilson, 15, U.S. Rep. Danny Davis' grandson, was shot and killed inside his home in "
    "Englewood on Friday."
)
# gvc-556993 (dev): two people of one surname, each with an age
DAVIS_65 = (
    "Frederick Davis, 65, and Patricia McNeal, 65, have been charged in connection with the May 11 "
    "fatal shooting death of their granddaughter, 5-year-old Mariah Davis."
)


def test_a_surname_alone_is_the_one_person_the_article_names_in_full():
    found = age.find_ages("a", WILSON_14, "en", {"wilson", "davis"})
    assert [(a.name, a.age, a.span.text) for a in found] == [(("javon", "wilson"), 14, "14")]


def test_a_surname_alone_without_its_full_name_in_the_article_is_no_age():
    alone = WILSON_14[WILSON_14.index("Wilson, 14"):]
    assert age.find_ages("a", alone, "en", {"wilson"}) == []


def test_the_end_of_a_full_name_is_not_read_as_a_surname_alone():
    # "Frederick Davis, 65," is Frederick's age, not a "Davis, 65" to resolve (and the
    # article names two Davises: a surname alone would be left out)
    found = age.find_ages("a", DAVIS_65, "en", {"davis"})
    assert sorted((a.written, a.age) for a in found) == [("Frederick Davis", 65), ("Mariah Davis", 5)]


def _ages(reports: list[tuple[str, str]], people: list[str]):
    fact, articles, analyses = one_fact(reports)
    facts = [fact]
    idx = build_index(facts, articles, analyses, [], SETTINGS)
    entities = [Entity(f"e{i}", name, "PERSON") for i, name in enumerate(people)]
    story = StoryInputs(facts=facts, analyses=analyses, entities=entities, quotes=[], index=idx)
    return age.detect(story, SETTINGS)


def test_one_victim_aged_14_and_15_is_a_dispute():
    (c,) = _ages([("homicidewatch", WILSON_14), ("suntimes", WILSON_15)], ["Javon Wilson", "Danny Davis"])
    assert c.kind == "number" and c.is_dispute
    assert sorted(v.value for v in c.variants) == ["14", "15"]


def test_a_surname_alone_in_an_article_naming_two_of_that_surname_is_no_dispute():
    # the Davis grandparents' article names Frederick and Mariah Davis: no surname-alone
    # age can be given to either, and two people's ages are no dispute
    assert _ages([("freep", DAVIS_65), ("suntimes", WILSON_15)], ["Frederick Davis", "Mariah Davis",
                                                                   "Javon Wilson"]) == []


# ecbplus-21_ecbplus (dev): an age given in an apposition that describes the person
CHOHAN_APPOSED = (
    "Subryan allegedly struck Raj Chohan, a 59-year-old grandmother, as she walked along parked cars on "
    "117th Street in Queens when the car struck her and fled the scene."
)
CHOHAN_COMMA = "Police found the unconscious Raj K. Chohan, 59, of College Point, lying in the roadway."
# gvc-663712 (dev): another person's age after a name in an apposition
MARTINEZ = ("Stockton Police say the victim is a relative of Melanie Martinez, the 3-year-old girl who was "
            "shot and killed by a stray bullet in South Stockton last week.")


def test_an_apposition_describing_the_person_by_age_gives_the_age():
    found = age.find_ages("a", CHOHAN_APPOSED, "en", {"chohan", "subryan"})
    assert [(a.name, a.age, a.span.text) for a in found] == [(("raj", "chohan"), 59, "59-year-old")]
    found = age.find_ages("a", MARTINEZ, "en", {"martinez"})
    assert [(a.name, a.age) for a in found] == [(("melanie", "martinez"), 3)]
    # the same age in the other outlet's form: no dispute
    assert _ages([("dna", CHOHAN_APPOSED), ("ny1", CHOHAN_COMMA)], ["Raj Chohan", "Vishwanand Subryan"]) == []


def test_an_apposition_that_gives_another_age_is_a_dispute_and_a_possessive_is_anothers_age():
    other = CHOHAN_APPOSED.replace("a 59-year-old grandmother", "a 58-year-old grandmother")
    (c,) = _ages([("dna", other), ("ny1", CHOHAN_COMMA)], ["Raj Chohan"])
    assert sorted(v.value for v in c.variants) == ["58", "59"]
    possessive = CHOHAN_APPOSED.replace("a 59-year-old grandmother", "the 9-year-old's grandmother")
    assert age.find_ages("a", possessive, "en", {"chohan"}) == []
