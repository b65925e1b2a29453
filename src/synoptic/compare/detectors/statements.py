"""What one named subject is said to do or be, read off the words right after its name.

The cross-statement claim finders (`cross_claims.py`, `state_claims.py`) compare statements
the aligner kept apart, so they need what each sentence says of whom without a parser. A
statement here is a name of one of the story's people or organisations (a canonical entity)
followed at once by what it did: an apposition may stand between ("Smith, 45, was"),
auxiliaries and adverbs may ("has not yet been"), nothing else. A pronoun, a possessive
("Smith's wife was killed") or a relative clause ("the man who shot Smith was killed") is
no statement of that name. Sentences that cannot be one source's own claim are left out
whole: questions, conditions and modals (`CLAIM_HEDGES`), a party's side ("X denied
that...", `SIDE_VERBS`), quoted words, and asides about another incident.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from unidecode import unidecode

from synoptic import lang
from synoptic.compare.evidence import StoryInputs
from synoptic.model import Span

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+|[,;:()\"“”«»—–]|\.(?=\s|$)")
# an apposition between a name and its verb: ", 45," / ", a Bloomington man," (short)
_APPOSITION = re.compile(r"\s*,\s*(?:[^,;:.()\"“”]{1,40}?)\s*,")
_QUOTE_MARKS = '"“”«»'
_BREAKS = frozenset(',;:()"“”«»—–.')
_BE = frozenset("be been being is are was were got".split())
_OBJECT_WORDS = 8  # content words after the verb read as what it bears on


@dataclass(frozen=True)
class Statement:
    sentence: Span  # the whole sentence (what a reader is shown)
    entity: str  # canonical entity id of the subject
    negated: bool
    verb: str  # the verb as written, folded
    verb_key: str  # its lemma-like key ("lived", "living" -> "liv")
    after: tuple[str, ...]  # folded words from the verb to the clause's end
    objects: frozenset[str]  # content stems after the verb
    timed: bool  # a time word in it: one moment of a story that moves
    passive: bool  # a form of "be" before the verb ("was killed", not "killed a deputy")
    said: bool  # a verb of saying or knowing (`SKIP_VERBS`): what a party told, not what happened


def _words(purpose: str, module: str = "claims") -> frozenset[str]:
    return frozenset(unidecode(w).casefold() for w in claim_words(purpose, module))


@lru_cache(maxsize=32)
def claim_words(purpose: str, module: str = "claims") -> frozenset[str]:
    """A list of `lang/xx/claims.py` (or another module) over every language."""
    import importlib
    import importlib.util

    out: set[str] = set()
    for code in lang.LANGUAGES:
        name = f"synoptic.lang.{code}.{module}"
        if importlib.util.find_spec(name) is None:
            continue
        out |= set(getattr(importlib.import_module(name), purpose, ()))
    return frozenset(out)


def verb_key(word: str) -> str:
    """A lemma-like key of an English-like verb form: "lived", "lives", "living" -> "liv";
    "stopped" -> "stop"; "carried" -> "carry"."""
    w = word.casefold()
    for suffix, repl in (
        ("ied", "y"),
        ("ies", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + repl
            break
    if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "aeiouls":
        w = w[:-1]  # "stopp" -> "stop"
    return w.rstrip("e") if len(w) > 3 else w


def _entity_mentions(story: StoryInputs) -> dict[str, tuple[list[int], list[tuple[int, int, str]]]]:
    """Per article: mention starts (sorted) and (start, end, entity id) of people and
    organisations."""
    by_article: dict[str, list[tuple[int, int, str]]] = {}
    for e in story.entities:
        if e.type not in ("PERSON", "ORG") or e.kind == "outlet":
            continue
        for m in e.mentions:
            by_article.setdefault(m.article, []).append((m.start, m.end, e.id))
    return {a: ([s for s, _, _ in sorted(v)], sorted(v)) for a, v in by_article.items()}


def story_sentences(story: StoryInputs) -> list[Span]:
    idx = story.index
    out = []
    for aid, spans in idx.sentences.items():
        analysis = story.analyses.get(aid)
        asides = {s.span.start for s in (analysis.sentences if analysis else []) if s.aside}
        out.extend(s for s in spans if s.start not in asides)
    return out


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    return {
        "negators": _words("NEGATORS"),
        "gap": _words("NEGATION_GAP") | lang.all_dispute_words("ACT_AUXILIARIES"),
        "skip": _words("SKIP_VERBS"),
        "side": _words("SIDE_VERBS"),
        "scope": _words("NEGATION_SCOPE"),
        "side_openers": _words("SIDE_SPEAKERS"),
        "time": _words("TIME_WORDS"),
        "hedges": frozenset(
            unidecode(w).casefold() for w in lang.all_dispute_words("CLAIM_HEDGES")
        ),
        "stop": lang.all_stop_words("STOP_WORDS") | lang.all_stop_words("FUNCTION_WORDS"),
    }


@lru_cache(maxsize=1 << 15)  # asked of every word of every sentence, by several detectors
def _fold(token: str) -> str:
    return unidecode(token).casefold().replace("’", "'")


_QUOTED = re.compile(r"[\"“«]([^\"”»]*)[\"”»]")
_SPEECH_WORDS = 4  # words in quotation marks that make them someone's words, not a title


def readable(text: str) -> bool:
    """A sentence that may be one source's own statement of what happened: no question,
    no quoted words (a title in quotation marks is fine), no hedge, no party's side."""
    if "?" in text:
        return False
    marks = sum(text.count(q) for q in _QUOTE_MARKS)
    if marks % 2 or any(len(m.group(1).split()) >= _SPEECH_WORDS for m in _QUOTED.finditer(text)):
        return False  # a quotation, or a part of one running over several sentences
    tokens = [_fold(t) for t in _TOKEN.findall(text)]
    words = set(tokens)
    lists = _lists()
    if any(f"{a} {b}" in lists["side_openers"] for a, b in zip(tokens, tokens[1:], strict=False)):
        return False  # "Some said ...", "witnesses said ...": an account, not the outlet's claim
    return not (words & lists["hedges"] or words & lists["side"])


