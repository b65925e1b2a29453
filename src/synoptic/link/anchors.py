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

from synoptic.util.scripts import MARKS

# digits of any script (\d is Unicode-aware), with thousands/decimal separators
# (Arabic writes the decimal mark as "٫" or "،" and groups thousands with "٬")
_NUMBER = re.compile(r"\d+(?:[.,\u066c\u00a0\u202f ]\d{3})*(?:[.,\u066b\u060c]\d+)?")
_WORD = re.compile(rf"[^\W\d_][\w'’{MARKS}-]*", re.UNICODE)  # (with its letters' marks: Devanagari)


def normalize_number(token: str) -> str | None:
    """"100,000" / "100 000" / "١٠٠٬٠٠٠" -> "100000"; "3.5" -> "3.5"; "3,5" -> "3.5"."""
    digits: list[str] = []
    for ch in token:
        value = unicodedata.decimal(ch, None)
        if value is not None:
            digits.append(str(value))
        elif ch in ".,\u066c\u00a0\u202f ":
            digits.append(",")  # a group separator, or a decimal mark: decided below
        elif ch in "\u066b\u060c":
            digits.append(".")
    text = "".join(digits).strip(".,")
    if not text:
        return None
    groups = re.split(r"[.,]", text)
    if len(groups) > 1 and all(len(g) == 3 for g in groups[1:]):
        value = "".join(groups)  # thousands separators
    elif len(groups) == 2:
        value = f"{groups[0]}.{groups[1]}"
    else:
        value = "".join(groups)
    if "." not in value:  # "08" and "8" are one number ("2005/01/08" vs "8 January 2005")
        value = value.lstrip("0") or "0"
    return value


def numbers(text: str) -> list[str]:
    out: list[str] = []
    for m in _NUMBER.finditer(text):
        value = normalize_number(m.group())
        if value is not None:
            out.append(value)
    return out


def mantissa(number: str) -> str:
    """Significant digits only: "1.3" (million), "1300000" and "1,300,000" meet as "13".

    Number formatting is the noisiest thing translation and copy-editing change
    (separators, "1.3 million", a thousands comma read as a list comma), so numbers
    are compared on their significant digits; "13" and "15" still differ.
    """
    return number.replace(".", "").strip("0")


def number_set(anchor_list: list[str]) -> set[str]:
    return {m for a in anchor_list if a.startswith("#") and (m := mantissa(a[1:]))}


def numbers_conflict(a: set[str], b: set[str]) -> bool:
    """Each side states a number the other does not: two reports, not one.

    One-sided differences are tolerated: a translation may spell a number out
    ("quinze marins" for "15 sailors") or drop one.
    """
    return bool(a - b) and bool(b - a)


def anchors(text: str, name_prefix: int, name_min: int) -> list[str]:
    """Numbers and names of one sentence, in order of appearance (numbers prefixed '#').

    Names are capitalized words after the first one (the first is capitalized by
    position), as the first `name_prefix` letters of their transliteration when at least
    `name_min`; scripts without case (Arabic, Hebrew, Devanagari) yield only numbers.
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
            key = re.sub(r"[^a-z0-9]", "", unidecode(word).lower())[:name_prefix]
            if len(key) >= name_min:
                found.append((m.start(), key))
        first = False
    found.sort()
    return [a for _, a in found]
