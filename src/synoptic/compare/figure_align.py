"""Whether two figures count the same thing: the link between two quantity mentions.

`alignment` says 0 (different counts), WEAK (probably the same count: it may only gather
another mention of a figure already matched) or STRONG (surely the same count: it may set
two figures against each other). `alignment_reason` says the same with the rule that
decided, so a diagnostic (`bench/dispute_stages.py`) can tell where a labelled dispute
is lost. The like-with-like rules come first (unit, casualty toll, qualifiers, part of a
whole, person, actor, reference place, provisional figure, day, clock time, reports
weeks apart); then the evidence that the two statements are one (the same aligned fact,
shared words around the figure, one act's verb).
"""

from __future__ import annotations

from dataclasses import replace

from synoptic.compare.figure_place import one_place
from synoptic.compare.figure_slot import same_slot
from synoptic.compare.figure_subject import act_noun, name_words, same_person
from synoptic.compare.numbers import QuantityMention, values_compatible
from synoptic.compare.toll_kind import PEOPLE_KINDS, PEOPLE_UNITS, toll_word
from synoptic.compare.units import (
    MAGNITUDE_UNITS,
    MEASURE_UNITS,
    is_measure,
    is_share,
    metres_per_unit,
    same_unit,
    unit_key,
)
from synoptic.settings import CompareSettings

WEAK, STRONG = 1, 2


def alignment(a: QuantityMention, b: QuantityMention, settings: CompareSettings) -> int:
    """0: different counts; WEAK: probably the same count; STRONG: surely the same count.

    Only a STRONG link may set two figures against each other; WEAK links only
    gather more mentions of a figure already matched (an article repeating its
    own figure, two outlets giving the same amount with little shared context).
    """
    return alignment_reason(a, b, settings)[0]


def _guard(a: QuantityMention, b: QuantityMention, settings: CompareSettings) -> str:
    """The like-with-like rule that keeps two figures apart, or ""."""
    if not same_unit(a.quantity, b.quantity):
        return "other unit"
    if (
        unit_key(a.unit) in MAGNITUDE_UNITS and a.article != b.article
        and not (a.size_sole and b.size_sole) and (a.fact is None or a.fact != b.fact)
    ):
        # outside one aligned statement, a quake's size is compared only as the size of the
        # story's one quake: an article that tells of aftershocks or of two quakes gives sizes
        # of several (ECB+ 20_ecb, development: Sunday's 5.6 and Monday's magnitude-5.2)
        return "sizes of several quakes"
    lengths = bool(metres_per_unit(a.unit) and metres_per_unit(b.unit))
    acts = one_subject_act(a, b, settings)
    if a.casualty != b.casualty and not lengths and not acts:
        # (one person's one act keeps its count whatever the words around say of a cause:
        # "Thomas missed nine games ... because of the injury" / "Thomas ... missed 10 games")
        return "a toll and another count"  # a length is no toll: a fall is one fall
    if a.toll and b.toll and a.toll != b.toll:
        return "two tolls (dead, hurt, arrested)"  # "killing 10 people and injuring 80"
    if (a.contrast_other or b.contrast_other) and not (a.toll_pair and b.toll_pair):
        return "other part (scope words)"  # "other" after the dead, against a lone count
    if a.qualifiers and b.qualifiers and not (a.qualifiers & b.qualifiers):
        return "other qualifiers"
    if a.scope != b.scope:
        return "other part (scope words)"
    if lengths and a.subject and b.subject and not (a.subject & b.subject):
        return "lengths of two people"  # two climbers' falls
    if (
        not lengths and a.actor and b.actor and not (name_words(a.actor) & name_words(b.actor))
        and not acts
    ):
        return "two named actors"  # "Ford ... 14 plants" / "GM ... 12 plants"
    if (a.reference or b.reference) and a.reference != b.reference and not one_place(a, b):
        # distances from different places (or from a place and from nowhere said); a
        # movement's extent is one whether or not one side says where it started
        if not (a.movement and b.movement and None in (a.reference, b.reference)):
            return "other reference place"
    if (a.elapsed or b.elapsed) and not (a.published and a.published == b.published):
        # "four days of riots" / "eight days of riots": an event's length so far, told as of
        # each report's day; only reports of one day tell it as of one moment ("after three
        # days of deliberation" / "after four days of deliberation", both of the verdict's day)
        return "time elapsed, other days"
    if a.provisional != b.provisional:
        return "provisional and plain"  # a first estimate and a figure not called one
    if a.days and b.days and not (a.days & b.days):
        return "other days named"  # an update or two events, not one figure
    if a.clocks and b.clocks and not (a.clocks & b.clocks):
        return "other clock times"  # statements of two moments (two aftershocks' depths)
    if unit_key(a.unit) in _DURATIONS and a.slot and b.slot and not (a.slot & b.slot):
        # how long two acts went on: "police locked down the neighbourhood for almost three
        # hours" / "two hours of negotiations" (`figure_slot` reads each figure's act)
        return "durations of two acts"
    if is_share(a.quantity) and is_share(b.quantity) and _other_days(a, b):
        return "shares of two days"  # "down 6.50%", a week on "up 8.26%": two measures
    if (
        a.published and b.published and not (a.days & b.days)
        and abs((a.published - b.published).days) > settings.number_max_days_apart
    ):
        return "reports weeks apart"  # other moments, maybe other events
    return ""


