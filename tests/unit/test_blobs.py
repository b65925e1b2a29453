"""Vectors stored as blobs: sparse when shorter, always lossless, old dense blobs still read."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from synoptic.link.features import article_words
from synoptic.model import Article
from synoptic.settings import VectorSettings
from synoptic.store.blobs import pack_vector, pack_words, unpack_vector, unpack_words
from synoptic.vectors import get_encoder


def _example_leads(example_dir: Path) -> list[str]:
    # what the store keeps a vector of: title and lead (`link.features.lead_text`)
    return [p.read_text(encoding="utf-8")[:1300] for p in sorted(example_dir.glob("*.txt"))]


def test_tfidf_vectors_pack_sparse_and_come_back_exactly(example_dir: Path) -> None:
    vectors = get_encoder(VectorSettings(encoder="tfidf")).encode(_example_leads(example_dir))
    for vector in np.asarray(vectors, dtype=np.float32):
        blob = pack_vector(vector)
        assert len(blob) * 4 < vector.nbytes  # hashed character n-grams: mostly zeros
        assert np.array_equal(unpack_vector(blob), vector)


def test_dense_vectors_stay_plain_float32_bytes() -> None:
    vector = np.random.default_rng(0).normal(size=512).astype(np.float32)
    blob = pack_vector(vector)
    assert blob == vector.tobytes()  # what stores made before sparse blobs hold
    assert np.array_equal(unpack_vector(blob), vector)


def test_a_dense_blob_that_opens_like_the_sparse_header_reads_as_dense() -> None:
    vector = np.zeros(16, dtype=np.float32)
    vector[:] = np.frombuffer(b"SPB1" + bytes(60), dtype=np.float32)
    vector[1:] = 1.0
    assert np.array_equal(unpack_vector(vector.tobytes()), vector)


def test_words_pack_to_six_bytes_each_and_come_back(example_dir: Path) -> None:
    articles = [Article(id=p.stem, source=str(p), title="", text=p.read_text(encoding="utf-8"))
                for p in sorted(example_dir.glob("*.txt"))]
    for words, weights in article_words(articles):
        blob = pack_words(words, weights)
        assert len(blob) == 6 * words.size
        back_words, back_weights = unpack_words(blob)
        assert np.array_equal(back_words, words) and back_words.dtype == np.int32
        # float16 keeps a log-scaled count to three decimals
        assert np.allclose(back_weights, weights, atol=1e-2)
