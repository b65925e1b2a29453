"""Quantities: numbers with what they count, as value ranges with exact spans.

"100,000 troops" -> [100000, 100000] troop; "more than 13,000 people" ->
[13000, None] people; "tens of thousands of troops" -> [20000, 100000] troop,
vague; "eight hours" -> [8, 8] hour; "57-member" -> [57, 57] member.

Regex candidates over small documented vocabularies (English, French,
Spanish number words, scale words, hedges, vague amounts), no model: it must
run well above 20 articles/s. Numbers that are years, dates, times of day,
ordinals, phone numbers or labels ("Nord Stream 2", "Article 5") are not
quantities; `timex` owns dates and years (shared test `timex.is_year_like`).

A quantity needs what it counts (a noun, "%" or a currency): a bare number
says nothing an analyst can compare. Above one, the counted noun is plural in
English, French and Spanish, which keeps verbs out ("five had fled"). Other
languages take digits only, with the first content word after the number as
the unit (spaCy's stop-word lists when installed) and scale words by stem.

Ranges: hedges widen a value ("about" +-10%, "nearly"/"barely" -10%, "more
than" open above, "up to" open below); a vague amount spans its order of
magnitude ("thousands" [2000, 10000], "dozens" [24, 100]).
"""


from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from synoptic.model import Article, Quantity, Sentence, Span
from synoptic.settings import QuantitySettings, TextSettings
from synoptic.text import timex
from synoptic.text.quantity_forms import (
    after_slash,
    and_a_half,
    compound_durations,
    mixed_fractions,
    range_start,
)
from synoptic.text.quantity_implicit import (
    TOLL_SUBJECT_LANGUAGES,
    participle_then_scope,
    subject_of_toll,
)
from synoptic.text.quantity_units import (
    ELIDED,
    MEASURE_NOUNS,
    MEASURE_SCALE_AFTER,
    NOT_UNITS,
    OTHER_SCALES,
    PLURAL_RULES,
    QUAKE_AFTER,
    TIME_UNITS,
    after_verb,
    is_label,
    looks_plural,
    singular,
    unit_after,
    unit_before,
)
from synoptic.text.quantity_words import (
    ALL_TRIGGERS,
    AMBIGUOUS_VAGUE,
    APPROX_WORDS,
    BLOCKERS,
    CURRENCY,
    DIGIT_RUN,
    HEDGES,
    NUMBER_PATTERN,
    NUMBER_TRIGGERS,
    SCALE,
    VAGUE_PATTERN,
    VAGUE_SCALE,
    VAGUE_TRIGGERS,
    apply_hedge,
    parse_digits,
    parse_words,
)

_FLAGS = re.IGNORECASE

@dataclass
class _Cand:
    start: int
    end: int
    low: float | None
    high: float | None
    unit: str
    approximate: bool
    vague: bool






