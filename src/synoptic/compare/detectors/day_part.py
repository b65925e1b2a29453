"""Time disputes by part of the day: "Saturday afternoon" / "Saturday night" for one event.

Two sources that put one event on the same named day (a weekday or a date written in the
span, resolved to one date) in parts of the day that cannot overlap: morning against
evening or night, afternoon against night (morning / afternoon, afternoon / evening and
evening / night touch and are left out). When in doubt, no dispute:

- each side is its article's only part of the day for that date (an article that names
  two parts of one day tells of two moments: the shooting, then the vigil);
- the two statements name one participant (a person the story's entities hold, or an age
  written alike, "14-year-old"), share at least `day_part_shared` content words, day words
  aside, one of them a lower-case word (what happened), and the words that pick one event
  of several ("another", "second") are the same;
- deictic days ("last night", "this morning", "tonight") are left out: they depend on
  when each report was written;
- the articles were published at most `event_date_days` days apart, by different origins.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from synoptic.compare import numbers
from synoptic.compare.detectors.date import date_topic
from synoptic.compare.detectors.time import _event_marks
from synoptic.compare.evidence import StoryInputs, make_conflict
from synoptic.model import Conflict, Span, Variant
from synoptic.settings import CompareSettings

# part-of-day words by part (English, French, Spanish, Italian, Dutch)
_PARTS = {
    "morning": r"morning|matin(?:ée)?|ochtend|morgen|mattin[oa]|por\s+la\s+mañana",
    "afternoon": r"afternoon|après-midi|apres-midi|pomeriggio|middag|por\s+la\s+tarde",
    "evening": r"evening|soir(?:ée)?|avond|sera|serata",
    "night": r"night|nuit|noche|notte|nacht",
}
_PART = {part: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for part, words in _PARTS.items()}
# parts of the day that cannot hold one moment
_APART = frozenset({frozenset({"morning", "evening"}), frozenset({"morning", "night"}), frozenset({"afternoon", "night"})})
# a named day in the span: a weekday or a month (a written date), not "last night"
_NAMED_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi"
    r"|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì"
    r"|martedì|mercoledì|giovedì|venerdì|sabato|domenica|maandag|dinsdag|woensdag|donderdag"
    r"|vrijdag|zaterdag|zondag|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b",
    re.IGNORECASE,
)
_DEICTIC = re.compile(r"\b(?:last|this|tonight|yesterday|today|hier|ce|cette|anoche|ayer|gisteren|ieri)\b", re.I)
# words of the day itself: no evidence that two statements tell of one event
_DAY_WORDS = re.compile(_NAMED_DAY.pattern + r"|\b(?:early|late|" + "|".join(_PARTS.values()) + r")\b", re.I)
# ages and other figure compounds ("14-year-old"): their words meet in any two reports
_COMPOUND = re.compile(r"\b\w*\d\w*(?:-\w+)+\b")
_AGED = re.compile(r"\b\d{1,3}-year-old\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Timed:
    day: date
    part: str
    span: Span  # the day expression ("Saturday afternoon")
    sentence: Span
    words: frozenset[str]  # content stems, day words aside
    who: frozenset[str]  # the people it names: entity ids and ages as written ("14-year-old")
    lower: frozenset[str]  # stems of its lower-case words: what happened, not who or where


def _part_of(text: str) -> str | None:
    found = [part for part, rx in _PART.items() if rx.search(text)]
    return found[0] if len(found) == 1 else None


def _statements(story: StoryInputs) -> dict[str, list[_Timed]]:
    """Each article's statements that put something on a named day's part of the day."""
    idx, out = story.index, defaultdict(list)
    for aid in idx.articles:
        analysis = story.analyses.get(aid)
        for t in analysis.times if analysis else []:
            if t.value is None or t.precision != "day" or not isinstance(t.value, date):
                continue
            part = _part_of(t.span.text)
            if part is None or not _NAMED_DAY.search(t.span.text) or _DEICTIC.search(t.span.text):
                continue
            sentence = idx.sentence_of(t.span)
            rest = _COMPOUND.sub(" ", _DAY_WORDS.sub(" ", sentence.text))
            who = frozenset(m.group().casefold() for m in _AGED.finditer(sentence.text)) | {
                e.id for e in story.entities if e.type == "PERSON"
                for m in e.mentions if m.article == aid and sentence.start <= m.start and m.end <= sentence.end
            }
            lower = frozenset(numbers.content_stems(" ".join(w for w in rest.split() if w[:1].islower())))
            out[aid].append(_Timed(t.value, part, t.span, sentence, frozenset(numbers.content_stems(rest)), who, lower))
    return out


def detect(story: StoryInputs, settings: CompareSettings) -> list[Conflict]:
    """One event put in parts of one day that cannot overlap by two sources."""
    idx = story.index
    by_article = _statements(story)
    # an article's only part of the day for a date
    sides = [
        items[0]
        for items in (
            [x for x in timed if x.day == day]
            for timed in by_article.values()
            for day in {x.day for x in timed}
        )
        if len({x.part for x in items}) == 1 and len(items) == 1
    ]
    out: list[Conflict] = []
    for i, a in enumerate(sides):
        for b in sides[i + 1 :]:
            if a.day != b.day or frozenset({a.part, b.part}) not in _APART:
                continue
            if idx.group(a.span.article) == idx.group(b.span.article):
                continue
            pa, pb = idx.articles[a.span.article].published, idx.articles[b.span.article].published
            if pa is None or pb is None or abs((pa - pb).days) > settings.event_date_days:
                continue
            shared = a.words & b.words
            if not a.who & b.who or len(shared) < settings.day_part_shared or not shared & a.lower & b.lower:
                continue
            if _event_marks(a.sentence.text) != _event_marks(b.sentence.text):
                continue
            variants = [Variant(value=x.span.text, articles=[x.span.article], mentions=[x.span]) for x in (a, b)]
            topic = date_topic(a.sentence, a.span, settings).replace("date:", "time:", 1)
            out.append(make_conflict("time", topic, variants, idx))
    return out
