"""Opposite statements without an NLI model: negation and antonyms over aligned text.

Two aligned statements contradict when, once negation cues are set aside, they
say nearly the same words but one is negated and the other is not, or when they
differ exactly by a pair of antonyms ("accepted" / "rejected"). Everything else,
paraphrase included, is left alone: precision over recall.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from unidecode import unidecode

from synoptic import lang

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
# Negation cues (English, French, Spanish, German, by surface form).
NEGATIONS = frozenset(
    """not no never none nobody nothing neither nor cannot without n't
    ne pas jamais aucun aucune rien sans
    nunca nada ningun ninguna sin
    nicht kein keine keinen nie niemals ohne""".split()
)
# Verbs that say an event did not happen ("failed to reach", "refused to sign"), by
# prefix. Denials and rejections are speech acts, not negations ("X denies arson" does
# not contradict "X charged with arson"); they oppose their antonyms below instead.
NEGATING_VERBS = ("refus", "declin", "fail")
# Antonym pairs by 5-character stem; a documented, general vocabulary.
ANTONYMS: tuple[tuple[str, str], ...] = (
    ("incre", "decre"), ("rise", "fall"), ("rose", "fell"), ("raise", "lower"),
    ("accep", "rejec"), ("agree", "refus"), ("agree", "disag"), ("confi", "denie"),
    ("confi", "deny"), ("admit", "denie"), ("ackno", "denie"), ("suppo", "rejec"), ("won", "lost"), ("win", "lose"), ("wins", "loses"),
    ("open", "close"), ("opene", "close"), ("appro", "rejec"), ("succe", "failu"),
    ("succe", "faile"), ("allow", "ban"), ("allow", "forbi"), ("allow", "prohi"),
    ("suppo", "oppos"), ("posit", "negat"), ("optim", "pessi"), ("guilt", "innoc"),
    ("alive", "dead"), ("arres", "relea"), ("acqui", "convi"), ("expan", "contr"),
    ("gain", "loss"), ("gaine", "lost"), ("highe", "lower"), ("more", "fewer"),
    ("resum", "suspe"), ("lifte", "impos"), ("lift", "impos"), ("start", "cance"),
    ("ally", "enemy"), ("legal", "illeg"), ("likel", "unlik"), ("possi", "impos"),
)
_ANTONYM_INDEX: dict[str, set[str]] = {}
for _a, _b in ANTONYMS:
    _ANTONYM_INDEX.setdefault(_a, set()).add(_b)
    _ANTONYM_INDEX.setdefault(_b, set()).add(_a)
_STOP = lang.all_stop_words("POLARITY_WORDS")


def _words(text: str) -> list[str]:
    return [unidecode(w).casefold().replace("’", "'") for w in _WORD.findall(text)]


def _is_cue(word: str) -> bool:
    return word in NEGATIONS or word.endswith("n't") or word.startswith(NEGATING_VERBS)


@dataclass(frozen=True)
class Reading:
    negated: bool
    stems: frozenset[str]  # content stems without negation cues


# a story's sentences are read once for the candidates, then again for each pair they are
# in (claim.py: ~3 reads a sentence in a 20-article story, #23); a reading never changes
@lru_cache(maxsize=8192)
def read(text: str) -> Reading:
    negated = False
    stems: set[str] = set()
    for w in _words(text):
        if _is_cue(w):
            # any cue negates: lists ("no plans, no intention") are far more common
            # in news than double negatives
            negated = True
            continue
        if w in _STOP or len(w) < 2:
            continue
        stems.add(lang.stem(w))
    return Reading(negated, frozenset(stems))


def negation_targets(text: str, reach: int) -> frozenset[str]:
    """Content stems within `reach` content words after a negation cue: what it negates."""
    targets: set[str] = set()
    left = 0
    for w in _words(text):
        if _is_cue(w):
            left = reach
            continue
        if w in _STOP or len(w) < 2:
            continue
        if left > 0:
            targets.add(lang.stem(w))
        left -= 1
    return frozenset(targets)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def contradiction(
    a: str,
    b: str,
    *,
    min_overlap: float,
    min_words: int,
    min_len_ratio: float,
    negation_reach: int,
    max_diff_words: int,
    diff_divisor: int,
) -> str | None:
    """Why two aligned statements contradict ("negation", "antonym"), or None.

    `min_words` content words on each side: short fragments say too little to
    be compared, except for quotes already known to be the same quotation.
    """
    ra, rb = read(a), read(b)
    if len(ra.stems) < min_words or len(rb.stems) < min_words:
        return None
    # a statement and a fragment of it (a split sentence, a headline) are not two claims
    if min(len(ra.stems), len(rb.stems)) / max(len(ra.stems), len(rb.stems)) < min_len_ratio:
        return None
    if ra.negated != rb.negated and overlap(ra.stems, rb.stems) >= min_overlap:
        negated_text, pos = (a, rb) if ra.negated else (b, ra)
        targets = negation_targets(negated_text, negation_reach)
        # the negation must bear on what both say ("would not extend" / "would extend"),
        # not on words only one side has ("We have no idea what caused it", said X)
        if targets & pos.stems and len(ra.stems ^ rb.stems) <= max(
            max_diff_words, len(ra.stems | rb.stems) // diff_divisor
        ):
            return "negation"
    only_a, only_b = ra.stems - rb.stems, rb.stems - ra.stems
    if ra.negated == rb.negated and len(only_a) <= max_diff_words and len(only_b) <= max_diff_words:
        for x in only_a:
            if _ANTONYM_INDEX.get(x, set()) & only_b:
                if overlap(ra.stems - only_a, rb.stems - only_b) >= min_overlap:
                    return "antonym"
    return None
