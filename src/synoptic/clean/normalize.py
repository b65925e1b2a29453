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
        if is_bad(text) or _C1.search(text):
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


@lru_cache(maxsize=65536)
def line_key(line: str) -> str:
    """A comparison key for a line: case, spacing, digits and edge punctuation ignored."""
    key = re.sub(r"\d", "0", line.casefold())
    key = re.sub(r"[\W_]+", " ", key).strip()
    return key
