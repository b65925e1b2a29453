"""Claim disputes: one thing said to be on opposite sides ("her left ear" / "her right ear").

Two statements of one aligned fact, from sources that are `apart` (two origins, or two
rewrites of one release), that put the same part on the left in one and on the right in
the other. The part is the word the side word qualifies, read next to it on either side
("left ear", "oreille gauche"); side words by language in `lang/xx/disputes.py`
(`LEFT_SIDE`, `RIGHT_SIDE`). When in doubt, no dispute:

- a sentence that names both sides of that part ("the left and right hands") is left out;
- the part must be a content word (not a stop word) of at least three letters, the same
  word on both sides, at the same position (before or after the side word).
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

from synoptic import lang
from synoptic.compare.evidence import StoryInputs, make_conflict, one_count_per_article, unique
from synoptic.model import Conflict, Span, Variant
from synoptic.settings import CompareSettings

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _sides() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    left = frozenset(unidecode(w).casefold() for w in lang.all_dispute_words("LEFT_SIDE"))
    right = frozenset(unidecode(w).casefold() for w in lang.all_dispute_words("RIGHT_SIDE"))
    return left, right, lang.all_stop_words()


def sided_parts(span: Span) -> dict[tuple[int, str], tuple[str, Span]]:
    """(position of the part: -1 before / +1 after the side word, the part folded) ->
    ("left" or "right", the span "side part"), for the parts named with one side only."""
    left, right, stop = _sides()
    words = [(m, unidecode(m.group()).casefold()) for m in _WORD.finditer(span.text)]
    found: dict[tuple[int, str], set[str]] = {}
    where: dict[tuple[int, str], tuple[str, Span]] = {}
    for k, (m, w) in enumerate(words):
        side = "left" if w in left else "right" if w in right else None
        if side is None:
            continue
        for step in (-1, 1):
            if not 0 <= k + step < len(words):
                continue
            n, part = words[k + step]
            # only the word right beside it, in the same phrase (no punctuation between)
            gap = span.text[min(m.end(), n.end()) : max(m.start(), n.start())]
            if gap.strip() or len(part) < 3 or part in stop or part in left or part in right:
                continue
            key = (step, part)
            found.setdefault(key, set()).add(side)
            start, end = min(m.start(), n.start()), max(m.end(), n.end())
            where[key] = (side, Span(span.article, span.start + start, span.start + end, span.text[start:end]))
    return {key: where[key] for key, sides in found.items() if len(sides) == 1}


def detect(story: StoryInputs, settings: CompareSettings) -> list[Conflict]:
    """Aligned statements from sources apart that put one part on opposite sides."""
    idx = story.index
    out: list[Conflict] = []
    seen: set[tuple[str, frozenset[str]]] = set()
    for fact in story.facts:
        by_part: dict[tuple[int, str], dict[str, list[Span]]] = {}
        for m in fact.mentions:
            for key, (side, span) in sided_parts(m).items():
                by_part.setdefault(key, {}).setdefault(side, []).append(span)
        for key, sides in by_part.items():
            if len(sides) < 2:
                continue
            lefts, rights = sides["left"], sides["right"]
            if not any(idx.apart(x, y) for x in lefts for y in rights):
                continue
            variants = [
                Variant(value=group[0].text, articles=unique(s.article for s in group), mentions=group)
                for group in (lefts, rights)
            ]
            mark = (key[1], frozenset(a for v in variants for a in v.articles))
            if mark in seen or not one_count_per_article(variants):
                continue  # an article naming both sides of the part: two parts
            seen.add(mark)
            out.append(make_conflict("claim", f"which {key[1]}: left or right", variants, idx))
    return out
