"""Claim disputes: statements from different sources where one negates the other.

Negation and antonyms over near-identical wording (`compare/polarity.py`); one act said
done and not done in other words (`claim_acts.py`); an optional
NLI model (`CompareSettings.nli_model_path`) judges the pairs the rules leave open.
"""

from __future__ import annotations

import difflib
from bisect import bisect_right
from collections import Counter, defaultdict

from synoptic.compare import nli, polarity
from synoptic.compare.detectors import claim_acts, cross_claims, place_claims, state_claims
from synoptic.compare.detectors.statements import statements
from synoptic.compare.evidence import (
    PUNCT,
    StoryIndex,
    StoryInputs,
    make_conflict,
    short,
    unique,
)
from synoptic.model import Conflict, Span, Variant
from synoptic.settings import CompareSettings
from synoptic.util.unionfind import UnionFind


def detect(story: StoryInputs, settings: CompareSettings) -> list[Conflict]:
    """Aligned statements from different sources where one negates the other."""
    facts, idx = story.facts, story.index
    out: list[Conflict] = []
    seen: set[frozenset[tuple[str, int]]] = set()
    candidates: list[tuple[Span, Span, str | None]] = []
    for fact in facts:
        ms = fact.mentions
        for i in range(len(ms)):
            for j in range(i + 1, len(ms)):
                if idx.apart(ms[i], ms[j]):
                    candidates.append((ms[i], ms[j], fact.id))
    # statements the aligner kept apart can still be near-identical but opposite
    readings: list[tuple[Span, polarity.Reading]] = [
        (s, polarity.read(s.text)) for sents in idx.sentences.values() for s in sents
    ]
    by_stem: dict[str, list[int]] = defaultdict(list)
    for k, (_, r) in enumerate(readings):
        for st in r.stems:
            by_stem[st].append(k)
    for k, (s, r) in enumerate(readings):
        if len(r.stems) < settings.claim_candidate_stems:
            continue
        # the later sentences sharing each stem (each list is in reading order), counted in C
        hits: Counter[int] = Counter()
        for st in r.stems:
            later = by_stem[st]
            hits.update(later[bisect_right(later, k):])
        for x, shared in hits.items():
            other, ro = readings[x]
            least = min(len(r.stems), len(ro.stems))
            if r.negated != ro.negated:
                near = shared >= settings.claim_negated_share * least
            else:
                near = shared >= settings.claim_same_share * least
            if near and idx.apart(other, s):  # the cheap test first: most pairs share little
                candidates.append((s, other, None))
    unresolved: list[tuple[Span, Span]] = []
    opposed: list[tuple[Span, Span]] = []
    for a, b, _ in candidates:
        key = frozenset({(a.article, a.start), (b.article, b.start)})
        if key in seen:
            continue
        seen.add(key)
        why = polarity.contradiction(
            a.text,
            b.text,
            min_overlap=settings.claim_min_overlap,
            min_words=settings.claim_min_words,
            min_len_ratio=settings.claim_min_len_ratio,
            negation_reach=settings.negation_reach,
            max_diff_words=settings.claim_max_diff_words,
            diff_divisor=settings.claim_diff_divisor,
        )
        if why is None:
            unresolved.append((a, b))
            continue
        opposed.append((a, b))
    if settings.nli_model_path and unresolved:
        pairs = [(a.text, b.text) for a, b in unresolved]
        scores = nli.contradiction_scores(pairs, settings.nli_model_path) or []
        threshold = settings.nli_threshold
        for (a, b), score in zip(unresolved, scores, strict=False):
            if score >= threshold:
                opposed.append((a, b))
    # one act said done and not done, in other words, in statements kept apart
    found = {frozenset({(a.article, a.start), (b.article, b.start)}) for a, b in opposed}
    # one named subject, one verb, opposite polarity, in statements kept apart
    said = statements(story)
    for a, b in [*claim_acts.opposed(story), *cross_claims.opposed(story, said)]:
        if frozenset({(a.article, a.start), (b.article, b.start)}) not in found:
            found.add(frozenset({(a.article, a.start), (b.article, b.start)}))
            opposed.append((a, b))
    out.extend(_merge_claims(opposed, idx, settings))
    out.extend(state_claims.detect(story, settings, said))
    out.extend(place_claims.detect(story, settings))
    return out


def _merge_claims(
    opposed: list[tuple[Span, Span]], idx: StoryIndex, settings: CompareSettings
) -> list[Conflict]:
    """One conflict per disputed statement: opposed pairs that share a sentence join,
    and the sentences fall on two sides (each pair puts its two ends on opposite sides)."""
    key = lambda s: (s.article, s.start, s.end)  # noqa: E731
    spans: dict[tuple[str, int, int], Span] = {}
    nodes: dict[tuple[str, int, int], int] = {}
    for a, b in opposed:
        for s in (a, b):
            spans.setdefault(key(s), s)
            nodes.setdefault(key(s), len(nodes))
    union = UnionFind(len(nodes))
    adjacency: dict[int, list[int]] = defaultdict(list)
    for a, b in opposed:
        i, j = nodes[key(a)], nodes[key(b)]
        union.union(i, j)
        adjacency[i].append(j)
        adjacency[j].append(i)
    by_index = {v: k for k, v in nodes.items()}
    out: list[Conflict] = []
    for comp in union.groups():
        side = {comp[0]: 0}
        todo = [comp[0]]
        bipartite = True
        while todo:
            i = todo.pop()
            for j in adjacency[i]:
                if j not in side:
                    side[j] = 1 - side[i]
                    todo.append(j)
                elif side[j] == side[i]:
                    bipartite = False
        if not bipartite:  # no two consistent sides: keep the pairs apart
            out.extend(
                _claim(spans[by_index[i]], spans[by_index[j]], idx, settings)
                for i in comp
                for j in adjacency[i]
                if i < j
            )
            continue
        groups = [[spans[by_index[i]] for i in comp if side[i] == k] for k in (0, 1)]
        variants = [
            Variant(
                value=min(g, key=lambda s: len(s.text)).text,
                articles=unique(s.article for s in g),
                mentions=g,
            )
            for g in groups
        ]
        topic = _claim_topic(variants[0].value, variants[1].value, settings)
        out.append(make_conflict("claim", topic, variants, idx))
    return out


def _claim(a: Span, b: Span, idx: StoryIndex, settings: CompareSettings) -> Conflict:
    variants = [
        Variant(value=a.text, articles=[a.article], mentions=[a]),
        Variant(value=b.text, articles=[b.article], mentions=[b]),
    ]
    return make_conflict("claim", _claim_topic(a.text, b.text, settings), variants, idx)


def _claim_topic(a: str, b: str, settings: CompareSettings) -> str:
    """The words both statements share, in order, with "…" where they part."""
    wa, wb = a.split(), b.split()
    matcher = difflib.SequenceMatcher(a=[w.casefold() for w in wa], b=[w.casefold() for w in wb])
    parts: list[str] = []
    used = 0
    for block in matcher.get_matching_blocks():
        if not block.size or used >= settings.claim_topic_words:
            continue
        words = wa[block.a : block.a + block.size]
        parts.append(" ".join(words).strip(PUNCT + " "))
        used += block.size
    topic = " … ".join(p for p in parts if p)
    return (
        short(topic, settings.claim_topic_words) if topic else short(a, settings.topic_words)
    )
