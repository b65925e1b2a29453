"""When and how many, on the bundled example (no publication dates; machine translations).

The stage-level tests build articles straight from the files (every sentence
a fact) so they exercise `text/quantities`, `text/timex` and `write/timeline`
alone; the last test checks the same dates through the whole pipeline.
"""

from __future__ import annotations

from datetime import date

import pytest

from synoptic import pipeline
from synoptic.compare import numbers, reference_date, units
from synoptic.model import Article, ArticleAnalysis, Fact
from synoptic.settings import CompareSettings, Settings, TextSettings, TimeSettings, WriteSettings
from synoptic.text import quantities, timex
from synoptic.text.sentences import split_sentences
from synoptic.write.timeline import build_timeline


@pytest.fixture(scope="module")
def corpus(example_dir):
    articles: list[Article] = []
    analyses: dict[str, ArticleAnalysis] = {}
    for path in sorted(example_dir.glob("*.txt")):
        article = Article(id=path.stem[:3], source=str(path), text=path.read_text(encoding="utf-8"))
        sents = split_sentences(article)
        articles.append(article)
        analyses[article.id] = ArticleAnalysis(
            article.id,
            sents,
            quantities=quantities.extract_quantities(article, sents, TextSettings()),
            times=timex.extract_times(article, sents, TimeSettings()),
        )
    return articles, analyses


@pytest.fixture(scope="module")
def timeline(corpus):
    articles, analyses = corpus
    ref, _ = reference_date.infer_reference_date(articles, analyses, None, CompareSettings())
    for article in articles:
        analyses[article.id].times = timex.resolve_times(analyses[article.id].times, ref)
    facts = [
        Fact(f"{aid}-{s.index}", s.span.text, [s.span], [aid])
        for aid, an in analyses.items()
        for s in an.sentences
    ]
    return build_timeline(facts, analyses, ref, WriteSettings())


def test_reference_date_inferred(corpus):
    articles, analyses = corpus
    assert all(a.published is None for a in articles)
    assert reference_date.infer_reference_date(articles, analyses, None, CompareSettings()) == (date(2022, 1, 10), True)
    assert reference_date.infer_reference_date(articles, analyses, date(2022, 1, 11), CompareSettings()) == (
        date(2022, 1, 11),
        False,
    )


def _entries(timeline, day: str, *words: str):
    return [e for e in timeline if e.date == day and all(w in e.text for w in words)]


def test_follow_up_meetings_and_informal_meeting(timeline):
    brussels = _entries(timeline, "2022-01-12", "Brussels")
    vienna = _entries(timeline, "2022-01-13", "Vienna")
    # every article announces both meetings (002 names Brussels in its Tuesday sentence)
    every = {"000", "001", "002", "003", "004"}
    assert {a for e in brussels for a in e.articles} == every - {"002"}
    assert {a for e in _entries(timeline, "2022-01-12", "Wednesday") for a in e.articles} == every
    # 001 and 004 name Wednesday and Thursday in one clause ("in Brussels on Wednesday and
    # ... in Vienna on Thursday"): their wording is shown on Wednesday; they back Thursday's
    # entry where the facts align their sentences (the pipeline test below), not here,
    # where every sentence is its own fact
    assert {a for e in vienna for a in e.articles} == every - {"001", "004"}
    assert _entries(timeline, "2022-01-09", "Sunday evening")  # AFP: met informally
    assert _entries(timeline, "2022-01-09", "Sunday night")  # its translation
    assert _entries(timeline, "2022-01-10", "Monday January 10")
    # background
    assert _entries(timeline, "2014", "Crimean")
    assert _entries(timeline, "2014", "since 2014")
    # (Tuesday's consultations: in this raw, uncleaned text the sentence is cut at a wrapped
    # line, a fragment the timeline leaves out; the pipeline test below finds it whole)


def test_timeline_is_sorted_and_has_no_absurd_dates(timeline):
    dates = [e.date for e in timeline]
    assert dates == sorted(dates)
    assert all(e.date[:4] in {"1997", "2008", "2014", "2021", "2022"} for e in timeline)
    # the soldier's age is a quantity, never a date
    assert not any("29-year-old" in e.text for e in timeline)
    # nothing the texts do not say: no week-level or unresolved entries
    assert all(len(e.date) in {4, 7, 10} for e in timeline)


def _found(corpus, aid: str) -> dict[str, object]:
    _, analyses = corpus
    return {q.span.text: q for q in analyses[aid].quantities}


def test_quantities_of_the_example(corpus):
    q001, q002, q003, q004 = (_found(corpus, a) for a in ("001", "002", "003", "004"))
    troops = q001["100,000 Russian troops"]
    assert (troops.low, troops.high, troops.unit, troops.approximate) == (
        100000,
        100000,
        "troop",
        False,
    )
    barely = q001["Barely 100,000 troops"]
    assert (barely.low, barely.high, barely.approximate) == (90000, 100000, True)
    estimated = q002["estimated 100,000 troops"]
    assert estimated.approximate and estimated.low < 100000 < estimated.high
    for found in (q003, q004):
        vague = found["tens of thousands of troops"]
        assert (vague.low, vague.high, vague.unit, vague.vague) == (20000, 100000, "troop", True)
    died = q003["more than 13,000 people"]
    assert (died.low, died.high, died.unit) == (13000, None, "people")
    hours = q002["eight hours"]
    assert (hours.low, hours.unit) == (8, "hour")
    assert (q002["57-member"].low, q002["57-member"].unit) == (57, "member")
    assert q003["29-year-old"].unit == "year-old"
    # the two accounts of troop numbers count one thing and disagree: the top of a vague
    # amount is the next order, which it does not include (compare/numbers.py)
    assert units.same_unit(troops, q003["tens of thousands of troops"])
    assert not numbers.values_compatible(
        troops, q003["tens of thousands of troops"], CompareSettings()
    )
    assert not units.same_unit(troops, died)
    assert not units.same_unit(hours, q002["57-member"])


def test_no_quantity_is_a_year_or_a_time(corpus):
    _, analyses = corpus
    for an in analyses.values():
        for q in an.quantities:
            assert not any(y in q.span.text for y in ("2014", "2008", "1997", "8:55", "07:55"))
            assert "Stream 2" not in q.span.text and "2.0" not in q.span.text


def test_pipeline_story_dates(example_dir):
    settings = Settings()
    settings.vectors.encoder = "tfidf"  # the dates do not depend on the encoder
    brief = pipeline.brief_paths([str(example_dir)], settings)
    (story,) = brief.stories
    assert (story.reference_date, story.reference_date_inferred) == (date(2022, 1, 10), True)
    days = {e.date: e for e in story.timeline}
    assert "Brussels" in " ".join(e.text for e in story.timeline if e.date == "2022-01-12")
    assert "Vienna" in " ".join(e.text for e in story.timeline if e.date == "2022-01-13")
    # the story's own days in the timeline; 2014 is background (#20)
    assert "2022-01-09" in days and "2014" not in days
    assert "2014" in {e.date for e in story.background}
    # every article announces the Vienna meeting on Thursday, two in a clause with Wednesday
    thursday = [e for e in story.timeline if e.date == "2022-01-13"]
    assert {a[:3] for e in thursday for a in e.articles} == {"000", "001", "002", "003", "004"}
    # Tuesday's consultations in Brussels (a single outlet)
    tuesday = [e for e in story.timeline if e.date == "2022-01-11" and "Tuesday" in e.text]
    assert [[a[:3] for a in e.articles] for e in tuesday] == [["002"]]
