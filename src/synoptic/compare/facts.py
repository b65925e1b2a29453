"""Fact alignment: sentences of different articles that state the same thing.

Every non-heading sentence of a story becomes a mention of exactly one fact, so a
fact backed by one article is that outlet's own contribution. Two sentences are
linked by the stronger of two views:
- the whole sentences: encoder cosine (multilingual, so translations align)
  mixed with IDF-weighted word overlap (names merged across spellings, numbers);
- their clauses: a sentence that says several things joins a fact through the
  clause that states it (encoder cosine of the best clause pair, and word
  containment rather than overlap).
Facts are grown by constrained average-linkage clustering: strongest links first,
never two sentences of one article in a fact (unless they are the same text), and
two groups merge only if they are similar on average, not by one chain link.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from synoptic.compare import lexical as lx
from synoptic.compare.embed import embed
from synoptic.link.dedup import independent_sources
from synoptic.model import Article, ArticleAnalysis, Fact, Origin, Span
from synoptic.settings import CompareSettings

if TYPE_CHECKING:  # the encoder protocol lives in vectors.py
    from synoptic.vectors import Encoder
else:
    Encoder = Any

# Weight of the encoder against word overlap in a link score.
ENCODER_WEIGHT = 0.6
# A clause must have this many words to carry a link on its own.
MIN_CLAUSE_WORDS = 5
# Clause links are easier to get by chance (short texts): they pay a small toll.
CLAUSE_PENALTY = 0.05
# Average linkage may be this much below the link threshold.
LINKAGE_SLACK = 0.1

# Clause boundaries: strong punctuation, and a comma before a clause-opening
# conjunction (a small English vocabulary; other languages split on punctuation).
_CLAUSE_BREAK = re.compile(
    r"\s*[;:—–]\s+|\s+[—–]\s*|,\s+(?=(?:and|but|while|whereas|after|before|as|with|"
    r"which|who|where|when|then|although|though|because|while|et|mais|alors)\b)",
    re.IGNORECASE,
)


@dataclass
class StorySentence:
    """One non-heading sentence of a story, with where it sits."""

    span: Span
    index: int  # position among the article's non-heading sentences
    count: int  # how many non-heading sentences the article has

    @property
    def position(self) -> float:
        return self.index / max(1, self.count)


def story_sentences(
    articles: Sequence[Article], analyses: dict[str, ArticleAnalysis]
) -> list[StorySentence]:
    out: list[StorySentence] = []
    for article in articles:
        analysis = analyses.get(article.id)
        if analysis is None:
            continue
        body = [s for s in analysis.sentences if not s.is_heading and s.span.text.strip()]
        out.extend(StorySentence(s.span, i, len(body)) for i, s in enumerate(body))
    return out


def clause_spans(span: Span) -> list[Span]:
    """The clauses of a sentence long enough to state something alone ([] if just one)."""
    text = span.text
    pieces: list[tuple[int, int]] = []
    start = 0
    for m in _CLAUSE_BREAK.finditer(text):
        pieces.append((start, m.start()))
        start = m.end()
    pieces.append((start, len(text)))
    out = []
    for a, b in pieces:
        chunk = text[a:b]
        stripped = chunk.strip(" \"'“”‘’«»()")
        if lx.word_count(stripped) < MIN_CLAUSE_WORDS:
            continue
        a += chunk.find(stripped)
        b = a + len(stripped)
        out.append(Span(span.article, span.start + a, span.start + b, text[a:b]))
    return out if len(out) > 1 else []


@dataclass
class SimilarityModel:
    """Link scores between a story's sentences (symmetric; same-article pairs are 0)."""

    sentences: list[StorySentence]
    vectors: np.ndarray  # one normalized row per sentence
    scores: np.ndarray
    terms: list[lx.Terms]
    idf: dict[str, float]


