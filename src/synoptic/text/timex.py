"""Time expressions: find dates and relative expressions, resolve them against an anchor date.

Finding is regex-based over small documented vocabularies (English, French,
Spanish weekday/month names, deictics, offsets, tense cues) because a full
`dateparser.search` pass is far too slow for the text layer (>= 20 articles/s);
patterns run on a lowercased copy only around trigger words. Other languages
(`EXTRA_LANGUAGES`) take their month/weekday names and yesterday/today/tomorrow
from dateparser's language data. Values are computed with `datetime`.

Spans never include plain prepositions ("on", "in", "en"), but do include words
that change the meaning: "last", "next", "this", "since", "early", parts of day.

Resolution conventions (news sense), all relative to an anchor date:
- weekday names: the same weekday as the anchor is the anchor itself; otherwise
  a future-tense clause ("will meet", "is scheduled", "follows", "would") means
  the next such day, anything else the most recent past one ("met on Sunday").
  "last"/"next" force the direction.
- month names without a year: the most recent such month (current month
  included) for past/unknown tense, the next one for future tense.
- day+month without a year: the year that puts the date nearest the anchor, but not
  far after it in a past clause ("were shot Jan. 7" in a July report: the January before),
  nor farther still in a clause without a tense cue ("the February 27 earthquake" in October).
- "N years after/ago" dates the other event: anchor - N ("a new invasion could
  be launched, eight years after Russia seized Crimea" -> the seizure).
  "later"/"earlier"/"before" are relative to the narrative, left unresolved.
- week-level expressions ("last week") are found but left unresolved: the
  record has no week precision and a day would overstate what the text says.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from synoptic.lang import language_code
from synoptic.model import Article, Precision, Sentence, Span, TimeRef
from synoptic.settings import TimeSettings
from synoptic.text.timex_extra import caseless_name_year, extra_language_matches
from synoptic.text.timex_parse import (
    EARLY_HOURS,
    FINDERS,
    LOWERCASE_WEEKDAYS,
    MONTH_LOOKUP,
    NIGHT_DEICTIC,
    WEEKDAYS,
    Found,
    TimeExpression,
    expression_from_match,
    lower_same_length,
    parse_expression,
)
from synoptic.text.timex_tense import clause_direction

__all__ = [
    "Found",
    "TimeExpression",
    "extract_times",
    "find_times",
    "find_words",
    "is_year_like",
    "lower_same_length",
    "parse_expression",
    "resolve_times",
    "time_spans",
]

_FLAGS = re.IGNORECASE

# --- finding --------------------------------------------------------------------

_COUNT_HEDGE = re.compile(
    r"\b(?:about|some|nearly|almost|over|more\s+than|less\s+than|fewer\s+than|at\s+least"
    r"|up\s+to|around|roughly|approximately|only|just|estimated|barely|environ|plus\s+de"
    r"|moins\s+de|près\s+de|casi|unos|unas|más\s+de|menos\s+de"
    # German, Dutch, Italian, Arabic: "etwa 2000", "ongeveer 2000", "quasi 2000", "حوالي 2000" ("circa
    # 1900" is a year in English)
    r"|etwa|rund|knapp|fast|über|mehr\s+als|ongeveer|bijna|ruim|meer\s+dan|minder\s+dan"
    r"|quasi|oltre|più\s+di|meno\s+di|حوالي|حوالى|نحو|قرابة|زهاء|أكثر\s+من|اكثر\s+من|أقل\s+من"
    r"|ما\s+يقرب\s+من|لا\s+يقل(?:\s+عن)?|لا\s+تقل(?:\s+عن)?)\s*$",
    _FLAGS,
)
_YEAR_PREP = re.compile(
    r"\b(?:in|since|of|by|until|till|from|before|after|during|the|a|an|its|their|his|her"
    r"|en|depuis|desde|de|del|el|le|la|l['’]|between|entre)\s*$|['’]s\s*$",
    _FLAGS,
)
_COUNT_NOUNS_IRREGULAR = {"people", "men", "women", "children", "police", "personnel", "staff"}
_FOLLOW_WORD = re.compile(r"\s*([^\W\d_][\w'’-]*)")


def is_year_like(text: str, start: int, end: int) -> bool:
    """Is the 4-digit number text[start:end] a year rather than a count?

    A count: after a currency sign or a count hedge ("about 2000"), before "%",
    or before a plural noun without a determiner ("2000 troops"). Shared with
    `quantities` so one number is never both.
    """
    before = text[max(0, start - 24) : start]
    if before[-1:] in {"$", "€", "£", "#", "¥"}:
        return False
    after = text[end : end + 16]
    if re.match(r"\s*(?:%|percent|per\s+cent|pour\s+cent|por\s+ciento)", after, _FLAGS):
        return False
    if re.match(r"[.,]\d|\d|:\d|-\d", after):
        return False
    if _COUNT_HEDGE.search(before):
        return False
    if _STREET_AFTER.match(text, end) or _BLOCK_AFTER.match(text, end):
        return False  # "1800 Pitkin Ave.": a house number; "the 2000 block of S. Harrison St."
    if _ZONE_AFTER.match(text, end):
        return False  # "at 14:52 local time (1852 UTC)": a clock time of 24 hours
    m = _FOLLOW_WORD.match(after)
    if m and not _YEAR_PREP.search(before):
        word = m.group(1)
        if word in _COUNT_NOUNS_IRREGULAR or (
            word.islower()
            and len(word) > 3
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is"))
        ):
            return False
    return True


# one or two capitalized words, then a street type: an address, not a year
_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){1,2}(?:Ave|Avenue|St|Street|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Dr"
    r"|Way|Place|Pl|Court|Ct|Terrace|Highway|Hwy|Parkway|Pkwy)\b"
)
# a time zone after four digits: a clock time ("1852 UTC", "0600 GMT", "2130 hrs")
_ZONE_AFTER = re.compile(r"\s*(?:UTC|GMT|Z|EST|EDT|CET|CEST|BST|hrs|hours)\b")
# a block of a street, as US police give an address ("the 2000 block of S. Harrison St.")
_BLOCK_AFTER = re.compile(r"\s+blocks?\b", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"([A-Z][\w.&-]*)\s+$")


def _is_name_year(text: str, start: int) -> bool:
    """A year right after a capitalized word is part of a name: "Euro 2016", "Vision 2030"."""
    m = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in _NOT_NAMES:
        return False
    return True


# capitalized words that introduce a year at the start of a sentence
_NOT_NAMES = {
    "in", "since", "by", "from", "until", "till", "before", "after", "during", "of", "the",
    "en", "depuis", "desde", "dès", "de", "le", "la", "el", "del", "between", "entre", "and",
}


def _weekday_ok(text: str, start: int, token: str) -> bool:
    if token.lower() not in LOWERCASE_WEEKDAYS or not token[0].isupper():
        return True
    # capitalized French/Spanish weekday: only at the start of a sentence
    before = text[max(0, start - 200) : start]
    prev = before.rstrip()
    if not prev or "\n" in before[len(prev) :]:
        return True  # first word of a line
    return prev[-1] in ".!?:\"“«—\n"


# languages in which "hier" is "here" (the deictic patterns read French "hier", yesterday)
_HIER_IS_HERE = frozenset({"de", "nl", "af"})

# One cheap scan finds trigger words; the full patterns then run only in a
# window around each trigger (15 full-text scans cost ~10x more).
_TRIGGER_KINDS = {
    "digit": {"iso", "numeric", "ymd", "year"},
    "mon": {"mdy", "dmy", "my", "month"},
    "wd": {"weekday", "mdy", "dmy"},
    "deictic": {"deictic"},
    "unit": {"period", "offset"},
}
_TOKEN = re.compile(r"[^\W_]+")
_TRIGGER_WORDS: dict[str, str] = {
    **{w: "mon" for w in MONTH_LOOKUP},
    **{w: "wd" for w in WEEKDAYS},
    **{
        w: "deictic"
        for w in (
            "yesterday today tomorrow tonight night morning afternoon evening hier demain "
            "aujourd matin soir ayer hoy mañana anteayer tarde noche"
        ).split()
    },
    **{
        w: "unit"
        for w in (
            "day days week weeks weekend month months year years decade decades jour jours "
            "semaine semaines mois an ans année années día días dia dias semana semanas mes "
            "meses año años"
        ).split()
    },
}
_TRIGGER_SET = frozenset(_TRIGGER_WORDS)
_YEAR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")


def find_words(low: str, vocabulary: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, word) of every whole word of `low` that is in `vocabulary`.

    `findall` + a set intersection run in C; only where a vocabulary word is present are
    the words located, by their tokens (a whole word is one token, `_TOKEN`). #23: an
    alternation of the words present, compiled for each new set of them, missed its cache
    on every other lead and was a third of `link.event_days.event_keys`.
    """
    present = vocabulary.intersection(_TOKEN.findall(low))
    if not present:
        return []
    return [(m.start(), m.end(), word) for m in _TOKEN.finditer(low) if (word := m.group()) in present]
