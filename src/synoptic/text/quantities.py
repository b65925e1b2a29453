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

import importlib.util
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from synoptic.model import Article, Quantity, Sentence, Span
from synoptic.text import timex

_FLAGS = re.IGNORECASE

# --- number words -----------------------------------------------------------------

# value, is_multiplier
_WORDS: dict[str, tuple[float, bool]] = {}
for _i, _w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen".split()
):
    _WORDS[_w] = (_i, False)
for _i, _w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split()):
    _WORDS[_w] = (20 + 10 * _i, False)
for _i, _w in enumerate(
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
    "seize".split()
):
    _WORDS.setdefault(_w, (_i, False))
for _i, _w in enumerate("vingt trente quarante cinquante soixante".split()):
    _WORDS[_w] = (20 + 10 * _i, False)
_WORDS["vingts"] = (20, False)
for _i, _w in enumerate(
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
    "dieciséis diecisiete dieciocho diecinueve veinte".split()
):
    _WORDS.setdefault(_w, (_i, False))
_WORDS["dieciseis"] = (16, False)
for _i, _w in enumerate(
    "veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete "
    "veintiocho veintinueve".split(),
    start=21,
):
    _WORDS[_w] = (_i, False)
for _i, _w in enumerate(
    "treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()
):
    _WORDS[_w] = (30 + 10 * _i, False)
for _i, _w in enumerate(
    "cien doscientos trescientos cuatrocientos quinientos seiscientos setecientos "
    "ochocientos novecientos".split(),
    start=1,
):
    _WORDS[_w] = (100 * _i, False)
    if _w.endswith("os"):
        _WORDS[_w[:-2] + "as"] = (100 * _i, False)
_WORDS["ciento"] = (100, False)
_WORDS.update(
    {
        "hundred": (100, True), "thousand": (1e3, True), "million": (1e6, True),
        "billion": (1e9, True), "trillion": (1e12, True), "dozen": (12, True),
        "cent": (100, True), "cents": (100, True), "mille": (1e3, True),
        "millions": (1e6, True), "milliard": (1e9, True), "milliards": (1e9, True),
        "mil": (1e3, True), "millón": (1e6, True), "millones": (1e6, True),
        "bn": (1e9, True), "mn": (1e6, True),
    }
)
# Words that are numbers only when followed by a multiplier ("a hundred",
# "un million"); alone they are articles/pronouns.
_ARTICLES = {"a", "an", "un", "une", "uno", "una"}
# Which language each number word belongs to: a word is read as a number only
# in its own language's text (English "once", Czech "ten", Spanish "mil" are
# words of other languages), or when the language is unknown.
_WORDS_BY_LANGUAGE = {
    "en": set(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
        "eighty ninety hundred thousand million billion trillion dozen bn mn a an".split()
    ),
    "fr": set(
        "zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
        "quinze seize vingt vingts trente quarante cinquante soixante cent cents mille million "
        "millions milliard milliards".split()
    ),
}
_WORDS_BY_LANGUAGE["es"] = set(_WORDS) - _WORDS_BY_LANGUAGE["en"] - _WORDS_BY_LANGUAGE["fr"] | {
    "uno", "una", "un", "seis", "millón", "millones", "mil"
}
_ONLY_IN = {"once": "es", "dos": "es"}  # false friends when the language is unknown
_CONNECT = r"(?:[\s-]+(?:(?:and|et|y)\s+)?)"
_NUM_WORD_ALT = "|".join(
    sorted((re.escape(w) for w in _WORDS if w not in _ARTICLES), key=len, reverse=True)
)
_MULT_ALT = "|".join(re.escape(w) for w, (_v, mult) in _WORDS.items() if mult)
_SPELLED = (
    rf"(?:(?:a|an|un|une|uno|una)\s+(?=(?:{_MULT_ALT})(?![\w'’])))?"
    rf"(?:{_NUM_WORD_ALT})(?![\w'’])(?:{_CONNECT}(?:{_NUM_WORD_ALT})(?![\w'’]))*"
)

