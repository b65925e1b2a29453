"""Figures written in more than one piece: mixed fractions, compound durations, ranges.

Read by `text/quantities.py` beside its one-number pattern, which alone would misread them:
"4 1/2 months" as "2 months" (the denominator taken for the count), "5h 34m 28s" as
nothing or as three unrelated figures, "between 20 and 30 people" as 30 people (a bound
taken for a point, which then disputes "25 people"). Each reader returns plain tuples:
(start, end, low, high, unit) with offsets in the article's text.
"""

from __future__ import annotations

import re

from synoptic.text.quantity_units import singular, unit_after
from synoptic.text.quantity_words import SCALE, parse_words

# a whole number and a fraction of one: "4 1/2", "2-1/2", "4½"
# (a "3/4" date or score is not a fraction of a count: it needs the whole number before it)
_DENOMINATORS = frozenset(
    {2, 3, 4, 8}
)  # halves, thirds, quarters, eighths: what counts are told in
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_MIXED = re.compile(
    r"(?<![\w.,/-])(?P<whole>\d{1,3})(?:(?:\s+|-)(?P<num>\d{1,2})\s*/\s*(?P<den>\d{1,2})(?![\d/])"
    r"|\s?(?P<vulgar>[½¼¾⅓⅔]))"
)


def mixed_fractions(
    text: str, s0: int, s1: int, language: str
) -> list[tuple[int, int, float, float, str]]:
    """Mixed fractions with their counted noun, as the whole numbers either side ("4 1/2
    months" -> 4 to 5 month), or a range they open ("3 1/2 to 15 years" -> 3.5 to 15 year)."""
    out = []
    for m in _MIXED.finditer(text, s0, s1):
        if m.group("vulgar"):
            frac = _VULGAR[m.group("vulgar")]
        else:
            num, den = int(m.group("num")), int(m.group("den"))
            if not (0 < num < den) or den not in _DENOMINATORS:
                continue  # "4 5/3" is no fraction of one; "12 10/11" a date
            frac = num / den
        whole = int(m.group("whole"))
        top = _RANGE_TOP.match(text, m.end(), s1)  # "3 1/2 to 15 years": a range
        high = float(top.group("top")) if top else whole + 1.0
        found = unit_after(text, top.end() if top else m.end(), 2.0, language)
        if not found or high < whole + frac:
            continue
        # the whole numbers either side: rewriters round "4 1/2 months" to "four" or to
        # "five" (ECB+ 28_ecbplus, development), neither of which disputes it
        low = whole + frac if top else float(whole)
        out.append((m.start(), found[1], low, high, singular(found[0], language)))
    return out


_RANGE_TOP = re.compile(r"\s*(?:-|–|to|à|a)\s*(?P<top>\d{1,3})(?![\d/.,])", re.IGNORECASE)


# "four and a half months", "2 and a half years", "quatre ans et demi" is not read (the half
# follows the noun): a whole number, then "and a half"
_AND_A_HALF = re.compile(
    r"(?<![\w.,/-])(?P<whole>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+and\s+a\s+half\b", re.IGNORECASE
)


def and_a_half(
    text: str, s0: int, s1: int, language: str
) -> list[tuple[int, int, float, float, str]]:
    """A whole number and a half with its counted noun, as the whole numbers either side
    ("four and a half months" -> 4 to 5 month), as `mixed_fractions` reads "4 1/2 months"."""
    if language not in ("en", ""):
        return []
    out = []
    for m in _AND_A_HALF.finditer(text, s0, s1):
        word = m.group("whole")
        whole = float(word) if word.isdigit() else parse_words(word, "en")
        found = unit_after(text, m.end(), 2.0, language) if whole is not None else None
        if whole is None or not found:
            continue
        out.append((m.start(), found[1], whole, whole + 1.0, singular(found[0], language)))
    return out


