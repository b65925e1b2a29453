"""Figures in several pieces (mixed fractions, compound durations, ranges) and number words of
Italian and Dutch, read from real passages of the development data in ../shared."""

from __future__ import annotations

from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text.quantities import extract_quantities
from synoptic.text.sentences import split_sentences


def _figures(text: str, language: str = "en") -> list[tuple[str, float | None, float | None, str]]:
    article = Article(id="a", source="test", text=text, language=language)
    found = extract_quantities(article, split_sentences(article), Settings().text)
    return [(q.span.text, q.low, q.high, q.unit) for q in found]


def test_a_mixed_fraction_is_one_figure_not_its_denominator() -> None:
    # ECB+ 29_4ecb (development): "he played a really good game for 3 1/2 quarters"
    got = _figures(
        "It 's a 60-minute game -- he played a really good game for 3 1/2 quarters , '' Colts defensive back said."
    )
    # read as the whole numbers either side: rewriters round a half up or down
    assert ("3 1/2 quarters", 3.0, 4.0, "quarter") in got
    assert not any(low == 2.0 for _, low, _, _ in got)
    # GVC train: "You had a 2 1/2 year old who was able to take a gun": no count of 2
    got = _figures("You had a 2 1/2 year old who was able to take a gun, pick it up and shoot.")
    assert not any(low == 2.0 for _, low, _, _ in got)


def test_a_fraction_spaced_by_a_tokeniser_gives_no_count_of_its_denominator() -> None:
    # ECB+ 28_ecbplus (development): "served 41 / 2 months", a tokeniser's "4 1/2"; the "2"
    # after the slash was read as "2 months" and disputed "four" and "five" months
    got = _figures(
        "LaRue served 41 / 2 months in federal prison for conspiracy to obstruct justice."
    )
    assert got == []


def test_a_race_time_is_one_duration_in_its_smallest_unit() -> None:
    # MultiLing 2011 M003 (French source M0036, development): "dans un temps de 5h 34m 28s"
    got = _figures(
        "Il a remporté la 15eme étape du Tour de France 2007 dans un temps de 5h 34m 28s.", "fr"
    )
    assert ("5h 34m 28s", 20068.0, 20068.0, "second") in got


def test_between_two_figures_is_a_range_not_its_top() -> None:
    # ECB+ 19_8ecbplus (development): "Between 60 and 100 rioters gathered around Church and ..."
    got = _figures("Between 60 and 100 rioters gathered around Church and Snow streets.")
    assert got == [("Between 60 and 100 rioters", 60.0, 100.0, "rioter")]
    # ECB+ 20_ecbplus: "estimated that between 50 and 70 percent of the industrial structure"
    got = _figures(
        "Safa estimated that between 50 and 70 percent of the industrial structure was destroyed."
    )
    assert [(low, high, unit) for _, low, high, unit in got] == [(50.0, 70.0, "percent")]


def test_italian_and_dutch_number_words() -> None:
    # Wikinews it/9549 and nl/9549 (wikinews-timeline, the trial set)
    got = _figures(
        "Apple ha seguito un ciclo di rilasci semi-regolari, con quattro versioni rilasciate in 5 anni.",
        "it",
    )
    assert (4.0, "versioni") in [(low, unit) for _, low, _, unit in got]
    got = _figures(
        "Mac OS X kent een redelijk regelmatig release-patroon want er zijn vier versies uitgebracht.",
        "nl",
    )
    assert [(low, unit) for _, low, _, unit in got] == [(4.0, "versies")]


def test_number_words_of_a_language_are_not_read_in_another() -> None:
    # "Otto" and "elf" are a name and a word in English text of unknown language
    assert _figures("Otto Schmidt met elf tien times.", "") == []


def test_a_range_of_sums_between_two_figures() -> None:
    # ECB+ 10_1ecbplus, 10_7ecb and 5_9ecbplus (development), as tokenised ("$ 140")
    got = _figures(
        "The Orioles have offered Teixeira a seven - year deal worth between $140 million and $150 million ."
    )
    assert [(low, high, unit) for _, low, high, unit in got if unit == "dollar"] == [
        (140e6, 150e6, "dollar")
    ]
    got = _figures(
        "The Orioles have made an offer between $ 140 and $ 150 million over seven years ."
    )
    assert [(low, high, unit) for _, low, high, unit in got if unit == "dollar"] == [
        (140e6, 150e6, "dollar")
    ]
    got = _figures(
        "It's believed to be worth between $60 million to $70 million , based on previous negotiations ."
    )
    assert [(low, high, unit) for _, low, high, unit in got if unit == "dollar"] == [
        (60e6, 70e6, "dollar")
    ]


def test_a_whole_number_and_a_half_spans_the_whole_numbers_either_side() -> None:
    # ECB+ 6_1ecbplus (development): "didn't want to spend two and a half hours watching"
    got = _figures(
        "That demographic didn't want to spend two and a half hours watching a tween romance."
    )
    assert got == [("two and a half hours", 2.0, 3.0, "hour")]
