"""Sentence vectors through the story's encoder, cached by text.

Facts and the brief embed the same sentences; the cache (keyed by encoder and
text, bounded) avoids paying the neural encoder twice per story.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import Any

import numpy as np

_MAX_ENTRIES = 50_000
_caches: weakref.WeakKeyDictionary[Any, dict[str, np.ndarray]] = weakref.WeakKeyDictionary()


def _normalize(mat: np.ndarray) -> np.ndarray:
    mat = np.asarray(mat, dtype=np.float32)
    if mat.ndim == 1:
        mat = mat[None, :]
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return mat / norms


def story_encoder(encoder: Any, languages: Sequence[str | None]) -> Any:
    """The encoder to use for a story: a lexical one when the given encoder does not
    know the language of most of its sentences (its vectors would be noise there)."""
    supports = getattr(encoder, "supports", None)
    if not callable(supports) or not languages:
        return encoder
    unknown = sum(1 for lang in languages if lang and not supports(lang))
    if unknown * 2 <= len(languages):
        return encoder
    from synoptic import vectors
    from synoptic.settings import VectorSettings

    return vectors.get_encoder(VectorSettings(encoder="tfidf"))


def embed(encoder: Any, texts: Sequence[str]) -> np.ndarray:
    """L2-normalized vectors, one row per text (a (0, d) array for no texts)."""
    try:
        cache = _caches.setdefault(encoder, {})
    except TypeError:  # an encoder that cannot be weakly referenced: no cache
        cache = {}
    missing = list(dict.fromkeys(t for t in texts if t not in cache))
    if missing:
        vecs = _normalize(encoder.encode(missing))
        dims = {v.shape[0] for v in cache.values()} if cache else set()
        if len(cache) + len(missing) > _MAX_ENTRIES or dims - {vecs.shape[1]}:
            # a vocabulary-fitted encoder changed dimension: vectors are not comparable
            cache.clear()
            if len(missing) < len(set(texts)):
                return _normalize(encoder.encode(list(texts)))
        cache.update(zip(missing, vecs, strict=True))
    if not texts:
        dim = next(iter(cache.values())).shape[0] if cache else 1
        return np.zeros((0, dim), dtype=np.float32)
    return np.stack([cache[t] for t in texts])
