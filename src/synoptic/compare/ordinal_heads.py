"""Ordinals that name which one of a series a sentence is about: "the 13th stage".

Two sentences alike in words may tell of two members of one series: "Vinokourov won the
13th stage" and "Vinokourov won the 15th stage" (two days of one race), "the second round"
and "the third round". Fact alignment joins them by their wording; they must not be shown as
one fact corroborated by both. An ordinal counts here only as a number written with an
ordinal ending ("13th", "13e", "13ème", "13eme", "13ª", "13º", "13de") or an ordinal word
of the languages listed in `lang/xx/disputes.py` (`ORDINAL_VALUES`), followed at once by
the noun it ranks; two sentences disagree when they rank the same noun (its first letters,
so "stage"/"stages" and "étape"/"étapes" are one) with different values.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

from synoptic import lang

# a digit ordinal and the word after it; the endings of English, French, Spanish, Italian,
# Dutch, Portuguese (German's "13." is left out: a full stop ends sentences too)
_DIGIT_ORDINAL = re.compile(
    r"(?<![\w.,/-])(\d{1,3})(?:st|nd|rd|th|er|re|ère|eme|ème|è|e|de|ste|º|ª|°|\.º|\.ª)\s+([^\W\d_]{3,})",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")
HEAD_LETTERS = 5  # a ranked noun's letters compared: "stage" and "stages" are one noun


@lru_cache(maxsize=1)
def _word_values() -> dict[str, int]:
    """Ordinal words of every language the package knows, unaccented, with their values."""
    pairs = (entry.rsplit(" ", 1) for entry in lang.all_dispute_words("ORDINAL_VALUES"))
    return {word: int(value) for word, value in pairs}


def ranked_heads(text: str) -> dict[str, set[int]]:
    """The nouns a sentence ranks by an ordinal, each with the values it gives them."""
    found: dict[str, set[int]] = {}
    for m in _DIGIT_ORDINAL.finditer(text):
        found.setdefault(m.group(2).lower()[:HEAD_LETTERS], set()).add(int(m.group(1)))
    values = _word_values()
    words = [unidecode(m.group()).lower() for m in _WORD.finditer(text)]
    for word, after in zip(words, words[1:], strict=False):
        value = values.get(word)
        if value is not None and len(after) >= 3:
            found.setdefault(after[:HEAD_LETTERS], set()).add(value)
    return found


def rank_other_members(a: dict[str, set[int]], b: dict[str, set[int]]) -> bool:
    """Do two sentences rank one noun with values none of which the other gives?"""
    return any(head in b and not (values & b[head]) for head, values in a.items())
