"""Quantities on hand-written passages in several styles, with expected outputs by hand."""

from __future__ import annotations

import pytest

from synoptic.model import Article, Quantity
from synoptic.settings import TextSettings
from synoptic.text.quantities import extract_quantities, singular
from synoptic.text.sentences import split_sentences

INF = None  # open bound


def _quantities(text: str, language: str = "en") -> list[Quantity]:
    article = Article(id="a", source="a", text=text, language=language)
    found = extract_quantities(article, split_sentences(article), TextSettings())
    for q in found:
        assert text[q.span.start : q.span.end] == q.span.text
    return found


def _rows(found: list[Quantity]) -> list[tuple]:
    def r(x: float | None) -> float | None:
        return None if x is None else round(x, 2)

    return [(q.span.text, r(q.low), r(q.high), q.unit) for q in found]


# (style, language, text, expected [(span, low, high, unit)])
PASSAGES = [
    (
        "US wire: hedged count",
        "en",
        "WASHINGTON (AP) — About 2,500 protesters gathered outside the Capitol on Tuesday, "
        "police said.",
        [("About 2,500 protesters", 2250, 2750, "protester")],
    ),
    (
        "UK paper: scale word, percent, vote count",
        "en",
        "MPs rejected the deal by 230 votes in January. Some 1.2 million people signed a "
        "petition, and the pound fell 0.5% on Monday.",
        [
            ("230 votes", 230, 230, "vote"),
            ("Some 1.2 million people", 1080000, 1320000, "people"),
            ("0.5%", 0.5, 0.5, "percent"),
        ],
    ),
    (
        "Reuters: nearly, adjective before the noun",
        "en",
        "LONDON, Tuesday 12 March 2019 (Reuters) - Nearly 40,000 rail workers walked out on "
        "Friday, the biggest strike since 1989.",
        [("Nearly 40,000 rail workers", 36000, 40000, "worker")],
    ),
    (
        "French agency: spaced thousands, vague amount, spelled-out number",
        "fr",
        "Près de 13 000 soldats seraient déployés. Des dizaines de milliers de manifestants ont "
        "défilé hier à Paris, et plus de deux cents personnes ont été arrêtées.",
        [
            ("Près de 13 000 soldats", 11700, 13000, "soldat"),
            ("Des dizaines de milliers de manifestants", 20000, 100000, "manifestant"),
            ("plus de deux cents personnes", 200, INF, "personne"),
        ],
    ),
    (
        "Spanish agency: dotted thousands, vague amount, spelled-out number",
        "es",
        "El gobierno anunció que unos 5.000 soldados llegarán a la frontera. Miles de personas "
        "protestaron ayer en Madrid y más de trescientas personas murieron en la región.",
        [
            ("unos 5.000 soldados", 4500, 5500, "soldado"),
            ("Miles de personas", 2000, 10000, "persona"),
            ("más de trescientas personas", 300, INF, "persona"),
        ],
    ),
    (
        "US local news: age, up to, dozens; years and times of day skipped",
        "en",
        "The 45-year-old mayor, who has served since 2014, said that up to 300 homes were "
        "destroyed and dozens of families displaced. A town hall is set for Jan. 5 at 9:30 a.m.",
        [
            ("45-year-old", 45, 45, "year-old"),
            ("up to 300 homes", INF, 300, "home"),
            ("dozens of families", 24, 100, "family"),
        ],
    ),
    (
        "Business wire: money and percentages",
        "en",
        "The company will cut 1,200 jobs, or roughly 8 percent of its workforce, after posting a "
        "$2.3 billion loss in the third quarter. Shares fell 12% yesterday.",
        [
            ("1,200 jobs", 1200, 1200, "job"),
            ("roughly 8 percent", 7.2, 8.8, "percent"),
            ("$2.3 billion", 2.3e9, 2.3e9, "dollar"),
            ("12%", 12, 12, "percent"),
        ],
    ),
    (
        "Compound modifiers and durations; ordinals skipped",
        "en",
        "Two teenagers were rescued after 18 hours at sea. A 24-member crew searched an area of "
        "300 square miles. The coastguard's 3rd cutter joined an eight-hour search.",
        [
            ("Two teenagers", 2, 2, "teenager"),
            ("18 hours", 18, 18, "hour"),
            ("24-member", 24, 24, "member"),
            ("300 square miles", 300, 300, "mile"),
            ("eight-hour", 8, 8, "hour"),
        ],
    ),
    (
        "Offsets belong to time; at least, hundreds",
        "en",
        "Three years ago, the dam burst, killing at least 62 people. Engineers say hundreds of "
        "homes remain at risk.",
        [("at least 62 people", 62, INF, "people"), ("hundreds of homes", 200, 1000, "home")],
    ),
    (
        "Labels, phone numbers, codes and dates are not quantities",
        "en",
        "The Nord Stream 2 pipeline runs under the Baltic Sea. Call 555-123-4567 for details. "
        "Article 5 was invoked on 12 September 2001 after COVID-19 hit version 2.0 of the plan.",
        [],
    ),
    (
        "Wire: tens of thousands, barely, estimated, 57-member",
        "en",
        "Moscow has massed tens of thousands of troops near the border. Barely 100,000 troops "
        "remain, with its estimated 100,000 troops away from a 57-member meeting.",
        [
            ("tens of thousands of troops", 20000, 100000, "troop"),
            ("Barely 100,000 troops", 90000, 100000, "troop"),
            ("estimated 100,000 troops", 90000, 110000, "troop"),
            ("57-member", 57, 57, "member"),
        ],
    ),
    (
        "French figures: decimal comma, scale word with 'de', ages in years, currency after",
        "fr",
        "Le séisme a fait 222.570 morts et 1,3 millions de réfugiés ; l'aide atteint 7,754 "
        "milliards de dollars. Les suspects, âgés de 25 ans, ont versé 10 000 $ à trois reprises.",
        [
            ("222.570 morts", 222570, 222570, "mort"),
            ("1,3 millions de réfugiés", 1.3e6, 1.3e6, "réfugié"),
            ("7,754 milliards de dollars", 7.754e9, 7.754e9, "dollar"),
            ("25 ans", 25, 25, "an"),
            ("10 000 $", 10000, 10000, "dollar"),
        ],
    ),
    (
        "Verbs and 'times' are not what is counted",
        "en",
        "Of the five who were arrested, five had fled and two others were freed; prices rose "
        "three times.",
        [],
    ),
    (
        "Czech: spaced thousands, a Czech scale word, an abbreviation; no English number words",
        "cs",
        "Zemřelo 80 000 lidí a 2,7 milionu lidí zůstalo bez domova, 153 km severozápadně. "
        "Ten rozruch trval.",
        [
            ("80 000 lidí", 80000, 80000, "lidí"),
            ("2,7 milionu lidí", 2.7e6, 2.7e6, "lidí"),
            ("153 km", 153, 153, "km"),
        ],
    ),
    (
        "Greek: scale word and percent words",
        "el",
        "Η βοήθεια έφτασε τα 322 εκατομμύρια δολάρια, το 40 τοις εκατό του συνόλου.",
        [("322 εκατομμύρια δολάρια", 3.22e8, 3.22e8, "δολάρια"), ("40 τοις εκατό", 40, 40, "percent")],
    ),
    (
        "wire: the measure named before the figure",
        "en",
        "The quake had a magnitude of at least 5.9, officials said. The island has a "
        "population of 120,000. A total of 12 were hurt, and one of 10 homes fell.",
        # "a total" is no measure; "12 were hurt" counts the people a toll's verb names
        [("at least 5.9", 5.9, None, "magnitude"), ("120,000", 120000, 120000, "population"),
         ("12", 12, 12, "people"), ("10 homes", 10, 10, "home")],
    ),
    (
        "French: the measure named before the figure",
        "fr",
        "Le séisme, d'une magnitude de 5,9, a frappé l'île dimanche.",
        [("5,9", 5.9, 5.9, "magnitude")],
    ),
    (
        "wire: a count whose noun is the one before it",
        "en",
        "A gunman shot three people, killing one, on Monday. Police arrested 30 protesters "
        "and charged 12.",
        [("three people", 3, 3, "people"), ("one", 1, 1, "people"), ("30 protesters", 30, 30, "protester"),
         ("12", 12, 12, "protester")],
    ),
    (
        "English 'miles' is not Spanish 'miles'",
        "en",
        "Refugees walked for miles. Several thousand refugees crossed; a few dozen stayed.",
        [("Several thousand refugees", 3000, 9000, "refugee")],
    ),
]


