"""Residence disputes: one named person said to live in two different places.

A place of residence counts only where the text binds it to a full name (or a surname the
same article names in full) with one of the language's residence cues
(`lang/xx/disputes.py` RESIDENCE_CUES: "Anthony LaSalle, 36, of Minneapolis,", "Chohan, who
lived half a mile away in South Ozone Park", "Smith, a resident of Dover", and "LaSalle, a 36-year-old Bloomington man" with
RESIDENT_NOUNS, for a name the story knows as a place). Two such places
dispute only when they are clearly two places of one level. When in doubt, no dispute:

- a part and its whole are one answer: places whose words contain each other ("Ozone Park" /
  "South Ozone Park"), places any article of the story writes together ("College Point,
  Queens", "Bloomington in Minnesota"), and a place the story uses as a container of another
  ("..., Queens": it is of a higher level) are left out, as are countries and states;
- a place that is a person or an organisation of the story is no place;
- an article that gives one person two places (a home and a former one) leaves that person out;
- both sides come from different sources (origin groups).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from unidecode import unidecode

from synoptic import lang
from synoptic.compare.detectors.bound_names import CAP, full_names, fullest
from synoptic.compare.evidence import (
    StoryInputs,
    cross_source,
    make_conflict,
    one_count_per_article,
    variant_of,
)
from synoptic.model import Conflict, Span
from synoptic.settings import CompareSettings
from synoptic.text.names import is_place_name

# residents are named with a middle initial ("Raj K. Chohan, 59, of College Point")
_NAME = rf"{CAP}(?:[ \t]+(?:[A-Z]\.[ \t]+)?{CAP})*"
_PLACE = rf"(?P<place>{CAP}(?:[ \t]+{CAP}){{0,3}})(?=\s*[,.;]|\s+(?:and|when|where|was|is|who)\b)"
_FULL = re.compile(rf"{CAP}(?:[ \t]+(?:[A-Z]\.[ \t]+)?{CAP})+")


@dataclass
class _Home:
    name: tuple[str, ...]
    written: str
    place: str  # folded
    span: Span
    article: str


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(t for t in (unidecode(w).casefold().strip(".'’") for w in name.split()) if len(t) > 1)


def _fold(place: str) -> str:
    return " ".join(unidecode(place).casefold().split())


def _patterns() -> list[re.Pattern[str]]:
    """"Name, [age,] CUE Place" for each residence cue of every language; a cue that ends in
    "..." may have up to five lower-case words before its last word ("who lived half a mile
    away in")."""
    out = []
    for cue in sorted(lang.all_dispute_words("RESIDENCE_CUES")):
        words = cue.split()
        if "..." in words:
            i = words.index("...")
            body = r"\s+".join(map(re.escape, words[:i])) + r"(?:\s+[a-z]+){0,5}?\s+" + r"\s+".join(map(re.escape, words[i + 1:]))
        else:
            body = r"\s+".join(map(re.escape, words))
        out.append(re.compile(rf"(?<![\w'’])(?P<name>{_NAME}),\s+(?:\d{{1,3}},\s+)?{body}\s+{_PLACE}"))
    return out


def _noun_pattern() -> re.Pattern[str] | None:
    """"Name, a [36-year-old] Place man": the place as an adjective before a resident noun."""
    nouns = lang.all_dispute_words("RESIDENT_NOUNS")
    if not nouns:
        return None
    return re.compile(
        rf"(?<![\w'’])(?P<name>{_NAME}),\s+an?\s+(?:\d{{1,3}}-year-old\s+)?(?P<place>{CAP}(?:[ \t]+{CAP}){{0,2}})"
        rf"\s+(?:{'|'.join(sorted(map(re.escape, nouns)))})\b"
    )


def find_homes(article_id: str, text: str, persons: set[str], places: frozenset[str] = frozenset()) -> list[_Home]:
    """Places of residence bound to a person in one article; the "a Place man" form only
    for a name the story knows as a place (`places`, folded): "a Muslim man" is no home."""
    full = full_names(text, _tokens, _FULL, keep=lambda tokens: tokens[-1] in persons)
    out = []
    noun = _noun_pattern()
    for pattern in [*_patterns(), *([noun] if noun else [])]:
        for m in pattern.finditer(text):
            if pattern is noun and _fold(m.group("place")) not in places:
                continue
            tokens = _tokens(m.group("name"))
            if not tokens or tokens[-1] not in persons:
                continue
            if len(tokens) == 1:
                longest = fullest(tokens[0], full)
                if len(longest) != 1:
                    continue
                (tokens,) = longest
            place = m.group("place")
            out.append(_Home(tokens, m.group("name"), _fold(place),
                             Span(article_id, m.start("place"), m.end("place"), place), article_id))
    return out


def _same(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return a == b or (a[-1] == b[-1] and (len(a) == 1 or len(b) == 1 or bool(set(a[:-1]) & set(b[:-1]))))


def _containers(texts: list[str]) -> set[str]:
    """Places the story writes after another place and a comma ("College Point, Queens"):
    containers, of a higher level than what they follow."""
    out = set()
    for text in texts:
        for m in re.finditer(rf"{CAP}(?:[ \t]+{CAP})*,[ \t]+(?P<outer>{CAP}(?:[ \t]+{CAP}){{0,2}})", text):
            out.add(_fold(m.group("outer")))
    return out


def _together(a: str, b: str, folded_texts: list[str]) -> bool:
    """The two places written as one place ("a, b", "b, a", "a in b", "b in a")."""
    return any(f"{x}{sep}{y}" in t for t in folded_texts for x, y in ((a, b), (b, a)) for sep in (", ", " in "))


def detect(story: StoryInputs, settings: CompareSettings) -> list[Conflict]:
    """Places of residence given to one named person that cannot both be right."""
    idx = story.index
    persons = {_tokens(n)[-1] for e in story.entities if e.type in ("PERSON", "PER", "person")
               for n in [e.name, *e.aliases] if _tokens(n)}
    not_places = {_fold(n) for e in story.entities if e.type in ("PERSON", "PER", "person", "ORG")
                  for n in [e.name, *e.aliases]}
    places = frozenset(_fold(n) for e in story.entities if e.type == "PLACE" for n in [e.name, *e.aliases])
    homes: list[_Home] = []
    for aid, article in idx.articles.items():
        homes.extend(find_homes(aid, article.text, persons, places))
    if not homes:
        return []
    texts = [a.text for a in idx.articles.values()]
    folded = [_fold(t) for t in texts]
    containers = _containers(texts)
    groups: list[list[_Home]] = []
    for h in homes:
        for g in groups:
            if _same(g[0].name, h.name):
                g.append(h)
                break
        else:
            groups.append([h])
    out: list[Conflict] = []
    for group in groups:
        by_article: dict[str, set[str]] = defaultdict(set)
        for h in group:
            by_article[h.article].add(h.place)
        if any(len(v) > 1 for v in by_article.values()):
            continue
        if any(h.place in not_places for h in group):
            continue
        # a container ("of Queens") or a state agrees with any place inside it: left out
        group = [h for h in group if h.place not in containers and not is_place_name(h.place)]
        places = sorted({h.place for h in group})
        if len(places) != 2:
            continue
        a, b = places
        if set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split()) or _together(a, b, folded):
            continue
        variants = [variant_of(next(h.span.text for h in group if h.place == p), [h.span for h in group if h.place == p])
                    for p in places]
        variants.sort(key=lambda v: -len(v.articles))
        if not cross_source(variants, idx, rewrites=False) or not one_count_per_article(variants):
            continue
        written = Counter(h.written for h in group)
        name = max(written, key=lambda n: (len(n.split()), written[n]))
        out.append(make_conflict("claim", f"where {name} lives", variants, idx))
    return out
