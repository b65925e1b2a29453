"""A headline for a story whose articles carry no title: its most central lead sentence,
datelines removed, cut at a clause boundary to headline length. Every word is the
source's own; only an ellipsis may mark a cut that found no clause boundary.
"""

from __future__ import annotations

import re
from functools import lru_cache

from synoptic.model import Article
from synoptic.text import names as nm
from synoptic.text.sentences import split_sentences

# A dateline opening a lead: "WASHINGTON (AP) — ", "PARIS, Jan. 5 (Reuters) - ",
# "LONDON — ", "Kabul, 12 March: ". An all-capitals place (any script with case), an
# optional date, an optional agency in brackets, then a dash or colon.
_DATELINE = re.compile(
    r"^\s*[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_][^\W\d_ .'’-]*){0,3}"  # the place
    r"(?:,\s*[^()\n—–-]{1,30}?)?"  # a date or state after a comma
    r"\s*(?:\([^()\n]{1,40}\))?"  # (AP), (Reuters)
    r"\s*[—–:-]{1,2}\s+"
)
# A line that is only a date ("Tuesday, January 12, 2010", "الثلاثاء 12 يناير 2010")
_DATE_ONLY = re.compile(r"^\W*(?:[^\W\d_]+\W+){0,3}\d{1,4}\W+(?:[^\W\d_]+\W+)?\d{1,4}\W*(?:\d{1,4}\W*)?$")
# Where a clause ends inside a sentence, in several scripts: comma (Latin, Arabic,
# CJK), semicolon (Latin, Arabic, Greek), colon, dash
_CLAUSE_END = re.compile(r"[,،、，;؛；:：]\s|\s[—–]\s|\s-\s")
_WORD = re.compile(r"\w+", re.UNICODE)
# scripts written without spaces count characters, a word about two of them
_CHARS_PER_WORD_UNSPACED = 2


def _is_capitals_place(prefix: str) -> bool:
    """A dateline's place is written in capitals (a script without case cannot tell)."""
    letters = [c for c in prefix if c.isalpha()]
    cased = [c for c in letters if c.isupper() or c.islower()]
    return bool(cased) and all(c.isupper() for c in cased) or (bool(letters) and not cased and len(prefix) < 30)


def strip_dateline(sentence: str) -> str:
    """The sentence without a dateline in front of it."""
    m = _DATELINE.match(sentence)
    if m:
        place = re.split(r"[,(]", m.group())[0]
        if _is_capitals_place(place) and len(sentence) - m.end() > 20:
            return sentence[m.end():].lstrip()
    return sentence


def _length(text: str) -> int:
    """Words, or for a script without spaces, characters halved."""
    words = text.split()
    if len(words) <= 1 and len(text) > 12:
        return len(text) // _CHARS_PER_WORD_UNSPACED
    return len(words)


def cut_to_headline(sentence: str, max_words: int) -> str:
    """At most about `max_words` words, cut at the last clause boundary that fits, else
    at a word with an ellipsis; a closing full stop dropped (headlines have none)."""
    sentence = " ".join(sentence.split()).rstrip()
    if _length(sentence) > max_words:
        fits = [m.start() for m in _CLAUSE_END.finditer(sentence) if _length(sentence[: m.start()]) <= max_words]
        # a clause shorter than a third of the budget is too little to tell the story
        fits = [i for i in fits if _length(sentence[:i]) >= max(3, max_words // 3)]
        if fits:
            sentence = sentence[: fits[-1]]
        elif len(sentence.split()) > 1:
            sentence = " ".join(sentence.split()[:max_words]) + " …"
        else:
            sentence = sentence[: max_words * _CHARS_PER_WORD_UNSPACED] + "…"
    return without_closing_stop(sentence)


def without_closing_stop(headline: str) -> str:
    """A headline without its closing full stop (headlines have none: "زلزال جديد يضرب تشيلي."),
    but an abbreviation keeps its own ("… says U.S.", "… Inc.", "… Gen.") and an ellipsis stays."""
    headline = headline.rstrip()
    if headline.endswith("。"):
        return headline.rstrip("。 ")
    words = headline.split()
    last = words[-1] if words else ""
    if not last.endswith(".") or last.endswith("..") or len(words) < 2:
        return headline
    word = last[:-1].lower()
    abbreviation = "." in word or (len(word) == 1 and word.isalpha()) or word in _ABBREVIATIONS
    return headline if abbreviation else headline[:-1].rstrip()


_ABBREVIATIONS = (nm.COMPANY_ABBREVIATIONS | nm.TITLE_ABBREVIATIONS | nm.PLACE_ABBREVIATIONS | nm.HONORIFICS
                  | nm.STREET_ABBREVIATIONS | {"jr", "sr", "no", "vs", "etc"})


def lead_sentence(article: Article) -> str:
    """The article's first sentence that reports (a date-only line or a dateline is not one)."""
    for sentence in split_sentences(article):
        text = sentence.span.text.strip()
        if _DATE_ONLY.match(text) or len(_WORD.findall(text)) < 3 and len(text) < 20:
            continue
        return strip_dateline(text)
    first = next((line.strip() for line in article.text.splitlines() if line.strip()), "")
    return strip_dateline(first)


def _tokens(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text) if len(w) > 2}


def lead_headline(articles: list[Article], max_words: int) -> str:
    """The headline from the most central lead sentence: the one sharing most words, on
    average, with the other articles' leads (ties: the earliest article)."""
    leads = [(a, lead_sentence(a)) for a in articles]
    leads = [(a, s) for a, s in leads if s]
    if not leads:
        return ""
    tokens = [_tokens(s) for _, s in leads]

    def centrality(i: int) -> float:
        others = [len(tokens[i] & t) / (len(tokens[i] | t) or 1) for j, t in enumerate(tokens) if j != i]
        return sum(others) / len(others) if others else 0.0

    best = max(range(len(leads)), key=lambda i: (centrality(i), -i))
    return cut_to_headline(leads[best][1], max_words)


@lru_cache(maxsize=1024)  # a page view asks it of the same untitled articles again
def text_headline(text: str, language: str | None, max_words: int | None = None) -> str:
    """A headline from an untitled article's text, as a story without titles gets one
    (`max_words`: `WriteSettings.headline_max_words` unless given); "" without text."""
    if not text.strip():
        return ""
    if max_words is None:
        from synoptic.settings import WriteSettings

        max_words = WriteSettings().headline_max_words
    return cut_to_headline(lead_sentence(Article(id="", source="", text=text, language=language)), max_words)
