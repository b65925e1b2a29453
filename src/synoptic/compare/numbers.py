"""Numbers that count the same thing, and whether their values can both be right.

Two quantities count the same thing when they have the same unit and their
contexts agree: they sit in one aligned fact, or they share enough content words
around the number, name the same qualifier ("Russian troops" vs "US troops" do
not) and describe the same kind of event (a death toll is not a deployment).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from datetime import date

from synoptic import lang
from synoptic.compare.figure_subject import MOVEMENT, lead_verb, verb_key
from synoptic.compare.lexical import fold_word
from synoptic.compare.units import (
    _LENGTH_UNITS,
    distance_reference,
    is_unit_word,
    metres_per_unit,
    people_group,
    stem,
    unit_factor,
    unit_key,
)
from synoptic.lang import STEM_LEN
from synoptic.model import Quantity, Span
from synoptic.settings import CompareSettings

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d[\d,.]*", re.UNICODE)
# Function words and reporting verbs: no evidence that two numbers count the same thing.
_STOP = lang.all_stop_words("COUNT_CONTEXT_WORDS")
# Words right before a figure that say which part of a whole it counts: "a combined 157
# games" is not "54 games"; "another 40 people" is not "40 people".
_SCOPE_WORDS = frozenset(
    """combined total overall another other additional extra further first last
    remaining only all new""".split()
)
# Scope words that say the same part: "an additional six engines", "a further four".
_SCOPE_SAME = dict.fromkeys(("additional", "extra", "further", "another"), "additional")
_NEGATIONS = frozenset("not no never without nor".split())
# A sentence that counts up to now or over several events ("so far", "a total of", "au
# total", "hasta ahora"): all its figures are running totals, a part of their own.
_RUNNING_TOTAL = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(lang.all_dispute_words("RUNNING_TOTAL"), key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)
# Words that are part of a figure, not of what it counts.
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred hundreds thousand thousands million millions billion billions
    dozen dozens tens scores several few couple handful of a an
    un une deux trois quatre cinq six sept huit neuf dix cent cents mille millier milliers
    dizaines centaines uno dos tres cuatro cinco seis siete ocho nueve diez cien mil miles
    decenas cientos""".split()
)

# Words between a verb and its counted object that say nothing of the act: particles,
# hedges, figures ("called in an additional six", "sent up to 40", "killed at least 12").
_LEAD_SKIP = frozenset("in up out off down back at least most some".split()) | _SCOPE_WORDS | _STOP | _NUMBER_WORDS

# Words that make a count a casualty toll; a toll and a non-toll count different things.
# Word beginnings, matched on whole words: "killed", "injured", "blessés"; short forms only
# as whole words ("tués", "morts"), so "Tuesday", "deadline", "mortgage", "period" and
# "victory" are no casualties.
_CASUALTY = re.compile(
    r"^(?:kill|died$|dies$|death|dead$|deadly|wound|injur|casualt|victim|fatal|fatali|murder"
    r"|slain|perish|mort(?:s|e|es|i|o)?$|tu(?:e|es|ee|ees)$|bless[eé]|muert|herid|ferit|dode"
    r"|dood|gewond|getot|tote|uccis|omgekom|vittim|slachtoffer)",
)

# the same in Arabic, matched on the words as written (unidecode would fold them away), with
# "and", "by", "for" and the article glued on
_CASUALTY_ARABIC = re.compile(r"^[وفبل]{0,2}(?:ال)?(?:قتل|قتيل|مقتل|مصرع|وفاة|توفي|جرح|جريح|مصاب|إصاب|اصاب|أصيب|اصيب|ضحي|ضحايا)")


def _content_words(words: list[tuple[int, int, str]]) -> list[str]:
    """Folded content words (as `content_stems` keeps them, unstemmed)."""
    out = []
    for _, _, w in words:
        low = fold_word(w)
        if not w[0].isdigit() and len(low) >= 3 and low not in _STOP:
            out.append(low)
    return out