def similarity_model(sentences: list[StorySentence], encoder: Encoder) -> SimilarityModel:
    texts = [s.span.text for s in sentences]
    n = len(texts)
    clauses = [clause_spans(s.span) for s in sentences]
    unit_texts = list(texts)
    owner = list(range(n))
    for i, cl in enumerate(clauses):
        unit_texts.extend(c.text for c in cl)
        owner.extend([i] * len(cl))
    vecs = embed(encoder, unit_texts) if unit_texts else np.zeros((0, 1), np.float32)
    sent_vecs = vecs[:n]
    cos = sent_vecs @ sent_vecs.T

    # best clause-or-sentence pair per sentence pair
    order = np.argsort(np.asarray(owner, dtype=np.int64), kind="stable")
    owner_sorted = np.asarray(owner)[order]
    starts = np.flatnonzero(np.r_[True, owner_sorted[1:] != owner_sorted[:-1]]) if n else []
    unit_cos = vecs[order] @ vecs[order].T
    clause_cos = (
        np.maximum.reduceat(np.maximum.reduceat(unit_cos, starts, axis=0), starts, axis=1)
        if n
        else cos
    )

    names = lx.canonical_names(texts)
    terms = [lx.extract_terms(t, names) for t in texts]
    clause_terms = [[lx.extract_terms(c.text, names).terms for c in cl] for cl in clauses]
    idf = lx.idf_weights([t.terms for t in terms])

    scores = np.zeros((n, n), dtype=np.float32)
    articles = [s.span.article for s in sentences]
    w = ENCODER_WEIGHT
    for i in range(n):
        for j in range(i + 1, n):
            if articles[i] == articles[j]:
                continue
            dice, cont = lx.weighted_overlap(terms[i].terms, terms[j].terms, idf)
            whole = w * cos[i, j] + (1 - w) * dice
            # clause view: containment of the best clause of one in the other
            best_cont = cont
            for ct in clause_terms[i]:
                best_cont = max(best_cont, lx.weighted_overlap(ct, terms[j].terms, idf)[1])
            for ct in clause_terms[j]:
                best_cont = max(best_cont, lx.weighted_overlap(ct, terms[i].terms, idf)[1])
            part = w * clause_cos[i, j] + (1 - w) * best_cont - CLAUSE_PENALTY
            scores[i, j] = scores[j, i] = max(whole, part)
    return SimilarityModel(sentences, sent_vecs, scores, terms, idf)


def _cluster(model: SimilarityModel, threshold: float) -> list[list[int]]:
    """Constrained average-linkage clustering of sentences into facts."""
    sents = model.sentences
    n = len(sents)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    arts: dict[int, set[str]] = {i: {sents[i].span.article} for i in range(n)}
    root = list(range(n))

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    # the same text twice in one article (a repeated caption) is one statement
    seen: dict[tuple[str, str], int] = {}
    for i, s in enumerate(sents):
        key = (s.span.article, " ".join(s.span.text.split()))
        if key in seen:
            j = find(seen[key])
            root[i] = j
            members[j].append(i)
            del members[i], arts[i]
        else:
            seen[key] = i

    iu, ju = np.nonzero(np.triu(model.scores >= threshold, 1))
    order = np.argsort(-model.scores[iu, ju], kind="stable")
    for k in order:
        a, b = find(int(iu[k])), find(int(ju[k]))
        if a == b or arts[a] & arts[b]:
            continue
        link = float(model.scores[np.ix_(members[a], members[b])].mean())
        if link < threshold - LINKAGE_SLACK:
            continue
        if len(members[a]) < len(members[b]):
            a, b = b, a
        root[b] = a
        members[a].extend(members.pop(b))
        arts[a] |= arts.pop(b)
    return [sorted(m) for m in members.values()]


