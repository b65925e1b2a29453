"""What the web pages draw on top of the one view of a story (`synoptic.render.view`):
links into the app (article pages, anchors of highlighted sentences), the paged
source-by-fact grid, the timeline chart, and each dispute's wording in context.

Nothing here escapes or builds HTML: templates do that with autoescape on. Every span
taken from the store is re-checked against the article text before it is used.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from urllib.parse import quote

from synoptic.render.roles_shown import roles_shown
from synoptic.render.view import (
    Region,
    anchor_for,
    article_regions,
    conflict_nature,
    copies,
    dispute_count,
    facts_index,
    group_spans,
    mention_in,
    own_wording,
    span_ok,
    story_view,
    summary_span,
    voices,
    wire_stories,
)
from synoptic.util.text import slugify


@lru_cache(maxsize=8192)
def seg(value: object) -> str:
    """An id quoted for use as one URL path segment (kept: a story page links its few
    articles hundreds of times)."""
    return quote(str(value), safe="")


_SENT_END = re.compile("[.!?][\"'\u201d\u2019)\\]]*\\s+")
_ABBREV = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col", "no", "vs", "prof"}


def _is_sentence_end(text: str, m: re.Match) -> bool:
    """Punctuation then space ends a sentence unless it follows an initial or an abbreviation."""
    word = re.search(r"(\S+)$", text[: m.start()])
    token = word.group(1) if word else ""
    if len(token) == 1 and token.isupper() or "." in token or token.lower() in _ABBREV:
        return False
    following = text[m.end() : m.end() + 1]
    return not following.islower()


def in_context(text: str, start: int, end: int, limit: int = 320,
               sentences: list[tuple[int, int]] | None = None) -> dict:
    """The sentence around text[start:end], split as before / hit / after, for showing wording.

    `sentences`: known sentence spans (the story's fact mentions); the smallest one holding
    the hit is used, else the sentence is found by punctuation within the paragraph.
    """
    holding = [(a, b) for a, b in sentences or [] if a <= start and end <= b]
    if holding:
        left, right = min(holding, key=lambda ab: ab[1] - ab[0])
    else:
        para_start = text.rfind("\n", 0, start) + 1
        para_end = text.find("\n", end)
        para_end = len(text) if para_end < 0 else para_end
        left = para_start
        for m in _SENT_END.finditer(text, para_start, start):
            if _is_sentence_end(text, m):
                left = m.end()
        right = para_end
        for m in _SENT_END.finditer(text, end, para_end):
            if _is_sentence_end(text, m):
                right = m.start() + 1
                break
    before, after = text[left:start], text[end:right]
    if len(before) > limit // 2:
        before = "\u2026" + before[-(limit // 2):]
    if len(after) > limit // 2:
        after = after[: limit // 2] + "\u2026"
    return {"before": before, "hit": text[start:end], "after": after}


@dataclass
class Source:
    number: int
    id: str
    outlet: str
    title: str
    language: str | None
    published: str | None
    regions: list[Region]


def sources(brief: dict) -> list[Source]:
    """The story's articles, numbered as its citation markers are."""
    story = brief["stories"][0]
    view = story_view(brief, story)
    grouped = group_spans(story)
    out: list[Source] = []
    for aid, n in view.number.items():
        art = view.articles.get(aid) or {}
        out.append(
            Source(
                number=n,
                id=aid,
                outlet=view.outlet_with_source(aid),
                title=view.article_title(aid),
                language=art.get("language"),
                published=art.get("published"),
                regions=article_regions(story, aid, art.get("text") or "", grouped),
            )
        )
    return out


@dataclass
class Citation:
    number: int
    article: str
    outlet: str
    anchor: str | None
    quote: str = ""  # the cited words, for the tooltip

    @property
    def href(self) -> str:
        return f"/articles/{seg(self.article)}" + (f"#{self.anchor}" if self.anchor else "")


def cite(srcs: list[Source], article_id: str, span: dict | None) -> Citation | None:
    src = next((s for s in srcs if s.id == article_id), None)
    if src is None:
        return None
    anchor = None
    if span and span.get("article") == article_id:
        anchor = anchor_for(src.regions, span.get("start", -1), span.get("end", -1))
    return Citation(src.number, src.id, src.outlet, anchor, (span or {}).get("text", ""))


def citations(srcs: list[Source], article_ids: list[str] | None, span_in) -> list[Citation]:
    """The citation markers of these articles in source order; `span_in(article id)` gives
    the words cited there (or None: the marker links to the article)."""
    found = (cite(srcs, aid, span_in(aid)) for aid in article_ids or [])
    return sorted((c for c in found if c), key=lambda c: c.number)


def _first_in(mentions: list | None):
    """`span_in` for a thing cited by its first mention: that span in its article, nothing elsewhere."""
    first = next((m for m in mentions or [] if isinstance(m, dict)), None)
    return lambda aid: first if first and first.get("article") == aid else None


def summary(brief: dict, srcs: list[Source]) -> list[dict]:
    """The brief's sentences, each with citation markers linking to the cited sentence."""
    story = brief["stories"][0]
    facts = facts_index(story)
    out = []
    for sentence in story.get("summary") or []:
        cites = citations(srcs, sentence.get("articles"), lambda aid, s=sentence: summary_span(s, facts, aid))
        out.append({"text": sentence.get("text", ""), "citations": cites, "facts": sentence.get("facts") or []})
    return out


def disputes(brief: dict, srcs: list[Source]) -> list[dict]:
    """Each conflict with every side's value, its wording in each source and the outlets."""
    story = brief["stories"][0]
    texts = {a.get("id"): a.get("text") or "" for a in brief.get("articles") or []}
    numbers = {s.id: s.number for s in srcs}
    fact_spans: dict[str, list[tuple[int, int]]] = {}
    for fact in story.get("facts") or []:
        for m in fact.get("mentions") or []:
            aid = m.get("article") if isinstance(m, dict) else None
            ok = span_ok(m, aid, texts.get(aid, ""))
            if ok:
                fact_spans.setdefault(m["article"], []).append(ok)
    out = []
    for conflict in story.get("conflicts") or []:
        sides = []
        for variant in conflict.get("variants") or []:
            mentions = [m for m in variant.get("mentions") or [] if isinstance(m, dict)]
            cites = citations(srcs, variant.get("articles"),
                              lambda aid, ms=mentions: next((m for m in ms if m.get("article") == aid), None))
            wording, seen = [], set()
            for m in mentions:
                aid, text = m.get("article"), texts.get(m.get("article"), "")
                ok = span_ok(m, aid, text)
                if not ok:
                    continue
                shown = in_context(text, *ok, sentences=fact_spans.get(aid))
                key = (shown["before"] + shown["hit"] + shown["after"]).strip().lower()
                if key in seen:
                    continue
                seen.add(key)
                wording.append(dict(shown, number=numbers.get(aid)))
            sides.append({"value": variant.get("value", ""), "citations": cites, "wording": wording})
        out.append(
            {
                "id": conflict.get("id"),
                "kind": conflict.get("kind", "claim"),
                "topic": conflict.get("topic", ""),
                "majority": conflict.get("majority"),
                "nature": conflict_nature(conflict),  # dispute | update | precision
                "imprecise": bool(conflict.get("imprecise")),
                "over_time": bool(conflict.get("over_time")),
                "sides": sides,
            }
        )
    return out


def folded(text: str) -> str:
    """Text for matching typed words: case- and accent-folded ("Haïti" finds "haiti")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fact_matches(fact: dict, words: list[str], status: str | None) -> bool:
    """A fact whose text holds every typed word (folded), of the status asked for if any."""
    if status and fact.get("status") != status:
        return False
    text = folded(str(fact.get("text") or ""))
    return all(w in text for w in words)


def matrix(brief: dict, srcs: list[Source], limit: int, offset: int,
           query: str | None = None, status: str | None = None) -> dict:
    """The source-by-fact grid: one row per fact, one column per source; filtered by the
    typed words and the status over ALL the story's facts, then paged."""
    story = brief["stories"][0]
    facts = story.get("facts") or []
    words = folded(query or "").split()
    if words or status:
        facts = [f for f in facts if fact_matches(f, words, status)]
    rows = []
    for fact in facts[offset : offset + limit]:
        cells = []
        mentions = fact.get("mentions") or []
        in_articles = set(fact.get("articles") or [])
        for src in srcs:
            m = next((m for m in mentions if isinstance(m, dict) and m.get("article") == src.id), None)
            if src.id in in_articles or m:
                cells.append(cite(srcs, src.id, m))
            else:
                cells.append(None)
        rows.append(
            {
                "id": fact.get("id"),
                "text": fact.get("text", ""),
                "status": fact.get("status", "single_source"),
                "independent_sources": fact.get("independent_sources", 1),
                "cells": cells,
            }
        )
    return {"rows": rows, "total": len(facts), "offset": offset, "limit": limit,
            "all": len(story.get("facts") or []), "query": query or "", "status": status or ""}


def coverage(brief: dict, srcs: list[Source]) -> list[dict]:
    """Per source: the facts it alone reported (cited in it) and the major facts it left out
    (cited where the other sources report them)."""
    story = brief["stories"][0]
    facts = facts_index(story)
    by_id = {s.id: s for s in srcs}
    names = {e.get("id"): e.get("name") for e in story.get("entities") or [] if e.get("name")}
    out = []
    for c in story.get("coverage") or []:
        src = by_id.get(c.get("article"))
        if src is None:
            continue

        def item(fid: str, cited: list[str] | None, own: str | None = None) -> dict:
            fact = facts.get(fid) or {}
            text = own_wording(facts, fid, own) if own else fact.get("text", fid)
            return {"id": fid, "text": text, "status": fact.get("status"),
                    "citations": citations(srcs, cited, lambda aid, f=fid: mention_in(facts, [f], aid))}

        out.append({"source": src,
                    "alone": [item(fid, [src.id], src.id) for fid in c.get("unique_facts") or []],
                    "missing": [item(fid, (facts.get(fid) or {}).get("articles")) for fid in c.get("missing_facts") or []],
                    "quoted": [names[e] for e in c.get("quoted") or [] if e in names]})
    return out


_PRECISION_LABEL = {"year": "%Y", "month": "%b %Y", "day": "%d %b %Y"}


def _parse_iso(value: str) -> tuple[date, str] | None:
    parts = (value or "").split("-")
    try:
        if len(parts) == 1:
            return date(int(parts[0]), 1, 1), "year"
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1), "month"
        return date(int(parts[0]), int(parts[1]), int(parts[2][:2])), "day"
    except (ValueError, IndexError):
        return None


