"""Threads: a second level above stories, the stories of one developing topic over days
and weeks (a scandal, a famine, an election, a trial).

A story is summed up in a `Profile`: the mean of its articles' lead vectors (multilingual,
so a topic meets itself across languages), its heaviest words and its names (capitalized
words, as `link.features` keys them), and its days. Two stories are as close as a weighted
sum of three cosines: of the vectors, of the words and of the names, the last two weighted
by TF-IDF over the stories compared (a word every story has says nothing). Time counts
softly: a pair loses a little for every doubling of the days between them, so a trial or
an anniversary years on still joins its topic when the content agrees, while look-alike
topics years apart (two earthquakes) need more in common than reports days apart.
Threads are the groups of batch average linkage over that similarity: no chaining through
one loose pair, and the same stories give the same threads in any arrival order.
"""

from __future__ import annotations

import hashlib
import pickle
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

import numpy as np

from synoptic.link.events import average_linkage
from synoptic.link.features import Features
from synoptic.link.gram import gram
from synoptic.settings.threads import ThreadSettings

if TYPE_CHECKING:
    from scipy import sparse


@dataclass
class Profile:
    """What threading compares of one story."""

    id: str
    vector: np.ndarray  # unit mean of its articles' unit lead vectors
    words: dict[int, float]  # word bucket -> mean log-count over its articles
    names: dict[str, float]  # name key -> share of its articles that name it
    first: date | None = None  # its days (news days where known, else the clustering days)
    last: date | None = None
    size: int = 1
    # `words` and `names` as arrays sorted by key (`bag`), made once: a story is compared
    # in many batches (#23); the dicts are not changed once profiled
    bags: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict, repr=False, compare=False)

    def bag(self, kind: str) -> tuple[np.ndarray, np.ndarray]:
        """Its `words` or `names` as (keys, weights) arrays, by key as `sorted` orders them."""
        if kind not in self.bags:
            self.bags[kind] = sorted_bag(getattr(self, kind))
        return self.bags[kind]


def sorted_bag(bag: dict) -> tuple[np.ndarray, np.ndarray]:
    """A bag's keys (int64, or str) and weights (float64), by key."""
    if all(type(k) is int for k in bag):
        keys = np.fromiter(bag, dtype=np.int64, count=len(bag))
    elif all(type(k) is str for k in bag):
        keys = np.array(list(bag), dtype=str)  # numpy orders str by code point, as `sorted`
    else:
        items = sorted(bag.items())
        return np.array([k for k, _ in items], dtype=object), np.array([w for _, w in items], dtype=np.float64)
    weights = np.fromiter(bag.values(), dtype=np.float64, count=len(bag))
    order = np.argsort(keys, kind="stable")
    return keys[order], weights[order]


def story_profile(story_id: str, members: list[Features], first: date | None, last: date | None,
                  settings: ThreadSettings) -> Profile:
    """The profile of a story from its articles' features (the same in any order of them,
    under any string hashing: the members are summed in id order, and equal weights
    are kept or cut by key, not by the order a set of names happens to iterate in)."""
    members = sorted(members, key=lambda m: m.id)
    vectors = np.stack([m.vector for m in members]).astype(np.float32)
    mean = vectors.mean(axis=0)
    norm = float(np.linalg.norm(mean)) or 1.0
    names: Counter[str] = Counter()
    share = 1.0 / len(members)
    for m in members:
        for name in m.names:
            names[name] += share
    return Profile(
        id=story_id, vector=mean / norm,
        words=_heaviest_counts(members, settings.profile_words),
        names=_heaviest(names, settings.profile_names),
        first=first, last=last, size=len(members),
    )


def _mean_counts(members: list[Features]) -> tuple[np.ndarray, np.ndarray]:
    """Each word bucket's log-count summed over the members, each over their number: the
    same additions in the same order (member by member) as a Counter's, over arrays;
    the buckets (int64, ascending) and their sums (float64)."""
    if not members:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    buckets = np.concatenate([m.words for m in members]).astype(np.int64)
    shares = np.concatenate([m.word_tf for m in members]).astype(np.float64) / len(members)
    keys, inverse = np.unique(buckets, return_inverse=True)
    sums = np.zeros(len(keys))
    np.add.at(sums, inverse.ravel(), shares)  # in array order: member by member, as before
    return keys, sums


