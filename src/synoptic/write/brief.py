"""The extractive brief: verbatim source sentences, chosen from the story's facts.

Selection is a budgeted greedy maximization (Lin & Bilmes style) of
- coverage of the story's concepts (content words and word pairs), each weighted by
  how many independent sources use it, so corroborated content wins and a concept
  already covered adds nothing (non-redundancy within a language);
- the value of each not-yet-covered fact: its independent corroboration and
  centrality (one sentence per fact: non-redundancy across paraphrases and
  languages, since a fact groups translations too);
- the sentence's clarity (stands alone, reads cleanly) and an encoder-based
  redundancy penalty against what is already chosen (MMR).
The chosen sentences are then ordered as a story: by article date when known,
then by where they sit in their article.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np

from synoptic.compare import lexical as lx
from synoptic.compare.embed import embed
from synoptic.compare.facts import centrality, clarity
from synoptic.model import Article, ArticleAnalysis, Conflict, Fact, Span, SummarySentence
from synoptic.settings import WriteSettings

if TYPE_CHECKING:
    from synoptic.vectors import Encoder
else:
    Encoder = Any

# Relative weights of the selection objective (tuned on MultiLing 2011 English).
CONCEPT_WEIGHT = 1.0
FACT_WEIGHT = 1.0
CLARITY_WEIGHT = 1.0
REDUNDANCY_WEIGHT = 1.0
# Sentences more similar than this (encoder cosine) to a chosen one are not taken.
MAX_REDUNDANCY = 0.85
POSITION_WEIGHT = 3.0
LENGTH_EXPONENT = 0.6
BIGRAM_BOOST = 1.5
MIN_DF = 2
MIN_WORDS = 6
MAX_WORDS_SENTENCE = 60
DISPUTED_FACTOR = 0.3


# A statement ends with a full stop or "!", possibly inside closing quotes/brackets.
_STATEMENT_END = re.compile(r"[.!…][\"'”’»)\]]*\s*$")


@dataclass
class _Candidate:
    span: Span
    fact: Fact
    position: float
    index: int
    words: int
    concepts: set[str]
    clarity: float


def _candidates(facts: list[Fact], analyses: dict[str, ArticleAnalysis]) -> list[_Candidate]:
    positions: dict[tuple[str, int], tuple[float, int]] = {}
    for aid, analysis in analyses.items():
        body = [s for s in analysis.sentences if not s.is_heading]
        for i, s in enumerate(body):
            positions[(aid, s.span.start)] = (i / max(1, len(body)), i)
    out = []
    for fact in facts:
        for span in fact.mentions:
            n = lx.word_count(span.text)
            if n < MIN_WORDS or n > MAX_WORDS_SENTENCE:
                continue
            if not _STATEMENT_END.search(span.text):  # headlines, captions, questions
                continue
            out.append(
                _Candidate(
                    span=span,
                    fact=fact,
                    position=positions.get((span.article, span.start), (1.0, 99))[0],
                    index=positions.get((span.article, span.start), (1.0, 99))[1],
                    words=n,
                    concepts=lx.concepts(span.text),
                    clarity=clarity(span.text),
                )
            )
    return out


def _concept_weights(cands: list[_Candidate], facts: list[Fact]) -> dict[str, float]:
    """A concept's weight: how many articles use it, beyond the first (corroboration)."""
    per_article: dict[str, set[str]] = {}
    for c in cands:
        per_article.setdefault(c.span.article, set()).update(c.concepts)
    df: Counter[str] = Counter()
    for concepts in per_article.values():
        df.update(concepts)
    n_articles = max(1, len(per_article))
    if n_articles == 1:
        return {c: 1.0 for c in df}
    # concepts in a single article carry little weight; word pairs count more than words
    return {
        c: (d - 1) / (n_articles - 1) * (1.5 if " " in c else 1.0) for c, d in df.items() if d >= 2
    }


POSITION_DECAY = 2.0


def _lead(c: _Candidate) -> float:
    """How much a sentence is part of its article's lead (news put the key facts first)."""
    if POSITION_DECAY > 0:
        return float(np.exp(-c.index / POSITION_DECAY))
    return 1.0 - c.position


