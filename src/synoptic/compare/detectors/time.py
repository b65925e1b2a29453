"""Time disputes: clock times that disagree about one event, within one time zone.

Aligned statements of one fact from different sources, each with exactly one clock
time, whose words (times and time-zone words aside) say they are about one event, and
that give no other figure telling two events apart (an aftershock of magnitude 2.6 at
02:41 and one of 4.1 at 06:44 are two aftershocks). Two times are one time when the
more precise rounds to the rounder ("about 9 p.m." and "8.49 p.m."; not "about 1:45"
and "1:54").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from synoptic import lang
from synoptic.compare import numbers, units
from synoptic.compare.detectors.date import date_topic, statements_close
from synoptic.compare.evidence import (
    StoryInputs,
    first_fit_groups,
    make_conflict,
    one_count_per_article,
    unique,
)
from synoptic.lang import language_code
from synoptic.lang.ar import clock as ar_clock
from synoptic.model import Conflict, Span, Variant
from synoptic.settings import CompareSettings
from synoptic.text.clock import clock_times, half_day_open

# Words that say which clock a time is read on, not what happened then: every timed
# statement of a story may carry them ("local time", "بالتوقيت المحلي").
_ZONE_WORDS = re.compile(
    r"\b(?:local\s+time|heure\s+locale|heure\s+de\s+\w+|hora\s+local|ora\s+locale"
    r"|lokale\s+tijd|plaatselijke\s+tijd|GMT|UTC|[A-Z]{2,3}T)\b"
    r"|بالتوقيت\s+\S+|توقيت\s+\S+|غرينتش",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
# a hedge before a time ("about 1:50", "vers 15 h", "a eso de las 3", "حوالي الساعة 3"), the
# word that leads to the hour allowed between
_APPROX_BEFORE = re.compile(
    r"(?:about|around|approximately|roughly|shortly|just|near|some|vers|environ|aux\s+alentours\s+de|autour\s+de"
    r"|hacia|sobre|alrededor\s+de|cerca\s+de|a\s+eso\s+de|verso|intorno|circa|omstreeks|rond|ongeveer|حوالي|نحو)"
    r"\W*(?:(?:à|a|las?|le|alle|om|الساعة)\W*)?$",
    re.I,
)


def detect(story: StoryInputs, settings: CompareSettings) -> list[Conflict]:
    """Aligned statements from different sources that put one event at other clock times."""
    facts, idx = story.facts, story.index
    out: list[Conflict] = []
    for fact in facts:
        timed: list[tuple[int, str, Span, Span]] = []
        approx: set[int] = set()
        for mention in fact.mentions:
            found = clock_times(mention.text, idx.articles[mention.article].language)
            if len(found) != 1:
                continue
            minutes, tz, m = found[0]
            start = mention.start + m.start()
            text = mention.text[m.start() : m.end()].rstrip()
            if _APPROX_BEFORE.search(mention.text[: m.start()]):
                approx.add(len(timed))
            timed.append((minutes, tz, Span(mention.article, start, start + len(text), text), mention))
        clash = False
        for i in range(len(timed)):
            for j in range(i + 1, len(timed)):
                a, b = timed[i], timed[j]
                if idx.group(a[2].article) == idx.group(b[2].article) or a[1] != b[1]:
                    continue
                translated = _languages(idx, a, b)
                if not (_one_translated_event(a, b) if translated else _one_event(a, b, settings)):
                    continue
                if not _one_time(a, b, bool({i, j} & approx), settings):
                    clash = True
        if not clash:
            continue
        def fits(k: int, g: list[int], timed: list = timed, approx: set[int] = approx) -> bool:
            return _one_time(timed[k], timed[g[0]], k in approx or g[0] in approx, settings)

        groups = [[timed[k] for k in g] for g in first_fit_groups(range(len(timed)), fits)]
        variants = [
            Variant(value=g[0][2].text, articles=unique(t[2].article for t in g), mentions=[t[2] for t in g])
            for g in groups
        ]
        if len(variants) < 2 or not one_count_per_article(variants):
            continue
        first = groups[0][0]
        topic = date_topic(first[3], first[2], settings).replace("date:", "time:", 1)
        out.append(make_conflict("time", topic, variants, idx))
    out.extend(_across_facts(story, out, settings))
    return out


# A determiner that makes what follows a known thing ("the shooting", "la fusillade").
_DEFINITE = re.compile(
    r"\b(?:(?:the|le|la|les|el|los|las|il|lo|gli|de|het|der|die|das)\s+|l['’]\s*)", re.IGNORECASE
)
# Arabic writes its definite article on the noun ("الزلزال", "والانفجار"): the noun without it
_ARABIC_DEFINITE = re.compile(r"(?<!\w)[وفبل]?(?:ال|لل)(\w{3,})")
_HEAD = re.compile(r"[^\W\d_]+")
# decimal figures measure an event (a magnitude 2.6 and one of 4.1 are two quakes)
_DECIMAL = re.compile(r"(?<![\d.,])\d+[.,]\d+(?![\d.,])")


def _event_heads(sentence: Span, time: Span, settings: CompareSettings) -> frozenset[str]:
    """Lower-case words of definite noun phrases before a clock time in its sentence ("the
    fatal shooting of ... around 1:54" -> {"fatal", "shooting"}, "l'explosion"; Arabic nouns
    written with the article, "ووقع الهجوم الساعة 11:39" -> {"هجوم"}): the known events the
    time may be about."""
    head = sentence.text[: time.start - sentence.start]
    words = head.split()[-settings.time_event_reach :]
    window = " ".join(words)
    out = set()
    for m in _DEFINITE.finditer(window):
        for w in _HEAD.findall(window[m.end() :])[: settings.time_event_words]:
            if w[0].islower() and len(w) >= settings.time_event_min_chars:
                out.add(units.stem(w))
    not_events = _not_events()
    out.update(w for w in _ARABIC_DEFINITE.findall(window) if w not in not_events)
    return frozenset(out)


@lru_cache(maxsize=1)
def _not_events() -> frozenset[str]:
    """Arabic nouns beside a clock time that name no event (the hour, the clock, the day)."""
    return frozenset(ar_clock.NOT_EVENTS)


def _across_facts(story: StoryInputs, found: list[Conflict], settings: CompareSettings) -> list[Conflict]:
    """Clock times of one known event in statements the aligner kept apart ("The shooting
    took place about 1:45 a.m." / "charged ... in connection with the fatal shooting of his
    brother around 1:54 a.m. Wednesday"). Each side is the one clock time its article gives
    for that event (the same event noun after a definite determiner before the time), the
    two articles were published at most a day apart, the days the sentences name agree,
    and no measure (a decimal figure) tells two events apart. When in doubt, no dispute."""
    idx, analyses = story.index, story.analyses
    taken = {(m.article, m.start) for c in found for v in c.variants for m in v.mentions}
    timed: list[tuple[int, str, Span, Span, frozenset[str], frozenset]] = []
    for aid, article in idx.articles.items():
        analysis = analyses.get(aid)
        for sent in idx.sentences.get(aid, []):
            text = article.text[sent.start : sent.end]
            clocks = clock_times(text, article.language)
            if len(clocks) != 1:
                continue
            minutes, tz, m = clocks[0]
            span_text = text[m.start() : m.end()].rstrip()
            span = Span(aid, sent.start + m.start(), sent.start + m.start() + len(span_text), span_text)
            sentence = Span(aid, sent.start, sent.end, text)
            heads = _event_heads(sentence, span, settings)
            if not heads:
                continue
            days = frozenset(
                t.value for t in (analysis.times if analysis else [])
                if t.value is not None and t.precision == "day"
                and sent.start <= t.span.start and t.span.end <= sent.end
            )
            timed.append((minutes, tz, span, sentence, heads, days))
    pairs = []
    for i in range(len(timed)):
        for j in range(i + 1, len(timed)):
            a, b = timed[i], timed[j]
            shared = a[4] & b[4]
            if not shared or a[1] != b[1] or idx.group(a[2].article) == idx.group(b[2].article):
                continue
            if (a[2].article, a[2].start) in taken or (b[2].article, b[2].start) in taken:
                continue
            if not _close_in_time(a, b, idx, settings):
                continue
            if _apart(_clause(a[:4]), _clause(b[:4])):  # type: ignore[arg-type]
                continue  # the shared event noun is elsewhere in the sentence: two events
            # each side is its article's only time for that event
            if any(
                t is not x and t[2].article == x[2].article and t[4] & shared and t[0] != x[0]
                for x in (a, b) for t in timed
            ):
                continue
            pairs.append((a, b))
    out = []
    for a, b in pairs:
        hedged = bool(_APPROX_BEFORE.search(a[3].text[: a[2].start - a[3].start])) or bool(
            _APPROX_BEFORE.search(b[3].text[: b[2].start - b[3].start])
        )
        if _one_time(a[:4], b[:4], hedged, settings):  # type: ignore[arg-type]
            continue
        variants = [Variant(value=t[2].text, articles=[t[2].article], mentions=[t[2]]) for t in (a, b)]
        topic = date_topic(a[3], a[2], settings).replace("date:", "time:", 1)
        out.append(make_conflict("time", topic, variants, idx))
    return _merge_sides(out)


def _close_in_time(a: tuple, b: tuple, idx, settings: CompareSettings) -> bool:  # type: ignore[no-untyped-def]
    """Both articles published, at most `time_event_days` apart; the days the sentences
    name agree; no decimal measure of one missing from the other."""
    pa, pb = idx.articles[a[2].article].published, idx.articles[b[2].article].published
    if pa is None or pb is None or abs((pa - pb).days) > settings.time_event_days:
        return False
    if a[5] and b[5] and not (a[5] & b[5]):
        return False
    da, db = set(_DECIMAL.findall(a[3].text)), set(_DECIMAL.findall(b[3].text))
    return not (da or db) or da == db


def _merge_sides(conflicts: list[Conflict]) -> list[Conflict]:
    """Pairs about one event with a side in common become one conflict with every side."""
    merged: list[Conflict] = []
    for c in conflicts:
        keys = {(m.article, m.start) for v in c.variants for m in v.mentions}
        for k, other in enumerate(merged):
            if keys & {(m.article, m.start) for v in other.variants for m in v.mentions}:
                variants = list(other.variants)
                for v in c.variants:
                    same = next((w for w in variants if w.value == v.value), None)
                    if same is None:
                        variants.append(v)
                    elif v.mentions[0] not in same.mentions:
                        variants[variants.index(same)] = replace(
                            same, articles=unique(same.articles + v.articles), mentions=same.mentions + v.mentions
                        )
                merged[k] = replace(other, variants=variants)
                break
        else:
            merged.append(c)
    return [c for c in merged if one_count_per_article(c.variants)]


def _step(minutes: int) -> int:
    """The rounding a written time shows: 9:00 to the hour, 1:45 to the quarter, 1:54 to
    the minute."""
    m = minutes % 60
    return 60 if m == 0 else 30 if m == 30 else 15 if m % 15 == 0 else 5 if m % 5 == 0 else 1


def _one_time(
    a: tuple[int, str, Span, Span], b: tuple[int, str, Span, Span], hedged: bool, settings: CompareSettings
) -> bool:
    """Two clock times in one zone that one time can explain: the more precise rounds to
    the rounder ("9 a.m." / "9:05"); a hedge ("about 1:50") widens the step to
    `time_hedge_step_minutes`."""
    if a[1] != b[1]:
        return False
    step = max(_step(a[0]), _step(b[0]), settings.time_hedge_step_minutes if hedged else 0)
    if _anchored(a, settings) is not None or _anchored(b, settings) is not None:
        # "just after 11 p.m." is 11:00 to 11:15, not 10:30 to 11:30: a time anchored on
        # one side of a clock reading against the other read to its own rounding
        return any(
            _gap(_anchored(x, settings) or _rounded(x, hedged, settings),
                 _anchored(y, settings) or _rounded(y, hedged, settings)) <= settings.time_tolerance_minutes
            for x in _readings(a) for y in _readings(b)
        )
    # "8:30" without a.m. or p.m. may be either half of the day ("8:30 p." cut by a
    # sentence break): it is one time with "8:30pm"
    readings = [a[0]] + ([(a[0] + 720) % 1440] if _half_day_open(a[2].text) else [])
    others = [b[0]] + ([(b[0] + 720) % 1440] if _half_day_open(b[2].text) else [])
    gap = min(min(abs(x - y), 24 * 60 - abs(x - y)) for x in readings for y in others)
    return gap <= max(step / 2, settings.time_tolerance_minutes)


# "just after 11 p.m.", "shortly before 9pm", "peu après 23 heures", "poco después de las 11"
_JUST_AFTER = re.compile(
    r"\b(?:just|shortly|right|soon|moments?|minutes)\s+after\s*$|\bpeu\s+apr[eè]s\s*$"
    r"|\bpoco\s+despu[eé]s\s+de\s+las?\s*$|\bpoco\s+dopo\s+le\s*$|\bkort\s+na\s*$",
    re.IGNORECASE,
)
_JUST_BEFORE = re.compile(
    r"\b(?:just|shortly|right|moments?|minutes)\s+before\s*$|\bpeu\s+avant\s*$"
    r"|\bpoco\s+antes\s+de\s+las?\s*$|\bpoco\s+prima\s+delle\s*$|\bkort\s+voor\s*$",
    re.IGNORECASE,
)


def _readings(t: tuple[int, str, Span, Span]) -> list[tuple[int, str, Span, Span]]:
    """A time as read, and in the other half of the day when written without a.m. or p.m."""
    return [t] + ([((t[0] + 720) % 1440, *t[1:])] if _half_day_open(t[2].text) else [])  # type: ignore[list-item]


def _gap(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Minutes between two spans of the clock (0 when they overlap), across midnight too."""
    return max(0.0, min(max(a[0], b[0] + s) - min(a[1], b[1] + s) for s in (-1440, 0, 1440)))


def _anchored(t: tuple[int, str, Span, Span], settings: CompareSettings) -> tuple[float, float] | None:
    """The minutes a time said to be just after or just before a clock reading can be
    ("shortly after 11 p.m." -> 23:00 to 23:15); None for other times."""
    before = t[3].text[: t[2].start - t[3].start]
    if _JUST_AFTER.search(before):
        return float(t[0]), float(t[0] + settings.time_hedge_step_minutes)
    if _JUST_BEFORE.search(before):
        return float(t[0] - settings.time_hedge_step_minutes), float(t[0])
    return None


def _rounded(t: tuple[int, str, Span, Span], hedged: bool, settings: CompareSettings) -> tuple[float, float]:
    """The minutes a written time covers against one said to be just after or before
    another: its rounding, and when either is hedged a hedge's step either side ("around
    6:10" is 5:55 to 6:25 and meets "just before 6 a.m."; "about 10:30" does not meet
    "just after 11")."""
    half = max(_step(t[0]) / 2, settings.time_hedge_step_minutes if hedged else 0)
    return t[0] - half, t[0] + half


def _half_day_open(written: str) -> bool:
    """A clock time written without a.m./p.m. on a 12-hour dial ("8:30", not "08:32" or
    "20:30")."""
    return half_day_open(written)


def _bare(sentence: Span, language: str | None = None) -> tuple[str, frozenset[str]]:
    """The statement without its clock times and time-zone words, and the other figures
    it gives (magnitudes, distances, counts)."""
    text = sentence.text
    # blanked with spaces of the same length: offsets into the sentence stay valid
    for _, _, m in clock_times(text, language):
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    text = _ZONE_WORDS.sub(lambda m: " " * len(m.group()), text)
    return text, frozenset(f.replace(",", ".") for f in _FIGURE.findall(text))


# Where the clause a time belongs to begins: a comma or semicolon, or a word that opens a
# clause of another event ("pronounced dead after being shot at 11:35"; "après avoir été")
_CLAUSE_OPEN = re.compile(
    r"[,;:]|\b(?:and|but)\b(?!\s+(?-i:[A-Z]|\d))"  # not "28th and Capitol Drive"
    r"|\b(?:after|before|following|when|while|until|then|who|which|where"
    r"|après|avant|lorsque|quand|puis|qui|après|después|antes|cuando|luego|quien|dopo|prima"
    r"|quando|poi|nadat|voordat|toen|wanneer|daarna)\b",
    re.IGNORECASE,
)


# the words that lead into a clock time ("just after", "at about", "vers", "a las"), cut
# before the clause is read: they belong to the time, not to another clause
_LEAD_IN = re.compile(
    r"(?:\b(?:at|about|around|approximately|roughly|just|shortly|right|soon|near|some|after"
    r"|before|by|moments?|minutes|à|vers|peu|après|avant|a|las|alle|le|om|rond|sobre|hacia"
    r"|poco|después|antes|de|dopo|prima|delle|kort|na|voor|circa|ongeveer|dès|environ|hacia|sobre"
    r"|alrededor|cerca|eso|verso|intorno|ore|omstreeks|tegen|الساعة|في|عند|حوالي|نحو)\s*)+$",
    re.IGNORECASE,
)


def _clause(t: tuple[int, str, Span, Span]) -> frozenset[str]:
    """Content stems of the clause that leads to a clock time, from the last clause opening
    before it ("... dead at the scene after being shot in the chest at 11:35" -> shot,
    chest): what happened at that time. Hedges and time-zone words are no event."""
    return frozenset(numbers.content_stems(_APPROX_BEFORE.sub(" ", _ZONE_WORDS.sub(" ", _clause_text(t)))))


@lru_cache(maxsize=1)
def _generic_stems() -> frozenset[str]:
    """Stems of the words a report uses for whatever happened ("the incident happened")."""
    words = lang.all_dispute_words("GENERIC_EVENT_NOUNS") | lang.all_dispute_words("OCCURRENCE_VERBS")
    return frozenset(numbers.content_stems(" ".join(words)))


def _apart(clause_a: frozenset[str], clause_b: frozenset[str]) -> bool:
    """Two clauses that tell of two events: both say what happened, in no word in common,
    and neither says it in a report's words for whatever happened ("the incident
    happened about 3:30" may time "Devon Lofton accidentally shot himself ... about 3:50")."""
    generic = _generic_stems()
    return bool(clause_a - generic) and bool(clause_b - generic) and not (clause_a & clause_b)


def _clause_text(t: tuple[int, str, Span, Span]) -> str:
    """The clause that leads to a clock time, without the words that lead into the time."""
    before = _LEAD_IN.sub("", t[3].text[: t[2].start - t[3].start])
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(before)]
    return before[opens[-1] if opens else 0 :]


