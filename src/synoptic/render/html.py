"""The brief as one self-contained HTML page (no external assets; all article text escaped)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from synoptic.render.common import (
    STATUS_LABEL,
    counted,
    disputes,
    fact_matrix,
    fact_texts,
    headline_stats,
    shorten,
    story_view,
    updates,
    voices,
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
    mentions: dict[str, list[dict[str, Any]]] = {
        f["id"]: f.get("mentions", []) for f in story.get("facts", [])
    }
    marks: dict[str, set[tuple[int, int]]] = {}
    cites: list[list[tuple[int, str]]] = []
    for sent in story.get("summary", []):
        spans: dict[str, dict[str, Any]] = {}
        if sent.get("span"):
            spans[sent["span"]["article"]] = sent["span"]
        for fid in sent.get("facts", []):
            for m in mentions.get(fid, []):
                spans.setdefault(m["article"], m)
        row = []
        for aid in sent.get("articles", []):
            if aid not in number:
                continue
            m = spans.get(aid)
            if m is None:
                row.append((number[aid], f"src-{number[aid]}"))
                continue
            marks.setdefault(aid, set()).add((m["start"], m["end"]))
            row.append((number[aid], anchor(aid, m["start"], m["end"])))
        cites.append(sorted(set(row)))
    return cites, marks


def segments(text: str, spans: set[tuple[int, int]], article_id: str) -> list[tuple[str, str | None]]:
    """Split text into (piece, anchor or None) so cited sentences can be marked."""
    out: list[tuple[str, str | None]] = []
    pos = 0
    for start, end in sorted(spans):
        if start < pos:  # overlapping spans: keep the first
            continue
        out.append((text[pos:start], None))
        out.append((text[start:end], anchor(article_id, start, end)))
        pos = end
    out.append((text[pos:], None))
    return [(piece, a) for piece, a in out if piece]


def story_context(data: dict[str, Any], story: dict[str, Any]) -> dict[str, Any]:
    view = story_view(data, story)
    cites, marks = _citations(story)
    texts = {
        aid: segments(view.articles[aid].get("text", ""), marks.get(aid, set()), aid)
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
        "status_label": STATUS_LABEL,
        "cites": cites,
        "texts": texts,
    }


def render(data: dict[str, Any]) -> str:
    stories = [story_context(data, s) for s in data.get("stories", [])]
    return _environment().get_template("brief.html.j2").render(
        stories=stories, skipped=data.get("skipped", []), schema=data.get("schema")
    )
