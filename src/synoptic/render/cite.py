"""Citations of a static page that land on their sentence.

Every citation of the HTML brief (summary, disputes, timeline, people, the facts grid,
coverage) points at the words it cites in one source: a span from the brief where there is
one, else the cited words found in the source text. Each cited span is widened to the whole
sentences holding it (the pipeline's own sentence splitter), and overlapping ones merge,
so every source text is cut into disjoint highlighted regions, one anchor each, and every
citation links to the region that holds its words. Nothing here escapes or builds markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from synoptic.model import Article
from synoptic.render.view import Region, Segment, StoryView, segments, span_ok
from synoptic.text.sentences import split_sentences


@dataclass(frozen=True)
class Cite:
    """One citation marker: source `number`, and the exact span it cites in that source."""

    number: int
    article: str
    outlet: str
    start: int
    end: int
    citer: Citer = field(compare=False, repr=False)

    @property
    def href(self) -> str:
        return "#" + self.citer.anchor_of(self.article, self.start, self.end)

    @property
    def sentence(self) -> str:
        """The whole highlighted text the citation lands on (for its tooltip)."""
        start, end = self.citer.region_of(self.article, self.start, self.end)
        return " ".join(self.citer.texts[self.article][start:end].split())


def _find(text: str, phrase: str, near: list[str] = ()) -> tuple[int, int] | None:
    """A case-insensitive whole-word occurrence of `phrase` in `text`, the one closest to an
    occurrence of a `near` phrase (a role next to its holder's name) when there are several."""
    phrase = " ".join(phrase.split())
    if not phrase:
        return None
    # whitespace in the phrase matches any run of whitespace (line breaks of the source)
    body = r"\s+".join(re.escape(w) for w in phrase.split(" "))
    pattern = re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)
    hits = [m.span() for m in pattern.finditer(text)]
    if not hits:
        return None
    anchors = [m.start() for n in near if n.strip() for m in re.finditer(re.escape(n.strip()), text, re.IGNORECASE)]
    if not anchors:
        return hits[0]
    return min(hits, key=lambda h: min(abs(h[0] - a) for a in anchors))


class Citer:
    """Collects a story's citations, then cuts each source text into highlighted regions.

    Call `cite` for every citation first; `href`s resolve when the page is rendered, after
    `marked` has been asked for, or lazily on first use.
    """

    def __init__(self, view: StoryView, prefix: str) -> None:
        self.view = view
        self.prefix = prefix
        self.texts: dict[str, str] = {aid: str((view.articles.get(aid) or {}).get("text") or "")
                                      for aid in view.number}
        self._sentences: dict[str, list[tuple[int, int]]] = {}
        self._wanted: dict[str, set[tuple[int, int]]] = {}
        self._regions: dict[str, list[Region]] | None = None

    # --- collecting ------------------------------------------------------------------------

    def cite(self, article_id: str, spans: list | None = None, phrases: list[str] = (),
             near: list[str] = ()) -> Cite | None:
        """A citation of `article_id` at the first of `spans` in it (exact against its text),
        else at the first of `phrases` found there; None when the words cannot be found."""
        number = self.view.number.get(article_id)
        text = self.texts.get(article_id)
        if number is None or not text:
            return None
        found = next((ok for s in spans or [] if (ok := span_ok(s, article_id, text))), None)
        for phrase in phrases:
            if found:
                break
            found = _find(text, phrase, list(near))
        if not found:
            return None
        self._regions = None  # a new span: regions are cut again
        self._wanted.setdefault(article_id, set()).add(found)
        return Cite(number, article_id, self.view.outlet(article_id), found[0], found[1], self)

    def cites(self, article_ids: list[str] | None, spans: list | None = None, phrases: list[str] = (),
              near: list[str] = ()) -> list[Cite]:
        """One citation per article (in source order) that states the cited words."""
        out = (self.cite(aid, spans, phrases, near) for aid in dict.fromkeys(article_ids or []))
        return sorted((c for c in out if c), key=lambda c: c.number)

    # --- regions -----------------------------------------------------------------------------

    def sentences(self, article_id: str) -> list[tuple[int, int]]:
        if article_id not in self._sentences:
            art = self.view.articles.get(article_id) or {}
            record = Article(id=article_id, source="", text=self.texts.get(article_id, ""),
                             language=art.get("language"))
            self._sentences[article_id] = [(s.span.start, s.span.end) for s in split_sentences(record)]
        return self._sentences[article_id]

    def _widen(self, article_id: str, start: int, end: int) -> tuple[int, int]:
        """The whole sentences that hold text[start:end] (the span itself if none does)."""
        held = [(a, b) for a, b in self.sentences(article_id) if a < end and start < b]
        if not held:
            return start, end
        return min(start, held[0][0]), max(end, held[-1][1])

    def regions(self) -> dict[str, list[Region]]:
        if self._regions is None:
            self._regions = {}
            for aid, spans in self._wanted.items():
                merged: list[Region] = []
                for start, end in sorted(self._widen(aid, a, b) for a, b in spans):
                    if merged and start < merged[-1].end:
                        merged[-1].end = max(merged[-1].end, end)
                    else:
                        merged.append(Region(start, end))
                self._regions[aid] = merged
        return self._regions

    def region_of(self, article_id: str, start: int, end: int) -> tuple[int, int]:
        for region in self.regions().get(article_id, []):
            if region.start <= start and end <= region.end:
                return region.start, region.end
        return start, end  # not reached: every cited span was collected

    def anchor_of(self, article_id: str, start: int, end: int) -> str:
        r_start, r_end = self.region_of(article_id, start, end)
        return f"{self.prefix}s{self.view.number[article_id]}-{r_start}-{r_end}"

    def marked(self, article_id: str) -> list[tuple[Segment, str | None]]:
        """A source text cut losslessly into (segment, anchor of its region or None)."""
        text = self.texts.get(article_id, "")
        regions = self.regions().get(article_id, [])
        return [(s, self.anchor_of(article_id, s.region.start, s.region.end) if s.region else None)
                for s in segments(text, regions)]


def role_phrases(entity: dict[str, Any], role: str) -> tuple[list[str], list[str]]:
    """Where a role is written: the role words, next to the holder's name or an alias;
    failing that, the name itself."""
    names = [entity.get("name") or ""] + list(entity.get("aliases") or [])
    surnames = [n.split()[-1] for n in names if n.split()]
    return [role, *names, *surnames], names + surnames
