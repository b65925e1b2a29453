"""Sentence vectors through the story's encoder (normalized), and which encoder a
story's languages call for."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np


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
    """L2-normalized vectors, one row per text (a (0, d) array for no texts).

    The encoders of `vectors.py` cache vectors per text, so the sentences dedup
    already embedded cost nothing here.
    """
    if not texts:
        return np.zeros((0, int(getattr(encoder, "dim", 0) or 1)), dtype=np.float32)
    return _normalize(encoder.encode(list(texts)))


def story_idf(vecs: np.ndarray) -> np.ndarray:
    """Lexical vectors weighed by how rare each feature is among the story's texts: the
    words of its topic ("emissions", "Bali") say nothing of which fact a sentence states
    (in Greek and Czech, which the neural encoder does not know, a story's sentences on its
    topic were one "corroborated" fact). Rows L2-normalized again."""
    df = (vecs > 0).sum(axis=0)
    out = vecs * (np.log((len(vecs) + 1) / (df + 1)) + 1.0).astype(np.float32)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)