def content_stems(text: str) -> list[str]:
    """The stems of a text's content words; a short plural is its singular ("boats" and
    "boat" meet: a five-letter stem keeps the "s" of a four-letter word)."""
    out = []
    for w in _WORD.findall(text):
        if w[0].isdigit():
            continue
        low = fold_word(w)
        if len(low) < 3 or low in _STOP:
            continue
        out.append(stem(unit_key(w)) if len(low) <= STEM_LEN else stem(w))
    return out


@dataclass
class QuantityMention:
    """A quantity with the evidence needed to align it with others."""

    quantity: Quantity
    article: str
    sentence: Span  # the sentence holding it
    window: frozenset[str]  # content stems near the number (not the number itself)
    qualifiers: frozenset[str]  # capitalized words directly before the unit ("Russian")
    casualty: bool
    fact: str | None = None  # the aligned fact holding the sentence, if any
    index: int = 0
    scope: frozenset[str] = frozenset()  # "combined", "another", "first": which part is counted
    negated: bool = False  # "has not sent only three observers": not a claim of a count
    # a distance's reference place: ("northeast", {"kindu"}) for "80 km northeast of Kindu"
    reference: tuple[str, frozenset[str]] | None = None
    # the days the statement names ("on Monday", "June 3"): counts of two days are two counts
    days: frozenset = frozenset()
    # the statement marks its figure as provisional or revised ("a preliminary magnitude of
    # 5.5", "USGS updated ... 5.7"): a figure of another moment than an unmarked one
    provisional: bool = False
    language: str | None = None  # the article's language
    # a length right after a verb of movement ("fell about 200 feet"): how far something
    # moved, the same distance whether or not the sentence says from where; the verb's
    # lemma-ish key ("fall" for "fell", "falling", "fallen"), "" for other figures
    movement: str = ""
    # the person the figure is about: the last person named before it in its sentence who
    # is not its speaker ("Duncan Rait was killed after falling 200ft" -> {"rait", "dunc"});
    # read for lengths only (two people's falls are two lengths)
    subject: frozenset[str] = frozenset()
    actor: frozenset[str] = frozenset()  # the organisation or person named before it, as `subject`
    # clock times its sentence gives (minutes after midnight): two statements at other
    # times are about two moments ("at 11:24 ... a depth of 30.1 km" / "at 08:32 ... 28.4 km")
    clocks: frozenset[int] = frozenset()
    published: date | None = None  # the article's publication date
    # the verb the figure is the object of: the nearest content word before it in its
    # clause, past determiners, hedges and scope words, when it is an English past form
    # ("called in an additional six engines" -> "calle"); else ""
    lead: str = ""
    # which toll a casualty figure counts, "dead" or "hurt" (`toll_kind`), "" if unsaid
    toll: str = ""
    # its sentence also gives a figure of the other toll ("killing 10 ... and injuring 80")
    toll_pair: bool = False
    # "other" set the hurt apart from the dead before them ("wounding other 70"), not a part
    contrast_other: bool = False
    # the article gives no other value for this toll: the figure is its toll of the event
    toll_sole: bool = False
    # its statement names a month or a year ("in February", "in 2003"): a toll of another
    # moment, often another event told in passing; never the article's toll of the event
    dated: bool = False
    # measures its sentence gives of its event ("a magnitude-5.2 quake has injured three"):
    # two tolls whose events measure differently are tolls of two events
    event_sizes: frozenset[float] = frozenset()
    # the place its clause tells the toll of ("killing 30 in Anbar province"): a part
    toll_place: frozenset[str] = frozenset()
    # an event's size (a quake's magnitude), the article's only value for it, no aftershock
    # named in the article: the size of the story's one quake. Outside one aligned statement,
    # only such sizes are compared (`figure_align`)
    size_sole: bool = False
    # the acts it counts or measures (`figure_slot`: "deliberated ... for 40 hours" ->
    # {"deliberat"}) and whether it is its article's only figure of its unit and acts
    slot: frozenset[str] = frozenset()
    slot_sole: bool = False
    # no other figure of its unit in its article (`number.figure_mentions`)
    unit_sole: bool = False
    # the days (weeks, months) an act went on, told as "N days of" ("after three days of
    # deliberation", "eight days of riots"): compared only between reports of one day
    elapsed: bool = False

    @property
    def unit(self) -> str:
        return self.quantity.unit


