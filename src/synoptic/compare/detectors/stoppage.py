"""Stoppage-time disputes: the moment a contest was stopped, told two ways.

A contest in rounds ends once, at one time of one round: "stopping the fight at the 2:15
mark" (after "in the seventh"), "after 44 seconds of the seventh round", "finished the job 44
seconds into the seventh round". A time of a round counts only where a stopping word of the
language (`lang/xx/disputes.py` STOP_CUES: "stopped", "waved", "finished") stands at most
`_WINDOW` words before it, and its round is named in the same sentence (`ROUND_ORDINALS`: the
ordinal right after the time, "of the seventh", else the nearest one before it). When in
doubt, no dispute:

- an article that gives two such times (a knockdown and the stoppage, two bouts of one card)
  is left out;
- times of different rounds are not compared (two events: a knockdown, then the stoppage);
- both sides come from different sources (origin groups).
"""

from __future__ import annotations

import re
from collections import defaultdict

from synoptic import lang
from synoptic.compare.evidence import (
    StoryInputs,
    cross_source,
    make_conflict,
    one_count_per_article,
    variant_of,
)
from synoptic.model import Conflict, Span
from synoptic.settings import CompareSettings
from synoptic.text.quantity_words import parse_words

_WINDOW = 8  # words between the stopping word and the time: one clause


def _ordinals() -> dict[str, int]:
    out = {}
    for entry in lang.all_dispute_words("ROUND_ORDINALS"):
        word, value = entry.rsplit(" ", 1)
        out[word] = int(value)
    return out


def _round(word: str, ordinals: dict[str, int]) -> int | None:
    low = word.casefold()
    if low in ordinals:
        return ordinals[low]
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", low)
    return int(m.group(1)) if m else None


_ORD = r"(?P<ord>[A-Za-z]+|\d{1,2}(?:st|nd|rd|th))"
# "at the 2:15 mark", "at 2:56", "2:15 of the seventh", "44 seconds into the seventh round"
_TIMES = (
    re.compile(rf"\b(?P<m>\d):(?P<s>[0-5]\d)(?:\s+mark)?\s+(?:into|of|in)\s+the\s+{_ORD}\b"),
    re.compile(r"\bat\s+(?:the\s+)?(?P<m>\d):(?P<s>[0-5]\d)\b(?!\s*(?:a\.?\s*m|p\.?\s*m))"),
    re.compile(rf"\b(?P<sec>\d{{1,2}}|[a-z]+(?:-[a-z]+)?)\s+seconds\s+(?:into|of)\s+the\s+{_ORD}\b"),
)


def find_stoppages(span: Span, language: str) -> list[tuple[int, int, Span]]:
    """(round, seconds into it, the time as written) of one sentence's stoppage times."""
    ordinals = _ordinals()
    cues = lang.all_dispute_words("STOP_CUES")
    text = span.text
    out: list[tuple[int, int, Span]] = []
    taken: list[tuple[int, int]] = []
    for pattern in _TIMES:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            before = re.findall(r"[\w']+", text[: m.start()].casefold())[-_WINDOW:]
            if not any(w in cues for w in before):
                continue
            if "sec" in m.groupdict() and m.group("sec"):
                value = int(m.group("sec")) if m.group("sec").isdigit() else parse_words(m.group("sec"), language)
                if value is None or not 0 < value < 60:
                    continue
                seconds = int(value)
            else:
                seconds = int(m.group("m")) * 60 + int(m.group("s"))
            rnd = _round(m.group("ord"), ordinals) if "ord" in m.groupdict() and m.group("ord") else None
            if rnd is None:  # the nearest round named before the time
                named = [_round(w, ordinals) for w in re.findall(r"[\w']+", text[: m.start()])]
                named = [r for r in named if r is not None]
                rnd = named[-1] if named else None
            if rnd is None:
                continue
            taken.append((m.start(), m.end()))
            written = text[m.start(): m.end()]
            out.append((rnd, seconds, Span(span.article, span.start + m.start(), span.start + m.end(), written)))
    return out


def detect(story: StoryInputs, settings: CompareSettings) -> list[Conflict]:
    """Times of one round at which sources say one contest was stopped, that differ."""
    idx = story.index
    cues = lang.all_dispute_words("STOP_CUES")
    by_round: dict[int, dict[int, list[Span]]] = defaultdict(lambda: defaultdict(list))
    for aid, sentences in idx.sentences.items():
        mine = []
        for sentence in sentences:
            if any(c in sentence.text.casefold() for c in cues):
                language = idx.articles[aid].language or "en"
                mine.extend(find_stoppages(sentence, language))
        if len({(r, s) for r, s, _ in mine}) != 1:
            continue  # none, or two moments in one article
        for rnd, seconds, span in mine:
            by_round[rnd][seconds].append(span)
    out: list[Conflict] = []
    for rnd, times in by_round.items():
        if len(times) < 2:
            continue
        variants = [variant_of(f"{s // 60}:{s % 60:02d}", spans)
                    for s, spans in sorted(times.items(), key=lambda kv: -len(kv[1]))]
        if not cross_source(variants, idx, rewrites=False) or not one_count_per_article(variants):
            continue
        out.append(make_conflict("time", f"when in round {rnd} the contest was stopped", variants, idx))
    return out
