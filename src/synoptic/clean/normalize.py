"""Text normalization before any offset is fixed.

ftfy repairs mojibake; quotes and dashes stay as the outlet typed them.
Invisible junk (zero-width spaces, soft hyphens, BOMs, stray controls) goes;
ZWJ/ZWNJ stay because some scripts (Persian, Indic, emoji) need them. Lines a spreadsheet
export wrapped in quotation marks are written as the article had them (`clean/csv_quotes.py`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import ftfy
import ftfy.fixes
from ftfy.badness import is_bad
from ftfy.chardata import LIGATURES

from synoptic.clean.csv_quotes import unwrap_export_quotes

_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\u180e\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_C1 = re.compile("[\u0080-\u009f]")
# Digits of the Indic scripts (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil,
# Telugu, Kannada, Malayalam) in their international form, which Indian usage admits
# beside them: the date, time and figure rules read ASCII digits ("मार्च २३,२००७" left a
# Hindi topic with no date at all; MultiLing 2011 M002 in Hindi, development). Arabic-Indic
# digits are read where they are found (`link/anchors.py`).
_INDIC_DIGITS = {base + k: str(k) for base in (0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66)
                 for k in range(10)}
# The characters each table maps: `str.translate` looks every character of a non-ASCII
# text up in its table, a text holding none of them is left as it is (#23: the two
# translations were a twentieth of cleaning's CPU on the synthetic stream)
_INDIC_DIGIT = re.compile("[" + "".join(map(chr, sorted(_INDIC_DIGITS))) + "]")
_LIGATURE = re.compile("[" + "".join(re.escape(chr(k)) for k in sorted(LIGATURES)) + "]")
_SPACES = re.compile("[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_FTFY = ftfy.TextFixerConfig(
    uncurl_quotes=False,  # keep typographic quotes as typed
    fix_character_width=False,  # full-width CJK punctuation is correct as is
    fix_latin_ligatures=True,
    normalization="NFC",
    explain=False,
)


def normalize_text(text: str) -> str:
    """Repaired, NFC text with `\\n` line ends and single spaces inside lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    if not text.isascii():
        # full repair only where ftfy sees mojibake; otherwise just compose
        # (NFC) and unfold ligatures, which is all ftfy would do
        if _may_be_bad(text) or _C1.search(text):
            text = ftfy.fix_text(text, config=_FTFY)
        else:
            if _LIGATURE.search(text):
                text = ftfy.fixes.fix_latin_ligatures(text)
            text = unicodedata.normalize("NFC", text)
    elif "&" in text and re.search(r"&(#\d+|#x[0-9a-f]+|[a-z]+);", text, re.I):
        text = ftfy.fix_text(text, config=_FTFY)
    text = _INVISIBLE.sub("", text)
    if not text.isascii() and _INDIC_DIGIT.search(text):
        text = text.translate(_INDIC_DIGITS)
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    return unwrap_export_quotes("\n".join(line.strip() for line in text.split("\n")))


def _may_be_bad(text: str) -> bool:
    """`ftfy.badness.is_bad(text)`, its search skipped where no match can be (`_mojibake_guard`)."""
    guard = _mojibake_guard()
    return (guard is None or guard.search(text) is not None) and is_bad(text)


# characters beyond ASCII that news text uses everywhere: a guard holding them (or ASCII)
# would let most texts through to the full search
_EVERYDAY = frozenset("“”‘’„‚«»–—…•· ")


@lru_cache(maxsize=1)
def _mojibake_guard() -> re.Pattern[str] | None:
    """Characters one of which every match of ftfy's mojibake expression holds (None when that
    cannot be told): each of its alternatives goes through a single character of some set (a
    literal, a class of literals and ranges), and of each alternative's sets the one with the
    fewest ASCII and everyday characters is taken. A text holding none of them has no mojibake by
    ftfy's measure, and its search of some forty alternatives at every position is skipped
    (#23: the search was 0.4 ms a non-ASCII text, and half the texts of the synthetic stream,
    GVC and Wikinews hold none of these characters; tests/unit/test_clean_normalize_guards.py)."""
    try:
        from re import _constants as c
        from re import _parser as parser

        from ftfy.badness import BADNESS_RE

        if BADNESS_RE.flags & re.IGNORECASE:
            return None
        items = list(parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags))
        if len(items) != 1 or items[0][0] is not c.BRANCH:
            return None
        needed: set[int] = set()
        for branch in items[0][1][1]:
            sets = [s for s in map(_one_of, branch) if s]
            if not sets:
                return None
            needed |= min(sets, key=lambda s: (sum(k < 128 or chr(k) in _EVERYDAY for k in s), len(s)))
        return re.compile("[" + "".join(re.escape(chr(k)) for k in sorted(needed)) + "]")
    except Exception:  # another engine's internals: search as ftfy does
        return None


def _one_of(item: tuple) -> set[int] | None:
    """The characters a parsed item matches when it is one character of a known set."""
    from re import _constants as c

    op, av = item
    if op is c.LITERAL:
        return {av}
    if op is not c.IN:
        return None
    chars: set[int] = set()
    for kind, value in av:
        if kind is c.LITERAL:
            chars.add(value)
        elif kind is c.RANGE:
            chars.update(range(value[0], value[1] + 1))
        else:  # a negated class or a category: no known set
            return None
    return chars


@lru_cache(maxsize=65536)
def line_key(line: str) -> str:
    """A comparison key for a line: case, spacing, digits and edge punctuation ignored."""
    key = re.sub(r"\d", "0", line.casefold())
    key = re.sub(r"[\W_]+", " ", key).strip()
    return key
