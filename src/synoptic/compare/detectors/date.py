"""Date disputes: dates that disagree about one event.

A fact's statements from different sources date one event differently when each
gives exactly one date for it (not a reporting date, "said Saturday", nor a
bound, "until Monday"), the statements share their words and the words right
next to the dates, and the two dates can be compared: both fixed by the text or
a publication date, or both the same kind of relative words read against one
anchor ("Friday" / "Thursday").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from unidecode import unidecode

from synoptic.compare import polarity
from synoptic.compare.detectors import date_bound
from synoptic.compare.evidence import (
    PUNCT,
    StoryIndex,
    StoryInputs,
    cross_source,
    first_fit_groups,
    make_conflict,
    one_count_per_article,
    unique,
)
from synoptic.model import ArticleAnalysis, Conflict, Span, Variant
from synoptic.settings import CompareSettings
from synoptic.text.timex import resolve_times


@dataclass
class _Dated:
    span: Span  # the time expression
    sentence: Span  # the statement it dates
    value: date  # resolved date (against a common anchor when the article gave none)
    precision: str
    relative: bool
    resolved: bool  # False: resolved here only to compare
    anchored: bool  # the article has its own publication date
    published: date | None = None  # the article's publication date: a relative date's anchor
    future: bool = False  # scheduled: after its article's publication date, or future tense
    bound: str = ""  # of several dates, the one right after this person's name (surname)


# An offset from another event ("a day after", "two days later", "trois jours après")
# dates that event's neighbour, not the statement's: the anchor is not a publication day.
_EVENT_RELATIVE = re.compile(
    r"\b(?:after|before|later|earlier|apres|après|avant|plus tard|despues|después|antes"
    r"|dopo|prima|later|eerder|daarna)\b",
    re.IGNORECASE,
)
_PREPOSITIONS = frozenset("on in at by from until since during for of the this last next".split())
# A date right after these words bounds a period ("until Monday", "since 2014"):
# it does not date the event itself.
_NON_EVENT_BEFORE = frozenset(
    "until till since by before after from through ahead prior within".split()
)
# A date next to a reporting verb dates the report ("authorities said Saturday").
_REPORTING = frozenset(
    """said says say told tells announced announces reported reports stated states added
    adds according declared wrote tweeted confirmed confirms explained noted""".split()
)
# Words whose date depends on when the article was written, whatever the resolver says.
_DEICTIC = re.compile(
    r"\b(?:today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening|week|month|year)"
    r"|last|next|ago|aujourd|hier|demain|hoy|ayer|mañana)\b",
    re.IGNORECASE,
)


def date_topic(sentence: Span, time: Span, settings: CompareSettings) -> str:
    """What happens at the date, in the source's words: the clause around the date expression."""
    before = sentence.text[: time.start - sentence.start].split()
    after = sentence.text[time.end - sentence.start :].split()
    use_before = len(before) >= settings.date_topic_min_before
    words = [w.strip(PUNCT) for w in (before if use_before else after)]
    if use_before:
        while words and words[-1].casefold() in _PREPOSITIONS:
            words.pop()
        words = words[-settings.topic_words :]
    else:
        cut = next((i for i, w in enumerate(after) if w[-1:] in ",;:."), len(after))
        words = words[: min(cut + 1, settings.topic_words)]
    phrase = " ".join(w for w in words if w)
    return f"date: {phrase}" if phrase else "date"


_WEEKDAYS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi
    vendredi samedi dimanche lunes martes miercoles jueves viernes sabado domingo""".split()
)
_MONTHS = frozenset(
    """january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec janvier fevrier mars avril
    mai juin juillet aout septembre octobre novembre decembre enero febrero marzo abril
    mayo junio julio agosto septiembre octubre noviembre diciembre""".split()
)


def _date_words(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Weekday names, month names and numbers of a time expression."""
    words = [unidecode(w).casefold().strip(".") for w in re.findall(r"\w+", text)]
    return (
        frozenset(w for w in words if w in _WEEKDAYS),
        frozenset(w for w in words if w in _MONTHS),
        frozenset(w for w in words if w.isdigit()),
    )