def timeline(brief: dict, srcs: list[Source]) -> dict:
    """Timeline entries plus the geometry of its inline SVG chart.

    Distinct dates are spaced evenly, not to scale: stories mix years-old background
    with hour-by-hour events, and a linear axis would pile the recent ones together.
    """
    story = brief["stories"][0]
    facts = facts_index(story)
    entries = _entries(story.get("timeline") or [], srcs, facts)
    dates = sorted({e["date"] for e in entries})
    width, left, right = 960, 50, 50
    step = (width - left - right) / max(1, len(dates) - 1)
    x_of = {d: left + i * step if len(dates) > 1 else width / 2 for i, d in enumerate(dates)}
    points = []
    for n, e in enumerate(entries, start=1):
        e["n"] = n
    every = max(1, math.ceil(len(dates) / 12))  # thin the date labels of a crowded axis
    for i, d in enumerate(dates):
        here = [e for e in entries if e["date"] == d]
        count = sum(len(e["citations"]) for e in here) or 1
        points.append(
            {
                "x": round(x_of[d], 1),
                "r": round(5 + 3 * math.sqrt(count - 1), 1),
                "label": here[0]["label"] if i % every == 0 or i == len(dates) - 1 else "",
                "full_label": here[0]["label"],
                "count": len(here),
                "title": " | ".join(e["text"] for e in here)[:400],
                "row": i % 2,
                "anchor": f"t-{here[0]['n']}",
                "n": here[0]["n"],
            }
        )
    # what came before the story's days, and what its sources say lies ahead: listed
    # under the chart, folded, never on its axis
    return {"entries": entries, "points": points, "width": width, "height": 110,
            "background": _entries(story.get("background") or [], srcs, facts),
            "ahead": _entries(story.get("ahead") or [], srcs, facts)}


