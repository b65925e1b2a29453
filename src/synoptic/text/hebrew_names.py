"""People in Hebrew, a script without capitals: a name is read from the words around it.

The forms read: a subject that opens its sentence, a comma, an apposition and a verb of
saying ("סאבה מוזאקה, הבת של ..., צוטטה"); the attribution that follows a quotation or a
comma, a verb of saying and its subject, up to the next comma or full stop: "...", אמר דה בוהר. / ", ציין איבו דה
בוהר, מזכ"ל ..." / ", אמר המושל יבאררה," (a title before the name becomes its role; words
with the article "ה" after the title complete it: "ראש העיר", "the mayor"). Across MultiLing
2011's Hebrew articles that form names a person almost every time; what it would misread is
left out: a time or adverb before the name ("אמר אתמול צ'ן"), a listener after it ("אמר
לכתבים", "to reporters"), a noun of people ("אמר תושב מקומי", "a local resident").
Once found, the name's other occurrences in the article are mentions too.
"""

from __future__ import annotations

import re

from synoptic import lang
from synoptic.model import Article, EntityMention, Sentence, Span
from synoptic.util.scripts import HEBREW_LETTER, mostly

_WORD = r"[\u05d0-\u05ea][\u05d0-\u05ea'\"׳״-]*"
VERBS = lang.stop_words("he", "SPEECH_VERBS")
TITLES = lang.stop_words("he", "NAME_TITLES")
FUNCTION = lang.stop_words("he", "FUNCTION_WORDS") | lang.stop_words("he", "PRONOUNS")
PERSON_NOUNS = lang.stop_words("he", "PERSON_NOUNS")
HONORIFICS = lang.dispute_words("he", "HONORIFICS")
_ATTRIBUTION = re.compile(
    r"(?:[\"”״]|,)\s*,?\s*ו?(?:" + "|".join(sorted(VERBS, key=len, reverse=True)) + r")"
    rf"\s+(?P<words>{_WORD}(?:\s+{_WORD}){{0,3}})\s*(?=[.,:;])"
)
_WORDS = re.compile(_WORD)
# the subject opening its sentence, a comma, an apposition that describes it and a verb of
# saying: "סאבה מוזאקה, הבת של בהנז מוזאקה שנהרגה בפיצוץ בקו הפיקדילי, צוטטה באתר של ה-בי.בי.סי:"
# (Saba Mozakka, the daughter of ..., was quoted on the BBC's site; MultiLing 2011 M001, dev)
_SUBJECT_APPOSED = re.compile(
    rf"(?:^|(?<=[.!?:]\s)|(?<=\n))(?P<words>{_WORD}(?:\s+{_WORD}){{1,2}})\s*,(?P<apposed>[^.,\n\"“”]{{3,120}}),\s*(?:"
    + "|".join(sorted(VERBS, key=len, reverse=True)) + r")(?![\u05d0-\u05ea])",
    re.MULTILINE,
)


def is_hebrew(text: str) -> bool:
    return mostly(text, HEBREW_LETTER)


def _is_title(word: str) -> bool:
    return word in TITLES or (word.startswith("ה") and word[1:] in TITLES)


def _name_after(text: str, start: int, end: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """(role span, name span) of the words of an attribution; (None, None) when no name."""
    words = [(m.start(), m.end()) for m in _WORDS.finditer(text, start, end)]
    if any(text[s:e] in FUNCTION or text[s:e] in PERSON_NOUNS for s, e in words):
        return None, None
    role = None
    if words and _is_title(text[words[0][0]:words[0][1]]):
        k = 1
        while k < len(words) and text[words[k][0]] == "ה":
            k += 1  # the title's complement: "ראש העיר", "דובר המדינה"
        role = (words[0][0], words[k - 1][1])
        words = words[k:]
    if words and len(words) > 1 and text[words[-1][0]] == "ל":
        words = words[:-1]  # a listener after the name: "... לויקיחדשות" ("to Wikinews")
    if not words or len(words) > 3 or (len(words) == 1 and text[words[0][0]] in "לה"):
        return None, None  # "אמר לבי" is said to someone; a word with "ה" is no name
    return role, (words[0][0], words[-1][1])


def extract_hebrew(article: Article, sentences: list[Sentence]) -> list[EntityMention]:
    """Persons of an article written in Hebrew: those an attribution names, wherever named."""
    text = article.text
    found: list[EntityMention] = []
    names: set[str] = set()
    # (not a title before the name in apposition: "נציב משטרת לונדון, סר יאן בלייר, אמר";
    # nor "and" before the verb: a second predicate, "..., וטענה")
    apposed = [m for m in _SUBJECT_APPOSED.finditer(text) if _WORDS.findall(m.group("apposed"))[:1] != [] and (
        _WORDS.findall(m.group("apposed"))[0] not in HONORIFICS)]
    cued = [*_ATTRIBUTION.finditer(text), *apposed]
    for m in sorted(cued, key=lambda m: m.start("words")):
        role, name = _name_after(text, m.start("words"), m.end("words"))
        if name is None:
            continue
        names.add(text[name[0]:name[1]])
        found.append(EntityMention(
            Span(article.id, name[0], name[1], text[name[0]:name[1]]), "PERSON",
            role=text[role[0]:role[1]] if role else None,
            role_span=Span(article.id, role[0], role[1], text[role[0]:role[1]]) if role else None,
            evidence="cue",
        ))
    taken = {(m.span.start, m.span.end) for m in found}
    for name in sorted(names, key=len, reverse=True):
        # its other occurrences, with "and" glued on ("ודה בוהר"), as a word of its own
        for m in re.finditer(rf"(?<![\u05d0-\u05ea])ו?({re.escape(name)})(?![\u05d0-\u05ea])", text):
            s, e = m.span(1)
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.add((s, e))
            found.append(EntityMention(Span(article.id, s, e, name), "PERSON", evidence="cue"))
    return sorted(found, key=lambda m: m.span.start)
