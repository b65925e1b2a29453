"""Units of the figures compared: counted nouns and their synonym groups, units of length
in metres, and where a distance is measured from."""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

from synoptic import lang
from synoptic.model import Quantity

# Function words and reporting verbs: no evidence that two numbers count the same thing.
_STOP = lang.all_stop_words("COUNT_CONTEXT_WORDS")


@lru_cache(maxsize=1 << 15)  # asked of every word of every sentence, by several detectors
def stem(word: str) -> str:
    w = unidecode(word).casefold().replace("’", "'")
    return lang.stem(w.removesuffix("'s"))


def is_unit_word(word: str, unit: str) -> bool:
    """Is `word` (as written) the counted noun `unit` ("jobs" for "job")?"""
    w = word.strip(".,;:!?\"“”'’()")
    if not w or not unit:
        return False
    return unit_key(w) == unit_key(unit) or (len(w) > lang.STEM_LEN and stem(w) == stem(unit))


@lru_cache(maxsize=1 << 15)  # asked of every word of every sentence, by several detectors
def unit_key(unit: str) -> str:
    """Lemma-ish unit key: "troops" and "troop" are one unit."""
    u = unidecode(unit).casefold().strip()
    if u.endswith("ies") and len(u) > 4:
        u = u[:-3] + "y"
    elif u.endswith("s") and not u.endswith("ss") and len(u) > 3:
        u = u[:-1]
    return u


# the size of a quake (English, French; Spanish; Italian)
MAGNITUDE_UNITS = frozenset({"magnitude", "magnitud", "magnitudo"})

# Units that name one kind of thing across small synonym and language groups.
_UNIT_GROUPS = [
    {"troop", "soldier", "serviceman", "servicemember", "service member", "soldat", "troupe",
     "militaire", "soldado", "tropa", "militar", "force", "soldati", "militari", "soldaten",
     "جندي", "جنود", "جنديا"},
    # Italian, Dutch and Arabic counted nouns keep their written form (`text/quantity_units`):
    # their singulars and plurals are listed here
    {"people", "person", "individual", "personne", "persona", "gens", "persone", "mensen",
     "personen", "شخص", "شخصا", "أشخاص", "اشخاص"},
    {"death", "dead", "fatality", "killed", "mort", "décès", "muerto", "muerte", "victim",
     "morti", "vittime", "doden", "slachtoffers", "قتيل", "قتيلا", "قتلى"},
    {"hour", "heure", "hora", "ora", "ore", "uur", "ساعة", "ساعات"},
    {"minute", "minuto", "minuti", "minuut", "minuten"},
    {"second", "seconde", "segundo", "secondo", "secondi", "seconden"},
    {"day", "jour", "día", "dia", "giorno", "giorni", "dag", "dagen", "يوم", "يوما", "أيام"},
    {"year", "an", "année", "año", "anno", "anni", "jaar", "jaren", "عام", "عاما", "سنة", "سنوات", "أعوام"},
    {"member", "membre", "miembro"},
    # a fire service's vehicles: "six engines", "four appliances" (British), "tenders"
    {"engine", "appliance", "tender", "firetruck", "fire engine", "fire truck"},
    {"dollar", "usd"},
    {"euro", "eur"},
    {"percent", "pourcent", "porciento"},
]
_UNIT_CANON = {u: min(g) for g in _UNIT_GROUPS for u in g}


def canonical_unit(unit: str) -> str:
    """One name per synonym group ("soldier" and "troupe" -> "force")."""
    u = unit.lower().strip()
    return _UNIT_CANON.get(u, u)


# Units of length by their size in metres: "200 feet" and "60 metres" measure one fall,
# written in two systems (the metre's spellings and abbreviations across languages).
_METRES = {
    **dict.fromkeys("m meter metre metro mètre meters metres".split(), 1.0),
    **dict.fromkeys("km kilometer kilometre kilometro kilómetro kilomètre chilometro".split(), 1000.0),
    **dict.fromkeys("cm centimeter centimetre centimetro centimètre".split(), 0.01),
    **dict.fromkeys("ft foot feet pied pie piede voet".split(), 0.3048),
    **dict.fromkeys("mi mile milla miglio".split(), 1609.344),
    **dict.fromkeys("yard yd".split(), 0.9144),
    "inch": 0.0254,
}


def metres_per_unit(unit: str) -> float | None:
    """The size of a unit of length in metres ("feet" -> 0.3048); None for other units."""
    u = unit.casefold().strip()
    return _METRES.get(u) or _METRES.get(unit_key(u))


def unit_factor(q: Quantity) -> float:
    """What one of the quantity's units is in the unit its figures are compared in
    (metres for lengths, else 1)."""
    return (metres_per_unit(q.unit) if q.unit else None) or 1.0


