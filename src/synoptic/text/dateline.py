"""Where a sentence itself starts: after a dateline, byline, wire or photo credit glued
to it ("NAIROBI, Kenya (AP) _ FBI agents ...", "LITTLE ROCK, Ark. - A man ...").

Wire copy runs these into an article's first sentence. The sentence's words start after
them (`lead_offset`), so a summary span stays exact into the article and a fact is
compared by what it says, not by the town it was filed from.
"""

from __future__ import annotations

import re
from functools import lru_cache

from synoptic import lang

# "(AP)", "(Reuters)", "(رويترز)": a short parenthesis, then a separator
_SEP = r"(?:--|\.-|[-–—_:|])"
_PAREN = r"\((?P<paren>[^()\n]{1,40})\)"
# "NAIROBI, Kenya (AP) _ ", "Killingly (AP) — ", "NEW HAVEN, Conn., Oct. 27 (UPI) -- ",
# "PARIS, 3 mars (AFP) - ", "القاهرة (رويترز) - ": a place (and a date) before the credit
_DATELINE_CREDIT = re.compile(rf"\s*(?P<place>[^\W_][^()\n]{{0,60}}?)?\s*{_PAREN}\s*{_SEP}\s*")
# "(CNN) Police say": the credit alone, opening the sentence
_CREDIT_ALONE = re.compile(r"\s*\((?P<paren>[A-Z][\w.&]{1,15}(?:\s[A-Z][\w.&]+){0,2})\)\s*(?=[\"“'‘A-Z0-9])")
# "WASHINGTON — ", "ST. PAUL, Minn. — ", "BAGHDAD, Jan. 3 - ": a place in capitals, then a dash
_DATELINE_CAPS = re.compile(
    r"\s*[A-Z][A-Z'’.\-]{2,}(?:\s+[A-Z][A-Z'’.\-]+)*"  # the place, in capitals
    r"(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})*"  # ", Kenya", ", Minn."
    r"(?:,?\s*[A-Z][a-z]{2,}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"  # ", Jan. 3"
    r"\s*(?:--|[–—_]|-(?=\s)|>>|»|\|)\s*"  # ("NEW HAVEN>> One woman is dead")
)
# "Texas, États-Unis -- ", "TEXAS, US – ": a place, its country or state, a spaced dash
_DATELINE_PAIR = re.compile(
    r"\s*(?P<place>[^\W\d_][\w.'’-]*(?:\s[^\W\d_][\w.'’-]*){0,2},\s*[^\W\d_][\w.'’-]*(?:[\s-][^\W\d_][\w.'’-]*){0,2})"
    r"\s+(?:--|–|—)\s+"
)
# "By AMY FORLITI, Associated Press Writer" before a dateline or a line break
_BYLINE = re.compile(
    r"\s*(?:By|Par|Por|Von|Door)\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*"
    r"(?:\s+(?:and|et|y|und|en)\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)?"
    r"(?:\s*,\s*[^,\n]{1,50}?)?\s*(?:\n\s*|(?=[A-Z]{3,}[\s,]))"
)
# "(Photo: ...)", "(Foto: ...)" opening a sentence
_PHOTO_CREDIT = re.compile(r"\s*\((?:Photos?|Foto|Image|Picture|Crédit|Credit|Bild)\b[^)\n]{0,80}\)\s*")
# "[See attached related story ...] Police said": a bracketed note before the sentence
_NOTE_BEFORE = re.compile(r"\s*\[[^\]\n]{3,300}\]\s*")
# "Tuesday, January 18, 2005 Through a telethon", "الثلاثاء 18 يناير، 2005 ومن خلال": a
# weekday (or nothing) and a full date with its year, run into the sentence
_DATE_LEAD = re.compile(
    r"\s*(?:(?P<head>[^\W\d_]+)[,،]?\s+)?"
    r"(?P<date>\d{1,2}(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?[,،]?\s+(?:de\s+)?(?:19|20)\d\d"
    r"|[^\W\d_]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?[,،]?\s+(?:19|20)\d\d)"
    r"(?!\d)\s*(?:[,،:]|--|[–—-](?=\s))?\s*"
)
# "Updated at 4:45 p.m. ET: Officials said …": the page's update stamp run into the sentence
_UPDATE_STAMP = re.compile(
    r"\s*(?:last\s+)?updated?(?:\s+at)?\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?\s*[:—–-]\s*",
    re.IGNORECASE)