_SCALE = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9,
    "mille": 1e3, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "mil": 1e3,
    "millón": 1e6, "millones": 1e6, "m": 1e6, "k": 1e3, "mn": 1e6,
}
_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?!\d)"
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d)"
    r"|\d+(?:[.,]\d+)?"
)
_SCALE_WORD = r"thousand|million|billion|trillion|bn|mn|mille|millions?|milliards?|mil\s+millones|mil|millón|millones"

_HEDGES: list[tuple[str, str]] = [
    ("approx", r"about|around|approximately|roughly|some|an\s+estimated|estimated|circa|c\.|~"
     r"|environ|quelque|autour\s+de|alrededor\s+de|unos|unas|aproximadamente|en\s+torno\s+a"),
    ("below", r"nearly|almost|close\s+to|just\s+under|barely|just\s+shy\s+of|près\s+de|presque"
     r"|à\s+peine|quasiment|pas\s+loin\s+de|casi|apenas|cerca\s+de"),
    ("more", r"more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|well\s+over|just\s+over"
     r"|no\s+fewer\s+than|no\s+less\s+than|plus\s+de|au\s+moins|plus\s+d['’]|más\s+de"
     r"|al\s+menos|por\s+lo\s+menos"),
    ("upto", r"up\s+to|as\s+many\s+as|no\s+more\s+than|fewer\s+than|less\s+than|under|a\s+maximum\s+of"
     r"|jusqu['’]à|moins\s+de|hasta|menos\s+de"),
]
_HEDGE_ALT = "|".join(f"(?P<h_{k}>{p})" for k, p in _HEDGES)

_CURRENCY = {"$": "dollar", "us$": "dollar", "usd": "dollar", "€": "euro", "eur": "euro",
             "£": "pound", "gbp": "pound", "¥": "yen"}

_NUMBER = re.compile(
    rf"(?<![\w.,/-])(?:(?:{_HEDGE_ALT})\s+)?"
    rf"(?:(?P<cur>us\$|[$€£¥]|usd|eur|gbp)\s*)?"
    rf"(?:(?P<digits>{_DIGITS})(?:(?:\s*(?:-|–|to|à|a)\s*)(?P<digits2>{_DIGITS})(?![\d]))?"
    rf"(?:\s*(?P<scale>{_SCALE_WORD})(?![\w])|(?<=\d)(?P<short>bn|m|k)(?![\w]))?"
    rf"|(?P<words>{_SPELLED}))"
    rf"(?:(?P<pct>\s*(?:%|percent|per\s+cent|pour\s+cent|por\s+ciento|procent\w*|prozent"
    rf"|per\s+cento|por\s+cento|τοις\s+εκατό|процент\w*|אחוז\w*|प्रतिशत|بالمئة|في\s+المئة)(?![\w]))"
    rf"|\s?(?P<cur_after>[$€£¥]|us\$|usd|eur|gbp)(?![\w$]))?"
    rf"(?P<hyphen>-(?P<hyunit>[^\W\d_]+(?:-old)?))?",
)

# vague amounts: (pattern, low, high) with `s` the scale word's value
_VAGUE_SCALE = {
    "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "dozens": 12,
    "scores": 20, "tens": 10,
    "centaines": 100, "milliers": 1e3, "milliards": 1e9, "dizaines": 10,
    "cientos": 100, "centenares": 100, "miles": 1e3, "millones": 1e6, "decenas": 10,
    "docenas": 12,
    "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "dozen": 12,
}
_VAGUE = re.compile(
    r"(?<![\w-])(?:(?:{h})\s+)?(?P<v>"
    r"(?P<few>(?:tens|hundreds|dozens)\s+of|des\s+(?:dizaines|centaines)\s+de"
    r"|(?:decenas|cientos|centenares)\s+de)\s+(?P<big>thousands|millions|billions|milliers"
    r"|millions|milliards|miles|millones)"
    r"|(?P<qual>several|a\s+few|a\s+couple\s+of|a\s+handful\s+of|plusieurs|quelques|varios|varias"
    r"|unos\s+pocos|unas\s+pocas)(?:\s+(?P<qscale>hundred|thousand|million|billion|dozen"
    r"|centaines|milliers|millions|dizaines|cientos|miles|millones|decenas))?"
    r"|(?P<approx>une\s+(?:dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine"
    r"|centaine)|un\s+millier|una\s+(?:decena|veintena|treintena|docena|centena)"
    r"|un\s+(?:centenar|millar)|a\s+dozen)"
    r"|(?:des\s+)?(?P<plural>hundreds|thousands|millions|billions|dozens|scores|centaines"
    r"|milliers|milliards|dizaines|cientos|centenares|miles|millones|decenas|docenas))"
    r"(?![\w])".replace("{h}", _HEDGE_ALT),
)
_APPROX_WORDS = {
    "dizaine": 10, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "centaine": 100, "millier": 1000, "decena": 10, "veintena": 20,
    "treintena": 30, "docena": 12, "centena": 100, "centenar": 100, "millar": 1000, "dozen": 12,
}