def _one_event(a: tuple[int, str, Span, Span], b: tuple[int, str, Span, Span], settings: CompareSettings) -> bool:
    """Two timed statements about one event: close in their words once times and zones
    are set aside, and no other figure of one missing from the other when both give some."""
    text_a, figures_a = _bare(a[3])
    text_b, figures_b = _bare(b[3])
    if figures_a and figures_b and not (figures_a & figures_b):
        return False
    clause_a, clause_b = _clause(a), _clause(b)
    if _apart(clause_a, clause_b):
        return False  # "pronounced dead at 11:59" / "after being shot ... at 11:35": two events
    if _event_marks(_prefix(a)) != _event_marks(_prefix(b)):
        return False  # "another aftershock at 11:24" / "the first at 04:31": two of a kind
    if _reports(a) != _reports(b):
        return False  # "it was reported just before 3:00" / "the shooting occurred around 2:15"
    sa, sb = replace(a[3], text=text_a), replace(b[3], text=text_b)
    blank_a, blank_b = replace(a[2], text=" " * len(a[2].text)), replace(b[2], text=" " * len(b[2].text))
    # statements of one aligned fact whose times close one clause with a word in common
    # ("the incident happened about 10:30" / "the shooting happened just after 11") need
    # the shared words, not their share of longer sentences
    share = 0.0 if clause_a & clause_b else None
    return statements_close(sa, blank_a, sb, blank_b, settings, share)


