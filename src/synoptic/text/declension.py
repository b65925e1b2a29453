"""Nouns of nationality in the oblique cases of a language that declines them (Czech):
"před Španělem Albertem Contadorem" (ahead of the Spaniard Alberto Contador) holds the
demonym "Španěl" in the instrumental, which `text/names.is_demonym` knew only in the
nominative, so the brief listed a person "Španělem Albertem Contadorem" (MultiLing 2011
M003 in Czech, development). The endings are the language's `CASE_ENDINGS` list."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from synoptic import lang

_CASE_ENDINGS = tuple(sorted(lang.all_stop_words("CASE_ENDINGS"), key=len, reverse=True))
_DEMONYMS = lang.all_stop_words("DEMONYMS")
_ADJECTIVE_ENDINGS = tuple(sorted(lang.all_stop_words("DEMONYM_ADJECTIVE_ENDINGS"), key=len, reverse=True))
# a demonym's stem, its accents left out: "βρετανός" -> "βρεταν", the stem of "βρετανικό"
_NOUN_ENDINGS = ("ος", "ης", "ας", "ή", "η", "οι", "ίδα", "ιδα", "α")


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


_DEMONYM_STEMS = frozenset(
    stem for d in _DEMONYMS for e in _NOUN_ENDINGS
    if (p := _plain(d)).endswith(e) and len(stem := p[: -len(e)]) >= 3
)


def _nominative(low: str) -> str | None:
    for ending in _CASE_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            stem = low[: -len(ending)]
            for base in (stem, stem + "a"):
                if base in _DEMONYMS:
                    return base
    return None


def oblique_demonym(low: str) -> bool:
    """A lower-cased noun of nationality in an oblique case ("španělem", "dánkou"): its
    stem, or the stem of its feminine in "-a", is a listed demonym."""
    return _nominative(low) is not None


def nominative_demonym(word: str) -> str:
    """The word's nominative when it is a noun of nationality in an oblique case, cased as
    written ("Španělem" -> "Španěl", the form a role is shown in); else the word."""
    base = _nominative(word.lower())
    if base is None or word.lower() in _DEMONYMS:
        return word
    return base[:1].upper() + base[1:] if word[:1].isupper() else base


def demonym_adjective(low: str) -> bool:
    """The adjective made of a noun of nationality ("ιρανική", "βρετανικό": Iranian,
    British), which a translation may capitalize ("Ιρανική Επαναστατική Φρουρά", "το Ιρανικό
    συμβούλιο" were persons and a quote's speaker; MultiLing 2011 M002 in Greek, dev): it
    opens no one's name. Its stem is a listed demonym's; the endings are the language's
    `DEMONYM_ADJECTIVE_ENDINGS`."""
    for ending in _ADJECTIVE_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            return _plain(low[: -len(ending)]) in _DEMONYM_STEMS
    return False


# oblique ending -> nominative ending, the longest first ("ου=ο": "βασιλειου" -> "βασιλειο")
_PLACE_ENDINGS = tuple(sorted(
    (tuple(pair.split("=", 1)) for pair in lang.all_stop_words("PLACE_CASE_ENDINGS")),
    key=lambda p: (-len(p[0]), p),
))
_PLACE_NAMES = lang.all_stop_words("PLACE_NAMES")


@lru_cache(maxsize=8)
def _plain_places(names: frozenset[str]) -> frozenset[str]:
    """The names whose script a language's `PLACE_CASE_ENDINGS` decline, accents left out."""
    scripts = {_script(e[0]) for e in _PLACE_ENDINGS}
    return frozenset(_plain(n) for n in names | _PLACE_NAMES if n and _script(n) in scripts)


def _script(word: str) -> str:
    return unicodedata.name(next((c for c in word if c.isalpha()), "A"), "LATIN").split()[0]


def _nominatives(word: str) -> set[str]:
    forms = {word}
    for oblique, nominative in _PLACE_ENDINGS:
        if word.endswith(oblique) and len(word) > len(oblique) + 1:
            forms.add(word[: -len(oblique)] + nominative)
    return forms


def declined_place(low: str, names: frozenset[str]) -> bool:
    """A lower-cased place name of `names` (CLDR's countries) in an oblique case of a
    language that declines them, accents left out: Greek "ηνωμένου βασιλείου" (of the
    United Kingdom) is "Ηνωμένο Βασίλειο", "χιλής" is "Χιλή", "ιραν" is "Ιράν"."""
    if not _PLACE_ENDINGS or not low or _script(low) == "LATIN":
        return False
    places = _plain_places(names)
    if not places:
        return False
    words = _plain(low).split()
    if len(words) > 4:
        return False
    options = [_nominatives(w) for w in words]
    phrases = [""]
    for forms in options:
        phrases = [f"{p} {f}".strip() for p in phrases for f in forms]
    return any(p in places for p in phrases)