# Words that mark a figure as a first estimate or a revision of one.
_PROVISIONAL = frozenset(
    """preliminary initial initially provisional provisionally revised updated upgraded
    downgraded corrected preliminaire provisoire provisoirement revise preliminar
    preliminares provisional revisado preliminare provvisorio rivisto voorlopig""".split()
)

# a figure joined to its unit by hyphens: "36-year-old", "nine-month", "5.9-magnitude"
_FIGURE_COMPOUND = re.compile(r"\b[\w.,]*\d[\w.,]*(?:-[^\W\d_]+)+\b|\b[^\W\d_]+-(?:year|month|week|day)-old\b")


def base_overlaps(start: int, end: int, span: Span) -> bool:
    """Does [start, end) of the text overlap the span?"""
    return start < span.end and span.start < end


def _words_with_offsets(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def describe(
    quantity: Quantity,
    sentence: Span,
    settings: CompareSettings,
    fact: str | None = None,
    index: int = 0,
) -> QuantityMention:
    """Context of one quantity inside its sentence."""
    q = quantity.span
    # words of other figures ("36-year-old", "nine-month") say nothing of what this one counts
    compounds = [(m.start(), m.end()) for m in _FIGURE_COMPOUND.finditer(sentence.text)]
    words = [w for w in _words_with_offsets(sentence.text)
             if not any(s <= w[0] and w[1] <= e for s, e in compounds)
             or base_overlaps(sentence.start + w[0], sentence.start + w[1], q)]
    base = sentence.start
    before = [w for w in words if base + w[1] <= q.start]
    after = [w for w in words if base + w[0] >= q.end]
    inside = [w for w in words if base + w[0] >= q.start and base + w[1] <= q.end]
    left = content_stems(" ".join(w[2] for w in before))[-settings.number_context_words :]
    right = content_stems(" ".join(w[2] for w in after))[: settings.number_context_words]
    stems = left + right
    unit_stem = stem(quantity.unit) if quantity.unit else ""
    unit_stems = {stem(w[2]) for w in inside + after[:2] if is_unit_word(w[2], quantity.unit)}
    window = frozenset(s for s in stems if s != unit_stem and s not in unit_stems)
    # qualifiers: words between the figure and the counted noun ("100,000 Russian
    # troops", "three ladder trucks"): counts with different qualifiers differ
    quals: set[str] = set()
    near = inside + after[:2]
    last_number = max(
        (k for k, (_, _, w) in enumerate(near) if w[0].isdigit() or w.casefold() in _NUMBER_WORDS),
        default=0,
    )
    for _, _, w in near[last_number + 1 :]:
        if is_unit_word(w, quantity.unit):
            break
        low = fold_word(w)
        if low not in _STOP and low not in _NUMBER_WORDS and len(low) > 1:
            quals.add(stem(w))
    else:
        # no counted noun after the figure (a measure named before it, "a magnitude of
        # 5.8, and occurred"): the words after it are the sentence going on, not qualifiers
        quals = set()
    reach = settings.number_context_words
    casualty = any(
        _CASUALTY.match(w)
        for w in _content_words(before)[-reach:] + _content_words(inside) + _content_words(after)[:reach]
    ) or any(_CASUALTY_ARABIC.match(w[2]) for w in before[-reach:] + inside + after[:reach])
    near_before = [fold_word(w[2]) for w in before[-settings.number_scope_reach :]]
    near_before += [fold_word(w[2]) for w in inside[:2]]
    scope = frozenset(_SCOPE_SAME.get(w, w) for w in near_before if w in _SCOPE_WORDS)
    if _RUNNING_TOTAL.search(sentence.text):
        scope |= {"total"}  # a running total, however far from its marker the figure is
    negated = any(
        w in _NEGATIONS or w.endswith("n't")
        for w in (fold_word(x[2]) for x in before[-settings.number_negation_reach :])
    )
    after_text = sentence.text[q.end - sentence.start :]
    if people_group(quantity.unit, after_text):  # "4 other adults and teenagers": people
        quantity = replace(quantity, unit="people")
    reference = distance_reference(after_text) if unit_key(quantity.unit) in _LENGTH_UNITS else None
    provisional = any(fold_word(w[2]) in _PROVISIONAL for w in words)
    verb = fold_word(before[-1][2]) if before else ""
    movement = verb_key(verb) if verb in MOVEMENT and metres_per_unit(quantity.unit) else ""
    return QuantityMention(
        lead=lead_verb(before, sentence.text, q.start - sentence.start, _LEAD_SKIP),
        movement=movement,
        provisional=provisional,
        reference=reference,
        quantity=quantity,
        article=q.article,
        sentence=sentence,
        window=window,
        qualifiers=frozenset(quals),
        casualty=casualty,
        fact=fact,
        index=index,
        scope=scope,
        negated=negated,
    )


# A bare plural order of magnitude ("thousands", "hundreds") is used by the press for
# counts well past its order ("thousands have died" for 13,000): its top end is soft
# (`CompareSettings.bare_plural_stretch`).
_BARE_PLURAL = re.compile(
    r"^(?:(?!(?:of|de|tens|hundreds|dozens|dizaines|centaines|decenas|cientos)\b)\w+\s+){0,2}?"
    r"(?:des\s+)?(hundreds|thousands|millions|billions|dozens|scores|centaines"
    r"|milliers|milliards|dizaines|cientos|centenares|miles|millones|decenas|docenas)\b"
    r"(?!\s+(?:of|de|d['’])\s+(?:thousands|millions|billions|milliers|millions|milliards|miles|millones))",
    re.IGNORECASE,
)


def bounds(q: Quantity, settings: CompareSettings) -> tuple[float, float] | None:
    """The range a figure allows: (low, high), open ends infinite, lengths in metres;
    None without a figure."""
    if q.low is None and q.high is None:
        return None
    factor = unit_factor(q)  # lengths in metres
    low = q.low * factor if q.low is not None else -math.inf
    high = q.high * factor if q.high is not None else math.inf
    low, high = min(low, high), max(low, high)
    if q.vague and _BARE_PLURAL.match(q.span.text.strip()) and high != math.inf:
        high *= settings.bare_plural_stretch
    return (low, high)


def _point(q: Quantity, settings: CompareSettings) -> float | None:
    """The figure a source names, hedged or not ("estimated 100,000", "nearly 100,000").

    A hedge around a figure ("about", "nearly") still names that figure; an open
    bound ("more than 13,000", "up to 500") states a range and stays a range.
    """
    if q.vague:
        return None
    b = bounds(q, settings)
    if b is None:
        return None
    if b[0] == b[1]:
        return b[0]
    if math.isinf(b[0]) or math.isinf(b[1]):
        return None
    digits = re.findall(r"\d[\d,]*(?:\.\d+)?", q.span.text)
    if len(digits) != 1 or not q.approximate:
        return None
    try:
        value = float(digits[0].replace(",", ""))
    except ValueError:
        return None
    scale = re.search(r"\b(thousand|million|billion|trillion)\b", q.span.text, re.IGNORECASE)
    if scale:
        value *= {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}[
            scale.group(1).lower()
        ]
    value *= unit_factor(q)
    if b[0] <= value <= b[1]:
        return value
    return None


_FRACTION = re.compile(r"[.,](\d{1,2})$")  # one or two digits: never a thousands group


# a duration written in parts ("5h 34m 28s", "2 hours, 5 minutes and 30 seconds"): read in
# its smallest unit (`text/quantity_forms.py`), as precise as that unit
_DURATION_PARTS = re.compile(r"^\d+\s?[^\W\d_]+(?:[\s,]+(?:(?:and|et|y|e|en)\s+)?\d+\s?[^\W\d_]+)+$", re.IGNORECASE)


def _half_step(q: Quantity, point: float) -> float | None:
    """Half the step of the last digit of a figure written with a decimal fraction
    ("5.9" -> 0.05; "$1.52 billion" -> 5e6), or of a duration written in parts ("1m 37s" ->
    half a second); None for a whole number."""
    if q.unit in ("hour", "minute", "second") and _DURATION_PARTS.match(q.span.text.strip()):
        return 0.5
    figures = re.findall(r"\d[\d,.]*\d|\d", q.span.text)
    if len(figures) != 1:
        return None
    fraction = _FRACTION.search(figures[0])
    if not fraction:
        return None
    whole = re.sub(r"\D", "", figures[0][: fraction.start()])
    written = float(f"{whole or 0}.{fraction[1]}")
    if written == 0:
        return None
    return 0.5 * 10 ** -len(fraction[1]) * abs(point / written)


def _overlap(a: tuple[float, float], a_vague: bool, b: tuple[float, float], b_vague: bool) -> bool:
    # the top of a vague amount is the next order, which it does not include:
    # "tens of thousands" stops short of 100,000
    a_top_ok = (lambda x: x < a[1]) if a_vague else (lambda x: x <= a[1])
    b_top_ok = (lambda x: x < b[1]) if b_vague else (lambda x: x <= b[1])
    return a_top_ok(b[0]) and b_top_ok(a[0]) if (a_vague or b_vague) else (
        a[0] <= b[1] and b[0] <= a[1]
    )


def parenthetical(quantity: Quantity, text: str) -> bool:
    """An amount in parentheses restates another ("$US1 million ($1.52 million)", "13
    nautical miles (about 24km)"): a conversion or an aside, not a second claim."""
    before = text[: quantity.span.start].rstrip()
    return before.endswith("(")


def broken(quantity: Quantity, text: str) -> bool:
    """A figure cut out of a longer one ("800" of "12,800", "9" of "5.9-magnitude", "000ft"
    of "2, 000ft" as a tokeniser spaced it): no figure is written with a leading zero."""
    start = quantity.span.start
    if re.match(r"0\d", text[start : quantity.span.end]):
        return True
    return start >= 2 and text[start - 1] in ",." and text[start - 2].isdigit()


def values_compatible(a: Quantity, b: Quantity, settings: CompareSettings) -> bool:
    """Can both figures be true of one count?

    Two named figures are compatible within rounding (5 %, 10 % when either is
    hedged); a figure and a range when the figure lies in the range (the top of a
    vague amount excluded: "100,000" is not "tens of thousands"); two ranges when
    they overlap.
    """
    ba, bb = bounds(a, settings), bounds(b, settings)
    if ba is None or bb is None:
        return True
    pa, pb = _point(a, settings), _point(b, settings)
    if pa is not None and pb is not None:
        steps = (_half_step(a, pa), _half_step(b, pb))
        if not (a.approximate or b.approximate) and None not in steps:
            # both written to a decimal place: as precise as written ("5.9" vs "6.1"
            # disagree, though 3 % apart; "1.5 billion" and "1.52 billion" agree)
            return abs(pa - pb) <= max(steps) * (1 + 1e-9)  # type: ignore[type-var]
        tol = settings.approx_tolerance if (a.approximate or b.approximate) else settings.point_tolerance
        scale = max(abs(pa), abs(pb)) or 1.0
        return abs(pa - pb) <= tol * scale
    if pa is not None:
        ba = (pa, pa)
    if pb is not None:
        bb = (pb, pb)
    if a.vague and b.vague:
        # two vague amounts are both loose: "millions" does not deny "tens of millions"
        ba, bb = _loose(a, ba, settings), _loose(b, bb, settings)
    return _overlap(ba, a.vague, bb, b.vague)


def _loose(q: Quantity, b: tuple[float, float], settings: CompareSettings) -> tuple[float, float]:
    if _BARE_PLURAL.match(q.span.text.strip()) and b[1] != math.inf:
        return (b[0], b[1] * settings.vague_pair_stretch / settings.bare_plural_stretch)
    return b


def value_label(q: Quantity) -> str:
    """The figure as written, without the counted noun: "100,000 troops" -> "100,000"."""
    text = q.span.text.strip()
    if not q.unit:
        return text
    words = _words_with_offsets(text)
    # cut before the first word of the unit (and a joining "of")
    for i, (start, _, w) in enumerate(words):
        if i > 0 and is_unit_word(w, q.unit):
            cut = start
            if i > 1 and words[i - 1][2].casefold() in ("of", "de", "d"):
                cut = words[i - 1][0]
            # qualifiers between the figure and the noun are context, not value
            while i > 1 and words[i - 1][2][0].isupper():
                i -= 1
                cut = words[i][0]
            label = text[:cut].strip(" ,-")
            return label or text
    return text

