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