def _dates_comparable(a: _Dated, b: _Dated) -> bool:
    """Both fixed by the text, or relative words read against one anchor ("Friday" /
    "Thursday" in two articles of one day; not "19 August" / "Tuesday" undated).

    A relative date read against another publication day than the other side's is not
    compared by its value: a report filed a week later says "Thursday" of the same
    Thursday, and a story re-dated by its outlet moves every "yesterday". Named weekdays
    are still compared by name (`_dates_agree`); "yesterday" against a fixed date is not
    compared at all (when in doubt, no dispute). Scheduled dates ("to appear on 19
    August") in reports of different days are the next step of a process, not a
    disagreement."""
    if (a.future or b.future) and a.published != b.published:
        return False
    loose_a, loose_b = _loose(a), _loose(b)
    if loose_a and loose_b:
        if a.published != b.published and not (_named_day(a) and _named_day(b)):
            return False
    elif loose_a or loose_b:
        if not _named_day(a if loose_a else b):
            return False  # a deictic ("yesterday", "a week ago") against a fixed date
    solid_a = not a.relative or a.anchored
    solid_b = not b.relative or b.anchored
    if solid_a and solid_b:
        return True
    if a.bound and a.bound == b.bound and _named_day(a) and _named_day(b):
        return True  # one person's move on a named weekday, in a dated and an undated report
    if not (a.relative and b.relative and not a.anchored and not b.anchored):
        return False
    if a.precision != b.precision:
        return False
    wa, wb = _date_words(a.span.text), _date_words(b.span.text)
    # "yesterday" and "today" in two undated articles may be one day: only named
    # days and months can be compared without publication dates
    if not (wa[0] or wa[1]) or not (wb[0] or wb[1]):
        return False
    return all(bool(x) == bool(y) for x, y in zip(wa, wb, strict=True))


def _same_event(a: _Dated, b: _Dated, settings: CompareSettings) -> bool:
    """The two dated statements share enough words, dates aside, to be about one event."""
    return statements_close(a.sentence, a.span, b.sentence, b.span, settings)


def _persons(d: _Dated, analyses: dict[str, ArticleAnalysis]) -> frozenset[str]:
    """The surnames (last name words) of the persons its statement names."""
    analysis = analyses.get(d.sentence.article)
    if analysis is None:
        return frozenset()
    return frozenset(
        _fold(e.span.text.split()[-1]) for e in analysis.entities
        if e.type == "PERSON" and d.sentence.start <= e.span.start and e.span.end <= d.sentence.end
        and e.span.text.split()
    )


def _other_actors(a: _Dated, b: _Dated, analyses: dict[str, ArticleAnalysis]) -> bool:
    """Both statements name persons and none in common: "Pierre Thomas ... was placed on
    injured reserve on Wednesday" / "The Saints placed rookie Chris Ivory on injured
    reserve Tuesday" date two players' moves."""
    pa, pb = _persons(a, analyses), _persons(b, analyses)
    return bool(pa and pb and not (pa & pb))


# A passive predicate: the act a dated statement reports ("was acquitted", "were charged").
_PASSIVE = re.compile(r"\b(?:was|were|been|is|are)\s+(?:\w+ly\s+)?([a-z]{3,}ed)\b")


def _other_acts(a: _Dated, b: _Dated) -> bool:
    """Each statement reports a different act in the passive and neither names the
    other's: "Gigante was acquitted in 1958" / "In 1957 Gigante was charged with
    attempted murder" date two steps of one case."""
    act_a, act_b = _nearest_act(a), _nearest_act(b)
    if not act_a or not act_b or act_a == act_b:
        return False
    words_a, words_b = set(re.findall(r"[a-z]+", a.sentence.text)), set(re.findall(r"[a-z]+", b.sentence.text))
    return act_a not in words_b and act_b not in words_a


def _nearest_act(d: _Dated) -> str:
    """The passive predicate nearest the date in its statement, "" without one."""
    at = d.span.start - d.sentence.start
    acts = [(abs(m.start() - at), m.group(1)) for m in _PASSIVE.finditer(d.sentence.text)]
    return min(acts)[1] if acts else ""


