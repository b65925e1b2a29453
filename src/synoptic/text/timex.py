"""Time expressions: find dates and relative expressions, resolve them, infer a story date.

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
- day+month without a year: the year that puts the date nearest the anchor.
- "N years after/ago" dates the other event: anchor - N ("a new invasion could
  be launched, eight years after Russia seized Crimea" -> the seizure).
  "later"/"earlier"/"before" are relative to the narrative, left unresolved.
- week-level expressions ("last week") are found but left unresolved: the
  record has no week precision and a day would overstate what the text says.
"""

from __future__ import annotations

import bisect
import importlib
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from synoptic.model import Article, ArticleAnalysis, Precision, Sentence, Span, TimeRef

# --- vocabularies ---------------------------------------------------------------

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
    "samedi": 5, "dimanche": 6,
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3,
    "viernes": 4, "sábado": 5, "sabado": 5, "domingo": 6,
}
# Spanish/French weekday names are lowercase in running text; a capitalized
# one mid-sentence is a name ("Plácido Domingo").
_LOWERCASE_WEEKDAYS = {k for k, v in WEEKDAYS.items() if not k.endswith("day")}

MONTHS_FULL: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
}
MONTHS_ABBR: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    "janv": 1, "févr": 2, "fév": 2, "avr": 4, "juil": 7, "déc": 12, "ene": 1, "dic": 12,
}
# English month names are capitalized; lowercase "may"/"march" are words.
_EN_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
}
_MONTH_LOOKUP = {**MONTHS_FULL, **MONTHS_ABBR}

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six_": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50,
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15,
    "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
}
NUMBER_WORDS.pop("six_")


def _alt(words: list[str] | set[str] | dict[str, int]) -> str:
    # longest first so "sept" does not shadow "september"
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_WD = _alt(WEEKDAYS)
_MON_FULL = _alt(MONTHS_FULL)
_MON_ANY = rf"(?:{_MON_FULL}|(?:{_alt(MONTHS_ABBR)})\.?)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUMW = rf"(?:\d{{1,3}}|{_alt(NUMBER_WORDS)})"
_B = r"(?<![\w-])"  # left word boundary that also refuses "-" (compounds)
_E = r"(?![\w])"

_PART_OF_DAY = (
    r"morning|afternoon|evening|night|matin|soir|soirée|après-midi|dernier|prochain"
    r"|pasado|próximo|por\s+la\s+(?:mañana|tarde|noche)"
)
_WEEK_MOD = r"last|next|this\s+coming|this|coming|past|ce|el\s+pasado|el\s+próximo|este"
_MONTH_MOD = (
    r"since|depuis|desde|last|next|this|early|late|mid|début|fin|principios\s+de"
    r"|finales\s+de|mediados\s+de|el\s+pasado|el\s+próximo"
)
_MONTH_PREP = (
    r"in|until|till|by|from|during|through|throughout|en|jusqu['’]en|hasta|durante|of|de|d['’]"
)

