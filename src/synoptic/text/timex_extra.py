"""Time expressions in languages beyond English, French and Spanish (`EXTRA_LANGUAGES`):
month and weekday names and yesterday/today/tomorrow from dateparser's language data,
plus what `lang` adds where dateparser lacks it (the Levantine Arabic months)."""

from __future__ import annotations

import importlib
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from synoptic import lang
from synoptic.text.timex_base import (
    YEAR,
    Found,
    TimeExpression,
    lower_same_length,
    valid,
    word_alternation,
)

# --- other languages, from dateparser's language data ---------------------------------

# Languages beyond English/French/Spanish whose month and weekday names, and
# words for yesterday/today/tomorrow, come from dateparser's data: explicit
# dates ("10. Januar 2022"), weekday names and those deictics are found and
# resolved; tense cues are English/French/Spanish only, so a weekday name in
# these languages resolves to the most recent one (news reports the past).
EXTRA_LANGUAGES = (
    "de", "it", "pt", "nl", "pl", "cs", "sk", "ru", "uk", "el", "ro", "tr", "sv", "da", "nb",
    "fi", "hu", "ca", "ar", "he", "hi",
)
# words that mean something else too often to be read as dates
_EXTRA_AMBIGUOUS = {"morgen", "اليوم", "היום", "שני", "כל", "can", "mar"}


_BARE_ALEF = re.compile("[أإآ]")
# Where a date may open: not inside a word or after a hyphen ("2004-12"), but after a
# Hebrew one-letter preposition or article and its hyphen or maqaf ("ב-26 בדצמבר", on 26
# December; MultiLing 2011 M000 in Hebrew: the day was lost, only the year was read), or
# glued to the day's number ("יום שלישי, ה12 ביולי, 2005", "ב11 למרץ"; MultiLing 2011 M001 in
# Hebrew, development: no article's date was read, the story was dated to 2009)
_OPEN = r"(?:(?<![\w\-\u05be])|(?<=(?<!\w)[בהלמו][\-\u05be])|(?<=(?<!\w)[בהלמו])(?=\d))"


@dataclass(frozen=True)
class _Vocab:
    months: dict[str, int]
    weekdays: dict[str, int]
    deictic: dict[str, int]  # word -> day offset
    ordinals: dict[str, int]  # a day of the month as an ordinal word -> 1..31
    past: frozenset[str]  # words beside a weekday that make it the last one
    next: frozenset[str]  # ... the next one
    day_first: bool
    find: tuple[tuple[str, re.Pattern[str]], ...]
    full: tuple[tuple[str, re.Pattern[str]], ...]


_EN_KEYS = (
    "january february march april may june july august september october november december"
).split()
_WD_KEYS = "monday tuesday wednesday thursday friday saturday sunday".split()