# --- what is counted --------------------------------------------------------------

_STOP = set(
    """the a an of in on at to for from with by and or but who which that than as is are was
    were be been being have has had will would could can may might should must said says
    per more less most least this these those their its his her our your my there here
    when where while after before during since until into onto over under about around
    across through between among against each every other such only also just not no
    ago later earlier old
    de des du la le les et ou qui que en à au aux par pour sur dans est sont ont ont été
    selon avec sans entre chez vers après avant depuis
    el los las del al con por para es son han fueron fue según desde sin entre hacia
    y o u e""".split()
)
_IRREGULAR = {
    "people": "people", "men": "man", "women": "woman", "children": "child", "feet": "foot",
    "teeth": "tooth", "mice": "mouse", "police": "police", "personnel": "personnel",
    "staff": "staff", "lives": "life", "wives": "wife", "knives": "knife", "halves": "half",
    "thieves": "thief", "leaves": "leaf", "series": "series", "species": "species",
    "crises": "crisis", "analyses": "analysis", "hours": "hour", "troops": "troop",
    "persons": "people", "mois": "mois", "fois": "fois", "pays": "pays", "gens": "people",
    "meses": "mes",
    "ans": "an",
    "années": "année", "veces": "vez", "países": "país",
}
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "ous", "'s", "’s")
_WORD = re.compile(r"\s*([^\W\d_][\w'’-]*)")
_LABEL_WORDS = {
    "version", "article", "number", "no", "chapter", "section", "page", "room", "flight",
    "route", "phase", "level", "category", "stage", "grade", "round", "item", "resolution",
    "paragraph", "line", "gate", "terminal", "platform", "block", "unit", "district", "zone",
    "numéro", "número", "artículo", "vol",
}
_TIME_UNITS = {"day", "week", "month", "year", "decade", "hour", "minute", "second"}


def singular(word: str, language: str = "en") -> str:
    """Lowercase lemma-ish singular of a count noun (English, French, Spanish plurals;
    other languages keep the word as written, lowercased)."""
    w = word.lower().strip("'’-")
    if language and language not in {"en", "fr", "es"}:
        return w
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3:
        return w
    if language == "es" and w.endswith("es") and len(w) > 4:
        # Spanish consonant stems: "ciudades" -> "ciudad", "millones" -> "millon"
        if w[-3] in "dlnrzj" and w[-4] in "aeiouáéíóú":
            stem = w[:-2]
            return stem[:-1] + "z" if stem.endswith("c") else stem
        return w[:-1]
    if language == "fr":
        if w.endswith(("eaux", "eux")):
            return w[:-1]
        if w.endswith("aux"):
            return w[:-3] + "al"
    if language in {"fr", "es"}:
        return w[:-1] if w.endswith("s") and not w.endswith("ss") else w
    if w.endswith(_NOT_PLURAL_ENDINGS):
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "xes", "sses", "zes")):
        return w[:-2]
    if w.endswith("s"):
        return w[:-1]
    return w


