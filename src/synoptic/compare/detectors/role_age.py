"""Age disputes of one unnamed person bound by the part they play in the event.

"A 45-year-old man was arrested" / "police arrested a 47-year-old man": an unnamed person
is the same person in two reports when the reports give them the same noun ("man") and the
same part in the event (the one killed, the one hurt, the one arrested or charged), and each
report knows only one such person. The part is read from the verb that governs the aged noun:
before it, with the noun its object ("police arrested a 47-year-old man", "killing a
45-year-old woman"), or after it, with the noun its subject ("a 45-year-old man was
arrested", "a 45-year-old man died"), or the noun it stands in apposition to ("the suspect,
a 45-year-old man"); words of `toll_kind` (English, French, Spanish), those of a charge and
"victim". A bare "shot" says no part (the one shot may have died or lived).

When in doubt, no dispute:
- an article that gives its noun two ages anywhere, or two parts (two people), or counts
  two or more people of that part ("two men were arrested") is left out;
- the ages are at most `unnamed_age_gap` years apart (two sources' age of one person, not
  two people of one noun);
- one year apart in reports published at least `age_update_days` apart: a birthday between
  them (`age.birthday_between`), an update;
- reports published more than `toll_max_days_apart` days apart: maybe another event;
- one origin (rewrites of one report) is no dispute.
Ages bound to a name are `age.py`'s; lists of aged people that agree on one are
`unnamed_age.py`'s (a noun it reports is not reported again here).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from synoptic import lang
from synoptic.compare import toll_kind
from synoptic.compare.detectors.age import age_conflict
from synoptic.compare.evidence import (
    StoryInputs,
)
from synoptic.model import Conflict, Span
from synoptic.settings import CompareSettings

# "a 45-year-old man", "the 47-year old Bloomington woman" (up to two capitalized words between)
_AGED = re.compile(
    r"\b(?P<age>\d{1,2})[-\s]year[-\s]old\s+(?:[A-Z][\w'’.-]*\s+){0,2}(?P<noun>[a-z]{3,})\b"
)
# "Boy, 17, arrested after ...", "the woman, 45, died": the age in commas after the noun
_AGED_AFTER = re.compile(r"\b(?P<noun>[A-Za-z]{3,}),\s+(?P<age>\d{1,2}),")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# a charge or a suspicion: the part of the one held ("was charged", "accused", "the suspect, a
# 45-year-old man", "identified the gunman as a 45-year-old man"); the one a report calls the
# victim has a part of their own (killed or hurt, the word does not say)
_CHARGED = re.compile(r"^(?:charg|accus|indict|booked$|suspect|gunm[ae]n$|shooters?$)", re.IGNORECASE)
_VICTIM = re.compile(r"^victims?$", re.IGNORECASE)
# words between a governing verb and the noun, or the noun and its verb, that say nothing of
# the part ("police arrested a 47-year-old man"; "a 45-year-old man was later arrested", "was
# shot and killed": "shot" alone says no part, the verb after it does)
_BEFORE_SKIP = frozenset("a an the another also later then as is was his her their its".split())
_AUXILIARIES = frozenset("was were is are has had have been being be got gets".split())
_AFTER_SKIP = _AUXILIARIES | frozenset(
    "also later then reportedly allegedly subsequently critically seriously badly shot and".split()
)
# after a participle with no auxiliary, what shows it passive ("Boy, 17, arrested after ...",
# "a man killed in the crash") rather than active ("a man killed his wife"): a preposition,
# a time word or the clause's end
_PASSIVE_NEXT = frozenset(
    """in at on of after by during near for with while outside inside overnight early late last
    this yesterday today tonight monday tuesday wednesday thursday friday saturday sunday""".split()
)
# verbs whose subject plays the part whatever follows ("died", "dies", "is dead")
_INTRANSITIVE = re.compile(r"^(?:die[sd]?|dying|dead|perish)", re.IGNORECASE)
# the parts of an event a person plays, by the word that governs them
_PARTS = {"dead": "killed", "hurt": "hurt", "held": "held", "victim": "(victim)"}


@dataclass
class _Aged:
    age: int
    noun: str
    part: str  # "dead", "hurt", "held" or ""
    span: Span
    article: str


def _part(word: str) -> str:
    if _CHARGED.match(word):
        return "held"
    if _VICTIM.match(word):
        return "victim"
    return toll_kind._kind(word)  # noqa: SLF001  (one reading of the toll words)


def _governing_part(before: str, after: str) -> str:
    """The part the verb before (the noun its object) or after (the noun its subject, in the
    passive or of a verb like "died") gives, or ""."""
    parts = set()
    for w in reversed(_WORD.findall(before)[-4:]):
        if w.casefold() in _BEFORE_SKIP:
            continue
        parts.add(_part(w))
        break
    clause = re.split(r"[,;:.!?()]", after, maxsplit=1)[0]
    words = _WORD.findall(clause)[:7]
    k, passive = 0, False
    if words[:1] and words[0].casefold() == "who":
        k = 1  # "who was killed", not "who killed his wife"
        if not (words[1:2] and words[1].casefold() in _AUXILIARIES):
            words = []
    while k < len(words) and words[k].casefold() in _AFTER_SKIP:
        passive = passive or words[k].casefold() in _AUXILIARIES
        k += 1
    if k < len(words):
        w, nxt = words[k], (words[k + 1].casefold() if k + 1 < len(words) else "")
        if passive or _INTRANSITIVE.match(w) or not nxt or nxt in _PASSIVE_NEXT:
            parts.add(_part(w))
    parts.discard("")
    return parts.pop() if len(parts) == 1 else ""


def _article_aged(aid: str, text: str, spans: list[tuple[int, int]] | None = None) -> list[_Aged]:
    """The aged people nouns of an article with the part each plays; only in `spans` (the
    article's own sentences: no aside about another incident, no subhead) when given."""
    people = lang.all_dispute_words("PEOPLE_KINDS") | lang.all_dispute_words("MALE_PEOPLE") | lang.all_dispute_words(
        "FEMALE_PEOPLE"
    )
    out = []
    for s0, s1 in spans if spans is not None else [(0, len(text))]:
        found = [(m, text.index("old", m.start()) + 3) for m in _AGED.finditer(text, s0, s1)]
        found += [(m, m.end("age")) for m in _AGED_AFTER.finditer(text, s0, s1)]
        for m, age_end in sorted(found, key=lambda f: f[0].start()):
            noun = m.group("noun").casefold()
            if noun not in people:
                continue
            start, end = min(m.start("age"), m.start("noun")), m.end()
            part = _governing_part(text[max(s0, start - 60) : start], text[end : min(s1, end + 80)])
            at = m.start("age")
            out.append(_Aged(int(m.group("age")), noun, part, Span(aid, at, age_end, text[at:age_end]), aid))
    return out


def _several(story: StoryInputs, aid: str, part: str) -> bool:
    """Does the article count two or more people of this part ("two men were arrested")?"""
    analysis = story.analyses.get(aid)
    if analysis is None:
        return False
    for q in analysis.quantities:
        top = q.high if q.high is not None else q.low
        if q.unit == "year-old" or top is None or top < 2:
            continue
        sent = story.index.sentence_of(q.span)
        if toll_kind.toll_kind(q, sent) == part:
            return True
    return False


def detect(story: StoryInputs, settings: CompareSettings, skip: frozenset[str] = frozenset()) -> list[Conflict]:
    """One unnamed person of one part in the event given two ages by two sources."""
    idx = story.index
    sides: dict[tuple[str, str], dict[int, list[_Aged]]] = defaultdict(lambda: defaultdict(list))
    for aid, article in idx.articles.items():
        if (article.language or "en").split("-")[0] != "en":
            continue
        by_noun: dict[str, list[_Aged]] = defaultdict(list)
        analysis = story.analyses.get(aid)
        spans = [(x.span.start, x.span.end) for x in analysis.sentences if not (x.aside or x.is_heading)] if analysis else None
        for item in _article_aged(aid, article.text, spans):
            by_noun[item.noun].append(item)
        for noun, items in by_noun.items():
            ages = {x.age for x in items}
            parts = {x.part for x in items} - {""}
            if noun in skip or len(ages) != 1 or len(parts) != 1:
                continue  # two people of one noun, or a part not said
            (part,) = parts
            if _several(story, aid, part):
                continue
            first = next(x for x in items if x.part)
            sides[(noun, part)][first.age].append(first)
    out: list[Conflict] = []
    for (noun, part), by_age in sides.items():
        if len(by_age) != 2:
            continue
        (a, b) = sorted(by_age)
        if b - a > settings.unnamed_age_gap:
            continue
        days = [idx.articles[x.article].published for xs in by_age.values() for x in xs]
        known = [d for d in days if d is not None]
        if known and (max(known) - min(known)).days > settings.toll_max_days_apart:
            continue
        conflict = age_conflict(f"age of the {noun} {_PARTS[part]}", by_age, idx, settings)
        if conflict is not None:
            out.append(conflict)
    return out
