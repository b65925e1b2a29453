"""The best of several seeded 2-means runs: scipy's `kmeans2(points, 2, minit="++",
seed=seed, check_finite=False)`, the same centres and labels to the bit, cheaper.

kmeans2 runs all of its `iter` (10) rounds of assign (`vq`) and update (the members'
means); a round that assigns every point as the one before has reached a fixed point (the
same labels give the same means, empty clusters keeping their old centres, so the same
labels again), and every later round repeats it: stopping there returns what the 10
rounds would. Two seeds whose first assignment is the same (every cluster non-empty) run
the same rounds from then on, and so end the same; the later one can not be strictly
better than the earlier, and is not run again (#23: the story split's 8 restarts were
most of `bisect_story`, each round mostly the Python around scipy's kernels).
"""

from __future__ import annotations

import numpy as np

_ROUNDS = 10  # kmeans2's default `iter`


def _run(points: np.ndarray, first: np.ndarray, code: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """kmeans2's rounds after the first assignment `first` to the initial centres `code`."""
    from scipy.cluster import _vq
    from scipy.cluster.vq import _missing_warn

    label = first
    for round_ in range(_ROUNDS):
        if round_:
            new = _vq.vq(points, code)[0]
            if np.array_equal(new, label):
                break  # a fixed point: the rounds left would repeat this one
            label = new
        updated, has_members = _vq.update_cluster_means(points, label, 2)
        if not has_members.all():
            _missing_warn()
            updated[~has_members] = code[~has_members]
        code = updated
    return code, label


_DRAWS: dict[tuple[int, int], tuple[int, float]] = {}  # (seed, points) -> `_kpp`'s two draws


def _initial(points: np.ndarray, seed: int) -> np.ndarray:
    """kmeans2's "++" centres for `seed` (scipy's `_kpp` with k=2): a point drawn
    uniformly, then one drawn by squared distance from it. The seed's generator is made
    once per count of points (its two draws depend on that count only, not on the points:
    making it was most of a run's cost)."""
    from scipy.spatial.distance import cdist

    m = points.shape[0]
    draws = _DRAWS.get((seed, m))
    if draws is None:
        from scipy._lib._util import check_random_state, rng_integers

        rng = check_random_state(seed)
        first = rng_integers(rng, m)
        draws = _DRAWS[(seed, m)] = (first, rng.uniform())
    first, r = draws
    init = np.empty((2, points.shape[1]))
    init[0] = points[first]
    d2 = cdist(init[:1], points, metric="sqeuclidean").min(axis=0)
    probs = d2 / d2.sum()
    init[1] = points[int(np.searchsorted(probs.cumsum(), r))]
    return init


def best_two_means(points: np.ndarray, restarts: int) -> np.ndarray:
    """0/1 labels of the run of least inertia among seeds 0..restarts-1 (the first of the
    least by more than 1e-12), as a loop over `kmeans2(points, 2, minit="++", seed=seed,
    check_finite=False)` finds them. `points`: finite float64 rows."""
    from scipy.cluster import _vq

    points = np.ascontiguousarray(points, dtype=np.float64)
    best: tuple[float, np.ndarray] | None = None
    seen: set[bytes] = set()
    for seed in range(restarts):
        code = _initial(points, seed)
        first = _vq.vq(points, code)[0]
        key = first.tobytes()
        if np.bincount(first, minlength=2).all():
            if key in seen:
                continue  # the same rounds as an earlier seed's: never strictly better
            seen.add(key)
        centres, labels = _run(points, first, code)
        inertia = float(((points - centres[labels]) ** 2).sum())
        if best is None or inertia < best[0] - 1e-12:
            best = (inertia, labels)
    assert best is not None
    return best[1]