_FINDERS_BY_KIND: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    cat: [(k, p) for k, p in FINDERS if k in kinds] for cat, kinds in _TRIGGER_KINDS.items()
}


def _windowed_matches(low: str, window: int) -> list[tuple[str, re.Match[str]]]:
    n = len(low)
    seen: set[tuple[str, int, int]] = set()
    out: list[tuple[str, re.Match[str]]] = []
    triggers = [(m.start(), m.end(), "digit") for m in _YEAR_DIGITS.finditer(low)]
    triggers += [
        (start, end, _TRIGGER_WORDS[word]) for start, end, word in find_words(low, _TRIGGER_SET)
    ]
    for t_start, t_end, cat in triggers:
        ws, we = max(0, t_start - window), min(n, t_end + window)
        for kind, pattern in _FINDERS_BY_KIND[cat]:
            for m in pattern.finditer(low, ws, we):
                if m.end() <= t_start or m.start() >= t_end:
                    continue  # found from its own trigger
                if m.end() == we and we < n:
                    continue  # may be cut by the window
                key = (kind, m.start(), m.end())
                if key not in seen:
                    seen.add(key)
                    out.append((kind, m))
    return out


@lru_cache(maxsize=64)
def find_times(text: str, language: str | None, settings: TimeSettings) -> tuple[Found, ...]:
    """Every time expression in `text`, non-overlapping, longest first (cached: shared
    by `extract_times` and `quantities`). English, French and Spanish always; one
    of `EXTRA_LANGUAGES` too when `language` names it."""
    low = lower_same_length(text)
    base = language_code(language)
    cands: list[Found] = extra_language_matches(low, language)
    for kind, m in _windowed_matches(low, settings.trigger_window):
        start, end = m.span("core")
        expr = expression_from_match(kind, m, text)
        if expr is None:
            continue
        if kind == "month" and not (m.group("prep") or m.group("mod")):
            continue
        if kind == "year" and not is_year_like(text, m.start("y"), m.end("y")):
            continue
        if kind == "year" and not m.group("mod") and (
            _is_name_year(text, m.start("y")) or caseless_name_year(text, m.start("y"), language)
        ):
            continue
        if kind in {"weekday", "mdy", "dmy"} and m.group("wd"):
            if not _weekday_ok(text, m.start("wd"), text[m.start("wd") : m.end("wd")]):
                continue
        if kind == "deictic" and m.group("w").lower().startswith("hier") and base in _HIER_IS_HERE:
            continue  # German and Dutch "hier" is "here", not the French "yesterday"
        if kind == "deictic" and m.group("w").lower() == "mañana":
            # "la mañana" is "the morning", not "tomorrow"
            if re.search(r"(?:la|por|de|esta)\s+$", text[max(0, start - 6) : start], _FLAGS):
                continue
        cands.append(Found(start, end, expr))
    cands.sort(key=lambda f: (-(f.end - f.start), f.start))
    taken: list[Found] = []
    for f in cands:
        if all(f.end <= t.start or f.start >= t.end for t in taken):
            taken.append(f)
    taken.sort(key=lambda f: f.start)
    return tuple(taken)