# Sentence openings that lean on the previous sentence (small documented
# vocabulary, English and French): a fact's text should stand alone.
_DANGLING = re.compile(
    r"^[\"'“‘«\s]*(he|she|it|they|them|his|her|its|their|this|that|these|those|"
    r"but|and|or|so|however|also|yet|still|instead|meanwhile|then|thus|therefore|"
    r"moreover|furthermore|nevertheless|nonetheless|besides|otherwise|"
    r"il|elle|ils|elles|mais|et|cependant|pourtant|ainsi|ce|cette|ces)\b",
    re.IGNORECASE,
)
_TERMINAL = re.compile(r"[.!?…»\"”’)]\s*$")
_GARBLE = (
    re.compile(r"\s[,.;:]"),  # space before punctuation
    re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE),  # doubled word
    re.compile(r"[.!?]\s+[a-z]"),  # sentence continuing lowercase after a stop
)


def clarity(text: str) -> float:
    """How well a sentence stands alone and reads cleanly (0 worst .. 1 best)."""
    score = 1.0
    stripped = text.strip()
    if _DANGLING.match(stripped):
        score -= 0.4
    if not _TERMINAL.search(stripped):
        score -= 0.25
    if stripped[:1].islower():
        score -= 0.25
    for pattern in _GARBLE:
        if pattern.search(stripped):
            score -= 0.1
    quotes = sum(stripped.count(q) for q in '"“”')
    if quotes % 2:
        score -= 0.15
    n = lx.word_count(stripped)
    if n < 6:
        score -= 0.3
    elif n > 50:
        score -= 0.15
    return max(0.0, score)


def article_fluency(sentences: Sequence[StorySentence]) -> dict[str, float]:
    """Mean clarity of each article's sentences: machine translation drags it down."""
    total: dict[str, list[float]] = {}
    for s in sentences:
        total.setdefault(s.span.article, []).append(clarity(s.span.text))
    return {a: float(np.mean(v)) for a, v in total.items()}


def centrality(vectors: np.ndarray) -> np.ndarray:
    """Cosine of each sentence to the story's centroid."""
    if len(vectors) == 0:
        return np.zeros(0)
    centroid = vectors.mean(axis=0)
    norm = np.linalg.norm(centroid)
    if norm == 0:
        return np.zeros(len(vectors))
    return vectors @ (centroid / norm)


def align_facts(
    articles: list[Article],
    analyses: dict[str, ArticleAnalysis],
    origins: list[Origin],
    encoder: Encoder,
    settings: CompareSettings,
) -> list[Fact]:
    sentences = story_sentences(articles, analyses)
    if not sentences:
        return []
    model = similarity_model(sentences, encoder)
    clusters = _cluster(model, _link_threshold(settings))
    central = centrality(model.vectors)
    fluency = article_fluency(sentences)
    n_sources = max(1, independent_sources([a.id for a in articles], origins))

    drafts: list[Fact] = []
    for members in clusters:
        members = sorted(
            members, key=lambda i: (sentences[i].span.article, sentences[i].span.start)
        )
        ids = list(dict.fromkeys(sentences[i].span.article for i in members))
        sources = independent_sources(ids, origins)

        best = max(members, key=lambda i, m=members: _text_score(i, m, model, fluency))
        weight = sources / n_sources + 0.1 * len(ids) + float(central[members].max())
        drafts.append(
            Fact(
                id="",
                text=sentences[best].span.text,
                mentions=[sentences[i].span for i in members],
                articles=ids,
                independent_sources=sources,
                status="corroborated" if sources >= 2 else "single_source",
                weight=round(weight, 4),
            )
        )
    drafts.sort(key=lambda f: (-f.weight, f.mentions[0].article, f.mentions[0].start))
    for n, fact in enumerate(drafts, start=1):
        fact.id = f"f{n}"
    return drafts


def _text_score(
    i: int, members: list[int], model: SimilarityModel, fluency: dict[str, float]
) -> float:
    """How good a fact text mention i makes: clear, fluent article, agrees with the others."""
    span = model.sentences[i].span
    others = [j for j in members if j != i]
    agree = float(model.scores[i, others].mean()) if others else 0.0
    return clarity(span.text) + 0.5 * fluency[span.article] + 0.3 * agree


def _link_threshold(settings: CompareSettings) -> float:
    return float(getattr(settings, "fact_link", 0.5))