# (kind, core pattern). The core is exactly the span; finder-only context is
# added in `_FINDERS`. Order = priority when two kinds match the same text.
_CORE: list[tuple[str, str]] = [
    ("iso", rf"(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)"),
    ("numeric", rf"(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<y>{_YEAR})"),
    ("ymd", rf"(?P<y>{_YEAR})[/.](?P<m>0?[1-9]|1[0-2])[/.](?P<d>[0-3]?\d)(?![\d/.])"),
    (
        "mdy",
        rf"(?:(?P<wd>{_WD})\s*,?\s+)?(?P<mon>{_MON_ANY})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
        rf"(?:\s*,?\s*(?P<y>{_YEAR})(?!\d))?",
    ),
    (
        "dmy",
        rf"(?:(?P<wd>{_WD})\s*,?\s+)?(?:(?:the|le|el)\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|º)?"
        rf"(?:\s+of|\s+de)?\s+(?P<mon>{_MON_ANY})(?:\s*,?\s*(?:del?\s+)?(?P<y>{_YEAR})(?!\d))?",
    ),
    ("my", rf"(?P<mon>{_MON_FULL})(?:\s+del?)?\s*,?\s+(?P<y>{_YEAR})(?!\d)"),
    ("month", rf"(?:(?P<mod>{_MONTH_MOD})[\s-]+(?:de\s+)?)?(?P<mon>{_MON_FULL})"),
    ("year", rf"(?:(?P<mod>since|depuis|desde|dès)\s+)?(?P<y>{_YEAR})"),
    ("weekday", rf"(?:(?P<mod>{_WEEK_MOD})\s+)?(?P<wd>{_WD})(?:\s+(?P<part>{_PART_OF_DAY}))?"),
    (
        "deictic",
        r"(?P<w>(?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+tomorrow|yesterday"
        r"|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|last\s+night"
        r"|avant-hier|après-demain|aujourd['’]hui|hier(?:\s+soir|\s+matin)?|demain"
        r"|ce\s+(?:matin|soir)|anteayer|pasado\s+mañana|ayer|hoy|esta\s+(?:mañana|tarde|noche)"
        r"|mañana)",
    ),
    (
        "period",
        r"(?P<mod>last|next|this|coming)\s+(?P<unit>week|weekend|month|year)",
    ),
    (
        "period",
        # after a definite article only with its modifier: "la semaine dernière", but
        # "l'année 2050" or "le mois de mars" is no "this year" or "this month"
        r"(?:cette|la(?=\s+semaine\s+(?:dernière|prochaine)))\s+(?P<unit>semaine)"
        r"(?:\s+(?P<mod>dernière|prochaine))?"
        r"|(?:ce|le(?=\s+mois\s+(?:dernier|prochain)))\s+(?P<unit2>mois)(?:\s+(?P<mod2>dernier|prochain))?"
        r"|(?:cette\s+|l['’](?=an\s+(?:dernier|prochain|passé)|année\s+(?:dernière|prochaine|passée)))"
        r"(?P<unit3>an|année)(?:\s+(?P<mod3>dernier|dernière|prochain|prochaine|passée|passé))?",
    ),
    (
        "period",
        r"(?:esta|la(?=\s+semana\s+(?:pasada|próxima|que\s+viene)))\s+(?P<unit>semana)"
        r"(?:\s+(?P<mod>pasada|próxima|que\s+viene))?"
        r"|(?:este|el(?=\s+(?:mes|año)\s+(?:pasado|próximo|que\s+viene)))\s+(?P<unit2>mes|año)"
        r"(?:\s+(?P<mod2>pasado|próximo|que\s+viene))?",
    ),
    (
        "offset",
        rf"(?P<n>{_NUMW})\s+(?P<unit>day|week|month|year|decade)s?\s+"
        r"(?P<dir>ago|later|earlier|after|before|since|from\s+now)",
    ),
    (
        "offset",
        rf"(?:il\s+y\s+a|hace)\s+(?P<n>{_NUMW})\s+(?P<unit>jours?|semaines?|mois|ans?|années?"
        r"|días?|semanas?|mes(?:es)?|años?)",
    ),
    (
        "offset",
        rf"(?P<n>{_NUMW})\s+(?P<unit>jours|semaines|mois|ans|années|días|semanas|meses|años)\s+"
        r"(?P<dir>après|plus\s+tard|plus\s+tôt|auparavant|después|más\s+tarde|antes)",
    ),
]

_FLAGS = re.IGNORECASE


def _finder(kind: str, core: str) -> re.Pattern[str]:
    if kind == "month":
        # a bare month name needs a preposition or modifier: "in December"
        return re.compile(rf"{_START}(?:(?P<prep>{_MONTH_PREP})\s*)?(?P<core>{core}){_E}")
    return re.compile(rf"{_START}(?P<core>{core}){_E}")


# Matching runs on a lowercased copy of the text without IGNORECASE (several
# times faster in `re`); case checks read the original text at the same offsets.
_START = r"(?=[a-z0-9à-ÿ])(?<![\w-])"
_FINDERS = [(kind, _finder(kind, core)) for kind, core in _CORE]
_FULL = [(kind, re.compile(core)) for kind, core in _CORE]


