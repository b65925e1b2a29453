"""The day an article's text was written, told by one weekday it names both as past and as
to come: "Their names were not released Sunday morning because they are juveniles. They
are scheduled to appear in bond court Sunday" (GVC dev 704555, published on the Friday of the
shooting and rewritten on the Sunday) holds both only on that Sunday; counted from the
Friday, the timeline put the first a week before the shooting."""

from __future__ import annotations

from datetime import date, timedelta

from synoptic.model import ArticleAnalysis
from synoptic.text.timex_parse import WEEKDAYS

# words that make a weekday another week's, whatever the tense ("last Sunday", "next Sunday")
_OTHER_WEEK = frozenset({"last", "next", "this", "past", "coming", "dernier", "prochain", "pasado", "próximo"})


def tensed_weekday_day(published: date | None, analysis: ArticleAnalysis, days: int) -> date | None:
    """The first day after `published` (at most `days` after) whose weekday the article names
    once in the past tense and once in the future; None when none is."""
    if published is None:
        return None
    tenses: dict[int, set[int]] = {}
    for t in analysis.times:
        words = t.span.text.lower().split()
        if not t.relative or not words or words[0] not in WEEKDAYS or _OTHER_WEEK & set(words):
            continue
        tenses.setdefault(WEEKDAYS[words[0]], set()).add(t.direction)
    for k in range(1, days + 1):
        day = published + timedelta(days=k)
        if {-1, 1} <= tenses.get(day.weekday(), set()):
            return day
    return None
