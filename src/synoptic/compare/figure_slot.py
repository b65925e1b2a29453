"""One act's figure told in statements that share few words: the slot a figure fills.

Two reports often give one count in sentences the aligner keeps apart and whose words
barely meet ("the panel deliberated ... for 40 hours over four days" / "unable to come to a
decision after 30 hours of deliberation"). A figure's slot is its counted noun (the unit)
with the act it measures or counts: an English past-form verb before it in its clause
("deliberated ... for 40 hours", "were cut"), the verb right after its counted noun ("three
undersea cables were damaged"), or the noun its unit is "of" ("30 hours of deliberation").
Acts are compared by a suffix-stripped key ("deliberated" / "deliberation" -> "deliberat").

Two figures of different articles fill one slot (a STRONG link, `figure_align`) when they
share the unit and an act key, neither is a casualty figure (tolls have their own rules),
and each is its article's ONLY figure of that unit and act (`mark_slots`): an article that
states two counts of one act (a January cut and this week's) tells of two events, and none
of its figures fills the slot. The like-with-like rules of `figure_align` (qualifiers,
scope, places, days, clock times, reports weeks apart, a month or year named) still keep
figures apart, and values must be within `subject_act_max_ratio`.
"""

from __future__ import annotations

import re
from collections import Counter

from unidecode import unidecode

from synoptic import lang
from synoptic.compare.units import is_unit_word, unit_key

# acts that say nothing of what is counted: reporting and being ("said", "told", "was")
_NO_ACT = frozenset(
    """said told reported added noted stated announced confirmed explained claimed estimated
    according believed expected included involved used based called named listed described
    identified located related compared continued started ended lasted""".split()
)
_SUFFIXES = ("ions", "ion", "ings", "ing", "ed", "es", "s")
_BREAK = re.compile(r"[,;:()\"“”]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# a running count: what has been counted so far, which later reports raise (ECB+ 9_ecb,
# development: "since has received nearly 300,000 comments" beside another day's 235,000)
_RUNNING = re.compile(r"\b(?:since|so far|to date|thus far|until now|has|have)\b", re.IGNORECASE)
_REACH = 6  # words back from the figure within its clause (verbs further off govern other things)


def act_key(word: str) -> str:
    """A suffix-stripped key for one act's verb and noun ("deliberated", "deliberation")."""
    w = unidecode(word).casefold()
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            return w[: -len(suffix)]
    return w


def _past_form(word: str) -> bool:
    low = unidecode(word).casefold()
    return (low.endswith("ed") or low in lang.all_dispute_words("IRREGULAR_PAST")) and low not in _NO_ACT


def acts(sentence: str, start: int, end: int, unit: str) -> frozenset[str]:
    """The act keys of the figure at `start:end` of `sentence` (offsets in it) counting `unit`."""
    keys: set[str] = set()
    before = sentence[:start]
    cut = max((m.end() for m in _BREAK.finditer(before)), default=0)
    if _RUNNING.search(before[cut:]) or _RUNNING.search(sentence[end:]):
        return frozenset()  # a count so far ("since has received nearly 300,000"): an update
    for word in _WORD.findall(before[cut:])[-_REACH:]:
        if word[0].islower() and _past_form(word):
            keys.add(act_key(word))
    after = sentence[end:]
    clause = _BREAK.split(after, maxsplit=1)[0]
    words = _WORD.findall(clause)[:5]
    # past the counted noun (and a word qualifying it): "hours of deliberation", "cables were cut"
    k = next((i for i, w in enumerate(words[:3]) if is_unit_word(w, unit)), -1)
    rest = words[k + 1 :] if k >= 0 else (words if is_unit_word(_last_word(sentence, start, end), unit) else [])
    if rest[:1] and rest[0].casefold() == "of" and len(rest) > 1 and rest[1][0].islower():
        keys.add(act_key(rest[1]))
    elif rest[:1] and rest[0].casefold() in ("were", "was", "have", "had", "has", "been"):
        verb = next((w for w in rest[1:3] if w.casefold() not in ("been", "being", "all")), "")
        if verb and verb[0].islower() and _past_form(verb):
            keys.add(act_key(verb))
    return frozenset(k for k in keys if len(k) >= 4)


def _last_word(sentence: str, start: int, end: int) -> str:
    """The last word of the figure's own text ("three undersea cables" -> "cables")."""
    words = _WORD.findall(sentence[start:end])
    return words[-1] if words else ""


def mark_slots(mentions: list) -> None:  # type: ignore[type-arg]
    """Set each figure's `slot` (its act keys) and `slot_sole` (no other figure of its
    article has its unit and the same acts, or its unit and acts not read: an article that
    gives two figures of one act tells of two events, or of one and a part)."""
    for m in mentions:
        s = m.sentence
        m.slot = acts(s.text, m.quantity.span.start - s.start, m.quantity.span.end - s.start, m.quantity.unit)
    counts = Counter((m.article, unit_key(m.unit), m.slot) for m in mentions)
    unknown = Counter((m.article, unit_key(m.unit)) for m in mentions if not m.slot)
    for m in mentions:
        # another figure of its unit whose act is unread may be the same act's ("catching 52
        # passes" beside "caught eight passes"): then neither is sure
        key = (m.article, unit_key(m.unit))
        m.slot_sole = bool(m.slot) and counts[(*key, m.slot)] == 1 and not unknown[key]


def same_slot(a, b, max_ratio: float) -> bool:  # type: ignore[no-untyped-def]
    """Two articles' figures of one act: the same unit and act, each its article's only one,
    no casualty figure, one language, values within `max_ratio` of each other (one
    person's sentences of seven and 12 years are two sentencings, years apart)."""
    if a.article == b.article or not (a.slot_sole and b.slot_sole) or a.casualty or b.casualty:
        return False
    va = a.quantity.high if a.quantity.high is not None else a.quantity.low
    vb = b.quantity.high if b.quantity.high is not None else b.quantity.low
    if not va or not vb or max(va, vb) / min(va, vb) >= max_ratio:
        return False
    if a.language and b.language and a.language != b.language:
        return False
    # the same acts, not one in common: "convicted ... after 12 hours of deliberation" is
    # another deliberation than "deliberated ... for 40 hours"
    return unit_key(a.unit) == unit_key(b.unit) and a.slot == b.slot