def after_slash(text: str, start: int) -> bool:
    """Is the figure at `start` the second number of a fraction or ratio ("4 1 / 2 months",
    "41 / 2" as a tokeniser spaced "4 1/2")? Such a figure counts nothing by itself."""
    return re.search(r"\d\s*/\s*$", text[max(0, start - 6) : start]) is not None


# the parts of a duration, each a number and its time unit: "5h 34m 28s", "2 hours, 5 minutes
# and 30 seconds", "1 min 37 sec"; units of en, fr, es, it, nl
_PARTS = (
    ("hour", 3600, r"h|hrs?|hours?|heures?|horas?|or[ae]|uur"),
    ("minute", 60, r"m|mins?|minutes?|minutos?|minuti|minuto|minuten"),
    ("second", 1, r"s|secs?|seconds?|secondes?|segundos?|secondi|secondo|seconden"),
)
_PART = re.compile(
    r"(?P<n>\d{1,3}(?:[.,]\d{1,3})?)\s?(?P<u>"
    + "|".join(f"(?:{p})" for _, _, p in _PARTS)
    + r")(?![\w'’])",
    re.IGNORECASE,
)
_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:and|et|y|e|en)\s+)?", re.IGNORECASE)


def _part_unit(word: str) -> tuple[str, int] | None:
    for unit, seconds, pattern in _PARTS:
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return unit, seconds
    return None


def compound_durations(text: str, s0: int, s1: int) -> list[tuple[int, int, float, float, str]]:
    """Durations written in two or more parts, larger units first ("5h 34m 28s", "1m 37s",
    "3 hours and 20 minutes"), read as one figure in their smallest unit (20068 second).
    A lone "5m" or "28s" is not read: alone it is a length or a decade."""
    out: list[tuple[int, int, float, float, str]] = []
    pos = s0
    while pos < s1:
        m = _PART.search(text, pos, s1)
        if not m:
            break
        if m.start() > 0 and re.match(r"[\w.,/:-]", text[m.start() - 1]):
            pos = m.end()
            continue
        parts = [m]
        while True:
            j = _JOIN.match(text, parts[-1].end(), s1)
            nxt = _PART.match(text, j.end(), s1) if j else None
            if not nxt:
                break
            this, last = _part_unit(nxt.group("u")), _part_unit(parts[-1].group("u"))
            if not this or not last or this[1] >= last[1]:
                break  # parts go from larger to smaller units
            parts.append(nxt)
        if len(parts) >= 2 and all(p.group("n").isdigit() for p in parts[1:]):
            unit, step = _part_unit(parts[-1].group("u"))  # type: ignore[misc]
            total = sum(
                float(p.group("n").replace(",", ".")) * _part_unit(p.group("u"))[1] for p in parts
            )  # type: ignore[index]
            value = round(total / step, 6)
            out.append((parts[0].start(), parts[-1].end(), value, value, unit))
            pos = parts[-1].end()
        else:
            pos = m.end()
    return out


# "between 20 and 30", "entre 20 et 30", "entre 20 y 30", "tra 20 e 30", "tussen 20 en 30":
# the first number of a range whose second number is a figure read with its noun
_RANGE_OPEN = re.compile(
    r"(?:(?<![\w])(?:between|entre|tra|fra|tussen)\s+)(?:[$€£¥]\s?)?(?P<low>\d{1,3}(?:[,.\s]\d{3})*(?:[.,]\d+)?)"
    r"(?:\s?(?P<scale>thousand|million|billion|millions?|milliards?|millones|bn|m)\b)?\s+(?:and|to|et|y|e|en)\s+$",
    re.IGNORECASE,
)


def range_start(text: str, start: int, s0: int) -> tuple[int, str, float | None] | None:
    """Where a "between X and" range opens before the figure at `start`, X as written, and
    X's own scale ("between $5 million and ..." -> 1e6), None when it names none."""
    m = _RANGE_OPEN.search(text, max(s0, start - 50), start)
    if not m or m.end() != start:
        return None
    scale = SCALE.get(m.group("scale").lower()) if m.group("scale") else None
    return m.start(), m.group("low"), scale
