"""Date disputes about one act, stated in statements the aligner kept apart.

"On November 19, INS Tabar sunk a fishing trawler" and "on November 18, it had sunk Thai
trawler" date one act in background sentences that share too few words to be one fact.
Each dated statement is read as (act, participant, date):

- the act: a verb or event noun of one family of `lang/xx/dated_acts.py` ("shot",
  "killed", "the shooting of" are one attack on a person; a death is another act);
- its participant: who or what it was done to, by the head of the noun phrase after the
  act ("sunk a fishing trawler", "the sinking of a Thai trawler") or, when the verb is
  passive, before it ("Grigoropoulos, 15, was killed"), or the subject of an act told of
  its subject ("LaRue died"); vague heads ("the victim") name no one and the statement is
  left out; a pronoun ("he pleaded guilty") stands for the participant of a statement the
  aligner made one fact with it;
- its date: the event date of the sentence nearest the act word, within
  `act_date_reach` words, when the act is also the act nearest that date (a date dates
  one act: "On Wednesday, two officers involved in Saturday's shooting were arrested").

Two statements from different sources with the same act and participant (first five
letters) dispute when their dates disagree under `date.py`'s rules (fixed dates, or
weekdays by name; one relative expression read against two publication days is one
date). When in doubt, no dispute:

- a clause with a plan, a condition, a denial or a report of the act ("was announced") is
  no statement of the act, and one that says it happened again ("another", "second") may
  be another act;
- a participant that is a common noun ("a teenage boy") must come with another word both
  statements share, words every such report shares ("police") aside: two boys shot in
  two towns are two acts;
- an article giving that act and participant two dates tells of several acts: none of its
  statements is used;
- the dates are at most `act_date_max_days` apart (a month apart for a month: "in July
  1973" / "On June 27, 1973"); further apart they are more likely two acts of one kind;
- the articles were published at most `event_date_days` days apart (later reports may
  tell of a later act).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import lru_cache

from unidecode import unidecode

from synoptic import lang
from synoptic.compare.detectors import date as date_detector
from synoptic.compare.detectors import time as time_detector
from synoptic.compare.evidence import StoryInputs, make_conflict
from synoptic.lang import language_code
from synoptic.model import Conflict, Span, Variant
from synoptic.settings import CompareSettings

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*|[^\w\s]")


@dataclass(frozen=True)
class _Words:
    acts: dict[tuple[str, ...], str]  # folded word sequence -> family
    passive: frozenset[str]
    of: frozenset[str]
    end: frozenset[str]
    skip: frozenset[str]
    vague: frozenset[str]
    repeat: frozenset[str]
    not_done: frozenset[str]
    pronouns: frozenset[str]
    common: frozenset[str]
    relatives: frozenset[str]
    head_last: bool
    # the acts' first words, to pass over a sentence with none before reading its words (a
    # substring of the folded sentence: folding goes letter by letter, so none is missed)
    firsts: re.Pattern[str]
    first_words: frozenset[str]  # the same, as words: where `_acts` may find an act
    longest: int  # words of the longest act


@lru_cache(maxsize=16)
def _words(code: str | None) -> _Words | None:
    """The language's act words, or None when it has none."""
    if not code:
        return None
    try:
        module = importlib.import_module(f"synoptic.lang.{code}.dated_acts")
    except ModuleNotFoundError:
        return None
    acts: dict[tuple[str, ...], str] = {}
    for line in module.ACTS:
        family, forms = line.split(":", 1)
        for form in forms.split("|"):
            acts[tuple(form.split())] = family.strip()
    return _Words(
        acts,
        module.PASSIVE,
        module.OF,
        module.PHRASE_END,
        module.SKIP,
        module.VAGUE,
        module.REPEAT,
        module.NOT_DONE,
        module.PRONOUNS,
        module.COMMON,
        module.RELATIVES,
        module.HEAD_LAST,
        re.compile("|".join(sorted({re.escape(k[0]) for k in acts}, key=len, reverse=True)) or "(?!)"),
        frozenset(k[0] for k in acts),
        max((len(k) for k in acts), default=1),
    )


def _fold_text(text: str) -> str:
    return unidecode(text).casefold().replace("'", "").replace("’", "")


# a word is asked of in each sentence it is in; a sentence once (`_fold_text`, not kept)
_fold = lru_cache(maxsize=1 << 15)(_fold_text)


@dataclass
class _Token:
    text: str  # folded
    start: int  # offset in the sentence
    end: int
    capital: bool  # written with a capital: a name, or a sentence's first word


def _tokens(text: str) -> list[_Token]:
    return [
        _Token(_fold(m.group()), m.start(), m.end(), m.group()[:1].isupper())
        for m in _WORD.finditer(text)
    ]


def _acts(tokens: list[_Token], words: _Words) -> list[tuple[int, int, str]]:
    """(first token, last token + 1, family) of each act word; longest forms first."""
    out: list[tuple[int, int, str]] = []
    longest = words.longest
    k = 0
    while k < len(tokens):
        if tokens[k].text not in words.first_words:  # no act opens on this word
            k += 1
            continue
        for n in range(longest, 0, -1):
            key = tuple(t.text for t in tokens[k : k + n])
            if len(key) == n and key in words.acts:
                out.append((k, k + n, words.acts[key]))
                k += n - 1
                break
        k += 1
    return out


