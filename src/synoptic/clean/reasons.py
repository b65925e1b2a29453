"""What a line says taken alone (`classify_line`): the first kind of evidence of the line
classifier (`lines.py`), the line against the general vocabulary of `patterns.py`."""

from __future__ import annotations

import re
from functools import lru_cache

from synoptic.clean import patterns as P
from synoptic.clean.widgets import flattened_widget
from synoptic.settings import LineSettings

_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…。！？]\s*[\"”’»)]?\s*$")
# the publisher speaking about itself ("our newsletter", "delivered to your inbox")
_WE_OUR = re.compile(r"\b(our|us|we|unsere?n?|notre|nos|nuestr[oa]s?|nostr[oa])\b", re.I)
# a sentence that is an order to sign up ("Sign up for X today to get ...")
_IMPERATIVE_PITCH = re.compile(r"(^|[.!?]\s+)(sign up|subscribe|register|donate|join|become a member)\b", re.I)
_WHOLE_ASIDE = re.compile(r"^\s*(?:\(([^()]{3,160})\)|\[([^\[\]]{3,160})\])\.?\s*$")


@lru_cache(maxsize=4096)  # asked ~4 times of each line by the rules (#23: a tenth of cleaning)
def words(line: str) -> int:
    return len(_WORD.findall(line))


# arrows and bullets that mark a link or a menu item ("►Related: ..."): no part of what the
# line says ("»" and "«" are left alone: they open quotes in German)
_LEAD_GLYPHS = re.compile(r"^[\s►▶▸▹→➔➤•·▪■◆◾◼]+")


def classify_line(text: str, settings: LineSettings) -> str | None:
    """The reason a single line, taken alone, is not story text; None if it may be.
    A line wholly in brackets is judged by what it brackets ("[Read more here]")."""
    text = _LEAD_GLYPHS.sub("", text)
    if whole := _WHOLE_ASIDE.match(text):
        inner = whole.group(1) or whole.group(2)
        if (reason := _classify(inner, settings)) not in (None, "empty"):
            return reason
    return _classify(text, settings)


def _classify(text: str, settings: LineSettings) -> str | None:
    n = words(text)
    if n == 0:
        return "empty"
    view = P.line_view(text)  # the line lowered once for the eleven lists (#23)
    if P.match_any(P.COMMENTS, text, n, view):
        return "comments"
    if P.match_any(P.READING_TIME, text, n, view):
        return "reading_time"
    if P.match_any(P.SITE_SIGNATURE, text, n, view):
        return "site_signature"
    if P.match_any(P.MEDIA, text, n, view):
        return "media"
    if P.match_any(P.NAVIGATION, text, n, view):
        return "navigation"
    if P.is_sharing(text, n, settings) or P.match_any(P.SHARING, text, n, view):
        return "sharing"
    if P.match_any(P.LEGAL, text, n, view):
        return "legal"
    if P.match_any(P.CAPTION, text, n, view) or (
        n <= settings.caption_credit_words and not text.rstrip().endswith(".") and P.CREDIT_LIST.search(text)
    ):
        return "caption"
    if widget := flattened_widget(text, settings):
        return widget
    if P.match_any(P.PROMO, text, n, view) or P.match_any(P.APPEAL, text, n, view):
        return "promo"
    # "subscribe", "donate", "newsletter" in a short line: a pitch when it opens
    # with the call, talks to the reader, or is a bare label; a story line or
    # headline that merely mentions donations or subscribers stays
    if n <= settings.promo_keyword_words and P.PROMO_KEYWORDS.search(text) and (
        n <= settings.promo_label_words or P.PITCH_START.match(text) or P.READER_ADDRESS.search(text)
    ):
        return "promo"
    # a sign-up/subscription pitch that talks to the reader, even when longer
    if n <= settings.promo_pitch_words and P.may_search(P.PROMO_WORDS, text, view) and P.PROMO_WORDS.search(text) and (_WE_OUR.search(text) or _IMPERATIVE_PITCH.search(text)):
        return "promo"
    # a byline is a label, not a sentence ("Von Montag an gilt ..." is prose)
    if P.match_any(P.BYLINE, text, n, view) and (not _SENTENCE_END.search(text) or n <= settings.byline_sentence_words
                                            or P.CONTACT.search(text) or P.CREDIT_LINE.search(text)
                                            or text.startswith("(")):
        return "byline"
    if P.is_dateline(text, n, settings):
        return "dateline"
    return None