def _entries(items: list[dict], srcs: list[Source], facts: dict) -> list[dict]:
    """Timeline entries with their labels and citations, in date order."""
    entries = []
    for e in items:
        parsed = _parse_iso(str(e.get("date", "")))
        if parsed is None:
            continue
        day, natural = parsed
        precision = e.get("precision") or natural
        label = day.strftime(_PRECISION_LABEL.get(precision, "%Y-%m-%d")).lstrip("0")
        first = _first_in(e.get("mentions"))
        fact = [e["fact"]] if e.get("fact") else []
        cites = citations(srcs, e.get("articles"), lambda aid, f=first, k=fact: f(aid) or mention_in(facts, k, aid))
        entries.append({"date": day, "iso": e.get("date"), "label": label, "text": e.get("text", ""),
                        "citations": cites, "fact": e.get("fact")})
    entries.sort(key=lambda e: e["date"])
    return entries


def people(brief: dict, srcs: list[Source]) -> list[dict]:
    """People and organizations with their roles and what they are quoted saying; then
    the quotes of other speakers under their names, so none is lost."""
    story = brief["stories"][0]
    view = story_view(brief, story)
    out = []
    for voice in voices(view, None, types=("PERSON", "ORG"), only_heard=False):
        ent = voice.entity or {}
        quotes = []
        for q in voice.quotes:
            cites = citations(srcs, q.get("articles"), _first_in(q.get("mentions")))
            quotes.append({"text": q.get("text", ""), "verbatim": q.get("verbatim", True), "citations": cites})
        out.append(
            {
                "id": ent.get("id"),
                "key": slugify(voice.name) if voice.entity else None,  # entity pages exist for entities only
                "name": voice.name,
                "type": ent.get("type"),
                "aliases": [a for a in ent.get("aliases") or [] if a != voice.name],
                "roles": [{"role": r.get("role", ""), "sources": view.cite(r.get("articles") or [])}
                          for r in roles_shown(view, ent)],
                "quotes": quotes,
                "sources": len(ent.get("articles") or []),
            }
        )
    # people first, then by how many sources mention them
    out.sort(key=lambda p: (p["type"] != "PERSON", -len(p["quotes"]), -p["sources"]))
    return out


