"""`link/two_means.py` picks the same 2-means labels as a loop over scipy's seeded
`kmeans2` runs, to the bit: stopping at a fixed point, skipping a seed whose first
assignment an earlier one made, and drawing each seed's centres once per count of points."""

from __future__ import annotations

import warnings

import numpy as np
from scipy.cluster.vq import kmeans2

from synoptic.link.two_means import best_two_means


def _kmeans2_best(points: np.ndarray, restarts: int) -> np.ndarray:
    best = None
    for seed in range(restarts):
        centres, labels = kmeans2(points, 2, minit="++", seed=seed, check_finite=False)
        inertia = float(((points - centres[labels]) ** 2).sum())
        if best is None or inertia < best[0] - 1e-12:
            best = (inertia, labels)
    return best[1]


def test_best_two_means_is_the_best_of_kmeans2_runs():
    rng = np.random.default_rng(11)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # (an empty cluster warns, both ways)
        for trial in range(120):
            m, d = int(rng.integers(2, 60)), int(rng.integers(1, 30))
            kind = trial % 4
            if kind == 0:
                points = rng.normal(size=(m, d))
            elif kind == 1:  # two groups
                points = np.vstack([rng.normal(size=(m // 2, d)), rng.normal(size=(m - m // 2, d)) + 3])
            elif kind == 2:  # repeated points: ties, and empty clusters
                points = np.repeat(rng.normal(size=(max(1, m // 5), d)), 5, axis=0)[:m]
            else:
                points = rng.integers(0, 2, size=(m, d)).astype(float)
            for restarts in (1, 8):
                expected = _kmeans2_best(points, restarts)
                got = best_two_means(points, restarts)
                assert got.dtype == expected.dtype and np.array_equal(got, expected)