@lru_cache(maxsize=64)
def _extra_vocab(language: str) -> _Vocab | None:
    """Date vocabulary of one language from dateparser's data (None if it has none)."""
    if language not in EXTRA_LANGUAGES:
        return None
    module = importlib.import_module(f"dateparser.data.date_translation_data.{language}")
    info = module.info

    def names(key: str, shortest: int) -> list[str]:
        out = []
        for name in info.get(key, []):
            low = lower_same_length(name)
            if len(low) >= shortest and not re.search(r"[.׳']", low) and low not in _EXTRA_AMBIGUOUS:
                out.append(low)
                # Arabic news often writes an alef without its hamza: "الاحد" is "الأحد"
                bare = _BARE_ALEF.sub("ا", low) if language == "ar" else low
                if bare != low and bare not in _EXTRA_AMBIGUOUS:
                    out.append(bare)
        return out

    months = {n: i for i, k in enumerate(_EN_KEYS, start=1) for n in names(k, 4)}
    # the language's own list adds names dateparser lacks (Arabic: the Levantine months)
    months.update({lower_same_length(n): i for n, i in lang.month_names(language).items()})
    weekdays = {n: i for i, k in enumerate(_WD_KEYS) for n in names(k, 4)}
    rel = info.get("relative-type", {})
    deictic: dict[str, int] = {}
    seen: Counter[str] = Counter()
    for key, offset in (("1 day ago", -1), ("0 day ago", 0), ("in 1 day", 1)):
        for w in rel.get(key, []):
            low = lower_same_length(w)
            seen[low] += 1
            if len(low) >= 3 and low not in _EXTRA_AMBIGUOUS:
                deictic[low] = offset
    deictic = {w: o for w, o in deictic.items() if seen[w] == 1}
    if not months and not weekdays:
        return None
    # a name of two words ("كانون الثاني") may be spaced any way
    mon = word_alternation(months).replace(r"\ ", r"\s+")
    wd = word_alternation(weekdays) if weekdays else r"(?!x)x"
    # a month named twice, in two calendars: "تشرين الثاني/نوفمبر", "يونيو / حزيران"
    also = rf"(?:\s*/\s*(?:{mon}))?"
    year = rf"(?P<y>{YEAR})(?!\d)"
    ordinals = lang.day_ordinals(language)
    past, nxt = lang.stop_words(language, "WEEKDAY_PAST"), lang.stop_words(language, "WEEKDAY_NEXT")
    # "ביום חמישי שעבר", "την περασμένη Πέμπτη": a word beside the weekday makes it the last or next
    beside = word_alternation({w: 0 for w in past | nxt}) if past | nxt else r"(?!x)x"
    # a day written as an ordinal word, a one-letter preposition or article glued to it
    # ("בשביעי ביולי"): before the month, as the day's number is
    day = rf"(?:[0-3]?\d|[בה]?(?P<od>{word_alternation(ordinals)}))" if ordinals else r"[0-3]?\d"
    core = [
        (
            "dmy",
            # (a Greek ordinal day: "της 7ης Ιουλίου", "την 1η Μαΐου"; MultiLing 2011 M001, M005)
            rf"(?:(?P<wd>{wd})\s*,?\s+)?(?P<d>{day})(?:ης|η)?\.?\s*(?:de\s+)?(?P<mon>{mon}){also}"
            rf"(?:\s*[,،]?\s*(?:de\s+)?{year})?",
        ),
        ("mdy", rf"(?:(?P<wd>{wd})\s*,?\s+)?(?P<mon>{mon})\s+(?P<d>[0-3]?\d)(?:\s*,\s*{year})?"),
        # (a genitive article between: "το Δεκέμβριο του 2004")
        ("my", rf"(?P<mon>{mon}){also}(?:\s+(?:de|του))?\s+{year}"),
        ("weekday", rf"(?:(?P<pre>{beside})\s+)?(?P<wd>{wd})(?:\s+(?P<post>{beside})(?![\w]))?"),
    ]
    if deictic:
        core.append(("deictic", rf"(?P<w>{word_alternation(deictic)})"))
    return _Vocab(
        months=months,
        weekdays=weekdays,
        deictic=deictic,
        ordinals=ordinals,
        past=past,
        next=nxt,
        day_first=not str(info.get("date_order", "DMY")).startswith("M"),
        find=tuple((k, re.compile(rf"{_OPEN}(?P<core>{c})(?![\w])")) for k, c in core),
        full=tuple((k, re.compile(c)) for k, c in core),
    )


