"""Which toll a figure counts, beyond English: the dead and the hurt in Arabic (words with
"and"/"by"/"the" glued on), and the other counts of people an event's reports give (the
evacuated, the missing, the rescued), each its own toll that never disputes another.
Real passages from MultiLing 2011 development topics (M001) and GVC train (../shared)."""

from __future__ import annotations

from synoptic.compare import numbers
from synoptic.compare.toll_kind import toll_kind
from synoptic.model import Article
from synoptic.settings import CompareSettings, TextSettings
from synoptic.text.quantities import extract_quantities
from synoptic.text.sentences import split_sentences


def _tolls(body: str, language: str) -> list[tuple[str, str, bool]]:
    article = Article(id="a", source="a", text=body, language=language)
    sentences = split_sentences(article)
    out = []
    for q in extract_quantities(article, sentences, TextSettings()):
        sent = next(s.span for s in sentences if s.span.start <= q.span.start < s.span.end)
        mention = numbers.describe(q, sent, CompareSettings())
        out.append((q.span.text, toll_kind(q, sent), mention.casualty))
    return out


def test_an_arabic_toll_of_the_dead_is_read_from_its_verb() -> None:
    # MultiLing M0014 (Arabic): "قتل 52 شخصا وأصيب مئات آخرون في 7 يوليو 2005"
    got = _tolls(
        "قتل 52 شخصا وأصيب مئات آخرون في 7 يوليو 2005 عندما فجر اربعة انتحاريين انفسهم.", "ar"
    )
    assert ("52 شخصا", "dead", True) in got


def test_the_evacuated_are_a_toll_of_their_own() -> None:
    # MultiLing M0010 (English): "Around 600 people were evacuated from the surrounding area"
    got = _tolls("Around 600 people were evacuated from the surrounding area.", "en")
    assert got == [("Around 600 people", "evacuated", False)]


def test_a_toll_in_digits_is_read_from_its_own_noun() -> None:
    # GVC train, two headlines; the figure's first word was skipped as if it were a number
    # word, so "4 dead" and "4 wounded" read no toll
    got = _tolls("4 dead in shooting at Hampton Inn in Fairbanks, Alaska.", "en")
    assert [(text, kind) for text, kind, _ in got] == [("4 dead", "dead")]
    got = _tolls("4 wounded when bullets start flying during fight involving 30+ people.", "en")
    assert [(text, kind) for text, kind, _ in got][:1] == [("4 wounded", "hurt")]


def test_a_french_toll_without_its_noun_counts_people() -> None:
    # MultiLing M0017 (French): "52 personnes sont mortes et environ 700 ont été blessées"; the
    # 700 has no noun: the verb says it counts the hurt
    got = _tolls(
        "52 personnes sont mortes et environ 700 ont été blessées à la suite des attentats.", "fr"
    )
    assert ("environ 700", "hurt", True) in got
