"""A background prior for the rarity of words: how common a word is in each language at
large, so that a small pile of articles still tells "police", "shot" and "county" from a
rare name.

Story grouping weighs words by their IDF over the articles it holds (`scoring.smoothed_idf`):
over thousands of articles that tells common words from rare ones, over four it can not
(every word is in one or two of them). Here each word bucket (`vectors.word_counts`) gets
the share of articles that use it in the language's background, read from the word
frequencies of the `wordfreq` package (Apache-2.0 code; its data CC BY-SA 4.0, see NOTICE):
a word of frequency f in a text of `story_background_tokens` words is in it with
probability 1 - exp(-f * tokens). The IDF then counts `story_background_docs` imaginary
background articles beside the held ones (`prior_idf`): a small pile leans on the
background, a large collection on itself. Without wordfreq, or where no article's language
is one of its lists, nothing changes.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from functools import lru_cache

import numpy as np

from synoptic.vectors import _WORD, WORD_BUCKETS, fold_text


@lru_cache(maxsize=64)
def _language_shares(language: str, tokens: float) -> tuple[np.ndarray, np.ndarray] | None:
    """The buckets of one language's background words (ascending) and their shares of
    articles; None where wordfreq or its list is missing. Kept in the user's cache folder,
    keyed by wordfreq's version: importing wordfreq and hashing its list cost a cold
    `synoptic brief` ~0.2 s (#23), loading the arrays ~1 ms."""
    from importlib.metadata import PackageNotFoundError, version

    from synoptic.util.tables import cached_pickle, user_cache_dir

    try:
        release = version("wordfreq")
    except PackageNotFoundError:
        return None
    path = user_cache_dir() / "tables" / f"background-{release}-{language}-{tokens:g}-{WORD_BUCKETS}.pickle"
    found = cached_pickle(path, lambda: _built_shares(language, tokens) or (), tuple)
    return found or None  # () : wordfreq has no list for the language


def _built_shares(language: str, tokens: float) -> tuple[np.ndarray, np.ndarray] | None:
    try:
        from wordfreq import available_languages, get_frequency_dict
    except ImportError:
        return None
    if language not in available_languages("small"):
        return None
    frequency: dict[int, float] = {}
    for word, f in get_frequency_dict(language, "small").items():
        for part in _WORD.findall(fold_text(word)):  # as `word_counts` reads the text
            bucket = zlib.crc32(part.encode("utf-8")) % WORD_BUCKETS
            frequency[bucket] = frequency.get(bucket, 0.0) + f
    buckets = np.fromiter(sorted(frequency), dtype=np.int64, count=len(frequency))
    values = np.array([frequency[b] for b in buckets.tolist()], dtype=np.float64)
    return buckets, -np.expm1(-values * tokens)


@lru_cache(maxsize=64)
def _shares(languages: tuple[str, ...], tokens: float) -> tuple[np.ndarray, np.ndarray] | None:
    """The buckets and shares of several languages' backgrounds (each bucket its largest)."""
    parts = [s for s in (_language_shares(code, tokens) for code in languages) if s is not None]
    if not parts:
        return None
    buckets = np.concatenate([b for b, _ in parts])
    values = np.concatenate([v for _, v in parts])
    order = np.lexsort((-values, buckets))  # by bucket, the largest share first
    buckets, values = buckets[order], values[order]
    first = np.ones(len(buckets), dtype=bool)
    first[1:] = buckets[1:] != buckets[:-1]
    return buckets[first], values[first]


@lru_cache(maxsize=4)
def _dense_shares(languages: tuple[str, ...], tokens: float) -> np.ndarray | None:
    """`_shares` as one array over all word buckets (0 where unknown), read by index: the
    ingest asks the shares of an article's words some 60 times (each candidate pair's word
    weights, the repair's rare names), and a binary search over the ~100k background
    buckets took 7 us a call, a lookup 0.3 (#23). 8 MB a language set, a few sets kept."""
    table = _shares(languages, tokens)
    if table is None:
        return None
    dense = np.zeros(WORD_BUCKETS, dtype=np.float64)
    dense[table[0]] = table[1]
    return dense


class Background:
    """The background shares of the languages of a collection, looked up by bucket."""

    def __init__(self, languages: Iterable[str | None], docs: float, tokens: float) -> None:
        self.docs = float(docs)
        codes = tuple(sorted({c for c in languages if c}))
        self._table = _dense_shares(codes, float(tokens)) if codes and docs > 0 else None

    @property
    def known(self) -> bool:
        return self._table is not None

    def shares(self, words: np.ndarray) -> np.ndarray:
        """Each bucket's share of background articles (0 where unknown)."""
        if self._table is None or not len(words):
            return np.zeros(len(words), dtype=np.float64)
        return self._table[words]

    def idf(self, docs: int, df: np.ndarray, words: np.ndarray) -> np.ndarray:
        """`scoring.smoothed_idf` with the background's articles counted beside the held ones."""
        if self._table is None:
            return np.log((docs + 1) / (df + 1.0)) + 1.0
        prior = self.docs
        return np.log((docs + prior + 1) / (df + prior * self.shares(words) + 1.0)) + 1.0


def background_for(languages: Iterable[str | None], settings) -> Background:
    """The background of these languages under `LinkSettings`' prior weight and text length
    (none without settings)."""
    if settings is None:
        return Background((), 0, 1)
    return Background(languages, settings.story_background_docs, settings.story_background_tokens)
