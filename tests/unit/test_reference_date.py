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


def test_a_dateline_a_day_after_the_publication_date_is_the_day_the_text_was_updated_to() -> None:
    # GVC development incident 402674 (CC BY 4.0): a page first dated Thursday, rewritten on
    # Friday; its "On Friday ... confirmed" is that Friday, not the Friday before
    from synoptic import text as text_layer
    from synoptic.compare.reference_date import updated_day
    from synoptic.model import Article
    from synoptic.settings import CompareSettings, TextSettings

    body = ("Police discover 3 bodies, including 2 children, inside Henry County home\n\n"
            "HENRY COUNTY, Ind. (Aug. 28, 2015) – Officials in Henry County are investigating after three "
            "bodies were found in a home just east of Knightstown Thursday morning.\n\n"
            "On Friday, Henry County Prosecutor Joe Bergacs confirmed the two children died of gunshot wounds.")
    article = Article("fox", "fox.txt", body, language="en", published=date(2015, 8, 27))
    analysis = text_layer.analyze(article, TextSettings())
    assert updated_day(article, analysis, CompareSettings()) == date(2015, 8, 28)
    # the same page dated by its publication date alone, or a dateline days later, keeps it
    assert updated_day(article, analysis, CompareSettings(updated_dateline_days=0)) is None
    later = Article("fox", "fox.txt", body, language="en", published=date(2015, 8, 20))
    assert updated_day(later, text_layer.analyze(later, TextSettings()), CompareSettings()) is None
