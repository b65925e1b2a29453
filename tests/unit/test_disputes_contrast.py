"""One attribute of one thing given two values of a closed set (#19, recall).

Real passages from development stories of `bench/data/disputes/` and GVC's train split
(ECB+ CC BY 3.0, the Gun Violence Corpus CC BY 4.0; see NOTICE), put in one fact as the
fact aligner does, run through the real text layer and `find_conflicts`.
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


def test_one_car_silver_in_one_report_and_grey_in_another_is_a_dispute():
    # ecbplus-21_ecbplus: NY1 vs ABC of the same Camry
    ny1 = ("Witnesses say 59-year-old Raj Chohan was leaving her car on 117th Street in South Richmond Hill "
           "Friday when she was hit by a silver Toyota Camry and sent flying into the air.")
    abc = ("Police say she was struck by a grey Toyota Camry heading north on 117th Street, which then fled "
           "the scene.")
    (c,) = _disputes([("ny1", ny1), ("abc", abc)])
    assert c.kind == "claim" and sorted(v.value for v in c.variants) == ["grey", "silver"]


def test_one_wound_behind_the_left_and_the_right_ear_is_a_dispute():
    # gvc-488277: WDSU vs the sheriff's release, of one wound
    wdsu = "She was taken to a New Orleans hospital with a bullet wound behind her left ear, officials said."
    sheriff = ("The victim, Emma Colmenares, is hospitalized at University Hospital in New Orleans with a "
               "bullet wound behind her right ear.")
    (c,) = _disputes([("wdsu", wdsu), ("sheriff", sheriff)])
    assert sorted(v.value for v in c.variants) == ["left", "right"]
    # grey and gray are one colour
    gray = "Raj Chohan, 59, was struck by a gray 2013 Toyota Camry heading north on 117th St."
    grey = "Police say she was struck by a grey Toyota Camry heading north on 117th Street."
    assert _disputes([("dn", gray), ("abc", grey)]) == []


def test_an_article_giving_both_values_speaks_of_two_things():
    # GVC train 688841: three victims shot in the left leg and the right leg, in both reports
    one = ("Another man, Jose Marte, 34, was shot once in the left leg, while Oscar Delgado, 23, was shot "
           "multiple times in the abdomen and right leg, according to the sources.")
    two = ("The 25-year-old and 34-year-old victims were both shot in the left leg after being fired at "
           "multiple times, according to authorities, while the 23-year-old victim was hit once in the right "
           "leg and once in the abdomen.")
    assert _disputes([("one", one), ("two", two)]) == []


def _apart(reports: list[tuple[str, str]]):
    """Each report its own source, its sentences in no aligned fact (worded apart)."""
    from synoptic import text
    from synoptic.model import Article
    from synoptic.settings import TextSettings

    articles, analyses = [], {}
    for aid, body in reports:
        article = Article(aid, f"{aid}.txt", body, language="en", outlet=aid)
        analyses[aid] = text.analyze(article, TextSettings())
        articles.append(article)
    return [c for c in find_conflicts([], articles, analyses, [], [], [], SETTINGS) if c.is_dispute]


def test_one_named_car_in_sentences_the_aligner_kept_apart_is_compared():
    # ecbplus-21_ecbplus (dev): NY1 and the Daily News word the crash differently
    ny1 = ("Witnesses say 59-year-old Raj Chohan was leaving her car on 117th Street in South Richmond Hill "
           "Friday when she was hit by a silver Toyota Camry and sent flying into the air.")
    news = "Police say she was struck by a grey Toyota Camry heading north on 117th Street, which then fled the scene."
    (c,) = _apart([("ny1", ny1), ("news", news)])
    assert c.kind == "claim" and sorted(v.value for v in c.variants) == ["grey", "silver"]
    assert "Toyota Camry" in c.topic


def test_a_side_of_no_named_thing_is_not_compared_across_sentences():
    # gvc-488277 (dev), worded apart: "her left ear" names no thing by name, so two
    # sentences the aligner did not join are not read as one wound
    wdsu = "She was taken to a New Orleans hospital with a bullet wound behind her left ear, officials said."
    sheriff = "The victim was shot in the right ear while showing off a handgun, the sheriff said."
    assert _apart([("wdsu", wdsu), ("sheriff", sheriff)]) == []
