"""The dense Gram matrix (every two rows' dot product) of a sparse matrix whose rows list
their entries in one common order, equal to the bit to scipy's `(m @ m.T).toarray()`.

scipy's product sums entry (i, j) over row i's stored entries in their order, each
product `m[i, k] * m[j, k]` added in the matrix's dtype; when every row keeps its entries
in one order of the columns (a thread batch's TF-IDF rows: each story's bag by key), entry
(j, i) adds the same products in the same order, so the matrix is symmetric to the bit and
each pair need be summed once. The rows are cut into `parts` blocks and only the blocks on
and above the diagonal are multiplied (the others are their transposes), each by scipy's
own kernel (`csr_matmat`, the one `@` runs) into room for a dense block, without the
counting pass `@` makes first to size its output (#23: of a late batch's 951 stories'
words, 71 ms -> ~35; the product is most of a thread batch's similarity).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from scipy import sparse

# row blocks: 3 multiplies 6 of 9 blocks (measured on a late batch's words, 951 stories:
# 2 / 3 / 4 / 6 blocks 33 / 32 / 32 / 33 ms of scipy's kernel, one block 44)
_PARTS = 3


def gram(m: sparse.csr_matrix, parts: int = _PARTS) -> np.ndarray:
    """`(m @ m.T).toarray()` for a CSR `m` whose rows keep their entries in one order of
    the columns (else the two halves could differ in their last bits)."""
    from scipy.sparse import _sparsetools  # the kernel of scipy's sparse product (pinned scipy)

    if m.format != "csr":  # (another format's conversion may reorder a row's entries)
        raise TypeError(f"gram takes a CSR matrix, not {m.format}")
    n = m.shape[0]
    out = np.zeros((n, n), dtype=m.dtype)
    if not n or not m.nnz:
        return out
    index = np.int32 if n * n < np.iinfo(np.int32).max and m.nnz < np.iinfo(np.int32).max else np.int64
    indptr, indices = m.indptr.astype(index), m.indices.astype(index)
    bounds = np.linspace(0, n, max(1, min(parts, n)) + 1).astype(np.int64)
    rows = []
    for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
        start, end = int(indptr[lo]), int(indptr[hi])
        rows.append((lo, hi, indptr[lo:hi + 1] - indptr[lo], indices[start:end], m.data[start:end]))
    columns = []  # each block's transpose (columns x its rows), CSR
    for lo, hi, ptr, idx, data in rows:
        t = _csr(data, idx, ptr, (hi - lo, m.shape[1])).T.tocsr()
        columns.append((t.indptr.astype(index), t.indices.astype(index), t.data))
    for a, (lo, hi, ptr, idx, data) in enumerate(rows):
        for b in range(a, len(rows)):
            clo, chi = rows[b][0], rows[b][1]
            tptr, tidx, tdata = columns[b]
            size = (hi - lo) * (chi - clo)
            cptr = np.empty(hi - lo + 1, dtype=index)
            cidx = np.empty(size, dtype=index)
            cdata = np.empty(size, dtype=m.dtype)
            _sparsetools.csr_matmat(hi - lo, chi - clo, ptr, idx, data, tptr, tidx, tdata, cptr, cidx, cdata)
            count = int(cptr[-1])
            block = np.zeros((hi - lo) * (chi - clo), dtype=m.dtype)
            block[np.repeat(np.arange(0, size, chi - clo), np.diff(cptr)) + cidx[:count]] = cdata[:count]
            block = block.reshape(hi - lo, chi - clo)
            out[lo:hi, clo:chi] = block
            if b != a:
                out[clo:chi, lo:hi] = block.T
    return out


def _csr(data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, shape: tuple[int, int]) -> sparse.csr_matrix:
    from scipy import sparse

    return sparse.csr_matrix((data, indices, indptr), shape=shape)


def dense_product(a: sparse.csr_matrix, b: sparse.csr_matrix, lo: int = 0, hi: int | None = None) -> np.ndarray:
    """`(a[lo:hi] @ b).toarray()` of two CSR float64 matrices, to the bit: scipy's own
    kernels (`csr_matmat`, then `csr_todense` as `toarray` runs it) on the rows' slices of
    `a`'s arrays, without the slice's matrix, the counting pass that sizes the product
    (room for every entry instead) and the product's matrix (#23: for the repair pass's
    many small products, ~2/3 of their time was scipy's Python around its kernels)."""
    from scipy.sparse import _sparsetools

    if a.format != "csr" or b.format != "csr" or a.dtype != np.float64 or b.dtype != np.float64:
        raise TypeError("dense_product takes two float64 CSR matrices")
    hi = a.shape[0] if hi is None else hi
    rows, cols = hi - lo, b.shape[1]
    out = np.zeros((rows, cols))
    start, end = int(a.indptr[lo]), int(a.indptr[hi])
    if not rows or not cols or start == end or not b.nnz:
        return out
    size = rows * cols
    big = max(size, end - start, b.nnz, cols + 1) >= np.iinfo(np.int32).max
    index = np.int64 if big else np.int32
    ptr = (a.indptr[lo:hi + 1] - a.indptr[lo]).astype(index)
    cptr = np.empty(rows + 1, dtype=index)
    cidx = np.empty(size, dtype=index)
    cdata = np.empty(size)
    _sparsetools.csr_matmat(rows, cols, ptr, a.indices[start:end].astype(index), a.data[start:end],
                            b.indptr.astype(index), b.indices.astype(index), b.data, cptr, cidx, cdata)
    _sparsetools.csr_todense(rows, cols, cptr, cidx, cdata, out)
    return out