def _languages(idx, a: tuple, b: tuple) -> bool:  # type: ignore[no-untyped-def]
    """Are the two statements in two languages (both known)?"""
    la = language_code(idx.articles[a[2].article].language)
    lb = language_code(idx.articles[b[2].article].language)
    return bool(la and lb and la != lb)


def _one_translated_event(a: tuple[int, str, Span, Span], b: tuple[int, str, Span, Span]) -> bool:
    """Two statements of one aligned fact in two languages (a report and its translation:
    "flew out of Italy at 12pm local time" / "pour quitter l'Italie à minuit, heure locale"):
    their words cannot be compared, so the aligner's link stands for them, with every other
    figure the same in both (an aftershock of 4.1 at 06:44 is no quake of 8.8) and both or
    neither timing a report or a call."""
    _, figures_a = _bare(a[3])
    _, figures_b = _bare(b[3])
    return figures_a == figures_b and _reports(a) == _reports(b)


# Words that time a report of an event, not the event: a call, an alert, a response
# ("it was reported just before 3:00 a.m.", "deputies responded ... around 10 p.m.")
_REPORT = re.compile(
    r"\b(?:report|call|alert|notif|respond|dispatch|summon|signal|appel|prévenu|avis|llamad|aviso"
    r"|chiamat|allert|melding|gemeld|gealarmeerd)\w*",
    re.IGNORECASE,
)