_INVARIANT = {
    "dead", "wounded", "injured", "missing", "homeless", "displaced", "unemployed",
    "mois", "fois", "pays", "temps", "prix", "corps", "personnel", "staff", "police", "people",
    "cattle", "sheep", "fish", "deer", "aircraft", "crew", "gens", "series", "species",
}
# measurement abbreviations count whatever the number
_UNIT_ABBR = {
    "km", "kg", "m", "cm", "mm", "mi", "ft", "lb", "lbs", "oz", "mph", "kmh", "ha", "mw", "gw",
    "kw", "kwh", "bpd", "min", "mins", "sec", "hr", "hrs", "t", "g", "l",
}
# "three times", "two others": not a thing that is counted
_PLURAL_RULES = {"en", "fr", "es"}
# scale words of other languages, by stem (declined forms share it)
_OTHER_SCALES = (
    ("miliard", 1e9), ("milliard", 1e9), ("miljard", 1e9), ("δισεκατομμύρι", 1e9),
    ("миллиард", 1e9), ("мільярд", 1e9), ("mrd", 1e9), ("miliardi", 1e9), ("bilion", 1e9),
    ("milion", 1e6), ("milión", 1e6), ("million", 1e6), ("miljoen", 1e6), ("miljon", 1e6),
    ("milhões", 1e6), ("milhão", 1e6), ("milioni", 1e6), ("εκατομμύρι", 1e6), ("миллион", 1e6),
    ("мільйон", 1e6), ("mio", 1e6), ("مليون", 1e6), ("ملايين", 1e6), ("מיליון", 1e6),
    ("मिलियन", 1e6), ("करोड़", 1e7), ("लाख", 1e5),
    ("tisíc", 1e3), ("tysiąc", 1e3), ("tysięcy", 1e3), ("χιλιάδ", 1e3), ("тысяч", 1e3),
    ("тисяч", 1e3), ("tausend", 1e3), ("ألف", 1e3), ("آلاف", 1e3), ("אלף", 1e3),
    ("हज़ार", 1e3), ("हजार", 1e3),
)
_NOT_UNITS = {"time", "fois", "reprise", "vez", "ocasión", "ocasion", "other", "autre", "otro", "otra"}


def _looks_plural(word: str, language: str = "en") -> bool:
    w = word.lower()
    if w in _IRREGULAR and w not in {"mois", "fois", "pays", "series", "species"}:
        return True
    if len(w) <= 3 or not w.endswith(("s", "x")):
        return False
    if language in {"fr", "es"}:
        return not w.endswith("ss")
    return not w.endswith(_NOT_PLURAL_ENDINGS)


@lru_cache(maxsize=32)
def _stopwords(language: str) -> frozenset[str]:
    """spaCy's stop words for a language when spaCy is installed (optional extra).

    The word list file is read on its own: importing spaCy itself takes seconds.
    """
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations or not language.isalpha():
        return frozenset()
    path = Path(list(spec.submodule_search_locations)[0]) / "lang" / language / "stop_words.py"
    try:
        source = path.read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    # the list is a triple-quoted block of words: read it as data, never run it
    source = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith("#"))
    blocks = re.findall(r'"""(.*?)"""', source, re.DOTALL)
    return frozenset(w for block in blocks for w in block.split())


def _unit_after(
    text: str, pos: int, count: float | None, language: str = "en"
) -> tuple[str, int] | None:
    """The counted noun after text[pos:] and where it ends, skipping adjectives.

    Up to three words before a function word or punctuation. For counts other
    than one the noun is plural in English, French and Spanish: the first
    plural word (or an invariant noun or a unit abbreviation); for one, the
    first lowercase word that is not a participle.
    """
    words: list[tuple[str, int, int]] = []
    i = pos
    while len(words) < 3:
        m = _WORD.match(text, i)
        if not m or "\n" in text[i : m.start(1)]:
            break
        w = m.group(1).rstrip("'’-")
        if w.lower() in _STOP:
            break
        words.append((w, m.start(1), m.start(1) + len(w)))
        i = m.start(1) + len(w)
        if text[i : i + 1] in {",", ";", ":", ".", ")", "(", '"', "”", "»"}:
            break
    if not words:
        return None
    if language and language not in _PLURAL_RULES:
        # no plural rules for this language: the first lowercase content word ("vojáků")
        stop = _stopwords(language)
        for w, _s, e in words[:1]:
            if w.lower() in _UNIT_ABBR:
                return w, e
        for w, _s, e in words:
            if w[0].islower() and len(w) >= 4 and w.lower() not in stop:
                return w, e
        return None
    if count != 1:
        for w, _s, e in words:
            low = w.lower()
            if _looks_plural(w, language) or low in _INVARIANT or low in _UNIT_ABBR:
                return w, e
        return None
    for w, _s, e in words:
        if w[0].islower() and not w.lower().endswith(("ed", "ing")):
            return w, e
    return None


