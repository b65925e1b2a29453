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
    Outlet,
    Quote,
    Span,
    Story,
    SummarySentence,
    ThreadBrief,
    TimelineEntry,
)

SCHEMA = "synoptic.brief/1"


def _date(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _fields(record: object, names: str, **shaped: Any) -> dict[str, Any]:
    """The contract fields `names` (in contract order) of a record: each attribute as it is,
    or its value in `shaped` where the contract writes it another way (spans, dates...)."""
    return {n: shaped[n] if n in shaped else getattr(record, n) for n in names.split()}


def _spans(spans: list[Span]) -> list[dict[str, Any]]:
    return [span_dict(s) for s in spans]


def span_dict(span: Span) -> dict[str, Any]:
    return _fields(span, "article start end text")


def article_dict(article: Article) -> dict[str, Any]:
    out = _fields(
        article, "id source outlet title language published text removed url author headings",
        published=_date(article.published),
        removed=[_fields(r, "text reason line") for r in article.removed],
        headings=[[start, end] for start, end in article.headings],
    )
    # who published it (added fields; `outlet` stays the label shown): all None for an
    # unknown outlet, whose `source` (a file name) is shown apart, never as an outlet
    out.update(outlet_fields(article.outlet_info))
    out["wire"] = article.wire
    return out


def outlet_fields(outlet: Outlet | None, prefix: str = "outlet") -> dict[str, Any]:
    o = outlet
    return {
        f"{prefix}_id": o.id if o else None,
        f"{prefix}_name": o.name if o else None,
        f"{prefix}_kind": o.kind if o else None,
        f"{prefix}_country": o.country if o else None,
        f"{prefix}_language": o.language if o else None,
    }


def _evidence(pair: AlignedPair) -> dict[str, Any]:
    return {"a": span_dict(pair.a), "b": span_dict(pair.b), "similarity": round(pair.similarity, 4)}


def origin_dict(origin: Origin) -> dict[str, Any]:
    out = _fields(origin, "id articles relation evidence method",
                  evidence=[_evidence(p) for p in origin.evidence])
    # the wire agency whose story this is (None when nothing credits one)
    agency = origin.agency
    out.update({"agency_id": agency.id if agency else None, "agency_name": agency.label if agency else None})
    return out


def fact_dict(fact: Fact) -> dict[str, Any]:
    return _fields(fact, "id text status articles independent_sources mentions detail_of",
                   mentions=_spans(fact.mentions))




def conflict_dict(conflict: Conflict) -> dict[str, Any]:
    return _fields(
        conflict, "id kind topic variants majority facts imprecise over_time same_origin",
        variants=[_fields(v, "value articles mentions", mentions=_spans(v.mentions)) for v in conflict.variants],
    )


def entity_dict(entity: Entity) -> dict[str, Any]:
    return _fields(entity, "id name type kind aliases roles articles",
                   roles=[_fields(r, "role articles") for r in entity.roles])


def quote_dict(quote: Quote) -> dict[str, Any]:
    return _fields(quote, "id speaker speaker_name text variants articles verbatim cue mentions",
                   variants=[_fields(v, "text articles") for v in quote.variants],
                   mentions=_spans(quote.mentions))


def timeline_dict(entry: TimelineEntry) -> dict[str, Any]:
    return _fields(entry, "date precision text articles fact expression language")


def coverage_dict(cov: Coverage) -> dict[str, Any]:
    return _fields(cov, "article unique_facts missing_facts quoted")


def summary_dict(sentence: SummarySentence) -> dict[str, Any]:
    out = _fields(sentence, "text articles facts")
    if sentence.span is not None:
        out["span"] = span_dict(sentence.span)
    if sentence.language is not None:  # only when it differs from the brief's language
        out["language"] = sentence.language
    return out


def story_dict(story: Story) -> dict[str, Any]:
    return _fields(
        story, "id title articles reference_date reference_date_inferred origins independent_sources "
        "facts conflicts entities quotes timeline coverage summary language background thread ahead",
        reference_date=_date(story.reference_date),
        origins=[origin_dict(o) for o in story.origins],
        facts=[fact_dict(f) for f in story.facts],
        conflicts=[conflict_dict(c) for c in story.conflicts],
        entities=[entity_dict(e) for e in story.entities],
        quotes=[quote_dict(q) for q in story.quotes],
        timeline=[timeline_dict(t) for t in story.timeline],
        coverage=[coverage_dict(c) for c in story.coverage],
        summary=[summary_dict(s) for s in story.summary],
        background=[timeline_dict(t) for t in story.background],
        ahead=[timeline_dict(t) for t in story.ahead],
    )


def thread_dict(thread: ThreadBrief) -> dict[str, Any]:
    """A thread's brief: every field of a story's (over the thread's articles, `id` the
    thread's, which its stories name as their "thread"), and its stories (earliest first),
    main story and news days."""
    out = story_dict(thread.brief)
    out.update({"level": "thread", "stories": list(thread.stories), "main_story": thread.main_story,
                "first_day": _date(thread.first_day), "last_day": _date(thread.last_day)})
    return out


def to_dict(brief: Brief) -> dict[str, Any]:
    out = {
        "schema": SCHEMA,
        "articles": [article_dict(a) for a in brief.articles],
        "skipped": [_fields(s, "source error") for s in brief.skipped],
        "stories": [story_dict(s) for s in brief.stories],
    }
    if brief.threads:  # `brief --by thread` (added field)
        out["threads"] = [thread_dict(t) for t in brief.threads]
    return out


def render(data: dict[str, Any]) -> str:
    return _json.dumps(data, ensure_ascii=False, indent=2) + "\n"
