"""Claims in statements the aligner kept apart: the story's violent event told indoors and
outdoors.

"Police continue to search for the gunman who opened fire inside a crowded central Toledo
nightclub" / "an early morning shooting outside a lounge called The Underground": where the
event took place, inside a place or outside it, are two states that exclude each other. A
statement of place here is a word of the event (`PLACE_EVENT_WORDS`, `PLACE_EVENT_PHRASES`
in `lang/xx/claims.py`) followed at once by a side's preposition (`PLACE_SIDES`) and a
determiner of the place ("inside a", "outside the"). Two sources apart, each telling the
event on one side only, dispute where it was. When in doubt, no dispute:

- an article that tells the event on both sides (a shooting that moved, two scenes) is on
  neither side, and a sentence that is no statement of the outlet's (`statements.readable`:
  a quotation, a hedge, a party's side) is on none;
- only articles published on one day are compared (a story that moves).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from unidecode import unidecode

from synoptic.compare.detectors.cross_claims import _same_day
from synoptic.compare.detectors.statements import claim_words, readable, story_sentences
from synoptic.compare.evidence import (
    StoryInputs,
    cross_source,
    make_conflict,
    one_count_per_article,
    variant_of,
)
from synoptic.model import Conflict, Span
from synoptic.settings import CompareSettings

_PLACE_WORDS = 4  # words of the place shown after "inside a"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    events = sorted(
        claim_words("PLACE_EVENT_WORDS") | claim_words("PLACE_EVENT_PHRASES"), key=len, reverse=True
    )
    sides = sorted(
        {w for line in claim_words("PLACE_SIDES") for w in line.split()}, key=len, reverse=True
    )
    dets = sorted(claim_words("PLACE_DETERMINERS"), key=len, reverse=True)
    return re.compile(
        r"\b(?:" + "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in events) + r")\s+"
        r"(?P<side>" + "|".join(sides) + r")\s+(?:" + "|".join(dets) + r")\b",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _side_of() -> dict[str, int]:
    return {w: n for n, line in enumerate(sorted(claim_words("PLACE_SIDES"))) for w in line.split()}


def detect(story: StoryInputs, settings: CompareSettings) -> list[Conflict]:
    """The event told inside a place by some sources and outside it by others."""
    idx = story.index
    sides: dict[int, list[Span]] = defaultdict(list)
    told: dict[str, set[int]] = defaultdict(set)
    for sent in story_sentences(story):
        for m in _pattern().finditer(sent.text):
            side = _side_of()[unidecode(m.group("side")).casefold()]
            told[sent.article].add(side)  # every sentence counts for "both sides"
            if readable(sent.text):
                # the side and the place it names, to the clause's end or five words
                tail = re.match(r"[^,;:.()\"“”]*", sent.text[m.end() :]).group(0)  # type: ignore[union-attr]
                place = " ".join(tail.split()[:_PLACE_WORDS])
                text = sent.text[m.start("side") : m.end()] + (" " + place if place else "")
                start = sent.start + m.start("side")
                sides[side].append(Span(sent.article, start, start + len(text), text))
    kept = {n: [s for s in spans if len(told[s.article]) == 1] for n, spans in sides.items()}
    kept = {n: spans for n, spans in kept.items() if spans}
    if len(kept) < 2:
        return []
    variants = [variant_of(spans[0].text, spans) for _, spans in sorted(kept.items())]
    if not one_count_per_article(variants) or not cross_source(variants, idx):
        return []
    days = [idx.articles[a] for v in variants for a in v.articles]
    if not all(_same_day(x, y) for x in days for y in days):
        return []
    return [make_conflict("claim", "where it happened: inside or outside", variants, idx)]