# "a magnitude of 5.9", "the death toll of 10", "une magnitude de 5,9": a determiner,
# at most one modifier, the measure, the preposition, then (hedge and) the figure
_MEASURE_BEFORE = {
    "en": re.compile(r"\b(?:a|an|the|its|their|his|her|this|that)\s+(?:[a-z]+\s+)?([a-z]{3,})\s+of\s+$"),
    "fr": re.compile(r"\b(?:un|une|le|la|l['’]|sa|son|leur|ce|cette)\s*(?:[a-zé]+\s+)?([a-zé]{3,})\s+de\s+$"),
    "es": re.compile(r"\b(?:un|una|el|la|su)\s+(?:[a-zé]+\s+)?([a-záéíóúñ]{3,})\s+de\s+$"),
}
# measures that only count something named elsewhere ("a total of 10", "a group of 20")
_NOT_MEASURES = frozenset(
    """total maximum minimum average number sum excess series range handful couple group
    set lot list batch pair dozen majority minority part share rest crowd team
    nombre groupe ensemble série total moyenne maximum minimum majorité part reste
    número grupo serie conjunto mayoría parte resto""".split()
)


def _unit_before(text: str, start: int, language: str) -> str | None:
    """The measure named just before a figure that has no noun after it."""
    pattern = _MEASURE_BEFORE.get(language or "en")
    if pattern is None:
        return None
    m = pattern.search(text[max(0, start - 60) : start].lower())
    if not m:
        return None
    word = m.group(1)
    if word in _STOP or word in _NOT_MEASURES or word.endswith(("ed", "ing")):
        return None
    return word


_ELIDED = "\0"  # a count whose noun is the one counted just before it in the sentence
_VERB_BEFORE = re.compile(r"\b[a-z]{3,}(?:ing|ed)\s+$")


def _after_verb(text: str, start: int, language: str) -> bool:
    """Does a figure follow a participle ("killing one", "wounded 20")? English only."""
    return language in ("en", "") and bool(_VERB_BEFORE.search(text[max(0, start - 30) : start]))


def _resolve_elided(cands: list[_Cand]) -> list[_Cand]:
    """Elided counts take the unit of the nearest counted noun before them; the others go."""
    out: list[_Cand] = []
    for cand in sorted(cands, key=lambda c: c.start):
        if cand.unit != _ELIDED:
            out.append(cand)
            continue
        before = [c for c in out if c.end <= cand.start and not c.vague]
        if before:
            out.append(_Cand(cand.start, cand.end, cand.low, cand.high, before[-1].unit,
                             cand.approximate, cand.vague))
    return out


def _parse_digits(s: str, language: str) -> float | None:
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    continental = language not in {"en", ""}
    if " " in s:
        s = s.replace(" ", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s) and not (
        continental and s.count(",") == 1 and "." not in s
    ):
        s = s.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s) and (continental or s.count(".") > 1):
        s = s.replace(".", "").replace(",", ".")
    elif "," in s:
        s = s.replace(",", ".") if continental or not re.fullmatch(r"\d+,\d{3}", s) else s.replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def _parse_words(s: str, language: str) -> float | None:
    tokens = [t for t in re.split(r"[\s-]+", s.lower()) if t not in {"and", "et", "y"}]
    if not tokens:
        return None
    if language:
        vocabulary = _WORDS_BY_LANGUAGE.get(language)
        if vocabulary is None or any(t not in vocabulary for t in tokens):
            return None
    elif any(t in _ONLY_IN for t in tokens):
        return None
    if tokens[0] in _ARTICLES:
        if len(tokens) < 2 or not _WORDS.get(tokens[1], (0, False))[1]:
            return None
        tokens[0] = "one"
    total, cur = 0.0, 0.0
    for t in tokens:
        if t not in _WORDS:
            return None
        v, mult = _WORDS[t]
        if not mult:
            cur = 80 if (v == 20 and cur == 4) else cur + v  # quatre-vingt(s)
        elif v < 1000:
            cur = max(cur, 1) * v
        elif cur == 0 and total > 0 and v > total:
            total *= v  # "mil millones"
        else:
            total += max(cur, 1) * v
            cur = 0
    return total + cur


