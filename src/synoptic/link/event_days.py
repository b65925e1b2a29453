"""The day an article's event happened, as its lead tells it.

Two events of one kind (two quakes on one island, two emergency patches of one browser,
two arrests by one police force) share their names, their words and often their
numbers, but not their day. A report says when its event happened in its first
sentences, in words ("on Tuesday", "yesterday", "Dec. 16", "16 décembre 2008"): resolved
against the article's own date (`text/timex.py`), that is the event's day; an undated
article still names the event's weekday ("Microsoft released a patch on Wednesday").

The keys are stored with the article's numbers (`stored_numbers`), so a reload scores as
the stream did: "@2008-12-17" for a day, "@m12-17" for its month and day (all an undated
"Dec. 17" says), "@w2" for a weekday (Monday is 0).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import numpy as np

from synoptic.model import Article
from synoptic.settings import LinkSettings, TimeSettings

DAY_PREFIX = "@"
WEEKDAY_PREFIX = "@w"
MONTH_DAY_PREFIX = "@m"
_TIME_SETTINGS = TimeSettings()
# expression kinds that name one day (`text/timex_parse.py`); months, years, periods and
# weeks are too coarse to tell two events of one kind apart
_DAY_KINDS = frozenset({"date", "weekday", "deictic", "offset"})


def event_keys(article: Article, settings: LinkSettings) -> frozenset[str]:
    """The event's day ("@YYYY-MM-DD"), month and day ("@mMM-DD") and weekday ("@wN")
    from the first expression of one day in the article's lead (its first
    `event_day_chars` characters); the day only where the expression resolves (a date
    with its year, or a relative one against the article's news date), else the month
    and day or the weekday where it names them."""
    from synoptic.text.timex import find_times

    lead = article.text[: settings.event_day_chars]
    for found in find_times(lead, article.language, _TIME_SETTINGS):
        expr = found.expr
        if expr.kind not in _DAY_KINDS or (expr.kind == "date" and expr.day is None):
            continue
        if expr.kind == "offset" and expr.unit != "day":
            continue
        text = lead[found.start : found.end]
        value = _resolved(text, article.published)
        if value is not None:
            return frozenset({f"{DAY_PREFIX}{value.isoformat()}", f"{WEEKDAY_PREFIX}{value.weekday()}",
                              f"{MONTH_DAY_PREFIX}{value.month:02d}-{value.day:02d}"})
        if expr.kind == "date" and expr.month is not None:
            return frozenset({f"{MONTH_DAY_PREFIX}{expr.month:02d}-{expr.day:02d}"})
        if expr.kind == "weekday" and expr.weekday is not None:
            return frozenset({f"{WEEKDAY_PREFIX}{expr.weekday}"})
        return frozenset()  # only the first expression of one day counts
    return frozenset()


def _resolved(text: str, anchor: date | None) -> date | None:
    from synoptic.model import Span, TimeRef
    from synoptic.text.timex import resolve_times

    ref = TimeRef(span=Span("", 0, len(text), text), value=None, relative=True, direction=-1)
    return resolve_times([ref], anchor)[0].value


def event_day(keys: frozenset[str]) -> date | None:
    for k in keys:
        if k[len(DAY_PREFIX):][:1].isdigit():
            return date.fromisoformat(k[len(DAY_PREFIX):])
    return None


def event_month_day(keys: frozenset[str]) -> int | None:
    """The event's day of the year, as a leap year counts it, where the lead names its
    month and day (with a year or without: "Dec. 11")."""
    for k in keys:
        if k.startswith(MONTH_DAY_PREFIX):
            month, day = k[len(MONTH_DAY_PREFIX):].split("-")
            return date(2000, int(month), int(day)).timetuple().tm_yday
    return None


def event_weekday(keys: frozenset[str]) -> int | None:
    for k in keys:
        if k.startswith(WEEKDAY_PREFIX):
            return int(k[len(WEEKDAY_PREFIX):])
    return None


def stored_numbers(numbers: list[str] | frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """An article's stored numbers column, parted into its numbers and its event keys."""
    keys = frozenset(n for n in numbers if n.startswith(DAY_PREFIX))
    # (sound keys "@~...", the unencoded mark "@?" and the language "@=xx" ride there too: `features.stored_sounds`)
    return frozenset(numbers) - keys, frozenset(k for k in keys if not k.startswith(("@~", "@?", "@=")))


def event_day_columns(whens: list) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each article's event day (ordinal), day of the month and weekday from its event keys
    (`event_keys`); NaN where unknown (`pair_rows.event_day_rows` compares all pairs of them)."""
    if not whens:
        return np.zeros(0), np.zeros(0), np.zeros(0)
    return tuple(np.array(column, dtype=float) for column in zip(*map(_when_columns, whens), strict=True))


@lru_cache(maxsize=1 << 16)
def _when_columns(keys: frozenset[str]) -> tuple[float, float, float]:
    """`event_day_columns`' three values of one article's keys (each key kind once at most
    (`event_keys`), so the values of equal sets are equal whatever their order: the repair
    pass asks them of its region and again of each story it tries to split, #23)."""
    day, month_day, weekday = event_day(keys), event_month_day(keys), event_weekday(keys)
    return (np.nan if day is None else float(day.toordinal()), np.nan if month_day is None else float(month_day),
            np.nan if weekday is None else float(weekday))
