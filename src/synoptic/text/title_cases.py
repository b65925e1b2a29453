"""Titles in the oblique cases of a language that declines them (Czech): "starostou" (with
the mayor), "guvernérem" (with the governor) are the titles "starosta", "guvernér", which
`text/names.py` lists in the nominative. A list of titled people in such a case ("s
guvernérem Juliem Ibarrem, plukovníkem Raúlem Melem a starostou Litueche Bernardem Cornejem
starosta Pichilemu Roberto Córdova", MultiLing 2011 M005 in Czech, development) holds one
title per person: the title read before a name must not run back over the previous
person's title and name (Roberto Córdova was "starostou Litueche Bernardem Cornejem
starosta"). The endings are the language's `CASE_ENDINGS` list."""

from __future__ import annotations

from synoptic import lang
from synoptic.text import names as nm

_CASE_ENDINGS = tuple(sorted(lang.all_stop_words("CASE_ENDINGS"), key=len, reverse=True))


def oblique_title(low: str) -> bool:
    """A lower-cased title in an oblique case: its stem, or its stem with the "-a" of the
    nominative ("starostou" -> "starosta"), is a listed title head."""
    for ending in _CASE_ENDINGS:
        if low.endswith(ending) and len(low) > len(ending) + 3:
            stem = low[: -len(ending)]
            if stem in nm.TITLE_HEADS or stem + "a" in nm.TITLE_HEADS:
                return True
    return False
