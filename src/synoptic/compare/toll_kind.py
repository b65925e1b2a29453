"""Which toll a casualty figure counts: the dead or the hurt (or, for counts of people,
those arrested), read from the words that govern it.

"killing 10 people and injuring 80": 10 counts the dead ("killing" right before it), 80
the hurt ("injuring"); "50 were injured", "As many as 80 people were also wounded": the
verb after the figure says it; "80 wounded", "12 dead": the counted word says it. A death
toll and a count of the injured never dispute, however close their words. English and
the tolls' words of French and Spanish; "" when nothing near the figure says.
"""

from __future__ import annotations

import re

from synoptic.model import Quantity, Span

# English, French, Spanish, Italian and Dutch words of the dead and of the hurt
_DEAD = re.compile(
    r"^(?:kill|died$|dies$|dead$|death|fatal|slain$|perish|tu[ée]e?s?$|morts?$|muert|mort[ieao]$|uccis"
    r"|omgekom|doden$|dode$|dood$|gedood"
    r"|[وفبل]{0,2}(?:ال)?(?:قتل|قتيل|مقتل|مصرع|وفاة|توفي|حتف))",  # Arabic, with "and"/"by"/"the" glued on
    re.IGNORECASE,
)
_HURT = re.compile(
    r"^(?:wound|injur|hurt$|bless[ée]|herid|ferit|gewond|[وفبل]{0,2}(?:ال)?(?:جرح|جريح|مصاب|إصاب|اصاب|أصيب|اصيب))",
    re.IGNORECASE,
)
# people taken into custody: a count of arrests is a third toll of an event
_HELD = re.compile(
    r"^(?:arrest|detain|seized$|captured$|apprehend|interpell|detenid|arrestad|fermat|gearresteerd|aangehouden"
    r"|[وفبل]{0,2}(?:ال)?(?:اعتقل|اعتقال|معتقل|احتجاز|احتجز|توقيف|اوقف|أوقف))",
    re.IGNORECASE,
)
# the counted nouns of an arrest count that all count people (en, fr, es, it, nl)
PEOPLE_UNITS = frozenset(
    "people person individual member suspect man woman resident passenger villager personne persona persone mensen"
    " personen".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# words between a governing verb and its figure that say nothing of the toll
_SKIP = frozenset("at least more than some about nearly almost as many up to other another a further an additional".split())
# words after the figure that may stand before its verb ("people were also wounded")
_BRIDGE = frozenset(
    """people persons were was had have has been are is also reportedly critically seriously severely slightly
    badly others other remain remained remains still ont été sont personnes fueron han sido resultaron personas sono state stati rimaste
    rimasti persone zijn werden raakten mensen personen""".split()
)


# other counts of people an event's reports give, each its own toll: the missing, the
# evacuated, the rescued (en, fr, es, it, nl); like arrests, counted only with a people noun
_MORE_KINDS = (
    ("missing", re.compile(r"^(?:missing$|unaccounted$|disparu|desaparecid|dispers[io]$|vermist)", re.IGNORECASE)),
    ("evacuated", re.compile(r"^(?:evacuat|[ée]vacu|evacu|ge[eë]vacueerd)", re.IGNORECASE)),
    ("rescued", re.compile(r"^(?:rescued$|sauv[ée]e?s?$|secouru|rescatad|salvat[ieao]$|gered$)", re.IGNORECASE)),
)
# the tolls counted only with a people noun ("89 people were arrested", "200 residents evacuated")
PEOPLE_KINDS = frozenset({"held"} | {k for k, _ in _MORE_KINDS})


def _kind(word: str, more: bool = False) -> str:
    """The toll a governing word names; with `more`, the other counts of people too."""
    if _DEAD.match(word):
        return "dead"
    if _HURT.match(word):
        return "hurt"
    if _HELD.match(word):
        return "held"
    if more:
        return next((kind for kind, pattern in _MORE_KINDS if pattern.match(word)), "")
    return ""


def toll_word(word: str) -> str:
    """The toll a single word names ("injured" -> "hurt"), or ""."""
    return _kind(word)


def toll_kind(quantity: Quantity, sentence: Span) -> str:
    """"dead", "hurt" or "" for a figure in its sentence."""
    q = quantity.span
    before = _WORD.findall(sentence.text[: q.start - sentence.start])
    for w in reversed(before[-5:]):
        if w.casefold() in _SKIP:
            continue
        kind = _kind(w, more=True)
        if kind:
            return kind
        break
    inside = _WORD.findall(q.text)
    for w in inside:  # a figure in digits has no number word: "20 injured" is all noun
        kind = _kind(w, more=True)
        if kind:
            return kind
    after = _WORD.findall(re.split(r"[,;:.!?()]", sentence.text[q.end - sentence.start :], maxsplit=1)[0])
    for w in after[:5]:
        kind = _kind(w, more=True)
        if kind:
            return kind
        if w.casefold() not in _BRIDGE:
            break
    return ""


def other_kind_before(quantity: Quantity, sentence: Span, kind: str, figures: list[Quantity]) -> bool:
    """Does the sentence give, before this figure, a figure of the other toll ("killing 10
    persons and wounding other 70")? Then "other" sets the hurt apart from the dead, not a
    part of the hurt apart from the rest."""
    return any(
        f.span.end <= quantity.span.start and sentence.start <= f.span.start
        and toll_kind(f, sentence) not in ("", kind) and toll_kind(f, sentence) not in PEOPLE_KINDS
        for f in figures
    ) if kind else False


# an event's size as written: "a magnitude-5.2 quake", "5.6 -magnitude", "a magnitude of 6.1"
_SIZE = re.compile(
    r"magnitude\s*-?\s*(?:of\s+)?(\d{1,2}(?:[.,]\d)?)\b|\b(\d{1,2}(?:[.,]\d)?)\s*-?\s*(?:on\s+the\s+richter|magnitude|richter)",
    re.IGNORECASE,
)


def event_sizes(text: str) -> frozenset[float]:
    """The magnitudes a text gives its events: a toll of a magnitude-5.2 quake and one of a
    5.6 quake are tolls of two quakes."""
    return frozenset(float((m.group(1) or m.group(2)).replace(",", ".")) for m in _SIZE.finditer(text))


# a place the toll is told of, after the figure in its clause ("killing 30 in Anbar
# province", "were killed in the city of Zarand") or opening the sentence ("In Bam, 30 ...")
_PLACE_AFTER = re.compile(
    r"\b(?:in|on|at|across|throughout|near|outside)\s+(?:the\s+)?(?:(?:city|town|village|province|region|"
    r"district|county|state|area)\s+of\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
    r"|\b(?:in|on|at)\s+(?:the\s+|a\s+|one\s+|two\s+|three\s+|several\s+)?(?:[a-z]+\s+)?"
    r"(?P<kind>province|city|town|village|region|district|county|state|neighbou?rhood|hospital)s?\b"
)
_PLACE_FIRST = re.compile(r"^\s*(?:In|On|At)\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s*,")
_WEEKDAYS_MONTHS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december""".split()
)


def _fold(word: str) -> str:
    """A place word folded, without a possessive ("Monday's attack" names a day, no place)."""
    return word.casefold().removesuffix("'s").removesuffix("’s")


def toll_place(quantity: Quantity, sentence: Span) -> frozenset[str]:
    """The place a toll is told of (folded words), empty when its clause names none: a
    toll of one town is a part of the event's whole toll."""
    rel = quantity.span.end - sentence.start
    clause = re.split(r"[,;:.!?()]", sentence.text[rel:], maxsplit=1)[0]
    words: set[str] = set()
    for m in _PLACE_AFTER.finditer(clause):
        name = m.group("name") or m.group("kind")
        words |= {_fold(w) for w in name.split()} - _WEEKDAYS_MONTHS
    first = _PLACE_FIRST.match(sentence.text[: quantity.span.start - sentence.start])
    if first:
        words |= {_fold(w) for w in first.group("name").split()} - _WEEKDAYS_MONTHS
    return frozenset(words)