def _heaviest_counts(members: list[Features], n: int) -> dict[int, float]:
    """`_heaviest` of the members' `_mean_counts`, sorted in arrays (#18/#23: a long-running
    story's thousands of words were sorted as Python pairs at each batch that touched it):
    the same keys and weights in the same order (weight descending, then key; the keys
    are distinct, so the order is total)."""
    keys, sums = _mean_counts(members)
    order = np.lexsort((keys, -sums))[:n]
    return dict(zip(keys[order].tolist(), sums[order].tolist(), strict=True))


def _heaviest(weights: Counter, n: int) -> dict:
    """The `n` heaviest keys and their weights, equal weights by key (`Counter.most_common`
    breaks ties by insertion order: for names, a frozenset's, which `PYTHONHASHSEED` moves)."""
    return dict(sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:n])


def pack_profile(profile: Profile) -> bytes:
    """Bytes for the store, from which `unpack_profile` gives the same profile back: its
    vector in float32, as made (#18: a profile the ingest's threader dropped from memory is
    read back as it was, so a bounded cache groups as an unbounded one; in float16 the
    vector came back rounded). Profiles stored in float16 before still read."""
    return pickle.dumps(
        (profile.vector.astype(np.float32), profile.words, profile.names, profile.size), protocol=5
    )


def unpack_profile(story_id: str, blob: bytes) -> Profile | None:
    """The profile `pack_profile` stored (its days are the caller's: the store keeps them)."""
    try:
        vector, words, names, size = pickle.loads(blob)
    except Exception:  # a profile written by another version: the caller rebuilds it
        return None
    return Profile(story_id, np.asarray(vector, dtype=np.float32), words, names, None, None, size)


def _tfidf(rows: list[tuple[np.ndarray, np.ndarray]]) -> sparse.csr_matrix:
    """Unit rows of TF-IDF over these bags (`sorted_bag`s; IDF from these rows alone);
    columns in the order keys are first met, each bag's by key, so sums run in one order
    whatever the bags' own order (a stored profile's, or a set's). In arrays: a batch
    compares hundreds of bags of hundreds of keys (#23)."""
    from scipy import sparse  # when used: a short brief imports it while its encoder works (#23)

    counts = np.array([len(keys) for keys, _ in rows], dtype=np.int64)
    indptr = np.concatenate([[0], np.cumsum(counts)])
    if not indptr[-1]:
        return sparse.csr_matrix((len(rows), 1), dtype=np.float32)
    keys = np.concatenate([keys for keys, _ in rows])
    weights = np.concatenate([weights for _, weights in rows])
    # a column for each distinct key, numbered in the order the rows meet them
    columns, width = _first_met_columns(keys)
    matrix = sparse.csr_matrix((weights.astype(np.float32), columns, indptr), shape=(len(rows), width))
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    # smooth IDF; a term in one story alone links nothing, so it weighs like any rare term
    idf = np.log((1.0 + len(rows)) / (1.0 + df)) + 1.0
    matrix = matrix @ sparse.diags(idf.astype(np.float32))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ matrix


def _first_met_columns(keys: np.ndarray) -> tuple[np.ndarray, int]:
    """Each key's column, the distinct keys numbered in the order they are first met, and
    their number. Word buckets (small non-negative ints) through a table over their range:
    `np.unique` sorted a late batch's ~100,000 word keys at each batch (#23: 9 ms, the
    table 1); other keys (names) by `np.unique`. The same numbers either way (test)."""
    n = len(keys)
    if keys.dtype.kind in "iu" and n and int(keys.min()) >= 0 and int(keys.max()) < _TABLE_KEYS:
        first = np.full(int(keys.max()) + 1, n, dtype=np.int64)
        position = np.arange(n)
        np.minimum.at(first, keys, position)  # each key's first position
        at = first[keys]
        met = at == position
        return (np.cumsum(met) - 1)[at], int(met.sum())
    unique, first_at, inverse = np.unique(keys, return_index=True, return_inverse=True)
    rank = np.empty(len(unique), dtype=np.int64)
    rank[np.argsort(first_at, kind="stable")] = np.arange(len(unique))
    return rank[inverse.ravel()], len(unique)


_TABLE_KEYS = 1 << 22  # keys below this are numbered through a table (word buckets: 2^20)


def similarity(profiles: list[Profile], settings: ThreadSettings) -> np.ndarray:
    """Pairwise similarity of stories, less the more days lie between them."""
    vectors = np.stack([p.vector for p in profiles])
    sim = settings.vector_weight * _excess_cosines(vectors @ vectors.T, settings)
    # each TF-IDF row lists its bag by key, so `gram` gives `(m @ m.T).toarray()` to the bit
    sim += settings.word_weight * gram(_tfidf([p.bag("words") for p in profiles]))
    sim += settings.name_weight * gram(_tfidf([p.bag("names") for p in profiles]))
    gap, dated = _gaps(profiles)
    sim -= _gap_terms(np.where(dated, gap, 0), settings)
    return sim