def extract_quantities(
    article: Article, sentences: list[Sentence], settings: TextSettings
) -> list[Quantity]:
    """Counted quantities of one article, each with its exact span.

    Matching runs on a lowercased copy, only in windows around trigger tokens
    (digits, number words, vague-amount words): a full scan per pattern is
    several times slower. Case checks read the original text.
    """
    text = article.text
    low = timex.lower_same_length(text)
    language = (article.language or "").split("-")[0].lower()
    times = timex.time_spans(text, article.language, settings.time)
    back, ahead = settings.quantities.reach_back, settings.quantities.reach_ahead
    vague_ok = {
        w
        for w, lang in VAGUE_TRIGGERS.items()
        if lang == "en" or lang == language or (not language and w not in AMBIGUOUS_VAGUE)
    }
    num_at = [(m.start(), m.end()) for m in DIGIT_RUN.finditer(low)]
    vague_at: list[tuple[int, int]] = []
    for start, end, word in timex.find_words(low, ALL_TRIGGERS):
        if word in NUMBER_TRIGGERS:
            num_at.append((start, end))
        if word in vague_ok:
            vague_at.append((start, end))
    num_at.sort()
    num_starts = [t[0] for t in num_at]
    vague_starts = [t[0] for t in vague_at]
    out: list[_Cand] = []
    for sent in sentences:
        s0, s1 = sent.span.start, sent.span.end
        num_triggers = num_at[bisect_left(num_starts, s0) : bisect_left(num_starts, s1)]
        vague_triggers = vague_at[bisect_left(vague_starts, s0) : bisect_left(vague_starts, s1)]
        if not num_triggers and not vague_triggers:
            continue
        cands: list[_Cand] = []
        if vague_triggers:
            for cand in _vague_in(
                text, low, s0, s1, vague_triggers, language, (back, ahead), settings.quantities
            ):
                if not _overlaps(cand.start, cand.end, times):
                    cands.append(cand)
        seen: set[int] = set()
        for ts, te in num_triggers:
            for m in NUMBER_PATTERN.finditer(low, max(s0, ts - back), min(s1, te + ahead)):
                if m.end() <= ts or m.start() >= te or m.start() in seen:
                    continue
                seen.add(m.start())
                num_start = m.start("digits") if m.group("digits") else m.start("words")
                num_end = m.end("digits2") if m.group("digits2") else m.end("digits")
                if not m.group("digits"):
                    num_end = m.end("words")
                if _overlaps(num_start, num_end, times):
                    continue
                if m.group("digits") and (_blocked(low, num_start, num_end) or after_slash(low, num_start)):
                    continue
                cand = _from_number(text, m, language, s0, settings.quantities)
                if cand is not None:
                    cands.append(_with_range(cand, text, m, language, s0))
        cands += _measure_first(low, s0, s1)
        # figures in several pieces ("4 1/2 months", "5h 34m 28s") replace what the
        # one-number pattern read of their pieces
        pieces = [
            _Cand(a, b, lo, hi, unit, lo != hi, False)
            for a, b, lo, hi, unit in mixed_fractions(text, s0, s1, language)
            + and_a_half(text, s0, s1, language)
            + compound_durations(text, s0, s1)
            if not _overlaps(a, b, times)
        ]
        if pieces:
            spans = [(c.start, c.end) for c in pieces]
            cands = [c for c in cands if not _overlaps(c.start, c.end, spans)] + pieces
        # overlapping readings: the longest wins ("300 square miles" over "miles")
        taken: list[tuple[int, int]] = []
        for cand in sorted(_resolve_elided(cands), key=lambda c: (c.start - c.end, c.start)):
            if not _overlaps(cand.start, cand.end, taken):
                out.append(cand)
                taken.append((cand.start, cand.end))
    out.sort(key=lambda c: c.start)
    return [
        Quantity(
            span=Span(article.id, c.start, c.end, text[c.start : c.end]),
            low=c.low,
            high=c.high,
            unit=c.unit,
            approximate=c.approximate,
            vague=c.vague,
        )
        for c in out
    ]


# a measure joined before its figure by a hyphen ("a magnitude-5.9 earthquake"), which the
# number pattern reads as a code ("G7", "COVID-19") and leaves out (ECB+ 20, development)
_MEASURE_FIRST = re.compile(r"\b(?:magnitude|magnitud|magnitudo)\s*-\s*(\d{1,2}(?:[.,]\d{1,2})?)(?![\d.,]*\d)")


def _measure_first(low: str, s0: int, s1: int) -> list[_Cand]:
    out = []
    for m in _MEASURE_FIRST.finditer(low, s0, s1):
        value = float(m.group(1).replace(",", "."))
        out.append(_Cand(m.start(), m.end(), value, value, "magnitude", False, False))
    return out


def _with_range(cand: _Cand, text: str, m: re.Match[str], language: str, s0: int) -> _Cand:
    """A figure that closes a "between X and Y" range spans the range: X to Y, not Y alone
    ("between 20 and 30 people" is no claim of 30)."""
    if not m.group("digits") or m.group("digits2") or cand.low is None or cand.low != cand.high:
        return cand
    opened = range_start(text, m.start(), s0)
    first = parse_digits(opened[1], language) if opened else None
    if opened is None or first is None:
        return cand
    scale = opened[2] or cand.low / (parse_digits(m.group("digits"), language) or 1.0)
    if not first * scale < cand.low and opened[2] is None:
        scale = 1.0  # "between 500,000 and 1 million": the first number written in full
    if not first * scale < cand.low:
        return cand
    return _Cand(opened[0], cand.end, first * scale, cand.high, cand.unit, True, False)


def _blocked(low: str, start: int, end: int) -> bool:
    """Is the number low[start:end] part of a time of day, ordinal, phone number or code?
    ("minus-20" is a figure below zero, not a code)"""
    if _MINUS_BEFORE.search(low, max(0, start - 7), start):
        low = low[: start - 1] + " " + low[start:]
    ws, we = max(0, start - 16), min(len(low), end + 16)
    return any(
        m.start() < end and start < m.end() for m in BLOCKERS.finditer(low, ws, we)
    )


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


# a sign written before a figure ("minus 17", "minus-20", "moins 5", "menos 3", "−4")
_MINUS_BEFORE = re.compile(r"(?:\bminus|\bmoins|\bmenos)[\s-]$|[−-]$")
_BELOW_ZERO_UNITS = frozenset({"degree", "degré", "grado"})


# a time figure's unit right before "over" ("40 hours over four days")
_SPREAD_BEFORE = re.compile(r"\b(?:hours?|minutes?|days?|weeks?|months?)\s+$", re.IGNORECASE)


