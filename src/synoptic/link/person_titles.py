"""A rank written before a surname that `text/roles.split_title` could not tell from a
given name ("Chief Smith", "Captain Trockeck": "Chief Keef" and "General Motors" are names),
read against the story (#19): when another person of the story bears that surname in full
("Jason Smith", "Chris Trocheck"), the rank was a title and the mention is that person's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from synoptic.model import Span

# Title heads that `text/roles.py` leaves on a name of two words (its `_AMBIGUOUS_HEADS`),
# and ranks of police and the military written so ("Sheriff's Deputy Jerry Ortiz" ... "Deputy
# Ortiz"), and the kinship a family calls a friend by ("Uncle Eric")
RANKS = frozenset(
    """
    general major chief head chair captain leader king justice deputy officer detective sergeant
    lieutenant trooper sheriff corporal agent inspector commander constable warden uncle aunt
    """.split()
)


def ranked_surnames(people: list[Any], surname_of: Callable[[Any, str], bool]) -> list[Any]:
    """People named by a rank and one word whose word is the surname of another person of the
    story with a full name join that person (the nearest is the first found)."""
    kept = []
    for g in people:
        target = None
        if len(g.tokens) == 2 and g.tokens[0].lower() in RANKS:
            target = next((p for p in people if p is not g and len(p.tokens) >= 2 and p.tokens[0].lower() not in RANKS
                           and surname_of(p, g.tokens[1])), None)
        if target is None:
            kept.append(g)
            continue
        for m in g.mentions:
            at = m.span.text.find(g.tokens[1])
            if at > 0:  # the mention becomes the surname, the rank its title
                rank = m.span.text[:at].strip()
                m.span = Span(m.span.article, m.span.start + at, m.span.end, m.span.text[at:])
                m.role = m.role or rank
            target.add(m)
    return kept
