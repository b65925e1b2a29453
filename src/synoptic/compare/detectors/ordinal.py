"""Ordinal disputes: one named bearer's rank in a series, told as two ordinals.

An ordinal counts only where it is tied to a name and a head noun, in three forms:

- a possessive: "Klitchsko's sixth defense of the IBF belt" (bearer Klitschko, head
  "defense");
- a copula: "Cheeks, who was fired ..., is the fourth head coach since ..." / "Cheeks will be
  the fifth Sixers coach" (bearer Cheeks, head "coach"; `lang/xx/disputes.py`
  ORDINAL_COPULAS);
- a repeated act: "Klitschko (52-3, 46 knockouts) retained his ... title for the fifth time"
  (`REPEAT_PHRASES`, "for the {ord} time"): the head is the act, named by the noun
  `REPEAT_ACTS` gives its verb ("retained" -> "defense"), else by the verb itself.

The ordinal words and their values are `ORDINAL_VALUES`; "5th" is read too. When in doubt,
no dispute:

- a surname alone is the one person of that surname the article names in full; a story that
  names two full names of one surname (brothers) leaves that surname alone out;
- an article that gives one bearer and head two ordinals (a series and a sub-series,
  "sixth defense ... and third this year") is left out of that pair;
- where both sentences name what the series is of by an acronym or a capitalised name ("IBF",
  "International Boxing Federation"), they name the same;
- ordinals further apart than `ordinal_gap` count two series ("his second victory over
  Thompson", "his 58th victory"), not one told two ways;
- a higher ordinal published `record_update_days` or more after every report of the lower is
  the count updated by a new event (the fifth defence, then the sixth): not a dispute;
- both sides come from different sources (origin groups).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher

from unidecode import unidecode

from synoptic import lang
from synoptic.compare.detectors.bound_names import FULL, NAME, full_names, fullest
from synoptic.compare.detectors.record import _tokens as _record_tokens
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

# punctuation ends the noun phrase after an ordinal, as do stop words ("sixth defense of")
_PHRASE_END = re.compile(r"[^\w\s'’-]")
_NAME_RATIO = 0.85  # surnames this alike are one name misspelt ("Klitchsko" / "Klitschko")


@dataclass
class _Ordinal:
    bearer: tuple[str, ...]
    written: str
    head: str
    value: int
    qualifiers: frozenset[str]  # acronyms of what the series is of ("ibf")
    span: Span
    article: str


def _tokens(name: str) -> tuple[str, ...]:
    """Folded name tokens, leading function words out ("But Cheeks" -> ("cheeks",)), a
    familiar given name as its full form ("Mo Cheeks" -> ("maurice", "cheeks"))."""
    stops = lang.all_stop_words()
    words = list(_record_tokens(name))
    while words and words[0] in stops:
        words = words[1:]
    if len(words) >= 2:
        formal = {short: full for short, full in lang.all_dispute_words("NICKNAMES")}
        words[0] = formal.get(words[0], words[0])
    return tuple(words)


def _proper(word: str, text: str) -> bool:
    """Is `word` written capitalised somewhere in `text` other than at a sentence's start
    (a name, not a common word opening a sentence: "Today", "Coming")?"""
    for m in re.finditer(rf"(?<![\w'’]){re.escape(word)}(?![\w])", text):
        if not re.search(r"(?:^|[.!?:\n\"“]\s*)$", text[max(0, m.start() - 3): m.start()]):
            return True
    return False


def _values() -> dict[str, int]:
    out = {}
    for entry in lang.all_dispute_words("ORDINAL_VALUES"):
        word, value = entry.rsplit(" ", 1)
        out[word] = int(value)
    return out


_ACCENTS = {"a": "[aàâ]", "e": "[eéèê]", "i": "[iîï]", "o": "[oô]", "u": "[uùû]", "c": "[cç]"}


def _loose(word: str) -> str:
    """A pattern for an unaccented list word that also matches it accented ("cinquieme")."""
    return "".join(_ACCENTS.get(ch, re.escape(ch)) for ch in word)


def _ord_pattern(values: dict[str, int]) -> str:
    words = "|".join(_loose(w) for w in sorted(values, key=len, reverse=True))
    return rf"(?P<ord>{words}|\d{{1,2}}(?:st|nd|rd|th|e|eme|ème))"


def _value(word: str, values: dict[str, int]) -> int | None:
    low = unidecode(word).casefold()
    if low in values:
        return values[low]
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th|e|eme)", low)
    return int(m.group(1)) if m else None


def _head(after: str) -> str | None:
    """The last word of the noun phrase that starts `after` ("head coach since" -> "coach"):
    it ends at punctuation or at a stop word of any language."""
    end = _PHRASE_END.search(after)
    stops = lang.all_stop_words()
    words = []
    for w in re.findall(r"[\w'’-]+", after[: end.start() if end else len(after)]):
        if w.casefold() in stops or unidecode(w).casefold() in stops or len(words) == 3:
            break
        words.append(w)
    return unidecode(words[-1]).casefold() if words and words[-1][0].islower() else None


def _qualifiers(text: str) -> frozenset[str]:
    """Acronyms a clause names ("IBF"), and the initials of its capitalised runs
    ("International Boxing Federation" -> "ibf")."""
    out = {m.casefold() for m in re.findall(r"\b[A-Z]{2,5}\b", text)}
    for m in re.finditer(r"(?:[A-Z][a-z]+\s+){2,4}[A-Z][a-z]+", text):
        out.add("".join(w[0] for w in m.group(0).split()).casefold())
    return frozenset(out)


def _clause(text: str, start: int) -> str:
    """`text` from `start` to the end of its clause."""
    m = re.search(r"[;.!?]|\s[-–—]\s", text[start:])
    return text[start: start + m.start()] if m else text[start:]


def _phrases(key: str, ordp: str) -> list[str]:
    """The language's phrase templates ("for the {ord} time") as patterns."""
    return [r"\s+".join(ordp if w == "{ord}" else _loose(w) for w in entry.split())
            for entry in sorted(lang.all_dispute_words(key))]


