"""Name disputes in a pair: one statement names the same partner with two different people.

"Robert Pattinson and Kristen Stewart will star in 'Moon'" / "... with Robert Pattinson and
Kristen Bell in the lead roles": two sources state one fact (the aligner put both sentences
in it), each names a person right after the same partner and the same joining word, the two
people share a given name and have different surnames: one of the sources has the person
wrong. Names and their order are read, not words of a language, so the rule holds for "Jean
Dupont et Marie Curie" as for "and". When in doubt, no dispute:

- both sentences are mentions of one aligned fact (two statements about two pairs stay apart);
- the given names are one (a first name told the same way is the anchor; two different given
  names are two people, `name.py` reads a post held by a surname);
- surnames that may be spellings of one (`name_spelling_ratio`) or where one holds the other
  ("Rodham" / "Rodham Clinton") agree;
- an article that names both people shows they are two (a cast, a family);
- the sides come from different reports (`StoryIndex.apart`), one article on one side.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass

from synoptic.compare.detectors.name import NAME_WORD, fold, names_by_article
from synoptic.compare.evidence import (
    StoryInputs,
    make_conflict,
    one_count_per_article,
    variant_of,
)
from synoptic.model import Conflict, Span
from synoptic.settings import CompareSettings

# the partner's surname and a short lowercase joining word right before a name
# ("Pattinson and ", "Dupont et ", "Smith & "); a letter word only, no figure
_PARTNER = re.compile(r"([^\W\d_][^\W\d_'’-]{2,})\s+([^\W\d_]{1,3}|&)\s+$")


@dataclass(frozen=True)
class _Paired:
    span: Span
    given: str  # folded
    surname: str  # folded
    partner: tuple[str, str]  # folded partner surname, joining word
    facts: frozenset[str]


def _paired(story: StoryInputs) -> list[_Paired]:
    out: list[_Paired] = []
    for aid, article in story.index.articles.items():
        analysis = story.analyses.get(aid)
        if analysis is None:
            continue
        for mention in analysis.entities:
            words = mention.span.text.split()
            if mention.type != "PERSON" or len(words) != 2:
                continue
            if not all(NAME_WORD.match(w) and w[0].isupper() for w in words):
                continue
            m = _PARTNER.search(article.text[max(0, mention.span.start - 40) : mention.span.start])
            if m is None or not m.group(1)[0].isupper() or not (m.group(2) == "&" or m.group(2).islower()):
                continue
            facts = frozenset(story.index.facts_of(mention.span))
            partner = (fold(m.group(1)), fold(m.group(2)))
            out.append(_Paired(mention.span, fold(words[0]), fold(words[-1]), partner, facts))
    return out


def _may_be_one(a: str, b: str, spelling_ratio: float) -> bool:
    """Two surnames that may be one person's: spellings, or one holding the other."""
    if a in b or b in a:
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= spelling_ratio


def detect(story: StoryInputs, settings: CompareSettings) -> list[Conflict]:
    """People named beside one partner in one aligned fact with two different surnames."""
    idx = story.index
    full_names = names_by_article(story)  # an article naming both is two people
    by_key: dict[tuple[tuple[str, str], str], list[_Paired]] = defaultdict(list)
    for p in _paired(story):
        if p.surname != p.partner[0]:
            by_key[(p.partner, p.given)].append(p)
    out: list[Conflict] = []
    seen: set[frozenset[str]] = set()
    for (partner, given), items in by_key.items():
        surnames = sorted({p.surname for p in items})
        if len(surnames) != 2 or _may_be_one(*surnames, settings.name_spelling_ratio):
            continue
        if any({(given, s) for s in surnames} <= names for names in full_names.values()):
            continue
        sides = [[p for p in items if p.surname == s] for s in surnames]
        # one aligned fact holds both sides, told by two reports
        pairs = [(a, b) for a in sides[0] for b in sides[1] if a.facts & b.facts and idx.apart(a.span, b.span)]
        if not pairs or frozenset(surnames) in seen:
            continue
        variants = [variant_of(side[0].span.text, (p.span for p in side)) for side in sides]
        if not one_count_per_article(variants):
            continue
        seen.add(frozenset(surnames))
        variants.sort(key=lambda v: (-idx.sources(v.articles), v.value))
        out.append(make_conflict("role", f"who is named with {partner[0].title()}", variants, idx))
    return out