# --- skipping what is not a count ----------------------------------------------------

_BLOCKERS = re.compile(
    r"\d{1,2}[:h]\d{2}(?:\s*(?:a\.m\.|p\.m\.|am|pm|gmt|utc))?"  # times of day
    r"|\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock)"
    r"|\d+(?:st|nd|rd|th|er|ère|e|ème|º|ª|°)(?![\w])"  # ordinals, degrees
    r"|\+\d[\d\s().-]{6,}\d|\(\d{2,4}\)\s*\d{3}[\s.-]\d{4}|\d{3}[-.]\d{3}[-.]\d{4}"  # phones
    r"|\d{2}(?:\.\d{2}){4}"
    r"|[A-Za-z]+-?\d+[A-Za-z\d]*|\d+[A-Za-z]+\d[\w]*"  # codes: G7, COVID-19, 5G
    r"|\d+(?:\.\d+){2,}",  # version numbers
)


@dataclass
class _Cand:
    start: int
    end: int
    low: float | None
    high: float | None
    unit: str
    approximate: bool
    vague: bool


def _apply_hedge(m: re.Match[str], low: float, high: float) -> tuple[float | None, float | None, bool]:
    if m.group("h_approx"):
        return low * 0.9, high * 1.1, True
    if m.group("h_below"):
        return low * 0.9, high, True
    if m.group("h_more"):
        return low, None, True
    if m.group("h_upto"):
        return None, high, True
    return low, high, False


def _is_label(text: str, start: int, sentence_start: int) -> bool:
    """A number right after a name or label word: "Nord Stream 2", "Article 5"."""
    m = re.search(r"([^\W\d_][\w.]*)\s+$", text[max(sentence_start, start - 30) : start])
    if not m:
        return False
    word = m.group(1).rstrip(".")
    if word.lower() in _LABEL_WORDS:
        return True
    word_start = start - len(m.group(0))
    at_sentence_start = not text[sentence_start:word_start].strip()
    return word[0].isupper() and not at_sentence_start and not word.endswith(("'s", "’s"))


_NUMBER_TRIGGERS = {w for w in _WORDS if w not in _ARTICLES and not _WORDS[w][1]} | {
    "hundred", "thousand", "million", "billion", "trillion", "dozen", "mille", "cent",
    "milliard", "millions", "milliards", "mil", "millón", "millones",
}
# vague-amount trigger words by language; words of another language than the
# article's are ignored ("miles" is Spanish "thousands", English "miles")
_VAGUE_TRIGGERS: dict[str, str] = {
    **dict.fromkeys(
        "tens hundreds thousands millions billions dozens scores several few couple handful "
        "dozen".split(),
        "en",
    ),
    **dict.fromkeys(
        "dizaines centaines milliers milliards plusieurs quelques dizaine quinzaine vingtaine "
        "trentaine quarantaine cinquantaine centaine millier".split(),
        "fr",
    ),
    **dict.fromkeys(
        "cientos centenares miles millones decenas docenas varios varias pocos pocas decena "
        "veintena treintena docena centena centenar millar".split(),
        "es",
    ),
}
_AMBIGUOUS_VAGUE = {"miles"}  # needs a Spanish article
_ALL_TRIGGERS = frozenset(_NUMBER_TRIGGERS) | frozenset(_VAGUE_TRIGGERS)
_DIGIT_RUN = re.compile(r"\d+")
# hedges reach back at most this many characters before the number
_BACK, _AHEAD = 28, 80