@pytest.mark.parametrize("style,language,text,expected", PASSAGES, ids=[p[0] for p in PASSAGES])
def test_passages(style, language, text, expected):
    assert _rows(_quantities(text, language)) == [
        (s, None if lo is None else round(lo, 2), None if hi is None else round(hi, 2), u)
        for s, lo, hi, u in expected
    ]


def test_flags():
    by_text = {q.span.text: q for q in _quantities(
        "Officials counted 100,000 troops, more than 13,000 people and tens of thousands of "
        "refugees."
    )}
    exact = by_text["100,000 troops"]
    assert (exact.approximate, exact.vague) == (False, False)
    more = by_text["more than 13,000 people"]
    assert (more.approximate, more.vague) == (True, False)
    vague = by_text["tens of thousands of refugees"]
    assert (vague.approximate, vague.vague) == (True, True)


def test_singular():
    assert [singular(w) for w in ("troops", "casualties", "people", "women", "churches")] == [
        "troop", "casualty", "people", "woman", "church"
    ]
    assert singular("ciudades", "es") == "ciudad"
    assert singular("personnes", "fr") == "personne"
    assert singular("chevaux", "fr") == "cheval"


def test_a_temperature_below_zero_keeps_its_sign():
    # ecbplus-13_ecb (ECB+, CC BY 3.0; development): one night's cold as two reports give it
    found = _quantities("Firefighters fought the blaze in temperatures of minus 17 degrees.")
    assert _rows(found) == [("minus 17 degrees", -17, -17, "degree")]
    # the hyphen joins the sign, not a code ("G-20"); the measure is the degree, not the noun
    garbled = "Firefighters battled for about eight hours in minus-20 degree temperatures to completely extinguish it."
    assert ("minus-20 degree", -20, -20, "degree") in _rows(_quantities(garbled))
    # a plain temperature and a score stay as they were
    assert _rows(_quantities("It was 20 degrees outside.")) == [("20 degrees", 20, 20, "degree")]
    assert _quantities("The G-20 summit ended.") == []


def test_over_after_a_time_figure_is_the_span_it_was_spread_over():
    # ecbplus-3_ecb (ECB+, CC BY 3.0; development): four days, not "more than four days"
    found = _quantities("The panel deliberated Nichols ' fate for 40 hours over four days.")
    assert _rows(found) == [("40 hours", 40, 40, "hour"), ("four days", 4, 4, "day")]
    # "over" before a count is still a lower bound
    assert _rows(_quantities("The fire burned over 300 acres.")) == [("over 300 acres", 300, None, "acre")]