def _gap_terms(gap: np.ndarray, settings: ThreadSettings) -> np.ndarray:
    """`gap_weight * log2(1 + gap / gap_days)` of each pair's days apart, through a table of
    its values for 0..the largest gap: a batch's pairs are few distinct day counts, and the
    logarithm of ~10^6 pairs was a tenth of its similarity (#23). The same float64 values,
    element by element (test)."""
    top = int(gap.max()) if gap.size else 0
    table = settings.gap_weight * np.log2(1.0 + np.arange(top + 1, dtype=gap.dtype) / settings.gap_days)
    return table[gap]


def _excess_cosines(cosines: np.ndarray, settings: ThreadSettings) -> np.ndarray:
    """The vectors' cosines above what each story shares with any story: less the mean of
    the two stories' typical cosines with the others compared (each shrunk towards
    `vector_prior` as if `vector_prior_stories` more stories had that cosine).

    Sentence vectors tell a shooting from a budget but hardly one shooting from another:
    among stories of one kind every pair is close. What a story's vector shares with
    every other story is its kind; what it shares beyond that with one is its topic.
    Among few stories the typical cosine is the prior (a mixed stream's), so a small
    store groups as before.
    """
    if settings.vector_prior_stories <= 0:
        return cosines
    n = len(cosines)
    others = cosines.sum(axis=1) - np.diag(cosines)
    typical = (others + settings.vector_prior * settings.vector_prior_stories) / (n - 1 + settings.vector_prior_stories)
    return cosines - (typical[:, None] + typical[None, :]) / 2.0 + settings.vector_prior


def _gaps(profiles: list[Profile]) -> tuple[np.ndarray, np.ndarray]:
    """Days between each pair of stories' spans (0 when they overlap), and whether both
    are dated (an undated story is kept apart by nothing)."""
    days = np.array([[(p.first or date.min).toordinal(), (p.last or date.max).toordinal()] for p in profiles],
                    dtype=np.int64)
    undated = np.array([p.first is None or p.last is None for p in profiles])
    gap = np.maximum(0, np.maximum(days[None, :, 0] - days[:, None, 1], days[:, None, 0] - days[None, :, 1]))
    return gap, ~undated[:, None] & ~undated[None, :]


def group_threads(profiles: list[Profile], settings: ThreadSettings) -> list[list[str]]:
    """Story ids grouped into threads; the same for any order of `profiles`."""
    return grouped_with_similarity(profiles, settings)[0]


def grouped_with_similarity(profiles: list[Profile], settings: ThreadSettings
                            ) -> tuple[list[list[str]], dict[str, int], np.ndarray]:
    """`group_threads`' groups, with the similarity they were made from (rows and columns
    by story id: the index of each id)."""
    if not profiles:
        return [], {}, np.zeros((0, 0))
    ordered = sorted(profiles, key=lambda p: p.id)  # the linkage's ties broken the same way
    sim = similarity(ordered, settings)
    groups = average_linkage(sim, settings.threshold)
    return (sorted(([ordered[i].id for i in g] for g in groups), key=lambda g: g[0]),
            {p.id: i for i, p in enumerate(ordered)}, sim)


def thread_id_base(first_story: str) -> str:
    """A thread's id before any suffix: stable, from its first story's id."""
    return "th-" + hashlib.sha1(first_story.encode("utf-8")).hexdigest()[:10]


def assign_ids(groups: list[list[str]], previous: dict[str, str | None], order: dict[str, tuple],
               in_use: Callable[[str], bool]) -> dict[str, str]:
    """A thread id for every grouped story: a group keeps the id most of its stories had
    (the largest group first), else gets one from its earliest story (`order` sorts
    stories: e.g. (first day, id)) that `in_use` does not know."""
    used: set[str] = set()
    out: dict[str, str] = {}
    for group in sorted(groups, key=lambda g: (-len(g), min(order[s] for s in g))):
        votes = Counter(previous[s] for s in group if previous.get(s) and previous[s] not in used)
        tid = votes.most_common(1)[0][0] if votes else None
        if tid is None:
            base = thread_id_base(min(group, key=lambda s: order[s]))
            tid, n = base, 2
            while tid in used or in_use(tid):
                tid = f"{base}-{n}"
                n += 1
        used.add(tid)
        out.update((s, tid) for s in group)
    return out
