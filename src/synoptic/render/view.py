"""The one view of a story's brief that Markdown, the HTML page and the web app draw.

Everything works from the `synoptic.brief/1` dict, so a stored brief renders exactly like
a fresh one: citation numbers, what to call a source, which conflicts are disputes, who
said what, and the highlighted regions of an article's text. Nothing here escapes or
builds markup; each face escapes for its own format. Every span taken from a dict is
re-checked against the article text before it is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit

from synoptic.model import Conflict

STATUS_LABEL = {
    "corroborated": "corroborated",
    "single_source": "single source",
    "disputed": "disputed",
}


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


UNKNOWN_OUTLET = "unknown outlet"


def outlet_label(article: dict[str, Any]) -> str:
    """What to call a source's outlet: its name, else its domain or site; "unknown outlet"
    when nothing says who published it (a file name is a source, never an outlet)."""
    if article.get("outlet"):
        return str(article["outlet"])
    if article.get("outlet_id"):
        return str(article["outlet_id"])
    url = safe_url(article.get("url"))
    if url:
        host = urlsplit(url).hostname or ""
        if host:
            return host.removeprefix("www.")
    return UNKNOWN_OUTLET


def source_name(article: dict[str, Any]) -> str:
    """The source of an article whose outlet is unknown: its file name (never a full path);
    "" when the outlet is known (the outlet names it)."""
    if outlet_label(article) != UNKNOWN_OUTLET:
        return ""
    source = str(article.get("source") or "")
    name = re.split(r"[\\/]", source.rstrip("/\\"))[-1] if source else ""
    return name or str(article.get("id") or "")


def joined(items: list[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


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
        return outlet_label(self.articles.get(article_id, {})) or article_id

    def source(self, article_id: str) -> str:
        """The file name of an article of unknown outlet, shown beside "unknown outlet"."""
        return source_name(self.articles.get(article_id, {}))

    def outlet_with_source(self, article_id: str) -> str:
        """"France 24"; "unknown outlet (003_x.txt)" when only the source file says anything."""
        source = self.source(article_id)
        return f"{self.outlet(article_id)} ({source})" if source else self.outlet(article_id)

    def article_title(self, article_id: str) -> str:
        """Its headline, else its lead cut to one (a file name says nothing of the news)."""
        from synoptic.write.headline import text_headline  # (text.sentences: ~0.5 s to import)
        art = self.articles.get(article_id, {})
        return str(art.get("title") or "") or text_headline(str(art.get("text") or ""), art.get("language"))

    def wire_note(self, article_id: str) -> str:
        """"AFP story" for a member of a wire story's origin, else ""."""
        own = self.articles.get(article_id, {}).get("outlet_id")
        for story in wire_stories(self):
            if article_id in story.articles and not (own and own == story.agency_id):
                return f"{story.agency} story"
        return ""


@dataclass
class WireStory:
    """An origin whose members credit a wire agency: "AFP story, carried by France 24 and Barron's"."""

    agency: str
    agency_id: str | None
    articles: list[str]  # the members, citation order
    carriers: list[str]  # outlets that carried it, the agency itself left out

    @property
    def text(self) -> str:
        carried = f", carried by {joined(self.carriers)}" if self.carriers else ""
        return f"{self.agency} story{carried}"


def wire_stories(view: StoryView) -> list[WireStory]:
    out = []
    for origin in view.story.get("origins") or []:
        agency = origin.get("agency_name")
        members = [a for a in origin.get("articles") or [] if a in view.number]
        if not agency or not members:
            continue
        carriers: list[str] = []
        for aid in sorted(members, key=view.number.__getitem__):
            art = view.articles.get(aid, {})
            if origin.get("agency_id") and art.get("outlet_id") == origin.get("agency_id"):
                continue  # the agency's own copy
            label = view.outlet(aid)
            if label not in carriers:
                carriers.append(label)
        out.append(WireStory(agency, origin.get("agency_id"), sorted(members, key=view.number.__getitem__), carriers))
    return out


