"""Numbers as written: number words, scale words, hedges, currencies and vague amounts
(English, French, Spanish), the patterns that find them, and reading their values.

Used by `text/quantities.py`, which decides what a number counts.
"""

from __future__ import annotations

import re

from synoptic.settings import QuantitySettings

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
# Italian and Dutch number words up to the tens (larger ones are written as one word,
# "duecento", "tweehonderd", or in digits). Left out: words that are mostly something else
# ("sei" is also "you are", "venti" "winds", "een"/"uno"/"un" are articles). Read only in
# their own language.
_MORE_WORDS = {
    "it": "- - due tre quattro cinque - sette otto nove dieci undici dodici tredici quattordici "
    "quindici sedici diciassette diciotto diciannove - trenta quaranta cinquanta sessanta "
    "settanta ottanta novanta",
    "nl": "- - twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien "
    "zestien zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig "
    "negentig",
}
for _language, _words in _MORE_WORDS.items():
    _own = set()
    for _i, _w in enumerate(_words.split()):
        if _w == "-":
            continue
        _value = _i if _i < 20 else 20 + 10 * (_i - 20)
        _WORDS.setdefault(_w, (_value, False))
        _own.add(_w)
        if _w not in _WORDS_BY_LANGUAGE["en"] | _WORDS_BY_LANGUAGE["fr"] | _WORDS_BY_LANGUAGE["es"]:
            _ONLY_IN[_w] = _language
    _WORDS_BY_LANGUAGE[_language] = _own
_CONNECT = r"(?:[\s-]+(?:(?:and|et|y)\s+)?)"
_NUM_WORD_ALT = "|".join(
    sorted((re.escape(w) for w in _WORDS if w not in _ARTICLES), key=len, reverse=True)
)
_MULT_ALT = "|".join(re.escape(w) for w, (_v, mult) in _WORDS.items() if mult)
_SPELLED = (
    rf"(?:(?:a|an|un|une|uno|una)\s+(?=(?:{_MULT_ALT})(?![\w'’])))?"
    rf"(?:{_NUM_WORD_ALT})(?![\w'’])(?:{_CONNECT}(?:{_NUM_WORD_ALT})(?![\w'’]))*"
)

