"""`link/linkage.py` gives the flat clusters scipy's average linkage cut at a distance
gives (`fcluster(linkage(y, "average"), t, "distance")`), which it replaces so a short
command does not import `scipy.cluster` (#23)."""

from __future__ import annotations

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from synoptic.link.linkage import average_linkage_cut


def _partition(labels) -> list[list[int]]:
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(i)
    return sorted(groups.values())


def _scipy(distance: np.ndarray, cutoff: float) -> list[list[int]]:
    tree = linkage(squareform(distance, checks=False), method="average")
    return _partition(fcluster(tree, t=cutoff, criterion="distance"))


def test_same_groups_as_scipy_with_ties_and_duplicates():
    # many equal distances (a few levels only, identical points): the chain's order
    # decides which of two tied pairs merges first, and with it the groups at the cut
    rng = np.random.default_rng(7)
    for trial in range(600):
        n = int(rng.integers(2, 30))
        if trial % 3 == 0:
            raw = rng.random((n, n))
        elif trial % 3 == 1:
            raw = rng.integers(0, 4, (n, n)).astype(np.float32) / 4
        else:
            points = rng.random((n, 3))
            points[rng.integers(0, n, n // 2)] = points[0]
            raw = np.sqrt(((points[:, None] - points[None]) ** 2).sum(-1)).astype(np.float32)
        distance = (raw + raw.T) / 2.0
        np.fill_diagonal(distance, 0.0)
        for cutoff in (0.25 + 1e-9, 0.5 + 1e-9, float(rng.random())):
            assert _partition(average_linkage_cut(distance, cutoff)) == _scipy(distance, cutoff)


def test_everything_or_nothing_merges():
    distance = np.array([[0.0, 0.2, 0.9], [0.2, 0.0, 0.8], [0.9, 0.8, 0.0]])
    assert _partition(average_linkage_cut(distance, 0.3)) == [[0, 1], [2]]
    assert _partition(average_linkage_cut(distance, 1.0)) == [[0, 1, 2]]
    assert _partition(average_linkage_cut(distance, 0.1)) == [[0], [1], [2]]