@dataclass
class Copies:
    """Articles of the story that are copies of one report (an origin with two or more)."""

    relation: str  # duplicate | syndicated | translated
    articles: list[str]
    origin: dict[str, Any]


def copies(story: dict[str, Any]) -> list[Copies]:
    ids = set(story.get("articles") or [])
    out = []
    for origin in story.get("origins") or []:
        members = [a for a in origin.get("articles") or [] if a in ids]
        if len(members) >= 2:
            out.append(Copies(origin.get("relation") or "duplicate", members, origin))
    return out


def story_view(data: dict[str, Any], story: dict[str, Any]) -> StoryView:
    by_id = {a["id"]: a for a in data.get("articles") or []}
    number = {aid: n for n, aid in enumerate(story.get("articles") or [], start=1)}
    notes: dict[str, str] = {}
    for group in copies(story):
        for aid in group.articles:
            others = ", ".join(f"[{number[o]}]" for o in group.articles if o != aid)
            notes[aid] = f"{group.relation} with {others}"
    names = {e["id"]: e["name"] for e in story.get("entities") or []}
    return StoryView(story, by_id, number, notes, names)


def counted(n: int, noun: str) -> str:
    """"1 fact", "3 facts": a count with its noun (plural by an s)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


# --- conflicts: a dispute, a figure that grew over time, or a precision difference ---------

ConflictNature = Literal["dispute", "update", "precision"]


def conflict_nature(conflict: dict[str, Any]) -> ConflictNature:
    """How to show a conflict: the sources disagree (`Conflict.is_dispute`), a figure grew
    from one publication date to the next, or two values differ only in precision."""
    if Conflict.dict_is_dispute(conflict):
        return "dispute"
    return "precision" if conflict.get("imprecise") else "update"


def disputes(story: dict[str, Any]) -> list[dict[str, Any]]:
    """Conflicts the sources really have: not a precision difference, not an update."""
    return [c for c in story.get("conflicts") or [] if conflict_nature(c) == "dispute"]


def updates(story: dict[str, Any]) -> list[dict[str, Any]]:
    """Figures that grew from one publication date to the next (their variants in date order)."""
    return [c for c in story.get("conflicts") or [] if conflict_nature(c) == "update"]


def dispute_count(story: dict[str, Any]) -> int:
    """How many disputes a story has; a store's story list gives the count itself."""
    conflicts = story.get("conflicts")
    return len(disputes(story)) if isinstance(conflicts, list) else conflicts or 0


def independent_count(story: dict[str, Any]) -> int:
    """The story's independent sources: given, else its origins, else its articles."""
    given = story.get("independent_sources")
    return given if given is not None else len(story.get("origins") or story.get("articles") or [])


def headline_stats(story: dict[str, Any]) -> list[str]:
    """"5 articles · 4 independent sources · 2 disputes · reference date …"."""
    parts = [counted(len(story.get("articles") or []), "article")]
    indep = story.get("independent_sources")
    if indep is not None:
        parts.append(counted(indep, "independent source"))
    parts.append(counted(dispute_count(story), "dispute"))
    if story.get("reference_date"):
        inferred = " (inferred)" if story.get("reference_date_inferred") else ""
        parts.append(f"reference date {story['reference_date']}{inferred}")
    return parts


def thread_stories(data: dict[str, Any], thread: dict[str, Any]) -> list[dict[str, Any]]:
    """A thread brief's stories, earliest first: id, title, days, articles, whether main."""
    by_id = {s.get("id"): s for s in data.get("stories") or []}
    out = []
    for sid in thread.get("stories") or []:
        s = by_id.get(sid) or {}
        days = sorted(a["published"] for a in data.get("articles") or []
                      if a.get("id") in set(s.get("articles") or []) and a.get("published"))
        span = f"{days[0]} – {days[-1]}" if days and days[0] != days[-1] else (days[0] if days else "no date")
        out.append({"id": sid, "title": s.get("title") or sid, "days": span,
                    "articles": len(s.get("articles") or []), "main": sid == thread.get("main_story")})
    return out


