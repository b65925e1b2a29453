"""Time disputes: clock times that disagree about one event, within one time zone.

Aligned statements of one fact from different sources, each with exactly one clock
time, whose words (times and time-zone words aside) say they are about one event, and
that give no other figure telling two events apart (an aftershock of magnitude 2.6 at
02:41 and one of 4.1 at 06:44 are two aftershocks). Two times are one time when the
more precise rounds to the rounder ("about 9 p.m." and "8.49 p.m."; not "about 1:45"
and "1:54").
"""

from __future__ import annotations

import re
from dataclasses import replace

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
# Words that say which clock a time is read on, not what happened then: every timed
# statement of a story may carry them ("local time", "بالتوقيت المحلي").
_ZONE_WORDS = re.compile(
    r"\b(?:local\s+time|heure\s+locale|heure\s+de\s+\w+|hora\s+local|ora\s+locale"
    r"|lokale\s+tijd|plaatselijke\s+tijd|GMT|UTC|[A-Z]{2,3}T)\b"
    r"|بالتوقيت\s+\S+|توقيت\s+\S+|غرينتش",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
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
                if not _one_event(a, b, settings):
                    continue
                if not _one_time(a, b, bool({i, j} & approx), settings):
                    clash = True
        if not clash:
            continue
        def fits(k: int, g: list[int], timed: list = timed, approx: set[int] = approx) -> bool:
            return _one_time(timed[k], timed[g[0]], k in approx or g[0] in approx, settings)

        groups = [[timed[k] for k in g] for g in first_fit_groups(range(len(timed)), fits)]
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


def _step(minutes: int) -> int:
    """The rounding a written time shows: 9:00 to the hour, 1:45 to the quarter, 1:54 to
    the minute."""
    m = minutes % 60
    return 60 if m == 0 else 30 if m == 30 else 15 if m % 15 == 0 else 5 if m % 5 == 0 else 1


def _one_time(
    a: tuple[int, str, Span, Span], b: tuple[int, str, Span, Span], hedged: bool, settings: CompareSettings
) -> bool:
    """Two clock times in one zone that one time can explain: the more precise rounds to
    the rounder ("9 a.m." / "9:05"); a hedge ("about 1:50") widens the step to
    `time_hedge_step_minutes`."""
    if a[1] != b[1]:
        return False
    step = max(_step(a[0]), _step(b[0]), settings.time_hedge_step_minutes if hedged else 0)
    gap = min(abs(a[0] - b[0]), 24 * 60 - abs(a[0] - b[0]))
    return gap <= max(step / 2, settings.time_tolerance_minutes)


def _bare(sentence: Span) -> tuple[str, frozenset[str]]:
    """The statement without its clock times and time-zone words, and the other figures
    it gives (magnitudes, distances, counts)."""
    text = sentence.text
    # blanked with spaces of the same length: offsets into the sentence stay valid
    for _, _, m in _clock_times(text):
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    text = _ZONE_WORDS.sub(lambda m: " " * len(m.group()), text)
    return text, frozenset(f.replace(",", ".") for f in _FIGURE.findall(text))


def _one_event(a: tuple[int, str, Span, Span], b: tuple[int, str, Span, Span], settings: CompareSettings) -> bool:
    """Two timed statements about one event: close in their words once times and zones
    are set aside, and no other figure of one missing from the other when both give some."""
    text_a, figures_a = _bare(a[3])
    text_b, figures_b = _bare(b[3])
    if figures_a and figures_b and not (figures_a & figures_b):
        return False
    sa, sb = replace(a[3], text=text_a), replace(b[3], text=text_b)
    return statements_close(sa, replace(a[2], text=" " * len(a[2].text)), sb, replace(b[2], text=" " * len(b[2].text)), settings)
