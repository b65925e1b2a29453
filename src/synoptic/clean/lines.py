"""Synoptic's own line/paragraph classifier: what is story, what is page furniture.

Three kinds of evidence, in this order:
1. the line itself against a small general vocabulary (`patterns.py`, asked in `reasons.py`);
2. its place on the page: header zone (before the first body paragraph),
   neighbours of a video notice or of a repeated headline, blocks that follow
   a comment form, a "related" list or a donation appeal;
3. the batch: lines learned as boilerplate because they recur across many
   articles (`batch.py`), passed in as `learned` keys.

Each removed line keeps a reason from `model.REMOVAL_REASONS`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from synoptic.clean import patterns as P
from synoptic.clean.inline import cut_furniture
from synoptic.clean.normalize import line_key
from synoptic.clean.reasons import _SENTENCE_END, _WORD, classify_line, words
from synoptic.settings import LineSettings

__all__ = ["Line", "classify", "classify_line", "is_body", "is_name_line", "join_wrapped", "words"]

_TERMINAL = re.compile(r"[.!?…:;。！？»\"”’')\]]\s*$")
_NAME_TOKEN = re.compile(r"^([A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž'’]+(-[A-ZÀ-ÖØ-ÞĀ-Ž]?[a-zà-öø-ÿā-ž'’]+)*|[A-Z]\.|[A-Z][a-z]?[A-Z][a-z]+|de|van|von|der|da|di|del|la|le|bin|al|ibn)$")
_LIST_ITEM = re.compile(r"^([-*•·▪►]|\d+[.)])\s")
_COMMENTS_HEADER = re.compile(
    r"^(\d+\s+)?(comments?|responses?|replies|kommentare?|commentaires?|comentarios?|commenti)(\s*\(\d+\))?\W*$|"
    r"^(leave|post|add|write) (a |your )?(reply|comment)\W*$|^join the (conversation|discussion)\W*$|"
    r"^\d+ (thoughts|responses|replies|comments) (on|to) ",
    re.I,
)
_NAME_PARTICLES = {"de", "van", "von", "der", "da", "di", "del", "la", "le", "bin", "al", "ibn"}


@dataclass
class Line:
    text: str
    number: int  # 0-based line number in the normalized input
    reason: str | None = None
    heading: bool = False
    title: bool = False

    @property
    def kept(self) -> bool:
        return self.reason is None and not self.title


def is_body(line: str, settings: LineSettings) -> bool:
    """A paragraph that is plainly story prose."""
    return words(line) >= settings.body_min_words and bool(_SENTENCE_END.search(line))


def is_headline_like(line: str, settings: LineSettings) -> bool:
    """Headlines are short and rarely end with a full stop; an opening paragraph does."""
    n = words(line)
    if not 1 <= n <= settings.headline_max_words:
        return False
    stop = line.rstrip().endswith(".") and not line.rstrip().endswith("...")
    return not (stop and n > settings.headline_stop_words)


def is_name_line(line: str, settings: LineSettings) -> bool:
    """"Mara Ilves", "Anna K. Schmidt, Reuters", "Jane Doe and John Roe": a byline without "By"."""
    if words(line) > settings.name_line_max_words:
        return False  # (asked first: a story line is long, and the split below scans it, #23)
    head = re.split(r"\s*[,|–—]\s*|\s+(?:and|und|et|y|e)\s+", line.strip())
    parts = [p for p in head if p]
    if not parts or len(parts) > settings.name_line_max_names:
        return False
    first = parts[0].split()
    if not 2 <= len(first) <= 4:
        return False
    if not all(_NAME_TOKEN.match(t) for t in first) or first[0].lower() in _NAME_PARTICLES:
        return False
    if sum(1 for t in first if t[:1].isupper()) < 2:
        return False
    return not _SENTENCE_END.search(line) or (
        line.rstrip().endswith(".")
        and len(line) < settings.name_line_stop_chars
        and words(line) <= settings.name_line_stop_words
    )


def split_furniture(line: Line, settings: LineSettings) -> list[Line]:
    """A line of prose and the furniture run into it (`inline.cut_furniture`) as lines of
    one line number: the prose, then each piece cut with its reason."""
    if line.reason is not None:
        return [line]
    prose, cut = cut_furniture(line.text, lambda text: classify_line(text, settings))
    if not cut:
        return [line]
    kept = [Line(prose, line.number)] if prose.strip() else []  # a line all teaser keeps nothing
    return kept + [Line(text, line.number, reason) for text, reason in cut]


def _address_density(text: str) -> float:
    tokens = [t.casefold() for t in _WORD.findall(text)]
    if not tokens:
        return 0.0
    return sum(1 for t in tokens if t in P.ADDRESS_WORDS) / len(tokens)


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»|„[^“”]*[“”]|‘[^’]*’(?!\w)")


def _reader_density(text: str) -> float:
    """Share of words addressing the reader, quotations left out (a quoted "we" is a source's)."""
    outside = _QUOTED.sub(" ", text)
    tokens = _WORD.findall(outside)
    if not tokens:
        return 0.0
    return len(P.READER_ADDRESS.findall(outside)) / len(tokens)


def _neighbours(lines: list[Line], i: int) -> tuple[Line | None, Line | None]:
    return (lines[i - 1] if i > 0 else None, lines[i + 1] if i + 1 < len(lines) else None)


def classify(
    texts: list[str],
    title: str | None = None,
    learned: frozenset[str] = frozenset(),
    find_title: bool = True,
    html: bool = False,
    *,
    settings: LineSettings,
) -> tuple[list[Line], str]:
    """Decide every non-blank line; returns the lines and the title (given or found).

    `texts` are normalized lines (blank ones included, they mark paragraph
    breaks); line numbers refer to their positions.
    """
    lines = [Line(t, i) for i, t in enumerate(texts) if t.strip()]
    blank_before = {ln.number: ln.number > 0 and not texts[ln.number - 1].strip() for ln in lines}

    # 1. the line alone, and the batch
    for ln in lines:
        ln.reason = classify_line(ln.text, settings)
        if ln.reason is None and learned and line_key(ln.text) in learned:
            ln.reason = "boilerplate"
    lines = [part for ln in lines for part in split_furniture(ln, settings)]

    # 2. title: given, or the first line that reads as a headline
    title_key = line_key(title) if title else ""
    if not title_key and find_title:
        for k, ln in enumerate(lines):
            if ln.reason is not None:
                continue
            # (a short Title Case headline looks like a name; as the first line it is the headline)
            if is_headline_like(ln.text, settings) or _headline_over_dateline(lines, k, blank_before, settings):
                ln.title = True
                title = ln.text
                title_key = line_key(ln.text)
            break
    for ln in lines:
        if title_key and not ln.title and ln.reason is None and _same_title(line_key(ln.text), title_key, settings):
            ln.reason = "duplicate_title"

    # 3. repeats inside the article: an image's alt text and caption come as a
    # consecutive pair; elsewhere a later copy of a line is a repeat
    counts = Counter(_exact_key(ln.text) for ln in lines)
    seen: dict[str, int] = {}
    for i, ln in enumerate(lines):
        if ln.reason is not None or ln.title:
            continue
        key = _exact_key(ln.text)
        if not key:
            continue
        prev = lines[i - 1] if i > 0 else None
        if (prev is not None and _exact_key(prev.text) == key and not _SENTENCE_END.search(ln.text)
                and not ln.text.startswith("|")):  # repeated table header rows are data
            prev.reason = "caption"
            ln.reason = "caption"
        elif (not html and key in seen and words(ln.text) >= settings.repeat_min_words and counts[key] == 2
              and not _LIST_ITEM.match(ln.text)):
            # one repeat is a pull quote or a re-run caption; a line that recurs
            # three or more times is the page's own structure (a recipe, a Q&A)
            ln.reason = "repeated"
        seen.setdefault(key, i)

    _structural(lines, settings, html)
    _mark_headings(lines, blank_before, settings)
    return lines, title or ""


def _headline_over_dateline(lines: list[Line], k: int, blank_before: dict[int, bool], settings: LineSettings) -> bool:
    """A first line ending with a full stop is a headline still when a date standing alone as
    its own paragraph follows it: "Tour de France: X is out of the race." / "Wednesday 25 July
    2007"; a lead paragraph is not followed by the day it was written."""
    if k + 1 >= len(lines) or words(lines[k].text) > settings.headline_max_words:
        return False
    nxt = lines[k + 1]
    return nxt.reason == "dateline" and blank_before.get(nxt.number, False) and nxt.number > lines[k].number


@lru_cache(maxsize=4096)  # asked ~3 times of each line
def _exact_key(text: str) -> str:
    """Repeats inside one article: same words and numbers, any case or spacing."""
    return " ".join(_WORD.findall(text.casefold()))


def _same_title(key: str, title_key: str, settings: LineSettings) -> bool:
    if key == title_key:
        return True
    # a title cut short or carrying a site suffix, never a paragraph that opens with it
    short, long_ = sorted((key, title_key), key=len)
    return (
        len(short) > settings.title_prefix_min_chars
        and long_.startswith(short)
        and len(long_) <= settings.title_suffix_factor * len(short) + settings.title_suffix_chars
    )


def _first_body(lines: list[Line], settings: LineSettings) -> int:
    for i, ln in enumerate(lines):
        if ln.kept and is_body(ln.text, settings):
            return i
    return len(lines)


def _structural(lines: list[Line], settings: LineSettings, html: bool = False) -> None:
    """Evidence from a line's place on the page."""
    body_start = _first_body(lines, settings)

    for i, ln in enumerate(lines):
        prev, nxt = _neighbours(lines, i)
        if ln.kept and is_name_line(ln.text, settings):
            near_meta = any(
                x is not None and x.reason in {"reading_time", "dateline", "byline"} for x in (prev, nxt)
            )
            if i < body_start or near_meta:
                ln.reason = "byline"
        # a short line right after a repeated headline (the image alt text) is its caption
        # (scraped text only: in HTML the extractor already dropped figures)
        if (not html and ln.kept and i < body_start + 1 and prev is not None
                and prev.reason == "duplicate_title" and words(ln.text) <= settings.alt_caption_words
                and not is_body(ln.text, settings)):
            ln.reason = "caption"

    # a fragment between two buttons of a share row is a button too ("Share this: Facebook",
    # "Google", "More", "Pinterest": a network's or a menu's name alone is no share word)
    filled = [i for i, ln in enumerate(lines) if ln.reason != "empty"]
    for k in range(1, len(filled) - 1):
        ln, prev, nxt = lines[filled[k]], lines[filled[k - 1]], lines[filled[k + 1]]
        if (ln.kept and prev.reason == nxt.reason == "sharing"
                and words(ln.text) <= settings.share_fragment_words and not is_body(ln.text, settings)):
            ln.reason = "sharing"

    # fragments around a player notice are the player's title or teaser
    notices = [i for i, ln in enumerate(lines) if ln.reason == "media"]
    for i in notices:
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines):
                other = lines[j]
                if (other.kept and words(other.text) <= settings.player_fragment_words
                        and not other.text.rstrip().endswith(".") and not is_body(other.text, settings)):
                    other.reason = "media"

    # the page ends with a run of headline-cased lines after the story's last
    # paragraph: a list of links to other stories
    last_body = max(
        (i for i, ln in enumerate(lines) if ln.kept and is_body(ln.text, settings)), default=-1
    )
    if last_body >= 0:
        tail: list[Line] = []
        for ln in reversed(lines[last_body + 1:]):
            if not ln.kept:
                continue
            if not _link_like(ln.text, settings):
                break
            tail.append(ln)
        if settings.link_tail_min <= len(tail) <= settings.link_tail_max:
            for other in tail:
                other.reason = "navigation"

    # the page opens, before the story's first paragraph, with a run of unpunctuated
    # headlines (sentence case or title case): a list of links to other stories
    run: list[Line] = []
    for ln in lines[:body_start] if body_start < len(lines) else []:
        if not ln.kept:
            continue
        if _headline_item(ln.text, settings):
            run.append(ln)
            continue
        if len(run) >= settings.link_tail_min:
            break
        run = []
    if settings.link_tail_min <= len(run) <= settings.link_tail_max:
        for other in run:
            other.reason = "navigation"

    # blocks: what follows a comment form, a "related" header or an appeal
    for i, ln in enumerate(lines):
        if ln.reason == "comments" and _COMMENTS_HEADER.match(ln.text) and i >= settings.comments_tail_share * len(lines):
            # past the story, a comments header opens the readers' section:
            # everything after it is comments and forms
            for other in lines[i + 1:]:
                if other.kept:
                    other.reason = "comments"
        elif ln.reason == "comments":
            for other in lines[i + 1:]:
                if other.kept and (words(other.text) <= settings.comment_line_words
                                   or _address_density(other.text) > settings.comment_address_density) \
                        and not is_body(other.text, settings):
                    other.reason = "comments"
                elif other.kept:
                    break
        elif (ln.reason == "navigation" and words(ln.text) <= settings.nav_header_words and i > body_start
              and not re.match(r"(https?://|www\.)", ln.text)):
            run: list[Line] = []
            for other in lines[i + 1:]:
                if other.kept and not _SENTENCE_END.search(other.text) and words(other.text) <= settings.nav_item_words:
                    run.append(other)
                elif other.kept:
                    break
            # a header's link list is a handful of items; a long list is content
            if len(run) <= settings.nav_run_max:
                for other in run:
                    other.reason = "navigation"
        elif ln.reason == "promo" and i > body_start and P.match_any(P.APPEAL, ln.text, words(ln.text)):
            # an appeal is a block of paragraphs talking to the reader ("we",
            # "you", "our" outside quotations): it extends both ways from its
            # clearest line for as long as the paragraphs keep doing so
            for other in reversed(lines[body_start + 1:i]):
                if other.reason == "promo":
                    continue
                if other.kept and _reader_density(other.text) >= settings.appeal_reader_density:
                    other.reason = "promo"
                    continue
                break
            for other in lines[i + 1:]:
                if other.kept and (
                    _reader_density(other.text) >= settings.appeal_reader_density
                    or words(other.text) <= settings.appeal_label_words
                ):
                    other.reason = "promo"
                elif other.kept:
                    break


