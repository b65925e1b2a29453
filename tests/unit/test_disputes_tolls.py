"""Tolls written without their noun, and tolls compared across statements that share no
words (#19, stop 34 branch figures34).

Real passages from development stories of `bench/data/disputes/` (ECB+ CC BY 3.0; see
NOTICE): ecbplus-20_ecbplus (the 27 November 2005 Qeshm quake, all reports of 28
November) and ecbplus-20_ecb (the 2008 Qeshm quakes: a magnitude-5.6 quake on Sunday and
a magnitude-5.2 one on Monday), run through the real text layer and `find_conflicts`.
"""

from __future__ import annotations

from datetime import date

from synoptic.compare.toll_kind import event_sizes, toll_kind
from synoptic.model import Article, Sentence
from synoptic.settings import CompareSettings, TextSettings
from synoptic.text.quantities import extract_quantities
from synoptic.text.sentences import split_sentences
from tests.unit.test_dispute_recall import _number_disputes

SETTINGS = CompareSettings()


def _quantities(body: str) -> list[tuple[str, float | None, str]]:
    article = Article(id="a", source="a", text=body, language="en")
    return [(q.span.text, q.low, q.unit) for q in extract_quantities(article, split_sentences(article), TextSettings())]


# --- counts without their noun -------------------------------------------------------------

def test_a_count_that_is_the_subject_of_a_casualty_verb_counts_people() -> None:
    # 20_11ecbplus (LA Times)
    assert ("50", 50.0, "people") in _quantities("Qeshm Gov. Heidar Alishvandi said 50 were injured.")
    assert ("Two", 2.0, "people") in _quantities("Two were injured and one other was wounded.")


def test_a_participle_and_a_scope_word_before_a_count_take_the_noun_counted_before() -> None:
    # 20_5ecbplus (Softpedia after AP)
    found = _quantities(
        "A 5.9 magnitude earthquake has leveled seven villages in Iran's southern area, killing "
        "10 persons and wounding other 70, Iranian officials were quoted by AP as saying."
    )
    assert ("70", 70.0, "people") in found


def test_other_verbs_give_no_count() -> None:
    # a count before a verb that is no toll stays out: its counted thing is less sure
    assert _quantities("Police said five had fled and two were arrested.") == []
    assert _quantities("Two of the victims were injured.") == []


# --- which toll a figure counts --------------------------------------------------------------

def _kinds(body: str) -> list[tuple[str, str]]:
    article = Article(id="a", source="a", text=body, language="en")
    sentences: list[Sentence] = split_sentences(article)
    out = []
    for q in extract_quantities(article, sentences, TextSettings()):
        sent = next(s.span for s in sentences if s.span.start <= q.span.start < s.span.end)
        out.append((q.span.text, toll_kind(q, sent)))
    return out


def test_the_verb_around_a_figure_says_which_toll_it_counts() -> None:
    # 20_8ecbplus (New York Times), 20_2ecbplus (payvand, after IRNA)
    assert _kinds(
        "A powerful earthquake hit southern Iran on Sunday, causing major destruction in seven "
        "villages and killing 10 people and injuring 80."
    ) == [("seven villages", ""), ("10 people", "dead"), ("80", "hurt")]
    assert _kinds("As many as 80 people were also wounded.") == [("As many as 80 people", "hurt")]


def test_an_event_size_is_read_in_its_spellings() -> None:
    # 20_3ecb (tokenised spacing) and 20_5ecb
    assert event_sizes("A strong 5.6 -magnitude earthquake jolted part of Qeshm island") == {5.6}
    assert event_sizes("a magnitude-5.2 quake has injured three people") == {5.2}
    assert event_sizes("an earthquake registering 6.1 on the Richter scale") == {6.1}


# --- tolls across statements ---------------------------------------------------------------

# the articles as one story with no aligned fact, their number disputes (one helper for both files)
_disputes = _number_disputes


