"""A day that names an event rather than dates a sentence (#18): "the 7 July link", "the
July 7 bombings", "الرابط 7 يوليو", "تفجيرات 7 يوليو". Written without its year as the
modifier of a noun, the day is the event's name; resolved against a later article's date it
became a day of that year, shown as "scheduled" (MultiLing 2011 M0016, dev, in English and
Arabic: "an independent inquiry into the 7 July link", dated 2007-07-07 in an article of May
2007). A day written with its year, or after a preposition ("on 7 July"), dates as before."""

from __future__ import annotations

import re

from synoptic import lang
from synoptic.model import TimeRef
from synoptic.text import names as nm

_YEAR = re.compile(r"\d{4}")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’]*)\s+$")
_WORD_AFTER = re.compile(r"\s*(?:th|st|nd|rd)?\s+([^\W\d_][\w'’-]*)")
_ARABIC = re.compile(r"[\u0621-\u064a]")
# the nouns of a part of a day or of its edge, which a day completes as a date ("عشية 7 يوليو":
# the eve of 7 July; "صباح", "ليلة": its morning, its night)
_AR_TIME_NOUNS = frozenset("يوم اليوم صباح ليلة مساء عشية غداة ظهر فجر منتصف نهاية بداية مطلع أواخر اواخر".split())


def names_an_event(t: TimeRef, text: str) -> bool:
    """Is this day without a year the name of an event: after a determiner and before a
    noun ("the 7 July link"), or, in Arabic, right after a noun it completes ("صلة 7 يوليو")?"""
    # (a calendar day, with its number: "a Saturday press conference" dates the conference)
    if t.precision != "day" or not any(ch.isdigit() for ch in t.span.text) or _YEAR.search(t.span.text) or not t.relative and _YEAR.search(text[t.span.end : t.span.end + 6]):
        return False
    first = t.span.text.split()[0] if t.span.text.split() else ""
    if first.casefold() in nm.DETERMINERS:
        word = first  # the finder took the article in: "the 7 July"
    else:
        before = _WORD_BEFORE.search(text, max(0, t.span.start - 40), t.span.start)
        if before is None:
            return False
        word = before.group(1)
    if _ARABIC.match(word):
        w = word.lstrip("وفب") if len(word) > 4 and word[0] in "وفب" and word[1:3] == "ال" else word
        if w in _AR_TIME_NOUNS or w.lstrip("ال") in _AR_TIME_NOUNS or w in lang.stop_words("ar", "FUNCTION_WORDS"):
            return False
        return w.startswith("ال") or w.endswith(("ات", "ة"))
    if word.casefold() not in nm.DETERMINERS:
        return False
    after = _WORD_AFTER.match(text, t.span.end)
    if after is None:
        return False
    noun = after.group(1)
    return noun.islower() and noun.casefold() not in nm.FUNCTION_WORDS