def _prefix(t: tuple[int, str, Span, Span]) -> str:
    """The statement up to its clock time."""
    return t[3].text[: t[2].start - t[3].start]


def _reports(t: tuple[int, str, Span, Span]) -> bool:
    """Does the statement, up to the time, tell of a report, a call or a response?"""
    return bool(_REPORT.search(_LEAD_IN.sub("", t[3].text[: t[2].start - t[3].start])))


# Words that pick one of several events of a kind ("another aftershock", "the second
# shooting", "une nouvelle réplique"): two statements that differ in them are two events.
_EVENT_MARK = re.compile(
    r"\b(?:another|second|third|first|latest|new|earlier|later|previous|next|other"
    r"|autre|deuxi[eè]me|seconde?|troisi[eè]me|nouvel(?:le)?|nouveau|premi[eè]re?|derni[eè]re?"
    r"|otr[oa]|segund[oa]|tercer[oa]?|nuev[oa]|primer[oa]?|[uú]ltim[oa]"
    r"|altr[oa]|second[oa]|terz[oa]|nuov[oa]|prim[oa]"
    r"|andere|tweede|derde|nieuwe|eerste|laatste)\b",
    re.IGNORECASE,
)


def _event_marks(text: str) -> frozenset[str]:
    return frozenset(m.group().casefold() for m in _EVENT_MARK.finditer(text))
