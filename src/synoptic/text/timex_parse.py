"""What a time expression says: the vocabularies and patterns of `text/timex.py`, and
reading a found expression back into its parts (`parse_expression`).

English, French and Spanish names, deictics, offsets and periods are small documented
vocabularies; `timex_extra` reads the `EXTRA_LANGUAGES`, whose month and weekday names and
yesterday/today/tomorrow come from dateparser's language data.
"""

from __future__ import annotations

import re
from functools import lru_cache

from synoptic.text.timex_base import (  # noqa: F401 (Found and lower_same_length are re-exported)
    YEAR,
    Found,
    TimeExpression,
    lower_same_length,
    valid,
    word_alternation,
)
from synoptic.text.timex_extra import parse_extra

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
LOWERCASE_WEEKDAYS = {k for k, v in WEEKDAYS.items() if not k.endswith("day")}

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
MONTH_LOOKUP = {**MONTHS_FULL, **MONTHS_ABBR}

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


# "last night" (in a report of the morning after) runs from the evening before into the
# report's own early hours: which day it is depends on the hour the sentence gives
NIGHT_DEICTIC = re.compile(r"last\s+night|la\s+nuit\s+dernière|anoche", re.I)
# an hour after midnight and before dawn: "2 a.m.", "around 3:30am", "12:15 a.m.", "02:10",
# "shortly after midnight", "in the early hours", "à 2 h du matin", "de la madrugada"
EARLY_HOURS = re.compile(
    r"(?<![\d:.,])(?:(?:0?[1-5]|12)(?:[:.][0-5]\d)?\s*a\.?\s?m\b|0[0-5][:h][0-5]\d(?!\s*[ap]\.?\s?m))"
    r"|\b(?:after|past)\s+midnight\b|\bearly\s+hours\b|\b[0-5]\s*h(?:eures?)?(?:\s*[0-5]\d)?\s+du\s+matin\b"
    r"|\bmadrugada\b|\bpasado\s+medianoche\b|\baprès\s+minuit\b",
    re.I,
)


_WD = word_alternation(WEEKDAYS)
_MON_FULL = word_alternation(MONTHS_FULL)
_MON_ANY = rf"(?:{_MON_FULL}|(?:{word_alternation(MONTHS_ABBR)})\.?)"
_YEAR = YEAR
_NUMW = rf"(?:\d{{1,3}}|{word_alternation(NUMBER_WORDS)})"
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
_MONTH_YEAR_REL = (
    r"(?:last|next|this)\s+year|de\s+l['’](?:an|année)\s+(?:dernière?|passée?|prochaine?)"
    r"|de\s+cette\s+année|del\s+año\s+(?:pasado|próximo|que\s+viene)|de\s+este\s+año"
)
_MONTH_PREP = (
    r"in|until|till|by|from|during|through|throughout|en|jusqu['’]en|hasta|durante|of|de|d['’]"
)