def origin_groups(brief: dict, srcs: list[Source]) -> list[dict]:
    """Which articles are copies of which, with a few of the sentence pairs that show it."""
    by_id = {s.id: s for s in srcs}
    # "AFP story, carried by France 24 and Barron's" where a member credits the agency
    wire = {frozenset(w.articles): w.text for w in wire_stories(story_view(brief, brief["stories"][0]))}
    out = []
    for group in copies(brief["stories"][0]):
        evidence = []
        for pair in (group.origin.get("evidence") or [])[:3]:
            a, b = pair.get("a") or {}, pair.get("b") or {}
            evidence.append({"a": a.get("text", ""), "b": b.get("text", ""),
                             "similarity": pair.get("similarity")})
        out.append({"relation": group.relation, "members": [by_id[a] for a in group.articles], "evidence": evidence,
                    "wire": wire.get(frozenset(group.articles))})
    return out


def story_counts(story: dict) -> dict:
    """The "N articles / M independent sources / K disputes" line of a story."""
    articles = story.get("article_count")
    if articles is None:
        articles = len(story.get("articles") or [])
    return {
        "articles": articles,
        "independent": story.get("independent_sources", 0),
        "disputes": dispute_count(story),
        # its brief is still to build: sources and disputes not known yet (never shown as 0)
        "pending": bool(story.get("brief_pending")),
    }
