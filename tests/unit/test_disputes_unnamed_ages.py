"""Ages of unnamed people listed alike in one aligned fact (#19, recall).

Real passages from development stories of `bench/data/disputes/` (the Gun Violence Corpus,
CC BY 4.0; see NOTICE), put in one fact as the fact aligner does, and run through the real
text layer and `find_conflicts`.
"""

from __future__ import annotations

from synoptic.compare.conflicts import find_conflicts
from synoptic.settings import CompareSettings
from tests.unit.story_parts import one_fact

SETTINGS = CompareSettings()


def _disputes(reports: list[tuple[str, str]]):
    fact, articles, analyses = one_fact(reports)
    facts = [fact]
    return [c for c in find_conflicts(facts, articles, analyses, [], [], [], SETTINGS) if c.is_dispute]


def test_one_girl_of_two_alike_lists_aged_12_and_11_is_a_dispute():
    # gvc-591237: the man (46) and the woman (47) agree, the girl is 12 in one report, 11 in the other
    kiii = ("Detectives say a 46-year old man, who has not been identified, killed a 47-year old woman "
            "and 12-year old girl.")
    kris = ("The 46-year-old man was found in the garage and a 47-year-old woman and 11-year-old girl "
            "were found in the front yard.")
    (c,) = _disputes([("kiii", kiii), ("kris", kris)])
    assert c.kind == "number" and c.topic == "age of the girl"
    assert sorted(v.value for v in c.variants) == ["11", "12"]
    assert sorted(m.text for v in c.variants for m in v.mentions) == ["11-year-old", "12-year old"]


def test_a_noun_given_two_ages_in_one_statement_names_two_people():
    # gvc-488277: two girls, 16 and 14, in one statement; the other report says "16-year girl"
    wdsu = ("Investigators said Carroll was showing a 16-year-old girl and a 14-year-old girl a handgun in "
            "the backyard of his home around 6 p.m. when it went off and struck the 16-year-old.")
    sheriff = ("A 17-year-old Chalmette male was arrested and booked on three charges after he accidentally "
               "shot and wounded a 16-year girl while showing off a handgun to her and a 14-year-old girl in "
               "the back yard of his home Monday night, Sheriff James Pohlmann said.")
    assert _disputes([("wdsu", wdsu), ("sheriff", sheriff)]) == []


def test_lists_with_no_age_in_common_are_not_tied_to_the_same_people():
    # gvc-704555: without the 17-year-old girl both give, a boy of 16 and one of 15 could be two boys
    police = "A 16-year-old boy was charged with first-degree murder, according to Chicago Police."
    davis = "Davis said in a statement that a 15-year-old boy forced their way into the home."
    assert _disputes([("police", police), ("davis", davis)]) == []


def test_alike_lists_in_sentences_the_aligner_kept_apart_are_compared():
    # gvc-704555: the girl (17) agrees, the boy charged is 16 in the police's words and 15 in
    # the statement another report quotes; the sentences go on differently (not one fact)
    from synoptic.compare.detectors import unnamed_age
    from synoptic.compare.evidence import StoryInputs, build_index
    from synoptic.model import Fact

    police = ("A 16-year-old boy and 17-year-old girl are each charged with first-degree murder, "
              "according to Chicago Police.")
    davis = ("Davis said in a statement that a 17-year-old girl and 15-year-old boy forced their way into "
             "the home and after an argument the 15-year-old shot Wilson in the head.")
    fact, articles, analyses = one_fact([("police", police), ("davis", davis)])
    facts = [Fact(id=f"f{i}", text=m.text, mentions=[m], articles=[m.article]) for i, m in enumerate(fact.mentions)]
    idx = build_index(facts, articles, analyses, [], SETTINGS)
    story = StoryInputs(facts=facts, analyses=analyses, entities=[], quotes=[], index=idx)
    (c,) = [c for c in unnamed_age.detect(story, SETTINGS) if c.is_dispute]
    assert c.topic == "age of the boy"
    assert sorted(v.value for v in c.variants) == ["15", "16"]
