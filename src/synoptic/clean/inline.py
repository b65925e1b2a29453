"""Page furniture run into a line of prose: cut out, the prose kept as one line.

A scraped line may carry, besides its sentences, a wiki image's size left at its start
("150px Airbus, Europe's biggest aircraft manufacturer, ..."), a bare link in brackets
inside a sentence ("reported Monday (http://bit.ly/2cwCJjj ) a witness told police"), a
reporter's credit after its last sentence ("... police say. Michael George reports.") and a
bracketed stamp or pointer closing it ("(Published Monday, April 18, 2016)"). Each is cut
and returned with its reason (`model.REMOVAL_REASONS`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from synoptic.clean import patterns as P
from synoptic.lang.given_names import is_given_name

Judge = Callable[[str], str | None]  # a line's removal reason taken alone (`lines.classify_line`)

# a bracketed aside closing a line of prose, after its last sentence: "... investigators.
# (Published Monday, April 18, 2016)", "... Bragg Street. [See related story for more]."
_TRAILING_ASIDE = re.compile(r"(?<=[.!?…\"”’])\s+(\([^()]{3,160}\)|\[[^\[\]]{3,160}\])\.?\s*$")
# the stamp of a video or a photo embedded in the page, whose caption the line is
_MEDIA_STAMP = re.compile(r"[(\[]\s*(?:published|posted|publié|publicado|pubblicato|gepubliceerd|veröffentlicht)\b",
                          re.IGNORECASE)
# a title's capitalized words before the first lower-case one ("Police Swarm Maryland …")
_TITLE_WORDS = 4
_SMALL_WORDS = frozenset("a an the of in on at to for and or by with from as de la le el".split())
_ABBREVIATION_END = re.compile(r"\b\w\.\w\.$")
# a broadcast teaser's credit after its last sentence: "... police say. Michael George
# reports." names who tells the story, it states nothing of it
_CREDIT_TAIL = re.compile(rf"(?<=[.!?…\"”’])\s+({P.CREDIT_SENTENCE.pattern})\s*$")
# a teaser cut off with a link to the full story: "... when two people broke … Read more →";
# the link goes, the cut sentence stays with its ellipsis (it may still state a figure of
# the story: "Wilson, 14, was inside his home when ...")
_TEASER_TAIL = re.compile(
    r"(?:(?<=…)|(?<=\.\.\.))\s*((?:read more|read the full story|continue reading|"
    r"lire la suite|leer más|seguir leyendo|weiterlesen|lees verder|leggi (?:tutto|di più))\W*)$",
    re.IGNORECASE,
)
# a MediaWiki thumbnail's width left where the image was ("[[Image:x.jpg|150px]]")
_IMAGE_SIZE = re.compile(r"^(?:\d{2,4}px\s+)+(?=\S)")
# a MediaWiki image's caption left where the image was, its "[[File:...|" lost and its
# closing brackets kept ("Apple CEO Steve Jobs Credit: mylerdude]] Apple brengt ..."): what
# comes before an unopened "]]" at the line's start is the caption
_IMAGE_CAPTION = re.compile(r"^[^\[\]]{1,200}\]\]\s*(?=\S)")
# a photographer's credit run into its caption, name and outlet apart by a bare slash, at
# the line's start or after a sentence: "Andy Mai/New York Daily News The teen was
# visiting ...", "... survive. Gary Marks/GM Video Productions Authorities on the scene ..."
_GLUED_CREDIT = re.compile(r"(?:^|(?<=[.!?…\"”’] ))[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}/(?=[A-Z])")
_CAPITALIZED = re.compile(r"\s*([A-Z][\w'’.&-]*)")
_NEXT_TOKEN = re.compile(r"\s*(\S+)")
# a link alone in brackets: the page's hyperlink written out, no words of the sentence
_BRACKETED_URL = re.compile(r"\s*\(\s*(?:https?://|www\.)[^\s()]+\s*\)")


def cut_furniture(text: str, judge: Judge) -> tuple[str, list[tuple[str, str]]]:
    """The line's prose, and what was cut from it with each piece's reason (in line order)."""
    removed: list[tuple[str, str]] = []
    if m := _IMAGE_SIZE.match(text):
        removed.append((m.group().strip(), "media"))
        text = text[m.end() :]
    if m := _IMAGE_CAPTION.match(text):
        removed.append((m.group().strip(), "caption"))
        text = text[m.end() :]
    # (each pattern tried only where the line holds what its every match holds: #23)
    links = list(_BRACKETED_URL.finditer(text)) if "http" in text or "www." in text else []
    removed.extend((m.group().strip(), "navigation") for m in links)
    for m in reversed(links):
        text = text[: m.start()] + text[m.end() :]
    if "/" in text:
        text, credits = _cut_glued_credits(text)
        removed.extend((c, "caption") for c in credits)
    tail: list[tuple[str, str]] = []
    closed = text.rstrip().endswith((")", "]", ").", "]."))
    if closed and (m := _TRAILING_ASIDE.search(text)) and not _ABBREVIATION_END.search(text, 0, m.start()):
        # after "a.m." the sentence goes on: "at 8:55 a.m. (07:55 GMT)." is one statement
        reason = judge(m.group(0).strip())
        # a clock time alone glosses its sentence; a stamp carries a date
        if reason not in (None, "empty") and (reason != "dateline" or P.CALENDAR_DATE.search(m.group(0))):
            tail.append((m.group(0).strip(), reason))
            text = text[: m.start()].rstrip()
            if reason == "dateline" and _MEDIA_STAMP.match(m.group(1)) and _opens_on_a_title(text):
                # the line is another video's title and caption, the stamp dating it: "Deadly
                # Shooting Claims Live of 16-Year-Old Girl in Southeast DC News4's Derrick Ward
                # reports that … (Published Friday, Nov. 25, 2016)" (GVC train 710200) was a fact
                # of the brief; a teaser in prose ("A man is in custody after …") stays
                tail.insert(0, (text.strip(), "caption"))
                text = ""
    if ("…" in text or "..." in text) and (m := _TEASER_TAIL.search(text)):
        tail.insert(0, (m.group(1).strip(), "navigation"))
        text = text[: m.start()].rstrip()
    if m := _CREDIT_TAIL.search(text):
        tail.insert(0, (m.group(1), "byline"))
        text = text[: m.start()].rstrip()
    return text, removed + tail


def _opens_on_a_title(text: str) -> bool:
    """The line opens on a headline-cased title: `_TITLE_WORDS` capitalized words at least
    before its first lower-case word (small function words aside)."""
    caps = 0
    for word in text.split():
        core = word.strip("\"'‘’“”:()")
        if not core:
            continue
        if core[:1].islower() and core.lower() not in _SMALL_WORDS:
            break
        caps += core[:1].isupper()
    return caps >= _TITLE_WORDS


def _cut_glued_credits(text: str) -> tuple[str, list[str]]:
    """The line without the credits run into its captions, and the credits. The outlet's
    capitalized words end where the caption opens: on the last capitalized word before the
    first word in lower case ("... Daily News A 16-year-old girl ..."), or on the given name
    before it ("... Daily News Dale Weston fled ..."). A credit with no caption after it is
    left to the rules for lines."""
    credits: list[str] = []
    out: list[str] = []
    at = 0
    for m in _GLUED_CREDIT.finditer(text):
        if m.start() < at:
            continue
        words: list[re.Match[str]] = []
        pos = m.end()
        while (w := _CAPITALIZED.match(text, pos)) is not None and (not words or w.start(1) > words[-1].end(1)):
            words.append(w)
            pos = w.end()
        after = _NEXT_TOKEN.match(text, pos)
        # (the caption's second word in lower case or a number: "Crisis Line: 801-…" and
        # "District Attorney : …" are a title and a label, not a caption's opening)
        first = after.group(1)[:1] if after is not None else ""
        if len(words) < 2 or not (first.islower() or first.isdigit()) or words[-1].group(1).endswith(":"):
            continue
        opens = len(words) - 1
        if opens >= 2 and is_given_name(words[opens - 1].group(1)):
            opens -= 1
        start = words[opens].start(1)
        out.append(text[at : m.start()])
        credits.append(text[m.start() : start].strip())
        at = start
    if not credits:
        return text, []
    out.append(text[at:])
    return "".join(out), credits