def _is_word(t: _Token) -> bool:
    return t.text[:1].isalnum()


def _head(phrase: list[_Token], words: _Words) -> str | None:
    """The head of a noun phrase's words; "" for a pronoun; None when it names no one in
    particular."""
    content = [t for t in phrase if t.text not in words.skip and not t.text.isdigit()]
    if not content:
        return None
    head = (content[-1] if words.head_last else content[0]).text
    if head in words.pronouns:
        return ""
    if head in words.vague or len(head) < 3 or not head.isalpha():
        return None
    return head


# acts whose participant is their subject: who died, who pleaded guilty, who resigned
_SUBJECT_ACTS = frozenset({"death", "plead", "resign", "escape"})
# auxiliaries between a subject and its verb ("had been let go", "a ete tue")
_AUXILIARIES = frozenset("had has have avait avaient a ont".split())


def _participant(
    tokens: list[_Token], first: int, last: int, family: str, dated: set[int], words: _Words
) -> str | None:
    """Who or what the act was done to: before a passive auxiliary (or before the verb of an
    act told of its subject), else the noun phrase after the act, dates left out."""
    before = [t.text for t in tokens[max(0, first - 2) : first]]
    if (
        any(w in words.passive for w in before)
        or family in _SUBJECT_ACTS
        and first
        and tokens[first - 1].text not in words.of
    ):
        k = first - 1
        while k >= 0 and (tokens[k].text in words.passive or tokens[k].text in _AUXILIARIES):
            k -= 1
        if k >= 0 and tokens[k].text in words.relatives:
            k -= 1  # "Christian Bandemer, 16, who was shot"
        # "Grigoropoulos, 15, was killed": an age between the name and its verb
        while k >= 0 and (not _is_word(tokens[k]) or tokens[k].text.isdigit()):
            k -= 1
        if k < 0 or k in dated or tokens[k].text in words.end:
            return None
        if (
            family in _SUBJECT_ACTS
            and not tokens[k].capital
            and tokens[k].text not in words.pronouns
        ):
            return None  # "who passed money to the burglars, died": a common noun may end a clause
        return _head([tokens[k]], words)
    k = last
    if k < len(tokens) and tokens[k].text in words.of:
        k += 1
    phrase: list[_Token] = []
    while (
        k < len(tokens)
        and k not in dated
        and _is_word(tokens[k])
        and tokens[k].text not in words.end
        and len(phrase) < 5
    ):
        phrase.append(tokens[k])
        k += 1
    return _head(phrase, words)


@dataclass
class _Stated:
    family: str
    participant: str  # first five letters of the head; "": a pronoun ("he")
    act: str  # the act as written
    head: str
    dated: date_detector._Dated
    sentence: Span
    named: bool  # the participant is a name ("Grigoropoulos"), not a common noun ("trawler")
    words: frozenset[str]  # the sentence's content words (stems), act, dates and stop words aside


def _word_index(tokens: list[_Token], offset: int) -> int:
    """The index of the token at or after a character offset in the sentence."""
    return next((k for k, t in enumerate(tokens) if t.end > offset), len(tokens))


def _statements(story: StoryInputs, settings: CompareSettings) -> list[_Stated]:
    idx, analyses = story.index, story.analyses
    anchor = date_detector._common_anchor(analyses, idx)
    out: list[_Stated] = []
    for aid, article in idx.articles.items():
        words = _words(language_code(article.language))
        analysis = analyses.get(aid)
        if words is None or analysis is None:
            continue
        for sent in idx.sentences.get(aid, []):
            text = article.text[sent.start : sent.end]
            if not words.firsts.search(_fold_text(text)):
                continue
            tokens = _tokens(text)
            acts = _acts(tokens, words)
            if not acts:
                continue
            sentence = Span(aid, sent.start, sent.end, text)
            dates = [
                d
                for d in date_detector._event_dates(sentence, analysis, anchor, article.published)
                if not d.future and d.precision in ("day", "month")
            ]
            out.extend(_pair_up(tokens, acts, dates, sentence, words, settings))
    return out


