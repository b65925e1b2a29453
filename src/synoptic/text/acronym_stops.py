"""Where a sentence ends on a place's dotted abbreviation ("D.C.", "U.S."), which pysbd's
rules never end one on: "… outside her mother's home in Southeast D.C. News4's Meagan
Fitzgerald spoke with her cousin." (GVC train 710200) was one sentence.

The abbreviation may also be an adjective inside a name ("the U.S. Army's Rangers", "D.C.
Police said"), so a cut is made only where the next word cannot go on the phrase: a
capitalised function word ("The", "He"), or a capitalised possessive opening a name ("News4's
Meagan") after the abbreviation used as a noun (not after "the").
"""

from __future__ import annotations

import re

from synoptic.text import names as nm

_ACRONYM_THEN_WORD = re.compile(
    r"(?:^|(?P<left>\S+)\s+)(?:[A-Z]\.){2,}\s+(?P<next>[A-Z][^\s’']*)(?P<poss>['’]s\s+[A-Z])?"
)
_ARTICLES = frozenset({"the", "a", "an"})


def place_acronym_cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets in text[start:end] where a sentence opens after a dotted abbreviation."""
    cuts = []
    for m in _ACRONYM_THEN_WORD.finditer(text, start, end):
        word = m.group("next")
        if not word[1:].islower() and not m.group("poss"):
            continue  # "U.S. NATO", "D.C. News4" without a possessive: a name's words
        if word.lower() in nm.FUNCTION_WORDS and not m.group("poss"):
            cuts.append(m.start("next"))
        elif (
            m.group("poss")
            and (m.group("left") or "").lower() not in _ARTICLES
            and (word.lower() not in nm.ORG_WORDS)
        ):
            cuts.append(m.start("next"))
    return cuts
