"""A timeline entry cut from a sentence reads as a sentence, and a date naming an earlier
event ("the February 27 earthquake") does not date the sentence's own: passages of the
Wikinews trial in Spanish and MultiLing 2011 M005 in English (development)."""

from __future__ import annotations

from datetime import date

from synoptic.model import Article, ArticleAnalysis, Fact
from synoptic.settings import TextSettings, TimeSettings, WriteSettings
from synoptic.text import quantities, timex
from synoptic.text.sentences import split_sentences
from synoptic.write.timeline import build_timeline


def _timeline(text: str, published: date, language: str) -> list[tuple[str, str]]:
    article = Article(id="a", source="a", text=text, language=language, published=published)
    sents = split_sentences(article)
    analysis = ArticleAnalysis("a", sents, quantities=quantities.extract_quantities(article, sents, TextSettings()),
                               times=timex.extract_times(article, sents, TimeSettings()))
    facts = [Fact(f"f{s.index}", s.span.text, [s.span], ["a"]) for s in sents]
    entries = build_timeline(facts, {"a": analysis}, published, WriteSettings(), languages={"a": language},
                             language=language, texts={"a": text})
    return [(e.date, e.text) for e in entries]


def test_a_clause_without_its_subject_takes_the_sentences():
    # it showed "2003: lanzó al mercado el iTunes Music Store en 2003."
    text = ("Apple Computer fue creada por Steve Jobs y Steve Wozniak en 1976, y lanzó al mercado el iTunes "
            "Music Store en 2003.")
    assert _timeline(text, date(2006, 3, 27), "es") == [
        ("1976", "Apple Computer fue creada por Steve Jobs y Steve Wozniak en 1976"),
        ("2003", "Apple Computer lanzó al mercado el iTunes Music Store en 2003."),
    ]


def test_a_clause_with_its_own_subject_opens_on_a_capital():
    text = "2007 fue el año del smartphone iPhone, y el ordenador-tableta iPad llegó en 2010."
    assert _timeline(text, date(2011, 10, 6), "es")[-1] == ("2010", "El ordenador-tableta iPad llegó en 2010.")


def test_the_day_naming_an_earlier_quake_does_not_date_the_aftershock():
    # a Friday report: the aftershock hit on the Wednesday; it was shown under February 27
    text = ('A "sudden" and "terrifying" aftershock of the magnitude 8.8, February 27 earthquake hit central '
            "and southern Chile on Wednesday night.")
    assert [d for d, _ in _timeline(text, date(2010, 10, 22), "en")] == ["2010-10-20"]


def test_a_figure_between_the_earlier_day_and_its_quake_does_not_let_it_date_the_aftershock():
    # MultiLing M005 en (dev), a Thursday report: shown under February 27, in the background
    text = ("Another large aftershock of the February 27 8.8 earthquake — of 6.5 magnitude — rocked Chile "
            "earlier on Wednesday, the USGS reported.")
    assert [d for d, _ in _timeline(text, date(2010, 7, 15), "en")] == ["2010-07-14"]
