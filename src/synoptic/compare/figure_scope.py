"""Compare like with like: what exactly a figure measures, read from the words around it.

Two figures of one unit dispute only when they measure the same quantity of the same
thing at the same time. These checks say when two figures surely do not: a clock reading
is a moment, not a count ("with 4 minutes 48 seconds remaining"); a figure that measures
the noun after it ("the 7-yard line") is not a plain amount ("91 yards"); two lines of
statistics with no figure in common are two games or seasons; a coordinated count
("420 passengers and crew") is not one of its parts ("246 passengers"), nor the whole of
a ratio ("28 of 41 passes") a plain count ("completed 28 passes"); a kind named
before the noun by its model ("seven AK-47 assault rifles") is a part of the whole ("three
rifles");
a span named by what it was spent on ("10 seasons in West Germany", "19 seasons with the
76ers") is another span; the days an ongoing event has lasted ("four days of riots",
"eight days of riots") grow as the story goes on. English word lists; in other languages
the checks find nothing and the other rules decide.
"""

from __future__ import annotations

import re

from unidecode import unidecode

from synoptic.compare.units import is_unit_word, stem, unit_key
from synoptic.model import Quantity, Span

_WORD = re.compile(r"[^\W_][\w'’.-]*", re.UNICODE)
# Function words that end the phrase of a counted noun and carry nothing of what it counts.
_FUNCTION = frozenset(
    """a an the of to in on at by for with as from and or but that which who while than
    de du des la le les un une el los del y et
    his her its their our your my this these those some most all about nearly almost
    around over under more less just only""".split()
)
# A countdown: the figure is the time left on a clock, a moment of the event.
_COUNTDOWN = re.compile(r"^[\s,]*(?:remaining|left|to play|to go)\b", re.IGNORECASE)
_CLOCK_UNITS = frozenset({"second", "minute", "hour"})
# Units that measure a span of a career or a competition: which span is said after them.
_SPAN_UNITS = frozenset({"season", "year", "game", "match", "term", "week", "month", "day", "campaign"})
_SPAN_PREPS = frozenset({"in", "with", "as", "at", "for", "under"})
# Units in which an ongoing event's length so far is told ("eight days of riots").
_ELAPSED_UNITS = frozenset({"day", "week", "month"})
_FIGURE = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?(?![\w])")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def _after(q: Span, sentence: Span) -> str:
    return sentence.text[q.end - sentence.start :]


def _words(text: str, limit: int) -> list[str]:
    return [w.rstrip(".") for w in _WORD.findall(text)[:limit]]


def countdown(quantity: Quantity, sentence: Span) -> bool:
    """A time left on a clock ("with 12 minutes, 31 seconds remaining"): a moment of the
    event, not an amount any source could misreport."""
    if unit_key(quantity.unit) not in _CLOCK_UNITS:
        return False
    after = _after(quantity.span, sentence)
    # "12 minutes, 31 seconds remaining": the minutes are read past the seconds
    after = re.sub(r"^[\s,]*(?:and\s+)?\d+\s+\w+", "", after) if not _COUNTDOWN.match(after) else after
    return bool(_COUNTDOWN.match(after))


def loose_word(quantity: Quantity) -> bool:
    """A small amount said without a figure ("a few minutes", "several", "a couple of
    hours"): a loose wording that no figure contradicts (when in doubt, no dispute)."""
    return (quantity.vague and quantity.high is not None and quantity.high < 10
            and not any(c.isdigit() for c in quantity.span.text))


def _adjective_head(quantity: Quantity, sentence: Span) -> str:
    """The noun a figure-unit compound measures ("the 7-yard line" -> "line"); "" when the
    figure is a plain amount."""
    if "-" not in quantity.span.text:
        return ""
    words = _words(_after(quantity.span, sentence), 1)
    if not words or not words[0][:1].islower() or words[0].casefold() in _FUNCTION:
        return ""
    return _noun_key(words[0])


# the nouns of a quake, one thing however named: "the 5.9-magnitude quake" measures what "an
# earthquake registering 6.1" does (ECB+ 20, development); an aftershock stays another thing
_QUAKE_NOUNS = frozenset("quake earthquake temblor tremor seisme sismo terremoto seism".split())


def _noun_key(word: str) -> str:
    folded = unidecode(word).casefold()
    return "quake" if folded.removesuffix("s") in _QUAKE_NOUNS else stem(word)