def time_spans(text: str, language: str | None, settings: TimeSettings) -> list[tuple[int, int]]:
    """(start, end) of every time expression: `quantities` skips numbers inside them."""
    return [(f.start, f.end) for f in find_times(text, language, settings)]


# --- extraction and resolution -------------------------------------------------------


def _is_relative(expr: TimeExpression) -> bool:
    return expr.year is None


def extract_times(
    article: Article, sentences: list[Sentence], settings: TimeSettings
) -> list[TimeRef]:
    """Time expressions of one article with exact spans.

    Explicit dates (with a year) are resolved; relative ones are resolved
    against `article.published` when known, else left with `value=None`.
    """
    text = article.text
    starts = [s.span.start for s in sentences]
    refs: list[TimeRef] = []
    for f in find_times(text, article.language, settings):
        # tense also for explicit dates: a future one does not date the story
        direction, night_of_report = 0, False
        i = bisect.bisect_right(starts, f.start) - 1
        if i >= 0 and sentences[i].span.end >= f.end:
            s = sentences[i].span
            direction = clause_direction(s.text, f.start - s.start, f.end - s.start, settings)
            # "last night ... around 2 a.m.": the night ran into the report's own day
            night_of_report = bool(f.expr.kind == "deictic" and NIGHT_DEICTIC.fullmatch(text[f.start:f.end])
                                   and EARLY_HOURS.search(s.text))
        ref = TimeRef(
            span=Span(article.id, f.start, f.end, text[f.start : f.end]),
            value=None,
            precision=_precision(f.expr),
            relative=_is_relative(f.expr),
            direction=direction,
            night_of_report=night_of_report,
        )
        refs.append(ref)
    return resolve_times(refs, article.published, settings)


