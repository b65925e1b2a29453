"""Fact alignment: sentences of different articles that state the same thing.

Every non-heading sentence of a story becomes a mention of exactly one fact, so a
fact backed by one article is that outlet's own contribution. Two sentences are
linked by the stronger of two views:
- the whole sentences: encoder cosine (multilingual USE by default, so translations
  align) mixed with IDF-weighted word overlap (names merged across spellings,
  numbers); across languages a clearly high cosine links alone;
- their clauses: a sentence that says several things joins a fact through the
  clause that states it (IDF-weighted containment of a clause's words in the other
  sentence, with at least three shared terms).
A pair that is each other's best match between their two articles gets a small
bonus (mutual nearest neighbours). Facts are grown by constrained average-linkage
clustering: strongest links first, never two sentences of one article in a fact
(unless they are the same text), and two groups merge only if they are similar on
average, not through one chain link. Thresholds were set on hand-written
multi-outlet passages (tests/data/facts) and on MultiLing 2011 translations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from synoptic.compare import lexical as lx
from synoptic.compare import term_overlap as overlap
from synoptic.compare.embed import embed, story_encoder, story_idf
from synoptic.compare.units import canonical_unit
from synoptic.lang import language_code
from synoptic.link.independence import independent_sources, origin_of, outlet_keys
from synoptic.model import Article, ArticleAnalysis, Fact, Origin, Span
from synoptic.settings import ClaritySettings, CompareSettings
from synoptic.text.dateline import lead_offset
from synoptic.util.unionfind import UnionFind

if TYPE_CHECKING:  # the encoder protocol lives in vectors.py
    from synoptic.vectors import Encoder
else:
    Encoder = Any

# Clause boundaries: strong punctuation and commas. A piece counts as a clause only
# if it has a predicate-like core (uncapitalized content words), so an appositive
# such as ", Deputy Foreign Minister Jane Doe," never links on names alone.
_CLAUSE_BREAK = re.compile(r"\s*[;:—–]\s+|\s+[—–]\s*|,\s+|\s+\(|\)\s*")


def _is_clause(text: str, settings: CompareSettings) -> bool:
    toks = lx.words(text)
    if len(toks) < settings.fact_min_clause_words:
        return False
    # caseless scripts (Arabic, Devanagari, Hebrew...) count as uncapitalized
    content = sum(1 for t in toks if t[:1].isalpha() and not t[:1].isupper() and lx.is_content(t))
    return content >= settings.fact_min_clause_content


@dataclass
class StorySentence:
    """One non-heading sentence of a story, with where it sits."""

    span: Span
    index: int  # position among the article's non-heading sentences
    count: int  # how many non-heading sentences the article has
    aside: bool = False  # about another incident (`text/asides.py`)

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
        out.extend(StorySentence(_after_dateline(s.span), i, len(body), s.aside) for i, s in enumerate(body))
    return out


def _after_dateline(span: Span) -> Span:
    """The sentence from where its own words start: a fact is what it says, not the
    dateline or wire credit glued before it ("LITTLE ROCK, Ark. - A man ...")."""
    cut = lead_offset(span.text)
    if not cut:
        return span
    return Span(span.article, span.start + cut, span.end, span.text[cut:])


def clause_spans(span: Span, settings: CompareSettings) -> list[Span]:
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
        if not _is_clause(stripped, settings):
            continue
        a += chunk.find(stripped)
        b = a + len(stripped)
        out.append(Span(span.article, span.start + a, span.start + b, text[a:b]))
    # one clause that is the whole sentence adds nothing
    return [] if len(out) == 1 and out[0].start == span.start and out[0].end == span.end else out


@dataclass
class SimilarityModel:
    """Link scores between a story's sentences (symmetric; same-article pairs are 0)."""

    sentences: list[StorySentence]
    vectors: np.ndarray  # one normalized row per sentence
    scores: np.ndarray
    terms: list[lx.Terms]
    idf: dict[str, float]


def _group_max(mat: np.ndarray, owner: np.ndarray, n: int, axis: int) -> np.ndarray:
    """Max over the rows (axis 0) or columns (axis 1) that belong to each of n owners."""
    shape = (n, mat.shape[1]) if axis == 0 else (mat.shape[0], n)
    out = np.full(shape, -np.inf, dtype=np.float32)
    if axis == 0:
        np.maximum.at(out, owner, mat)
    else:
        np.maximum.at(out.T, owner, mat.T)
    return out


