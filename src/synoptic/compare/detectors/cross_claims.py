"""Claims in statements the aligner kept apart: one subject, one verb, opposite polarity.

"Investigators say she did not live at the home" and "she lived there with her father" may
share too few words for the whole-sentence comparison (`claim.py`), yet one negates the other.
Here two statements (`statements.py`: a named subject of the story followed at once by its
verb) from sources apart are a claim and its negation when they have the same subject (one
canonical entity), the same verb (one lemma-like key: "lived" / "live"), one negated ("did
not live") and the other not, and they bear on the same thing: a content word in common
after the verb, or no words after it on either side ("was not injured" / "was injured").
When in doubt, no claim:

- verbs of saying and knowing (`SKIP_VERBS`: "did not say", "did not identify") say what a
  party told, and two reports of that are two moments or two questions;
- a statement with a time word (`TIME_WORDS`: "has not yet been charged", "still") is one
  moment of a story that moves, and two articles published on different days may report
  two moments: an update, not a dispute;
- an article that states the verb of that subject both ways is on neither side.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from synoptic.compare.detectors.statements import Statement, claim_words, statements
from synoptic.compare.evidence import StoryInputs
from synoptic.model import Span


def opposed(story: StoryInputs, found: list[Statement] | None = None) -> list[tuple[Span, Span]]:
    """Pairs of sentences from sources apart: one states what a named subject did, the other
    says it did not."""
    idx = story.index
    sts = [
        s for s in (found if found is not None else statements(story)) if not s.said and not s.timed
    ]
    by_key: dict[tuple[str, str], list[Statement]] = defaultdict(list)
    for s in sts:
        by_key[(s.entity, s.verb_key)].append(s)
    out: list[tuple[Span, Span]] = []
    for group in by_key.values():
        out.extend(_negations(group, idx))
    out.extend(_opposites(sts, idx))
    return out


def _negations(group: list[Statement], idx) -> list[tuple[Span, Span]]:  # noqa: ANN001 - StoryIndex
    """In statements of one subject and one verb: a negated one against a stated one."""
    polarities: dict[str, set[bool]] = defaultdict(set)
    for s in group:
        polarities[s.sentence.article].add(s.negated)
    sides = [s for s in group if len(polarities[s.sentence.article]) == 1]
    out: list[tuple[Span, Span]] = []
    for neg in (s for s in sides if s.negated):
        for pos in (s for s in sides if not s.negated):
            if not idx.apart(neg.sentence, pos.sentence) or not _same_thing(neg, pos):
                continue
            if _same_day(idx.articles[neg.sentence.article], idx.articles[pos.sentence.article]):
                out.append((neg.sentence, pos.sentence))
    return out


@lru_cache(maxsize=1)
def _opposite_verbs() -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for pair in claim_words("OPPOSITE_VERBS"):
        a, b = pair.split()
        out[a].add(b)
        out[b].add(a)
    return out


def _opposites(sts: list[Statement], idx) -> list[tuple[Span, Span]]:  # noqa: ANN001 - StoryIndex
    """Statements of one subject with opposite verbs ("won" / "lost"), neither negated, about
    one thing (a content word in common after the verb)."""
    opposite = _opposite_verbs()
    stated = [s for s in sts if not s.negated and s.verb in opposite]
    by_article: dict[tuple[str, str], set[str]] = defaultdict(set)
    for s in stated:
        by_article[(s.sentence.article, s.entity)].add(s.verb)
    out = []
    for i, a in enumerate(stated):
        for b in stated[i + 1 :]:
            if a.entity != b.entity or b.verb not in opposite[a.verb] or not a.objects & b.objects:
                continue
            if any(opposite[x.verb] & by_article[(x.sentence.article, x.entity)] for x in (a, b)):
                continue  # an article telling both: two games, two votes
            if idx.apart(a.sentence, b.sentence) and _same_day(
                idx.articles[a.sentence.article], idx.articles[b.sentence.article]
            ):
                out.append((a.sentence, b.sentence))
    return out


def _same_thing(a: Statement, b: Statement) -> bool:
    """Both bear on one thing: a content word in common after the verb, or none on either."""
    if not a.objects and not b.objects:
        return True
    return bool(a.objects & b.objects)


def _same_day(a, b) -> bool:  # noqa: ANN001 - two Articles
    """Published on one day, or a date unknown: reports of different days may be two moments."""
    if a.published is None or b.published is None:
        return True
    return abs((a.published - b.published).days) <= 1
