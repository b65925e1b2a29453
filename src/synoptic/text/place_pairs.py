"""Places named after a preposition, and the place written after a place ("in Cupertino,
California"): a region of it, never a person and never a speaker.

The prepositions are each language's `PLACE_PREPOSITIONS` (`synoptic.lang`); without a
language, every language's. A name right after "<preposition> <place>," is the region, state
or country of that place ("tijdens het evenement in Cupertino, Californië en zei dat …":
"Californië" was a person and the quote's speaker; Wikinews trial nl/214601, development),
which CLDR's list of territories does not hold for states and provinces.
"""

from __future__ import annotations

import re
from functools import lru_cache

from synoptic import lang
from synoptic.text import names as nm
from synoptic.text import person_evidence as pe
from synoptic.text.tokens import Candidate

_FUNCTION_WORDS = lang.all_stop_words("FUNCTION_WORDS")


@lru_cache(maxsize=32)
def place_prepositions(language: str | None) -> frozenset[str]:
    """The article's language's place prepositions; every language's when it is unknown."""
    code = lang.language_code(language)
    own = lang.stop_words(code, "PLACE_PREPOSITIONS") if code else frozenset()
    return own or lang.all_stop_words("PLACE_PREPOSITIONS")


def _preposition_ends(before: str, language: str | None) -> bool:
    """The text ends on a place preposition, an article after it or not."""
    preps = place_prepositions(language)
    words = before.lower().split()[-2:]
    if words and words[-1] not in preps and words[-1] in _FUNCTION_WORDS:
        words = words[:-1]
    return bool(words) and words[-1] in preps


def after_place_preposition(text: str, start: int, language: str | None = None) -> bool:
    """A place preposition before the name at `start`, an article between or not, or
    before the place the name follows with a comma ("in Cupertino, Californië",
    "at the Cupertino, California event"): the name is the preposition's object."""
    before = text[max(0, start - 60) : start]
    if _preposition_ends(before, language):
        return True
    head = before.rstrip()
    if not head.endswith(","):
        return False
    words = head[:-1].split()
    k = len(words)
    while k and len(words) - k < 4 and words[k - 1][:1].isupper():
        k -= 1
    return k < len(words) and _preposition_ends(" ".join(words[:k]), language)


def regions_after_places(cands: list[Candidate], text: str, language: str | None, surnames: set[str]) -> None:
    """A one-word name right after "<preposition> <place>," is a place (the region of the
    one before), unless a title, an honorific, an age, the article's naming of a person in
    full or a known given name says it is a person's ("in Paris, Marie said")."""
    ordered = sorted(cands, key=lambda c: c.start)
    for prev, c in zip(ordered, ordered[1:], strict=False):
        if prev.type_hint != "PLACE" or c.type_hint == "PLACE" or len(c.tokens) != 1:
            continue
        if not re.fullmatch(r"\s*,\s*", text[prev.end : c.start]):
            continue
        if c.honorific or c.role_span is not None or c.extra.get("pre_role") or c.extra.get("age") or c.extra.get("who"):
            continue
        word = c.tokens[0].text
        if nm.translit_key(word) in surnames or pe.given_name_word(word) or c.tokens[0].is_acronym:
            continue
        before = text[max(0, prev.start - 30) : prev.start]
        if not _preposition_ends(before, language):
            continue
        nxt = re.match(r"\s*([^\W\d_][\w'’-]*)", text[c.end : c.end + 40])
        if nxt and (nxt.group(1)[:1].isupper() or nm.singular(nxt.group(1).lower()) in nm.TITLE_HEADS):
            continue  # "in San Francisco, Apple CEO Steve Jobs introduced": a title's organisation
        after = text[c.end : c.end + 2]
        if after[:1] in ("'", "’") or after == "s'":
            continue  # "in California, Apple Computer's home state": an apposition, no region
        if _fronted(text, prev.start, language) and not after.startswith(","):
            continue  # "In Geneva, Lavrov said": the phrase opens the sentence, its subject follows
        c.type_hint = "PLACE"
        c.place_context = True
        for key in ("weak", "by_cue", "person_context"):
            c.extra.pop(key, None)



def _fronted(text: str, at: int, language: str | None) -> bool:
    """The preposition (an article after it or not) before `at` opens its sentence or line."""
    words = list(re.finditer(r"\S+", text[max(0, at - 30) : at]))
    if not words:
        return False
    first = words[-1] if words[-1].group().lower() in place_prepositions(language) or len(words) < 2 else words[-2]
    rest = text[: max(0, at - 30) + first.start()].rstrip(" \t")
    return not rest or rest[-1] in ".!?\n:;\"“”«»"
