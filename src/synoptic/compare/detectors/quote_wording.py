"""Quote disputes: one quotation given in two wordings that differ in a content word.

"In his own words, he said it's not his DNA to stay in jail" / "In his own words, it is not
in his DNA to stay in prison": the same speaker's same sentence, one word of substance
changed. Two variants of one merged quote (`link/quotes.py`: one speaker, one thing said)
differ so when, after folding case, accents and contractions ("it's" / "it is"), a stretch
of one is replaced by a stretch of the other between words both share on each side (at
least `_ANCHOR` words each side, or the quotation's own start or end on both sides), and the
replaced stretches hold a content word the other lacks, not a spelling of it ("realise" /
"realize") nor a name. When in doubt, no dispute:

- a quote cut short, or with words left out ("…"), is a trim, not another wording: only
  a replacement counts, never a deletion;
- function words alone ("a" / "the", "that" / "which") are transcription, not substance;
- figures are the figure rules' (`quote.py`); variants in two languages share no anchor.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from rapidfuzz import fuzz
from unidecode import unidecode

from synoptic import lang

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_ANCHOR = 2  # words in common on each side of a replaced stretch (measured on dev quotes)
_MAX_REPLACED = 3  # words a replaced stretch may hold: more is another sentence
_SAME_WORDING = 0.75  # share of common words of one wording (dev: 0.8 for one word changed in 15)
_SPELLING = 80  # character similarity of two words above which they are one word spelt two ways
# English contractions written out, so "it's" and "it is" are one wording
_CONTRACTIONS = {
    "n't": " not",
    "'re": " are",
    "'ll": " will",
    "'ve": " have",
    "'m": " am",
    "'d": " would",
}
_IT_IS = {
    "it's": "it is",
    "that's": "that is",
    "there's": "there is",
    "he's": "he is",
    "she's": "she is",
    "what's": "what is",
    "who's": "who is",
    "can't": "can not",
    "won't": "will not",
}


def words(text: str) -> list[str]:
    """A quotation's words, folded, with contractions written out."""
    out: list[str] = []
    for w in _WORD.findall(text):
        w = unidecode(w).casefold().replace("’", "'")
        if w in _IT_IS:
            out.extend(_IT_IS[w].split())
            continue
        for short, full in _CONTRACTIONS.items():
            if w.endswith(short) and len(w) > len(short):
                w = w[: -len(short)] + full
                break
        out.extend(w.split())
    return out


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return lang.all_stop_words("STOP_WORDS") | lang.all_stop_words("FUNCTION_WORDS")


def _substance(side: list[str], other: list[str]) -> set[str]:
    """Content words of one replaced stretch that the other stretch has in no spelling."""
    stop = _function_words()
    out = set()
    for w in side:
        if w in stop or len(w) < 3 or not w.isalpha():
            continue
        if any(lang.stem(w) == lang.stem(o) or fuzz.ratio(w, o) >= _SPELLING for o in other):
            continue
        out.add(w)
    return out


def reworded(a: str, b: str) -> tuple[str, str] | None:
    """The two stretches where one quotation's wording replaces the other's content word,
    or None (same words, a trim, or another sentence)."""
    if any(c.isdigit() for c in a + b):
        return None  # figures: the figure rules compare them
    wa, wb = words(a), words(b)
    raw_a = {w.casefold() for w in _WORD.findall(a) if w[:1].isupper()}
    raw_b = {w.casefold() for w in _WORD.findall(b) if w[:1].isupper()}
    ops = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes()
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag != "replace":
            continue
        # where one quotation ends inside the stretch, the other's words past that point are
        # a trim: "stay in jail, which is what ..." / "stay in prison."
        if j2 == len(wb) and i2 - i1 > j2 - j1 and k:
            i2 = i1 + (j2 - j1)
        elif i2 == len(wa) and j2 - j1 > i2 - i1 and k:
            j2 = j1 + (i2 - i1)
        if max(i2 - i1, j2 - j1) > _MAX_REPLACED:
            continue
        left = ops[k - 1] if k else None
        right = ops[k + 1] if k + 1 < len(ops) else None
        # anchored on each side by common words, or by the end of one quotation (the
        # other running on is a trim after the changed word)
        left_ok = (i1 == 0 or j1 == 0) or (
            left is not None and left[0] == "equal" and left[2] - left[1] >= _ANCHOR
        )
        right_ok = (ops[k][2] == len(wa) or ops[k][4] == len(wb)) or (
            right is not None and right[0] == "equal" and right[2] - right[1] >= _ANCHOR
        )
        if not (left_ok and right_ok) or not any(
            op[0] == "equal" and op[2] - op[1] >= _ANCHOR for op in ops
        ):
            continue
        sa, sb = wa[i1:i2], wb[j1:j2]
        # a capitalized word in either quotation may be a name: names are the name rules'
        names = raw_a | raw_b
        gone = {w for w in _substance(sa, sb) if w not in names}
        came = {w for w in _substance(sb, sa) if w not in names}
        # one word of substance for another ("jail" / "prison"), in quotations that are
        # otherwise one wording: not "the man who lost his wife" / "the man and his wife"
        if gone and came and _shared(ops, (tag, i1, i2, j1, j2)) >= _SAME_WORDING:
            return " ".join(sa), " ".join(sb)
    return None


def _shared(
    ops: list[tuple[str, int, int, int, int]], changed: tuple[str, int, int, int, int]
) -> float:
    """Share of words two quotations have in common between their first and last common
    word, the `changed` stretch included (what one cut shorter than the other is left out)."""
    inside = [op for op in ops if op[0] == "equal"] + [changed]
    same = sum(i2 - i1 for tag, i1, i2, _, _ in inside if tag == "equal")
    span_a = max(op[2] for op in inside) - min(op[1] for op in inside)
    span_b = max(op[4] for op in inside) - min(op[3] for op in inside)
    return same / max(span_a, span_b, 1)
