"""The public JSON contract `synoptic.brief/1`: records -> plain dicts.

Fields are only ever added, never renamed or dropped. The Markdown and HTML
renderers, the store and the web app all work from this dict, so there is one
serialization of a brief.
"""

from __future__ import annotations

import json as _json
from datetime import date
from typing import Any

from synoptic.model import (
    AlignedPair,
    Article,
    Brief,
    Conflict,
    Coverage,
    Entity,
    Fact,
    Origin,
    Quote,
    Span,
    Story,
    SummarySentence,
    TimelineEntry,
)

SCHEMA = "synoptic.brief/1"


def _date(value: date | None) -> str | None:
    return value.isoformat() if value else None


def span_dict(span: Span) -> dict[str, Any]:
    return {"article": span.article, "start": span.start, "end": span.end, "text": span.text}


def article_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "source": article.source,
        "outlet": article.outlet,
        "title": article.title,
        "language": article.language,
        "published": _date(article.published),
        "text": article.text,
        "removed": [
            {"text": r.text, "reason": r.reason, "line": r.line} for r in article.removed
        ],
        "url": article.url,
        "author": article.author,
        "headings": [[start, end] for start, end in article.headings],
    }


def _evidence(pair: AlignedPair) -> dict[str, Any]:
    return {"a": span_dict(pair.a), "b": span_dict(pair.b), "similarity": round(pair.similarity, 4)}


def origin_dict(origin: Origin) -> dict[str, Any]:
    return {
        "id": origin.id,
        "articles": origin.articles,
        "relation": origin.relation,
        "evidence": [_evidence(p) for p in origin.evidence],
        "method": origin.method,
    }


def fact_dict(fact: Fact) -> dict[str, Any]:
    return {
        "id": fact.id,
        "text": fact.text,
        "status": fact.status,
        "articles": fact.articles,
        "independent_sources": fact.independent_sources,
        "mentions": [span_dict(s) for s in fact.mentions],
        "detail_of": fact.detail_of,
    }


# readers of contract dicts (the store today) ask the model's one rule; the store should
# switch to `Conflict.dict_is_dispute`, then this name can go
is_dispute = Conflict.dict_is_dispute


def conflict_dict(conflict: Conflict) -> dict[str, Any]:
    return {
        "id": conflict.id,
        "kind": conflict.kind,
        "topic": conflict.topic,
        "variants": [
            {"value": v.value, "articles": v.articles, "mentions": [span_dict(s) for s in v.mentions]}
            for v in conflict.variants
        ],
        "majority": conflict.majority,
        "facts": conflict.facts,
        "imprecise": conflict.imprecise,
        "over_time": conflict.over_time,
    }


def entity_dict(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "type": entity.type,
        "aliases": entity.aliases,
        "roles": [{"role": r.role, "articles": r.articles} for r in entity.roles],
        "articles": entity.articles,
    }


def quote_dict(quote: Quote) -> dict[str, Any]:
    return {
        "id": quote.id,
        "speaker": quote.speaker,
        "speaker_name": quote.speaker_name,
        "text": quote.text,
        "variants": [{"text": v.text, "articles": v.articles} for v in quote.variants],
        "articles": quote.articles,
        "verbatim": quote.verbatim,
        "cue": quote.cue,
        "mentions": [span_dict(s) for s in quote.mentions],
    }


def timeline_dict(entry: TimelineEntry) -> dict[str, Any]:
    return {
        "date": entry.date,
        "precision": entry.precision,
        "text": entry.text,
        "articles": entry.articles,
        "fact": entry.fact,
        "expression": entry.expression,
    }


def coverage_dict(cov: Coverage) -> dict[str, Any]:
    return {
        "article": cov.article,
        "unique_facts": cov.unique_facts,
        "missing_facts": cov.missing_facts,
        "quoted": cov.quoted,
    }


def summary_dict(sentence: SummarySentence) -> dict[str, Any]:
    out: dict[str, Any] = {"text": sentence.text, "articles": sentence.articles, "facts": sentence.facts}
    if sentence.span is not None:
        out["span"] = span_dict(sentence.span)
    return out


def story_dict(story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "title": story.title,
        "articles": story.articles,
        "reference_date": _date(story.reference_date),
        "reference_date_inferred": story.reference_date_inferred,
        "origins": [origin_dict(o) for o in story.origins],
        "independent_sources": story.independent_sources,
        "facts": [fact_dict(f) for f in story.facts],
        "conflicts": [conflict_dict(c) for c in story.conflicts],
        "entities": [entity_dict(e) for e in story.entities],
        "quotes": [quote_dict(q) for q in story.quotes],
        "timeline": [timeline_dict(t) for t in story.timeline],
        "coverage": [coverage_dict(c) for c in story.coverage],
        "summary": [summary_dict(s) for s in story.summary],
    }


def to_dict(brief: Brief) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "articles": [article_dict(a) for a in brief.articles],
        "skipped": [{"source": s.source, "error": s.error} for s in brief.skipped],
        "stories": [story_dict(s) for s in brief.stories],
    }


def render(data: dict[str, Any]) -> str:
    return _json.dumps(data, ensure_ascii=False, indent=2) + "\n"
