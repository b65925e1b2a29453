"""The records and small helpers every time-expression module shares (`timex_parse` for
English, French and Spanish, `timex_extra` for the languages dateparser's data covers)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

YEAR = r"(?:1[89]\d\d|20\d\d)"


def word_alternation(words: list[str] | set[str] | dict[str, int]) -> str:
    # longest first so "sept" does not shadow "september"
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def lower_same_length(text: str) -> str:
    """`text.lower()` with offsets kept (a few characters lowercase to two)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@dataclass(frozen=True)
class TimeExpression:
    """What a time expression says, independent of any anchor."""

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    mod: int = 0  # -1 last/past, +1 next, 0 none; for weekdays, months, periods
    n: int = 0  # offsets: how many units
    unit: str = ""  # offsets/periods: day|week|month|year
    since: bool = False


def valid(e: TimeExpression) -> TimeExpression | None:
    try:
        date(
            2000 if e.year is None else e.year,
            1 if e.month is None else e.month,
            1 if e.day is None else e.day,
        )
    except ValueError:
        return None
    return e


@dataclass(frozen=True)
class Found:
    """A time expression found in a text: where, and what it says."""

    start: int
    end: int
    expr: TimeExpression