def summarize(
    facts: list[Fact],
    conflicts: list[Conflict],
    articles: list[Article],
    analyses: dict[str, ArticleAnalysis],
    encoder: Encoder,
    settings: WriteSettings,
) -> list[SummarySentence]:
    cands = _candidates(facts, analyses)
    if not cands:
        return []
    disputed = {f.id for f in facts if f.status == "disputed"}
    for conflict in conflicts:
        disputed.update(conflict.facts)
    vecs = embed(encoder, [c.span.text for c in cands])
    central = centrality(vecs)
    weights = _concept_weights(cands, facts)
    max_sources = max(f.independent_sources for f in facts) or 1
    budget = settings.max_words

    chosen: list[int] = []
    covered: set[str] = set()
    facts_done: set[str] = set()
    used = 0
    remaining = set(range(len(cands)))
    while remaining:
        best, best_gain = -1, 0.0
        chosen_vecs = vecs[chosen] if chosen else None
        for i in remaining:
            c = cands[i]
            if used + c.words > budget or c.fact.id in facts_done:
                continue
            redundancy = float((chosen_vecs @ vecs[i]).max()) if chosen_vecs is not None else 0.0
            if redundancy > MAX_REDUNDANCY:
                continue
            concept_gain = sum(weights.get(k, 0.0) for k in c.concepts - covered)
            fact_value = c.fact.independent_sources / max_sources + max(0.0, float(central[i]))
            if c.fact.id in disputed:
                fact_value *= DISPUTED_FACTOR
            gain = (
                CONCEPT_WEIGHT * concept_gain / c.words**LENGTH_EXPONENT
                + FACT_WEIGHT * fact_value
                + POSITION_WEIGHT * _lead(c)
                + CLARITY_WEIGHT * c.clarity
                - REDUNDANCY_WEIGHT * max(0.0, redundancy)
            )
            if best < 0 or gain > best_gain:
                best, best_gain = i, gain
        if best < 0:
            break
        c = cands[best]
        chosen.append(best)
        covered |= c.concepts
        facts_done.add(c.fact.id)
        used += c.words
        remaining.discard(best)

    published = {a.id: a.published for a in articles}
    order = {a.id: n for n, a in enumerate(articles)}
    chosen.sort(
        key=lambda i: (
            published.get(cands[i].span.article) or date.min,
            round(cands[i].position, 1),
            order.get(cands[i].span.article, 0),
            cands[i].span.start,
        )
    )
    return [
        SummarySentence(
            text=cands[i].span.text,
            articles=list(cands[i].fact.articles),
            facts=[cands[i].fact.id],
            span=cands[i].span,
        )
        for i in chosen
    ]


# A site or section suffix after a separator: "Headline | World news".
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{1,40}$")


def _clean_title(title: str) -> str:
    title = " ".join(title.split())
    stripped = _TITLE_SUFFIX.sub("", title)
    return stripped if lx.word_count(stripped) >= 3 else title


def story_title(articles: list[Article], facts: list[Fact]) -> str:
    """The headline of the most central article (by the facts it shares), never invented."""
    if not articles:
        return ""
    support: Counter[str] = Counter()
    for fact in facts:
        if len(fact.articles) >= 2:
            for aid in fact.articles:
                support[aid] += fact.weight
    best_score, best_title = None, ""
    for n, article in enumerate(articles):
        title = _clean_title(article.title or "")
        if not title:
            continue
        words = lx.word_count(title)
        shape = clarity(title if title[-1:] in ".!?" else title + ".")
        shape -= 0.5 if words < 4 or words > 25 else 0.0
        shape -= 0.5 if title.isupper() else 0.0
        shape -= 0.3 if title[:1].islower() else 0.0
        english = 0.2 if (article.language or "en").startswith("en") else 0.0
        score = (support[article.id], shape + english, -n)
        key = (
            (score[0] / (max(support.values()) or 1) + score[1], score[2])
            if support
            else (score[1], score[2])
        )
        if best_score is None or key > best_score:
            best_score, best_title = key, title
    return best_title
