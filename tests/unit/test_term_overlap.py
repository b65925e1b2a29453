"""The story's term overlap in numpy (`compare/term_overlap.py`) gives, to the last bit,
what the scipy sparse products `facts.similarity_model` took it from gave (#23), on the
sentences and clauses of the hand-written multi-outlet passages (tests/data/facts)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from scipy import sparse

from synoptic.compare import facts, lexical
from synoptic.compare import term_overlap as overlap
from synoptic.model import Span
from synoptic.settings import CompareSettings

DATA = Path(__file__).resolve().parents[1] / "data" / "facts" / "stories.json"
STORIES = json.loads(DATA.read_text(encoding="utf-8"))["stories"]


def scipy_matrix(term_sets: list[set[str]], vocab: dict[str, int]) -> sparse.csr_matrix:
    """As `facts._term_matrix` built it before."""
    rows, cols = [], []
    for r, terms in enumerate(term_sets):
        for t in terms:
            if t in vocab:
                rows.append(r)
                cols.append(vocab[t])
    data = np.ones(len(rows), dtype=np.float32)
    return sparse.csr_matrix((data, (rows, cols)), shape=(len(term_sets), len(vocab)))


def story_terms(story: dict) -> tuple[list[set[str]], list[set[str]], dict[str, float]]:
    """Sentence and clause terms and their IDF, as `facts.similarity_model` makes them."""
    settings = CompareSettings()
    texts = [sentence for art in story["articles"] for sentence, _ in art["sentences"]]
    clauses = [c.text for t in texts for c in facts.clause_spans(Span("a", 0, len(t), t), settings)]
    names = lexical.canonical_names(texts, settings.fact_name_similarity, settings.fact_name_min_chars)
    terms = [lexical.extract_terms(t, names).terms for t in texts]
    return terms, [lexical.extract_terms(c, names).terms for c in clauses], lexical.idf_weights(terms)


def same(a: np.ndarray, b: np.ndarray) -> bool:
    return a.dtype == b.dtype and a.shape == b.shape and np.array_equal(a, b)


@pytest.mark.parametrize("story", STORIES, ids=[s["id"] for s in STORIES])
def test_overlap_is_the_sparse_products_to_the_last_bit(story: dict) -> None:
    terms, clause_terms, idf = story_terms(story)
    vocab = {t: k for k, t in enumerate(idf)}
    weights = np.asarray([idf[t] for t in vocab], dtype=np.float32)
    sx, cx = scipy_matrix(terms, vocab), scipy_matrix(clause_terms, vocab)
    ids = overlap.term_ids(terms, vocab)
    mine = overlap.sentence_overlap(ids, weights)
    assert same(mine.weight, np.asarray(sx @ weights).ravel())
    assert same(mine.shared, np.asarray((sx.multiply(weights) @ sx.T).todense()))
    assert same(mine.count, (sx @ sx.T).toarray())
    assert clause_terms, "the passages have clauses"
    clauses = overlap.clause_overlap(overlap.term_ids(clause_terms, vocab), ids, weights)
    assert same(clauses.weight, np.asarray(cx @ weights).ravel())
    assert same(clauses.shared, np.asarray((cx.multiply(weights) @ sx.T).todense()))
    assert same(clauses.count, (cx @ sx.T).toarray())
    # the passages share terms across outlets: the test compares real sums, not zeros
    assert (mine.count[~np.eye(len(terms), dtype=bool)] >= 2).any()


def test_no_terms_no_overlap() -> None:
    empty = overlap.sentence_overlap(overlap.term_ids([set(), set()], {}), np.zeros(0, dtype=np.float32))
    assert empty.shared.shape == (2, 2) and not empty.shared.any() and not empty.weight.any()