def _from_number(
    text: str, m: re.Match[str], language: str, s0: int, settings: QuantitySettings
) -> _Cand | None:
    digits, words = m.group("digits"), m.group("words")
    if digits:
        value = parse_digits(digits, language)
        value2 = parse_digits(m.group("digits2"), language) if m.group("digits2") else None
        if value is None:
            return None
        scale_word = (m.group("scale") or m.group("short") or "").lower()
        scale_word = re.sub(r"\s+", " ", scale_word)
        scale = 1e9 if scale_word == "mil millones" else SCALE.get(scale_word, 1.0)
        if m.group("short") and not (m.group("cur") or m.group("cur_after")):
            return None  # "100m" is a distance unless money
        if (
            not m.group("cur")
            and not m.group("cur_after")
            and not m.group("scale")
            and len(digits) == 4
            and digits.isdigit()
            and timex.is_year_like(text, m.start("digits"), m.end("digits"))
        ):
            return None
        if is_label(text, m.start("cur") if m.group("cur") else m.start("digits"), s0):
            if not any(m.group(f"h_{k}") for k, _ in HEDGES):
                return None
        low = value * scale
        high = (value2 * scale) if value2 is not None else low
        if value2 is not None and value2 < value:
            return None  # "3-2" is a score
    else:
        value = parse_words(words, language)
        if value is None:
            return None
        low = high = value
        if is_label(text, m.start("words"), s0) and not any(
            m.group(f"h_{k}") for k, _ in HEDGES
        ):
            return None
    start, end = m.start(), m.end()
    low_h, high_h, approx = apply_hedge(m, low, high, settings)
    if (m.group("h_more") or "").casefold() == "over" and _SPREAD_BEFORE.search(text[max(s0, start - 12) : start]):
        # "for 40 hours over four days": the span the time was spread over, not "more than"
        low_h, high_h, approx = low, high, False
        start = m.start("digits") if digits else m.start("words")
    if m.group("digits2"):
        approx = True
    if m.group("hyphen"):
        unit = m.group("hyunit").lower()
        if unit == "strong":
            found = unit_after(text, m.end(), 2, language)
            if not found:
                return None
            unit, end = singular(found[0], language), found[1]
        elif unit not in {"year-old"} and not re.fullmatch(r"[^\W\d_]{2,}", unit):
            return None
    elif m.group("pct"):
        unit = "percent"
    elif m.group("cur") or m.group("cur_after"):
        unit = CURRENCY.get((m.group("cur") or m.group("cur_after")).strip().lower(), "money")
    else:
        after = m.end()
        if m.group("scale") or m.group("words"):
            # "1,3 millions de réfugiés", "dos millones de personas"
            link = re.match(r"\s+(?:de|d['’]|of)\s*", text[after : after + 6], _FLAGS)
            if link and (m.group("scale") or (m.group("words") or "").split()[-1] in SCALE):
                after += link.end()
        if language and language not in PLURAL_RULES and not m.group("scale"):
            # "322 εκατομμύρια", "5 milionů": a scale word of another language
            nxt = re.match(r"\s+([^\W\d_]+)", text[after : after + 40])
            scale = nxt and next(
                (v for stem, v in OTHER_SCALES if nxt.group(1).lower().startswith(stem)), None
            )
            if nxt and scale:
                low_h = None if low_h is None else low_h * scale
                high_h = None if high_h is None else high_h * scale
                after += nxt.end()
        if language in TOLL_SUBJECT_LANGUAGES and subject_of_toll(text, after, language):
            # "venti sono rimasti feriti": the people of a toll, named by the verb
            return _Cand(start, end, low_h, high_h, "people", approx, False)
        found = unit_after(text, after, low, language)
        if not found and (
            MEASURE_SCALE_AFTER.match(text, after)
            or (QUAKE_AFTER.match(text, after) and re.search(r"\d[.,]\d", m.group("digits") or ""))
        ):
            # "6.1 on the Richter scale", "a 5.6 quake": a quake's size, the figure alone
            found = ("magnitude", end)
        if found:
            word, end = found
        else:
            # no noun after: the measure may be named before ("a magnitude of 5.9")
            word = unit_before(text, start, language)
            if word is None and subject_of_toll(text, end, language):
                # "50 were injured": the people of a toll, named by the verb
                return _Cand(start, end, low_h, high_h, "people", approx, False)
            if word is None:
                if after_verb(text, start, language) or participle_then_scope(text, start, language):
                    # "shot three people, killing one": the count of the noun before it
                    return _Cand(start, end, low_h, high_h, ELIDED, approx, False)
                return None
        unit = singular(word, language)
        if unit == "year" and re.match(r"\s+old\b", text[end:]):
            end = re.match(r"\s+old\b", text[end:]).end() + end  # type: ignore[union-attr]
            unit = "year-old"
    if unit in NOT_UNITS:
        return None
    sign = _MINUS_BEFORE.search(text[max(s0, start - 7) : start].lower()) if unit in _BELOW_ZERO_UNITS else None
    if sign:
        # "minus 17 degrees", "moins 5 degrés": below zero (a figure without its sign
        # would agree with its opposite); the sign is part of the figure as written
        low_h, high_h = (None if high_h is None else -high_h), (None if low_h is None else -low_h)
        start -= len(sign.group())
    if words and words.lower() in {"one", "a", "an"} and unit in TIME_UNITS:
        return None  # "one day", "a year": idiom more than a count
    return _Cand(start, end, low_h, high_h, unit, approx, False)


