"""Lexical evidence shared by fact alignment and the brief: terms, names, numbers, concepts.

Language-agnostic on purpose: words are unicode `\\w` runs, "stems" are 5-character
prefixes (prefix truncation is a known strong stemmer substitute across European
languages), names are capitalized non-initial words canonicalized across spelling
variants ("Ryabkov" / "Riabkov") with rapidfuzz, and term weights are IDF within the
story, so words every article repeats carry little evidence.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import regex
from rapidfuzz import fuzz
from unidecode import unidecode

from synoptic import lang

# Letters with their combining marks (Devanagari vowel signs are marks, not \w).
_WORD = regex.compile(r"\d+(?:[.,]\d+)*|[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*")
_NUMBER = re.compile(r"^\d[\d,.]*$")

# Function words of the languages the stack reads most; IDF handles the rest.
STOP_WORDS = lang.all_stop_words()


def words(text: str) -> list[str]:
    return list(_words(text))


@lru_cache(maxsize=1 << 12)  # a story's sentence is read for names, terms, clauses and concepts
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text))


def word_count(text: str) -> int:
    """Words as a reader (and ROUGE length limits) count them: whitespace-separated."""
    return len(text.split())


@lru_cache(maxsize=1 << 15)  # asked of every word of every sentence, by several detectors
def stem(token: str) -> str:
    if _NUMBER.match(token):
        return token.replace(",", "").rstrip(".")
    return lang.stem(token)


@lru_cache(maxsize=1 << 15)  # asked of every word of every sentence, by several detectors
def is_content(token: str) -> bool:
    low = token.casefold()
    if _NUMBER.match(low):
        return True
    return len(low) >= 3 and low not in STOP_WORDS


@lru_cache(maxsize=1 << 15)  # asked of every word of every sentence, by several detectors
def fold_word(token: str) -> str:
    """A word without case or accents, in ASCII ("Élysée" -> "elysee")."""
    return unidecode(token).casefold()


def is_name(token: str, initial: bool) -> bool:
    """A capitalized word that is not sentence-initial (or an acronym anywhere)."""
    if len(token) < 3 or not token[0].isupper():
        return False
    if token.isupper() and token.isalpha():
        return True
    return not initial and token.casefold() not in STOP_WORDS


def canonical_names(texts: Iterable[str], min_ratio: float, min_chars: int) -> dict[str, str]:
    """Map each name spelling of a story to one canonical key (spelling variants merge)."""
    counts: Counter[str] = Counter()
    for text in texts:
        toks = words(text)
        for i, tok in enumerate(toks):
            if is_name(tok, i == 0):
                counts[fold_word(tok)] += 1
    canon: dict[str, str] = {}
    heads: list[str] = []
    for key, _ in counts.most_common():
        match = None
        if len(key) >= min_chars:
            for head in heads:
                if head[0] == key[0] and len(head) >= min_chars and fuzz.ratio(key, head) >= min_ratio:
                    match = head
                    break
        if match is None:
            heads.append(key)
            match = key
        canon[key] = match
    return canon


@dataclass
class Terms:
    """The content terms of one text: stems, canonical names ("N:"), numbers ("#:")."""

    terms: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)


def extract_terms(text: str, names: dict[str, str]) -> Terms:
    out = Terms()
    toks = words(text)
    for i, tok in enumerate(toks):
        if is_name(tok, i == 0):
            key = names.get(fold_word(tok), fold_word(tok))
            out.names.add(key)
            out.terms.add("N:" + key)
        elif _NUMBER.match(tok):
            num = stem(tok)
            out.numbers.add(num)
            out.terms.add("#:" + num)
        elif is_content(tok):
            out.terms.add(stem(tok))
    return out


def idf_weights(term_sets: Sequence[set[str]]) -> dict[str, float]:
    """Smoothed IDF over a story's sentences."""
    n = len(term_sets)
    df: Counter[str] = Counter()
    for terms in term_sets:
        df.update(terms)
    return {t: math.log((n + 1) / (d + 0.5)) for t, d in df.items()}


def weighted_overlap(a: set[str], b: set[str], idf: dict[str, float]) -> tuple[float, float]:
    """(dice, containment) of two term sets, IDF-weighted.

    Containment divides by the smaller side, so a short statement inside a long
    sentence that says several things still scores high.
    """
    if not a or not b:
        return 0.0, 0.0
    shared = sum(idf.get(t, 0.0) for t in a & b)
    wa = sum(idf.get(t, 0.0) for t in a)
    wb = sum(idf.get(t, 0.0) for t in b)
    if wa <= 0 or wb <= 0:
        return 0.0, 0.0
    return 2 * shared / (wa + wb), shared / min(wa, wb)


def concepts(text: str) -> set[str]:
    """Content unigrams and bigrams (stemmed), the units a summary should cover."""
    found = words(text)
    toks = [stem(t) for t in found]
    content = [is_content(t) for t in found]
    out = {t for t, c in zip(toks, content, strict=True) if c}
    for i in range(len(toks) - 1):
        if content[i] or content[i + 1]:
            out.add(toks[i] + " " + toks[i + 1])
    return out