SCALE = {
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

# The words that make a figure a bound or an estimate, in the languages whose news we read
# (English, French, Spanish, German, Italian, Dutch, Portuguese, Arabic, Greek, Russian,
# Czech): without them "more than 180 countries" and "about 190 countries" would be two
# exact figures in dispute. Matched on lower-cased text; Arabic may glue "and"/"by" on.
HEDGES: list[tuple[str, str]] = [
    ("approx", r"about|around|approximately|roughly|some|an\s+estimated|estimated|circa|c\.|~"
     r"|environ|quelque|autour\s+de|alrededor\s+de|unos|unas|aproximadamente|en\s+torno\s+a"
     r"|etwa|rund|ungefähr|ca\.|zirka|intorno\s+a(?:i|lle|gli)?|all['’]incirca|ongeveer|zo['’]n"
     r"|rond\s+de|em\s+torno\s+de|[وب]?نحو|[وب]?حوال[يى]|[وب]?قرابة|[وب]?زهاء"
     r"|ما\s+يقرب\s+من|ما\s+يقارب|περίπου|γύρω\s+στ(?:ους|ις|α|ο|η)|около|примерно"
     r"|приблизительно|порядка|asi|přibližně|zhruba|kolem|okolo|cca\.?"),
    ("below", r"nearly|almost|close\s+to|just\s+under|barely|just\s+shy\s+of|près\s+de|presque"
     r"|à\s+peine|quasiment|pas\s+loin\s+de|casi|apenas|cerca\s+de|fast|beinahe|knapp|quasi"
     r"|bijna|quase|σχεδόν|почти|téměř|skoro"),
    ("more", r"more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|well\s+over|just\s+over"
     r"|no\s+fewer\s+than|no\s+less\s+than|plus\s+de|au\s+moins|plus\s+d['’]|más\s+de"
     r"|al\s+menos|por\s+lo\s+menos|mehr\s+als|über|mindestens|più\s+di|oltre|almeno|meer\s+dan"
     r"|ruim|minstens|ten\s+minste|mais\s+de|pelo\s+menos|[وب]?أكثر\s+من|ما\s+لا\s+يقل\s+عن"
     r"|[وب]?أزيد\s+من|ما\s+يزيد\s+(?:على|عن)|(?:περισσότερ(?:οι|ες|α|ους)|πάνω)\s+από"
     r"|τουλάχιστον|άνω\s+των|более|свыше|больше|не\s+менее|více\s+než|přes|nejméně|alespoň"),
    ("upto", r"up\s+to|as\s+many\s+as|no\s+more\s+than|fewer\s+than|less\s+than|under|a\s+maximum\s+of"
     r"|jusqu['’]à|moins\s+de|hasta|menos\s+de|bis\s+zu|weniger\s+als|fino\s+a|meno\s+di"
     r"|minder\s+dan|hooguit|maximaal|até|[وب]?أقل\s+من|ما\s+يصل\s+إلى|λιγότερ(?:οι|ες|α|ους)\s+από"
     r"|έως|менее|меньше|не\s+более|méně\s+než|nejvýše|až"),
]
_HEDGE_ALT = "|".join(f"(?P<h_{k}>{p})" for k, p in HEDGES)

CURRENCY = {"$": "dollar", "us$": "dollar", "usd": "dollar", "€": "euro", "eur": "euro",
             "£": "pound", "gbp": "pound", "¥": "yen"}

NUMBER_PATTERN = re.compile(
    rf"(?:(?<![\w.,/-])|(?<=minus-))(?:(?:{_HEDGE_ALT})\s+)?"  # ("minus-20 degree": below zero)
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
VAGUE_SCALE = {
    "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "dozens": 12,
    "scores": 20, "tens": 10,
    "centaines": 100, "milliers": 1e3, "milliards": 1e9, "dizaines": 10,
    "cientos": 100, "centenares": 100, "miles": 1e3, "millones": 1e6, "decenas": 10,
    "docenas": 12,
    "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "dozen": 12,
}
VAGUE_PATTERN = re.compile(
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
APPROX_WORDS = {
    "dizaine": 10, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
    "cinquantaine": 50, "centaine": 100, "millier": 1000, "decena": 10, "veintena": 20,
    "treintena": 30, "docena": 12, "centena": 100, "centenar": 100, "millar": 1000, "dozen": 12,
}



def parse_digits(s: str, language: str) -> float | None:
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


def parse_words(s: str, language: str) -> float | None:
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




def apply_hedge(
    m: re.Match[str], low: float, high: float, settings: QuantitySettings
) -> tuple[float | None, float | None, bool]:
    if m.group("h_approx"):
        return low * settings.about_low, high * settings.about_high, True
    if m.group("h_below"):
        return low * settings.about_low, high, True
    if m.group("h_more"):
        return low, None, True
    if m.group("h_upto"):
        return None, high, True
    return low, high, False



# --- skipping what is not a count ----------------------------------------------------

BLOCKERS = re.compile(
    r"\d{1,2}[:h]\d{2}(?:\s*(?:a\.m\.|p\.m\.|am|pm|gmt|utc))?"  # times of day
    r"|\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock)"
    r"|\d+(?:st|nd|rd|th|er|ère|e|ème|º|ª|°)(?![\w])"  # ordinals, degrees
    r"|\+\d[\d\s().-]{6,}\d|\(\d{2,4}\)\s*\d{3}[\s.-]\d{4}|\d{3}[-.]\d{3}[-.]\d{4}"  # phones
    r"|\d{2}(?:\.\d{2}){4}"
    r"|[A-Za-z]+-?\d+[A-Za-z\d]*|\d+[A-Za-z]+\d[\w]*"  # codes: G7, COVID-19, 5G
    r"|\d+(?:\.\d+){2,}",  # version numbers
)




NUMBER_TRIGGERS = {w for w in _WORDS if w not in _ARTICLES and not _WORDS[w][1]} | {
    "hundred", "thousand", "million", "billion", "trillion", "dozen", "mille", "cent",
    "milliard", "millions", "milliards", "mil", "millón", "millones",
}
# vague-amount trigger words by language; words of another language than the
# article's are ignored ("miles" is Spanish "thousands", English "miles")
VAGUE_TRIGGERS: dict[str, str] = {
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
AMBIGUOUS_VAGUE = {"miles"}  # needs a Spanish article
ALL_TRIGGERS = frozenset(NUMBER_TRIGGERS) | frozenset(VAGUE_TRIGGERS)
DIGIT_RUN = re.compile(r"\d+")