def _precision(expr: TimeExpression) -> Precision:
    if expr.kind == "year":
        return "year"
    if expr.kind == "month":
        return "month"
    if expr.kind in {"offset", "period"}:
        if expr.unit in {"year", "decade"}:
            return "year"
        if expr.unit == "month":
            return "month"
    return "day"


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 + months, 12)
    return date(y, m + 1, 1)


def _resolve(expr: TimeExpression, anchor: date | None, direction: int, slack: tuple[int, int]) -> date | None:
    """`slack`: days ahead a date without a year may stay (clause without tense, past clause)."""
    if expr.kind == "date" and expr.year is not None:
        return date(expr.year, expr.month or 1, expr.day or 1)
    if expr.kind == "year" and expr.year is not None:
        return date(expr.year, 1, 1)
    if expr.kind == "month" and expr.year is not None:
        return date(expr.year, expr.month or 1, 1)
    if anchor is None:
        return None
    if expr.kind == "date":  # day and month, no year: nearest to the anchor
        options = []
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                options.append(date(y, expr.month or 1, expr.day or 1))
            except ValueError:
                continue
        if not options:
            return None
        nearest = min(options, key=lambda d: abs((d - anchor).days))
        if direction <= 0 and (nearest - anchor).days > slack[direction < 0]:
            # a past clause: "were shot inside an apartment Jan. 7" in a July report is
            # the January before, though the coming one is nearer; so is one without a
            # tense cue far ahead ("the February 27 earthquake" in October)
            return max((d for d in options if d <= anchor), default=nearest)
        return nearest
    if expr.kind == "month" and expr.unit == "year":  # "April last year", "abril del año pasado"
        return date(anchor.year + expr.n, expr.month or 1, 1)
    if expr.kind == "month":
        step = expr.mod or direction
        year = anchor.year
        if step > 0 and expr.month is not None and expr.month < anchor.month:
            year += 1
        elif step <= 0 and expr.month is not None and expr.month > anchor.month:
            year -= 1
        return date(year, expr.month or 1, 1)
    if expr.kind == "weekday" and expr.weekday is not None:
        step = expr.mod or direction
        ahead = (expr.weekday - anchor.weekday()) % 7
        if ahead == 0:
            return anchor + timedelta(days=7 * expr.mod)
        if step > 0:
            return anchor + timedelta(days=ahead)
        return anchor - timedelta(days=7 - ahead)
    if expr.kind == "deictic":
        return anchor + timedelta(days=expr.n)
    if expr.kind == "period":
        if expr.unit == "year":
            return date(anchor.year + expr.mod, 1, 1)
        if expr.unit == "month":
            return _add_months(anchor, expr.mod)
        return None  # weeks: no week precision in the record
    if expr.kind == "offset" and expr.n:
        if expr.unit in {"year", "decade"}:
            years = expr.n * (10 if expr.unit == "decade" else 1)
            return date(anchor.year + years, 1, 1)
        if expr.unit == "month":
            return _add_months(anchor, expr.n)
        return anchor + timedelta(days=expr.n * (7 if expr.unit == "week" else 1))
    return None


