"""Threads: a second level above stories, the stories of one developing topic over days
and weeks (a scandal, a famine, an election, a trial).

A story is summed up in a `Profile`: the mean of its articles' lead vectors (multilingual,
so a topic meets itself across languages), its heaviest words and its names (capitalized
words, as `link.features` keys them), and its days. Two stories are as close as a weighted
sum of three cosines: of the vectors, of the words and of the names, the last two weighted
by TF-IDF over the stories compared (a word every story has says nothing). Threads are the
groups of batch average linkage over that similarity (no chaining through one loose pair,
and the same stories give the same threads in any arrival order), each then cut where its
coverage falls silent for more than `window_days`: a thread runs while its stories keep
coming, so a topic covered every few months stays one thread for years, and the same kind
of topic after a long silence starts another.
"""

from __future__ import annotations

import hashlib
import pickle
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import numpy as np
from scipy import sparse

from synoptic.link.events import average_linkage
from synoptic.link.features import Features
from synoptic.settings.threads import ThreadSettings


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


def story_profile(story_id: str, members: list[Features], first: date | None, last: date | None,
                  settings: ThreadSettings) -> Profile:
    """The profile of a story from its articles' features."""
    vectors = np.stack([m.vector for m in members]).astype(np.float32)
    mean = vectors.mean(axis=0)
    norm = float(np.linalg.norm(mean)) or 1.0
    words: Counter[int] = Counter()
    names: Counter[str] = Counter()
    for m in members:
        for w, tf in zip(m.words.tolist(), m.word_tf.tolist(), strict=True):
            words[int(w)] += tf / len(members)
        for name in m.names:
            names[name] += 1.0 / len(members)
    return Profile(
        id=story_id, vector=mean / norm,
        words=dict(words.most_common(settings.profile_words)),
        names=dict(names.most_common(settings.profile_names)),
        first=first, last=last, size=len(members),
    )


def pack_profile(profile: Profile) -> bytes:
    """Bytes for the store (it keeps them without reading them)."""
    return pickle.dumps(
        (profile.vector.astype(np.float16), profile.words, profile.names, profile.size), protocol=5
    )


def unpack_profile(story_id: str, blob: bytes) -> Profile | None:
    """The profile `pack_profile` stored (its days are the caller's: the store keeps them)."""
    try:
        vector, words, names, size = pickle.loads(blob)
    except Exception:  # a profile written by another version: the caller rebuilds it
        return None
    return Profile(story_id, np.asarray(vector, dtype=np.float32), words, names, None, None, size)


def _tfidf(rows: list[dict], columns: dict) -> sparse.csr_matrix:
    """Unit rows of TF-IDF over these bags (IDF from these rows alone)."""
    data, indices, indptr = [], [], [0]
    for bag in rows:
        for key, weight in bag.items():
            indices.append(columns.setdefault(key, len(columns)))
            data.append(weight)
        indptr.append(len(indices))
    matrix = sparse.csr_matrix((np.asarray(data, dtype=np.float32), indices, indptr),
                               shape=(len(rows), max(1, len(columns))))
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    # smooth IDF; a term in one story alone links nothing, so it weighs like any rare term
    idf = np.log((1.0 + len(rows)) / (1.0 + df)) + 1.0
    matrix = matrix @ sparse.diags(idf.astype(np.float32))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ matrix


def similarity(profiles: list[Profile], settings: ThreadSettings) -> np.ndarray:
    """Pairwise similarity of stories (content alone: time cuts threads afterwards)."""
    vectors = np.stack([p.vector for p in profiles])
    sim = settings.vector_weight * (vectors @ vectors.T)
    words = _tfidf([p.words for p in profiles], {})
    sim += settings.word_weight * (words @ words.T).toarray()
    names = _tfidf([p.names for p in profiles], {})
    sim += settings.name_weight * (names @ names.T).toarray()
    return sim


def split_silences(profiles: list[Profile], group: list[int], sim: np.ndarray, quiet_days: int) -> list[list[int]]:
    """A group of stories cut wherever no story ran for more than `quiet_days` (stories in
    order of their first day, the silence counted from the latest last day before); the
    undated stories join, as one block, the run they are closest to on average."""
    dated = sorted((i for i in group if profiles[i].first and profiles[i].last),
                   key=lambda i: (profiles[i].first, profiles[i].id))
    undated = [i for i in group if not (profiles[i].first and profiles[i].last)]
    if not dated:
        return [group]
    runs: list[list[int]] = [[dated[0]]]
    last = profiles[dated[0]].last
    for i in dated[1:]:
        if (profiles[i].first - last).days > quiet_days:
            runs.append([])
        runs[-1].append(i)
        last = max(last, profiles[i].last)
    if undated:
        runs[int(np.argmax([sim[np.ix_(undated, run)].mean() for run in runs]))].extend(undated)
    return runs


def group_threads(profiles: list[Profile], settings: ThreadSettings) -> list[list[str]]:
    """Story ids grouped into threads; the same for any order of `profiles`."""
    if not profiles:
        return []
    ordered = sorted(profiles, key=lambda p: p.id)  # the linkage's ties broken the same way
    sim = similarity(ordered, settings)
    groups = [run for group in average_linkage(sim, settings.threshold)
              for run in split_silences(ordered, group, sim, settings.window_days)]
    return sorted(([ordered[i].id for i in sorted(g)] for g in groups), key=lambda g: g[0])


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
