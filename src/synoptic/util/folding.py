"""Words as search compares them: case and accents folded, split where SQLite's FTS5
`unicode61` tokenizer splits, so the store's two backends find the same words.

`unicode61 remove_diacritics 2` keeps letters, digits and combining marks together and
splits on everything else (punctuation, `_`, `%`, spaces); it lower-cases and drops
diacritics. `words` does the same in Python; PostgreSQL is given these words ready made.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# a word: letters and digits, never `_` (FTS5 and PostgreSQL both split on it)
_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower case without diacritics ("Haïti" -> "haiti"); composed again afterwards, so
    scripts whose letters decompose into other letters (Hangul) keep their letters.
    `lower`, not `casefold`: FTS5 keeps "ß" as it is, and so must the query."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFKC", kept).lower()


def words(text: str) -> list[str]:
    """The folded words of a text, in order."""
    return _WORD.findall(fold(text))


@lru_cache(maxsize=8192)
def _fold_char(c: str) -> str:
    f = fold(c)
    if len(f) == 1:
        return f
    low = c.lower()
    return low if len(low) == 1 else c


def fold_in_place(text: str) -> str:
    """`text` folded character by character, keeping its length, so an offset into the
    result is an offset into `text` ("Haïti" -> "haiti")."""
    return text.lower() if text.isascii() and len(text.lower()) == len(text) else "".join(map(_fold_char, text))


def find_words(text: str, terms: set[str] | list[str]) -> list[tuple[int, int]]:
    """(start, end) in `text` of each whole word (or phrase: words a space apart) that
    folds to one of `terms`."""
    if not terms or not text:
        return []
    # a term of several words is a phrase: its words with anything but letters between
    alternatives = "|".join("[\\W_]+".join(map(re.escape, t.split()))
                            for t in sorted(set(terms), key=len, reverse=True) if t.split())
    pattern = re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])")
    return [(m.start(), m.end()) for m in pattern.finditer(fold_in_place(text))]