def lower_same_length(text: str) -> str:
    """`text.lower()` with offsets kept (a few characters lowercase to two)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@dataclass(frozen=True)
class _Expr:
    """What a time expression says, independent of any anchor."""

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    mod: int = 0  # -1 last/past, +1 next, 0 none; for weekdays, months, periods
    n: int = 0  # offsets: how many units
    unit: str = ""  # offsets/periods: day|week|month|year
    since: bool = False


def _mod_value(word: str | None) -> int:
    if not word:
        return 0
    w = word.lower()
    if w in {"last", "past", "el pasado", "dernier", "dernière", "pasado", "pasada", "passé", "passée"}:
        return -1
    if w.startswith(("next", "coming", "this coming", "el próximo", "prochain", "próxim", "que")):
        return 1
    return 0


def _unit_of(word: str) -> str:
    w = word.lower()
    if w.startswith(("day", "jour", "día", "dia")):
        return "day"
    if w.startswith(("week", "semaine", "semana")):
        return "week"
    if w.startswith(("month", "mois", "mes")):
        return "month"
    if w.startswith("decade"):
        return "decade"
    return "year"


def _number(word: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    return NUMBER_WORDS.get(w)


def _month_ok(token: str) -> bool:
    """English month names must be capitalized; abbreviations need a capital or a period."""
    bare = token.rstrip(".")
    low = bare.lower()
    if low in _EN_MONTHS and low not in MONTHS_FULL.keys() - _EN_MONTHS:
        if not bare[0].isupper():
            return False
    if low in MONTHS_ABBR and low not in MONTHS_FULL:
        return bare[0].isupper() or token.endswith(".")
    return True


def _expr_from_match(kind: str, m: re.Match[str], orig: str) -> _Expr | None:
    g = m.groupdict()
    mon = orig[m.start("mon") : m.end("mon")] if "mon" in g and g["mon"] else ""
    if kind == "iso":
        return _valid(_Expr("date", int(g["y"]), int(g["m"]), int(g["d"])))
    if kind == "ymd":
        return _valid(_Expr("date", int(g["y"]), int(g["m"]), int(g["d"])))
    if kind == "numeric":
        a, b = int(g["a"]), int(g["b"])
        # day/month order differs by country: keep only unambiguous readings
        if a > 12 and b <= 12:
            return _valid(_Expr("date", int(g["y"]), b, a))
        if b > 12 and a <= 12:
            return _valid(_Expr("date", int(g["y"]), a, b))
        if a == b:
            return _valid(_Expr("date", int(g["y"]), a, a))
        return None
    if kind in {"mdy", "dmy"}:
        if not _month_ok(mon):
            return None
        wd = WEEKDAYS[g["wd"].lower()] if g.get("wd") else None
        year = int(g["y"]) if g.get("y") else None
        return _valid(
            _Expr("date", year, _MONTH_LOOKUP[g["mon"].rstrip(".").lower()], int(g["d"]), wd)
        )
    if kind == "my":
        if not _month_ok(mon):
            return None
        return _Expr("month", int(g["y"]), MONTHS_FULL[g["mon"].lower()])
    if kind == "month":
        if not _month_ok(mon):
            return None
        mod = (g.get("mod") or "").lower()
        return _Expr(
            "month", None, MONTHS_FULL[g["mon"].lower()], mod=_mod_value(mod),
            since=mod in {"since", "depuis", "desde"},
        )
    if kind == "year":
        return _Expr("year", int(g["y"]), since=bool(g.get("mod")))
    if kind == "weekday":
        # "last Monday", and after the name: "lundi dernier", "el lunes pasado"
        mod = _mod_value(g.get("mod")) or _mod_value(g.get("part"))
        return _Expr("weekday", weekday=WEEKDAYS[g["wd"].lower()], mod=mod)
    if kind == "deictic":
        w = re.sub(r"\s+", " ", g["w"].lower())
        if "before yesterday" in w or w in {"avant-hier", "anteayer"}:
            n = -2
        elif "after tomorrow" in w or w in {"après-demain", "pasado mañana"}:
            n = 2
        elif w.startswith(("yesterday", "last night", "hier", "ayer")):
            n = -1
        elif w in {"tomorrow", "demain", "mañana"}:
            n = 1
        else:
            n = 0
        return _Expr("deictic", n=n, unit="day")
    if kind == "period":
        unit = g.get("unit") or g.get("unit2") or g.get("unit3") or ""
        mod = g.get("mod") or g.get("mod2") or g.get("mod3")
        return _Expr("period", mod=_mod_value(mod), unit=_unit_of(unit))
    if kind == "offset":
        n = _number(g["n"])
        if n is None:
            return None
        direction = (g.get("dir") or "ago").lower()
        if direction in {"ago", "after", "since", "après", "después"}:
            sign = -1  # dates the other event before the anchor
        elif direction.startswith("from"):
            sign = 1
        else:
            sign = 0  # narrative-relative: later/earlier/before
        return _Expr("offset", n=n * sign, unit=_unit_of(g["unit"]))
    return None


def _valid(e: _Expr) -> _Expr | None:
    try:
        date(
            2000 if e.year is None else e.year,
            1 if e.month is None else e.month,
            1 if e.day is None else e.day,
        )
    except ValueError:
        return None
    return e


@lru_cache(maxsize=4096)
def parse_expression(text: str) -> _Expr | None:
    """Read a time expression span (as produced by `extract_times`) back into its parts."""
    low = lower_same_length(text)
    for kind, pattern in _FULL:
        m = pattern.fullmatch(low)
        if m:
            expr = _expr_from_match(kind, m, text)
            if expr is not None:
                return expr
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


@dataclass(frozen=True)
class _Vocab:
    months: dict[str, int]
    weekdays: dict[str, int]
    deictic: dict[str, int]  # word -> day offset
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
        return out

    months = {n: i for i, k in enumerate(_EN_KEYS, start=1) for n in names(k, 4)}
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
    mon, wd = _alt(months), _alt(weekdays) if weekdays else r"(?!x)x"
    year = rf"(?P<y>{_YEAR})(?!\d)"
    core = [
        (
            "dmy",
            rf"(?:(?P<wd>{wd})\s*,?\s+)?(?P<d>[0-3]?\d)\.?\s*(?:de\s+)?(?P<mon>{mon})"
            rf"(?:\s*,?\s*(?:de\s+)?{year})?",
        ),
        ("mdy", rf"(?:(?P<wd>{wd})\s*,?\s+)?(?P<mon>{mon})\s+(?P<d>[0-3]?\d)(?:\s*,\s*{year})?"),
        ("my", rf"(?P<mon>{mon})(?:\s+de)?\s+{year}"),
        ("weekday", rf"(?P<wd>{wd})"),
    ]
    if deictic:
        core.append(("deictic", rf"(?P<w>{_alt(deictic)})"))
    return _Vocab(
        months=months,
        weekdays=weekdays,
        deictic=deictic,
        day_first=not str(info.get("date_order", "DMY")).startswith("M"),
        find=tuple((k, re.compile(rf"(?<![\w-])(?P<core>{c})(?![\w])")) for k, c in core),
        full=tuple((k, re.compile(c)) for k, c in core),
    )


def _extra_expr(kind: str, m: re.Match[str], vocab: _Vocab) -> _Expr | None:
    g = m.groupdict()
    wd = vocab.weekdays.get(g["wd"]) if g.get("wd") else None
    if kind in {"dmy", "mdy"}:
        year = int(g["y"]) if g.get("y") else None
        return _valid(_Expr("date", year, vocab.months[g["mon"]], int(g["d"]), wd))
    if kind == "my":
        return _Expr("month", int(g["y"]), vocab.months[g["mon"]])
    if kind == "weekday" and wd is not None:
        return _Expr("weekday", weekday=wd)
    if kind == "deictic":
        return _Expr("deictic", n=vocab.deictic[g["w"]], unit="day")
    return None


def _extra_matches(low: str, language: str | None) -> list[Found]:
    vocab = _extra_vocab((language or "").split("-")[0].lower())
    if vocab is None:
        return []
    out = []
    for kind, pattern in vocab.find:
        for m in pattern.finditer(low):
            expr = _extra_expr(kind, m, vocab)
            if expr is not None:
                out.append(Found(m.start("core"), m.end("core"), expr))
    return out


# --- finding --------------------------------------------------------------------

_COUNT_HEDGE = re.compile(
    r"\b(?:about|some|nearly|almost|over|more\s+than|less\s+than|fewer\s+than|at\s+least"
    r"|up\s+to|around|roughly|approximately|only|just|estimated|barely|environ|plus\s+de"
    r"|moins\s+de|près\s+de|casi|unos|unas|más\s+de|menos\s+de)\s*$",
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
    if _STREET_AFTER.match(text, end):
        return False  # "1800 Pitkin Ave.": a house number
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
    if token.lower() not in _LOWERCASE_WEEKDAYS or not token[0].isupper():
        return True
    # capitalized French/Spanish weekday: only at the start of a sentence
    before = text[max(0, start - 200) : start]
    prev = before.rstrip()
    if not prev or "\n" in before[len(prev) :]:
        return True  # first word of a line
    return prev[-1] in ".!?:\"“«—\n"


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    expr: _Expr


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
    **{w: "mon" for w in _MONTH_LOOKUP},
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
_WINDOW = 48
_TRIGGER_SET = frozenset(_TRIGGER_WORDS)
_YEAR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")


@lru_cache(maxsize=512)
def _words_pattern(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W_])(?:{_alt(words)})(?![^\W_])")


def find_words(low: str, vocabulary: frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, word) of every whole word of `low` that is in `vocabulary`.

    `findall` + a set intersection run in C; only the few vocabulary words
    actually present are then located, with a small alternation.
    """
    present = vocabulary.intersection(_TOKEN.findall(low))
    if not present:
        return []
    return [(m.start(), m.end(), m.group()) for m in _words_pattern(frozenset(present)).finditer(low)]