def find_ordinals(article_id: str, text: str) -> list[_Ordinal]:
    """Ordinals tied to a named bearer and a head noun in one article."""
    values = _values()
    ordp = _ord_pattern(values)
    acts = dict(entry.split() for entry in lang.all_dispute_words("REPEAT_ACTS"))
    copulas = "|".join(r"\s+".join(_loose(w) for w in c.split()) for c in sorted(lang.all_dispute_words("ORDINAL_COPULAS")))
    repeats = "|".join(_phrases("REPEAT_PHRASES", ordp.replace("?P<ord>", "?:")))
    apposition = r"(?:\s*\([^()]{1,40}\))?(?:,\s+[^,.;]{1,120},)?"
    stops = lang.all_stop_words()
    patterns = [
        re.compile(rf"(?<![\w'’])(?P<name>{NAME})['’]s\s+{ordp}\s+(?P<after>[^.;]{{1,80}})"),
        re.compile(rf"(?<![\w'’])(?P<name>{NAME}){apposition}\s+(?:{copulas})\s+{ordp}\s+(?P<after>[^.;]{{1,80}})"),
    ]
    if repeats:
        patterns.append(re.compile(rf"(?<![\w'’])(?P<name>{NAME}){apposition}\s+(?P<object>[a-zà-ÿ][^.;,]{{0,80}}?)"
                                   rf"\b(?P<repeat>{repeats})\b"))
    full = full_names(text, _tokens)
    out = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            tokens = _tokens(m.group("name"))
            if not tokens or len(tokens) > 4 or all(t in stops for t in tokens):
                continue
            if len(tokens) == 1 and not _proper(m.group("name").split()[-1], text):
                continue  # "Today is the fourth anniversary": a capitalised word, no name
            if len(tokens) == 1:
                names = fullest(tokens[0], full)
                if len(names) > 1:
                    continue
                if names:
                    (tokens,) = names
            groups = m.groupdict()
            if groups.get("repeat"):
                # the act: the first word of the clause that names one, else its first word
                words = [unidecode(w).casefold() for w in re.findall(r"[\w'’-]+", groups["object"])]
                verb = next((w for w in words if w in acts), next((w for w in words if w not in stops), ""))
                if not verb:
                    continue
                inner = re.search(ordp, groups["repeat"], re.IGNORECASE)
                if inner is None:
                    continue
                head, value_word = acts.get(verb, verb), inner.group("ord")
                span_at = (m.start("repeat") + inner.start(), m.start("repeat") + inner.end())
                qualifiers = _qualifiers(groups["object"])
            else:
                head = _head(groups["after"])
                if head is None:
                    continue
                head = acts.get(head, head)  # one spelling of the act's noun
                value_word, span_at = groups["ord"], m.span("ord")
                qualifiers = _qualifiers(_clause(text, m.start("after")))
            value = _value(value_word, values)
            if value is None:
                continue
            out.append(_Ordinal(tokens, m.group("name"), head, value, qualifiers,
                                Span(article_id, span_at[0], span_at[1], text[span_at[0]: span_at[1]]), article_id))
    return out


