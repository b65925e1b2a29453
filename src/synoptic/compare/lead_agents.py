"""Who a sentence is about, when it opens on a named person: its agent.

News sentences mostly open on their subject: "L'espagnol Alberto Contador a remporté le
classement général du Tour de France 2007" and "Le kazakh Alexandre Vinokourov a remporté la
15eme étape du Tour de France 2007" share their predicate and most of their words, and fact
alignment joins them, yet they tell what two different people did. Two sentences that each
open on a named person (after at most `LEAD_WORDS` words: an article, a nationality, a
title), neither naming the other's person anywhere, are two facts, not one corroborated
twice. Sentences that report speech are left alone ("Smith said ..." and "Jones said ..."
may carry one fact from two witnesses), and so are names in a script other than Latin, whose
spellings across languages this cannot compare.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz
from unidecode import unidecode

from synoptic.model import ArticleAnalysis, Span
from synoptic.text.attribution_words import is_cue

LEAD_WORDS = 3  # words before the person a sentence opens on ("Le kazakh", "Police chief")
SAME_WORD = 80  # rapidfuzz ratio at which two name words are one ("Vinokourov", "Vinokurov")
_WORD = re.compile(r"[^\W\d_]+")


def _latin(text: str) -> bool:
    return all("LATIN" in unicodedata.name(c, "") for c in text if c.isalpha())


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in (unidecode(m.group()).lower() for m in _WORD.finditer(text)) if len(w) >= 3)


def lead_agent(span: Span, analysis: ArticleAnalysis | None) -> tuple[frozenset[str], frozenset[str]] | None:
    """The words of the person a sentence opens on, and the words of every person it names;
    None when it opens on no named person, reports speech, or names people in another script."""
    if analysis is None:
        return None
    persons = [
        e for e in analysis.entities
        if e.type == "PERSON" and not e.weak and span.start <= e.span.start and e.span.end <= span.end
    ]
    if not persons:
        return None
    first = min(persons, key=lambda e: e.span.start)
    before = span.text[: first.span.start - span.start]
    if len(_WORD.findall(before)) > LEAD_WORDS or any(c in before for c in ",;:\"“«"):
        return None
    if not all(_latin(e.span.text) for e in persons):
        return None
    if any(is_cue(w.lower()) for w in _WORD.findall(span.text)) or any(
        span.start < q.span.end and q.span.start < span.end for q in analysis.quotes
    ):
        return None
    named = frozenset().union(*(_words(e.span.text) for e in persons))
    return _words(first.span.text), named


def _named_in(agent: frozenset[str], named: frozenset[str]) -> bool:
    return any(fuzz.ratio(a, b) >= SAME_WORD for a in agent for b in named)


def other_agents(a: tuple[frozenset[str], frozenset[str]] | None, b: tuple[frozenset[str], frozenset[str]] | None) -> bool:
    """Do two sentences open on two people, neither named in the other sentence?"""
    if a is None or b is None:
        return False
    return not _named_in(a[0], b[1]) and not _named_in(b[0], a[1])
