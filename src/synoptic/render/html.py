"""The brief as one self-contained HTML page (no external assets; all article text escaped)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from synoptic.render.view import (
    STATUS_LABEL,
    Region,
    counted,
    disputes,
    fact_matrix,
    fact_texts,
    facts_index,
    headline_stats,
    segments,
    shorten,
    story_view,
    summary_span,
    updates,
    voices,
    wire_stories,
)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    # autoescape is on for every template: article text is untrusted
    env = Environment(
        loader=PackageLoader("synoptic.render", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["shorten"] = shorten
    env.filters["counted"] = counted
    return env


def anchor(article_id: str, start: int, end: int) -> str:
    return f"a-{article_id}-{start}-{end}"


def _citations(story: dict[str, Any]) -> tuple[list[list[tuple[int, str]]], dict[str, set[tuple[int, int]]]]:
    """For each summary sentence, (citation number, anchor) pairs pointing at the
    sentence of each cited article that states the same fact; and per article the
    spans to mark."""
    number = {aid: n for n, aid in enumerate(story.get("articles", []), start=1)}
    facts = facts_index(story)
    marks: dict[str, set[tuple[int, int]]] = {}
    cites: list[list[tuple[int, str]]] = []
    for sent in story.get("summary", []):
        row = []
        for aid in sent.get("articles", []):
            if aid not in number:
                continue
            m = summary_span(sent, facts, aid)
            if m is None:
                row.append((number[aid], f"src-{number[aid]}"))
                continue
            marks.setdefault(aid, set()).add((m["start"], m["end"]))
            row.append((number[aid], anchor(aid, m["start"], m["end"])))
        cites.append(sorted(set(row)))
    return cites, marks


def marked_text(text: str, spans: set[tuple[int, int]], article_id: str) -> list[tuple[str, str | None]]:
    """Split text into (piece, anchor or None) so cited sentences can be marked; of
    overlapping spans the first is kept."""
    kept: list[Region] = []
    for start, end in sorted(spans):
        if not kept or start >= kept[-1].end:
            kept.append(Region(start, end))
    return [(s.text, anchor(article_id, s.region.start, s.region.end) if s.region else None)
            for s in segments(text, kept)]


def story_context(data: dict[str, Any], story: dict[str, Any]) -> dict[str, Any]:
    view = story_view(data, story)
    cites, marks = _citations(story)
    texts = {
        aid: marked_text(view.articles[aid].get("text", ""), marks.get(aid, set()), aid)
        for aid in story.get("articles", [])
        if aid in view.articles
    }
    return {
        "story": story,
        "view": view,
        "stats": headline_stats(story),
        "disputes": disputes(story),
        "updates": updates(story),
        "matrix": fact_matrix(story),
        "fact_texts": fact_texts(story),
        "voices": voices(view, limit=20),
        "wire_stories": wire_stories(view),
        "status_label": STATUS_LABEL,
        "cites": cites,
        "texts": texts,
    }


def render(data: dict[str, Any]) -> str:
    stories = [story_context(data, s) for s in data.get("stories", [])]
    return _environment().get_template("brief.html.j2").render(
        stories=stories, skipped=data.get("skipped", []), schema=data.get("schema")
    )
