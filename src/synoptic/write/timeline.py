"""A timeline of the story: facts placed at the dates their own sentences give.

A fact is dated by each resolved time expression found inside one of its
mention sentences (spans are mapped, not re-parsed). Entries with the same
date and fact merge their articles and mentions. An entry reads as its fact,
unless none of the mentions giving its date is the fact's own text: then it
reads as the first of those mentions, so the date shown is in the words shown. Background dates ("in 2014")
are kept: they are part of the story's chronology.

Not every time expression dates the event of its sentence: ages and
durations are quantities, not times, and never reach here; time expressions
inside a quantity span, week-level expressions (no week precision) and
unresolved ones are skipped.
"""

from __future__ import annotations

import re
from datetime import date

from synoptic.model import ArticleAnalysis, Fact, Span, TimelineEntry, TimeRef
from synoptic.settings import WriteSettings
from synoptic.text.timex import resolve_times


def _iso(value: date, precision: str) -> str:
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def _dated_refs(analysis: ArticleAnalysis, reference_date: date | None) -> list[TimeRef]:
    refs = analysis.times
    if reference_date is not None and any(t.value is None and t.relative for t in refs):
        refs = resolve_times(refs, reference_date)
    quantity_spans = [(q.span.start, q.span.end) for q in analysis.quantities]
    out = []
    for t in refs:
        if t.value is None:
            continue
        s, e = t.span.start, t.span.end
        if any(qs < e and s < qe for qs, qe in quantity_spans):
            continue
        out.append(t)
    return out


def build_timeline(
    facts: list[Fact],
    analyses: dict[str, ArticleAnalysis],
    reference_date: date | None,
    settings: WriteSettings,
) -> list[TimelineEntry]:
    """Dated entries of the story, sorted by date (coarser precision first on ties)."""
    refs_by_article: dict[str, list[TimeRef]] = {}
    for article_id, analysis in analyses.items():
        refs_by_article[article_id] = sorted(
            _dated_refs(analysis, reference_date), key=lambda t: t.span.start
        )
    entries: dict[tuple[str, str], TimelineEntry] = {}
    expressions: dict[tuple[str, str], list[tuple[Span, str]]] = {}  # the ref of each mention
    for fact in facts:
        if fact.detail_of:  # its sentence is dated through the shared fact already
            continue
        for mention in fact.mentions:
            inside = [
                t
                for t in refs_by_article.get(mention.article, [])
                if mention.start <= t.span.start and t.span.end <= mention.end
            ]
            if not _tells_an_event(mention, inside, settings.event_words_min):
                continue  # "April 24, 2013 4:45pm": a dateline or a time stamp, no event
            for t in _event_dates(inside, mention):
                iso = _iso(t.value, t.precision)  # type: ignore[arg-type]
                key = (iso, fact.id)
                entry = entries.get(key)
                if entry is None:
                    entry = entries[key] = TimelineEntry(
                        date=iso, precision=t.precision, text="", articles=[], fact=fact.id
                    )
                if mention.article not in entry.articles:
                    entry.articles.append(mention.article)
                if not any(_same(m, mention) for m in entry.mentions):
                    entry.mentions.append(mention)
                    expressions.setdefault(key, []).append((mention, t.span.text))
    by_id = {f.id: f for f in facts}
    for key, entry in entries.items():
        entry.text = _entry_text(by_id[entry.fact or ""], entry.mentions)
        # the expression of a mention that reads as the text shown, so that it is in it
        entry.expression = next((expr for m, expr in expressions.get(key, []) if m.text == entry.text), None)
    return sorted(entries.values(), key=lambda e: (e.date, -len(e.articles), e.fact or ""))


def _tells_an_event(mention: Span, refs: list[TimeRef], min_words: int) -> bool:
    """Does a sentence say something besides its time expressions?"""
    chars = list(mention.text)
    for t in refs:
        for i in range(t.span.start - mention.start, t.span.end - mention.start):
            chars[i] = " "
    return len(re.findall(r"[^\W\d_]{2,}", "".join(chars))) >= min_words


def _entry_text(fact: Fact, dated: list[Span]) -> str:
    """The fact's text when one of the mentions giving this date reads so; else the first
    such mention's own sentence, so that the date shown is in the text shown (a fact
    aligned across outlets may read "met on Sunday night" where another outlet's
    mention gives Monday)."""
    if any(m.text == fact.text for m in dated):
        return fact.text
    return dated[0].text if dated else fact.text


_POSSESSIVE = ("'s", "’s")
_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", re.IGNORECASE)
_NOUN_NEXT = re.compile(r",?\s+(?!(?:and|or|to|in|on|at|of|for|by|with|when|as|that)\b)[a-zA-Z]")
# "could come soon, eight years after Russia seized Crimea": the offset dates the
# clause that follows it, not the sentence's own event
_OTHER_EVENT = re.compile(r"\b(?:after|since|après|después)$", re.IGNORECASE)
# "countries that joined after 1997", "before Thursday", "until 2020": the date
# bounds a period, it is not when the event happened ("since 2014" starts one: kept)
_BOUND = re.compile(
    r"\b(?:after|before|by|until|till|prior\s+to|ahead\s+of|après|avant|jusqu['’]à|jusqu['’]en"
    r"|después\s+de|antes\s+de|hasta)\s+(?:(?:the|le|la|el|l['’])\s*)?$",
    re.IGNORECASE,
)


def _event_dates(refs: list[TimeRef], mention: Span) -> list[TimeRef]:
    """The refs that date the events of one mention sentence.

    A date right after "after", "before", "until"... bounds a period rather
    than dating an event, and is left out; so is "N years after", which
    dates the clause after it.

    A date that modifies a noun, possessive ("After Monday's talks, a meeting
    will take place on Wednesday") or attributive ("gather on Sunday, January
    23, for the victims of the December 26 tsunami"), names another event;
    when the sentence has a date of its own, that one dates the sentence.
    """
    refs = [
        t
        for t in refs
        if not _BOUND.search(mention.text, 0, t.span.start - mention.start)
        and not _OTHER_EVENT.search(t.span.text)
    ]
    if len(refs) < 2:
        return refs

    def modifier(t: TimeRef) -> bool:
        start, end = t.span.start - mention.start, t.span.end - mention.start
        after = mention.text[end : end + 2]
        if after.startswith(_POSSESSIVE):
            return True
        return bool(
            _DETERMINER.search(mention.text, max(0, start - 8), start)
            and _NOUN_NEXT.match(mention.text, end)
        )

    plain = [t for t in refs if not modifier(t)]
    return plain or refs


def _same(a: Span, b: Span) -> bool:
    return a.article == b.article and a.start == b.start and a.end == b.end
