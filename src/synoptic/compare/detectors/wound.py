"""Claim disputes: where one person was hit, told as two parts of the body of two regions.

"they found a 2-year-old child with a gunshot wound to the shoulder" / "a 2-year-old child
died ... after being shot in the chest"; "Anthony Estevez, 25, was shot in the left
shoulder" / "The 25-year-old and 34-year-old victims were both shot in the left leg". A
statement of a wound is a verb of being hit followed by "in the <part>", or a wound noun
followed by "to the <part>" (`WOUND_VERBS`, `WOUND_NOUNS`, `BODY_PARTS` in
`lang/xx/disputes.py`); parts belong to regions (head, neck, torso, arm, leg), and two
statements dispute only when their regions differ: a part and the region holding it are
one answer in doubt (a jaw and the face, the face and the head, a shoulder and the arm),
and a left and a right of one part are read by `contrast.py`. The person is who the
stretch of the sentence before the wound names (since the previous wound of the sentence):
an age ("a 2-year-old", "Estevez, 25,") or a person's surname. When in doubt, no dispute:

- a statement naming two parts ("in the right leg and once in the abdomen") is left out, and
  so is one whose stretch names two people or two ages not joined as one subject ("charged
  the grandparents of 5-year-old Mariah Davis, ... and the ... of a 4-year-old boy who shot
  himself in the hand": whose wound it is, is not sure);
- statements bound to no age and no name are compared only when each is its article's one
  wound, every wound statement of the story that names someone names one and the same, and
  neither tells of one more person ("The woman was also shot": `ANOTHER_PERSON`);
- a wound told of a man (or boy, son...) and one of a woman (`MALE_PEOPLE`, `FEMALE_PEOPLE`)
  are two people's;
- an article that puts one person's wound in two regions is left out for that person, and
  the sides come from different reports (`StoryIndex.apart`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from synoptic import lang
from synoptic.compare.evidence import StoryInputs, make_conflict, one_count_per_article, variant_of
from synoptic.model import Conflict, Span
from synoptic.settings import CompareSettings

_AGE = re.compile(r"\b(\d{1,3})-year-old\b|,\s*(\d{1,2})\s*,")
# ages joined as one subject: "The 25-year-old and 34-year-old victims were both shot"
_PAIRED_AGES = re.compile(r"\d+-year-old\s+and\s+(?:a\s+)?\d+-year-old")
_OF_PART = re.compile(r"\s+of\s+(?:the|his|her|their)\s+([a-z]+)\b", re.IGNORECASE)
_NEXT = re.compile(r"\s+([^\W\d_]+)")
_OBJECTS = r"(?:(?:himself|herself|themselves|him|her|them|once|twice|again|multiple times|several times)\s+)*"


@lru_cache(maxsize=1)
def _lists() -> tuple[dict[str, str], re.Pattern[str]]:
    regions = dict(entry.split(":", 1) for entry in lang.all_dispute_words("BODY_PARTS"))
    verbs = "|".join(sorted(lang.all_dispute_words("WOUND_VERBS"), key=len, reverse=True))
    nouns = "|".join(sorted(lang.all_dispute_words("WOUND_NOUNS"), key=len, reverse=True))
    cue = re.compile(
        rf"\b(?:(?:{verbs})\s+{_OBJECTS}in|(?:{nouns})\s+to)\s+(?:the|his|her|their)\s+"
        rf"(?:(?P<side>left|right|upper|lower)\s+)?(?P<part>[a-z]+)\b",
        re.IGNORECASE,
    )
    return regions, cue


@dataclass(frozen=True)
class _Wound:
    span: Span  # the cue, "shot in the left shoulder"
    value: str  # "left shoulder"
    region: str
    ages: frozenset[str]
    names: frozenset[str]
    several: bool
    sex: str  # "m" or "f" when the stretch names people of one sex only, else ""
    another: bool  # the stretch tells of one more person ("The woman was also shot")


def _wounds(story: StoryInputs) -> dict[str, list[_Wound]]:
    regions, cue = _lists()
    out: dict[str, list[_Wound]] = defaultdict(list)
    for aid, article in story.index.articles.items():
        analysis = story.analyses.get(aid)
        if analysis is None or (article.language or "en") != "en":
            continue
        people = [e.span for e in analysis.entities if e.type == "PERSON"]
        stop = lang.stop_words("en")
        for sent in story.index.sentences.get(aid, []):
            text = sent.text
            last = 0
            found = list(cue.finditer(text))
            for k, m in enumerate(found):
                part = m.group("part").casefold()
                rest = text[m.end() :]
                inner = _OF_PART.match(rest)  # "in the back of the head": the head
                end = m.end()
                if inner and inner.group(1).casefold() in regions:
                    part, rest, end = inner.group(1).casefold(), rest[inner.end() :], end + inner.end()
                follower = _NEXT.match(rest)
                if follower and follower.group(1).islower() and follower.group(1) not in stop:
                    continue  # the word goes on: "in the back yard", "in the side door"
                region = regions.get(part)
                if region is None:
                    continue
                # a second part before the next wound of the sentence: "in the abdomen and leg"
                upto = min(found[k + 1].start() if k + 1 < len(found) else len(text), end + 45)
                after = text[end:upto].casefold()
                several = any(w in regions for w in re.findall(r"[a-z]+", after))
                stretch = (sent.start + last, sent.start + m.start())
                ages = frozenset(a or b for a, b in _AGE.findall(text[last : m.start()]))
                names = frozenset(
                    p.text.split()[-1].casefold() for p in people if stretch[0] <= p.start and p.end <= stretch[1]
                )
                if len(names) > 1 or (len(ages) > 1 and (names or not _PAIRED_AGES.search(text[last : m.start()]))):
                    last = m.end()
                    continue  # two people named before it: whose wound it is, is not sure
                side = (m.group("side") or "").casefold()
                value = f"{side} {part}".strip()
                span = Span(aid, sent.start + m.start(), sent.start + m.end(), m.group(0))
                words = {w.casefold() for w in re.findall(r"[^\W\d_]+", text[last : m.start()])}
                male, female = bool(words & _people("MALE_PEOPLE")), bool(words & _people("FEMALE_PEOPLE"))
                sex = "m" if male and not female else "f" if female and not male else ""
                another = bool(words & _people("ANOTHER_PERSON"))
                out[aid].append(_Wound(span, value, region, ages, names, several, sex, another))
                last = m.end()
    return out


def _people(purpose: str) -> frozenset[str]:
    return lang.all_dispute_words(purpose)


def _same_person(a: _Wound, b: _Wound, sole: bool) -> bool:
    if a.sex and b.sex and a.sex != b.sex:
        return False  # a man's wound and a woman's
    if a.ages or b.ages or a.names or b.names:
        return bool((a.ages & b.ages) or (a.names & b.names))
    return sole and not (a.another or b.another)


def detect(story: StoryInputs, settings: CompareSettings) -> list[Conflict]:
    """One person's wound put in two regions of the body by two reports."""
    idx = story.index
    by_article = _wounds(story)
    # the story's wounds that name someone name one person at most (one age, one surname)
    named = [w for ws in by_article.values() for w in ws if w.ages or w.names]
    one_named = len({a for w in named for a in w.ages}) <= 1 and len({n for w in named for n in w.names}) <= 1
    wounds = [(aid, w) for aid, ws in by_article.items() for w in ws if not w.several]
    out: list[Conflict] = []
    seen: set[frozenset[tuple[str, int]]] = set()
    for i, (aid, a) in enumerate(wounds):
        sides: dict[str, list[_Wound]] = defaultdict(list)
        sides[a.region].append(a)
        for bid, b in wounds[i + 1 :]:
            if bid == aid or not idx.apart(a.span, b.span):
                continue
            sole = one_named and len(by_article[aid]) == 1 and len(by_article[bid]) == 1
            if _same_person(a, b, sole):
                sides[b.region].append(b)
        if len(sides) < 2:
            continue
        variants = [variant_of(ws[0].value, (w.span for w in ws)) for ws in sides.values()]
        if not one_count_per_article(variants):
            continue
        key = frozenset((m.article, m.start) for v in variants for m in v.mentions)
        if key in seen:
            continue
        seen.add(key)
        variants.sort(key=lambda v: (-idx.sources(v.articles), v.value))
        who = sorted(a.names)[0].title() if a.names else (f"the {sorted(a.ages)[0]}-year-old" if a.ages else "the victim")
        out.append(make_conflict("claim", f"where {who} was hit", variants, idx))
    return out