def alignment_reason(a: QuantityMention, b: QuantityMention, settings: CompareSettings) -> tuple[int, str]:
    """`alignment` with the rule that decided it."""
    guard = _guard(a, b, settings)
    if guard:
        return 0, guard
    if (
        a.movement and a.movement == b.movement and a.article != b.article
        and same_person(a.subject, b.subject)
    ):
        # one person's one movement ("Robert Buckley fell about 600 metres" / "31-year-old
        # Robert Buckley ... slipped on ice and fell 700 meters"; "The 36-year-old ... fell"):
        # one length, however differently the sentences go on
        return STRONG, "one person's movement"
    if one_subject_act(a, b, settings):
        return STRONG, "one person's act"
    if a.article == b.article:
        # an article repeats its own figure for one count, in other words each time
        if values_compatible(a.quantity, b.quantity, settings):
            return WEAK, "one article's repeated figure"
        return 0, "one article's two figures"
    if same_slot(a, b, settings.subject_act_max_ratio):
        # one act's count in statements that share few words ("deliberated ... for 40
        # hours" / "after 30 hours of deliberation"): each its article's only such figure
        return STRONG, "one act's slot"
    if one_place(a, b):
        return STRONG, "one place's distance"  # "Qeshm, ... south of Tehran" / "Qeshm, located ... southeast of Tehran"
    same_fact = a.fact is not None and a.fact == b.fact
    if a.language and b.language and a.language != b.language:
        # the words around a figure do not meet across languages: the statements are one
        # when the translation-aware fact alignment put them in one fact, and the rules
        # above (unit, qualifiers, scope, place, day) hold as in one language; small
        # counts and measures are everywhere, so they only gather
        if not same_fact:
            return 0, "other languages, not one fact"
        small = _generic(a, settings.small_count) or _generic(b, settings.small_count)
        return (WEAK, "other languages, small count") if small else (STRONG, "other languages, one fact")
    shared = len(a.window & b.window)
    smaller = min(len(a.window), len(b.window)) or 1
    close = shared >= settings.strong_shared and shared / smaller >= settings.strong_share
    # one act's increment: the same verb taking the same counted noun with the same part
    # ("called in an additional six engines" / "called a further four appliances"); a bare
    # verb is not enough ("received nearly 235,000 comments" in reports of other days,
    # "led by 18 points" in two games), nor is a measure (two climbers "fell")
    tied = (
        bool(a.lead) and a.lead == b.lead and bool(a.scope)
        and not (is_measure(a.quantity) or is_measure(b.quantity))
    )
    if _generic(a, settings.small_count) or _generic(b, settings.small_count):
        # small counts and measures are everywhere in a story: the statements must be
        # aligned and their words around the figure close
        if close and (same_fact or shared > settings.strong_shared):
            return STRONG, "small count, close words"
        if same_fact and shared >= 2 and a.unit_sole and b.unit_sole and _physical(a) and _physical(b):
            # one aligned statement, and neither article gives another figure of the unit: the
            # statement's one physical measure ("fought the blaze in temperatures of minus 17
            # degrees" / "battled ... in minus-20 degree temperatures"); not counts, durations or
            # shares, which one statement gives of several things ("entered the final quarter 10
            # points down" / "scored 17 unanswered points in the fourth quarter")
            return STRONG, "one fact, each article's one physical measure"
        if tied:
            return STRONG, "small count, one act"
    elif close:
        return STRONG, "close words"
    elif same_fact and shared >= 2:
        return STRONG, "one fact, shared words"
    elif tied:
        return STRONG, "one act"
    if shared >= 2 or same_fact:
        return WEAK, f"weak: {shared} shared words, {'one fact' if same_fact else 'other facts'}"
    return 0, f"too little in common: {shared} shared words, {'one fact' if same_fact else 'other facts'}"


