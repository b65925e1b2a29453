"""The extractive brief: verbatim source sentences, chosen from the story's facts.

Selection is a budgeted greedy maximization (Lin & Bilmes style) of
- coverage of the story's concepts (content words and word pairs), each weighted by
  how many articles use it, so corroborated content wins and a concept
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
from synoptic.compare.embed import embed, story_encoder
from synoptic.compare.facts import centrality, clarity
from synoptic.model import Article, ArticleAnalysis, Conflict, Fact, Span, SummarySentence
from synoptic.settings import ClaritySettings, WriteSettings
from synoptic.write.headline import lead_headline

if TYPE_CHECKING:
    from synoptic.vectors import Encoder
else:
    Encoder = Any

# A statement ends with a full stop or "!" (in the scripts' own forms: Devanagari
# danda, CJK, Armenian, Ethiopic, Myanmar), possibly inside closing quotes/brackets.
_STATEMENT_END = re.compile(r"[.!…।॥。！։።။][\"'”’»)\]]*\s*$")


@dataclass
class _Candidate:
    span: Span
    fact: Fact
    position: float  # index / sentences in its article
    lead: float  # the fact's best lead-ness over all its mentions
    words: int
    concepts: set[str]
    clarity: float
    fluency: float


def _positions(analyses: dict[str, ArticleAnalysis]) -> dict[tuple[str, int], tuple[float, int]]:
    out: dict[tuple[str, int], tuple[float, int]] = {}
    for aid, analysis in analyses.items():
        body = [s for s in analysis.sentences if not s.is_heading]
        for i, s in enumerate(body):
            out[(aid, s.span.start)] = (i / max(1, len(body)), i)
    return out


def _candidates(
    facts: list[Fact],
    analyses: dict[str, ArticleAnalysis],
    settings: WriteSettings,
    clarity_settings: ClaritySettings,
) -> list[_Candidate]:
    positions = _positions(analyses)
    fluency: dict[str, list[float]] = {}
    for fact in facts:
        for span in fact.mentions:
            fluency.setdefault(span.article, []).append(clarity(span.text, clarity_settings))
    article_fluency = {a: float(np.mean(v)) for a, v in fluency.items()}
    out = []
    for fact in facts:
        lead = max(
            float(np.exp(-positions.get((m.article, m.start), (1.0, 99))[1] / settings.position_decay))
            for m in fact.mentions
        )
        mentions = []
        for span in fact.mentions:
            n = lx.word_count(span.text)
            if n < settings.min_sentence_words or n > settings.max_sentence_words:
                continue
            if not _STATEMENT_END.search(span.text):  # headlines, captions, questions
                continue
            mentions.append(
                _Candidate(
                    span=span,
                    fact=fact,
                    position=positions.get((span.article, span.start), (1.0, 99))[0],
                    lead=lead,
                    words=n,
                    concepts=lx.concepts(span.text),
                    clarity=clarity(span.text, clarity_settings),
                    fluency=article_fluency.get(span.article, 0.0),
                )
            )
        # a fact speaks through its clearest wording (stands alone, fluent source);
        # equally clear wordings all stay candidates
        if mentions:
            best = max(c.clarity + c.fluency for c in mentions)
            out.extend(c for c in mentions if c.clarity + c.fluency >= best - settings.wording_tolerance)
    return out


def _concept_weights(facts: list[Fact], settings: WriteSettings) -> dict[str, float]:
    """A concept's weight: the share of articles beyond the first that use it."""
    per_article: dict[str, set[str]] = {}
    for fact in facts:
        for span in fact.mentions:
            per_article.setdefault(span.article, set()).update(lx.concepts(span.text))
    df: Counter[str] = Counter()
    for concepts in per_article.values():
        df.update(concepts)
    n_articles = len(per_article)
    if n_articles <= 1:
        return dict.fromkeys(df, 1.0)
    return {
        c: (d - 1) / (n_articles - 1) * (settings.bigram_boost if " " in c else 1.0)
        for c, d in df.items()
        if d >= settings.min_df
    }


