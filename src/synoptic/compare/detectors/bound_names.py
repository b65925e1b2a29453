"""Names a detector binds a value to by a pattern ("Klitschko (52-3", "LaSalle, 36, of
Bloomington", "Klitschko's sixth defense"): the capitalised runs such patterns read, and a
surname alone read as the article's one full name of that surname. One home for what the
record, residence and ordinal detectors share."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

CAP = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
# a name run may hold the particles of surnames ("Ludwig van Beethoven", "Osama bin Laden")
NAME = rf"{CAP}(?:[ \t]+(?:(?:van|von|de|der|den|del|da|di|du|la|le|bin|al|ibn)[ \t]+)*{CAP})*"
FULL = re.compile(rf"{CAP}(?:[ \t]+{CAP})+")

Tokens = tuple[str, ...]


def full_names(text: str, tokens_of: Callable[[str], Tokens], full: re.Pattern[str] = FULL,
               keep: Callable[[Tokens], bool] | None = None) -> dict[str, set[Tokens]]:
    """The article's names of two words or more (as `tokens_of` folds them), by surname."""
    out: dict[str, set[Tokens]] = defaultdict(set)
    for m in full.finditer(text):
        tokens = tokens_of(m.group(0))
        if len(tokens) >= 2 and (keep is None or keep(tokens)):
            out[tokens[-1]].add(tokens)
    return out


def fullest(surname: str, full: dict[str, set[Tokens]]) -> set[Tokens]:
    """The article's full names of a surname that no other of them holds: one is the
    person a lone surname names; two or more, people the surname does not tell apart."""
    names = full.get(surname, set())
    return {n for n in names if not any(set(n) < set(o) for o in names)}
