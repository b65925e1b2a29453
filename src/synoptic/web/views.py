"""Pure functions turning store JSON (the `synoptic.brief/1` shapes) into what templates draw.

Nothing here escapes or builds HTML: templates do that with autoescape on. Every span
taken from the store is re-checked against the article text before it is used.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import quote, urlsplit

from synoptic.render.json import is_dispute
from synoptic.util.text import slugify


def seg(value: object) -> str:
    """An id quoted for use as one URL path segment."""
    return quote(str(value), safe="")


def safe_url(url: str | None) -> str | None:
    """An untrusted URL usable as a link target: only absolute http(s), else None."""
    if not url or not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


# --- spans and the regions an article page highlights ---------------------------------


@dataclass
class Region:
    """A highlighted range of an article's text: merged overlapping evidence spans."""

    start: int
    end: int
    facts: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    disputed: bool = False

    @property
    def anchor(self) -> str:
        return f"s-{self.start}-{self.end}"


def _span_ok(span: object, article_id: str, text: str) -> tuple[int, int] | None:
    """(start, end) of a span of this article whose offsets match its text exactly."""
    if not isinstance(span, dict) or span.get("article") != article_id:
        return None
    start, end = span.get("start"), span.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
        return None
    if "text" in span and text[start:end] != span["text"]:
        return None
    return start, end


def _story_spans(story: dict) -> list[tuple[dict, str | None, str | None, bool]]:
    """(span, fact id, fact status, disputed) for every evidence span a story cites."""
    out: list[tuple[dict, str | None, str | None, bool]] = []
    for fact in story.get("facts") or []:
        for m in fact.get("mentions") or []:
            out.append((m, fact.get("id"), fact.get("status"), fact.get("status") == "disputed"))
    for conflict in story.get("conflicts") or []:
        for variant in conflict.get("variants") or []:
            for m in variant.get("mentions") or []:
                out.append((m, None, None, is_dispute(conflict)))
    for sentence in story.get("summary") or []:
        if isinstance(sentence.get("span"), dict):
            out.append((sentence["span"], None, None, False))
    for q in story.get("quotes") or []:
        for m in q.get("mentions") or []:
            out.append((m, None, None, False))
    return out


def article_regions(story: dict | None, article_id: str, text: str,
                    spans_by_article: dict[str, list] | None = None) -> list[Region]:
    """Non-overlapping highlight regions of one article, the same on every page that links them.

    `spans_by_article`: `_story_spans` grouped by article, when the caller does every article.
    """
    if not story:
        return []
    if spans_by_article is None:
        spans_by_article = group_spans(story)
    spans: list[tuple[int, int, str | None, str | None, bool]] = []
    for span, fact, status, disputed in spans_by_article.get(article_id, []):
        ok = _span_ok(span, article_id, text)
        if ok:
            spans.append((ok[0], ok[1], fact, status, disputed))
    spans.sort(key=lambda s: (s[0], -s[1]))
    regions: list[Region] = []
    for start, end, fact, status, disputed in spans:
        if regions and start < regions[-1].end:
            region = regions[-1]
            region.end = max(region.end, end)
        else:
            region = Region(start, end)
            regions.append(region)
        if fact and fact not in region.facts:
            region.facts.append(fact)
        if status and status not in region.statuses:
            region.statuses.append(status)
        region.disputed = region.disputed or disputed
    return regions


def group_spans(story: dict) -> dict[str, list]:
    grouped: dict[str, list] = {}
    for item in _story_spans(story):
        if isinstance(item[0], dict):
            grouped.setdefault(item[0].get("article"), []).append(item)
    return grouped


def anchor_for(regions: list[Region], start: int, end: int) -> str | None:
    """The region anchor that contains a span (regions are sorted and disjoint)."""
    for region in regions:
        if region.start <= start and end <= region.end:
            return region.anchor
        if region.start > start:
            break
    return None


@dataclass
class Segment:
    text: str
    region: Region | None = None
    heading: bool = False