def _title_case_share(text: str) -> float:
    long_words = [w for w in re.findall(r"[^\W\d_]{4,}", text)]
    if not long_words:
        return 0.0
    return sum(1 for w in long_words if w[0].isupper()) / len(long_words)


def _headline_item(text: str, settings: LineSettings) -> bool:
    """A headline in a list of links: unpunctuated, of headline length, not a table row."""
    return (
        settings.link_min_words <= words(text) <= settings.link_max_words
        and not _SENTENCE_END.search(text)
        and not text.lstrip().startswith("|")
    )


_YEAR = re.compile(r"\b(19|20)\d\d\b")
_OPENING_COUNT = re.compile(r"^\d+\s")
_DIGIT = re.compile(r"\d")
_DATA_MARK = re.compile(r"\s(--|–|—|@)\s|\(")


def _link_like(text: str, settings: LineSettings) -> bool:
    """A headline standing alone: short, unpunctuated, mostly Capitalized Words."""
    body = _LIST_ITEM.sub("", text)
    if not settings.link_min_words <= words(body) <= settings.link_max_words:
        return False  # (asked first: most lines are longer, #23)
    # data rows (dates, scores, "City @ Venue", "Team (Group A): 10th") are content
    # (a count opening a headline, "15 Amazing Images of Stars", is fine)
    rest = _OPENING_COUNT.sub("", _YEAR.sub("", body))
    if _DIGIT.search(rest) or _DATA_MARK.search(body):
        return False
    return not _SENTENCE_END.search(body) and _title_case_share(body) >= settings.link_title_case_share