def _around(sentence: Span, time: Span, reach: int) -> frozenset[str]:
    """Content words right next to a date or time ("approved ... in 2009"): two dates
    of one sentence-level fact date one event only if these words meet."""
    before = sentence.text[: time.start - sentence.start].split()[-reach:]
    after = sentence.text[time.end - sentence.start :].split()[:reach]
    # short words ("one", "man") meet by chance
    return frozenset(w for w in polarity.read(" ".join(before + after)).stems if len(w) >= 4)


def detect(story: StoryInputs, settings: CompareSettings) -> list[Conflict]:
    """Statements of one fact from different sources that date its event differently."""
    facts, analyses, idx = story.facts, story.analyses, story.index
    out: list[Conflict] = []
    anchor = _common_anchor(analyses, idx)
    for fact in facts:
        if len({idx.group(a) for a in fact.articles}) < 2:
            continue  # (dates stay across origins: see `CompareSettings.origin_copy_words`)
        dated: list[_Dated] = []
        several: list[list[_Dated]] = []
        for m in fact.mentions:
            art = idx.articles.get(m.article)
            items = _event_dates(m, analyses.get(m.article), anchor, art.published if art else None)
            if len(items) == 1:
                dated.extend(items)
            elif items:
                several.append(items)
        dated += [d for items in several if (d := _told_alike(items, dated, idx, settings))]
        dated += _bound_to_names(several, dated, fact.mentions, analyses, idx)
        if len(dated) < 2:
            continue
        clash = False
        linked: set[int] = set()
        for i in range(len(dated)):
            for j in range(i + 1, len(dated)):
                x, y = dated[i], dated[j]
                if idx.group(x.span.article) == idx.group(y.span.article):
                    continue
                if not _dates_comparable(x, y) or not _same_event(x, y, settings):
                    continue
                if not _same_bearer(x, y, analyses):
                    continue  # a date bound to one person against a statement not about them
                if _other_actors(x, y, analyses) or _other_acts(x, y):
                    continue  # two people's moves, or two steps of one case: two events
                linked.update((i, j))
                if not _dates_agree(x, y):
                    clash = True
        if not clash:
            continue
        groups = first_fit_groups(
            (dated[k] for k in sorted(linked)), lambda item, g: _dates_agree(item, g[0])
        )
        variants = [
            Variant(
                value=_date_label(g),
                articles=unique(d.span.article for d in g),
                mentions=[d.span for d in g],
            )
            for g in groups
        ]
        if not cross_source(variants, idx, rewrites=False) or not one_count_per_article(variants):
            continue
        first = groups[0][0]
        out.append(make_conflict("date", date_topic(first.sentence, first.span, settings), variants, idx))
    return out


def _bound_to_names(several: list[list[_Dated]], dated: list[_Dated], mentions: list[Span],
                    analyses: dict[str, ArticleAnalysis], idx: StoryIndex) -> list[_Dated]:
    """Of statements with several dates, the date right after the name of a person another
    source's statement of the fact names (`date_bound.py`), when none was taken yet."""
    out = []
    taken = {(d.sentence.article, d.sentence.start) for d in dated}
    for items in several:
        here = items[0].sentence
        if (here.article, here.start) in taken:
            continue
        names = {date_bound._surname(p.text) for m in mentions if idx.group(m.article) != idx.group(here.article)
                 for p in date_bound.persons_in(m, analyses.get(m.article))}
        out += [replace(d, bound=name) for name, d in date_bound.bound_dates(items, analyses.get(here.article), names)]
    return out


def _same_bearer(a: _Dated, b: _Dated, analyses: dict[str, ArticleAnalysis]) -> bool:
    """A date bound to a person's name meets only dates of statements naming that person,
    and bound to that same person when bound."""
    if a.bound and b.bound:
        return a.bound == b.bound
    if a.bound or b.bound:
        bound, other = (a, b) if a.bound else (b, a)
        return bound.bound in _persons(other, analyses)
    return True