def similarity_model(
    sentences: list[StorySentence],
    encoder: Encoder,
    languages: dict[str, str | None] | None,
    settings: CompareSettings,
) -> SimilarityModel:
    """Link scores for every pair of sentences from different articles."""
    languages = languages or {}
    n = len(sentences)
    texts = [s.span.text for s in sentences]
    clauses = [clause_spans(s.span, settings) for s in sentences]
    clause_texts = [c.text for cl in clauses for c in cl]
    clause_owner = np.asarray([i for i, cl in enumerate(clauses) for _ in cl], dtype=np.int64)
    if n == 0:
        empty = np.zeros((0, 0), dtype=np.float32)
        return SimilarityModel(sentences, np.zeros((0, 1), np.float32), empty, [], {})
    # lexical encoders' cosines run about half a neural encoder's for the same
    # paraphrase (measured on tests/data/facts): bring them to one scale
    vecs = embed(encoder, texts + (clause_texts if settings.fact_clause_vectors else []))
    scale = _cosine_scale(encoder, settings)
    if scale != 1.0 and settings.fact_lexical_story_idf:
        vecs = story_idf(vecs)
    sent_vecs, clause_vecs = vecs[:n], vecs[n:]
    cos = np.minimum(1.0, scale * (sent_vecs @ sent_vecs.T))

    names = lx.canonical_names(texts, settings.fact_name_similarity, settings.fact_name_min_chars)
    terms = [lx.extract_terms(t, names) for t in texts]
    clause_terms = [lx.extract_terms(t, names).terms for t in clause_texts]
    idf = lx.idf_weights([t.terms for t in terms])
    vocab = {t: k for k, t in enumerate(idf)}
    weights = np.asarray([idf[t] for t in vocab], dtype=np.float32)
    sentence_ids = overlap.term_ids([t.terms for t in terms], vocab)
    sx = overlap.sentence_overlap(sentence_ids, weights)
    sw, shared = sx.weight, sx.shared  # total term weight per sentence; shared per pair
    dice = 2 * shared / np.maximum(sw[:, None] + sw[None, :], 1e-9)
    contain = shared / np.maximum(np.minimum(sw[:, None], sw[None, :]), 1e-9)
    # containment on one shared word is chance ("quick" / "quickly"): need two
    contain = np.where(sx.count >= settings.fact_min_shared_terms, contain, 0.0)

    # clause view: the best clause (or the sentence itself) of each side
    clause_cos = cos.copy()
    if len(clause_texts):
        cx = overlap.clause_overlap(overlap.term_ids(clause_terms, vocab), sentence_ids, weights)
        cw, c_shared = cx.weight, cx.shared  # clauses x sentences
        c_contain = c_shared / np.maximum(np.minimum(cw[:, None], sw[None, :]), 1e-9)
        c_contain = np.where(cx.count >= settings.fact_min_shared_terms, c_contain, 0.0)
        by_sentence = _group_max(c_contain, clause_owner, n, axis=0)
        contain = np.maximum(contain, np.maximum(by_sentence, by_sentence.T))
    if len(clause_texts) and settings.fact_clause_vectors:
        cc = np.minimum(1.0, scale * (clause_vecs @ vecs.T))  # clauses x (sentences + clauses)
        cc_s = _group_max(cc[:, :n], clause_owner, n, axis=0)  # sentence-owner x sentences
        clause_cos = np.maximum(clause_cos, np.maximum(cc_s, cc_s.T))
        cc_c = _group_max(_group_max(cc[:, n:], clause_owner, n, axis=0), clause_owner, n, axis=1)
        clause_cos = np.maximum(clause_cos, cc_c)

    w = settings.fact_encoder_weight
    whole = w * cos + (1 - w) * dice
    part = w * clause_cos + (1 - w) * contain - settings.fact_clause_penalty
    scores = np.maximum(whole, part)

    art = np.asarray([s.span.article for s in sentences])
    lang = np.asarray([(languages.get(s.span.article) or "").split("-")[0] for s in sentences])
    supported = np.asarray([_supports(encoder, lg or None) for lg in lang])
    # an encoder that does not know a language gives noise there: words only
    lexical_only = ~(supported[:, None] & supported[None, :])
    scores = np.where(
        lexical_only, np.maximum(dice, contain - settings.fact_clause_penalty), scores
    )
    # across languages words rarely match: a clearly high encoder cosine links alone
    if getattr(encoder, "cross_lingual", True):
        cross = (lang[:, None] != lang[None, :]) & (lang[:, None] != "") & (lang[None, :] != "")
        scores = np.where(
            cross & ~lexical_only, np.maximum(scores, cos - settings.fact_crosslingual_margin), scores
        )
    scores = np.where(art[:, None] == art[None, :], 0.0, scores).astype(np.float32)
    return SimilarityModel(sentences, sent_vecs, _mutual_boost(scores, art, settings.fact_mutual_bonus), terms, idf)


