"""In-order sentence alignment between two articles.

A rewritten, trimmed or translated copy keeps the order of the report it comes
from; independent coverage of the same event says similar things in another
order and with other sentences. Given a sentence-similarity matrix, the
alignment is the heaviest chain of pairs strictly increasing on both sides.
"""

from __future__ import annotations

import bisect

import numpy as np


def monotone_chain(
    sim: np.ndarray, threshold: float, per_row: int, cell_bonus: float
) -> list[tuple[int, int, float]]:
    """Heaviest chain of (i, j) cells with sim >= threshold, i and j strictly increasing,
    among each row's `per_row` best cells.

    Weight of a cell is how far it clears the threshold plus a constant, so the chain
    prefers many good pairs over a few perfect ones (`cell_bonus`). Sparse: only cells over the
    threshold are visited (O(c^2) in the worst case, c usually ~ sentence count).
    """
    if sim.size == 0:
        return []
    mask = sim >= threshold
    if sim.shape[1] > per_row:
        # only each sentence's few best counterparts: keeps the chain search linear in
        # practice even when many cells clear the threshold (one shared year, a template)
        top = np.argpartition(-sim, per_row - 1, axis=1)[:, :per_row]
        keep = np.zeros_like(mask)
        np.put_along_axis(keep, top, True, axis=1)
        mask &= keep
    rows, cols = np.nonzero(mask)
    if rows.size == 0:
        return []
    order = np.lexsort((-sim[rows, cols], rows))
    cells = [(int(rows[k]), int(cols[k]), float(sim[rows[k], cols[k]])) for k in order]
    n = len(cells)
    weight = [cell_bonus + (s - threshold) for _, _, s in cells]
    best = list(weight)
    back = [-1] * n
    # cells sorted by row; chain needs strictly greater row and column
    row_starts = [c[0] for c in cells]
    for k in range(n):
        i, j, _ = cells[k]
        limit = bisect.bisect_left(row_starts, i)  # cells in earlier rows only
        for p in range(limit):
            if cells[p][1] < j and best[p] + weight[k] > best[k]:
                best[k] = best[p] + weight[k]
                back[k] = p
    k = int(np.argmax(best))
    chain: list[tuple[int, int, float]] = []
    while k >= 0:
        chain.append(cells[k])
        k = back[k]
    chain.reverse()
    return chain
