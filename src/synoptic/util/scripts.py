"""Which script a text is written in, for the stages that read scripts without capitals
(Arabic, Hebrew, Hindi) or with their own full stops differently."""

from __future__ import annotations

import re

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