_NUMERALS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred hundreds thousand thousands million millions billion dozen dozens""".split()
)


def _is_figure(word: str) -> bool:
    """A written figure ("420", "7-yard", "seven"), not a name with digits ("76ers")."""
    return bool(re.fullmatch(r"\d[\d.,]*", word.split("-")[0])) or word.casefold() in _NUMERALS


def _after_figure(quantity: Quantity, sentence: Span, limit: int) -> list[str]:
    """The words after the figure itself (its hedges and number words skipped)."""
    own = _words(quantity.span.text, 12)
    last = max((k for k, w in enumerate(own) if _is_figure(w)), default=0)
    return (own[last + 1 :] + _words(_after(quantity.span, sentence)[:80], limit))[:limit]


def _unit_index(quantity: Quantity, words: list[str]) -> int:
    """Where the counted noun is among the words after the figure: within three words
    that are neither function words nor figures, else -1 (a measure named before the
    figure, "magnitude 8,8 du 27 février", has no noun after it)."""
    for k, w in enumerate(words[:4]):
        if is_unit_word(w, quantity.unit):
            return k
        if unidecode(w).casefold() in _FUNCTION or not re.search(r"[^\W\d_]", w):
            return -1
    return -1


def _kinds(quantity: Quantity, sentence: Span) -> frozenset[str]:
    """Model designations between the figure and its counted noun ("seven AK-47 assault
    rifles" -> {"ak-47"}): a kind of the thing, so a part of the whole. Other words are
    left to the qualifier rule: "two speed boats" are the "three boats" of another report,
    "Russian troops" the troops."""
    words = _after_figure(quantity, sentence, 10)
    k = _unit_index(quantity, words)
    if k < 0:
        return frozenset()
    out = set()
    for w in words[:k]:
        low = unidecode(w).casefold()
        if low in _FUNCTION or not re.search(r"[a-z]", low):
            continue
        if any(c.isdigit() for c in w):
            out.add(low)
    return frozenset(out)


def _rest_after_unit(quantity: Quantity, sentence: Span) -> list[str]:
    """The words after the counted noun, up to the end of the clause."""
    own = _words(quantity.span.text, 12)
    last = max((k for k, w in enumerate(own) if _is_figure(w)), default=0)
    clause = re.split(r"[,;:!?()]|\.(?:\s|$)", _after(quantity.span, sentence), maxsplit=1)[0]
    words = own[last + 1 :] + _words(clause, 14)
    k = _unit_index(quantity, words)
    return words[k + 1 :] if k >= 0 else []


def _coordinated(quantity: Quantity, sentence: Span) -> str:
    """The noun joined to the counted one ("420 passengers and crew" -> "crew")."""
    rest = _rest_after_unit(quantity, sentence)
    if len(rest) < 2 or rest[0].casefold() not in ("and", "or", "&"):
        return ""
    # a bare noun right after the conjunction is counted with this one; "and a cache
    # of arms", "and 22 fishermen" start another item of a list
    joined = rest[1]
    if joined.casefold() in _FUNCTION or _is_figure(joined) or not joined[:1].islower():
        return ""
    return stem(joined)


def _span_of(quantity: Quantity, sentence: Span) -> frozenset[str]:
    """What a span of a career was spent on ("19 seasons with the 76ers" -> {"76ers"})."""
    if unit_key(quantity.unit) not in _SPAN_UNITS:
        return frozenset()
    rest = _rest_after_unit(quantity, sentence)
    if not rest or rest[0].casefold() not in _SPAN_PREPS:
        return frozenset()
    return frozenset(stem(w) for w in rest[1:5] if w.casefold() not in _FUNCTION)


def elapsed(quantity: Quantity, sentence: Span) -> bool:
    """The days an event has gone on ("after eight days of riots"): told as of each
    report's moment, so two figures are an update, not a dispute."""
    if unit_key(quantity.unit) not in _ELAPSED_UNITS:
        return False
    rest = _rest_after_unit(quantity, sentence)
    return bool(rest) and rest[0].casefold() == "of"


def _other_figures(quantity: Quantity, sentence: Span) -> set[str]:
    """The other figures of a sentence, years aside."""
    start, end = quantity.span.start - sentence.start, quantity.span.end - sentence.start
    out = set()
    for m in _FIGURE.finditer(sentence.text):
        if m.start() < end and start < m.end():
            continue
        value = m.group().replace(",", "")
        if not _YEAR.match(value):
            out.add(value)
    return out


# "28 of 41 passes", "1-of-16", "28 of his 68 punches": the figure after "of" is the whole
_RATIO_WHOLE = re.compile(r"\d[\d,]*\s*-?\s*of\s*-?\s*(?:(?:his|her|its|their|the)\s+)?$", re.IGNORECASE)


def ratio_whole(quantity: Quantity, sentence: Span) -> bool:
    """The whole of a ratio ("completed 28 of 41 passes" -> 41 attempted): another count
    than a plain one ("completed 28 passes")."""
    return bool(_RATIO_WHOLE.search(sentence.text[: quantity.span.start - sentence.start]))


def _two_stat_lines(qa: Quantity, sa: Span, qb: Quantity, sb: Span) -> bool:
    """Two sentences each giving a line of figures ("landed 28 of his 68 punches ... 1-of-16"
    / "landing 178 of 369 punches ... 30 of 207") with none in common: two games, two
    rounds or two seasons, not two accounts of one figure."""
    fa, fb = _other_figures(qa, sa), _other_figures(qb, sb)
    return len(fa) >= 2 and len(fb) >= 2 and not (fa & fb)


def different_measures(qa: Quantity, sa: Span, qb: Quantity, sb: Span) -> bool:
    """Do two figures of one unit surely measure different things (see the module doc)?"""
    ha, hb = _adjective_head(qa, sa), _adjective_head(qb, sb)
    if ha != hb:
        window_a = {_noun_key(w) for w in _WORD.findall(sa.text)}
        window_b = {_noun_key(w) for w in _WORD.findall(sb.text)}
        if (ha and ha not in window_b) or (hb and hb not in window_a):
            return True  # "the 7-yard line" and "91 yards"
    ka, kb = _kinds(qa, sa), _kinds(qb, sb)
    if ka != kb and (ka < kb or kb < ka):  # one names a kind, the other the whole
        return True
    if _coordinated(qa, sa) != _coordinated(qb, sb):
        return True
    if ratio_whole(qa, sa) != ratio_whole(qb, sb):
        return True  # "28 of 41 passes" attempted vs "28 passes" completed
    pa, pb = _span_of(qa, sa), _span_of(qb, sb)
    if pa and pb and not (pa & pb):
        return True
    return _two_stat_lines(qa, sa, qb, sb)
