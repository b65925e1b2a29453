"""The story's reference date: the day its articles were written, from their
publication dates or, when none has one, from what their texts say.

A story-level inference (it weighs every article's time expressions), so it lives in
compare/ beside the other cross-article work; the per-article finding and resolving
stays in `text/timex.py`.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

from synoptic.model import Article, ArticleAnalysis
from synoptic.settings import CompareSettings
from synoptic.text.dateline import lead_offset
from synoptic.text.timex_parse import TimeExpression, parse_expression

_DATELINE_BEFORE = re.compile(r"(?:[A-ZÀ-Ý][\w.'’-]*[ ,]*){0,4}[,–—-]?\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:\(|/|—|–|-|:|\n|$)")


def _in_dateline(text: str, start: int, end: int) -> bool:
    """Does the date open its line, after at most a place name: "LONDON, March 12, 2019 -"?"""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(
        _DATELINE_BEFORE.fullmatch(text, line_start, start) and _DATELINE_AFTER.match(text, end)
    )


def _weekday_years(
    month: int, day: int, weekday: int, today: date, years_back: int
) -> list[int]:
    """Years (most recent first, not after today) in which month/day falls on weekday."""
    years = []
    for y in range(today.year, today.year - years_back, -1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if d <= today and d.weekday() == weekday:
            years.append(y)
    return years


def infer_reference_date(
    articles: list[Article],
    analyses: dict[str, ArticleAnalysis],
    override: date | None,
    settings: CompareSettings,
    *,
    today: date | None = None,
) -> tuple[date | None, bool]:
    """The story's reference date and whether it was inferred from the texts.

    Order: `override`; the articles' publication dates (most common, then
    latest); else votes from the texts (weights in `CompareSettings`, defaults shown):
    - an explicit date whose stated weekday agrees ("Tuesday 12 March 2019"): 3;
    - weekday + day + month without a year ("Monday January 10"): 2, placed in
      a year where that day is that weekday, not after `today`: a year that
      "N years after <year>" points to if any, else the earliest one not
      before the latest year the texts mention (a story is not older than
      the years it cites, and rarely much younger), else the most recent;
    - an explicit date without weekday only in dateline position ("LONDON,
      March 12, 2019 (Reuters) -"): 1. Elsewhere such dates are mostly the
      reported events or background ("the December 26, 2004 tsunami"),
      measured wrong more often than right (bench/when.py).
    A date in a future-tense clause ("talks will resume on Sunday, January
    23") counts 1: it pins the year, but the story is a little older.
    """
    if override is not None:
        return override, False
    published = Counter(a.published for a in articles if a.published is not None)
    if published:
        best = max(published.items(), key=lambda kv: (kv[1], kv[0]))
        return best[0], False
    today = today or date.today()
    exprs: list[tuple[TimeExpression, bool, int]] = []  # (expression, in a dateline, direction)
    for a in articles:
        an = analyses.get(a.id)
        if an is None:
            continue
        for t in an.times:
            e = parse_expression(t.span.text)
            if e is not None:
                exprs.append((e, _in_dateline(a.text, t.span.start, t.span.end), t.direction))
    mentioned = {e.year for e, _, _ in exprs if e.year and e.year <= today.year}
    floor = max(mentioned, default=None)
    year_offsets = {
        -e.n for e, _, _ in exprs if e.kind == "offset" and e.unit == "year" and e.n < 0
    }
    targets = {y + n for y in mentioned for n in year_offsets}
    votes: Counter[date] = Counter()
    for e, dateline, direction in exprs:
        if e.kind != "date" or e.month is None or e.day is None:
            continue
        if e.year is not None:
            d = date(e.year, e.month, e.day)
            if e.weekday is None:
                votes[d] += settings.reference_vote_dateline if dateline else 0
            elif d.weekday() == e.weekday:
                votes[d] += (
                    settings.reference_vote_future
                    if direction > 0
                    else settings.reference_vote_weekday_date
                )
        elif e.weekday is not None:
            years = _weekday_years(e.month, e.day, e.weekday, today, settings.reference_years_back)
            if not years:
                continue
            fitting = [y for y in years if y in targets]
            not_older = [y for y in years if floor is not None and y >= floor]
            year = fitting[0] if fitting else (not_older[-1] if not_older else years[0])
            votes[date(year, e.month, e.day)] += (
                settings.reference_vote_future
                if direction > 0
                else settings.reference_vote_weekday_day
            )
    votes = Counter({d: v for d, v in votes.items() if v > 0})
    if not votes:
        return None, False
    best = max(votes.items(), key=lambda kv: (kv[1], kv[0]))
    return best[0], True


def dateline_date(analysis: ArticleAnalysis) -> date | None:
    """The day an article's own dateline states ("HENRY COUNTY, Ind. (Aug. 28, 2015) – ..."):
    a full date, not a relative one, inside the dateline that opens one of its first sentences."""
    for sentence in analysis.sentences[:3]:
        end = sentence.span.start + lead_offset(sentence.span.text)
        for t in analysis.times:
            if (sentence.span.start <= t.span.start and t.span.end <= end and t.value is not None
                    and not t.relative and t.precision == "day"):
                return t.value
    return None


def updated_day(article: Article, analysis: ArticleAnalysis, settings: CompareSettings) -> date | None:
    """The day an article was updated to, when its dateline states a day a little after its
    publication date (a page's first date kept, its text rewritten the next day): its
    relative dates ("On Friday, the prosecutor confirmed") count from that day."""
    if article.published is None:
        return None
    stated = dateline_date(analysis)
    if stated is not None and 0 < (stated - article.published).days <= settings.updated_dateline_days:
        return stated
    return None


def article_anchor(
    article: Article, analysis: ArticleAnalysis, story_date: date | None, settings: CompareSettings,
    fixed: date | None = None,
) -> date | None:
    """The day an article's relative dates count from: the day its text was updated to, else
    its publication date, else (undated, and no date `fixed` by the user) what its own text
    says, else the story's date."""
    own = None
    if article.published is None and fixed is None:
        own = infer_reference_date([article], {article.id: analysis}, None, settings)[0]
    return updated_day(article, analysis, settings) or article.published or own or story_date
