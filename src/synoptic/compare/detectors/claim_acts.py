"""Claims in statements the aligner kept apart: one act said done and said not done.

"Gary Ross has not departed "The Hunger Games."" and "Gary Ross has reportedly pulled out of
negotiations to direct a sequel to "The Hunger Games."" share few words, so no fact holds
both and the whole-sentence comparison (`claim.py`) never pairs them. Here a clause states
an act when it holds a verb of one of the acts `ACT_FAMILIES` (`lang/xx/disputes.py`) lists
in its several wordings ("departed", "pulled out", "stepped away"; "entered", "checked
into"), negated when a negation cue stands right before the verb ("has not departed", "never
entered"). Two clauses of different origins are a claim and its negation when they state one
act family with opposite polarity about the same named thing: a capitalized name right after
the verb in both ("never entered Morningside" / "had checked into Morningside Recovery"),
and, when both name who acted before the verb, one name in common. When in doubt, no claim:

- a clause with a modal, a condition or a question's "whether" (`CLAIM_HEDGES`: "would not
  be returning", "if she leaves"), or whose verb follows "to" ("arrangements for Lohan to
  check into Morningside"), says nothing of what happened;
- an article that states the act both done and not done of that name (a report of the
  dispute itself, or two moments) is on neither side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from unidecode import unidecode

from synoptic import lang
from synoptic.compare import polarity
from synoptic.compare.detectors import date as date_detector
from synoptic.compare.evidence import StoryInputs
from synoptic.model import Span

# clause breaks: strong punctuation, a comma, or a conjunction that opens another clause
_CLAUSE = re.compile(r"[;:—–]|,\s|\s(?:but|while|although|though|whereas|and that)\s", re.IGNORECASE)
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LEADING = re.compile(r"(?:[\s\"'“”‘’«»(]|\b(?:and|but|that|while|although|though|whereas|then)\b)*", re.I)
_NEGATION_REACH = 3  # words before the verb a negation cue may stand ("has not yet departed")
_OBJECT_REACH = 10  # words after the verb the named thing acted on may stand
_MIN_NAME = 3  # letters of a capitalized word to count as a name


@dataclass(frozen=True)
class _Act:
    sentence: Span  # the clause that states the act (what a reader is shown)
    family: str
    negated: bool
    subjects: frozenset[str]  # names before the verb in its clause
    objects: frozenset[str]  # names after the verb in its clause


@lru_cache(maxsize=1)
def _families() -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for entry in lang.all_dispute_words("ACT_FAMILIES"):
        family, _, phrase = entry.partition(":")
        out[tuple(unidecode(phrase).casefold().split())] = family
    return out


@lru_cache(maxsize=1)
def _hedges() -> frozenset[str]:
    return frozenset(unidecode(w).casefold() for w in lang.all_dispute_words("CLAIM_HEDGES"))


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Capitalized words that name no thing acted on: function words opening a sentence or a
    title, weekdays and months ("checked into rehab on Thursday")."""
    return (
        lang.all_stop_words("STOP_WORDS") | lang.all_stop_words("FUNCTION_WORDS")
        | date_detector._WEEKDAYS | date_detector._MONTHS
    )


def _names(tokens: list[str]) -> frozenset[str]:
    stop = _not_names()
    return frozenset(
        t.casefold() for t in tokens
        if t[:1].isupper() and len(t) >= _MIN_NAME and t.casefold() not in stop and unidecode(t).casefold() not in stop
    )


@lru_cache(maxsize=1)
def _any_act() -> re.Pattern[str]:
    """The first words of every act's wordings: a sentence without one states none (most
    sentences; reading their clauses costs ten times this search, #23)."""
    firsts = {k[0] for k in _families()}
    # their six-letter beginnings, fewer alternatives than the words ("depart", "departed")
    heads = sorted({w[:6] for w in firsts}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in heads) + r")", re.IGNORECASE)


def clause_acts(sentence: Span) -> list[_Act]:
    """The acts of `ACT_FAMILIES` a sentence states, one at most per clause."""
    if not _any_act().search(sentence.text):
        return []
    out = []
    families = _families()
    longest = max((len(k) for k in families), default=1)
    hedges = _hedges()
    text = sentence.text
    cuts = [0, *(x for m in _CLAUSE.finditer(text) for x in (m.start(), m.end())), len(text)]
    for start, end in zip(cuts[::2], cuts[1::2], strict=True):
        clause = text[start:end]
        if "?" in clause:
            continue
        tokens = _TOKEN.findall(clause)
        folded = [unidecode(t).casefold().replace("’", "'") for t in tokens]
        if hedges & set(folded):
            continue
        found = []
        for i in range(len(folded)):
            for n in range(longest, 0, -1):
                family = families.get(tuple(folded[i : i + n]))
                if family:
                    found.append((i, n, family))
                    break
        if len({f for _, _, f in found}) != 1:
            continue  # no act, or two acts in one clause
        i, n, family = found[0]
        if i and folded[i - 1] == "to":
            continue  # "arrangements for Lohan to check into Morningside": a plan, not the act
        negated = any(polarity._is_cue(w) for w in folded[max(0, i - _NEGATION_REACH) : i])
        objects = _names(tokens[i + n : i + n + _OBJECT_REACH])
        if objects:
            # the clause from its own words: no connective before it, no full stop after it
            lead = _LEADING.match(clause).end()  # type: ignore[union-attr]
            stripped = clause[lead:].rstrip(" .!;,")
            span = Span(sentence.article, sentence.start + start + lead, sentence.start + start + lead + len(stripped), stripped)
            out.append(_Act(span, family, negated, _names(tokens[:i]), objects))
    return out


def opposed(story: StoryInputs) -> list[tuple[Span, Span]]:
    """Pairs of clauses of different origins: one states an act of a named thing, the other
    says it was not done."""
    idx = story.index
    acts = [a for sents in idx.sentences.values() for s in sents for a in clause_acts(s)]
    # an article on both sides of one act of one name is on neither
    both: set[tuple[str, str, str]] = set()
    seen: dict[tuple[str, str, str], bool] = {}
    for a in acts:
        for name in a.objects:
            key = (a.sentence.article, a.family, name)
            if seen.setdefault(key, a.negated) != a.negated:
                both.add(key)
    out = []
    for i, a in enumerate(acts):
        for b in acts[i + 1 :]:
            if a.family != b.family or a.negated == b.negated or not idx.apart(a.sentence, b.sentence):
                continue
            shared = a.objects & b.objects
            if not shared or (a.subjects and b.subjects and not a.subjects & b.subjects):
                continue
            if any((x.sentence.article, x.family, name) in both for x in (a, b) for name in shared):
                continue
            out.append((a.sentence, b.sentence))
    return out