def one_subject_act(a: QuantityMention, b: QuantityMention, settings: CompareSettings) -> bool:
    """Two reports' counts of one named person's one act: the same verb taking the same
    counted noun, with the same person named before it as who acts ("Thomas missed nine
    games" / "Thomas was hurt in ... and missed 10 games"), whatever else the sentences say
    and whether or not the aligner put them in one fact. When in doubt, no link: a name in
    common (an age alone is no name), an English past-form verb (`lead`), a count, not a
    measure (two lengths of one person are often two acts), and values within
    `subject_act_max_ratio` (a season's count and a game's are far apart)."""
    if a.article == b.article or not (a.lead and a.lead == b.lead):
        return False
    names_a, names_b = name_words(a.subject), name_words(b.subject)
    if names_a or names_b:
        if not (names_a and names_b and names_a & names_b):
            return False
    else:
        # no one named: the same noun for the people who act, right before the verb
        # ("Police arrested 12 people" / "police arrested 15 people")
        noun = act_noun(a.sentence, a.quantity.span, a.lead)
        if not noun or noun != act_noun(b.sentence, b.quantity.span, b.lead):
            return False
    if is_measure(a.quantity) or is_measure(b.quantity) or not same_unit(a.quantity, b.quantity):
        return False
    if a.language and b.language and a.language != b.language:
        return False
    return _within(a, b, settings.subject_act_max_ratio)


def same_toll(a: QuantityMention, b: QuantityMention, settings: CompareSettings) -> bool:
    """The event's toll of the dead (or of the hurt) in two reports that share no words:
    each its article's only value for that toll, no part named, no month or year named,
    values of one order, and no like-with-like rule against ("50 were injured" / "killing
    10 people and injuring 80"). Across languages only in one aligned fact."""
    if not (a.toll and a.toll == b.toll and a.toll_sole and b.toll_sole) or a.article == b.article:
        return False
    if a.scope or b.scope or a.dated or b.dated or not _within(a, b, settings.toll_max_ratio):
        return False
    if a.published and b.published and abs((a.published - b.published).days) > settings.toll_max_days_apart:
        return False  # a toll of days later may have moved: an update, not a dispute
    if a.language and b.language and a.language != b.language and (a.fact is None or a.fact != b.fact):
        return False
    if a.event_sizes and b.event_sizes and not (a.event_sizes & b.event_sizes):
        return False
    if a.toll_place != b.toll_place:
        return False  # a toll told of one place (a part) and the whole, or of two places  # "a magnitude-5.2 quake has injured three" / "A 5.6 magnitude earthquake ..."
    if a.unit != b.unit and _counts_people(a) and _counts_people(b):
        # people arrested, counted as "members" or "people", the hurt as "20 injured" or
        # "20 were hurt": one unit for the guards
        b = replace(b, quantity=replace(b.quantity, unit=a.quantity.unit))
    return not _guard(a, b, settings)


def _counts_people(m: QuantityMention) -> bool:
    """Does a toll figure count people: a people noun, or its toll's own word as the noun
    ("20 injured", "12 dead")?"""
    return m.unit in PEOPLE_UNITS or (m.toll not in PEOPLE_KINDS and toll_word(m.unit) == m.toll)


# units of time: a duration measures one act's length
_DURATIONS = frozenset("second minute hour day week month year".split())


# measures of a thing's physical size or state: temperatures and speeds (lengths by their unit)
_PHYSICAL_UNITS = frozenset({"degree", "mph"})


def _physical(m: QuantityMention) -> bool:
    """A temperature, a speed or a length: a physical measure, not a count or a duration."""
    return unit_key(m.unit) in _PHYSICAL_UNITS or metres_per_unit(m.unit) is not None


def _within(a: QuantityMention, b: QuantityMention, ratio: float) -> bool:
    """Are two figures' values within a factor of each other (both named)?"""
    va = a.quantity.high if a.quantity.high is not None else a.quantity.low
    vb = b.quantity.high if b.quantity.high is not None else b.quantity.low
    if not va or not vb:
        return False
    return max(va, vb) / min(va, vb) < ratio


def _other_days(a: QuantityMention, b: QuantityMention) -> bool:
    """Reports of different days that name no common day."""
    return bool(a.published and b.published and a.published != b.published and not (a.days & b.days))


def _generic(m: QuantityMention, small_count: float) -> bool:
    """A small count or a measure: only an aligned statement shows what it is about."""
    q = m.quantity
    if unit_key(q.unit) in MEASURE_UNITS or "-" in q.unit:  # "year-old", "square-foot"
        return True
    top = q.high if q.high is not None else q.low
    return top is not None and top <= small_count