def extract_quantities(article: Article, sentences: list[Sentence]) -> list[Quantity]:
    """Counted quantities of one article, each with its exact span.

    Matching runs on a lowercased copy, only in windows around trigger tokens
    (digits, number words, vague-amount words): a full scan per pattern is
    several times slower. Case checks read the original text.
    """
    text = article.text
    low = timex.lower_same_length(text)
    language = (article.language or "").split("-")[0].lower()
    times = timex.time_spans(text, article.language)
    vague_ok = {
        w
        for w, lang in _VAGUE_TRIGGERS.items()
        if lang == "en" or lang == language or (not language and w not in _AMBIGUOUS_VAGUE)
    }
    num_at = [(m.start(), m.end()) for m in _DIGIT_RUN.finditer(low)]
    vague_at: list[tuple[int, int]] = []
    for start, end, word in timex.find_words(low, _ALL_TRIGGERS):
        if word in _NUMBER_TRIGGERS:
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
            for cand in _vague_in(text, low, s0, s1, vague_triggers, language):
                if not _overlaps(cand.start, cand.end, times):
                    cands.append(cand)
        seen: set[int] = set()
        for ts, te in num_triggers:
            for m in _NUMBER.finditer(low, max(s0, ts - _BACK), min(s1, te + _AHEAD)):
                if m.end() <= ts or m.start() >= te or m.start() in seen:
                    continue
                seen.add(m.start())
                num_start = m.start("digits") if m.group("digits") else m.start("words")
                num_end = m.end("digits2") if m.group("digits2") else m.end("digits")
                if not m.group("digits"):
                    num_end = m.end("words")
                if _overlaps(num_start, num_end, times):
                    continue
                if m.group("digits") and _blocked(low, num_start, num_end):
                    continue
                cand = _from_number(text, m, language, s0)
                if cand is not None:
                    cands.append(cand)
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


def _blocked(low: str, start: int, end: int) -> bool:
    """Is the number low[start:end] part of a time of day, ordinal, phone number or code?"""
    ws, we = max(0, start - 16), min(len(low), end + 16)
    return any(
        m.start() < end and start < m.end() for m in _BLOCKERS.finditer(low, ws, we)
    )


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _from_number(text: str, m: re.Match[str], language: str, s0: int) -> _Cand | None:
    digits, words = m.group("digits"), m.group("words")
    if digits:
        value = _parse_digits(digits, language)
        value2 = _parse_digits(m.group("digits2"), language) if m.group("digits2") else None
        if value is None:
            return None
        scale_word = (m.group("scale") or m.group("short") or "").lower()
        scale_word = re.sub(r"\s+", " ", scale_word)
        scale = 1e9 if scale_word == "mil millones" else _SCALE.get(scale_word, 1.0)
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
        if _is_label(text, m.start("cur") if m.group("cur") else m.start("digits"), s0):
            if not any(m.group(f"h_{k}") for k, _ in _HEDGES):
                return None
        low = value * scale
        high = (value2 * scale) if value2 is not None else low
        if value2 is not None and value2 < value:
            return None  # "3-2" is a score
    else:
        value = _parse_words(words, language)
        if value is None:
            return None
        low = high = value
        if _is_label(text, m.start("words"), s0) and not any(
            m.group(f"h_{k}") for k, _ in _HEDGES
        ):
            return None
    start, end = m.start(), m.end()
    low_h, high_h, approx = _apply_hedge(m, low, high)
    if m.group("digits2"):
        approx = True
    if m.group("hyphen"):
        unit = m.group("hyunit").lower()
        if unit == "strong":
            found = _unit_after(text, m.end(), 2, language)
            if not found:
                return None
            unit, end = singular(found[0], language), found[1]
        elif unit not in {"year-old"} and not re.fullmatch(r"[^\W\d_]{2,}", unit):
            return None
    elif m.group("pct"):
        unit = "percent"
    elif m.group("cur") or m.group("cur_after"):
        unit = _CURRENCY.get((m.group("cur") or m.group("cur_after")).strip().lower(), "money")
    else:
        after = m.end()
        if m.group("scale") or m.group("words"):
            # "1,3 millions de réfugiés", "dos millones de personas"
            link = re.match(r"\s+(?:de|d['’]|of)\s*", text[after : after + 6], _FLAGS)
            if link and (m.group("scale") or (m.group("words") or "").split()[-1] in _SCALE):
                after += link.end()
        if language and language not in _PLURAL_RULES and not m.group("scale"):
            # "322 εκατομμύρια", "5 milionů": a scale word of another language
            nxt = re.match(r"\s+([^\W\d_]+)", text[after : after + 40])
            scale = nxt and next(
                (v for stem, v in _OTHER_SCALES if nxt.group(1).lower().startswith(stem)), None
            )
            if nxt and scale:
                low_h = None if low_h is None else low_h * scale
                high_h = None if high_h is None else high_h * scale
                after += nxt.end()
        found = _unit_after(text, after, low, language)
        if found:
            word, end = found
        else:
            # no noun after: the measure may be named before ("a magnitude of 5.9")
            word = _unit_before(text, start, language)
            if word is None:
                if _after_verb(text, start, language):
                    # "shot three people, killing one": the count of the noun before it
                    return _Cand(start, end, low_h, high_h, _ELIDED, approx, False)
                return None
        unit = singular(word, language)
        if unit == "year" and re.match(r"\s+old\b", text[end:]):
            end = re.match(r"\s+old\b", text[end:]).end() + end  # type: ignore[union-attr]
            unit = "year-old"
    if unit in _NOT_UNITS:
        return None
    if words and words.lower() in {"one", "a", "an"} and unit in _TIME_UNITS:
        return None  # "one day", "a year": idiom more than a count
    return _Cand(start, end, low_h, high_h, unit, approx, False)


