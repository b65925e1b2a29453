"""The brief as Markdown: summary with numbered citations, disputes, timeline, voices, coverage, sources."""

from __future__ import annotations

from typing import Any

from synoptic.render.roles_shown import roles_shown
from synoptic.render.view import (
    STATUS_LABEL,
    StoryView,
    counted,
    disputes,
    fact_matrix,
    fact_texts,
    facts_index,
    headline_stats,
    independent_count,
    own_wording,
    shorten,
    story_view,
    thread_stats,
    thread_stories,
    updates,
    voices,
    wire_stories,
)


def _md(text: object) -> str:
    """Keep article-derived text from being read as Markdown structure or raw HTML.

    One line (no break can start a heading or a list), and every character that can
    open markup escaped: emphasis, code, links, HTML tags and entities, tables,
    headings, strike-through.
    """
    out = " ".join(str(text).split())
    for ch in "\\`*_[]<>|#~&":
        out = out.replace(ch, "\\" + ch)
    return out


def _refs(view: StoryView, article_ids: list[str]) -> str:
    return "".join(f"[{n}]" for n in view.cite(article_ids))


def _summary(view: StoryView) -> list[str]:
    lines = []
    for sent in view.story.get("summary", []):
        # a sentence in another language than the brief's says which
        mark = f"({_md(sent['language'])}) " if sent.get("language") else ""
        lines.append(f"{mark}{_md(sent['text'])} {_refs(view, sent['articles'])}")
    return [" ".join(lines), ""] if lines else ["_No summary: no sentence could be cited._", ""]


def _variants(view: StoryView, conflict: dict[str, Any], joiner: str) -> str:
    """A conflict's values, each quoted with its sources: “100,000” [1][3] vs “tens of thousands” [2]."""
    return joiner.join(
        f"\u201c{_md(v['value'])}\u201d {_refs(view, v['articles'])}" for v in conflict["variants"]
    )


# a dispute between two rewrites of one report (`Conflict.same_origin`): one source, two readings
SAME_ORIGIN_NOTE = "Both sides rewrite one report: one source, told two ways"


def _disputes(view: StoryView) -> list[str]:
    items = disputes(view.story)
    if not items:
        return []
    out = ["## Where sources disagree", ""]
    for c in items:
        line = f"- **{_md(c['topic'])}** ({_md(c['kind'])}): {_variants(view, c, ' vs ')}"
        if c.get("majority"):
            line += f". {_md(c['majority'])}"
        if c.get("same_origin"):
            line += f". {SAME_ORIGIN_NOTE}"
        out.append(line)
    return out + [""]


def _updates(view: StoryView) -> list[str]:
    items = updates(view.story)
    if not items:
        return []
    return ["## Figures that changed over time", ""] + [
        f"- **{_md(c['topic'])}**: {_variants(view, c, ' → ')}" for c in items
    ] + [""]


def _timeline(view: StoryView) -> list[str]:
    out = []
    for key, heading in (("timeline", "## Timeline"), ("background", "### Background"),
                         ("ahead", "### Scheduled and expected")):
        entries = view.story.get(key) or []
        if not entries:
            continue
        out += [heading, ""]
        for t in entries:
            text = shorten(t["text"], 220, around=t.get("expression"))
            mark = f"({_md(t['language'])}) " if t.get("language") else ""
            out.append(f"- **{_md(t['date'])}** {mark}{_md(text)} {_refs(view, t['articles'])}")
        out.append("")
    return out


def _voices(view: StoryView) -> list[str]:
    entries = voices(view, limit=15)
    if not entries:
        return []
    out = ["## Who said what", ""]
    for v in entries:
        roles = "; ".join(f"{_md(r['role'])} {_refs(view, r['articles'])}" for r in roles_shown(view, v.entity))
        out.append(f"- **{_md(v.name)}**" + (f": {roles}" if roles else ""))
        out.extend(_quote_line(view, q) for q in v.quotes)
    return out + [""]


def _quote_line(view: StoryView, q: dict[str, Any]) -> str:
    text = _md(shorten(q["text"], 300))
    # a paraphrase is never shown as a quotation
    shown = f"\u201c{text}\u201d" if q.get("verbatim") else f"(paraphrased) {text}"
    return f"  - {shown} {_refs(view, q['articles'])}"


