"""One named person's count of one act told by two reports the aligner kept apart (#19).

Real passages from development stories of `bench/data/disputes/` (ECB+, CC BY 3.0; see
NOTICE), run through the real text layer and `find_conflicts` with no aligned fact: the
same verb taking the same counted noun, with the same person named before it as who acts,
is one count (`figure_align.one_subject_act`) whatever else the sentences say; counts of
one person far apart are two counts.
"""

from __future__ import annotations

from tests.unit.test_disputes_across_facts import _disputes

# ecbplus-25_ecbplus: two reports of 5 January 2011 on Pierre Thomas placed on injured reserve
THOMAS_NINE_BODY = (
    "The New Orleans Saints placed Pierre Thomas on injured reserve Wednesday because of an "
    "ankle injury.\nThomas missed nine games this season because of the injury, including the "
    "regular-season finale.\nHe is the second running back in two days to be placed on injured "
    "reserve."
)
THOMAS_NINE = "Thomas missed nine games this season because of the injury, including the regular-season finale."
THOMAS_TEN_BODY = (
    "Pierre Thomas, the Saints' leading rusher in 2009, was put on injured reserve, the team "
    "announced Wednesday.\nThomas was hurt in the Saints' game vs. Atlanta game in September and "
    "missed 10 games, including last Sunday's loss to the Tampa Bay Buccaneers.\nHe had just 269 "
    "yards rushing."
)
THOMAS_TEN = (
    "Thomas was hurt in the Saints' game vs. Atlanta game in September and missed 10 games, "
    "including last Sunday's loss to the Tampa Bay Buccaneers."
)

# ecbplus-29_ecb: one quarterback's first completions and his total, in two reports
MANNING_FIRST = "Manning completed his first 17 passes, picked apart Jacksonville's secondary and led the Colts to their eighth consecutive win."
MANNING_FIRST_BODY = "Peyton Manning was nearly perfect.\n" + MANNING_FIRST
MANNING_ALL = "Peyton Manning completed 29 passes for 364 yards and three touchdowns as the Colts recorded their sixth come-from-behind win."


def test_one_persons_count_of_one_act_in_statements_kept_apart_is_a_dispute():
    found = _disputes(
        [("a", THOMAS_NINE_BODY, None, THOMAS_NINE), ("b", THOMAS_TEN_BODY, None, THOMAS_TEN)],
        "number", one_fact=False,
    )
    assert [sorted(v.value for v in c.variants) for c in found] == [["10", "nine"]]


def test_one_persons_counts_far_apart_are_two_counts():
    found = _disputes(
        [("a", MANNING_FIRST_BODY, None, MANNING_FIRST), ("b", MANNING_ALL, None, MANNING_ALL)],
        "number", one_fact=False,
    )
    assert found == []


def _act_noun(sentence: str, figure: str, verb: str) -> str:
    from synoptic.compare.figure_subject import act_noun
    from synoptic.compare.units import stem
    from synoptic.model import Span

    at = sentence.index(figure)
    return act_noun(Span("a", 0, len(sentence), sentence), Span("a", at, at + len(figure), figure), stem(verb))


def test_who_acts_is_a_noun_for_people_right_before_the_verb():
    # GVC 646995 (train): "officials identified the four people"; a pronoun or a clause
    # break before the verb names no one
    assert _act_noun(
        "On Thursday, officials identified the four people who were shot in the Creekwood community.",
        "four people", "identified",
    ) == _act_noun("Officials later identified the four people.", "four people", "identified") != ""
    assert _act_noun("He said that, identified the four people", "four people", "identified") == ""
    assert _act_noun("They identified the four people", "four people", "identified") == ""


def test_an_irregular_past_form_is_the_verb_of_a_counted_act():
    # ecbplus-21_ecb: "During his flee, Lasalle struck two other vehicles" / "after he had
    # struck two other vehicles": one person's one act, read by its verb
    from synoptic.compare.numbers import describe
    from synoptic.model import Quantity, Span
    from synoptic.settings import CompareSettings

    sentence = "During his flee, Lasalle struck two other vehicles, but no one was injured, according to authorities."
    at = sentence.index("two")
    q = Quantity(span=Span("a", at, at + len("two other vehicles"), "two other vehicles"), low=2, high=2, unit="vehicles")
    assert describe(q, Span("a", 0, len(sentence), sentence), CompareSettings()).lead != ""
