"""One bearer's series told at two points of it (a boxer's record before and after a bout,
a fifth and then a sixth title defence): reports that follow one another in time are an
update, not a dispute. Shared by the record and ordinal detectors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def went_on_between(by_value: dict[Any, list[Any]], rank: Callable[[Any], Any], idx: Any,
                    min_days: int) -> bool:
    """Does each value of a higher `rank` first appear at least `min_days` after the last
    report of the value below it (items carry `.article`; undated reports never tell)?
    Values of one rank never follow one another."""
    dates = {}
    for value, items in by_value.items():
        days = [idx.articles[i.article].published for i in items]
        if None in days:
            return False
        dates[value] = (min(days), max(days))
    ordered = sorted(by_value, key=rank)
    return all(rank(lo) != rank(hi) and (dates[hi][0] - dates[lo][1]).days >= min_days
               for lo, hi in zip(ordered, ordered[1:], strict=False))