def _vague_in(
    text: str,
    low: str,
    s0: int,
    s1: int,
    triggers: list[tuple[int, int]],
    language: str,
    reach: tuple[int, int],
    settings: QuantitySettings,
) -> list[_Cand]:
    out: list[_Cand] = []
    matches: dict[int, re.Match[str]] = {}
    back, ahead = reach
    for ts, te in triggers:
        # a vague amount's own words ("tens of") stand before its trigger ("thousands")
        for m in VAGUE_PATTERN.finditer(low, max(s0, ts - back - 20), min(s1, te + ahead)):
            if m.start() < te and ts < m.end():
                matches.setdefault(m.start(), m)
    last_end = -1
    for start in sorted(matches):
        m = matches[start]
        if start < last_end:
            continue
        last_end = m.end()
        low: float
        high: float
        approx = True
        if m.group("few"):
            first = [w for w in m.group("few").lower().split() if w != "des"][0]
            base = VAGUE_SCALE[first]
            big = m.group("big").lower()
            s = {"milliers": 1e3, "miles": 1e3, "millions": 1e6, "millones": 1e6, "milliards": 1e9}.get(
                big, VAGUE_SCALE.get(big, 1.0)
            )
            low, high = 2 * base * s, 10 * base * s
        elif m.group("qual"):
            qual = re.sub(r"\s+", " ", m.group("qual").lower())
            lo, hi = (2, 5) if qual in {"a few", "quelques", "unos pocos", "unas pocas"} else (3, 9)
            if qual == "a couple of":
                lo, hi = 2, 3
            if qual == "a handful of":
                lo, hi = 2, 6
            qs = m.group("qscale")
            s = VAGUE_SCALE.get(qs.lower(), 1.0) if qs else 1.0
            if qs and qs.lower() in {"centaines", "milliers", "millions", "dizaines", "cientos",
                                     "miles", "millones", "decenas"}:
                s = {"centaines": 100, "milliers": 1e3, "millions": 1e6, "dizaines": 10,
                     "cientos": 100, "miles": 1e3, "millones": 1e6, "decenas": 10}[qs.lower()]
            low, high = lo * s, hi * s
        elif m.group("approx"):
            v = APPROX_WORDS[m.group("approx").split()[-1].lower()]
            low, high = v * settings.word_low, v * settings.word_high
        else:
            word = m.group("plural").lower()
            s = {"millions": 1e6, "milliers": 1e3, "milliards": 1e9}.get(word, VAGUE_SCALE.get(word, 1.0))
            if word in {"dozens", "docenas"}:
                low, high = 24, 100
            elif word == "scores":
                low, high = 40, 100
            else:
                low, high = 2 * s, 10 * s
        end = m.end()
        rest = re.match(r"\s+(?:of|de|d['’])\s*", text[end:s1], _FLAGS)
        found = unit_after(text, end + rest.end(), low, language) if rest else None
        if found is None and not rest and (m.group("qual") or m.group("approx")):
            found = unit_after(text, end, low, language)  # "several thousand refugees"
        if found is None and not (m.group("plural") or m.group("few")):
            continue  # "Thousands have been killed": the counted thing is implied
        unit = singular(found[0], language) if found else ""
        if unit in NOT_UNITS:
            continue
        if found:
            end = found[1]
        if m.group("qual") and not m.group("qscale") and (
            not found or not looks_plural(found[0], language)
        ):
            continue
        hl, hh, _ = apply_hedge(m, low, high, settings)
        out.append(_Cand(m.start(), end, hl, hh, unit, approx, True))
    return out



def _resolve_elided(cands: list[_Cand]) -> list[_Cand]:
    """Elided counts take the unit of the nearest counted noun before them; the others go."""
    out: list[_Cand] = []
    for cand in sorted(cands, key=lambda c: c.start):
        if cand.unit != ELIDED:
            out.append(cand)
            continue
        # a measure ("a 5.6-magnitude quake killing three") is no counted noun
        before = [c for c in out if c.end <= cand.start and not c.vague and c.unit not in MEASURE_NOUNS]
        if before:
            out.append(_Cand(cand.start, cand.end, cand.low, cand.high, before[-1].unit,
                             cand.approximate, cand.vague))
    return out

