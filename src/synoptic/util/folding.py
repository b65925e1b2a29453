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
from functools import lru_cache
from itertools import islice

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


_NOT_ASCII = re.compile("([^\x00-\x7f]+)")
_ASCII = re.compile("[\x00-\x7f]+")


def fold_in_place(text: str) -> str:
    """`text` folded character by character, keeping its length, so an offset into the
    result is an offset into `text` ("Haïti" -> "haiti"). ASCII runs are lower-cased
    whole (in C), only the others one character at a time."""
    if text.isascii():
        return text.lower()
    quick = _lowered_then_swapped(text)
    if quick is not None:
        return quick
    parts = _NOT_ASCII.split(text)  # ASCII, other, ASCII, ...
    return "".join(p.lower() if i % 2 == 0 else "".join(map(_fold_char, p)) for i, p in enumerate(parts))


def _lowered_then_swapped(text: str) -> str | None:
    """`fold_in_place(text)` as `text.lower()` with each of its few other letters replaced
    whole (str.replace, in C: ~10 times quicker than a character at a time); None when that
    would not give the same (a letter lowered to two, or to one another folds otherwise, or
    "Σ", which `lower` makes "ς" at a word's end: the one letter lowered by its context)."""
    if "\u03a3" in text:
        return None
    low = text.lower()
    if len(low) != len(text):
        return None
    swaps: dict[str, str] = {}
    # its other letters, the ASCII runs cut out in C first (a set of every character of
    # the text cost more than the lower-casing)
    for c in set(_ASCII.sub("", text)):
        lowered, folded = c.lower(), _fold_char(c)
        if swaps.setdefault(lowered, folded) != folded or (lowered != folded and lowered.isascii()):
            return None
    for lowered, folded in swaps.items():
        if lowered != folded:
            if swaps.get(folded, folded) != folded:  # replaced again by a later swap
                return None
            low = low.replace(lowered, folded)
    return low


def _starting_words(pattern: re.Pattern, folded: str, start: int = 0, end: int | None = None,
                    firsts: tuple[str, ...] = ()):
    """(start, end) of the matches of `pattern` that start a word, leftmost first, as
    `(?<![^\\W_])pattern` would find them; in folded[start:end] (offsets into `folded`),
    as if it were the whole text. `firsts`: what every match of `pattern` starts with (its
    terms' first words): the matches are then tried only where one of those stands."""
    pos, end = start, len(folded) if end is None else end
    if firsts and (at := _where(folded, firsts, start, end)) is not None:
        for a in at:
            if a < pos or (m := pattern.match(folded, a, end)) is None:
                continue
            if a > start and WORD_CHAR.match(folded, a - 1):
                continue  # inside a word ("fisherman")
            yield a, m.end()
            pos = m.end()
        return
    while (m := pattern.search(folded, pos, end)) is not None:
        a = m.start()
        if a > start and WORD_CHAR.match(folded, a - 1):
            pos = a + 1  # inside a word ("fisherman"): try again from the next character
            continue
        yield a, m.end()
        pos = m.end()


WORD_CHAR = re.compile(r"[^\W_]")
# a start tried with `Pattern.match` costs about what `Pattern.search` spends stepping over
# this many characters (measured on news texts, bench/web.py's search): with more starts
# than the text has characters / this, the search steps over them instead
CHARS_A_START = 100


def _where(folded: str, firsts: tuple[str, ...], start: int, end: int) -> list[int] | None:
    """Where in folded[start:end] one of `firsts` stands (found by `str.find`, in C), in
    order; None when they stand so often that trying each would cost more than a search."""
    most = (end - start) // CHARS_A_START
    at: set[int] = set()
    for w in firsts:
        i = folded.find(w, start, end)
        while i >= 0:
            if len(at) >= most:
                return None
            at.add(i)
            i = folded.find(w, i + 1, end)
    return sorted(at)


FIND_STEP = 2000  # characters folded at a time when only the first matches are wanted
FIND_OVERLAP = 300  # beyond each step, for a match that starts in it and runs on


@lru_cache(maxsize=256)
def terms_pattern(terms: frozenset[str]) -> re.Pattern:
    """The pattern `find_words` looks for (made once per set of terms: a search page asks it
    for every result and sentence)."""
    # a term of several words is a phrase: its words with anything but letters between
    alternatives = "|".join("[\\W_]+".join(map(re.escape, t.split()))
                            for t in sorted(terms, key=len, reverse=True) if t.split())
    # the word start is checked after a match, not before each character tried (a
    # look-behind first makes the regex engine test it at every position: 100 times slower)
    return re.compile(rf"(?:{alternatives})(?![^\W_])")


@lru_cache(maxsize=256)
def _firsts(terms: frozenset[str]) -> tuple[str, ...]:
    """The first words of `terms`: every match of `terms_pattern(terms)` starts with one."""
    return tuple(sorted({t.split()[0] for t in terms if t.split()}))


def words_within(folded: str, terms: set[str] | frozenset[str], start: int, end: int,
                 first: int | None = None) -> list[tuple[int, int]]:
    """`find_words(text[start:end], terms)` with offsets into the text, given the text
    folded (`fold_in_place`, at least to `end`): no folding again. `first`: only the
    first `first` of them (the rest of the text is not looked at)."""
    if not terms:
        return []
    found = iter_words(folded, terms, start, end)
    return list(found if first is None else islice(found, first))


def iter_words(folded: str, terms: set[str] | frozenset[str], start: int, end: int) -> Iterator[tuple[int, int]]:
    """`words_within`, one match at a time: the text after the last one taken is not looked at."""
    key = frozenset(terms)
    return _starting_words(terms_pattern(key), folded, start, end, _firsts(key))


def find_words(text: str, terms: set[str] | list[str], first: int | None = None) -> list[tuple[int, int]]:
    """(start, end) in `text` of each whole word (or phrase: words a space apart) that
    folds to one of `terms`; with `first`, at least the first `first` of them (the text is
    folded a step at a time and no further than needed: folding is the cost)."""
    if not terms or not text:
        return []
    key = frozenset(terms)
    pattern, firsts = terms_pattern(key), _firsts(key)
    if first is None or len(text) <= FIND_STEP + FIND_OVERLAP:
        return list(_starting_words(pattern, fold_in_place(text), firsts=firsts))
    out: list[tuple[int, int]] = []
    pos, end = 0, 0
    while pos < len(text) and len(out) < first:
        # one character before the step, for the word boundary before a match
        lo, hi = max(0, pos - 1), min(len(text), pos + FIND_STEP + FIND_OVERLAP)
        for m_start, m_end in _starting_words(pattern, fold_in_place(text[lo:hi]), firsts=firsts):
            a, b = lo + m_start, lo + m_end
            if a >= pos + FIND_STEP:
                break
            # not one found in the step before, nor one cut at the window's edge
            if a >= pos and a >= end and (b < hi or hi == len(text)):
                out.append((a, b))
                end = b
        pos += FIND_STEP
    return out
