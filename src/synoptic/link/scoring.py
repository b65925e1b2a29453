"""Pair scores of articles for story grouping (see `link/stories.py`): cosine of vectors,
rare names and numbers in common, cosine of TF-IDF words, with the weights of `LinkSettings`."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable

import numpy as np

from synoptic.link.features import Features, no_weights, no_words
from synoptic.settings import LinkSettings
from synoptic.vectors import WORD_BUCKETS


def smoothed_idf(docs: int, count: int | np.ndarray) -> float | np.ndarray:
    """Smoothed inverse document frequency of a name or word found in `count` of `docs`
    articles; an array of counts gives an array of weights."""
    if isinstance(count, np.ndarray):
        return np.log((docs + 1) / (count + 1.0)) + 1.0
    return math.log((docs + 1) / (count + 1)) + 1.0


def idf_weights(feats: list[Features]) -> Callable[[str], float]:
    """IDF of names over a batch."""
    df: Counter = Counter()
    for f in feats:
        df.update(f.names)
    docs = len(feats)
    return lambda name: smoothed_idf(docs, df.get(name, 0))


WordWeights = Callable[[np.ndarray], np.ndarray]


def word_idf_weights(feats: list[Features]) -> WordWeights:
    """IDF of word buckets over a batch (a function of an array of buckets)."""
    df = np.bincount(np.concatenate([f.words for f in feats] or [no_words()]), minlength=1)
    docs = len(feats)

    def weights(words: np.ndarray) -> np.ndarray:
        return smoothed_idf(docs, df[words])

    return weights


def word_matrix(feats: list[Features], word_idf: WordWeights):  # -> scipy.sparse.csr_matrix
    """Rows: each article's TF-IDF word vector, unit length (an article without words: zeros)."""
    from scipy.sparse import csr_matrix

    indptr = np.cumsum([0] + [len(f.words) for f in feats])
    words = np.concatenate([f.words for f in feats] or [no_words()])
    data = np.concatenate([f.word_tf for f in feats] or [no_weights()]).astype(np.float64)
    data = data * word_idf(words) if words.size else data
    matrix = csr_matrix((data, words, indptr), shape=(len(feats), WORD_BUCKETS))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return csr_matrix(matrix.multiply(1.0 / norms[:, None]))


def membership(sets: list[frozenset[str]]) -> tuple[object, list[str]]:
    """A sparse 0/1 matrix: row i marks the keys of sets[i]."""
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for i, keys in enumerate(sets):
        for k in keys:
            rows.append(i)
            cols.append(vocab.setdefault(k, len(vocab)))
    matrix = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(sets), max(1, len(vocab))))
    return matrix, list(vocab)


def overlap(a: frozenset[str] | set[str], b: frozenset[str] | set[str], floor: int) -> float:
    """Shared share of the smaller set, damped when the sets are tiny."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / max(floor, min(len(a), len(b)))


def unknown_names_term(settings: LinkSettings) -> float:
    """The name term of a pair whose names can not be compared (too few, or a script
    without capitals): it puts the pair's decision at cosine `story_cosine_alone`."""
    return settings.story_threshold - settings.story_cosine_weight * settings.story_cosine_alone


def score_matrix(
    feats: list[Features], settings: LinkSettings, idf: Callable[[str], float], word_idf: WordWeights
) -> np.ndarray:
    """Pair scores of all articles at once; entry (i, j) equals `pair_score` of the two.

    Time is not part of a pair's score: two articles a week apart belong to one story
    when coverage went on in between (`split_silences` cuts where it did not).
    """
    n = len(feats)
    vectors = np.stack([f.vector for f in feats]).astype(np.float64)
    score = settings.story_cosine_weight * (vectors @ vectors.T)
    if settings.story_word_weight:
        words = word_matrix(feats, word_idf)
        score += settings.story_word_weight * (words @ words.T).toarray()
    # names: IDF of the names in common over the smaller side's total, where both name enough
    names, vocab = membership([f.names for f in feats])
    if vocab:
        weights = np.array([idf(k) for k in vocab])
        shared = (names.multiply(weights[None, :]) @ names.T).toarray()
        total = np.asarray(names @ weights).ravel()
        enough = np.asarray(names.sum(axis=1)).ravel() >= settings.story_name_min
        smaller = np.minimum.outer(total, total)
        share = np.divide(shared, smaller, out=np.zeros_like(shared), where=smaller > 0)
        known = np.outer(enough, enough) & (smaller > 0)
        score += np.where(known, settings.story_name_weight * (share - settings.story_name_prior),
                          unknown_names_term(settings))
    else:
        score += unknown_names_term(settings)
    # numbers: shared count over the smaller set, damped below `story_number_floor`
    numbers, vocab = membership([f.numbers for f in feats])
    if vocab:
        shared = (numbers @ numbers.T).toarray()
        sizes = np.asarray(numbers.sum(axis=1)).ravel()
        floor = np.maximum(settings.story_number_floor, np.minimum.outer(sizes, sizes))
        both = np.outer(sizes > 0, sizes > 0)
        score += np.where(both, settings.story_number_weight * shared / floor, 0.0)
    np.fill_diagonal(score, score.max() if n else 0.0)
    return score


def batch_similarity(feats: list[Features], settings: LinkSettings) -> np.ndarray:
    """Pair scores of a batch, names and words weighted by their IDF over the batch."""
    return score_matrix(feats, settings, idf_weights(feats), word_idf_weights(feats))