# (kind, core pattern). The core is exactly the span; finder-only context is
# added in `FINDERS`. Order = priority when two kinds match the same text.
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
    # "since October 1982": the month of that year, since then (not this year's October)
    ("my", rf"(?:(?P<mod>since|depuis|desde|dès)\s+)?(?P<mon>{_MON_FULL})(?:\s+del?)?\s*,?\s+(?P<y>{_YEAR})(?!\d)"),
    (
        "month",
        rf"(?:(?P<mod>{_MONTH_MOD})[\s-]+(?:de\s+)?)?(?P<mon>{_MON_FULL})"
        # the year it falls in, said relative to the report's: "April last year",
        # "en avril de l'année dernière", "en abril del año pasado"
        rf"(?:\s+(?P<yrel>{_MONTH_YEAR_REL}))?",
    ),
    ("year", rf"(?:(?P<mod>since|depuis|desde|dès)\s+)?(?P<y>{_YEAR})"),
    ("weekday", rf"(?:(?P<mod>{_WEEK_MOD})\s+)?(?P<wd>{_WD})(?:\s+(?P<part>{_PART_OF_DAY}))?"),
    (
        "deictic",
        r"(?P<w>(?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+tomorrow|yesterday"
        r"|today|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|la\s+nuit\s+dernière|anoche"
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
FINDERS = [(kind, _finder(kind, core)) for kind, core in _CORE]
_FULL = [(kind, re.compile(core)) for kind, core in _CORE]


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


def expression_from_match(kind: str, m: re.Match[str], orig: str) -> TimeExpression | None:
    g = m.groupdict()
    mon = orig[m.start("mon") : m.end("mon")] if "mon" in g and g["mon"] else ""
    if kind == "iso":
        return valid(TimeExpression("date", int(g["y"]), int(g["m"]), int(g["d"])))
    if kind == "ymd":
        return valid(TimeExpression("date", int(g["y"]), int(g["m"]), int(g["d"])))
    if kind == "numeric":
        a, b = int(g["a"]), int(g["b"])
        # day/month order differs by country: keep only unambiguous readings
        if a > 12 and b <= 12:
            return valid(TimeExpression("date", int(g["y"]), b, a))
        if b > 12 and a <= 12:
            return valid(TimeExpression("date", int(g["y"]), a, b))
        if a == b:
            return valid(TimeExpression("date", int(g["y"]), a, a))
        return None
    if kind in {"mdy", "dmy"}:
        if not _month_ok(mon):
            return None
        wd = WEEKDAYS[g["wd"].lower()] if g.get("wd") else None
        year = int(g["y"]) if g.get("y") else None
        return valid(
            TimeExpression("date", year, MONTH_LOOKUP[g["mon"].rstrip(".").lower()], int(g["d"]), wd)
        )
    if kind == "my":
        if not _month_ok(mon):
            return None
        return TimeExpression("month", int(g["y"]), MONTHS_FULL[g["mon"].lower()], since=bool(g.get("mod")))
    if kind == "month":
        if not _month_ok(mon):
            return None
        mod = (g.get("mod") or "").lower()
        yrel = (g.get("yrel") or "").lower()
        # a year said relative to the report's rides as an offset in years ("April last
        # year": n=-1, unit "year"); `timex._resolve` reads it before the month's own mod
        year_shift = next((v for w in yrel.split() if (v := _mod_value(w))), 0)
        year_shift = year_shift or (1 if yrel.endswith("que viene") else 0)
        return TimeExpression(
            "month", None, MONTHS_FULL[g["mon"].lower()], mod=_mod_value(mod),
            since=mod in {"since", "depuis", "desde"},
            n=year_shift, unit="year" if yrel else "",
        )
    if kind == "year":
        return TimeExpression("year", int(g["y"]), since=bool(g.get("mod")))
    if kind == "weekday":
        # "last Monday", and after the name: "lundi dernier", "el lunes pasado"
        mod = _mod_value(g.get("mod")) or _mod_value(g.get("part"))
        return TimeExpression("weekday", weekday=WEEKDAYS[g["wd"].lower()], mod=mod)
    if kind == "deictic":
        w = re.sub(r"\s+", " ", g["w"].lower())
        if "before yesterday" in w or w in {"avant-hier", "anteayer"}:
            n = -2
        elif "after tomorrow" in w or w in {"après-demain", "pasado mañana"}:
            n = 2
        elif w.startswith(("yesterday", "last night", "hier", "ayer", "la nuit dernière", "anoche")):
            n = -1
        elif w in {"tomorrow", "demain", "mañana"}:
            n = 1
        else:
            n = 0
        return TimeExpression("deictic", n=n, unit="day")
    if kind == "period":
        unit = g.get("unit") or g.get("unit2") or g.get("unit3") or ""
        mod = g.get("mod") or g.get("mod2") or g.get("mod3")
        return TimeExpression("period", mod=_mod_value(mod), unit=_unit_of(unit))
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
        return TimeExpression("offset", n=n * sign, unit=_unit_of(g["unit"]))
    return None


@lru_cache(maxsize=4096)
def parse_expression(text: str) -> TimeExpression | None:
    """Read a time expression span (as produced by `extract_times`) back into its parts."""
    low = lower_same_length(text)
    for kind, pattern in _FULL:
        m = pattern.fullmatch(low)
        if m:
            expr = expression_from_match(kind, m, text)
            if expr is not None:
                return expr
    return parse_extra(low)
