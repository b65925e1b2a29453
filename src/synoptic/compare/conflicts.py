"""Where sources disagree: numbers, titles, dates, quotes and claims about one thing.

No NLI model is needed: disagreements are read off the who-what-when layer
(quantities with what they count, people with their titles, resolved dates,
merged quotes) and off aligned facts (negation and antonyms). Each conflict lists
every variant with its articles and exact spans; majorities are counted in
independent sources (copies of one wire story are one source) and stated, never
taken as truth. Precision over recall: anything that could be a paraphrase, a
rounding or a more specific wording is left out.
"""

from __future__ import annotations

from dataclasses import replace

from synoptic.compare.detectors import (
    act_date,
    address,
    age,
    claim,
    contrast,
    date,
    day_part,
    event_date,
    manner,
    name,
    number,
    ordinal,
    partner,
    quote,
    record,
    residence,
    role,
    stoppage,
    time,
    unnamed_age,
    wound,
)
from synoptic.compare.evidence import StoryInputs, build_index
from synoptic.model import Article, ArticleAnalysis, Conflict, Entity, Fact, Origin, Quote
from synoptic.settings import CompareSettings

KIND_ORDER = {"number": 0, "date": 1, "time": 2, "role": 3, "quote": 4, "claim": 5}
# every kind of dispute, in the order their finds are listed before sorting
DETECTORS = (number.detect, address.detect, age.detect, unnamed_age.detect, record.detect, ordinal.detect, residence.detect, role.detect, name.detect, partner.detect, date.detect, time.detect, stoppage.detect, day_part.detect,
             quote.detect, claim.detect, contrast.detect, manner.detect, wound.detect)


def find_conflicts(
    facts: list[Fact],
    articles: list[Article],
    analyses: dict[str, ArticleAnalysis],
    entities: list[Entity],
    quotes: list[Quote],
    origins: list[Origin],
    settings: CompareSettings,
) -> list[Conflict]:
    """Statements about the same thing that disagree, with every variant and its spans."""
    idx = build_index(facts, articles, analyses, origins, settings)
    story = StoryInputs(facts=facts, analyses=analyses, entities=entities, quotes=quotes, index=idx)
    found = [c for detect in DETECTORS for c in detect(story, settings)]
    # the story's event dated in statements the aligner kept apart (after the aligned ones)
    found += event_date.detect(story, [c for c in found if c.kind == "date"], settings)
    # one act with one participant dated two ways, in statements the aligner kept apart
    found += act_date.detect(story, [c for c in found if c.kind == "date"], settings)
    found = _drop_overlaps(found)
    found.sort(
        key=lambda c: (
            c.imprecise,
            c.over_time,
            KIND_ORDER.get(c.kind, 9),
            -idx.sources(a for v in c.variants for a in v.articles),
            c.topic,
        )
    )
    return [replace(c, id=f"c{i}") for i, c in enumerate(found, start=1)]


def _drop_overlaps(conflicts: list[Conflict]) -> list[Conflict]:
    """A claim whose sentences already carry a number, date or quote dispute adds nothing."""

    def spans(c: Conflict) -> set[tuple[str, int, int]]:
        return {(m.article, m.start, m.end) for v in c.variants for m in v.mentions}

    specific = [c for c in conflicts if c.kind != "claim"]
    out = list(specific)
    for c in conflicts:
        if c.kind != "claim":
            continue
        mine = spans(c)
        if any(
            a == b_art and s < be and bs < e
            for o in specific
            for (b_art, bs, be) in spans(o)
            for (a, s, e) in mine
        ):
            continue
        out.append(c)
    return out


def mark_disputed(facts: list[Fact], conflicts: list[Conflict]) -> list[Fact]:
    """Facts involved in a real conflict (not merely imprecise, not an update over
    time) become `disputed`."""
    involved = {f for c in conflicts if c.is_dispute for f in c.facts}
    return [replace(f, status="disputed") if f.id in involved else f for f in facts]
