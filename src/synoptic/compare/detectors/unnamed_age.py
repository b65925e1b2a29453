"""Age disputes of unnamed people listed alike in two statements.

"Detectives say a 46-year old man ... killed a 47-year old woman and 12-year old girl" /
"The 46-year-old man was found in the garage and a 47-year-old woman and 11-year-old
girl were found in the front yard": two statements from two sources (of one aligned fact,
or any two sentences of the story) name the same people by age and noun, agree on at least
one of them (the woman, 47) and differ on exactly one (the girl, 12 / 11). The ages they
agree on tie the two lists to the same people, however differently the rest of the
sentences goes (the aligner may keep them apart); an age
next to no name is otherwise anyone's, and `age.py` leaves it out. When in doubt, no
dispute:

- a noun given twice in one statement ("a 16-year-old girl and a 14-year-old girl") or
  with two ages anywhere in one article names two people and is left out;
- the differing ages are at most `unnamed_age_gap` years apart (one person's age as two
  sources give it, not two people of one noun);
- one year apart in reports published at least `age_update_days` apart: a birthday
  between them (`age.birthday_between`), an update.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from synoptic.compare.detectors import role_age
from synoptic.compare.detectors.age import age_conflict
from synoptic.compare.evidence import (
    StoryInputs,
)
from synoptic.model import Conflict, Span
from synoptic.settings import CompareSettings

# "12-year old girl", "47-year-old woman", "11-year-old stepdaughter" (lower-case noun: no name)
_AGED_NOUN = re.compile(r"\b(\d{1,3})[-\s]year[-\s]old\s+([a-z]{3,})\b")
_MAX_AGE = 115


@dataclass
class _Aged:
    age: int
    noun: str
    span: Span
    article: str


def _aged(span: Span) -> dict[str, _Aged]:
    """The statement's ages by noun; a noun given twice (two people) is left out."""
    found: dict[str, list[_Aged]] = defaultdict(list)
    for m in _AGED_NOUN.finditer(span.text):
        age = int(m.group(1))
        if 1 <= age <= _MAX_AGE:
            start = span.start + m.start(1)
            end = span.start + m.start(2) - 1
            text = span.text[m.start(1) : m.start(2) - 1]
            found[m.group(2)].append(_Aged(age, m.group(2), Span(span.article, start, end, text), span.article))
    return {noun: items[0] for noun, items in found.items() if len(items) == 1}


def _article_ages(text: str) -> dict[str, set[int]]:
    ages: dict[str, set[int]] = defaultdict(set)
    for m in _AGED_NOUN.finditer(text):
        ages[m.group(2)].add(int(m.group(1)))
    return ages


def _statements(story: StoryInputs) -> list[list[Span]]:
    """Groups of statements to compare: each aligned fact's mentions, and all the story's
    sentences (the lists of ages themselves tie two statements to one set of people: two
    reports of one shooting word the rest of their sentences differently, "A 16-year-old boy
    and 17-year-old girl are each charged" / "a 17-year-old girl and 15-year-old boy forced
    their way into the home")."""
    idx = story.index
    sentences = [s for aid in idx.articles for s in idx.sentences.get(aid, []) if _AGED_NOUN.search(s.text)]
    return [list(f.mentions) for f in story.facts] + [sentences]


def detect(story: StoryInputs, settings: CompareSettings) -> list[Conflict]:
    """One unnamed person of two alike lists given two ages by two sources."""
    idx = story.index
    in_article = {aid: _article_ages(a.text) for aid, a in idx.articles.items()}
    sides: dict[str, dict[int, dict[tuple[str, int], _Aged]]] = defaultdict(lambda: defaultdict(dict))
    for statements in _statements(story):
        if len({idx.group(m.article) for m in statements}) < 2:
            continue
        lists = [_aged(m) for m in statements]
        for i in range(len(lists)):
            for j in range(i + 1, len(lists)):
                a, b = lists[i], lists[j]
                if not a or not b or idx.group(statements[i].article) == idx.group(statements[j].article):
                    continue
                shared = set(a) & set(b)
                agree = [n for n in shared if a[n].age == b[n].age]
                differ = [n for n in shared if a[n].age != b[n].age]
                if not agree or len(differ) != 1:
                    continue
                (noun,) = differ
                if abs(a[noun].age - b[noun].age) > settings.unnamed_age_gap:
                    continue
                for item in (a[noun], b[noun]):
                    if len(in_article[item.article].get(noun, set())) == 1:
                        sides[noun][item.age][(item.article, item.span.start)] = item
    out: list[Conflict] = []
    for noun, by_age_spans in sides.items():
        if len(by_age_spans) < 2:
            continue
        by_age = {age: list(items.values()) for age, items in by_age_spans.items()}
        conflict = age_conflict(f"age of the {noun}", by_age, idx, settings)
        if conflict is not None:
            out.append(conflict)
    # one unnamed person bound by their part in the event ("a 45-year-old man was arrested")
    found = frozenset(c.topic.removeprefix("age of the ") for c in out)
    return out + role_age.detect(story, settings, skip=found)