_STOP_END = re.compile(r"[.!…]\s*[\"”’»)]?$")


def _mark_headings(lines: list[Line], blank_before: dict[int, bool], settings: LineSettings) -> None:
    """Short unpunctuated lines followed by story text are subheads (kept, not facts); so is
    a longer headline-cased one, a related story's headline run into the page ("UPDATE: Teen
    Charged in Shooting Death of Friend: "I Don't Know Why I Played With That Gun"")."""
    kept = [ln for ln in lines if ln.kept]
    for i, ln in enumerate(kept):
        n = words(ln.text)
        headline = n <= settings.subhead_max_words or _link_like(ln.text, settings)
        if not (1 <= n and headline) or i + 1 >= len(kept):
            continue
        stripped = ln.text.rstrip()
        if stripped.endswith((",", ";")) or _STOP_END.search(stripped):
            continue
        nxt = kept[i + 1]
        if nxt.number == ln.number + 1 and _continues(ln.text, nxt.text, settings):
            continue  # a hard-wrapped sentence, not a subhead
        if words(nxt.text) > n and (is_body(nxt.text, settings) or words(nxt.text) >= settings.subhead_next_words):
            ln.heading = True


def _continues(prev: str, nxt: str, settings: LineSettings) -> bool:
    """Does `nxt` carry on the sentence `prev` broke off (a hard line wrap)?"""
    if nxt[:1].islower():
        return True
    # a long line broken after a lower-case word or comma: wrapped prose
    return words(prev) >= settings.wrap_min_words and bool(re.search(r"(\b[a-zà-ÿ]+|,)$", prev)) and not _LIST_ITEM.match(nxt)


def join_wrapped(lines: list[Line], texts: list[str], settings: LineSettings) -> list[list[Line]]:
    """Paragraphs of kept lines; a hard-wrapped sentence ("...in Brussels" / "with the...") is rejoined."""
    paragraphs: list[list[Line]] = []
    prev: Line | None = None
    for ln in lines:
        if not ln.kept:
            continue
        if (prev is not None and not prev.heading and not ln.heading and ln.number == prev.number + 1
                and not _TERMINAL.search(prev.text) and _continues(prev.text, ln.text, settings)):
            paragraphs[-1].append(ln)
        else:
            paragraphs.append([ln])
        prev = ln
    return paragraphs