def _vague_in(
    text: str, low: str, s0: int, s1: int, triggers: list[tuple[int, int]], language: str
) -> list[_Cand]:
    out: list[_Cand] = []
    matches: dict[int, re.Match[str]] = {}
    for ts, te in triggers:
        for m in _VAGUE.finditer(low, max(s0, ts - _BACK - 20), min(s1, te + _AHEAD)):
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
            base = _VAGUE_SCALE[first]
            big = m.group("big").lower()
            s = {"milliers": 1e3, "miles": 1e3, "millions": 1e6, "millones": 1e6, "milliards": 1e9}.get(
                big, _VAGUE_SCALE.get(big, 1.0)
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
            s = _VAGUE_SCALE.get(qs.lower(), 1.0) if qs else 1.0
            if qs and qs.lower() in {"centaines", "milliers", "millions", "dizaines", "cientos",
                                     "miles", "millones", "decenas"}:
                s = {"centaines": 100, "milliers": 1e3, "millions": 1e6, "dizaines": 10,
                     "cientos": 100, "miles": 1e3, "millones": 1e6, "decenas": 10}[qs.lower()]
            low, high = lo * s, hi * s
        elif m.group("approx"):
            v = _APPROX_WORDS[m.group("approx").split()[-1].lower()]
            low, high = v * 0.8, v * 1.2
        else:
            word = m.group("plural").lower()
            s = {"millions": 1e6, "milliers": 1e3, "milliards": 1e9}.get(word, _VAGUE_SCALE.get(word, 1.0))
            if word in {"dozens", "docenas"}:
                low, high = 24, 100
            elif word == "scores":
                low, high = 40, 100
            else:
                low, high = 2 * s, 10 * s
        end = m.end()
        rest = re.match(r"\s+(?:of|de|d['’])\s*", text[end:s1], _FLAGS)
        found = _unit_after(text, end + rest.end(), low, language) if rest else None
        if found is None and not rest and (m.group("qual") or m.group("approx")):
            found = _unit_after(text, end, low, language)  # "several thousand refugees"
        if found is None and not (m.group("plural") or m.group("few")):
            continue  # "Thousands have been killed": the counted thing is implied
        unit = singular(found[0], language) if found else ""
        if unit in _NOT_UNITS:
            continue
        if found:
            end = found[1]
        if m.group("qual") and not m.group("qscale") and (
            not found or not _looks_plural(found[0], language)
        ):
            continue
        hl, hh, _ = _apply_hedge(m, low, high)
        out.append(_Cand(m.start(), end, hl, hh, unit, approx, True))
    return out