def _extra_expr(kind: str, m: re.Match[str], vocab: _Vocab) -> TimeExpression | None:
    g = m.groupdict()
    if g.get("mon"):
        g["mon"] = " ".join(g["mon"].split())
    wd = vocab.weekdays.get(g["wd"]) if g.get("wd") else None
    if kind in {"dmy", "mdy"}:
        year = int(g["y"]) if g.get("y") else None
        day = vocab.ordinals[g["od"]] if g.get("od") else int(g["d"])
        return valid(TimeExpression("date", year, vocab.months[g["mon"]], day, wd))
    if kind == "my":
        return TimeExpression("month", int(g["y"]), vocab.months[g["mon"]])
    if kind == "weekday" and wd is not None:
        mod = [w in vocab.past and -1 or w in vocab.next and 1 for w in (g.get("pre"), g.get("post")) if w]
        return TimeExpression("weekday", weekday=wd, mod=mod[0] if mod else 0)
    if kind == "deictic":
        return TimeExpression("deictic", n=vocab.deictic[g["w"]], unit="day")
    return None


def extra_month_names(language: str | None) -> frozenset[str]:
    """The month names of one of `EXTRA_LANGUAGES`, lower-cased (empty for another)."""
    vocab = _extra_vocab((language or "").split("-")[0].lower())
    return frozenset(vocab.months) if vocab else frozenset()


def extra_language_matches(low: str, language: str | None) -> list[Found]:
    vocab = _extra_vocab((language or "").split("-")[0].lower())
    if vocab is None:
        return []
    out = []
    for kind, pattern in vocab.find:
        for m in pattern.finditer(low):
            if kind == "dmy" and m.groupdict().get("od") and _agrees_with_noun(low, m):
                continue
            expr = _extra_expr(kind, m, vocab)
            if expr is not None:
                out.append(Found(m.start("core"), m.end("core"), expr))
    return out


_WORD_BEFORE = re.compile(r"(\w+)[^\w\n]*$")


def _agrees_with_noun(low: str, m: re.Match[str]) -> bool:
    """An ordinal with the article after a definite noun is that noun's adjective, not a
    day: "בסט הפיגועים השני ביולי" is the second set of attacks in July (MultiLing 2011
    M001 in Hebrew, development), "בבוקר השביעי ביולי" the morning of 7 July."""
    core = m.start("core")
    if not low[core:].startswith("ה"):
        return False
    before = _WORD_BEFORE.search(low, max(0, core - 40), core)
    return bool(before) and before.group(1).startswith("ה")


def parse_extra(low: str) -> TimeExpression | None:
    """A whole lower-cased span read in the first extra language whose patterns match it."""
    for language in EXTRA_LANGUAGES:
        vocab = _extra_vocab(language)
        if vocab is None:
            continue
        for kind, pattern in vocab.full:
            m = pattern.fullmatch(low)
            if m:
                expr = _extra_expr(kind, m, vocab)
                if expr is not None:
                    return expr
    return None


_CASELESS_WORD_BEFORE = re.compile(r"([\u05d0-\u05ea\u0621-\u064a\u0671-\u06d3]+)[ \t\u00a0]+$")
_CLITICS = {"ar": "وبلفك", "he": "בהוכלמש"}


def caseless_name_year(text: str, start: int, language: str | None) -> bool:
    """In Arabic and Hebrew, which have no capitals, a year written right after a word that is
    no preposition, no noun of time and no month is part of a name or a modifier: "פעולות
    הטרור 2000" (the Terrorism Act 2000, MultiLing 2011 M001 he, dev: dated as background),
    "عائداتها الضريبية 2004" (its 2004 tax returns); "في 2005", "عام 2006", "בשנת 2005" date."""
    code = lang.language_code(language)
    if code not in _CLITICS:
        return False
    m = _CASELESS_WORD_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return False
    word = m.group(1)
    forms = {word}
    for _ in range(2):  # up to two clitics: "للعام" is "ل" + "ال" + "عام"
        forms |= {w[1:] for w in forms if len(w) > 2 and w[0] in _CLITICS[code]}
    forms |= {"ال" + w[1:] for w in forms if w.startswith("ل")}
    dating = lang.stop_words(code, "FUNCTION_WORDS") | lang.stop_words(code, "TIME_NOUNS")
    months = extra_month_names(code)
    return not (forms & dating or forms & months)
