"""What dispute finders share: one story's lookups and the assembly of a conflict.

A `StoryIndex` answers, for a span, which sentence holds it, which facts mention
it and which origin group (one underlying report) its article belongs to, and
whether two mentions are `apart`: from two origins, or from two rewrites of one
report whose sentences are not copies of each other (two outlets rewriting one
press release are one source, but a figure one of them states differently is
still a disagreement a reader must see: dates, times, sides and claims; figures
and ages stay across origins only, for versions of one wire story update them and
rewriters round them);
`make_conflict` builds a `Conflict` with the facts involved and the majority,
counted in independent sources.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar

from synoptic.compare.polarity import read
from synoptic.compare.sources import count_sources, group_of, origin_map
from synoptic.model import (
    Article,
    ArticleAnalysis,
    Conflict,
    Entity,
    Fact,
    Origin,
    Quote,
    Span,
    Variant,
)
from synoptic.settings import CompareSettings
from synoptic.text.sentences import split_sentences

T = TypeVar("T")
_WORDS = re.compile(r"\w+", re.UNICODE)


# ---------------------------------------------------------------- the story's index


@dataclass
class StoryIndex:
    """Lookups over one story: sentences, facts and origin groups."""

    articles: dict[str, Article]
    sentences: dict[str, list[Span]]
    starts: dict[str, list[int]]
    omap: dict[str, str]
    origins: list[Origin]
    # share of content words a fact's mention shares with the fact's text to state it
    same_statement: float
    # two sentences of one origin sharing this share of their words are copies
    copy_words: float = 1.0
    fact_spans: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    fact_texts: dict[str, str] = field(default_factory=dict)
    # (article, start, end) of a fact's mention -> does it say what the fact's text says?
    _on_topic: dict[tuple[str, int, int, str], bool] = field(default_factory=dict)

    def sentence_of(self, span: Span) -> Span:
        sents = self.sentences.get(span.article, [])
        i = bisect.bisect_right(self.starts.get(span.article, []), span.start) - 1
        if 0 <= i < len(sents) and sents[i].end >= span.end:
            return sents[i]
        article = self.articles.get(span.article)
        if article is None:
            return span
        # fall back on the line holding the span
        start = article.text.rfind("\n", 0, span.start) + 1
        end = article.text.find("\n", span.end)
        end = len(article.text) if end < 0 else end
        return Span(span.article, start, end, article.text[start:end])

    def facts_of(self, span: Span) -> list[str]:
        return [
            fid
            for start, end, fid in self.fact_spans.get(span.article, [])
            if start < span.end and span.start < end
        ]

    def involved_facts(self, span: Span) -> list[str]:
        """Facts a disputed span is part of: those whose mention holding the span states
        what the fact's text states. A sentence the aligner joined to a fact for another
        of its clauses ("... 100,000 troops ..., eight years after Russia seized Crimea")
        does not make that fact ("Russia seized Crimea") disputed."""
        out = []
        for start, end, fid in self.fact_spans.get(span.article, []):
            if not (start < span.end and span.start < end):
                continue
            key = (span.article, start, end, fid)
            if key not in self._on_topic:
                text = self.articles[span.article].text[start:end]
                self._on_topic[key] = _says_same(
                    text, self.fact_texts.get(fid, text), self.same_statement
                )
            if self._on_topic[key]:
                out.append(fid)
        return out

    def fact_of(self, span: Span) -> str | None:
        found = self.facts_of(span)
        return found[0] if found else None

    def group(self, article_id: str) -> str:
        return group_of(article_id, self.omap)

    def sources(self, article_ids: Iterable[str]) -> int:
        return count_sources(article_ids, self.origins)

    def apart(self, a: Span, b: Span) -> bool:
        """Two mentions may dispute: different origins, or two articles of one origin
        whose sentences holding them are not copies of each other (rewrites of one
        release: "the Free Press says X, the News says Y"). A copy with one value changed
        is one text edited or updated, never two readings."""
        if a.article == b.article:
            return False
        if self.group(a.article) != self.group(b.article):
            return True
        return not copies(self.sentence_of(a).text, self.sentence_of(b).text, self.copy_words)

    def may_differ(self, article_ids: Iterable[str]) -> bool:
        """Articles that could hold two sides: at least two of them (pairs are then
        checked with `apart`)."""
        return len(set(article_ids)) >= 2


@dataclass
class StoryInputs:
    """What every dispute detector reads: one story's aligned facts, per-article
    analyses, people, merged quotes, and the index over them."""

    facts: list[Fact]
    analyses: dict[str, ArticleAnalysis]
    entities: list[Entity]
    quotes: list[Quote]
    index: StoryIndex


def build_index(
    facts: list[Fact],
    articles: list[Article],
    analyses: dict[str, ArticleAnalysis],
    origins: list[Origin],
    settings: CompareSettings,
) -> StoryIndex:
    by_id = {a.id: a for a in articles}
    sentences: dict[str, list[Span]] = {}
    for article in articles:
        analysis = analyses.get(article.id)
        sents = analysis.sentences if analysis and analysis.sentences else split_sentences(article)
        sentences[article.id] = sorted((s.span for s in sents), key=lambda s: s.start)
    fact_spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for fact in facts:
        for m in fact.mentions:
            fact_spans[m.article].append((m.start, m.end, fact.id))
    return StoryIndex(
        articles=by_id,
        sentences=sentences,
        starts={k: [s.start for s in v] for k, v in sentences.items()},
        omap=origin_map(origins),
        origins=origins,
        same_statement=settings.same_statement,
        copy_words=settings.origin_copy_words,
        fact_spans=dict(fact_spans),
        fact_texts={f.id: f.text for f in facts},
    )


def copies(a: str, b: str, min_share: float) -> bool:
    """Two sentences are one text, edited: they share at least `min_share` of their words
    (case folded; words with digits, the values that may differ, left out). Sentences in
    two scripts or languages share almost none: a translation is read like a rewrite,
    its figures compared with the same like-with-like rules (roundings and unit
    conversions are compatible values there)."""
    wa, wb = _copy_words(a), _copy_words(b)
    if not wa or not wb:
        return a.strip() == b.strip()
    return len(wa & wb) / len(wa | wb) >= min_share


@lru_cache(maxsize=1 << 12)  # a sentence is compared with every other of its story's copies
def _copy_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORDS.findall(text.casefold()) if not any(c.isdigit() for c in w))


def _says_same(mention: str, fact_text: str, min_share: float) -> bool:
    if mention == fact_text:
        return True
    a, b = read(mention).stems, read(fact_text).stems
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= min_share


# ---------------------------------------------------------------- shared helpers


def unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def variant_of(value: str, spans: Iterable[Span]) -> Variant:
    """One side of a dispute: its value, the mentions that give it and their articles."""
    mentions = list(spans)
    return Variant(value=value, articles=unique(s.article for s in mentions), mentions=mentions)


def short(text: str, words: int) -> str:
    toks = text.split()
    out = " ".join(toks[:words])
    return out.rstrip(" ,;:") + ("…" if len(toks) > words else "")


def majority(variants: list[Variant], idx: StoryIndex) -> str | None:
    """ "k of n independent sources: value" when one variant has a strict majority."""
    total = idx.sources(a for v in variants for a in v.articles)
    if total < 3:
        return None
    counts = [(idx.sources(v.articles), v.value) for v in variants]
    best, value = max(counts, key=lambda c: c[0])
    if best * 2 > total:
        return f"{best} of {total} independent sources: {value}"
    return None


def cross_source(variants: list[Variant], idx: StoryIndex, rewrites: bool = True) -> bool:
    """The variants are carried by at least two origin groups, or (with `rewrites`) two of
    them by two articles of one origin that are `apart` (rewrites, not copies)."""
    if len({idx.group(a) for v in variants for a in v.articles}) >= 2:
        return True
    return rewrites and any(
        idx.apart(x, y)
        for i, v in enumerate(variants)
        for w in variants[i + 1 :]
        for x in v.mentions
        for y in w.mentions
    )


def one_origin(variants: list[Variant], idx: StoryIndex) -> bool:
    """Every side is carried by one origin: rewrites of one report that differ."""
    return len({idx.group(a) for v in variants for a in v.articles}) < 2


def make_conflict(kind: str, topic: str, variants: list[Variant], idx: StoryIndex, **kw) -> Conflict:
    fact_ids = unique(f for v in variants for m in v.mentions for f in idx.involved_facts(m))
    return Conflict(
        id="",
        kind=kind,  # type: ignore[arg-type]
        topic=topic,
        variants=variants,
        majority=majority(variants, idx),
        facts=fact_ids,
        same_origin=one_origin(variants, idx),
        **kw,
    )


# Punctuation stripped from words quoted in topics.
PUNCT = ".,;:!?\"“”'’()[]"


def one_count_per_article(variants: list[Variant]) -> bool:
    """At least two sides, and no article on two of them.

    An article that gives two incompatible figures for "the same" count is
    counting two things (one count of murder, two counts of possession; a sum
    and its conversion): the alignment is wrong, not the sources.
    """
    if len(variants) < 2:
        return False
    seen: set[str] = set()
    for v in variants:
        arts = set(v.articles)
        if arts & seen:
            return False
        seen |= arts
    return True


def first_fit_groups(items: Iterable[T], fits: Callable[[T, list[T]], bool]) -> list[list[T]]:
    """Each item joins the first group it fits (in order), else starts a new one."""
    groups: list[list[T]] = []
    for item in items:
        for g in groups:
            if fits(item, g):
                g.append(item)
                break
        else:
            groups.append([item])
    return groups


def dedup_spans(spans: Iterable[Span]) -> list[Span]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for s in spans:
        key = (s.article, s.start, s.end)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out