_FINDERS_BY_KIND: dict[str, list[tuple[str, re.Pattern[str]]]] = {
    cat: [(k, p) for k, p in _FINDERS if k in kinds] for cat, kinds in _TRIGGER_KINDS.items()
}


def _windowed_matches(low: str) -> list[tuple[str, re.Match[str]]]:
    n = len(low)
    seen: set[tuple[str, int, int]] = set()
    out: list[tuple[str, re.Match[str]]] = []
    triggers = [(m.start(), m.end(), "digit") for m in _YEAR_DIGITS.finditer(low)]
    triggers += [
        (start, end, _TRIGGER_WORDS[word]) for start, end, word in find_words(low, _TRIGGER_SET)
    ]
    for t_start, t_end, cat in triggers:
        ws, we = max(0, t_start - _WINDOW), min(n, t_end + _WINDOW)
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
def find_times(text: str, language: str | None = None) -> tuple[Found, ...]:
    """Every time expression in `text`, non-overlapping, longest first (cached: shared
    by `extract_times` and `quantities`). English, French and Spanish always; one
    of `EXTRA_LANGUAGES` too when `language` names it."""
    low = lower_same_length(text)
    cands: list[Found] = _extra_matches(low, language)
    for kind, m in _windowed_matches(low):
        start, end = m.span("core")
        expr = _expr_from_match(kind, m, text)
        if expr is None:
            continue
        if kind == "month" and not (m.group("prep") or m.group("mod")):
            continue
        if kind == "year" and not is_year_like(text, m.start("y"), m.end("y")):
            continue
        if kind == "year" and not m.group("mod") and _is_name_year(text, m.start("y")):
            continue
        if kind in {"weekday", "mdy", "dmy"} and m.group("wd"):
            if not _weekday_ok(text, m.start("wd"), text[m.start("wd") : m.end("wd")]):
                continue
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