def thread_stats(thread: dict[str, Any]) -> str:
    """"A developing topic: 3 stories, 2011-03-11 – 2011-04-02"."""
    first, last = thread.get("first_day"), thread.get("last_day")
    days = f", {first} – {last}" if first and last and first != last else (f", {first}" if first else "")
    n = len(thread.get("stories") or [])
    return f"A developing topic: {n} {'story' if n == 1 else 'stories'}{days}"


# --- facts and words ----------------------------------------------------------------------


def fact_matrix(story: dict[str, Any], limit: int = 40) -> list[dict[str, Any]]:
    """Facts reported by two or more articles, or disputed, most corroborated first.

    Single-source facts are many; they show in each outlet's coverage instead.
    """
    facts = [
        f
        for f in story.get("facts") or []
        if len(f.get("articles") or []) >= 2 or f.get("status") == "disputed"
    ]
    facts.sort(key=lambda f: (-f.get("independent_sources", 0), -len(f.get("articles") or [])))
    return facts[:limit]


def fact_texts(story: dict[str, Any]) -> dict[str, str]:
    return {f["id"]: f["text"] for f in story.get("facts") or []}


def facts_index(story: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f.get("id"): f for f in story.get("facts") or []}


def mention_in(facts: dict[str, dict[str, Any]], fact_ids: list[str], article_id: str) -> dict | None:
    """A mention in this article of the first of the given facts that has one."""
    for fid in fact_ids:
        for m in (facts.get(fid) or {}).get("mentions") or []:
            if isinstance(m, dict) and m.get("article") == article_id:
                return m
    return None


def own_wording(facts: dict[str, dict[str, Any]], fact_id: str, article_id: str) -> str:
    """A fact as one article words it (what that outlet "alone reported", in its own
    language and words); the fact's text when the article has no mention of it."""
    mention = mention_in(facts, [fact_id], article_id)
    if mention and mention.get("text"):
        return str(mention["text"])
    return str((facts.get(fact_id) or {}).get("text", fact_id))


def summary_span(sentence: dict[str, Any], facts: dict[str, dict[str, Any]], article_id: str) -> dict | None:
    """The words a brief's sentence cites in one article: the sentence itself where it was
    taken from that article, else the first mention there of a fact it states."""
    span = sentence.get("span")
    if isinstance(span, dict) and span.get("article") == article_id:
        return span
    return mention_in(facts, sentence.get("facts") or [], article_id)


def _cut_words(text: str, limit: int) -> str:
    """Whole words of `text` within `limit` characters (an unspaced script's run is cut)."""
    head = text[: limit + 1]
    if len(text) > limit and " " in head[1:]:
        head = head[: head.rstrip().rfind(" ")] if not head.endswith(" ") else head
    return head[:limit].rstrip(" ,;:–—-")


