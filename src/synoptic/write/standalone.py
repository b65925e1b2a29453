"""Does a source sentence stand alone in a brief? Datelines, credits, dangling openings.

A summary sentence is a span of its article. Wire copy glues a dateline, a byline or a
wire credit to the first sentence ("NAIROBI, Kenya (AP) _ FBI agents ..."): the span
then starts after them (`lead_offset`), so it stays exact. A sentence whose first words
point back ("He", "The two", "Mais", "Die beiden") needs the sentence before it
(`dangles`); a promo ("Read ... today") and a caption or an editor's bracketed note
glued into a sentence are not statements of the story (`not_a_statement`).

The word lists are per language in `synoptic.lang` (`DANGLING_OPENINGS`,
`PROMO_OPENINGS`, `TIME_NOUNS`); the patterns here are about layout, not words.
"""

from __future__ import annotations

import re

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
    r"\s*(?:--|[–—_]|-(?=\s))\s*"
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
_STRIPPERS = (_NOTE_BEFORE, _DATE_LEAD, _BYLINE, _PHOTO_CREDIT, _DATELINE_CREDIT, _CREDIT_ALONE, _DATELINE_CAPS, _DATELINE_PAIR)

# a caption or a credit glued into a sentence: it is not the story's statement
_CAPTION = re.compile(
    r"\((?:Photos?|Foto|Image|Picture|Bild)\s*(?:credit\s*)?[:/]|\b(?:Image (?:caption|copyright)|"
    r"Photo(?:graph)?\s*:|Pictured\s*:|Credit\s*:|Getty Images|Crédit photo)",
    re.IGNORECASE,
)
# "[See attached related story...]", "[Editor's note: ...]": a note to editors
_EDITOR_NOTE = re.compile(r"\[[^\]\n]*[^\W\d_]{2,}[^\]\n]*(?:\s[^\]\n]*){2,}\]|\[[^\]\n]*$")
_WORD = re.compile(r"[^\s\"“”'‘’«»()\[\],.;:!?]+(?:['’][^\s\"“”'‘’«»()\[\],.;:!?]+)?")
_OPENING_MARKS = "\"“”'‘’«»„([ \t\n-–—"


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


def _base(language: str | None) -> str:
    return (language or "en").split("-")[0].split("_")[0].lower()


def _opening(text: str, n: int) -> list[str]:
    return [w.casefold().replace("’", "'") for w in _WORD.findall(text.lstrip(_OPENING_MARKS)[:200])[:n]]


def dangles(text: str, language: str | None) -> bool:
    """Does the sentence open on a word that needs an earlier sentence ("He", "But",
    "Another", "The two")? Demonstratives before a time noun ("This week") do not."""
    code = _base(language)
    openings = lang.stop_words(code, "DANGLING_OPENINGS") or lang.stop_words("en", "DANGLING_OPENINGS")
    words = _opening(text, 3)
    if not words:
        return False
    if len(words) >= 2 and " ".join(words[:2]) in openings:
        return True
    prefixes = lang.stop_words(code, "DANGLING_PREFIXES")
    if any(words[0].startswith(p) and len(words[0]) > len(p) + 1 for p in prefixes):
        return True
    if _subject_gap(words, code):
        return True
    # a pronoun with a clitic ("It's", "They're", "He'll") leans on its referent as the
    # pronoun alone does
    first = words[0] if words[0] in openings else words[0].split("'")[0]
    if first not in openings or (first != words[0] and len(first) < 2):
        return False
    times = lang.stop_words(code, "TIME_NOUNS") or lang.stop_words("en", "TIME_NOUNS")
    return not (len(words) >= 2 and words[1] in times)


def _subject_gap(words: list[str], code: str) -> bool:
    """An opening verb with the conjunction "و" and, where its subject would stand, a
    particle or preposition ("وأضاف أن", "واتهم بالاعتداء"): the subject is the previous
    sentence's (languages with `SUBJECT_GAP_WORDS`, Arabic)."""
    gaps = lang.stop_words(code, "SUBJECT_GAP_WORDS")
    if not gaps or len(words) < 2:
        return False
    first, following = (w.strip("،؛؟") for w in words[:2])
    core = first[1:]
    if not first.startswith("و") or len(core) < 3 or core.startswith("ال"):
        return False
    if core in lang.stop_words(code, "NOT_VERBS"):
        return False
    return following in gaps or following.startswith(("بال", "لل"))


def is_promo(text: str, language: str | None) -> bool:
    """An imperative to the reader ("Read ... today", "Subscribe to ..."), outside quotes."""
    stripped = text.lstrip()
    if stripped[:1] in "\"“«'‘":
        return False
    code = _base(language)
    promos = lang.stop_words(code, "PROMO_OPENINGS") | lang.stop_words("en", "PROMO_OPENINGS")
    words = _opening(stripped, 2)
    return bool(words) and (words[0] in promos or " ".join(words) in promos)


def quote_piece(text: str) -> bool:
    """A quotation opened and not closed (or closed and not opened): the sentence is a
    piece of a longer quote, cut from the sentences that tell who speaks."""
    return (text.count("“") != text.count("”") or text.count('"') % 2 == 1
            or text.count("«") != text.count("»"))


def not_a_statement(text: str, language: str | None) -> bool:
    """A promo, a caption or credit glued into the sentence, or an editor's note."""
    return bool(_CAPTION.search(text) or _EDITOR_NOTE.search(text)) or is_promo(text, language)
