"""Keeps a store's threads as stories grow: the ingest service calls it once a batch,
inside the batch's write transaction, after the touched stories are summed up.

Each batch regroups, with average linkage (`link.threads`), the stories it touched, for
each the stories near it in time whose vectors come closest to its own (a cheap dense
filter, at most `candidates` each), every story of their small threads (regrouped whole),
and of each large thread a sample spread over its time, whose stories keep their thread:
another story joins a large thread when grouped with its sample and close to it on
average. What a batch compares is thus bounded by the batch, whatever the store's or a
thread's size (#18/#23). Thread ids stay with the most of their stories. Profiles are
kept in the store and, for the stories near in time, in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np
from sqlalchemy.orm import Session

from synoptic.link.event_days import stored_numbers
from synoptic.link.features import Features
from synoptic.link.threads import (
    Profile,
    assign_ids,
    grouped_with_similarity,
    pack_profile,
    story_profile,
    unpack_profile,
)
from synoptic.settings import ThreadSettings
from synoptic.store import threads as store_threads
from synoptic.store import writes
from synoptic.store.queries import stored_features


class Threader:
    """Thread maintenance for one store; keep one per `Ingester` (it caches profiles)."""

    def __init__(self) -> None:
        # the profiles of the last batch's regrouped stories as they are, the others packed
        # (`_Packed`): what a long store keeps in memory between batches
        self._profiles: dict[str, Profile | _Packed] = {}
        # the ids cached as a `Profile` now (the rest are packed), and of those unpacked from
        # a `_Packed`, that packed form: a profile is not changed once made, so it goes back
        # as it was instead of being packed again (#18: a batch packed every story it had
        # regrouped the batch before, ~250 at 15,000 synthetic articles, more as threads grow)
        self._unpacked: set[str] = set()
        self._packed_from: dict[str, _Packed] = {}
        self._order = store_threads.ThreadOrder()  # the large threads' stories, for their samples

    def forget(self) -> None:
        """Drop the cache (another process changed the store, or a batch failed)."""
        self._profiles = {}
        self._unpacked = set()
        self._packed_from = {}
        self._order.forget()

    def update(self, session: Session, stories: list[Any], settings: ThreadSettings, now: datetime,
               held: Callable[[str], list[Features] | None] | None = None, deleted: Iterable[str] = ()) -> None:
        """Regroup the touched `stories` (StoryRow, summed up) and their neighbours.

        `held(story_id)`: the features of all of a touched story's stored articles as the
        caller holds them in memory (the ingest's clusterer), the same the store keeps, or
        None: its profile is then made from the stored rows. `deleted`: the stories this
        batch deleted (emptied)."""
        for sid in deleted:
            self._order.deleted(sid)
        for s in stories:
            self._order.dated(s.id, s.first_day)
        if not stories:
            store_threads.save_threads(session, {}, {}, now)  # the threads of deleted stories go
            return
        touched = {s.id for s in stories}
        fresh = self._build(session, sorted(touched), settings, held)
        writes.save_profiles(session, {sid: pack_profile(p) for sid, p in fresh.items()})
        window = timedelta(days=settings.window_days)
        lo, hi = min(s.first_day for s in stories) - window, max(s.last_day for s in stories) + window
        rows = {r.id: r for r in store_threads.window_stories(session, lo, hi)}
        self._load(session, rows, settings)
        near = self._near(sorted(touched & set(self._profiles)), rows, settings)
        # the threads involved: a small one is regrouped whole, wherever it lies in time; a
        # large one is met through a sample of its stories spread over its time (what the
        # average linkage of the whole thread averages over), which keep their thread
        # (`frozen`): what groups with them joins it. A batch's work is bounded by the
        # batch, not by a thread's size; its other stories among the near ones are
        # regrouped as before (they may leave it).
        involved = sorted({rows[s].thread_id for s in near if s in rows and rows[s].thread_id})
        sizes = store_threads.thread_sizes(session, involved)
        small = [t for t in involved if sizes.get(t, 0) <= settings.whole_thread_stories]
        for r in store_threads.thread_members(session, small):
            rows.setdefault(r.id, r)
            near.add(r.id)
        frozen: set[str] = set()
        for tid in sorted(set(involved) - set(small)):
            for r in self._order.sample(session, tid, sizes[tid], settings.thread_sample):
                rows.setdefault(r.id, r)
                if r.id not in touched:
                    frozen.add(r.id)
        near |= frozen
        near = _nearest_in_time(near, touched, rows, settings.regroup_stories)
        frozen &= near
        self._load(session, {s: rows[s] for s in near}, settings)
        members = [self._profile(s) for s in sorted(near) if s in self._profiles]
        for p in members:  # news days only: an undated story is not kept apart by time
            p.first, p.last = rows[p.id].news_first_day, rows[p.id].news_last_day
        previous = {s: rows[s].thread_id for s in near}
        order = {s: (rows[s].news_first_day or rows[s].first_day or date.max, s) for s in near}
        groups, index, sim = grouped_with_similarity(members, settings)
        thread_of = thread_ids(groups, frozen, previous, order, store_threads.thread_in_use(session),
                               _joins(groups, frozen, previous, index, sim, settings.threshold))
        store_threads.save_threads(session, thread_of, previous, now,
                                   refresh={thread_of[s] for s in touched if s in thread_of})
        for sid, tid in thread_of.items():
            if previous.get(sid) != tid:
                self._order.moved(sid, tid, rows[sid].first_day)
        used = {p.id for p in members}
        if len(self._profiles) > settings.cached_profiles:
            self._drop(set(rows) | used)
        for sid in sorted(self._unpacked - used):
            p = self._profiles[sid]
            assert isinstance(p, Profile)
            source = self._packed_from.pop(sid, None)
            packed = replace(source, first=p.first, last=p.last) if source is not None else _pack(p)
            self._profiles[sid] = packed
            if isinstance(packed, _Packed):
                self._unpacked.discard(sid)

    def _drop(self, keep: set[str]) -> None:
        """Forget the cached profiles of the stories outside `keep` (this batch's window and
        regrouping): read back from the store as a batch needs them, the same profiles
        (`pack_profile` keeps them whole, and every profile cached was stored as it is)."""
        for sid in [s for s in self._profiles if s not in keep]:
            del self._profiles[sid]
            self._unpacked.discard(sid)
            self._packed_from.pop(sid, None)

    def _profile(self, story_id: str) -> Profile:
        """A cached profile as `link.threads` takes it (unpacked, and kept so while used)."""
        p = self._profiles[story_id]
        if isinstance(p, _Packed):
            self._packed_from[story_id] = p
            p = self._profiles[story_id] = p.unpacked()
            self._unpacked.add(story_id)
        return p

    def _build(self, session: Session, story_ids: list[str], settings: ThreadSettings,
               held: Callable[[str], list[Features] | None] | None = None) -> dict[str, Profile]:
        """Profiles of stories from their articles' features (into the cache): those `held`
        in memory, else the stored ones. A profile reads only the articles' vectors, names
        and words, which the store keeps as they are held (#18/#23: the touched stories'
        ~1,000 rows a batch were read back and unpacked, more as stories grow)."""
        built = {}
        in_memory = {sid: feats for sid in story_ids if held is not None and (feats := held(sid))}
        for sid, stored in stored_features(session, [s for s in story_ids if s not in in_memory]).items():
            feats = [Features(s.id, s.vector, s.names, stored_numbers(s.numbers)[0], s.cluster_day) for s in stored]
            for f, s in zip(feats, stored, strict=True):
                if s.words is not None and s.word_tf is not None:
                    f.words, f.word_tf = s.words, s.word_tf
            in_memory[sid] = feats
        for sid in story_ids:
            feats = in_memory.get(sid)
            if feats:
                built[sid] = story_profile(sid, feats, None, None, settings)
        self._profiles.update(built)
        self._unpacked.update(built)
        for sid in built:
            self._packed_from.pop(sid, None)  # made anew: packed from this one when unused
        return built

    def _load(self, session: Session, rows: dict[str, Any], settings: ThreadSettings) -> None:
        """Profiles of these stories into the cache: stored ones unpacked, missing ones built."""
        stale = []
        blobs = store_threads.profiles_of(session, [s for s, r in rows.items()
                                                    if s not in self._profiles and r.has_profile])
        for sid in rows:
            if sid in self._profiles:
                continue
            profile = unpack_profile(sid, blobs[sid]) if sid in blobs else None
            if profile is None:
                stale.append(sid)  # stored before threads were kept, or by another version
            else:
                self._profiles[sid] = profile
                self._unpacked.add(sid)
        if stale:
            writes.save_profiles(session, {s: pack_profile(p) for s, p in self._build(session, stale, settings).items()})

    def _near(self, touched: list[str], rows: dict[str, Any], settings: ThreadSettings) -> set[str]:
        """The touched stories and, for each, the `candidates` stories in the window whose
        vectors come closest to its own, at least `candidate_cosine` (a dense filter that
        bounds what the full similarity compares, whatever the store's size)."""
        others = [s for s in rows if s in self._profiles and s not in touched]
        if not touched or not others:
            return set(touched)
        a = np.stack([self._profiles[s].vector for s in touched])
        b = np.stack([self._profiles[s].vector for s in others])
        cosines = a @ b.T
        k = min(settings.candidates, len(others))
        best = np.argpartition(-cosines, k - 1, axis=1)[:, :k] if k < len(others) else \
            np.broadcast_to(np.arange(len(others)), (len(touched), len(others)))
        picked = {others[j] for i, row in enumerate(best) for j in row.tolist()
                  if cosines[i, j] >= settings.candidate_cosine}
        return set(touched) | picked


@dataclass(frozen=True)
class _Packed:
    """A cached story profile in arrays: ~5 KB where its dicts of Python numbers take ~25
    (#18/#23: 12,600 stories' profiles at 100,000 synthetic articles, ~0.3 GB). Unpacked it
    is the same profile: the same keys and weights (float64 both ways), in the same order,
    with its bags (`Profile.bag`) already made: the arrays are kept by key, with the
    positions that give the dicts' own order."""

    id: str
    vector: np.ndarray  # as it was: `_near` reads it packed
    word_keys: np.ndarray  # int64, by key
    word_weights: np.ndarray  # float64
    word_order: np.ndarray  # the dict's order: word_keys[word_order]
    name_keys: np.ndarray  # str, by key
    name_weights: np.ndarray  # float64
    name_order: np.ndarray
    first: date | None
    last: date | None
    size: int

    def unpacked(self) -> Profile:
        return _Unpacked(self)

    def words(self) -> dict[int, float]:
        return dict(zip(self.word_keys[self.word_order].tolist(), self.word_weights[self.word_order].tolist(),
                        strict=True))

    def names(self) -> dict[str, float]:
        return dict(zip(self.name_keys[self.name_order].tolist(), self.name_weights[self.name_order].tolist(),
                        strict=True))


class _Unpacked(Profile):
    """A `_Packed` profile as `link.threads` takes it: its bags are the packed arrays, and
    its `words` and `names` dicts are made from them when first read. A batch compares
    profiles by their bags only (`threads.similarity`), so the dicts of the ~600 stories
    a late batch regroups were made for nothing (#23: `unpacked` was a tenth of the
    threader's CPU at 20,000-24,000 synthetic articles); read, they are the same dicts."""

    def __init__(self, packed: _Packed) -> None:
        self._packed = packed
        super().__init__(packed.id, packed.vector, None, None, packed.first, packed.last,  # type: ignore[arg-type]
                         packed.size, bags={"words": (packed.word_keys, packed.word_weights),
                                            "names": (packed.name_keys, packed.name_weights)})

    @property  # type: ignore[override]
    def words(self) -> dict[int, float]:
        if self._words is None:
            self._words = self._packed.words()
        return self._words

    @words.setter
    def words(self, value: dict[int, float] | None) -> None:
        self._words = value

    @property  # type: ignore[override]
    def names(self) -> dict[str, float]:
        if self._names is None:
            self._names = self._packed.names()
        return self._names

    @names.setter
    def names(self, value: dict[str, float] | None) -> None:
        self._names = value


def _pack(p: Profile) -> Profile | _Packed:
    """`p` packed when its words are int keys and all its weights Python floats (what
    `link.threads` makes and stores): only then is unpacking exact; else `p` itself."""
    # (the types looked at in C: a generator a key was ~1 ms a profile, ~200 profiles a batch)
    if not (_only(p.words, int) and _only(p.words.values(), float)
            and _only(p.names, str) and _only(p.names.values(), float)):
        return p
    try:
        np.array(list(p.words), dtype=np.int64)
    except OverflowError:
        return p
    (word_keys, word_weights), (name_keys, name_weights) = p.bag("words"), p.bag("names")
    return _Packed(p.id, p.vector, word_keys, word_weights, _positions(list(p.words), word_keys),
                   name_keys, name_weights, _positions(list(p.names), name_keys), p.first, p.last, p.size)


def _only(items: Iterable, kind: type) -> bool:
    """Whether every item is of exactly this type (`all(type(x) is kind ...)`)."""
    return set(map(type, items)) <= {kind}


def _positions(keys: list, by_key: np.ndarray) -> np.ndarray:
    """Where each of `keys` (in their own order) stands in `by_key` (the same keys sorted)."""
    return np.searchsorted(by_key, np.array(keys, dtype=by_key.dtype)).astype(np.int32) if keys \
        else np.zeros(0, dtype=np.int32)


def thread_ids(groups: list[list[str]], frozen: set[str], previous: dict[str, str | None],
               order: dict[str, tuple], in_use: Callable[[str], bool], joins: dict[str, str]) -> dict[str, str]:
    """A thread id for every grouped story: the `frozen` ones (a large thread's sample) keep
    theirs, the stories in `joins` join those threads (`_joins`), and what is left of each
    group gets an id as `link.threads.assign_ids` gives them, never a large thread's."""
    thread_of = {s: previous[s] for s in frozen} | joins  # type: ignore[misc]
    large = {previous[s] for s in frozen}
    free = {s: None if previous.get(s) in large else previous.get(s) for g in groups for s in g}
    thread_of.update(assign_ids([[s for s in g if s not in thread_of] for g in groups if any(s not in thread_of for s in g)],
                                free, order, in_use))
    return thread_of


def _joins(groups: list[list[str]], frozen: set[str], previous: dict[str, str | None], index: dict[str, int],
           sim: np.ndarray, threshold: float) -> dict[str, str]:
    """The large thread each other story grouped with a sample joins: of the samples in its
    group, the thread whose whole sample (spread over the thread's time) it is closest to
    on average, when that average reaches the linkage's `threshold` (as the whole thread's
    average would decide it); else none (two large threads are not merged here, nor a
    story pulled in by a chain of others)."""
    sample: dict[str, list[int]] = {}
    for s in sorted(frozen):
        sample.setdefault(previous[s], []).append(index[s])  # type: ignore[arg-type]
    out: dict[str, str] = {}
    for group in groups:
        threads = sorted({previous[s] for s in group if s in frozen})  # type: ignore[type-var]
        if not threads:
            continue
        movers = [s for s in group if s not in frozen]
        if not movers:
            continue
        # each mover's mean with each thread's sample, a block a thread (the same means as
        # one `np.mean` a pair: a row's reduction; #23: ~800 calls a late batch)
        rows = [index[s] for s in movers]
        means = np.stack([sim[np.ix_(rows, sample[t])].mean(axis=1) for t in threads], axis=1)
        for s, row in zip(movers, means.tolist(), strict=True):
            best, tid = min(zip(row, threads, strict=True), key=lambda x: (-x[0], x[1]))
            if best >= threshold:
                out[s] = tid
    return out


def _nearest_in_time(near: set[str], touched: set[str], rows: dict[str, Any], limit: int) -> set[str]:
    """At most `limit` of the `near` stories: the touched ones, then the others by the days
    between them and the touched stories' span (ties by id)."""
    if len(near) <= limit:
        return near
    days = [d for s in touched if s in rows for d in (_day(rows[s], "first"), _day(rows[s], "last")) if d]
    lo, hi = (min(days), max(days)) if days else (date.min, date.max)

    def distance(sid: str) -> int:
        first, last = _day(rows[sid], "first"), _day(rows[sid], "last")
        if first is None or last is None:
            return 0  # undated: nothing keeps it away
        return max(0, (first - hi).days, (lo - last).days)

    others = sorted((s for s in near if s not in touched), key=lambda s: (distance(s), s))
    return (near & touched) | set(others[: max(0, limit - len(near & touched))])


def _day(row: Any, end: str) -> date | None:
    """A story's first or last news day, else its clustering day."""
    return getattr(row, f"news_{end}_day") or getattr(row, f"{end}_day")