def segments(text: str, regions: list[Region], headings: list | None = None) -> list[Segment]:
    """The article text cut into plain, heading and highlighted pieces, in order, losslessly."""
    cuts: list[Segment] = []
    pos = 0

    def plain(upto: int) -> None:
        nonlocal pos
        # headings only mark text outside highlight regions: elements must not overlap
        for h in sorted(headings or []):
            if not (isinstance(h, list | tuple) and len(h) == 2):
                continue
            h_start, h_end = max(int(h[0]), pos), min(int(h[1]), upto)
            if h_start >= h_end:
                continue
            if h_start > pos:
                cuts.append(Segment(text[pos:h_start]))
            cuts.append(Segment(text[h_start:h_end], heading=True))
            pos = h_end
        if upto > pos:
            cuts.append(Segment(text[pos:upto]))
            pos = upto

    for region in regions:
        plain(region.start)
        cuts.append(Segment(text[region.start : region.end], region=region))
        pos = region.end
    plain(len(text))
    return cuts


# --- the story page --------------------------------------------------------------------


def outlet_label(article: dict) -> str:
    """What to call a source: its outlet, else its site, else its file name (never a full path)."""
    if article.get("outlet"):
        return str(article["outlet"])
    url = safe_url(article.get("url"))
    if url:
        host = urlsplit(url).hostname or ""
        if host:
            return host.removeprefix("www.")
    source = str(article.get("source") or "")
    name = re.split(r"[\\/]", source.rstrip("/\\"))[-1] if source else ""
    return name or str(article.get("id") or "")


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
    by_id = {a.get("id"): a for a in brief.get("articles") or []}
    out: list[Source] = []
    grouped = group_spans(story)
    for n, aid in enumerate(story.get("articles") or [], start=1):
        art = by_id.get(aid) or {}
        text = art.get("text") or ""
        out.append(
            Source(
                number=n,
                id=aid,
                outlet=outlet_label(art) or aid,
                title=art.get("title") or "",
                language=art.get("language"),
                published=art.get("published"),
                regions=article_regions(story, aid, text, grouped),
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


def _facts_index(story: dict) -> dict:
    return {f.get("id"): f for f in story.get("facts") or []}


def _mention_in(facts: dict, fact_ids: list[str], article_id: str) -> dict | None:
    """A mention in this article of the first of the given facts that has one."""
    for fid in fact_ids:
        for m in (facts.get(fid) or {}).get("mentions") or []:
            if isinstance(m, dict) and m.get("article") == article_id:
                return m
    return None


def cite(srcs: list[Source], article_id: str, span: dict | None) -> Citation | None:
    src = next((s for s in srcs if s.id == article_id), None)
    if src is None:
        return None
    anchor = None
    if span and span.get("article") == article_id:
        anchor = anchor_for(src.regions, span.get("start", -1), span.get("end", -1))
    return Citation(src.number, src.id, src.outlet, anchor, (span or {}).get("text", ""))


def summary(brief: dict, srcs: list[Source]) -> list[dict]:
    """The brief's sentences, each with citation markers linking to the cited sentence."""
    story = brief["stories"][0]
    facts = _facts_index(story)
    out = []
    for sentence in story.get("summary") or []:
        cites = []
        for aid in sentence.get("articles") or []:
            span = sentence.get("span") if (sentence.get("span") or {}).get("article") == aid else None
            span = span or _mention_in(facts, sentence.get("facts") or [], aid)
            c = cite(srcs, aid, span)
            if c:
                cites.append(c)
        cites.sort(key=lambda c: c.number)
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
            ok = _span_ok(m, m.get("article") if isinstance(m, dict) else None, texts.get(
                m.get("article") if isinstance(m, dict) else None, ""))
            if ok:
                fact_spans.setdefault(m["article"], []).append(ok)
    out = []
    for conflict in story.get("conflicts") or []:
        sides = []
        for variant in conflict.get("variants") or []:
            mentions = [m for m in variant.get("mentions") or [] if isinstance(m, dict)]
            cites = []
            for aid in variant.get("articles") or []:
                m = next((m for m in mentions if m.get("article") == aid), None)
                c = cite(srcs, aid, m)
                if c:
                    cites.append(c)
            cites.sort(key=lambda c: c.number)
            wording, seen = [], set()
            for m in mentions:
                aid, text = m.get("article"), texts.get(m.get("article"), "")
                ok = _span_ok(m, aid, text)
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
                "imprecise": bool(conflict.get("imprecise")),
                "over_time": bool(conflict.get("over_time")),
                "sides": sides,
            }
        )
    return out