def _mutual_boost(scores: np.ndarray, art: np.ndarray, bonus: float) -> np.ndarray:
    """Raise pairs that are each other's best match between their two articles.

    Mutual nearest neighbours are the standard evidence in paraphrase and bitext
    mining: a pair that both sides prefer over every alternative is far more often
    right than its raw score suggests.
    """
    out = scores.copy()
    ids = list(dict.fromkeys(art.tolist()))
    rows = {a: np.flatnonzero(art == a) for a in ids}
    for x, a in enumerate(ids):
        for b in ids[x + 1 :]:
            ra, rb = rows[a], rows[b]
            sub = scores[np.ix_(ra, rb)]
            if sub.size == 0:
                continue
            best_b = sub.argmax(axis=1)
            best_a = sub.argmax(axis=0)
            for i, j in enumerate(best_b):
                if best_a[j] == i and sub[i, j] > 0:
                    gi, gj = ra[i], rb[j]
                    out[gi, gj] = out[gj, gi] = sub[i, j] + bonus
    return out


def _cosine_scale(encoder: Encoder, settings: CompareSettings) -> float:
    return settings.fact_lexical_cosine_scale if getattr(encoder, "name", "") == "tfidf" else 1.0


def _supports(encoder: Encoder, language: str | None) -> bool:
    supports = getattr(encoder, "supports", None)
    return bool(supports(language)) if callable(supports) else True


def _cluster(model: SimilarityModel, threshold: float, slack: float) -> list[list[int]]:
    """Constrained average-linkage clustering of sentences into facts."""
    sents = model.sentences
    n = len(sents)
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    arts: dict[int, set[str]] = {i: {sents[i].span.article} for i in range(n)}
    sets = UnionFind(n)

    def join(a: int, b: int) -> None:
        """Merge the groups rooted at a and b; the union-find picks the root."""
        root = sets.union(a, b)
        child = b if root == a else a
        members[root].extend(members.pop(child))
        arts[root] |= arts.pop(child)

    # the same text twice in one article (a repeated caption) is one statement
    seen: dict[tuple[str, str], int] = {}
    for i, s in enumerate(sents):
        key = (s.span.article, " ".join(s.span.text.split()))
        if key in seen:
            join(sets.find(seen[key]), i)
        else:
            seen[key] = i

    iu, ju = np.nonzero(np.triu(model.scores >= threshold, 1))
    order = np.argsort(-model.scores[iu, ju], kind="stable")
    for k in order:
        a, b = sets.find(int(iu[k])), sets.find(int(ju[k]))
        if a == b or arts[a] & arts[b]:
            continue
        link = float(model.scores[np.ix_(members[a], members[b])].mean())
        if link < threshold - slack:
            continue
        join(a, b)
    return [sorted(m) for m in members.values()]


# Sentence openings that lean on the previous sentence (small documented
# vocabulary, English and French): a fact's text should stand alone.
_DANGLING = re.compile(
    r"^[\"'“‘«\s]*(he|she|it|they|them|his|her|its|their|this|that|these|those|we|i|our|us|"
    r"but|and|or|so|however|also|yet|still|instead|meanwhile|then|thus|therefore|"
    r"moreover|furthermore|nevertheless|nonetheless|besides|otherwise|"
    r"il|elle|ils|elles|mais|et|cependant|pourtant|ainsi|ce|cette|ces)\b",
    re.IGNORECASE,
)
_TERMINAL = re.compile(r"[.!?…»\"”’)]\s*$")
_GARBLE = (
    re.compile(r"\s[,.;:]"),  # space before punctuation
    re.compile(r"\b(\w+)\s+\1\b", re.IGNORECASE),  # doubled word
    re.compile(r"\b[a-z]{2,}[.!?]\s+[a-z]"),  # lowercase after a full stop (not "U.S. mission")
)


@lru_cache(maxsize=1 << 12)  # asked of each sentence by fact alignment, then twice by the brief
def clarity(text: str, settings: ClaritySettings) -> float:
    """How well a sentence stands alone and reads cleanly (0 worst .. 1 best)."""
    score = 1.0
    stripped = text.strip()
    if _DANGLING.match(stripped):
        score -= settings.dangling
    if not _TERMINAL.search(stripped):
        score -= settings.unterminated
    if stripped[:1].islower():
        score -= settings.lowercase_start
    for pattern in _GARBLE:
        if pattern.search(stripped):
            score -= settings.garbled
    quotes = sum(stripped.count(q) for q in '"“”')
    if quotes % 2:
        score -= settings.unbalanced_quotes
    n = lx.word_count(stripped)
    if n < settings.short_words:
        score -= settings.short
    elif n > settings.long_words:
        score -= settings.long
    return max(0.0, score)


