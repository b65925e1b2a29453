"""One act with one participant dated two ways in statements the aligner kept apart
(#19, stop 41 branch dates41: `compare/detectors/act_date.py`).

Real passages of development stories of `bench/data/disputes/` (ECB+ CC BY 3.0; GVC; see
NOTICE), run through the real text layer and `find_conflicts`, each sentence its own
statement (no fact joins them) unless the test says otherwise. ECB+ articles carry no
publication date.
"""

from __future__ import annotations

from datetime import date

from synoptic import text
from synoptic.compare.conflicts import find_conflicts
from synoptic.model import Article, Fact, Span
from synoptic.settings import CompareSettings, TextSettings

SETTINGS = CompareSettings()


def _date_disputes(
    reports: list[tuple[str, str]], one_fact: bool = False, **fields
) -> list[list[str]]:
    articles, analyses, mentions = [], {}, []
    for aid, body in reports:
        article = Article(aid, f"{aid}.txt", body, **{"language": "en", "outlet": aid, **fields})
        analyses[aid] = text.analyze(article, TextSettings())
        articles.append(article)
        mentions.append(Span(aid, 0, len(body), body))
    facts = (
        [Fact(id="f1", text=mentions[0].text, mentions=mentions, articles=[a.id for a in articles])]
        if one_fact
        else []
    )
    found = find_conflicts(facts, articles, analyses, [], [], [], SETTINGS)
    return [sorted(v.value for v in c.variants) for c in found if c.is_dispute and c.kind == "date"]


def test_one_sinking_dated_two_ways_in_background_sentences() -> None:
    # ecbplus-12_ecb, 12_1ecb / 12_5ecb: one trawler sunk, on November 19 or November 18
    found = _date_disputes(
        [
            (
                "12_1ecb",
                "On November 19, INS Tabar sunk a fishing trawler that was under the control of pirates, "
                "in a third successive strike since its deployment on November 2 this year.",
            ),
            (
                "12_5ecb",
                'Then, on November 18, it had sunk Thai trawler "Ekawat Nava 5", which had been '
                "commandeered by pirates, after a gunbattle.",
            ),
        ]
    )
    assert found == [["November 18", "November 19"]]


def test_one_killing_told_as_shooting_and_killing_on_two_weekdays() -> None:
    # ecbplus-19_ecb, 19_14ecb / 19_15ecb: "shooting of" and "killed" are one attack on him
    found = _date_disputes(
        [
            (
                "19_14ecb",
                "The fatal shooting of Alexis Grigoropoulos, 15, on Saturday sparked five days of riots "
                "and demonstrations across Greece after witnesses claimed that the police officer "
                "deliberately took aim at the teenager.",
            ),
            (
                "19_15ecb",
                "According to the charge sheet, Mr Korkoneas killed Grigoropoulos on Sunday during a clash "
                "with around 30 youths in the central Athens district of Exarchia, an incident which "
                "sparked this week's violence.",
            ),
        ]
    )
    assert found == [["Saturday", "Sunday"]]


_PLEAS = [
    # ecbplus-28_ecbplus, 28_3ecbplus / 28_5ecbplus: a month against a day of another month
    ("28_3ecbplus", "Mr. LaRue pleaded guilty to obstruction of justice in July 1973."),
    (
        "28_5ecbplus",
        "On June 27, 1973, he pleaded guilty to one charge of conspiring to obstruct justice and "
        "began cooperating with prosecutors.",
    ),
]


def test_a_plea_by_a_pronoun_is_one_act_when_the_aligner_joined_the_statements() -> None:
    assert _date_disputes(_PLEAS, one_fact=True) == [["1973-06-27", "1973-07"]]


def test_a_plea_by_a_pronoun_is_nobody_in_particular_in_statements_kept_apart() -> None:
    assert _date_disputes(_PLEAS) == []


def test_a_crime_one_is_charged_with_is_no_act_told() -> None:
    # ecbplus-18_ecb, 18_1ecb / 18_12ecb: "murder" names the charge, Saturday and Monday
    # date the charge and the court appearance
    found = _date_disputes(
        [
            (
                "18_1ecb",
                "A 61-year-old man was charged with first-degree murder Saturday after allegedly opening "
                "fire at his former employers ' office Christmas party in Vancouver, killing one man, "
                "police said.",
            ),
            (
                "18_12ecb",
                "His accused killer, Eric Kirkpatrick, made a brief appearance in Vancouver provincial "
                "court Monday on a charge of first-degree murder.",
            ),
        ],
        one_fact=True,
    )
    assert found == []


def test_a_death_reported_in_a_dated_email_is_not_dated_by_it() -> None:
    # gvc-657926: the girl died on Sunday; Monday dates the agency's email, and "died from
    # her injuries" names no one who died
    found = _date_disputes(
        [
            (
                "gvc-f64b7ec6",
                "Shafi’s parents took her to the hospital on Sunday afternoon, where she died.",
            ),
            (
                "gvc-f8f77a37",
                "The child was taken to a local hospital by her parents, but died from her injuries, "
                "a Monday morning email from the agency said.",
            ),
        ],
        one_fact=True,
        published=date(2016, 9, 19),
    )
    assert found == []


_TWO_BOYS = [
    # GVC train incidents of Benton and Englewood (9fd23584, 5cf042b4): two boys shot months
    # apart, put here in one story of one day as a clustering slip would
    (
        "9fd23584",
        "In Benton, police were continuing an investigation into the fatal shooting of a 2-year-old "
        "boy Tuesday.",
    ),
    (
        "5cf042b4",
        "Police believe the 7-year-old boy who was killed Sunday in his Englewood home accidentally "
        "shot himself in the head with a handgun as he played with a relative.",
    ),
]


def test_two_boys_shot_are_not_one_act_by_a_common_noun_and_the_police() -> None:
    assert _date_disputes(_TWO_BOYS, published=date(2016, 3, 21)) == []


def test_a_common_noun_participant_with_another_shared_word_is_one_act() -> None:
    # the same two statements, the second telling of Benton too: one boy, two days
    one = [_TWO_BOYS[0], (_TWO_BOYS[1][0], _TWO_BOYS[1][1].replace("Englewood", "Benton"))]
    assert _date_disputes(one, published=date(2016, 3, 21)) == [["2016-03-15", "2016-03-20"]]
