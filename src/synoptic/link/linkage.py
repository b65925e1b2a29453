"""Average-linkage clustering cut at a distance, without importing `scipy.cluster`.

`scipy.cluster.hierarchy` costs ~0.2 s of a cold `synoptic brief` (0.7 s of imports in
all, #23) to import, most of it in what it pulls in (`scipy.spatial`, `scipy.special`,
`scipy.linalg`), for two small functions. This is the same computation as
`fcluster(linkage(y, method="average"), t, criterion="distance")` of scipy 1.17: the
nearest-neighbour chain (scipy's `_hierarchy.nn_chain`: the same scan order, the same
preference for the chain's previous element, the same Lance-Williams update in float64
operation for operation, so the same merges, ties included), the merges sorted by height
(a stable sort) and relabelled, and the flat clusters of the nodes whose highest merge
within is at most `t`. Its rows are numpy operations, so a batch of hundreds of articles
costs milliseconds.
"""

from __future__ import annotations

import numpy as np


def _nn_chain(distance: np.ndarray) -> list[tuple[int, int, float]]:
    """The merges (x, y, height) of average linkage over a square float64 distance
    matrix, in the order the chain finds them; x and y are the slots of the two
    clusters (y keeps the merged one), as in scipy's `nn_chain`.

    A merged-away cluster's column is not written over with inf (a write down a column
    touches a cache line per row: two a merge were most of the chain's time, #23); an
    `inf` in `dead` is added to every row read instead, so each row read is the same
    array as before (a live entry plus 0 is itself) and so is every merge. Its row is
    never read again."""
    n = distance.shape[0]
    d = distance.copy()
    np.fill_diagonal(d, np.inf)  # a cluster is never its own neighbour
    size = [1] * n
    dead = np.zeros(n)  # inf for the clusters merged away
    row, merged, other = np.empty(n), np.empty(n), np.empty(n)
    chain: list[int] = []
    merges: list[tuple[int, int, float]] = []
    first = 0  # no live cluster before it
    for _ in range(n - 1):
        if not chain:
            while size[first] == 0:
                first += 1
            chain.append(first)
        while True:
            x = chain[-1]
            np.add(d[x], dead, out=row)  # dead clusters' entries are inf: never strictly below anything
            i = int(row.argmin())  # the first of the smallest, as the scan keeps it
            if len(chain) > 1:
                y = chain[-2]
                current = row[y]
                if not row[i] < current:
                    break  # the chain's previous element stays the nearest: x and y merge
                y, current = i, row[i]
            else:
                y, current = i, row[i]
            chain.append(y)
        del chain[-2:]
        if x > y:
            x, y = y, x
        nx, ny = size[x], size[y]
        merges.append((x, y, float(current)))
        size[x] = 0
        size[y] = nx + ny
        dead[x] = np.inf
        # (nx * d[x] + ny * d[y]) / (nx + ny), in place
        np.multiply(nx, d[x], out=merged)
        np.multiply(ny, d[y], out=other)
        merged += other
        merged /= nx + ny
        merged[y] = np.inf
        d[y, :] = merged
        d[:, y] = merged
    return merges


def average_linkage_cut(distance: np.ndarray, cutoff: float) -> list[int]:
    """Flat cluster of each row (a representative's index) of average linkage over the
    symmetric `distance` matrix, cut where merges rise above `cutoff`."""
    n = distance.shape[0]
    distance = np.asarray(distance, dtype=np.float64)
    if not np.all(np.isfinite(distance)):
        raise ValueError("The condensed distance matrix must contain only finite values.")
    merges = _nn_chain(distance)
    # scipy sorts the merges by height (stably) and relabels them through a union-find of
    # the slots, so a merge joins what its two slots hold by then
    order = sorted(range(len(merges)), key=lambda k: merges[k][2])
    parent = list(range(2 * n - 1))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    children: list[tuple[int, int]] = []
    highest: list[float] = []  # the highest merge within each node
    for k, index in enumerate(order):
        x, y, height = merges[index]
        a, b = find(x), find(y)
        parent[a] = parent[b] = n + k
        children.append((a, b))
        top = height
        for child in (a, b):
            if child >= n and highest[child - n] > top:
                top = highest[child - n]
        highest.append(top)
    # the flat clusters: the leaves under each node whose highest merge is within the
    # cutoff (a node within it has all its descendants within it); parents come after
    # their children, so from the root down each node knows its group before its children
    group = list(range(2 * n - 1))
    for k in range(len(children) - 1, -1, -1):
        if highest[k] <= cutoff:
            for child in children[k]:
                group[child] = group[n + k]
    return group[:n]