def time_spans(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of every time expression: `quantities` skips numbers inside them."""
    return [(f.start, f.end) for f in find_times(text, language)]


# --- tense of the clause around a relative expression ------------------------------

_FUTURE = re.compile(
    r"\b(?:will|['’]ll|shall|would|won['’]t|going\s+to|scheduled|due|set\s+to|expected|plans?"
    r"|planned|upcoming|next|follows|is\s+to|are\s+to|to\s+be\s+held|to\s+meet|coming"
    # a passive infinitive looks ahead: "rumored to be released in May" (but a report
    # of a fact is past: "was said to be taken to hospital on Monday")
    r"|(?<!said\s)(?<!reported\s)(?<!believed\s)(?<!thought\s)(?<!known\s)to\s+be\s+\w+(?:ed|en)"
    # present tense of scheduling verbs reads as future in news: "talks resume Thursday"
    r"|opens?|begins?|starts?|resumes?|reconvenes?|meets|travels|arrives|visits|heads|hosts|kicks\s+off"
    r"|takes\s+place|get\s+under\s+way|gets\s+under\s+way"
    r"|sera|seront|aura|auront|va|vont|prévue?s?|doit|doivent|prochaine?"
    r"|será|serán|va\s+a|van\s+a|previst[oa]s?|próxim[oa])\b"
    r"|\b\w+(?:era|eront|ira|iront|rá|rán)\b",
    _FLAGS,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|has\s+been|have\s+been|said|met|held|told|took|came|went|began|saw"
    r"|made|gave|spoke|left|fled|fell|won|lost|ran|stood|sent|brought|thought|found|became"
    r"|got|kept|led|struck|shot|fought|flew|drove|wrote|rose|broke|chose|grew|knew|paid|sold"
    r"|spent|threw|withdrew|sought|heard|felt|met|ago|earlier|last"
    r"|avait|avaient|était|étaient|ont|s['’]est|se\s+sont|hier"
    r"|fue|fueron|había|habían|dijo|hubo|ayer)\b"
    # French passé composé, Spanish pretérito perfecto: "a annoncé", "ont été", "ha dicho"
    r"|\b(?:a|ont|est|sont)\s+(?:\w+\s+)?(?:\w+(?:é|ée|és|ées)|dit|fait|pris|mis|eu|été|vu)\b"
    r"|\b(?:ha|han)\s+\w+(?:ado|ido)\b"
    r"|\b(?!(?:be|been|being)\s)\w{2,}ed\b"
    r"|\b\w+(?:ó|aron|ieron)\b",
    _FLAGS,
)
_PASSIVE = re.compile(r"\b(?:be|been|being)\s+\w+$", _FLAGS)


_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]|\s-\s")


def clause_direction(sentence: str, start: int, end: int) -> int:
    """+1 if the clause around sentence[start:end] is future, -1 past, 0 unknown.

    The nearest tense cue wins; cues after the expression count a little less
    ("met on Sunday" and "On Sunday, they met" both read past). Cues inside the
    expression's own comma-delimited segment come first ("The talks, which began
    on Sunday, resume on Thursday").
    """
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(sentence)]
    seg_start = max((b + 1 for b in breaks if b < start), default=0)
    seg_end = min((b for b in breaks if b >= end), default=len(sentence))
    return _nearest_cue(sentence, start, end, seg_start, seg_end) or _nearest_cue(
        sentence, start, end, 0, len(sentence)
    )


def _nearest_cue(sentence: str, start: int, end: int, lo: int, hi: int) -> int:
    best: tuple[float, int] | None = None
    for pattern, sign in ((_FUTURE, 1), (_PAST, -1)):
        for m in pattern.finditer(sentence, lo, hi):
            if start <= m.start() < end:
                continue
            if sign == -1:
                # "will be held": a participle after "be" is not a past tense
                if _PASSIVE.search(sentence[max(0, m.start() - 12) : m.end()]):
                    continue
            dist = start - m.end() if m.end() <= start else (m.start() - end) * 1.5
            if best is None or dist < best[0]:
                best = (dist, sign)
    return best[1] if best else 0


# --- extraction and resolution -------------------------------------------------------


def _is_relative(expr: _Expr) -> bool:
    return expr.year is None


def extract_times(article: Article, sentences: list[Sentence]) -> list[TimeRef]:
    """Time expressions of one article with exact spans.

    Explicit dates (with a year) are resolved; relative ones are resolved
    against `article.published` when known, else left with `value=None`.
    """
    text = article.text
    starts = [s.span.start for s in sentences]
    refs: list[TimeRef] = []
    for f in find_times(text, article.language):
        # tense also for explicit dates: a future one does not date the story
        direction = 0
        i = bisect.bisect_right(starts, f.start) - 1
        if i >= 0 and sentences[i].span.end >= f.end:
            s = sentences[i].span
            direction = clause_direction(s.text, f.start - s.start, f.end - s.start)
        ref = TimeRef(
            span=Span(article.id, f.start, f.end, text[f.start : f.end]),
            value=None,
            precision=_precision(f.expr),
            relative=_is_relative(f.expr),
            direction=direction,
        )
        refs.append(ref)
    return resolve_times(refs, article.published)


def _precision(expr: _Expr) -> Precision:
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


def _resolve(expr: _Expr, anchor: date | None, direction: int) -> date | None:
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
        return min(options, key=lambda d: abs((d - anchor).days)) if options else None
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


def resolve_times(times: list[TimeRef], anchor: date | None) -> list[TimeRef]:
    """New TimeRefs with relative ones resolved against `anchor` (see module doc)."""
    out: list[TimeRef] = []
    for t in times:
        expr = parse_expression(t.span.text)
        if expr is None:
            out.append(replace(t))
            continue
        try:
            value = _resolve(expr, anchor, t.direction)
        except (ValueError, OverflowError):  # "999 decades ago": outside the calendar
            value = None
        if value is None and not t.relative:
            value = t.value
        out.append(replace(t, value=value))
    return out


# --- story reference date -----------------------------------------------------------


_DATELINE_BEFORE = re.compile(r"(?:[A-ZÀ-Ý][\w.'’-]*[ ,]*){0,4}[,–—-]?\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:\(|/|—|–|-|:|\n|$)")


def _in_dateline(text: str, start: int, end: int) -> bool:
    """Does the date open its line, after at most a place name: "LONDON, March 12, 2019 -"?"""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(
        _DATELINE_BEFORE.fullmatch(text, line_start, start) and _DATELINE_AFTER.match(text, end)
    )


def _weekday_years(month: int, day: int, weekday: int, today: date) -> list[int]:
    """Years (most recent first, not after today) in which month/day falls on weekday."""
    years = []
    for y in range(today.year, today.year - 60, -1):
        try:
            d = date(y, month, day)
        except ValueError:
            continue
        if d <= today and d.weekday() == weekday:
            years.append(y)
    return years


def infer_reference_date(
    articles: list[Article],
    analyses: dict[str, ArticleAnalysis],
    override: date | None,
    *,
    today: date | None = None,
) -> tuple[date | None, bool]:
    """The story's reference date and whether it was inferred from the texts.

    Order: `override`; the articles' publication dates (most common, then
    latest); else votes from the texts:
    - an explicit date whose stated weekday agrees ("Tuesday 12 March 2019"): 3;
    - weekday + day + month without a year ("Monday January 10"): 2, placed in
      a year where that day is that weekday, not after `today`: a year that
      "N years after <year>" points to if any, else the earliest one not
      before the latest year the texts mention (a story is not older than
      the years it cites, and rarely much younger), else the most recent;
    - an explicit date without weekday only in dateline position ("LONDON,
      March 12, 2019 (Reuters) -"): 1. Elsewhere such dates are mostly the
      reported events or background ("the December 26, 2004 tsunami"),
      measured wrong more often than right (bench/when.py).
    A date in a future-tense clause ("talks will resume on Sunday, January
    23") counts 1: it pins the year, but the story is a little older.
    """
    if override is not None:
        return override, False
    published = Counter(a.published for a in articles if a.published is not None)
    if published:
        best = max(published.items(), key=lambda kv: (kv[1], kv[0]))
        return best[0], False
    today = today or date.today()
    exprs: list[tuple[_Expr, bool, int]] = []  # (expression, in a dateline, direction)
    for a in articles:
        an = analyses.get(a.id)
        if an is None:
            continue
        for t in an.times:
            e = parse_expression(t.span.text)
            if e is not None:
                exprs.append((e, _in_dateline(a.text, t.span.start, t.span.end), t.direction))
    mentioned = {e.year for e, _, _ in exprs if e.year and e.year <= today.year}
    floor = max(mentioned, default=None)
    year_offsets = {
        -e.n for e, _, _ in exprs if e.kind == "offset" and e.unit == "year" and e.n < 0
    }
    targets = {y + n for y in mentioned for n in year_offsets}
    votes: Counter[date] = Counter()
    for e, dateline, direction in exprs:
        if e.kind != "date" or e.month is None or e.day is None:
            continue
        if e.year is not None:
            d = date(e.year, e.month, e.day)
            if e.weekday is None:
                votes[d] += 1 if dateline else 0
            elif d.weekday() == e.weekday:
                votes[d] += 1 if direction > 0 else 3
        elif e.weekday is not None:
            years = _weekday_years(e.month, e.day, e.weekday, today)
            if not years:
                continue
            fitting = [y for y in years if y in targets]
            not_older = [y for y in years if floor is not None and y >= floor]
            year = fitting[0] if fitting else (not_older[-1] if not_older else years[0])
            votes[date(year, e.month, e.day)] += 1 if direction > 0 else 2
    votes = Counter({d: v for d, v in votes.items() if v > 0})
    if not votes:
        return None, False
    best = max(votes.items(), key=lambda kv: (kv[1], kv[0]))
    return best[0], True