def _same(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """One bearer: the same name, or alike last names ("Klitchsko" / "Klitschko") with the
    other names, where both give them, in common."""
    if a == b:
        return True
    if a[-1] != b[-1] and (a[-1][0] != b[-1][0] or min(len(a[-1]), len(b[-1])) < 6
                           or SequenceMatcher(None, a[-1], b[-1]).ratio() < _NAME_RATIO):
        return False
    return len(a) == 1 or len(b) == 1 or bool(set(a[:-1]) & set(b[:-1]))


def detect(story: StoryInputs, settings: CompareSettings) -> list[Conflict]:
    """Ordinals given to one named bearer's series that cannot both be right."""
    idx = story.index
    found: list[_Ordinal] = []
    for aid, article in idx.articles.items():
        found.extend(find_ordinals(aid, article.text))
    # surnames the story gives two full names for (brothers): a surname alone is left out
    firsts: dict[str, set[str]] = defaultdict(set)
    for o in found:
        if len(o.bearer) >= 2:
            firsts[o.bearer[-1]].add(o.bearer[0])
    for article in idx.articles.values():
        for m in FULL.finditer(article.text):
            tokens = _tokens(m.group(0))
            if len(tokens) == 2:
                firsts[tokens[-1]].add(tokens[0])
    groups: dict[tuple[tuple[str, ...], str], list[_Ordinal]] = defaultdict(list)
    for o in found:
        if len(o.bearer) == 1 and len(firsts.get(o.bearer[0], ())) > 1:
            continue
        match = next((k for k in groups if k[1] == o.head and _same(k[0], o.bearer)), (o.bearer, o.head))
        groups[match].append(o)
    out: list[Conflict] = []
    for (_, head), items in groups.items():
        by_article: dict[str, set[int]] = defaultdict(set)
        for o in items:
            by_article[o.article].add(o.value)
        items = [o for o in items if len(by_article[o.article]) == 1]
        by_value: dict[int, list[_Ordinal]] = defaultdict(list)
        for o in items:
            by_value[o.value].append(o)
        if len(by_value) < 2 or went_on_between(by_value, lambda v: v, idx, settings.record_update_days):
            continue
        if max(by_value) - min(by_value) > settings.ordinal_gap:
            continue  # two series ("his second victory over Thompson", "his 58th victory")
        named = [o.qualifiers for o in items if o.qualifiers]
        if named and not frozenset.intersection(*named):
            continue  # the series are of different things ("IBF" / "WBO")
        variants = [variant_of(rs[0].span.text.casefold(), [r.span for r in rs])
                    for _, rs in sorted(by_value.items(), key=lambda kv: -len(kv[1]))]
        if not cross_source(variants, idx, rewrites=False) or not one_count_per_article(variants):
            continue
        written = Counter(o.written for o in items)
        name = max(written, key=lambda n: (len(n.split()), written[n]))
        out.append(make_conflict("number", f"{name}'s rank in a series of {head}", variants, idx))
    return out