def _coverage(view: StoryView) -> list[str]:
    cov = view.story.get("coverage", [])
    if not cov or independent_count(view.story) < 2:
        return []  # one independent source: no one to compare with
    texts = fact_texts(view.story)
    facts = facts_index(view.story)
    out = ["## Coverage: what each outlet alone reported, and what it left out", ""]
    for c in cov:
        aid = c["article"]
        n = view.number.get(aid)
        wire = view.wire_note(aid)
        wire = f" ({_md(wire)})" if wire else ""
        out.append(f"- [{n}] **{_md(view.outlet_with_source(aid))}**{wire}: "
                   f"{counted(len(c['unique_facts']), 'fact')} alone, "
                   f"left out {counted(len(c['missing_facts']), 'major fact')}")
        for fid in c["unique_facts"][:3]:
            # "alone" is per independent source: its copies and translations carry it too
            copies = [a for a in dict.fromkeys((facts.get(fid) or {}).get("articles") or []) if a != aid]
            also = f" (also in {_refs(view, copies)}, of the same origin)" if copies else ""
            out.append(f"  - only here{also}: {_md(shorten(own_wording(facts, fid, aid), 160))}")
        for fid in c["missing_facts"][:3]:
            out.append(f"  - left out: {_md(shorten(texts.get(fid, fid), 160))}")
    return out + [""]


def _facts_table(view: StoryView) -> list[str]:
    facts = fact_matrix(view.story, limit=25)
    if not facts:
        return []
    out = ["## Facts reported by more than one article", "",
           "| # | fact | status | independent sources | articles |", "|---|---|---|---|---|"]
    for f in facts:
        out.append(
            f"| {_md(f['id'])} | {_md(shorten(f['text'], 140))} | {_md(STATUS_LABEL.get(f['status'], f['status']))} "
            f"| {f['independent_sources']} | {_refs(view, f['articles'])} |"
        )
    return out + [""]


def _sources(view: StoryView) -> list[str]:
    out = ["## Sources", ""]
    for ws in wire_stories(view):
        refs = "".join(f"[{view.number[a]}]" for a in ws.articles)
        out.append(f"- {_md(ws.text)} {refs}")
    if len(out) > 2:
        out.append("")
    for aid, n in view.number.items():
        art = view.articles.get(aid, {})
        note = f" ({view.relation_note[aid]})" if aid in view.relation_note else ""
        # the language comes from the record: a hostile value is text, never markup
        lang = f" [{_md(art['language'])}]" if art.get("language") else ""
        out.append(f"[{n}] {_md(view.outlet_with_source(aid))} \u2014 {_md(view.article_title(aid) or 'untitled')}{lang}{note}  ")
    return out + [""]


def _thread_head(data: dict[str, Any], thread: dict[str, Any]) -> list[str]:
    """A thread brief's stories, earliest first, the main one marked."""
    out = [f"_{_md(thread_stats(thread))}:_", ""]
    for s in thread_stories(data, thread):
        main = " (main story)" if s["main"] else ""
        out.append(f"- {_md(s['days'])}: {_md(s['title'])} ({counted(s['articles'], 'article')}){main}")
    return out + [""]


def render_story(data: dict[str, Any], story: dict[str, Any]) -> str:
    view = story_view(data, story)
    lines = [f"# {_md(story.get('title') or story['id'])}", "", " \u00b7 ".join(headline_stats(story)), ""]
    if story.get("level") == "thread":
        lines.extend(_thread_head(data, story))
    for part in (_summary, _disputes, _updates, _timeline, _voices, _coverage, _facts_table, _sources):
        lines.extend(part(view))
    return "\n".join(lines)


def render(data: dict[str, Any]) -> str:
    """Every story's brief; with thread briefs (`brief --by thread`), every thread's instead."""
    parts = [render_story(data, s) for s in data.get("threads") or data.get("stories", [])]
    if data.get("skipped"):
        skipped = ["## Skipped inputs", ""] + [
            f"- {_md(s['source'])}: {_md(s['error'])}" for s in data["skipped"]
        ]
        parts.append("\n".join(skipped) + "\n")
    if not parts:
        return "_No article could be read._\n"
    return "\n---\n\n".join(parts)
