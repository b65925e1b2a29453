"""One act's figure told in statements that share few words, and a group of figures freed of
a statement of another month (#19).

Real passages from development stories of `bench/data/disputes/` (ECB+, CC BY 3.0; see
NOTICE), run through the real text layer and `find_conflicts` with no aligned fact:
- a figure's slot (`compare/figure_slot.py`): the same counted noun with the same act
  ("deliberated ... for 40 hours" / "after 30 hours of deliberation"), each its article's
  only figure of that act, is one count; a running count ("since has received"), an
  article with another figure of the noun whose act is unread, and values far apart
  (one man's sentences of seven and 12 years) are not;
- an article on two sides of a group only because one of its statements names another
  month ("In January, five cables ... were cut") does not hide the group's dispute; a
  dated figure another source states undated is this event's and stays.
"""

from __future__ import annotations

from tests.unit.test_disputes_across_facts import _disputes

# ecbplus-3_ecb: the jury's deliberation on Brian Nichols's sentence, two reports
NICHOLS_40 = (
    "The two jurors, who indicated they were among the nine voting to put Nichols to death, "
    "reported one of the holdouts even worked a crossword puzzle while the panel deliberated "
    "Nichols ' fate for 40 hours over four days."
)
NICHOLS_12 = (
    "The jury began hearing the case Sept. 22 and convicted Nichols on Nov. 7 after 12 hours "
    "of deliberation."
)
NICHOLS_30 = "The jury was unable to come to a decision after 30 hours of deliberation."
NICHOLS_30_BODY = "An Atlanta judge sentenced Brian Nichols to life in prison Saturday morning.\n" + NICHOLS_30


def test_one_acts_hours_in_statements_kept_apart_are_a_dispute():
    found = _disputes(
        [("a", NICHOLS_40 + "\n" + NICHOLS_12, None, NICHOLS_40), ("b", NICHOLS_30_BODY, None, NICHOLS_30)],
        "number", one_fact=False,
    )
    # the 12 hours are another deliberation's (the verdict's): another act, left out
    assert [sorted(v.value for v in c.variants) for c in found] == [["30", "40"]]


def test_another_deliberation_of_the_same_noun_is_not_the_slot():
    found = _disputes(
        [("a", NICHOLS_12, None, NICHOLS_12), ("b", NICHOLS_30_BODY, None, NICHOLS_30)],
        "number", one_fact=False,
    )
    assert found == []


# ecbplus-9_ecb: comments on a proposed rule, counted while they kept coming
COMMENTS_235 = "The agency received nearly 235,000 comments on the endangered species proposal, at least 208,000 of which were form letters decrying the rule."
COMMENTS_300 = "The Interior Department proposed the new regulations in May and since has received nearly 300,000 comments, the vast majority opposing the changes."


def test_a_running_count_fills_no_slot():
    found = _disputes(
        [("a", COMMENTS_235, None, COMMENTS_235), ("b", COMMENTS_300, None, COMMENTS_300)],
        "number", one_fact=False,
    )
    assert found == []


# ecbplus-26_ecbplus: one man's sentences of two sentencings, decades apart
GIGANTE_12 = "Vincent Gigante died in prison.\nHe was sentenced to 12 years in prison."
GIGANTE_7 = (
    "Mr. Gigante, who listed his profession as the superintendent of a tenement on Bleecker "
    "Street, was sentenced to seven years in prison."
)


def test_one_acts_values_far_apart_are_two_events():
    found = _disputes(
        [("a", GIGANTE_12, None, "He was sentenced to 12 years in prison."), ("b", GIGANTE_7, None, GIGANTE_7)],
        "number", one_fact=False,
    )
    assert found == []