def summarize(
    facts: list[Fact],
    conflicts: list[Conflict],
    articles: list[Article],
    analyses: dict[str, ArticleAnalysis],
    encoder: Encoder,
    settings: WriteSettings,
    clarity_settings: ClaritySettings,
) -> list[SummarySentence]:
    cands = _candidates(facts, analyses, settings, clarity_settings)
    if not cands:
        return []
    disputed = {f.id for f in facts if f.status == "disputed"}
    for conflict in conflicts:
        if conflict.is_dispute:
            disputed.update(conflict.facts)
    language = {a.id: a.language for a in articles}
    encoder = story_encoder(encoder, [language.get(c.span.article) for c in cands])
    vecs = embed(encoder, [c.span.text for c in cands])
    central = centrality(vecs)
    weights = _concept_weights(facts, settings)
    max_sources = max(f.independent_sources for f in facts) or 1
    budget = settings.max_words

    chosen: list[int] = []
    covered: set[str] = set()
    facts_done: set[str] = set()
    used = 0
    while True:
        best, best_gain = -1, 0.0
        chosen_vecs = vecs[chosen] if chosen else None
        for i, c in enumerate(cands):
            if used + c.words > budget or c.fact.id in facts_done:
                continue
            redundancy = float((chosen_vecs @ vecs[i]).max()) if chosen_vecs is not None else 0.0
            if redundancy > settings.max_redundancy:
                continue
            concept_gain = sum(weights.get(k, 0.0) for k in c.concepts - covered)
            corroboration = c.fact.independent_sources / max_sources
            fact_value = corroboration + max(0.0, float(central[i]))
            lead_share = settings.lead_floor + (1 - settings.lead_floor) * corroboration
            gain = (
                settings.concept_weight * concept_gain / c.words**settings.length_exponent
                + settings.fact_weight * fact_value
                + settings.position_weight * c.lead * lead_share
                + settings.clarity_weight * c.clarity
                + settings.fluency_weight * c.fluency
                - settings.redundancy_weight * max(0.0, redundancy)
                - (settings.disputed_penalty if c.fact.id in disputed else 0.0)
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

    return [_summary_sentence(cands[i]) for i in _story_order(chosen, cands, articles)]


def _story_order(chosen: list[int], cands: list[_Candidate], articles: list[Article]) -> list[int]:
    """Dated articles in date order; within that, what leads articles comes first."""
    published = {a.id: a.published for a in articles}
    order = {a.id: n for n, a in enumerate(articles)}
    return sorted(
        chosen,
        key=lambda i: (
            published.get(cands[i].span.article) or date.min,
            round(cands[i].position, 1),
            order.get(cands[i].span.article, 0),
            cands[i].span.start,
        ),
    )


def _summary_sentence(c: _Candidate) -> SummarySentence:
    return SummarySentence(
        text=c.span.text, articles=list(c.fact.articles), facts=[c.fact.id], span=c.span
    )


# A site or section suffix after a separator: "Headline | World news".
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{1,40}$")


def _clean_title(title: str, settings: WriteSettings) -> str:
    title = " ".join(title.split())
    stripped = _TITLE_SUFFIX.sub("", title)
    return stripped if lx.word_count(stripped) >= settings.title_min_words_cut else title


def story_title(
    articles: list[Article],
    facts: list[Fact],
    settings: WriteSettings,
    clarity_settings: ClaritySettings,
) -> str:
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
        title = _clean_title(article.title or "", settings)
        if not title or _names_a_file(title, article):
            continue
        words = lx.word_count(title)
        shape = clarity(title if title[-1:] in ".!?" else title + ".", clarity_settings)
        short_or_long = words < settings.title_min_words or words > settings.title_max_words
        shape -= settings.title_length_penalty if short_or_long else 0.0
        shape -= settings.title_all_caps_penalty if title.isupper() else 0.0
        shape -= settings.title_lowercase_penalty if title[:1].islower() else 0.0
        english = settings.title_english_bonus if (article.language or "en").startswith("en") else 0.0
        score = (support[article.id], shape + english, -n)
        key = (
            (score[0] / (max(support.values()) or 1) + score[1], score[2])
            if support
            else (score[1], score[2])
        )
        if best_score is None or key > best_score:
            best_score, best_title = key, title
    # no article has a title: the most central lead sentence, cut to a headline
    return best_title or lead_headline(articles, settings.headline_max_words)


def _names_a_file(title: str, article: Article) -> bool:
    """A "title" that is only the article's id or file name says nothing of the news."""
    stem = re.split(r"[\\/]", article.source or "")[-1].rsplit(".", 1)[0]
    return title.casefold() in {article.id.casefold(), stem.casefold()} - {""}
