"""Claims in statements the aligner kept apart: one subject in two states that exclude each other.

"Smith died at the scene" / "Smith died later at the hospital"; "Jones remains in custody" /
"Jones was released on bail"; "Lee pleaded guilty" / "Lee pleaded not guilty". The states are
general vocabulary, one closed set a line (`STATE_SETS` in `lang/xx/claims.py`), each
phrase written with its verb so that a word alone ("released": a statement, a name) never
counts. A statement (`statements.py`: a named subject of the story followed at once by its
verb) that opens with one of the phrases puts its subject in that state. Two sources apart
that put one subject (one canonical entity) in two states of one set dispute a claim. When
in doubt, no dispute:

- a negated statement ("was not released") is left to `cross_claims.py`; one with a time
  word ("was later released", `TIME_WORDS`) tells one moment of a story that moves;
- an article that puts the subject in two states of the set (a timeline: held, then
  released) is on neither side;
- articles published on different days may report two moments (`cross_claims._same_day`).
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from unidecode import unidecode

from synoptic.compare.detectors.cross_claims import _same_day
from synoptic.compare.detectors.statements import Statement, claim_words, statements
from synoptic.compare.evidence import (
    StoryInputs,
    cross_source,
    make_conflict,
    one_count_per_article,
    variant_of,
)
from synoptic.model import Conflict, Span
from synoptic.settings import CompareSettings


@lru_cache(maxsize=1)
def _phrases() -> dict[tuple[str, ...], tuple[str, int, bool]]:
    """Each phrase's words (its auxiliary dropped: statements start at the verb) -> (family,
    state, whether it is a passive: "was killed" is said of who died, "killed" of who shot)."""
    out: dict[tuple[str, ...], tuple[str, int, bool]] = {}
    for line in claim_words("STATE_SETS"):
        family, *states = line.split("|")
        for n, state in enumerate(states):
            for phrase in state.split("/"):
                words = unidecode(phrase).casefold().split()
                passive = bool(words) and words[0] in ("was", "were", "is", "are", "been", "being")
                if passive:
                    words = words[1:]
                if words:
                    out[tuple(words)] = (family, n, passive)
    return out


def state_of(statement: Statement) -> tuple[str, int, str] | None:
    """(family, state, the phrase as matched) a positive statement puts its subject in."""
    if statement.negated or statement.timed:
        return None  # "was later released": one moment of a story that moves
    phrases = _phrases()
    longest = max((len(k) for k in phrases), default=0)
    for n in range(min(longest, len(statement.after)), 0, -1):
        hit = phrases.get(statement.after[:n])
        if hit and (statement.passive or not hit[2]):
            return hit[0], hit[1], " ".join(statement.after[:n])
    return None


def detect(
    story: StoryInputs, settings: CompareSettings, found: list[Statement] | None = None
) -> list[Conflict]:
    """Subjects put in two states of one set by sources apart."""
    idx = story.index
    names = {e.id: e.name for e in story.entities}
    by_key: dict[tuple[str, str], dict[int, list[tuple[str, Span]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for s in found if found is not None else statements(story):
        state = state_of(s)
        if state:
            family, n, phrase = state
            by_key[(s.entity, family)][n].append((phrase, s.sentence))
    out: list[Conflict] = []
    for (entity, family), by_state in by_key.items():
        if len(by_state) < 2:
            continue
        articles_in: dict[str, set[int]] = defaultdict(set)
        for n, items in by_state.items():
            for _, span in items:
                articles_in[span.article].add(n)
        kept = {
            n: [(p, s) for p, s in items if len(articles_in[s.article]) == 1]
            for n, items in by_state.items()
        }
        kept = {n: items for n, items in kept.items() if items}
        if len(kept) < 2:
            continue
        variants = [
            variant_of(items[0][0], [s for _, s in items]) for _, items in sorted(kept.items())
        ]
        if not one_count_per_article(variants) or not cross_source(variants, idx):
            continue
        days = [idx.articles[a] for v in variants for a in v.articles]
        if not all(_same_day(x, y) for x in days for y in days):
            continue
        out.append(make_conflict("claim", f"{family}: {names.get(entity, entity)}", variants, idx))
    return out