def _common_anchor(analyses: dict[str, ArticleAnalysis], idx: StoryIndex) -> date:
    """A date to resolve leftover relative expressions against, the same for every article."""
    for aid in idx.articles:
        art = idx.articles[aid]
        if art.published:
            return art.published
    values = sorted(
        t.value for aid in idx.articles for t in getattr(analyses.get(aid), "times", []) if t.value
    )
    return values[len(values) // 2] if values else date(2000, 1, 1)


def _inside_quote(sentence: Span, time: Span) -> bool:
    """Is the time inside a direct quotation? A speaker's "today" is the day of the
    speech, and rhetoric ("we can grow our economy today"), not the event's date."""
    head = sentence.text[: time.start - sentence.start]
    opened = head.count('"') % 2 == 1
    curly = head.count("“") + head.count("«") + head.count("„") > head.count("”") + head.count("»")
    return opened or curly


def _event_time(sentence: Span, time: Span) -> bool:
    """Does the time expression date the statement's event (not a report, a bound or a
    quotation)?"""
    if _inside_quote(sentence, time):
        return False
    before = sentence.text[: time.start - sentence.start].split()[-3:]
    after = sentence.text[time.end - sentence.start :].split()[:2]
    low_before = [w.strip(PUNCT).casefold() for w in before]
    low_after = [w.strip(PUNCT).casefold() for w in after]
    if any(w in _NON_EVENT_BEFORE for w in low_before):  # "until at least Monday"
        return False
    near = low_before[-2:] + low_after[:1]
    return not any(w in _REPORTING for w in near)


def _told_alike(items: list[_Dated], single: list[_Dated], idx: StoryIndex, settings: CompareSettings) -> _Dated | None:
    """Of a statement's several dates, the one told in the words another source's statement
    of the fact tells its only date in: "who has launched a new fashion line called Mantra in
    September" beside "Three years ago" / "launched a new fashion line called Mantra in
    December" (ECB+ 1_ecb, development). None unless exactly one of them meets such words
    and the others meet none (which date is the event's must be plain)."""
    reach = settings.date_neighbours
    group = idx.group(items[0].span.article)
    # told to the same precision: a day against a day, a month against a month (a clock
    # time read as a year, "(1852 UTC)", meets a day's words by chance; MultiLing M005)
    others = [(d.precision, _around(d.sentence, d.span, reach)) for d in single if idx.group(d.span.article) != group]
    meets = [
        d for d in items
        if any(
            precision == d.precision and len(_around(d.sentence, d.span, reach) & words) >= settings.date_around_shared
            for precision, words in others
        )
    ]
    return meets[0] if len(meets) == 1 else None


def _event_dates(
    mention: Span, analysis: ArticleAnalysis | None, anchor: date, analysis_published: date | None
) -> list[_Dated]:
    """The event dates a statement gives, one per distinct date (none when it gives none)."""
    if analysis is None:
        return []
    inside = [
        t
        for t in analysis.times
        if mention.start <= t.span.start and t.span.end <= mention.end
    ]
    inside = [t for t in inside if _event_time(mention, t.span) and not _EVENT_RELATIVE.search(t.span.text)]
    distinct = {(t.span.start, t.span.end): t for t in inside}
    out = []
    for t in sorted(distinct.values(), key=lambda t: t.span.start):
        one = _one_date(Span(mention.article, mention.start, mention.end, mention.text), analysis, anchor,
                        analysis_published, only=t)
        if one is not None and all((one.value, one.precision) != (d.value, d.precision) for d in out):
            out.append(one)
    return out


def _one_date(
    mention: Span, analysis: ArticleAnalysis | None, anchor: date, analysis_published: date | None,
    only: object = None,
) -> _Dated | None:
    """The single event date a statement gives, or None when it gives none or several
    (`only`: read that one time expression of the statement alone)."""
    if analysis is None:
        return None
    inside = [
        t
        for t in analysis.times
        if mention.start <= t.span.start and t.span.end <= mention.end
    ]
    inside = [t for t in inside if _event_time(mention, t.span) and not _EVENT_RELATIVE.search(t.span.text)]
    if only is not None:
        inside = [t for t in inside if t is only]
    if not inside:
        return None
    unresolved = [t for t in inside if t.value is None]
    resolved_here = set()
    if unresolved:
        again = resolve_times(unresolved, anchor)
        resolved_here = {(t.span.start, t.span.end) for t in again if t.value is not None}
        inside = [t for t in inside if t.value is not None] + [t for t in again if t.value is not None]
    distinct = {(t.value, t.precision) for t in inside}
    if len(distinct) != 1:
        return None  # several dates: which one is the event's is unclear
    t = inside[0]
    published = analysis_published
    return _Dated(
        span=t.span,
        sentence=mention,
        value=t.value,  # type: ignore[arg-type]
        precision=t.precision,
        relative=t.relative
        or (t.span.start, t.span.end) in resolved_here
        or bool(_DEICTIC.search(t.span.text)),
        resolved=(t.span.start, t.span.end) not in resolved_here,
        anchored=published is not None,
        published=published,
        future=t.direction > 0 or (published is not None and t.value is not None and t.value > published),
    )


def _fold(text: str) -> str:
    return " ".join(unidecode(text).casefold().split())


def _date_label(group: list[_Dated]) -> str:
    """ISO date at its precision when the article fixed it; the words themselves when
    only a guessed anchor did ("Tuesday" in an undated article)."""
    d = group[0]
    if not d.resolved or (d.relative and not d.anchored):
        return d.span.text
    text = d.value.isoformat()
    return text[:4] if d.precision == "year" else text[:7] if d.precision == "month" else text


def _loose(d: _Dated) -> bool:
    """A date whose day depends on the anchor it was read against: a weekday or a
    deictic ("Friday", "yesterday"), not a month and day ("June 3", year aside)."""
    return d.relative and not _date_words(d.span.text)[1]


def _named_day(d: _Dated) -> frozenset[str]:
    """The weekday names of a relative date ("on Friday"): its day whatever the anchor."""
    return _date_words(d.span.text)[0]


_WEEKDAY_INDEX = {
    w: i % 7
    for i, w in enumerate(
        """monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi
        vendredi samedi dimanche lunes martes miercoles jueves viernes sabado domingo""".split()
    )
}


def _dates_agree(a: _Dated, b: _Dated) -> bool:
    order = {"year": 4, "month": 7, "day": 10}
    keep = min(order.get(a.precision, 10), order.get(b.precision, 10))
    if a.value.isoformat()[:keep] == b.value.isoformat()[:keep]:
        return True
    loose_a, loose_b = _loose(a), _loose(b)
    if loose_a != loose_b and keep == 10:
        # a named weekday against a fixed date: the weekday decides, not where the anchor
        # put it ("Thursday" in a report filed a week later is still that Thursday)
        named = _named_day(a if loose_a else b)
        fixed = b if loose_a else a
        if named:
            return fixed.value.weekday() in {_WEEKDAY_INDEX[w] for w in named}
    if loose_a and loose_b and a.published != b.published:
        # two anchors: only the weekday names can disagree
        na, nb = _named_day(a), _named_day(b)
        return not (na and nb) or bool(na & nb)
    if a.relative and b.relative and _fold(a.span.text) == _fold(b.span.text):
        return True  # the same words ("yesterday") about one event are one date
    # the same relative words resolved against two anchors (or two tenses) are not a
    # disagreement of the sources: "Friday" and "Friday evening" name one day
    if a.relative and b.relative:
        wa, wb = _date_words(a.span.text), _date_words(b.span.text)
        return any(wa) and wa == wb
    return False


def statements_close(sa: Span, ta: Span, sb: Span, tb: Span, settings: CompareSettings,
                     share: float | None = None) -> bool:
    """Two statements share enough words, their dates or times aside, to be about one event
    (`share`: the part of the smaller statement's words they must share, when not the
    setting's)."""
    def stems(sentence: Span, time: Span) -> frozenset[str]:
        cut = time.start - sentence.start
        return polarity.read(sentence.text[:cut] + " " + sentence.text[cut + len(time.text) :]).stems

    a, b = stems(sa, ta), stems(sb, tb)
    shared = len(a & b)
    smaller = min(len(a), len(b)) or 1
    if shared < settings.date_context_shared or shared / smaller < (settings.date_context_share if share is None else share):
        return False
    reach = settings.date_neighbours
    return len(_around(sa, ta, reach) & _around(sb, tb, reach)) >= settings.date_around_shared
