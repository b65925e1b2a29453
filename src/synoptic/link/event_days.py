"""The day an article's event happened, as its lead tells it.

Two events of one kind (two quakes on one island, two emergency patches of one browser,
two arrests by one police force) share their names, their words and often their
numbers, but not their day. A report says when its event happened in its first
sentences, in words ("on Tuesday", "yesterday", "Dec. 16", "16 décembre 2008"): resolved
against the article's own date (`text/timex.py`), that is the event's day; an undated
article still names the event's weekday ("Microsoft released a patch on Wednesday").

The keys are stored with the article's numbers (`stored_numbers`), so a reload scores as
the stream did: "@2008-12-17" for a day, "@w2" for a weekday (Monday is 0).
"""

from __future__ import annotations

from datetime import date

from synoptic.model import Article
from synoptic.settings import LinkSettings, TimeSettings

DAY_PREFIX = "@"
WEEKDAY_PREFIX = "@w"
_TIME_SETTINGS = TimeSettings()
# expression kinds that name one day (`text/timex_parse.py`); months, years, periods and
# weeks are too coarse to tell two events of one kind apart
_DAY_KINDS = frozenset({"date", "weekday", "deictic", "offset"})


def event_keys(article: Article, settings: LinkSettings) -> frozenset[str]:
    """The event's day ("@YYYY-MM-DD") and weekday ("@wN") from the first expression
    of one day in the article's lead (its first `event_day_chars` characters); the day
    only where the expression resolves (a date with its year, or a relative one against
    the article's news date), the weekday alone where it names one and can not."""
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
            return frozenset({f"{DAY_PREFIX}{value.isoformat()}", f"{WEEKDAY_PREFIX}{value.weekday()}"})
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
        if k.startswith(DAY_PREFIX) and not k.startswith(WEEKDAY_PREFIX):
            return date.fromisoformat(k[len(DAY_PREFIX):])
    return None


def event_weekday(keys: frozenset[str]) -> int | None:
    for k in keys:
        if k.startswith(WEEKDAY_PREFIX):
            return int(k[len(WEEKDAY_PREFIX):])
    return None


def stored_numbers(numbers: list[str] | frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """An article's stored numbers column, parted into its numbers and its event keys."""
    keys = frozenset(n for n in numbers if n.startswith(DAY_PREFIX))
    return frozenset(numbers) - keys, keys