# "KOTV (CBS/AP) TULSA, Okla. - A preliminary …": a station and its wire credit before the
# dateline in capitals (which `_DATELINE_CAPS` then takes)
_CREDIT_BEFORE_DATELINE = re.compile(r"\s*[A-Z][\w.&-]{1,15}\s*\([A-Z][\w/&. ]{1,20}\)\s+(?=[A-Z][A-Z'’.\-]{2,}[\s,])")
# "- Police have released …": the dash a dateline left when the page lost its place (GVC
# train 710200 opened the brief's summary with it)
_DASH_ALONE = re.compile(r"\s*(?:--|[-–—_])\s+")
# "UPDATE: The Marion County Sheriff's Office identifies the toddler …": a page's label for
# a late addition (GVC dev 601037 opened a summary sentence with it)
_UPDATE_LABEL = re.compile(
    r"\s*(?:update[ds]?|breaking(?:\s+news)?|developing(?:\s+story)?|mise\s+à\s+jour|actualización"
    r"|actualizado|aggiornamento|bijgewerkt)\s*:\s*",
    re.IGNORECASE,
)
_STRIPPERS = (_NOTE_BEFORE, _DATE_LEAD, _BYLINE, _PHOTO_CREDIT, _DATELINE_CREDIT, _CREDIT_ALONE, _DATELINE_CAPS,
              _DATELINE_PAIR, _UPDATE_STAMP, _UPDATE_LABEL, _CREDIT_BEFORE_DATELINE, _DASH_ALONE)

_WORD = re.compile(r"[^\s\"“”'‘’«»()\[\],.;:!?]+(?:['’][^\s\"“”'‘’«»()\[\],.;:!?]+)?")


def _place_ok(place: str | None) -> bool:
    """A dateline's place: a few words, each capitalized (or a number, or another script)."""
    if not place:
        return True
    words = place.replace(",", " ").split()
    if len(words) > 8:
        return False
    # each word capitalized, a number, another script, or a month after a day ("3 mars")
    return all(
        not w[:1].isascii() or not w[:1].isalpha() or w[:1].isupper() or (i and words[i - 1].isdigit())
        for i, w in enumerate(words)
    )


def _dateline_date(m: re.Match[str]) -> bool:
    """A weekday (or nothing) before a date that reads as one: a dateline, not "On ..." ."""
    from synoptic.clean.dates import date_in_line
    from synoptic.text.timex_parse import WEEKDAYS

    head = (m.group("head") or "").casefold()
    if head in WEEKDAYS or head in lang.all_stop_words("WEEKDAY_NAMES"):
        return True  # a weekday, a day, a month's name and a year ("السبت 26 أذار 2005")
    return not head and date_in_line(re.sub(r"[,،]", " ", m.group("date"))) is not None


# facts, the brief's positions and candidates and the timeline each ask of the same
# sentences: read each once
@lru_cache(maxsize=16384)
def lead_offset(text: str) -> int:
    """Characters of `text` that are a dateline, byline, wire or photo credit before the
    sentence itself (0 when it starts at once)."""
    at = 0
    for _ in range(3):  # "By X, AP Writer WASHINGTON (AP) — ...": strip in turn
        moved = False
        for pattern in _STRIPPERS:
            m = pattern.match(text, at)
            if not m or m.end() == at:
                continue
            if pattern is _DATELINE_CREDIT:
                if not _place_ok(m.group("place")) or len(m.group("paren").split()) > 4:
                    continue
            if pattern is _DATE_LEAD and not _dateline_date(m):
                continue
            if pattern is _DATELINE_PAIR and not all(w[:1].isupper() for w in m.group("place").replace(",", " ").split()):
                continue
            rest = text[m.end() :]
            # what follows must be a sentence: it starts like one and says something
            if not rest[:1] or not (rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "\"“'‘«"
                                     or not rest[:1].isascii()):
                continue
            if len(_WORD.findall(rest)) < 3:
                continue
            at, moved = m.end(), True
            break
        if not moved:
            break
    return at