def resolve_times(times: list[TimeRef], anchor: date | None, settings: TimeSettings | None = None) -> list[TimeRef]:
    """New TimeRefs with relative ones resolved against `anchor` (see module doc)."""
    settings = settings or TimeSettings()
    slack = (settings.untensed_date_slack_days, settings.past_date_slack_days)  # by "past?"
    out: list[TimeRef] = []
    for t in times:
        expr = parse_expression(t.span.text)
        if expr is None:
            out.append(replace(t))
            continue
        if t.night_of_report and expr.kind == "deictic":
            expr = replace(expr, n=0)  # "last night" at 2 a.m.: the report's day
        try:
            value = _resolve(expr, anchor, t.direction, slack)
        except (ValueError, OverflowError):  # "999 decades ago": outside the calendar
            value = None
        if value is None and not t.relative:
            value = t.value
        out.append(replace(t, value=value))
    return _years_the_article_names(_weekdays_of_dates(out, settings.weekday_date_gap))


def _years_the_article_names(refs: list[TimeRef]) -> list[TimeRef]:
    """A day and month told without a year take the year the article gives that same day and
    month in full, if it gives one year only: "the 7 July bombings ... on the morning of 7
    July 2005" in a report three years on is 2005, not the 7 July nearest the report. Not in
    a clause that looks ahead ("a memorial will be held on 7 July": another year's)."""
    parsed = [parse_expression(t.span.text) for t in refs]
    years: dict[tuple[int | None, int | None], set[int]] = {}
    for expr in parsed:
        if expr is not None and expr.kind == "date" and expr.year is not None and expr.day:
            years.setdefault((expr.month, expr.day), set()).add(expr.year)
    out = list(refs)
    for i, (t, expr) in enumerate(zip(refs, parsed, strict=True)):
        if expr is None or expr.kind != "date" or expr.year is not None or not expr.day or t.direction > 0:
            continue
        named = years.get((expr.month, expr.day), set())
        if len(named) == 1:
            year = next(iter(named))
            out[i] = replace(t, value=date(year, expr.month or 1, expr.day))
    return out


def _weekdays_of_dates(refs: list[TimeRef], gap: int) -> list[TimeRef]:
    """A weekday written right before the date it falls on names that date: "يوم السبت في
    7 يوليو" ("on Saturday, on 7 July") is 7 July, not the Saturday nearest the report (the
    languages whose finder reads the two apart)."""
    out = list(refs)
    for i in range(len(out) - 1):
        t, date_ref = out[i], out[i + 1]
        expr = parse_expression(t.span.text)
        if (expr is None or expr.kind != "weekday" or date_ref.precision != "day" or date_ref.value is None
                or t.span.article != date_ref.span.article or not 0 <= date_ref.span.start - t.span.end <= gap):
            continue
        named = parse_expression(date_ref.span.text)
        if named is not None and named.kind == "date" and date_ref.value.weekday() == expr.weekday:
            out[i] = replace(t, value=date_ref.value, direction=date_ref.direction)
    return out