def same_unit(a: Quantity, b: Quantity) -> bool:
    """Same counted noun, across synonym groups (troop/soldier), plurals, and units of
    length (a length in feet and one in metres measure the same thing)."""
    if not a.unit or not b.unit:
        return False
    if metres_per_unit(a.unit) and metres_per_unit(b.unit):
        return True
    return canonical_unit(a.unit) == canonical_unit(b.unit) or unit_key(a.unit) == unit_key(b.unit)


# Units of length: a distance is measured from somewhere.
_LENGTH_UNITS = frozenset(
    """km kilometer kilometre kilometro kilomètre chilometro kilometer mile mille milla miglio
    meter metre mètre metro foot feet ft yard nautical""".split()
)
_COMPASS = r"(?:north|south|east|west|nord|sud|est|ouest|norte|sur|este|oeste|noord|zuid|oost)"
# "80 kilometers northeast of Kindu", "(50 miles) from the capital", "à 30 km au sud de Lyon"
_REFERENCE = re.compile(
    rf"^\s*(?:\([^)]*\)\s*)?,?\s*(?:(?:at|to|in|au|à|al|a)\s+(?:the\s+|l['’])?)?"
    rf"(?P<dir>{_COMPASS}(?:[-\s]?{_COMPASS}){{0,2}}(?:ern)?)?\s*"
    rf"(?P<prep>of|from|off|away\s+from|outside|de|du|des|d['’]|del|dal|della|van)\s+"
    rf"(?P<place>[^,;:.()]{{1,60}})",
    re.IGNORECASE,
)


# Prepositions that locate a reference place in a larger one ("a ridge in Aoraki").
_PLACE_PREPOSITIONS = frozenset(
    """in near at on of off inside outside above below beyond by dans près sur au aux en
    cerca junto di vicino presso bij nabij""".split()
)


def distance_reference(after: str) -> tuple[str, frozenset[str]] | None:
    """Where a distance is measured from, read after its unit: the compass direction and
    the place's content words ("northeast", {"kindu"}); None when the text names no place."""
    m = _REFERENCE.match(after)
    if not m:
        return None
    place = [w.strip(".,;:!?\"“”'’") for w in m.group("place").split()[:4]]
    # the place is the phrase up to its own locating preposition: "a ridge in Aoraki" and
    # "a ridge near the Tasman Glacier" are both "a ridge"
    cut = next((i for i, w in enumerate(place) if i and w in _PLACE_PREPOSITIONS), len(place))
    place = place[:cut]
    # a named place ("Kindu", "the capital Tehran") by its names, else its first noun ("a ridge")
    named = frozenset(stem(w) for w in place if w[:1].isupper())
    words = named or frozenset(stem(w) for w in place[:2] if w and w.casefold() not in _STOP)
    if not words:
        return None
    direction = re.sub(r"[-\s]", "", (m.group("dir") or "").casefold())
    return direction, words


# Shares and rates, written as a sign or a word in the languages the text layer reads.
_SHARE_UNITS = frozenset({
    "%", "percent", "per cent", "pct", "pourcent", "pour cent", "porciento", "por ciento",
    "procent", "percento", "per cento", "prozent", "بالمئة", "في المئة", "بالمائة", "في المائة",
})


def is_share(q: Quantity) -> bool:
    """A percentage: a share of something or a change over a period, not a count."""
    return unit_key(q.unit) in _SHARE_UNITS


# Units that measure durations and distances: a story measures many things with them.
MEASURE_UNITS = frozenset(
    """hour minute second day week month year decade km kilometer kilometre mile meter
    metre foot feet yard inch mph percent""".split()
)


def is_measure(q: Quantity) -> bool:
    """A duration, length or share ("200 feet", "eight hours"), not a count of things."""
    return unit_key(q.unit) in MEASURE_UNITS or metres_per_unit(q.unit) is not None


def people_group(unit: str, after: str) -> bool:
    """Does a count of `unit` go on to name people of another kind with it ("4 other adults
    and teenagers", "five men and women", "trois adultes et enfants")? Such a count is a count
    of people, compared with "three other people". A kind alone ("two teenagers") is a part
    of the people, not all of them, and keeps its unit (`lang/xx/disputes.py` PEOPLE_KINDS,
    AND_WORDS)."""
    kinds = {unit_key(k) for k in lang.all_dispute_words("PEOPLE_KINDS")}
    if unit_key(unit) not in kinds:
        return False
    words = re.findall(r"[^\W\d_]+", after[:80])
    ands = lang.all_dispute_words("AND_WORDS")
    for k, word in enumerate(words[:4]):
        if word.casefold() in ands and k + 1 < len(words):
            other = unit_key(words[k + 1])
            return other in kinds and other != unit_key(unit)
        if unit_key(word) not in kinds and k > 0:
            return False
    return False
