"""The story's reference date from publication dates and from what the texts say."""

from __future__ import annotations

from datetime import date

from synoptic.compare.reference_date import infer_reference_date
from synoptic.model import Article, ArticleAnalysis
from synoptic.settings import CompareSettings, TimeSettings
from synoptic.text import timex
from synoptic.text.sentences import split_sentences


def _article(text: str, language: str = "en", published: date | None = None, aid: str = "a"):
    return Article(id=aid, source=aid, text=text, language=language, published=published)


def _analysis(article: Article) -> ArticleAnalysis:
    sents = split_sentences(article)
    return ArticleAnalysis(article.id, sents, times=timex.extract_times(article, sents, TimeSettings()))


def test_reference_date_override_and_publication_dates():
    a = _article("Talks opened on Monday.", published=date(2022, 1, 10), aid="a")
    b = _article("Talks opened on Monday.", published=date(2022, 1, 10), aid="b")
    c = _article("Talks opened on Monday.", published=date(2022, 1, 11), aid="c")
    analyses = {x.id: _analysis(x) for x in (a, b, c)}
    assert infer_reference_date([a, b, c], analyses, date(2020, 5, 5), CompareSettings()) == (
        date(2020, 5, 5),
        False,
    )
    assert infer_reference_date([a, b, c], analyses, None, CompareSettings()) == (date(2022, 1, 10), False)


def test_reference_date_inferred_from_weekday_and_year_clues():
    a = _article("Negotiations began on Monday January 10 in Geneva.", aid="a")
    b = _article(
        "A new invasion could come eight years after Russia seized Crimea in 2014.", aid="b"
    )
    analyses = {x.id: _analysis(x) for x in (a, b)}
    today = date(2026, 11, 26)
    assert infer_reference_date([a, b], analyses, None, CompareSettings(), today=today) == (
        date(2022, 1, 10),
        True,
    )
    # Monday January 10 alone: the most recent such Monday not in the future
    assert infer_reference_date([a], {"a": analyses["a"]}, None, CompareSettings(), today=today) == (
        date(2022, 1, 10),
        True,
    )
    # ... never one after today
    assert infer_reference_date(
        [a], {"a": analyses["a"]}, None, CompareSettings(), today=date(2021, 6, 1)
    ) == (date(2011, 1, 10), True)


def test_reference_date_explicit_date_with_agreeing_weekday_wins():
    a = _article("LONDON, Tuesday 12 March 2019 - Workers walked out.", aid="a")
    b = _article("The deal was first agreed on 25 November 2018.", aid="b")
    analyses = {x.id: _analysis(x) for x in (a, b)}
    assert infer_reference_date([a, b], analyses, None, CompareSettings()) == (date(2019, 3, 12), True)


def test_reference_date_none_without_evidence():
    a = _article("Talks opened on Monday and will resume on Thursday.", aid="a")
    assert infer_reference_date([a], {"a": _analysis(a)}, None, CompareSettings()) == (None, False)
    assert infer_reference_date([], {}, None, CompareSettings()) == (None, False)
