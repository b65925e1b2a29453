"""What the Markdown and HTML renderers share: citation numbers, labels, the coverage grid.

Both work from the `synoptic.brief/1` dict, so a stored brief renders exactly
like a fresh one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from synoptic.render.json import is_dispute

STATUS_LABEL = {
    "corroborated": "corroborated",
    "single_source": "single source",
    "disputed": "disputed",
}


@dataclass
class StoryView:
    """Lookups a renderer needs for one story."""

    story: dict[str, Any]
    articles: dict[str, dict[str, Any]]  # id -> article dict
    number: dict[str, int]  # article id -> citation number, 1-based
    relation_note: dict[str, str]  # article id -> "syndicated with [2]" etc.
    entity_names: dict[str, str]

    def cite(self, article_ids: list[str]) -> list[int]:
        return sorted({self.number[a] for a in article_ids if a in self.number})

    def outlet(self, article_id: str) -> str:
        art = self.articles.get(article_id, {})
        return art.get("outlet") or "unknown outlet"


def story_view(data: dict[str, Any], story: dict[str, Any]) -> StoryView:
    by_id = {a["id"]: a for a in data.get("articles", [])}
    number = {aid: n for n, aid in enumerate(story.get("articles", []), start=1)}
    notes: dict[str, str] = {}
    for origin in story.get("origins", []):
        members = origin.get("articles", [])
        if len(members) < 2:
            continue
        for aid in members:
            others = ", ".join(f"[{number[o]}]" for o in members if o != aid and o in number)
            notes[aid] = f"{origin.get('relation', 'syndicated')} with {others}"
    names = {e["id"]: e["name"] for e in story.get("entities", [])}
    return StoryView(story, by_id, number, notes, names)


def counted(n: int, noun: str) -> str:
    """"1 fact", "3 facts": a count with its noun (plural by an s)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def headline_stats(story: dict[str, Any]) -> list[str]:
    """"5 articles · 4 independent sources · 2 disputes · reference date …"."""
    parts = [counted(len(story.get("articles", [])), "article")]
    indep = story.get("independent_sources")
    if indep is not None:
        parts.append(counted(indep, "independent source"))
    parts.append(counted(len(disputes(story)), "dispute"))
    if story.get("reference_date"):
        inferred = " (inferred)" if story.get("reference_date_inferred") else ""
        parts.append(f"reference date {story['reference_date']}{inferred}")
    return parts


def disputes(story: dict[str, Any]) -> list[dict[str, Any]]:
    """Conflicts the sources really have: not a precision difference, not an update."""
    return [c for c in story.get("conflicts", []) if is_dispute(c)]


def updates(story: dict[str, Any]) -> list[dict[str, Any]]:
    """Figures that grew from one publication date to the next (their variants in date order)."""
    return [c for c in story.get("conflicts", []) if c.get("over_time") and not c.get("imprecise")]


def fact_matrix(story: dict[str, Any], limit: int = 40) -> list[dict[str, Any]]:
    """Facts reported by two or more articles, or disputed, most corroborated first.

    Single-source facts are many; they show in each outlet's coverage instead.
    """
    facts = [
        f
        for f in story.get("facts", [])
        if len(f.get("articles", [])) >= 2 or f.get("status") == "disputed"
    ]
    facts.sort(key=lambda f: (-f.get("independent_sources", 0), -len(f.get("articles", []))))
    return facts[:limit]


def fact_texts(story: dict[str, Any]) -> dict[str, str]:
    return {f["id"]: f["text"] for f in story.get("facts", [])}


def shorten(text: str, limit: int = 160, around: str | None = None) -> str:
    """`text` cut to `limit` characters with an ellipsis; a window around the phrase
    `around` instead of the start when the phrase would be cut off (a timeline entry
    shows the words that give its date)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    phrase = " ".join((around or "").split())
    at = text.find(phrase) if phrase else -1
    if at < 0 or at + len(phrase) <= limit - 1:
        return text[: limit - 1].rstrip() + "…"
    # centre the phrase, on word boundaries, with room for both ellipses
    start = max(0, min(at - (limit - 2 - len(phrase)) // 2, len(text) - (limit - 2)))
    if start > 0 and text[start - 1] != " ":
        start = text.find(" ", start) + 1 or start
    window = text[start : start + limit - 2]
    if start + limit - 2 < len(text):
        window = window[: window.rfind(" ")] if " " in window else window
        return "…" + window.strip() + "…"
    return "…" + window.strip()


@dataclass
class Voice:
    """One entry of "Who said what": a person (with roles) or a speaker named only as written."""

    name: str
    entity: dict[str, Any] | None
    quotes: list[dict[str, Any]]


def voices(view: StoryView, limit: int) -> list[Voice]:
    """The people with a role or a quote (at most `limit`, most covered first), each with
    their quotes; then every other quote under its speaker's name, so none is lost."""
    story = view.story
    quotes = story.get("quotes", [])
    by_speaker: dict[str | None, list[dict[str, Any]]] = {}
    for q in quotes:
        by_speaker.setdefault(q.get("speaker"), []).append(q)
    people = [e for e in story.get("entities", [])
              if e.get("type") == "PERSON" and (e.get("roles") or e["id"] in by_speaker)]
    out = [Voice(e["name"], e, by_speaker.pop(e["id"], [])) for e in people[:limit]]
    # quotes of speakers not listed above: one entry per name as written, not one per quote
    leftover: dict[str, list[dict[str, Any]]] = {}
    for speaker, qs in by_speaker.items():
        for q in qs:
            name = view.entity_names.get(speaker, speaker) if speaker else q.get("speaker_name")
            leftover.setdefault(name or "unattributed", []).append(q)
    return out + [Voice(name, None, qs) for name, qs in leftover.items()]

