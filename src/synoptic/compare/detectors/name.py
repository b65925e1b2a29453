"""Name disputes: one post held by a person the sources name differently.

Two reports that give the same post to people with the same surname and different given
names ("Rechter Martin Mann" / "De rechter, Anthony Mann") disagree about who holds it:
one of them has the name wrong. Each side is a person named with at least a given name
and a surname, the post word stands right before the name (as a title or in an apposition)
and is a title the text layer attached to the name on at least one side, so a verb ("said
Martin Mann") or a courtesy title ("Mr") never makes a post. When in doubt, no dispute:

- given names that may be one name (an initial, a short form, "Bob" and "Robert", a
  transliteration: "Sergei" and "Sergey", "Mikhail" and "Michael") agree;
- an article that names both people shows they are two (brothers, a couple);
- both sides must come from different sources.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from unidecode import unidecode

from synoptic import lang
from synoptic.compare.evidence import (
    StoryInputs,
    make_conflict,
    one_count_per_article,
    variant_of,
)
from synoptic.model import Conflict, Span
from synoptic.settings import CompareSettings

# the word right before a name, after an optional comma: "rechter, Anthony Mann"
_BEFORE = re.compile(r"([^\W\d_]+)\s*,?\s*$")
NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]*$")


@dataclass(frozen=True)
class _Named:
    span: Span
    given: str  # folded
    surname: str  # folded
    post: str  # folded post word before the name
    titled: bool  # the text layer attached the post to this name


@lru_cache(maxsize=1 << 15)  # asked of every word of every sentence, by several detectors
def fold(word: str) -> str:
    """A name word as names are compared: accents off, case folded, no trailing dot."""
    return unidecode(word).casefold().strip(".")


def _post_before(text: str, start: int) -> str:
    m = _BEFORE.search(text[max(0, start - 40) : start])
    return fold(m.group(1)) if m else ""


def _one_name(given_a: str, given_b: str, spelling_ratio: float) -> bool:
    """Can two given names be one person's? Initials, short forms and nicknames can."""
    if given_a == given_b or len(given_a) < 3 or len(given_b) < 3:
        return True
    if given_a.startswith(given_b) or given_b.startswith(given_a):
        return True
    if difflib.SequenceMatcher(None, given_a, given_b).ratio() >= spelling_ratio:
        return True  # spellings and transliterations of one name
    nicknames = lang.all_dispute_words("NICKNAMES")
    return (given_a, given_b) in nicknames or (given_b, given_a) in nicknames


def _named(story: StoryInputs) -> list[_Named]:
    honorifics = lang.all_dispute_words("HONORIFICS")
    stop = lang.all_stop_words("STOP_WORDS") | lang.all_stop_words("SPEECH_VERBS")
    out: list[_Named] = []
    for aid, article in story.index.articles.items():
        analysis = story.analyses.get(aid)
        if analysis is None:
            continue
        for mention in analysis.entities:
            if mention.type != "PERSON":
                continue
            words = mention.span.text.split()
            if not 2 <= len(words) <= 4 or not all(NAME_WORD.match(w) for w in words):
                continue
            if not all(w[0].isupper() for w in words):
                continue
            post = _post_before(article.text, mention.span.start)
            if len(post) < 4 or post in honorifics or post in stop:
                continue
            titled = bool(mention.role) and fold(mention.role.split()[-1]) == post
            out.append(_Named(mention.span, fold(words[0]), fold(words[-1]), post, titled))
    return out


def names_by_article(story: StoryInputs) -> dict[str, set[tuple[str, str]]]:
    """Every (given name, surname), folded, each article names a person by."""
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for aid, analysis in story.analyses.items():
        for mention in analysis.entities:
            words = mention.span.text.split()
            if mention.type == "PERSON" and len(words) >= 2:
                out[aid].add((fold(words[0]), fold(words[-1])))
    return out


def detect(story: StoryInputs, settings: CompareSettings) -> list[Conflict]:
    """People holding one post whose given names the sources give differently."""
    idx = story.index
    named = _named(story)
    full_names = names_by_article(story)  # an article naming two is two people
    by_post: dict[tuple[str, str], list[_Named]] = defaultdict(list)
    for n in named:
        by_post[(n.surname, n.post)].append(n)
    out: list[Conflict] = []
    for (surname, post), items in by_post.items():
        if not any(n.titled for n in items):
            continue  # the post word was never read as a title: maybe no post at all
        givens = sorted({n.given for n in items})
        if len(givens) < 2 or any(_one_name(a, b, settings.name_spelling_ratio) for a in givens for b in givens if a < b):
            continue
        if any(len({g for g, s in full_names[aid] if s == surname and g in givens}) > 1 for aid in full_names):
            continue
        variants = [variant_of(next(n.span.text for n in items if n.given == g),
                               (n.span for n in items if n.given == g)) for g in givens]
        if len({idx.group(a) for v in variants for a in v.articles}) < 2:
            continue
        if not one_count_per_article(variants):
            continue
        variants.sort(key=lambda v: (-idx.sources(v.articles), v.value))
        out.append(make_conflict("role", f"name of the {post}", variants, idx))
    return out
