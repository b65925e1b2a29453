"""A date bound to the named person it follows, in a statement that gives several dates.

"The Saints signed DeShawn Wynn on Tuesday and Joique Bell today" dates two moves, one per
player: each date stands right after the name of the person it dates. Where another source's
statement of the same fact names that person too ("New Orleans picked up DeShawn Wynn on
Monday after ..."), the date right after the name is the one to set against it. Right after:
nothing but one short word between them ("on", "le", "am"), no other name in between.
"""

from __future__ import annotations

import re

from unidecode import unidecode

from synoptic.model import ArticleAnalysis, Span

_GAP = re.compile(r"^\s*(?:[^\W\d_]{1,3}\s+)?$")  # "DeShawn Wynn on Tuesday", "Joique Bell today"


def _surname(text: str) -> str:
    words = text.split()
    return unidecode(words[-1]).casefold().strip(".,'’") if words else ""


def persons_in(sentence: Span, analysis: ArticleAnalysis | None) -> list[Span]:
    """The spans of the persons a statement names."""
    if analysis is None:
        return []
    return [e.span for e in analysis.entities
            if e.type == "PERSON" and sentence.start <= e.span.start and e.span.end <= sentence.end]


def bound_dates(items: list, analysis: ArticleAnalysis | None, names_elsewhere: set[str]) -> list[tuple[str, object]]:
    """Of a statement's several dates (`items`, each with `.span` and `.sentence`), each one
    right after the name of a person that another source's statement names too
    (`names_elsewhere`: folded surnames), with that surname; a person or a date bound twice
    is left out."""
    if not items:
        return []
    sentence = items[0].sentence
    found = []
    for person in persons_in(sentence, analysis):
        name = _surname(person.text)
        if name not in names_elsewhere:
            continue
        for d in items:
            gap = sentence.text[person.end - sentence.start: d.span.start - sentence.start]
            if d.span.start >= person.end and _GAP.match(gap):
                found.append((name, d))
    names = [n for n, _ in found]
    dates = [id(d) for _, d in found]
    return [(n, d) for n, d in found if names.count(n) == 1 and dates.count(id(d)) == 1]
