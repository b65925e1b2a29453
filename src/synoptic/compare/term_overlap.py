"""IDF-weighted term overlap between a story's sentences (and their clauses), in numpy.

`facts.similarity_model` needs, for every pair of sentences, the summed weight of the
terms they share and how many they share. It took them from products of scipy sparse
matrices, whose import (~0.1 s of CPU) was a tenth of a cold `synoptic show`'s first
view (#23). Here each shared term adds its weight to a pair in ascending term order, in
float32, one addition at a time: the order and precision in which scipy's sparse
products sum them, so every value is the one they gave to the last bit (a test holds the
two together), and the brief built from them is unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass
class Overlap:
    """Each row's total term weight (`weight`), and per pair of rows and sentences the
    summed weight (`shared`) and the number (`count`) of the terms they share."""

    weight: np.ndarray  # float32, one per row
    shared: np.ndarray  # float32, rows x sentences
    count: np.ndarray  # float32, rows x sentences


def term_ids(term_sets: list[set[str]], vocab: dict[str, int]) -> list[np.ndarray]:
    """Each set's terms as their ids in `vocab`, ascending (terms outside it left out)."""
    return [np.sort(np.fromiter((vocab[t] for t in terms if t in vocab), dtype=np.int64)) for terms in term_sets]


def _grouped(ids: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The rows holding each term, grouped by term in ascending order (rows ascending
    within a term), with each entry's term."""
    rows = np.repeat(np.arange(len(ids)), [len(i) for i in ids])
    terms = np.concatenate(ids) if ids else np.zeros(0, dtype=np.int64)
    order = np.argsort(terms, kind="stable")
    return rows[order], terms[order]


def _pairs(a_rows: np.ndarray, a_terms: np.ndarray, b_rows: np.ndarray, b_terms: np.ndarray,
           n_terms: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every (row of a, row of b, term) that share a term, ordered by term ascending."""
    edges = np.arange(n_terms + 1)
    a_bounds, b_bounds = np.searchsorted(a_terms, edges), np.searchsorted(b_terms, edges)
    a_size, b_size = np.diff(a_bounds), np.diff(b_bounds)
    per_term = a_size * b_size
    total = int(per_term.sum())
    term = np.repeat(np.arange(n_terms), per_term)
    # the position of each pair within its term's block of a_size x b_size
    within = np.arange(total) - np.repeat(np.cumsum(per_term) - per_term, per_term)
    width = b_size[term]
    return a_rows[a_bounds[term] + within // np.maximum(width, 1)], b_rows[b_bounds[term] + within % np.maximum(width, 1)], term


def row_weights(ids: list[np.ndarray], weights: np.ndarray) -> np.ndarray:
    """Each row's summed term weight, added one at a time in ascending term order in float32."""
    out = np.zeros(len(ids), dtype=np.float32)
    if ids:
        np.add.at(out, np.repeat(np.arange(len(ids)), [len(i) for i in ids]), weights[np.concatenate(ids)])
    return out


def _overlap(a_ids: list[np.ndarray], b_ids: list[np.ndarray], weights: np.ndarray) -> Overlap:
    """Rows of `a` against rows of `b`: each pair's shared terms' weights added one at a
    time in ascending term order (`np.add.at` applies them in the order given)."""
    shared = np.zeros((len(a_ids), len(b_ids)), dtype=np.float32)
    count = np.zeros_like(shared)
    a_rows, a_terms = _grouped(a_ids)
    b_rows, b_terms = (a_rows, a_terms) if b_ids is a_ids else _grouped(b_ids)
    i, j, term = _pairs(a_rows, a_terms, b_rows, b_terms, len(weights))
    flat = i * len(b_ids) + j
    np.add.at(shared.reshape(-1), flat, weights[term])
    np.add.at(count.reshape(-1), flat, np.float32(1))
    return Overlap(row_weights(a_ids, weights), shared, count)


def sentence_overlap(ids: list[np.ndarray], weights: np.ndarray) -> Overlap:
    """Sentences against sentences."""
    return _overlap(ids, ids, weights)


def clause_overlap(clause_ids: list[np.ndarray], sentence_ids: list[np.ndarray], weights: np.ndarray) -> Overlap:
    """Clauses against sentences."""
    return _overlap(clause_ids, sentence_ids, weights)