def _pair_up(
    tokens: list[_Token],
    acts: list[tuple[int, int, str]],
    dates: list[date_detector._Dated],
    sentence: Span,
    words: _Words,
    settings: CompareSettings,
) -> list[_Stated]:
    """Each act with the date nearest it, when the act is the one nearest that date too."""
    spans = [
        (
            _word_index(tokens, d.span.start - sentence.start),
            _word_index(tokens, d.span.end - sentence.start - 1),
            d,
        )
        for d in dates
    ]

    dated = {k for lo, hi, _ in spans for k in range(lo, hi + 1)}
    acting = {k for lo, hi, _ in acts for k in range(lo, hi)}
    stop = lang.all_stop_words("STOP_WORDS")
    content = frozenset(
        lang.stem(t.text)
        for k, t in enumerate(tokens)
        if k not in dated
        and k not in acting
        and len(t.text) > 3
        and t.text.isalpha()
        and t.text not in stop
        and t.text not in words.common
    )

    def gap(act: tuple[int, int, str], span: tuple[int, int, object]) -> int:
        """Words (punctuation aside) between an act and a date."""
        lo, hi = (act[1], span[0]) if span[0] >= act[1] else (span[1] + 1, act[0])
        return sum(1 for t in tokens[lo:hi] if _is_word(t))

    out = []
    for act in acts:
        if not spans:
            break
        near = min(spans, key=lambda s: gap(act, s))
        if (
            gap(act, near) > settings.act_date_reach
            or min(acts, key=lambda a: gap(a, near)) is not act
        ):
            continue
        lo, hi = min(act[0], near[0]), max(act[1], near[1] + 1)
        clause = {t.text for t in tokens[max(0, lo - 3) : hi]}
        if clause & (words.not_done | words.repeat):
            continue
        head = _participant(tokens, act[0], act[1], act[2], dated, words)
        if head is None or _charge_named(tokens, act[0], acts):
            continue
        written = sentence.text[tokens[act[0]].start : tokens[act[1] - 1].end]
        named = any(t.text == head and t.capital for t in tokens[1:])
        out.append(_Stated(act[2], head[:5], written, head, near[2], sentence, named, content))
    return out


def _charge_named(tokens: list[_Token], first: int, acts: list[tuple[int, int, str]]) -> bool:
    """Is the act what someone is charged with ("charged with first-degree murder", "a
    charge of murder"), not an act told?"""
    return any(f == "charge" and k < first <= k + 4 for k, _, f in acts)


def _close(a: date_detector._Dated, b: date_detector._Dated, settings: CompareSettings) -> bool:
    """Dates near enough to be one act told two ways: days within `act_date_max_days`;
    a month against a day or a month, months next to each other."""
    if a.precision == b.precision == "day":
        return abs((a.value - b.value).days) <= settings.act_date_max_days
    months = abs((a.value.year * 12 + a.value.month) - (b.value.year * 12 + b.value.month))
    return months <= 1


def _facts_of(sentence: Span, story: StoryInputs) -> frozenset[str]:
    """The aligned facts a sentence is a mention of."""
    return frozenset(
        fid
        for start, end, fid in story.index.fact_spans.get(sentence.article, [])
        if start < sentence.end and sentence.start < end
    )


def _one_act(a: _Stated, b: _Stated, story: StoryInputs) -> bool:
    """One act: one family and one participant, or, when one side names its participant
    by a pronoun ("he pleaded guilty"), statements the aligner made one fact."""
    if a.family != b.family or not (a.participant or b.participant):
        return False
    if a.participant and b.participant:
        if a.participant != b.participant:
            return False
        # a common noun ("a teenage boy") may be two people of two acts of one kind: the
        # statements must share another word ("pirates") unless it is a name
        return (
            a.named or b.named or bool((a.words & b.words) - {lang.stem(a.head), lang.stem(b.head)})
        )
    return bool(_facts_of(a.sentence, story) & _facts_of(b.sentence, story))


def detect(story: StoryInputs, found: list[Conflict], settings: CompareSettings) -> list[Conflict]:
    """Statements from different sources that date one act with one participant on other days."""
    idx = story.index
    taken = {(m.article, m.start) for c in found for v in c.variants for m in v.mentions}
    items = [
        s
        for s in _statements(story, settings)
        if (s.dated.span.article, s.dated.span.start) not in taken
    ]
    # an article dating one act two ways tells of several acts (or of one it is unsure of)
    several = {
        (a.sentence.article, a.family, a.participant)
        for a in items
        for b in items
        if a.sentence.article == b.sentence.article
        and a.family == b.family
        and (a.participant == b.participant or "" in (a.participant, b.participant))
        and not date_detector._dates_agree(a.dated, b.dated)
    }
    items = [s for s in items if (s.sentence.article, s.family, s.participant) not in several]
    out = []
    for i, a in enumerate(items):
        for b in items[i + 1 :]:
            if not _one_act(a, b, story) or idx.group(a.sentence.article) == idx.group(
                b.sentence.article
            ):
                continue
            pa, pb = a.dated.published, b.dated.published
            if pa and pb and abs((pa - pb).days) > settings.event_date_days:
                continue
            if not date_detector._dates_comparable(a.dated, b.dated) or date_detector._dates_agree(
                a.dated, b.dated
            ):
                continue
            if not _close(a.dated, b.dated, settings):
                continue
            variants = [
                Variant(
                    value=date_detector._date_label([s.dated]),
                    articles=[s.sentence.article],
                    mentions=[s.dated.span],
                )
                for s in (a, b)
            ]
            named = a if a.head else b
            out.append(
                make_conflict(
                    "date", f"date: {named.act.casefold()} {named.head}".strip(), variants, idx
                )
            )
    return time_detector._merge_sides(out)
