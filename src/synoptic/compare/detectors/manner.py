"""Claim disputes: one person graded opposite ways on one participle.

"Mr Buckley was well equipped" and "Mr Buckley's group appeared to be insufficiently
equipped" share too few words for the negation and antonym rules (`polarity.py`), yet one
says the opposite of the other: the same participle ("equipped") graded by a good-manner
adverb on one side ("well", "bien", "gut") and a bad-manner one on the other ("ill",
"insufficiently", "mal", "schlecht"; `lang/xx/disputes.py`), about the same named person.
The person is the last one the sentence names before the graded participle, at most
`manner_subject_words` words before it, with no clause break or verb of saying between
(a speaker is not the subject). When in doubt, no dispute:

- a sentence naming another person after the graded participle is left out (the
  participle may describe that person: "an ill-equipped climber, Robert Buckley");
- a negation right before the adverb ("not well equipped") leaves the statement out;
- an article grading one person both ways is left out, and both sides come from
  different sources.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from unidecode import unidecode

from synoptic import lang
from synoptic.compare import polarity
from synoptic.compare.detectors import date as date_detector
from synoptic.compare.evidence import (
    PUNCT,
    StoryInputs,
    make_conflict,
    one_count_per_article,
    variant_of,
)
from synoptic.model import Conflict, Span
from synoptic.settings import CompareSettings

_QUOTES = "\"'“”‘’«»"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    adverbs = lang.all_dispute_words("GOOD_MANNER") | lang.all_dispute_words("BAD_MANNER")
    alt = "|".join(sorted(adverbs, key=len, reverse=True))
    q = re.escape(_QUOTES)
    return re.compile(
        rf"(?<![\w-])[{q}]?(?P<adv>{alt})[{q}]?(?:\s+|-)[{q}]?(?P<part>[^\W\d_]{{4,}})",
        re.IGNORECASE,
    )


@dataclass(frozen=True)
class _Graded:
    person: str  # folded surname
    participle: str  # stem
    written: str  # the participle as written ("equipped")
    good: bool
    span: Span


def _surname(mention_text: str) -> str:
    last = mention_text.split()[-1]
    last = re.sub(r"['’]s$", "", last)
    return unidecode(last).casefold()


def _graded(story: StoryInputs, settings: CompareSettings) -> list[_Graded]:
    good = lang.all_dispute_words("GOOD_MANNER")
    reporting = date_detector._REPORTING | lang.all_stop_words("SPEECH_VERBS")
    out: list[_Graded] = []
    for aid, article in story.index.articles.items():
        analysis = story.analyses.get(aid)
        if analysis is None:
            continue
        people = [e.span for e in analysis.entities if e.type == "PERSON"]
        for sent in story.index.sentences.get(aid, []):
            text = article.text[sent.start : sent.end]
            for m in _pattern().finditer(text):
                start, end = sent.start + m.start(), sent.start + m.end()
                before = [p for p in people if sent.start <= p.start and p.end <= start]
                after = [p for p in people if start < p.start and p.end <= sent.end]
                if not before or after:
                    continue
                subject = max(before, key=lambda p: p.end)
                gap = article.text[subject.end : start].split()
                if len(gap) > settings.manner_subject_words or any(w[-1:] in ",;:" for w in gap):
                    continue
                if any(w.strip(PUNCT).casefold() in reporting for w in gap):
                    continue  # "Campbell said police told him the man was well-equipped": a speaker
                head = text[: m.start()].split()[-2:]
                if polarity.read(" ".join(head)).negated:
                    continue
                written = article.text[start:end].strip(_QUOTES)
                offset = article.text.index(written, start)
                out.append(
                    _Graded(
                        person=_surname(subject.text),
                        participle=lang.stem(unidecode(m.group("part"))),
                        written=m.group("part"),
                        good=unidecode(m.group("adv")).casefold() in good,
                        span=Span(aid, offset, offset + len(written), written),
                    )
                )
    return out


def detect(story: StoryInputs, settings: CompareSettings) -> list[Conflict]:
    """A named person graded well on one side and badly on the other, on one participle."""
    idx = story.index
    by_key: dict[tuple[str, str], list[_Graded]] = defaultdict(list)
    for g in _graded(story, settings):
        by_key[(g.person, g.participle)].append(g)
    out: list[Conflict] = []
    for (person, _), items in by_key.items():
        sides = [[g for g in items if g.good], [g for g in items if not g.good]]
        if not all(sides):
            continue
        variants = [variant_of(side[0].span.text, (g.span for g in side)) for side in sides]
        if not one_count_per_article(variants):
            continue  # an article grading one person both ways: two things graded
        if len({idx.group(a) for v in variants for a in v.articles}) < 2:
            continue
        out.append(make_conflict("claim", f"whether {person.title()} was {items[0].written}", variants, idx))
    return out