def article_fluency(sentences: Sequence[StorySentence], settings: ClaritySettings) -> dict[str, float]:
    """Mean clarity of each article's sentences: machine translation drags it down."""
    total: dict[str, list[float]] = {}
    for s in sentences:
        total.setdefault(s.span.article, []).append(clarity(s.span.text, settings))
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
    language: str | None = None,
    outlets: dict[str, str] | None = None,
) -> list[Fact]:
    """The story's facts: its sentences aligned across articles and languages. A fact's
    text is its best mention in `language` (the brief's) where one states it, so a reader
    of an English brief reads an English fact that Dutch translations also carry."""
    sentences = story_sentences(articles, analyses)
    if not sentences:
        return []
    languages = {a.id: a.language for a in articles}
    encoder = story_encoder(encoder, [languages.get(s.span.article) for s in sentences])
    model = similarity_model(sentences, encoder, languages, settings)
    clusters = _cluster(model, settings.fact_link, settings.fact_linkage_slack)
    central = centrality(model.vectors)
    fluency = article_fluency(sentences, settings.clarity)
    outlets = outlet_keys(articles) if outlets is None else outlets
    n_sources = max(1, independent_sources([a.id for a in articles], origins, outlets))

    drafts: list[Fact] = []
    for members in clusters:
        if all(sentences[i].aside for i in members):
            continue  # another incident's: the article's, no fact of its story
        # (an aside that states what other articles state of the story still corroborates
        # it: "Anyone with information is asked to call ..." after a roundup's asides)
        members = [i for i in members if not sentences[i].aside] + [i for i in members if sentences[i].aside]
        members = sorted(
            members, key=lambda i: (sentences[i].span.article, sentences[i].span.start)
        )
        ids = list(dict.fromkeys(sentences[i].span.article for i in members))
        sources = independent_sources(ids, origins, outlets)

        told = [i for i in members if not sentences[i].aside]
        own = [i for i in told if language and language_code(languages.get(sentences[i].span.article)) == language]
        best = max(own or told, key=lambda i, m=members: _text_score(i, m, model, fluency, settings))
        weight = sources / n_sources + settings.fact_weight_per_article * len(ids) + float(central[members].max())
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
    details = detail_facts(drafts, analyses, origins, settings)
    for n, fact in enumerate(details, start=len(drafts) + 1):
        fact.id = f"f{n}"
    return drafts + details


def detail_facts(
    facts: list[Fact],
    analyses: dict[str, ArticleAnalysis],
    origins: list[Origin],
    settings: CompareSettings,
) -> list[Fact]:
    """Single-source facts for what one origin's sentence adds to a shared fact.

    A sentence that states a corroborated fact can carry a detail nobody else
    reports ("eight hours of talks" where the others say "talks"). Sentences belong
    to one fact, so that detail would vanish from coverage; here a counted quantity
    whose unit no other origin group mentions anywhere in the story makes the
    sentence also a single-source fact of its own origin.
    """
    origin = origin_of(origins)
    units_by_origin: dict[str, set[str]] = {}
    for aid, analysis in analyses.items():
        units = units_by_origin.setdefault(origin.get(aid, aid), set())
        units.update(canonical_unit(q.unit) for q in analysis.quantities if q.unit)
    out: list[Fact] = []
    for fact in facts:
        groups = {origin.get(m.article, m.article) for m in fact.mentions}
        if len(groups) < 2:
            continue
        for mention in fact.mentions:
            own = origin.get(mention.article, mention.article)
            elsewhere = set().union(*(u for o, u in units_by_origin.items() if o != own))
            quantities = [
                q
                for q in analyses[mention.article].quantities
                # "the two countries", "both sides": small counts mostly refer back
                if q.unit
                and q.low is not None
                and q.low > settings.detail_min_count
                and mention.start <= q.span.start
                and q.span.end <= mention.end
                and canonical_unit(q.unit) not in elsewhere
            ]
            if quantities:
                out.append(
                    Fact(
                        id="",
                        text=mention.text,
                        mentions=[mention],
                        articles=[mention.article],
                        independent_sources=1,
                        status="single_source",
                        weight=round(fact.weight * settings.detail_weight_share, 4),
                        detail_of=fact.id,
                    )
                )
    return out


def _text_score(
    i: int,
    members: list[int],
    model: SimilarityModel,
    fluency: dict[str, float],
    settings: CompareSettings,
) -> float:
    """How good a fact text mention i makes: clear, fluent article, agrees with the others."""
    span = model.sentences[i].span
    others = [j for j in members if j != i]
    agree = float(model.scores[i, others].mean()) if others else 0.0
    return (
        clarity(span.text, settings.clarity)
        + settings.fact_text_fluency_weight * fluency[span.article]
        + settings.fact_text_agreement_weight * agree
    )

