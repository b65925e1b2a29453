"""Age disputes: one named person given two ages.

An age counts only where it is bound to a full name in the text ("32-year-old Robert
Buckley", "Robert Buckley, 32,", "Sharron Smith, age 61", "Jobs, 55 anni", "Dupont
(45)", or an apposition describing the person: "Raj Chohan, a 59-year-old grandmother,",
"Smith, who was 34,", "Jean Dupont, une femme de 45 ans"): an age next to no name ("a 60-year-old woman") could be anyone's, and two
people of one story (a victim and her husband) have two ages. Two names are one
person when they end with the same surname and share another name ("Englishman Robert
Buckley" / "Robert Buckley"; not "Laci Peterson" / "Scott Peterson"). A person one
article gives two ages is left out (two people of one name, or a slip). A surname alone
("Wilson, 14, was inside his home") is the person of that surname whom the same article
names in full ("Javon Wilson"), when it names exactly one; else it is left out. Ages one year
apart in reports published more than `age_update_days` apart are an update (a birthday
between the reports), not a dispute.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from unidecode import unidecode

from synoptic.compare.evidence import (
    StoryInputs,
    cross_source,
    make_conflict,
    one_count_per_article,
    unique,
)
from synoptic.model import Conflict, Span, Variant
from synoptic.settings import CompareSettings
from synoptic.text.quantity_words import parse_words
from synoptic.util.unionfind import UnionFind

# a capitalized name or an initial ("J."); names stay on one line
_CAP = r"[A-ZÀ-ÖØ-Þ](?:\.|[\w'’-]*)"
_NAME = rf"{_CAP}(?:[ \t]+(?:(?:van|von|de|der|den|del|da|di|du|la|le|bin|al|ibn)[ \t]+)*{_CAP})+"
_NUMBER = r"\d{1,3}|[A-Za-z]+(?:-[a-z]+)?"
# "32-year-old Englishman Robert Buckley", "Sixty-year-old Sharron ...", "32-jarige Jan de Vries"
_BEFORE = re.compile(
    rf"\b(?P<age>{_NUMBER})[-\s](?:year[-\s]old|jarige)\s+(?:[a-z]+\s+){{0,2}}(?P<name>{_NAME})"
)
# "Robert Buckley, 32,", "Smith, age 61", "Jobs, 55 anni", "Dupont, âgé de 45 ans", "Dupont (45)"
_AFTER = re.compile(
    rf"(?P<name>{_NAME})(?:,\s*(?:aged?\s+|âgée?\s+de\s+|de\s+|di\s+)?(?P<age>\d{{1,3}})"
    rf"(?:\s+(?:ans|años|anni|jaar|years?\s+old))?(?=\s*[,.;:)]|\s+(?:and|et|y|e|en|was|is|of|from)\b)"
    rf"|\s+\((?P<age2>\d{{1,3}})\))"
)
# an apposition that describes the person by age: "Zurana Horton, a 34-year-old mother of
# 12,", "Smith, the 60-year-old ...", "Smith, who was 34," (not "the 34-year-old's father":
# another person's), "Jean Dupont, une femme de 34 ans", "una mujer de 34 años", "di 34 anni"
_APPOSED = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:(?:a|an|the)\s+(?:[a-z]+\s+)?(?P<age>{_NUMBER})[-\s](?:year[-\s]old|jarige)\b(?!['’])"
    rf"|who\s+(?:was|is)\s+(?P<age2>\d{{1,3}})(?=\s*[,.;)]|\s+(?:years?\s+old|when|at\s+the\s+time)\b)"
    rf"|(?:un|une|una|uno|een)\s+[^\W\d_]+\s+(?:de|di|van)\s+(?P<age3>\d{{1,3}})\s+(?:ans|años|anni|jaar)\b)"
)
# a surname alone with its age: "Wilson, 14, was ...", "15-year-old Wilson"
_ONE_AFTER = re.compile(
    rf"\b(?P<name>{_CAP})(?:,\s*(?:aged?\s+)?(?P<age>\d{{1,3}})(?=\s*[,.;:)]|\s+(?:and|was|is|of|from)\b))"
)
_ONE_BEFORE = re.compile(rf"\b(?P<age>{_NUMBER})[-\s]year[-\s]old\s+(?P<name>{_CAP})\b(?![ \t]+[A-ZÀ-ÖØ-Þ])")
_FULL = re.compile(_NAME)
_MAX_AGE = 115


@dataclass
class _Age:
    name: tuple[str, ...]  # folded name tokens
    written: str  # the name as written
    age: int
    span: Span  # the age as written
    article: str


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(t for t in (unidecode(w).casefold().strip(".'’") for w in name.split()) if t)


def _age_value(text: str, language: str) -> int | None:
    if text.isdigit():
        value: float | None = int(text)
    else:
        value = parse_words(text, language)
    if value is None or not (1 <= value <= _MAX_AGE) or value != int(value):
        return None
    return int(value)


def find_ages(article_id: str, text: str, language: str, persons: set[str]) -> list[_Age]:
    """Ages bound to a full name in one article; `persons` holds the folded surnames of
    the story's people, so that "Paris, 75," or "Apple Inc, 2011" are not ages."""
    out: list[_Age] = []
    for m in _BEFORE.finditer(text):
        value = _age_value(m.group("age"), language)
        if value is not None:
            out.append(_make(article_id, text, m, "name", "age", value, persons, whole=True))
    for m in _AFTER.finditer(text):
        group = "age" if m.group("age") else "age2"
        value = _age_value(m.group(group), language)
        if value is not None:
            out.append(_make(article_id, text, m, "name", group, value, persons, whole=False))
    for m in _APPOSED.finditer(text):
        group = next(g for g in ("age", "age2", "age3") if m.group(g))
        value = _age_value(m.group(group), language)
        if value is not None:
            out.append(_make(article_id, text, m, "name", group, value, persons, whole=group == "age"))
    found = [a for a in out if a is not None]
    return found + _surname_ages(article_id, text, language, persons, found)