DAY = date(2005, 11, 28)
QESHM_2005 = [
    ("la", "Ten people were killed. Qeshm Gov. Heidar Alishvandi said 50 were injured.", DAY),
    ("nyt", "A powerful earthquake hit southern Iran on Sunday, causing major destruction in seven "
            "villages and killing 10 people and injuring 80. The official IRNA news agency and the "
            "United States Geological Survey said it had a magnitude of 5.9.", DAY),
    ("softpedia", "A 5.9 magnitude earthquake has leveled seven villages in Iran's southern area, "
                  "killing 10 persons and wounding other 70, Iranian officials were quoted by AP as "
                  "saying.", DAY),
]


def test_one_events_injured_told_three_ways_is_a_dispute() -> None:
    found = _disputes(QESHM_2005)
    values = [sorted(v.value for v in c.variants) for c in found]
    assert ["50", "70", "80"] in values
    # the dead (10 in all three) and the injured never meet
    assert not any("10" in v for v in values)


def test_a_toll_beside_another_events_toll_is_not_the_articles_toll() -> None:
    # 20_8ecbplus tells Zarand's toll of February in passing: a dated toll, not this quake's
    nyt = ("nyt", QESHM_2005[1][1] + " A major earthquake killed more than 31,000 in city of Bam in "
           "central Iran in 2003, and 600 were killed in the city of Zarand in February in an "
           "earthquake with a magnitude of 6.4.", DAY)
    found = _disputes([QESHM_2005[0], nyt])
    assert [sorted(v.value for v in c.variants) for c in found] == [["50", "80"]]


def test_tolls_of_quakes_of_two_magnitudes_are_two_tolls() -> None:
    # ecbplus-20_ecb: Sunday's 5.6 quake injured two (ISNA), Monday's 5.2 quake three
    sunday = ("isna", "A strong 5.6 -magnitude earthquake jolted part of Qeshm island on Sunday, state "
              "television reported. According to the student ISNA news agency, the quake on the "
              "outskirts of Dargahan, a small town on the island, injured two people.", None)
    monday = ("tv", "Iran's state television says a magnitude-5.2 quake has injured three people in "
              "the Persian Gulf Island of Qeshm.", None)
    assert _disputes([sunday, monday]) == []


def test_an_other_set_apart_from_the_dead_meets_only_a_paired_toll() -> None:
    # "wounding other 70" sets the hurt apart from the dead; against a lone "50 were
    # injured" the pairing is not shown, so only the NYT's paired toll meets it
    found = _disputes([QESHM_2005[0], QESHM_2005[2]])
    assert found == []


def test_a_toll_told_of_one_place_is_a_part_not_the_whole() -> None:
    # a part vs the whole (the false alarm that held stop 33's toll rules back): the NYT's
    # toll of the quake against a report's toll of one island town, written by hand after
    # 20_ecbplus's wording
    town = ("town", "Officials said 30 were injured in the town of Dargahan.", DAY)
    assert _disputes([QESHM_2005[1], town]) == []


def test_one_sweeps_arrests_counted_as_members_and_as_people() -> None:
    # ecbplus-26_ecb (26_1ecb / 26_8ecb): the Palermo sweep of Tuesday
    seized = ("a", "Gaetano Lo Presti, one of 99 alleged Sicilian Mafia members seized on Tuesday, has "
              "apparently hanged himself with his belt in prison.", None)
    arrested = ("b", "He may have been driven to suicide because wiretapped conversations between him and "
                "other Mafia bosses helped lead to the police sweep on Tuesday in which 89 people were "
                "arrested following a nine-month probe, the Ansa news agency reported.", None)
    found = _disputes([seized, arrested])
    assert len(found) == 1 and len(found[0].variants) == 2
    # an arrest count is no toll of the dead
    killed = ("c", "Police said 60 people were killed in the sweep on Tuesday.", None)
    assert _disputes([seized, killed]) == []


def test_tolls_of_reports_days_apart_are_not_set_against_each_other() -> None:
    # the same two statements a week apart (the smaller toll the later one, so no rise over
    # time explains it): the toll may have been revised, an update
    later = (QESHM_2005[0][0], QESHM_2005[0][1], date(2005, 12, 5))
    assert _disputes([later, QESHM_2005[1]]) == []
    assert _disputes([QESHM_2005[0], QESHM_2005[1]]) != []
