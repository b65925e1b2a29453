"""`link/gram.py` gives scipy's `(m @ m.T).toarray()` to the bit for rows that list their
entries in one order (a thread batch's TF-IDF rows), in any number of row blocks."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from synoptic.link.gram import gram


def test_gram_is_scipys_product_to_the_bit():
    rng = np.random.default_rng(3)
    for trial in range(120):
        n, k = int(rng.integers(1, 90)), int(rng.integers(1, 300))
        m = sparse.random(n, k, density=float(rng.random()) * 0.3, format="csr", dtype=np.float32,
                          random_state=trial)
        m.sort_indices()  # one order of the columns in every row
        expected = (m @ m.T).toarray()
        for parts in (1, 2, 3, 7):
            got = gram(m, parts)
            assert got.dtype == expected.dtype
            assert got.tobytes() == expected.tobytes()


def test_gram_of_empty_rows_and_other_formats():
    m = sparse.csr_matrix((3, 4), dtype=np.float32)
    assert gram(m).tobytes() == np.zeros((3, 3), dtype=np.float32).tobytes()
    with pytest.raises(TypeError):
        gram(m.tocsc())


def test_dense_product_is_scipys_product_of_the_rows_to_the_bit():
    from synoptic.link.gram import dense_product

    rng = np.random.default_rng(5)
    for trial in range(150):
        n, k, p = int(rng.integers(1, 60)), int(rng.integers(1, 200)), int(rng.integers(1, 60))
        density = float(rng.random()) * 0.4
        a = sparse.random(n, k, density=density, format="csr", random_state=trial)
        b = sparse.random(k, p, density=density, format="csr", random_state=trial + 1000)
        if trial % 3 == 0:  # entries out of column order, as a sum's order then shows
            a = sparse.csr_matrix(a.tocoo().transpose().tocsr().transpose())
        lo = int(rng.integers(0, n))
        hi = int(rng.integers(lo, n + 1))
        expected = (a[lo:hi] @ b).toarray()
        got = dense_product(a, b, lo, hi)
        assert got.shape == expected.shape and got.tobytes() == expected.tobytes()
        assert dense_product(a, b).tobytes() == (a @ b).toarray().tobytes()


def test_dense_product_takes_float64_csr_only():
    from synoptic.link.gram import dense_product

    m = sparse.csr_matrix((3, 4))
    assert dense_product(m, m.T.tocsr()).tobytes() == np.zeros((3, 3)).tobytes()
    with pytest.raises(TypeError):
        dense_product(m.tocsc(), m.T.tocsr())
    with pytest.raises(TypeError):
        dense_product(m.astype(np.float32), m.T.tocsr())
