"""Language-light lexical anchors: the numbers and names a sentence states.

A report keeps its numbers (in order) and most of its names through rewriting and
translation, while independent coverage of the same event shares only some of
them and in another order. These anchors need no model, so they still work in
languages the encoder does not support.
"""

from __future__ import annotations

import re
import unicodedata

from unidecode import unidecode

# digits of any script (\d is Unicode-aware), with thousands/decimal separators
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
# Names are matched on a transliterated prefix, so inflected forms (Czech "Bushe",
# "Bushem") and spelling variants ("Riabkov"/"Ryabkov" differ later) still meet.
NAME_PREFIX = 4


def normalize_number(token: str) -> str | None:
    """"100,000" / "100 000" / "١٠٠٬٠٠٠" -> "100000"; "3.5" -> "3.5"; "3,5" -> "3.5"."""
    digits: list[str] = []
    for ch in token:
        value = unicodedata.decimal(ch, None)
        if value is not None:
            digits.append(str(value))
        elif ch in ".,":
            digits.append(ch)
    text = "".join(digits).strip(".,")
    if not text:
        return None
    groups = re.split(r"[.,]", text)
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]):
        return "".join(groups)  # thousands separators
    if len(groups) == 2:
        return f"{groups[0]}.{groups[1]}"
    return "".join(groups)


def numbers(text: str) -> list[str]:
    out: list[str] = []
    for m in _NUMBER.finditer(text):
        value = normalize_number(m.group())
        if value is not None:
            out.append(value)
    return out


def anchors(text: str) -> list[str]:
    """Numbers and names of one sentence, in order of appearance (numbers prefixed '#').

    Names are capitalized words after the first one (the first is capitalized by
    position); scripts without case (Arabic, Hebrew, Devanagari) yield only numbers.
    """
    found: list[tuple[int, str]] = []
    for m in _NUMBER.finditer(text):
        value = normalize_number(m.group())
        if value is not None:
            found.append((m.start(), "#" + value))
    first = True
    for m in _WORD.finditer(text):
        word = m.group()
        if not first and word[0].isupper():
            key = re.sub(r"[^a-z0-9]", "", unidecode(word).lower())[:NAME_PREFIX]
            if len(key) >= 3:
                found.append((m.start(), key))
        first = False
    found.sort()
    return [a for _, a in found]
