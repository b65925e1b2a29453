"""A fact is corroborated only by mentions that agree on its figures and on which one of a
series they tell of ("the 13th stage" is not "the 15th stage": `ordinal_heads`).

Fact alignment joins sentences by their wording, and two sentences alike in words may give
one measure different values: "The earthquake lasted approximately 30 seconds" and "The
aftershock lasted in about ten seconds" (two quakes of one story). When the disputes stage
reports them as one figure in dispute, the fact is `disputed`; otherwise the sentences do
not corroborate each other, and the fact is split by the figures its mentions give, each
part with its own articles and independent sources (a reader never sees "corroborated"
over two different numbers).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from synoptic.compare.numbers import values_compatible
from synoptic.compare.ordinal_heads import rank_other_members, ranked_heads
from synoptic.compare.quoted_words import Quoted, quote_other_words, quoted_words
from synoptic.compare.subject_agents import Agent, other_agents, person_index, subject_agent
from synoptic.compare.units import distance_reference, metres_per_unit, same_unit
from synoptic.link.independence import independent_sources
from synoptic.model import ArticleAnalysis, Entity, Fact, Origin, Quantity, Span
from synoptic.settings import CompareSettings

_WORD = re.compile(r"[^\W\d_]{3,}")
# a figure and, for a length, the place it is measured from (None: no place named)
Figure = tuple[Quantity, tuple[str, frozenset[str]] | None]
# a mention's figures, the nouns it ranks by an ordinal ("the 13th stage") and the person
# it opens on with its predicate (`subject_agents`)
Told = tuple[list[Figure], dict[str, set[int]], Agent | None, Quoted | None]


def _figures(span: Span, analyses: dict[str, ArticleAnalysis]) -> list[Figure]:
    analysis = analyses.get(span.article)
    if analysis is None:
        return []
    return [
        (q, distance_reference(span.text[q.span.end - span.start:]) if metres_per_unit(q.unit) else None)
        for q in analysis.quantities
        if q.unit and span.start <= q.span.start and q.span.end <= span.end
    ]


def _comparable(a: Figure, b: Figure) -> bool:
    """The same measure: the same unit and, for lengths, from the same place (or both from
    none): "95 km south of San Antonio" is not measured against "125 km from Santiago"."""
    (qa, ra), (qb, rb) = a, b
    if not same_unit(qa, qb):
        return False
    if ra is None or rb is None:
        return ra is None and rb is None
    return bool(ra[1] & rb[1])


def _disagree(a: Told, b: Told, settings: CompareSettings) -> bool:
    """Do two sentences give a measure they share only values that cannot both be true, or
    rank one noun of a series differently ("the 13th stage", "the 15th stage")?"""
    if rank_other_members(a[1], b[1], settings.ordinal_gap) or other_agents(a[2], b[2]) or quote_other_words(a[3], b[3]):
        return True
    shared = False
    for fa in a[0]:
        for fb in b[0]:
            if not _comparable(fa, fb):
                continue
            qa, qb = fa[0], fb[0]
            if values_compatible(qa, qb, settings):
                return False  # one figure of theirs agrees: the rest may measure other things
            shared = True
    return shared


def _parts(figures: list[Told], texts: list[str], first: int, settings: CompareSettings) -> list[list[int]]:
    """Mentions grouped so that no two in a group disagree, the fact's own text first. The
    mentions that disagree with some other are grouped first; one that disagrees with none
    then joins the group whose words it shares most: "Ahmadinejad has announced that the
    fifteen ... would be released" goes with the other report of the announcement, not with
    the quote of his associates' website its fact also held (MultiLing M002 en, dev)."""
    n = len(figures)
    order = [first] + [i for i in range(n) if i != first]
    torn = {i for i in range(n) for j in range(n) if i != j and _disagree(figures[i], figures[j], settings)}
    groups: list[list[int]] = []
    for i in (k for k in order if k in torn or k == first):
        home = next((g for g in groups if not any(_disagree(figures[i], figures[j], settings) for j in g)), None)
        if home is None:
            groups.append([i])
        else:
            home.append(i)
    words = [frozenset(w.lower() for w in _WORD.findall(t)) for t in texts]
    for i in (k for k in order if k not in torn and k != first):
        home = max(groups, key=lambda g: max(len(words[i] & words[j]) for j in g))  # (the first on a tie)
        home.append(i)
    return groups


def _part_weight(fact: Fact, articles: int, sources: int, n_sources: int, settings: CompareSettings) -> float:
    """A part's weight as `facts.align_facts` weighs a fact (its share of the story's independent
    sources, a little an article, and its centrality, which the part keeps): the part is what
    those articles told, and a well-told fact split off a wrong neighbour ("Ahmadinejad has
    announced ..." aligned with another report's quote of his associates, MultiLing M002 en,
    dev) keeps its place in the summary."""
    lost = (fact.independent_sources - sources) / n_sources + settings.fact_weight_per_article * (
        len(fact.articles) - articles
    )
    return round(max(fact.weight - lost, 0.0), 4)


def split_disagreeing(
    facts: list[Fact],
    analyses: dict[str, ArticleAnalysis],
    origins: list[Origin],
    settings: CompareSettings,
    outlets: Mapping[str, str] | None = None,
    entities: list[Entity] | None = None,
) -> list[Fact]:
    """The facts, each one whose mentions disagree on a figure (and is not disputed) split
    into parts that agree; the first part keeps the fact's id and text, the others follow
    all facts with new ids."""
    kept: list[Fact] = []
    extra: list[Fact] = []
    people = person_index(entities or [])
    n_sources = max(1, independent_sources(list(analyses), origins, outlets))
    for fact in facts:
        if fact.status == "disputed" or len(fact.articles) < 2:
            kept.append(fact)
            continue
        figures = [
            (
                _figures(span, analyses),
                ranked_heads(span.text),
                subject_agent(span, analyses.get(span.article), people),
                quoted_words(span, analyses.get(span.article)),
            )
            for span in fact.mentions
        ]
        if sum(any(f) for f in figures) < 2:
            kept.append(fact)
            continue
        first = next((i for i, s in enumerate(fact.mentions) if s.text == fact.text), 0)
        groups = _parts(figures, [span.text for span in fact.mentions], first, settings)
        if len(groups) == 1:
            kept.append(fact)
            continue
        for n, group in enumerate(groups):
            mentions = sorted((fact.mentions[i] for i in group), key=lambda s: (s.article, s.start))
            ids = list(dict.fromkeys(s.article for s in mentions))
            sources = independent_sources(ids, origins, outlets)
            part = replace(
                fact,
                text=fact.text if n == 0 else fact.mentions[group[0]].text,
                mentions=mentions,
                articles=ids,
                independent_sources=sources,
                status="corroborated" if sources >= 2 else "single_source",
                weight=_part_weight(fact, len(ids), sources, n_sources, settings),
            )
            (kept if n == 0 else extra).append(part)
    for n, fact in enumerate(extra, start=len(kept) + 1):
        fact.id = f"f{n}"
    return kept + extra
