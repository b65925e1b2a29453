"""Time disputes: clock times that disagree about one event, within one time zone.

Aligned statements of one fact from different sources, each with exactly one clock
time, whose words (times aside) say they are about one event.
"""

from __future__ import annotations

import re

from synoptic.compare.detectors.date import date_topic, statements_close
from synoptic.compare.evidence import (
    StoryInputs,
    first_fit_groups,
    make_conflict,
    one_count_per_article,
    unique,
)
from synoptic.model import Conflict, Span, Variant
from synoptic.settings import CompareSettings

_CLOCK_TIME = re.compile(
    r"(?<![\d:.])(?<!:\s)(?P<h>\d{1,2})(?:[:.h](?P<m>\d{2}))?\s*(?P<ap>[ap]\.?\s?m\b\.?)?"
    r"(?:\s*(?P<tz>GMT|UTC|[A-Z]{2,3}T|local time))?(?![\d:])",
    re.IGNORECASE,
)
_APPROX_BEFORE = re.compile(r"(?:about|around|approximately|roughly|shortly|just|near|some)\W*$", re.I)


def _clock_times(text: str) -> list[tuple[int, str, re.Match[str]]]:
    """(minutes after midnight, time zone, match) of explicit clock times; times inside
    parentheses restate another in a second zone and are skipped."""
    out = []
    for m in _CLOCK_TIME.finditer(text):
        if m.group("m") is None and m.group("ap") is None:
            continue  # a bare number is not a time
        if text[: m.start()].rstrip().endswith("("):
            continue
        hour, minute = int(m.group("h")), int(m.group("m") or 0)
        ap = (m.group("ap") or "").lower()
        if hour > 23 or minute > 59 or (ap and hour > 12):
            continue
        if ap.startswith("p") and hour < 12:
            hour += 12
        elif ap.startswith("a") and hour == 12:
            hour = 0
        out.append((hour * 60 + minute, (m.group("tz") or "").upper(), m))
    return out


def detect(story: StoryInputs, settings: CompareSettings) -> list[Conflict]:
    """Aligned statements from different sources that put one event at other clock times."""
    facts, idx = story.facts, story.index
    out: list[Conflict] = []
    for fact in facts:
        timed: list[tuple[int, str, Span, Span]] = []
        approx: set[int] = set()
        for mention in fact.mentions:
            found = _clock_times(mention.text)
            if len(found) != 1:
                continue
            minutes, tz, m = found[0]
            start = mention.start + m.start()
            text = mention.text[m.start() : m.end()].rstrip()
            if _APPROX_BEFORE.search(mention.text[: m.start()]):
                approx.add(len(timed))
            timed.append((minutes, tz, Span(mention.article, start, start + len(text), text), mention))
        clash = False
        for i in range(len(timed)):
            for j in range(i + 1, len(timed)):
                a, b = timed[i], timed[j]
                if idx.group(a[2].article) == idx.group(b[2].article) or a[1] != b[1]:
                    continue
                if not statements_close(a[3], a[2], b[3], b[2], settings):
                    continue
                tolerance = (
                    settings.approx_time_tolerance_minutes if {i, j} & approx
                    else settings.time_tolerance_minutes
                )
                if abs(a[0] - b[0]) > tolerance:
                    clash = True
        if not clash:
            continue
        groups = first_fit_groups(timed, lambda item, g: _one_time(item, g[0], settings))
        variants = [
            Variant(value=g[0][2].text, articles=unique(t[2].article for t in g), mentions=[t[2] for t in g])
            for g in groups
        ]
        if len(variants) < 2 or not one_count_per_article(variants):
            continue
        first = groups[0][0]
        topic = date_topic(first[3], first[2], settings).replace("date:", "time:", 1)
        out.append(make_conflict("time", topic, variants, idx))
    return out


def _one_time(a: tuple[int, str, Span, Span], b: tuple[int, str, Span, Span], settings: CompareSettings) -> bool:
    """Two clock times in one zone within the tolerance of one time."""
    return abs(b[0] - a[0]) <= settings.time_tolerance_minutes and b[1] == a[1]
