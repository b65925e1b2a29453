"""One place's distance from one reference, told with neighbouring compass points.

"Qeshm, a 1,500-square-kilometer island ... 1,500 kilometers south of Tehran" and "Qeshm,
located 1,150 kilometers (700 miles) southeast of Tehran" give one distance: the same place
is located from the same reference, and "south" and "southeast" are two roundings of one
bearing. Distances are otherwise compared only from the same reference with the same
direction (`figure_align`): different places at a distance from one city are many ("Zarand,
a town ... 602 miles southeast of Tehran"). So the place located must be named, the same,
at the head of both sentences as the subject of an apposition ("Qeshm, ..."), and the two
directions must share a compass point (one inside the other: "south" / "southeast").
"""

from __future__ import annotations

import re

from unidecode import unidecode

from synoptic import lang

# "Qeshm, ...", "Bandar Abbas, ...": one to three capitalised words, then a comma
_LOCATED = re.compile(r"^\s*((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+),")


def located(sentence: str) -> str:
    """The named place a sentence opens on as the subject of an apposition, folded, or ""."""
    m = _LOCATED.match(sentence)
    if not m:
        return ""
    words = m.group(1).split()
    if unidecode(words[0]).casefold() in lang.all_stop_words("STOP_WORDS"):
        return ""  # "The island, ...", "However, ...": no name
    return unidecode(m.group(1)).casefold()


def one_place(a, b) -> bool:  # type: ignore[no-untyped-def]
    """Two distances of one named place from one reference, on neighbouring bearings."""
    ra, rb = a.reference, b.reference
    if ra is None or rb is None or ra[1] != rb[1]:
        return False
    da, db = ra[0], rb[0]
    if not (da and db) or not (da in db or db in da):
        return False
    place = located(a.sentence.text)
    return bool(place) and place == located(b.sentence.text)


_PLACE_AFTER = re.compile(r"\b(?:of|from)\s+((?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def distance_topic(mentions: list) -> str:  # type: ignore[type-arg]
    """"distance of Qeshm from Tehran" when every figure of a group is one named place's
    distance from one named reference (the topic words around the figures may name another
    place of the sentence), else ""."""
    refs = {m.reference[1] if m.reference else None for m in mentions}
    if len(refs) != 1 or None in refs:
        return ""
    places = {located(m.sentence.text) for m in mentions} - {""}
    first = mentions[0]
    after = first.sentence.text[first.quantity.span.end - first.sentence.start :]
    ref = _PLACE_AFTER.search(after[:80])
    if not ref:
        return ""
    if len(places) == 1:
        name = _LOCATED.match(first.sentence.text)
        if name:
            return f"distance of {name.group(1)} from {ref.group(1)}"
    return f"distance from {ref.group(1)}"