# ecbplus-30_ecb: this week's cut cables, and January's told in passing
CABLES_THREE = (
    "Internet and telephone communications between Europe, the Middle East and Asia were "
    "severely disrupted Friday after three undersea cables were damaged in the Mediterranean, "
    "France Telecom said.\nIn January, five cables in the Middle East and Europe were cut, "
    "causing Internet failures in the region."
)
CABLES_THREE_OTHER = (
    "Internet and phone communications between Europe, the Middle East and Asia were severely "
    "disrupted on Friday after three undersea cables were damaged in the Mediterranean between "
    "Sicily and North Africa."
)
CABLES_TWO = (
    "Millions of people across the Middle East and Asia have lost access to the internet after "
    "two undersea cables in the Mediterranean suffered severe damage."
)


def test_a_statement_of_another_month_does_not_hide_the_dispute():
    reports = [
        ("a", CABLES_THREE, None, CABLES_THREE.split("\n")[0]),
        ("b", CABLES_THREE_OTHER, None, CABLES_THREE_OTHER),
        ("c", CABLES_TWO, None, CABLES_TWO),
    ]
    found = _disputes(reports, "number", one_fact=False)
    assert [sorted(v.value for v in c.variants) for c in found] == [["three undersea", "two undersea"]]


# ecbplus-25_ecb: a season's catches dated "this year" and a part's, in one article
BUSH_SEASON = (
    "Bush rushed for 404 yards and two touchdowns, caught 52 passes for 440 yards and four TDs, "
    "and scored three touchdowns on punt runbacks this season."
)
BUSH_BOTH = (
    "The 2006 second-overall pick played in just 10 games this year, rushing for 404 yards and "
    "two touchdowns while catching 52 passes for 440 yards.\nHe has also caught eight passes for "
    "66 yards and two touchdowns."
)


def test_a_dated_figure_another_source_states_undated_stays_in_its_group():
    found = _disputes(
        [("a", BUSH_SEASON, None, BUSH_SEASON), ("b", BUSH_BOTH, None, BUSH_BOTH.split("\n")[0])],
        "number", one_fact=False,
    )
    assert not [c for c in found if any("passes" in v.value or v.value in ("8", "eight") for v in c.variants)]


# ecbplus-20_ecbplus: Qeshm's distance from Tehran, and another town's from the same city
QESHM_1500 = (
    "Qeshm, a 1,500-square-kilometer island off the coast southwest of Bandar Abbas and 1,500 "
    "kilometers south of Tehran, has a population of more than 100,000."
)
QESHM_1150 = (
    "Qeshm, located 1,150 kilometers (700 miles) southeast of Tehran, has a busy commercial and "
    "fishing port and is also a popular weekend sunshine getaway for Iranian tourists."
)
ZARAND_1150 = "Zarand, a town of about 15,000 people in Kerman province, lies 950 kilometers southeast of Tehran."
ISLAND_940 = "The island, which has about 200,000 residents, is about 940 miles south of Tehran, the capital."


def test_one_named_places_distance_on_neighbouring_bearings_is_a_dispute():
    found = _disputes(
        [("a", QESHM_1500, None, QESHM_1500), ("b", QESHM_1150, None, QESHM_1150)], "number", one_fact=False
    )
    assert [(c.topic, sorted(v.value for v in c.variants)) for c in found] == [
        ("distance of Qeshm from Tehran", ["1,150", "1,500"])
    ]


def test_another_places_distance_from_the_same_city_is_not_one_distance():
    # Zarand's real distance is written in miles in the story; here in kilometres, on Qeshm's
    # bearing, so that only the place located keeps the two apart
    found = _disputes(
        [("a", ZARAND_1150, None, ZARAND_1150), ("b", QESHM_1150, None, QESHM_1150)], "number", one_fact=False
    )
    assert found == []
    # a place not named at the head of its sentence ("The island, ...") is not known to be one
    found = _disputes(
        [("a", ISLAND_940, None, ISLAND_940), ("b", QESHM_1150, None, QESHM_1150)], "number", one_fact=False
    )
    assert found == []
