"""Ordinals that name which one of a series a sentence is about: "the 13th stage".

Two sentences alike in words may tell of two members of one series: "Vinokourov a remporté
la 13eme étape" and "Vinokourov a remporté la 15eme étape" (two days of one race). Fact
alignment joins them by their wording; they must not be shown as one fact corroborated by
both. An ordinal counts here as a number written with an ordinal ending ("13th", "13e",
"13ème", "13eme", "13ª", "13º", "13de") or an ordinal word of the languages listed in
`lang/xx/disputes.py` (`ORDINAL_VALUES`), followed by the noun it ranks (after words of
sequence such as "straight", `SEQUENCE_WORDS`). Two sentences tell of two members only when
both rank one noun (its first letters: "stage"/"stages" are one) after one content word
("remporté la 13eme étape", "remporté la 15eme étape"), with values at most `ordinal_gap` apart (further
apart, they count two series: "his second victory over Thompson", "his 58th victory") and
none in common. Elsewhere an ordinal may sit in an aside ("Catching Fire, the second book"
against "his adaptation of the first book"): no disagreement.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

from synoptic import lang

# a digit ordinal; the endings of English, French, Spanish, Italian, Dutch, Portuguese
# (German's "13." is left out: a full stop ends sentences too)
_DIGIT_ORDINAL = re.compile(r"^(\d{1,3})(?:st|nd|rd|th|er|re|ere|eme|e|de|ste|º|ª|°)$")
_WORD = re.compile(r"[^\W_]+[ºª°]?")
HEAD_LETTERS = 5  # a ranked noun's letters compared: "stage" and "stages" are one noun
# words of sequence between an ordinal and its noun ("the eighth straight win")
SEQUENCE_WORDS = frozenset(
    "straight consecutive successive consecutiva consecutivo consecutive consecutives consecutief "
    "consecutieve opeenvolgende seguida seguido".split()
)
# (ranked noun, the content word before the ordinal) -> the values given
Ranks = dict[tuple[str, str], set[int]]


@lru_cache(maxsize=1)
def _word_values() -> dict[str, int]:
    """Ordinal words of every language the package knows, unaccented, with their values."""
    pairs = (entry.rsplit(" ", 1) for entry in lang.all_dispute_words("ORDINAL_VALUES"))
    return {word: int(value) for word, value in pairs}


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    return frozenset(unidecode(w).lower() for w in lang.all_stop_words())


def _value(word: str) -> int | None:
    m = _DIGIT_ORDINAL.match(word)
    return int(m.group(1)) if m else _word_values().get(word)


def ranked_heads(text: str) -> Ranks:
    """The nouns a sentence ranks by an ordinal, keyed with the content word before it."""
    words = [unidecode(m.group()).lower() for m in _WORD.finditer(text)]
    found: Ranks = {}
    for i, word in enumerate(words[1:-1], start=1):
        value = _value(word)
        if value is None:
            continue
        j = i + 1
        while j < len(words) - 1 and words[j] in SEQUENCE_WORDS:
            j += 1
        head = words[j]
        before = next((w for w in reversed(words[:i]) if len(w) >= 3 and w not in _stop_words()), "")
        if len(head) >= 3 and head.isalpha():
            found.setdefault((head[:HEAD_LETTERS], before), set()).add(value)
    return found


def rank_other_members(a: Ranks, b: Ranks, gap: int) -> bool:
    """Do two sentences rank one noun, after one word, with near values none of which the
    other gives?"""
    for key, values in a.items():
        other = b.get(key)
        if other and not (values & other) and min(abs(x - y) for x in values for y in other) <= gap:
            return True
    return False