def matrix(brief: dict, srcs: list[Source], limit: int, offset: int) -> dict:
    """The source-by-fact grid: one row per fact, one column per source."""
    story = brief["stories"][0]
    facts = story.get("facts") or []
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
    return {"rows": rows, "total": len(facts), "offset": offset, "limit": limit}


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
    facts = _facts_index(story)
    entries = []
    for e in story.get("timeline") or []:
        parsed = _parse_iso(str(e.get("date", "")))
        if parsed is None:
            continue
        day, natural = parsed
        precision = e.get("precision") or natural
        label = day.strftime(_PRECISION_LABEL.get(precision, "%Y-%m-%d")).lstrip("0")
        mention = next((m for m in e.get("mentions") or [] if isinstance(m, dict)), None)
        cites = []
        for aid in e.get("articles") or []:
            span = mention if mention and mention.get("article") == aid else None
            span = span or (_mention_in(facts, [e["fact"]], aid) if e.get("fact") else None)
            c = cite(srcs, aid, span)
            if c:
                cites.append(c)
        cites.sort(key=lambda c: c.number)
        entries.append({"date": day, "iso": e.get("date"), "label": label, "text": e.get("text", ""),
                        "citations": cites, "fact": e.get("fact")})
    entries.sort(key=lambda e: e["date"])
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
    return {"entries": entries, "points": points, "width": width, "height": 110}


def people(brief: dict, srcs: list[Source]) -> list[dict]:
    """People and organizations with their roles and what they are quoted saying."""
    story = brief["stories"][0]
    quotes_by_speaker: dict[str, list[dict]] = {}
    for q in story.get("quotes") or []:
        if q.get("speaker"):
            quotes_by_speaker.setdefault(q["speaker"], []).append(q)
    out = []
    for ent in story.get("entities") or []:
        if ent.get("type") not in ("PERSON", "ORG"):
            continue
        quotes = []
        for q in quotes_by_speaker.get(ent.get("id"), []):
            mention = next((m for m in q.get("mentions") or [] if isinstance(m, dict)), None)
            cites = []
            for aid in q.get("articles") or []:
                span = mention if mention and mention.get("article") == aid else None
                c = cite(srcs, aid, span)
                if c:
                    cites.append(c)
            cites.sort(key=lambda c: c.number)
            quotes.append({"text": q.get("text", ""), "verbatim": q.get("verbatim", True), "citations": cites})
        roles = []
        for r in ent.get("roles") or []:
            numbers = sorted(s.number for s in srcs if s.id in (r.get("articles") or []))
            roles.append({"role": r.get("role", ""), "sources": numbers})
        out.append(
            {
                "id": ent.get("id"),
                "key": slugify(ent.get("name", "")),
                "name": ent.get("name", ""),
                "type": ent.get("type"),
                "aliases": [a for a in ent.get("aliases") or [] if a != ent.get("name")],
                "roles": roles,
                "quotes": quotes,
                "sources": len(ent.get("articles") or []),
            }
        )
    # people first, then by how many sources mention them
    out.sort(key=lambda p: (p["type"] != "PERSON", -len(p["quotes"]), -p["sources"]))
    return out


def origin_groups(brief: dict, srcs: list[Source]) -> list[dict]:
    """Which articles are copies of which: origins carrying more than one article."""
    story = brief["stories"][0]
    by_id = {s.id: s for s in srcs}
    out = []
    for origin in story.get("origins") or []:
        members = [by_id[a] for a in origin.get("articles") or [] if a in by_id]
        if len(members) < 2:
            continue
        evidence = []
        for pair in (origin.get("evidence") or [])[:3]:
            a, b = pair.get("a") or {}, pair.get("b") or {}
            evidence.append({"a": a.get("text", ""), "b": b.get("text", ""),
                             "similarity": pair.get("similarity")})
        out.append({"relation": origin.get("relation", "duplicate"), "members": members, "evidence": evidence})
    return out


def story_counts(story: dict) -> dict:
    """The "N articles / M independent sources / K disputes" line of a story."""
    conflicts = story.get("conflicts")
    n_conflicts = (
        len([c for c in conflicts if is_dispute(c)]) if isinstance(conflicts, list) else conflicts
    )
    articles = story.get("article_count")
    if articles is None:
        articles = len(story.get("articles") or [])
    return {
        "articles": articles,
        "independent": story.get("independent_sources", 0),
        "disputes": n_conflicts or 0,
    }
