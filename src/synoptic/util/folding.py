"""Words as search compares them: case and accents folded, split where SQLite's FTS5
`unicode61` tokenizer splits, so the store's two backends find the same words.

`unicode61 remove_diacritics 2` keeps letters, digits and combining marks together and
splits on everything else (punctuation, `_`, `%`, spaces); it lower-cases and drops
diacritics. `words` does the same in Python; PostgreSQL is given these words ready made.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

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


def word_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, folded word) of each word of `text`, offsets into `text` itself:
    what a snippet highlights."""
    for m in _WORD.finditer(text or ""):
        for w in _WORD.findall(fold(m.group())):
            yield m.start(), m.end(), w
