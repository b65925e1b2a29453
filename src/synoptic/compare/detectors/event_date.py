"""Date disputes about the story's event in statements the aligner kept apart.

"The shooting happened Friday, June 3" and "... were home alone on June 1 when the
tragedy occurred" say when the event took place in sentences that share almost no
words, so no fact holds both. A sentence states its event's date when an occurrence
verb ("happened", "a eu lieu", "ocurrió", "وقع") has an event noun for subject (the
word right before it after a determiner, or the definite noun right after it in
Arabic) and the sentence gives exactly one event date, to the day. Two such
statements from different sources date one event when their event nouns are the same
word, or when one is a noun a report uses for whatever happened ("the tragedy", "the
incident"). They dispute when their dates differ and can be compared (`date.py`'s
rules: fixed dates, or weekdays by name). When in doubt, no dispute:

- each side is its article's only date for that event noun;
- an event noun the story counts ("the first shooting", "the shootings", "another
  quake": ordinals in `lang/xx/disputes.py`) names several events and is left out;
- the articles were published at most `event_date_days` days apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from unidecode import unidecode

from synoptic import lang
from synoptic.compare.detectors import date as date_detector
from synoptic.compare.detectors import time as time_detector
from synoptic.compare.evidence import StoryInputs, make_conflict
from synoptic.model import Conflict, Span, Variant
from synoptic.settings import CompareSettings

_DETERMINERS = (
    "the this that le la les ce cette el los las este esta il lo gli "
    "der die das den dem de het deze dit"
).split()


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(subject-first verbs, verb-first verbs): European languages put the event noun
    before the occurrence verb; Arabic after it."""
    verb_first = lang.dispute_words("ar", "OCCURRENCE_VERBS")
    others = lang.all_dispute_words("OCCURRENCE_VERBS") - verb_first
    det = "|".join(re.escape(d) for d in sorted(set(_DETERMINERS), key=len, reverse=True))
    verbs = "|".join(re.escape(v) for v in sorted(others, key=len, reverse=True))
    before = re.compile(
        rf"(?:^|[\s(])(?:(?:{det})\s+|l['’])(?:[^\W\d_]+\s+)?(?P<head>[^\W\d_]{{4,}})\s+(?:{verbs})\b",
        re.IGNORECASE,
    )
    ar = "|".join(re.escape(v) for v in sorted(verb_first, key=len, reverse=True))
    after = re.compile(rf"(?:^|\s)[وف]?(?:{ar})\s+(?P<head>ال\w{{3,}})")
    return before, after


@dataclass
class _Occurrence:
    head: str  # folded event noun
    dated: date_detector._Dated
    sentence: Span


def _heads(text: str) -> list[str]:
    before, after = _patterns()
    stop = lang.all_stop_words("STOP_WORDS")
    out = []
    for m in before.finditer(text):
        head = unidecode(m.group("head")).casefold()
        if head not in stop:
            out.append(head)
    out.extend(m.group("head") for m in after.finditer(text))
    return out


def _occurrences(story: StoryInputs) -> list[_Occurrence]:
    idx, analyses = story.index, story.analyses
    anchor = date_detector._common_anchor(analyses, idx)
    out: list[_Occurrence] = []
    for aid, article in idx.articles.items():
        analysis = analyses.get(aid)
        if analysis is None:
            continue
        for sent in idx.sentences.get(aid, []):
            text = article.text[sent.start : sent.end]
            heads = set(_heads(text))
            if len(heads) != 1:
                continue  # no event named, or two events in one sentence
            sentence = Span(aid, sent.start, sent.end, text)
            dated = date_detector._one_date(sentence, analysis, anchor, article.published)
            if dated is None or dated.precision != "day" or dated.future:
                continue
            out.append(_Occurrence(heads.pop(), dated, sentence))
    return out


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    return frozenset(unidecode(w).casefold() for w in lang.all_dispute_words("GENERIC_EVENT_NOUNS"))


def _same_event(a: _Occurrence, b: _Occurrence) -> bool:
    generic = _generic()
    return lang.stem(a.head) == lang.stem(b.head) or a.head in generic or b.head in generic


_TOKEN = re.compile(r"\w+")


def _fold_word(word: str) -> str:
    """Latin-script words unaccented and lower-cased; other scripts (Arabic) as written."""
    return unidecode(word).casefold() if word.isascii() or word[0].isalpha() and ord(word[0]) < 0x250 else word


def _several(story: StoryInputs, heads: set[str]) -> set[str]:
    """The event nouns among `heads` the story counts ("the first shooting", "another
    quake", Arabic "الهزة الثانية") or writes in the plural ("the shootings"): it reports
    several such events, so two dates of that noun may be two events."""
    ordinals = {_fold_word(w) for w in lang.all_dispute_words("ORDINALS")}
    counted: set[str] = set()
    words_seen: set[str] = set()
    for article in story.index.articles.values():
        words = [_fold_word(w) for w in _TOKEN.findall(article.text)]
        words_seen.update(words)
        for k, w in enumerate(words):
            if w in ordinals:
                counted.update(lang.stem(x) for x in words[k + 1 : k + 3])  # "the first (fatal) shooting"
                if k:
                    counted.add(lang.stem(words[k - 1]))  # Arabic: the ordinal after its noun
    return {
        h for h in heads
        if lang.stem(h) in counted or f"{h}s" in words_seen or f"{h}es" in words_seen
    }


def detect(story: StoryInputs, found: list[Conflict], settings: CompareSettings) -> list[Conflict]:
    """Statements of when the story's event happened, from different sources, that give
    different days."""
    idx = story.index
    taken = {(m.article, m.start) for c in found for v in c.variants for m in v.mentions}
    items = [o for o in _occurrences(story) if (o.dated.span.article, o.dated.span.start) not in taken]
    if not items:
        return []
    several = _several(story, {o.head for o in items})
    # a noun the story counts names several events: its dates are not one event's
    items = [o for o in items if o.head not in several]
    pairs: list[tuple[_Occurrence, _Occurrence]] = []
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            if idx.group(a.sentence.article) == idx.group(b.sentence.article) or not _same_event(a, b):
                continue
            pa, pb = a.dated.published, b.dated.published
            if pa and pb and abs((pa - pb).days) > settings.event_date_days:
                continue
            if not date_detector._dates_comparable(a.dated, b.dated):
                continue
            # each side is its article's only date for that event
            if any(
                o is not x and o.sentence.article == x.sentence.article and _same_event(o, x)
                and not date_detector._dates_agree(o.dated, x.dated)
                for x in (a, b) for o in items
            ):
                continue
            if not date_detector._dates_agree(a.dated, b.dated):
                pairs.append((a, b))
    out = []
    for a, b in pairs:
        variants = [
            Variant(value=date_detector._date_label([o.dated]), articles=[o.sentence.article], mentions=[o.dated.span])
            for o in (a, b)
        ]
        generic = _generic()
        head = next((o.head for o in (a, b) if o.head not in generic), a.head)
        topic = f"date: the {head}"
        out.append(make_conflict("date", topic, variants, idx))
    return time_detector._merge_sides(out)
