"""Record disputes: one named competitor given two win-loss records.

A record counts only where it is bound to a name in the text, in the apposition sports
reports use: "Wladimir Klitschko (52-3, 46 KOs)", "Riddick Bowe, 43-1, 33 KO's,", "Klitschko,
58-3 with 51 knockouts", "the Saints (11-5)", "Klitschko improved to 58-3". A record next to no name ("improved to 58-3")
could be anyone's, and a score ("a 17-14 victory") is no record. When in doubt, no dispute:

- a surname alone ("Bowe (45-1)") is the one person of that surname the same article names
  in full; two of them (brothers), or none while the story names several: left out;
- an article that gives one competitor two records is counting two spans ("10-5-2 since
  knocking out Lennox Lewis"): that competitor is left out;
- records whose numbers of bouts differ by more than `record_bouts_gap` count two spans of a
  career (or one is a score), not one record told two ways;
- a record with more bouts, published after every report of the other at least one day
  earlier, is the record updated by the event (a preview, then the result): not a dispute;
- both sides come from different sources (origin groups).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from unidecode import unidecode

from synoptic import lang
from synoptic.compare.detectors.bound_names import NAME, full_names, fullest
from synoptic.compare.detectors.series import went_on_between
from synoptic.compare.evidence import (
    StoryInputs,
    cross_source,
    make_conflict,
    one_count_per_article,
    variant_of,
)
from synoptic.model import Conflict, Span
from synoptic.settings import CompareSettings

# wins-losses(-draws): one to three digits each, not a date, a year span or a phone number
_RECORD = r"(?P<record>\d{1,3}-\d{1,3}(?:-\d{1,3})?)(?![\d-])"
# "Name (52-3" / "Name, 53-3," / "Name, 58-3 with": the record stands in apposition to the name
_BOUND = (
    re.compile(rf"(?<![\w'’])(?P<name>{NAME})\s*\(\s*{_RECORD}(?=\s*[,;)])"),
    # the comma form only with its knockouts after it ("53-3, 47 KO's", "58-3 with 51"): "beat the
    # host Jaguars, 31-24, on Thursday" is a score
    re.compile(rf"(?<![\w'’])(?P<name>{NAME}),\s*{_RECORD}(?=\s*,\s*\d|\s+with\s+\d)"),
    # "Klitschko improved to 58-3", "Thompson, who was the mandatory challenger, fell to 36-3"
    # the verbs of moving to a record are the language's (`lang/xx/disputes.py` RECORD_MOVES)
    re.compile(rf"(?<![\w'’])(?P<name>{NAME})(?:,\s+who\s+[^,.;]{{1,80}},)?\s+"
               rf"(?:{'|'.join(sorted(lang.all_dispute_words('RECORD_MOVES')))})\s+to\s+{_RECORD}"),
)
# words a name run may start with that are no part of the name ("Former Heavyweight Champion,")
_LEADING = frozenset("the a an former".split())


@dataclass
class _Record:
    name: tuple[str, ...]  # folded name tokens
    written: str
    record: tuple[int, ...]
    span: Span
    article: str


def _tokens(name: str) -> tuple[str, ...]:
    words = [unidecode(w).casefold().strip(".'’") for w in name.split()]
    while words and words[0] in _LEADING:
        words = words[1:]
    return tuple(w for w in words if w)


def find_records(article_id: str, text: str) -> list[_Record]:
    """Records bound to a name in one article, a surname alone resolved to the article's
    one full name of that surname."""
    full = full_names(text, _tokens)
    out = []
    for pattern in _BOUND:
        for m in pattern.finditer(text):
            tokens = _tokens(m.group("name"))
            if not tokens:
                continue
            if len(tokens) == 1:
                longest = fullest(tokens[0], full)
                if len(longest) > 1:
                    continue  # two people of that surname in the article
                if longest:
                    (tokens,) = longest
            raw = m.group("record")
            out.append(_Record(tokens, m.group("name"), tuple(int(x) for x in raw.split("-")),
                               Span(article_id, m.start("record"), m.end("record"), raw), article_id))
    return out


def _same(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One competitor: the same name, or the same last name and another name in common, or
    a last name alone that the story gives one full name for (checked by the caller)."""
    return a == b or (a[-1] == b[-1] and bool(set(a[:-1]) & set(b[:-1])))


def _bouts(record: tuple[int, ...]) -> int:
    return sum(record)


def detect(story: StoryInputs, settings: CompareSettings) -> list[Conflict]:
    """Win-loss records given to one named competitor that cannot both be right."""
    idx = story.index
    records: list[_Record] = []
    for aid, article in idx.articles.items():
        records.extend(find_records(aid, article.text))
    full_by_last: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for r in records:
        if len(r.name) >= 2:
            full_by_last[r.name[-1]].add(r.name)
    groups: dict[tuple[str, ...], list[_Record]] = defaultdict(list)
    for r in records:
        key = r.name
        if len(key) == 1 and len(full_by_last.get(key[0], set())) == 1:
            (key,) = full_by_last[key[0]]
        match = next((k for k in groups if _same(k, key)), key)
        groups[match].append(r)
    out: list[Conflict] = []
    for items in groups.values():
        by_article: dict[str, set[tuple[int, ...]]] = defaultdict(set)
        for r in items:
            by_article[r.article].add(r.record)
        if any(len(v) > 1 for v in by_article.values()):
            continue  # one article, two records: two spans of a career
        by_value: dict[tuple[int, ...], list[_Record]] = defaultdict(list)
        for r in items:
            by_value[r.record].append(r)
        if len(by_value) < 2 or went_on_between(by_value, _bouts, idx, settings.record_update_days):
            continue
        bouts = [_bouts(v) for v in by_value]
        if max(bouts) - min(bouts) > settings.record_bouts_gap:
            continue  # records of two spans, or a score read as a record
        variants = [
            variant_of("-".join(map(str, value)), [r.span for r in rs])
            for value, rs in sorted(by_value.items(), key=lambda kv: -len(kv[1]))
        ]
        if not cross_source(variants, idx, rewrites=False) or not one_count_per_article(variants):
            continue
        written = Counter(r.written for r in items)
        name = max(written, key=lambda n: (len(n.split()), written[n]))
        out.append(make_conflict("number", f"{name}'s record", variants, idx))
    return out