def _subjects(
    sent: Span,
    mentions: tuple[list[int], list[tuple[int, int, str]]],
    people: set[str],
    previous: int,
    single: frozenset[str],
) -> list[tuple[int, str]]:
    """(where the subject ends in the sentence, its entity) for every name in the sentence and
    every subject pronoun ("he", "she") whose person is the one person named between the
    previous sentence's start and the pronoun, and every "the <noun>" of a person the story
    speaks of as one (`single`)."""
    starts, spans = mentions
    out = []
    i = bisect_left(starts, sent.start)
    while i < len(spans) and spans[i][0] < sent.end:
        start, end, entity = spans[i]
        i += 1
        if end <= sent.end:
            out.append((end - sent.start, entity))
    for m in _THE_NOUN.finditer(sent.text):
        noun = _fold(m.group(1))
        if noun in single:
            out.append((m.end(), f"{_NOUN}{noun}"))
    pronouns = _words("SUBJECT_PRONOUNS")
    for m in _TOKEN.finditer(sent.text):
        if _fold(m.group(0)) not in pronouns:
            continue
        at = sent.start + m.start()
        lo, hi = bisect_left(starts, previous), bisect_left(starts, at)
        named = {ent for _, end, ent in spans[lo:hi] if ent in people and end <= at}
        if len(named) == 1:
            out.append((m.end(), next(iter(named))))
    return out


_THE_NOUN = re.compile(r"\b[Tt]he\s+([a-z]+)\b")
_NOUN = "the "  # the entity key of a person named by a noun: "the woman"


def _single_people(story: StoryInputs) -> frozenset[str]:
    """Person nouns (`PERSON_NOUNS`) the story's articles use of one person only: never in
    the plural, never after a word that counts another ("another woman", "a second man")."""
    pairs = [p.split() for p in claim_words("PERSON_NOUNS")]
    others = frozenset(unidecode(w).casefold() for w in lang.all_dispute_words("ANOTHER_PERSON"))
    seen: set[str] = set()
    many: set[str] = set()
    for article in story.index.articles.values():
        tokens = [_fold(t) for t in _TOKEN.findall(article.text)]
        for before, word in zip(["", *tokens], tokens, strict=False):
            seen.add(word)
            if before in others:
                many.add(word)
    return frozenset(
        one for one, plural in pairs if one in seen and one not in many and plural not in seen
    )


def statements(story: StoryInputs) -> list[Statement]:
    """Every statement of a named subject in the story's readable sentences."""
    mentions = _entity_mentions(story)
    people = {e.id for e in story.entities if e.type == "PERSON"}
    single = _single_people(story)
    lists = _lists()
    out: list[Statement] = []
    previous: dict[str, int] = {}
    for sent in story_sentences(story):
        before = previous.get(sent.article, sent.start)
        previous[sent.article] = sent.start
        if not readable(sent.text):
            continue
        for at, entity in _subjects(
            sent, mentions.get(sent.article, ([], [])), people, before, single
        ):
            found = _after_name(sent, at, lists)
            if found is not None:
                negated, verb, after, passive, timed_before = found
                objects = frozenset(
                    lang.stem(w)
                    for w in after[1:]
                    if len(w) >= 3 and w not in lists["stop"] and w.isalpha()
                )
                timed = timed_before or bool(set(after) & lists["time"])
                said = verb in lists["skip"]
                out.append(
                    Statement(
                        sent,
                        entity,
                        negated,
                        verb,
                        verb_key(verb),
                        after,
                        objects,
                        timed,
                        passive,
                        said,
                    )
                )
    return out


def _after_name(
    sent: Span, at: int, lists: dict[str, frozenset[str]]
) -> tuple[bool, str, tuple[str, ...], bool, bool] | None:
    """(negated, verb, words from the verb to the clause's end, passive, a time word before
    the verb) right after a name ending at
    `at` in the sentence, or None when no verb follows the name at once."""
    rest = sent.text[at:]
    if rest[:1] in "'’":
        return None  # a possessive: "Smith's wife"
    m = _APPOSITION.match(rest)
    if m:  # an apposition: ", 45," stands between
        rest = rest[m.end() :]
    raw = _TOKEN.findall(rest)
    tokens = [_fold(t) for t in raw]
    negated = False
    k = 0
    while k < len(tokens) and (
        tokens[k] in lists["gap"] or tokens[k] in lists["negators"] or tokens[k].endswith("n't")
    ):
        if tokens[k] in lists["negators"] or tokens[k].endswith("n't"):
            negated = True
        k += 1
    if k >= len(tokens):
        return None
    verb = tokens[k]
    if (
        not raw[k].islower()
        or not verb.isalpha()
        or len(verb) < 3
        or verb in lists["stop"]
        or verb in lists["gap"]
    ):
        return None
    after: list[str] = []
    for t in tokens[k:]:
        if t in _BREAKS or len(after) >= _OBJECT_WORDS + 1:
            break
        after.append(t)
    if negated and any(w in lists["scope"] or w.isdigit() for w in after[1:3]):
        return None  # "has not sent only three observers": the negation bears on the count
    # the words before the verb carry the time too ("later died", "was initially held")
    return (
        negated,
        verb,
        tuple(after),
        bool(set(tokens[:k]) & _BE),
        bool(set(tokens[:k]) & lists["time"]),
    )