def shorten(text: str, limit: int = 160, around: str | None = None) -> str:
    """`text` cut to `limit` characters with an ellipsis; a window around the phrase `around`
    when it would be cut off (a timeline entry shows the words that give its date)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    phrase = " ".join((around or "").split())
    at = text.find(phrase) if phrase else -1
    if at < 0 or at + len(phrase) <= limit - 1:
        return _cut_words(text, limit - 1) + "…"
    # centre the phrase, on word boundaries, with room for both ellipses
    start = max(0, min(at - (limit - 2 - len(phrase)) // 2, len(text) - (limit - 2)))
    if start > 0 and text[start - 1] != " ":
        start = text.find(" ", start) + 1 or start
    window = text[start : start + limit - 2]
    if start + limit - 2 < len(text):
        window = window[: window.rfind(" ")] if " " in window else window
        return "…" + window.strip() + "…"
    return "…" + window.strip()


# --- who said what --------------------------------------------------------------------------


@dataclass
class Voice:
    """One entry of "Who said what": an entity (with roles) or a speaker named only as written."""

    name: str
    entity: dict[str, Any] | None
    quotes: list[dict[str, Any]]


def voices(view: StoryView, limit: int | None, types: tuple[str, ...] = ("PERSON",),
           only_heard: bool = True) -> list[Voice]:
    """The entities of these `types` (with a role or a quote when `only_heard`; at most
    `limit`, most covered first), each with their quotes; then every other quote under its
    speaker's name, one entry a name, so none is lost."""
    by_speaker: dict[str | None, list[dict[str, Any]]] = {}
    for q in view.story.get("quotes") or []:
        by_speaker.setdefault(q.get("speaker"), []).append(q)
    listed = [e for e in view.story.get("entities") or []
              if e.get("type") in types and (not only_heard or e.get("roles") or e["id"] in by_speaker)]
    out = [Voice(e["name"], e, by_speaker.pop(e["id"], [])) for e in listed[:limit]]
    leftover: dict[str, list[dict[str, Any]]] = {}
    for speaker, qs in by_speaker.items():
        for q in qs:
            name = view.entity_names.get(speaker, speaker) if speaker else q.get("speaker_name")
            leftover.setdefault(name or "unattributed", []).append(q)
    return out + [Voice(name, None, qs) for name, qs in leftover.items()]


# --- spans, and the regions of an article's text that a page highlights ----------------------


def span_ok(span: object, article_id: str | None, text: str) -> tuple[int, int] | None:
    """(start, end) of a span of this article whose offsets match its text exactly."""
    if not isinstance(span, dict) or span.get("article") != article_id:
        return None
    start, end = span.get("start"), span.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(text):
        return None
    if "text" in span and text[start:end] != span["text"]:
        return None
    return start, end


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


def _story_spans(story: dict) -> list[tuple[dict, str | None, str | None, bool]]:
    """(span, fact id, fact status, disputed) for every evidence span a story cites."""
    out: list[tuple[dict, str | None, str | None, bool]] = []
    for fact in story.get("facts") or []:
        for m in fact.get("mentions") or []:
            out.append((m, fact.get("id"), fact.get("status"), fact.get("status") == "disputed"))
    for conflict in story.get("conflicts") or []:
        for variant in conflict.get("variants") or []:
            for m in variant.get("mentions") or []:
                out.append((m, None, None, Conflict.dict_is_dispute(conflict)))
    for sentence in story.get("summary") or []:
        if isinstance(sentence.get("span"), dict):
            out.append((sentence["span"], None, None, False))
    for q in story.get("quotes") or []:
        for m in q.get("mentions") or []:
            out.append((m, None, None, False))
    return out


def group_spans(story: dict) -> dict[str, list]:
    """`_story_spans` by article id."""
    grouped: dict[str, list] = {}
    for item in _story_spans(story):
        if isinstance(item[0], dict):
            grouped.setdefault(item[0].get("article"), []).append(item)
    return grouped


def article_regions(story: dict | None, article_id: str, text: str,
                    spans_by_article: dict[str, list] | None = None) -> list[Region]:
    """Non-overlapping highlight regions of one article, the same on every page that links them.

    `spans_by_article`: `group_spans(story)`, when the caller does every article.
    """
    if not story:
        return []
    if spans_by_article is None:
        spans_by_article = group_spans(story)
    spans: list[tuple[int, int, str | None, str | None, bool]] = []
    for span, fact, status, disputed in spans_by_article.get(article_id, []):
        ok = span_ok(span, article_id, text)
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
    """The article text cut into plain, heading and highlighted pieces, in order, losslessly
    (`regions` sorted and disjoint)."""
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
