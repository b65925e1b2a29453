"""The day an article was written, when its date is a later stamp: "today" is that day.

A report names its event's weekday ("In a Wednesday media event, Apple released …") and
then says "today" of an act of that same event ("Jobs announced today that …"), while the
date it carries is days later (an edited or republished copy: Wikinews trial en/nl/es/it
214601, dated Saturday 23 October 2010, development). Resolved against that date, "today"
put the keynote's announcement on the Saturday. The article itself says when the act was:
the same subject doing the same thing in a sentence dated by the weekday ("In his keynote
address Wednesday, Jobs announced …"). Then "today" is that weekday's day.

Only when every weekday the article names in the past is one day, one to six days before
the date "today" was resolved against, and the words around "today" (`_NEAR` either side)
share a name and a content word with a sentence dated that day; otherwise "today" stays the
article's date ("School officials had grief counseling available on campus today for
students, Hill said", the day after a Thursday shooting, GVC dev, stays).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from synoptic import lang
from synoptic.model import ArticleAnalysis, TimeRef
from synoptic.text.pronoun_speakers import WORD
from synoptic.text.timex_parse import parse_expression

# how many days before the article's date its weekday may fall (a weekday names this week)
_WEEK = 6
# how many words either side of "today" its subject and verb stand within
_NEAR = 3


def today_on_event_day(refs: list[TimeRef], analysis: ArticleAnalysis, text: str,
                       language: str | None) -> list[TimeRef]:
    """`refs` with a past "today" moved to the day of the act it reports, if the article dates it."""
    if not text:
        return refs
    parsed = [parse_expression(t.span.text) for t in refs]
    todays = [i for i, (t, e) in enumerate(zip(refs, parsed, strict=True))
              if e is not None and e.kind == "deictic" and e.n == 0 and t.value is not None and t.direction <= 0]
    if not todays:
        return refs
    weekdays = [t for t, e in zip(refs, parsed, strict=True)
                if e is not None and e.kind == "weekday" and t.value is not None and t.direction <= 0]
    days = {t.value for t in weekdays}
    if len(days) != 1:
        return refs
    day: date = next(iter(days))
    code = lang.language_code(language) or "en"
    stop = lang.stop_words(code) | lang.stop_words(code, "FUNCTION_WORDS")
    dated = [_sentence(analysis, t.span.start) for t in weekdays]
    out = list(refs)
    for i in todays:
        t = refs[i]
        if not 1 <= (t.value - day).days <= _WEEK:
            continue
        own = _sentence(analysis, t.span.start)
        if own is None:
            continue
        near = _around(text, t.span.start, t.span.end, own)
        if not any(s is not None and s != own and _same_act(text, near, s, analysis, stop) for s in dated):
            continue
        out[i] = replace(t, value=day)
    return out


def _sentence(analysis: ArticleAnalysis, pos: int) -> tuple[int, int] | None:
    for s in analysis.sentences:
        if s.span.start <= pos < s.span.end:
            return s.span.start, s.span.end
    return None


def _around(text: str, start: int, end: int, sentence: tuple[int, int]) -> tuple[int, int]:
    """`_NEAR` words either side of the expression, inside its sentence: where its clause's
    subject and verb stand ("Jobs announced today", "Jobs oggi ha annunciato")."""
    before = list(WORD.finditer(text, sentence[0], start))[-_NEAR:]
    after = list(WORD.finditer(text, end, sentence[1]))[:_NEAR]
    return (before[0].start() if before else start, after[-1].end() if after else end)


def _same_act(text: str, a: tuple[int, int], b: tuple[int, int], analysis: ArticleAnalysis,
              stop: frozenset[str]) -> bool:
    """The two sentences name one person or organisation and share a lower-case content word
    (the verb: "announced", "kondigde")."""
    def names(span: tuple[int, int]) -> set[str]:
        return {m.span.text.split()[-1].lower() for m in analysis.entities
                if m.type in ("PERSON", "ORG") and span[0] <= m.span.start < span[1] and m.span.text.split()}

    def words(span: tuple[int, int]) -> set[str]:
        return {lang.stem(w) for w in WORD.findall(text, *span)
                if w[:1].islower() and len(w) >= 4 and w.lower() not in stop}

    return bool(names(a) & names(b)) and bool(words(a) & words(b))
