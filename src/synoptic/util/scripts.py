"""Which script a text is written in, for the stages that read scripts without capitals
(Arabic, Hebrew, Hindi) or with their own full stops differently."""

from __future__ import annotations

import re
import unicodedata

# the 27 letters of Hebrew (its acronym marks and names are read letter by letter)
HEBREW_LETTER = re.compile(r"[\u05d0-\u05ea]")
# the Devanagari block (Hindi); only its letters count, as `mostly` reads letters alone
DEVANAGARI_LETTER = re.compile(r"[\u0900-\u097f]")


def mostly(text: str, letter: re.Pattern[str]) -> bool:
    """Are more than half of the text's letters ones `letter` (a class of single
    characters) matches? Counted in C: a text without any is answered by one search (the
    common case: every sentence and name of a brief asks, #23)."""
    if letter.search(text) is None:
        return False
    return sum(map(str.isalpha, letter.findall(text))) * 2 > sum(map(str.isalpha, text))


def _mark_class() -> str:
    """The combining marks of the scripts that write vowels and other parts of a word with
    them (Devanagari's "ा", Thai's "ี", Bengali, Tamil, Myanmar...), as a character class's
    ranges: Python's `\\w` takes none of them, so "ईरान" read as "ईर" and "न", every Hindi
    text as the same few fragments. Read from the Unicode database of the running Python
    over the blocks that hold such scripts (a few milliseconds)."""
    ranges, start = [], None
    for cp in [*range(0x0300, 0x2000), *range(0xA800, 0xAB00), *range(0xFE20, 0xFE30), 0x10000]:
        mark = cp < 0x10000 and unicodedata.category(chr(cp)).startswith("M")
        if mark and start is None:
            start = cp
        elif not mark and start is not None:
            ranges.append(f"\\u{start:04x}-\\u{cp - 1:04x}" if cp - 1 > start else f"\\u{start:04x}")
            start = None
    return "".join(ranges)


# a word of any script: a letter, then letters and the marks that belong to its letters
MARKS = _mark_class()
WORD = rf"[^\W\d_](?:[^\W\d_]|[{MARKS}])*"