def _surname_ages(article_id: str, text: str, language: str, persons: set[str], found: list[_Age]) -> list[_Age]:
    """Ages next to a surname alone, given to the one person of that surname whom the
    article names in full (two people of one surname in the article: left out)."""
    full: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for m in _FULL.finditer(text):
        tokens = _tokens(m.group(0))
        if len(tokens) >= 2 and tokens[-1] in persons:
            full[tokens[-1]].add(tokens)
    taken = [(a.span.start, a.span.end) for a in found]
    out: list[_Age] = []
    for pattern, whole in ((_ONE_AFTER, False), (_ONE_BEFORE, True)):
        for m in pattern.finditer(text):
            surname = _tokens(m.group("name"))
            names = full.get(surname[0], set()) if len(surname) == 1 else set()
            longest = {n for n in names if not any(set(n) < set(o) for o in names)}
            if len(longest) != 1 or (not whole and _after_capital(text, m.start("name"))):
                continue
            if any(s <= m.start("age") < e for s, e in taken):
                continue
            value = _age_value(m.group("age"), language)
            if value is None:
                continue
            (tokens,) = longest
            start, end = m.start("age"), m.end("age")
            if whole:
                end = len(text[: (text.find(" ", end) if text.find(" ", end) != -1 else len(text))].rstrip(",.;:"))
            out.append(_Age(tokens, m.group("name"), value, Span(article_id, start, end, text[start:end]), article_id))
    return out


def _after_capital(text: str, start: int) -> bool:
    """The word before `start` is capitalized: the surname is the end of a longer name."""
    before = text[:start].rstrip(" \t").split()
    return bool(before) and before[-1][:1].isupper() and not before[-1].endswith((".", ":", ";", "!", "?"))


def _make(article_id: str, text: str, m: re.Match[str], name_group: str, age_group: str, value: int,
          persons: set[str], whole: bool) -> _Age | None:
    name = m.group(name_group)
    tokens = _tokens(name)
    if len(tokens) < 2 or tokens[-1] not in persons:
        return None
    start = m.start(age_group)
    end = m.end(age_group)
    if whole:  # "32-year-old": the age as written, with its noun
        end = text.find(" ", end) if text.find(" ", end) != -1 else len(text)
        end = len(text[:end].rstrip(",.;:"))
    return _Age(tokens, name, value, Span(article_id, start, end, text[start:end]), article_id)


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The same surname and another name in common (or the same name)."""
    return a == b or (a[-1] == b[-1] and bool(set(a[:-1]) & set(b[:-1])))


def detect(story: StoryInputs, settings: CompareSettings) -> list[Conflict]:
    """Ages given to one named person that cannot both be right."""
    idx = story.index
    persons = {
        _tokens(n)[-1]
        for e in story.entities
        if e.type in ("PERSON", "PER", "person")
        for n in [e.name, *e.aliases]
        if _tokens(n)
    }
    ages: list[_Age] = []
    for aid, article in idx.articles.items():
        ages.extend(find_ages(aid, article.text, article.language or "en", persons))
    union = UnionFind(len(ages))
    for i in range(len(ages)):
        for j in range(i + 1, len(ages)):
            if _same_person(ages[i].name, ages[j].name):
                union.union(i, j)
    out: list[Conflict] = []
    for comp in union.groups():
        group = [ages[i] for i in comp]
        by_article: dict[str, set[int]] = defaultdict(set)
        for a in group:
            by_article[a.article].add(a.age)
        if len({a.age for a in group}) < 2 or any(len(v) > 1 for v in by_article.values()):
            continue
        by_age: dict[int, list[_Age]] = defaultdict(list)
        for a in group:
            by_age[a.age].append(a)
        written = Counter(a.written for a in group)
        name = max(written, key=lambda n: (written[n], -len(n)))
        conflict = age_conflict(f"{name}'s age", by_age, idx, settings)
        if conflict is not None:
            out.append(conflict)
    return out


def birthday_between(by_age: dict[int, list[_Age]], idx, settings: CompareSettings) -> bool:  # type: ignore[no-untyped-def]
    """Each older age published after every younger one, by at most one year per year
    between the reports (a birthday), and the reports at least `age_update_days` apart."""
    spans = []
    for age in sorted(by_age):
        days = [idx.articles[a.article].published for a in by_age[age]]
        if None in days:
            return False
        spans.append((age, min(days), max(days)))  # type: ignore[type-var]
    for (age0, _, last0), (age1, first1, _) in zip(spans, spans[1:], strict=False):
        gap = (first1 - last0).days
        if gap < settings.age_update_days or age1 - age0 > gap // 365 + 1:
            return False
    return True


def age_conflict(topic: str, by_age: dict[int, list], idx, settings: CompareSettings) -> Conflict | None:  # type: ignore[no-untyped-def]
    """One person's ages as a dispute (the age most reports give first), or None when the
    sides are not of different sources or an article sits on two; a birthday between the
    reports makes it a change over time (`birthday_between`)."""
    variants = [
        Variant(value=str(age), articles=unique(x.article for x in xs), mentions=[x.span for x in xs])
        for age, xs in sorted(by_age.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]
    if not cross_source(variants, idx, rewrites=False) or not one_count_per_article(variants):
        return None
    return make_conflict("number", topic, variants, idx, over_time=birthday_between(by_age, idx, settings))
