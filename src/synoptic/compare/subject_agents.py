"""Two sentences that tell one predicate of two different people are two facts.

Fact alignment joins sentences by their wording: "L'espagnol Alberto Contador a remporté le
classement général du Tour de France 2007" and "Le kazakh Alexandre Vinokourov a remporté la
15eme étape du Tour de France 2007" share their verb and most of their words, yet tell what
two different riders did (MultiLing 2011 M003 fr, dev). They do not corroborate each other
when all of this holds:

- each opens on a person (after at most `LEAD_WORDS` words: an article, a nationality, a
  title) resolved to the story's canonical entity by a name holding its surname: a given name
  alone ("Alice", who is "Mrs McMeekin" elsewhere) is no resolved person;
- the two people are different entities, and neither sentence names the other's person (one
  event told from two sides names both: "A beat B", "B lost to A");
- the words right after the two names share a content word, their predicate ("a remporté");
  "Cheeks was replaced" and "Tony DiLeo was named interim coach" are one event told from two
  sides, with two predicates;
- neither reports speech: "Smith said ..." and "Jones said ..." may give one fact from two
  witnesses.
"""

from __future__ import annotations

import re
from collections import Counter

from unidecode import unidecode

from synoptic.model import ArticleAnalysis, Entity, Span
from synoptic.text import names as nm
from synoptic.text.attribution_words import is_cue

LEAD_WORDS = 3  # words before the person a sentence opens on ("Le kazakh", "Police chief")
PREDICATE_WORDS = 4  # words after the name read as its predicate ("a également remporté la")
_WORD = re.compile(r"[^\W\d_]+")

# (the subject's entity id, the entity ids of every person the sentence names, the
# predicate's content words)
Agent = tuple[str, frozenset[str], frozenset[str]]


def _key(word: str) -> str:
    return unidecode(word).lower()


# each person mention's (article, start) to its canonical entity, and the surnames two of
# the story's people bear
People = tuple[dict[tuple[str, int], Entity], frozenset[str]]


def person_index(entities: list[Entity]) -> People:
    persons = [e for e in entities if e.type == "PERSON"]
    bearers = Counter(s for s in map(_surname, persons) if s)
    return (
        {(s.article, s.start): e for e in persons for s in e.mentions},
        frozenset(s for s, n in bearers.items() if n > 1),
    )


def _surname(entity: Entity) -> str | None:
    words = _WORD.findall(entity.name)
    return _key(words[-1]) if len(words) >= 2 else None


def _resolved(entity: Entity, mention: str, shared: frozenset[str]) -> bool:
    """A full name known for the entity, and the mention holds its surname; a surname alone
    that two of the story's people bear ("Davis": Mariah and Frederick Davis, GVC 556993 dev)
    names neither for sure."""
    surname = _surname(entity)
    words = {_key(w) for w in _WORD.findall(mention)}
    return (
        surname is not None and surname in words and not (words == {surname} and surname in shared)
    )


def subject_agent(span: Span, analysis: ArticleAnalysis | None, index: People) -> Agent | None:
    """The resolved person a sentence opens on, the people it names and its predicate's
    words; None when it opens on no resolved person or reports speech."""
    people, shared = index
    if analysis is None or not people:
        return None
    persons = [
        (e, people[(span.article, e.span.start)])
        for e in analysis.entities
        if e.type == "PERSON"
        and span.start <= e.span.start
        and e.span.end <= span.end
        and (span.article, e.span.start) in people
    ]
    if not persons:
        return None
    first, entity = min(persons, key=lambda p: p[0].span.start)
    before = span.text[: first.span.start - span.start]
    if len(_WORD.findall(before)) > LEAD_WORDS or any(c in before for c in ',;:"“«'):
        return None
    if not _resolved(entity, first.span.text, shared):
        return None
    if any(is_cue(w) for w in _WORD.findall(span.text)) or any(
        span.start < m.end and m.start < span.end
        for q in analysis.quotes
        for m in q.mentions
        if m.article == span.article
    ):
        return None
    after = _WORD.findall(span.text[first.span.end - span.start :])[:PREDICATE_WORDS]
    predicate = frozenset(
        _key(w) for w in after if len(w) >= 4 and w.islower() and w not in nm.FUNCTION_WORDS
    )
    return entity.id, frozenset(p[1].id for p in persons), predicate


def other_agents(a: Agent | None, b: Agent | None) -> bool:
    """Do two sentences tell one predicate of two different people, neither naming the other?"""
    if a is None or b is None or a[0] == b[0]:
        return False
    return a[0] not in b[1] and b[0] not in a[1] and bool(a[2] & b[2])
