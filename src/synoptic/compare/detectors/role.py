"""Role disputes: titles given to one person that name different posts."""

from __future__ import annotations

from collections import Counter, defaultdict

from synoptic.compare import roles
from synoptic.compare.evidence import StoryIndex, StoryInputs, dedup_spans, make_conflict, unique
from synoptic.model import ArticleAnalysis, Conflict, Entity, Span, Variant
from synoptic.settings import CompareSettings


def _entity_roles(
    entity: Entity, analyses: dict[str, ArticleAnalysis], idx: StoryIndex
) -> list[tuple[str, str, Span | None]]:
    """(title, article, span) for every title the entity is given in the story."""
    out: list[tuple[str, str, Span | None]] = []
    for role in entity.roles:
        spans = [m for m in role.mentions if m.article in idx.articles]
        covered = {m.article for m in spans}
        out.extend((role.role, m.article, m) for m in spans)
        out.extend((role.role, a, None) for a in role.articles if a not in covered and a in idx.articles)
    if out:
        return out
    # entities without merged roles: titles attached to their mentions in the analyses
    own = {(m.article, m.start, m.end) for m in entity.mentions}
    for aid, analysis in analyses.items():
        if aid not in idx.articles:
            continue
        for mention in analysis.entities:
            s = mention.span
            if mention.role and (s.article, s.start, s.end) in own:
                out.append((mention.role, aid, mention.role_span))
    return out


def detect(story: StoryInputs, settings: CompareSettings) -> list[Conflict]:
    """Titles of one person that cannot both be right (`compare/roles.py`)."""
    entities, analyses, idx = story.entities, story.analyses, story.index
    out: list[Conflict] = []
    for entity in entities:
        if entity.type not in ("PERSON", "PER", "person"):
            continue
        by_norm: dict[str, list[tuple[str, str, Span | None]]] = defaultdict(list)
        for title, aid, span in _entity_roles(entity, analyses, idx):
            norm = roles.normalize_title(title)
            if roles.is_office(norm):
                by_norm[norm].append((title, aid, span))
        norms = list(by_norm)
        clashing = [
            a for a in norms if any(roles.titles_conflict(a, b) for b in norms if b != a)
        ]
        if len(clashing) < 2:
            continue
        variants = []
        for norm in clashing:
            items = by_norm[norm]
            shown = Counter(roles.display_title(t) for t, _, _ in items)
            # prefer the capitalized spelling, then the most frequent
            value = max(shown.items(), key=lambda kv: (kv[0][:1].isupper(), kv[1]))[0]
            variants.append(
                Variant(
                    value=value,
                    articles=unique(a for _, a, _ in items),
                    mentions=dedup_spans(s for _, _, s in items if s is not None),
                )
            )
        if len({a for v in variants for a in v.articles}) < 2:
            continue  # one article's own inconsistency is more likely an extraction slip
        variants.sort(key=lambda v: (-idx.sources(v.articles), v.value))
        out.append(make_conflict("role", f"{entity.name}'s title", variants, idx))
    return out
