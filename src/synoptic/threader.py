"""Keeps a store's threads as stories grow: the ingest service calls it once a batch,
inside the batch's write transaction, after the touched stories are summed up.

Each batch regroups, with `link.threads.group_threads`, the stories it touched, the
stories near them in time whose vectors come close to one of them (a cheap dense filter
that keeps the regrouped set small in a large store), and every other story of their
threads (a thread is regrouped whole). Thread ids stay with the most of their stories.
Profiles are kept in the store and, for the stories near in time, in memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np
from sqlalchemy.orm import Session

from synoptic.link.event_days import stored_numbers
from synoptic.link.features import Features
from synoptic.link.threads import (
    Profile,
    assign_ids,
    group_threads,
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

    def forget(self) -> None:
        """Drop the cache (another process changed the store, or a batch failed)."""
        self._profiles = {}

    def update(self, session: Session, stories: list[Any], settings: ThreadSettings, now: datetime) -> None:
        """Regroup the touched `stories` (StoryRow, summed up) and their neighbours."""
        if not stories:
            store_threads.save_threads(session, {}, {}, now)  # the threads of deleted stories go
            return
        touched = {s.id for s in stories}
        fresh = self._build(session, sorted(touched), settings)
        writes.save_profiles(session, {sid: pack_profile(p) for sid, p in fresh.items()})
        window = timedelta(days=settings.window_days)
        lo, hi = min(s.first_day for s in stories) - window, max(s.last_day for s in stories) + window
        rows = {r.id: r for r in store_threads.window_stories(session, lo, hi)}
        self._load(session, rows, settings)
        near = self._near(sorted(touched & set(self._profiles)), rows, settings)
        # every story of the threads involved, wherever it lies in time
        involved = {rows[s].thread_id for s in near if s in rows and rows[s].thread_id}
        for r in store_threads.thread_members(session, sorted(involved)):
            rows.setdefault(r.id, r)
            near.add(r.id)
        near = _nearest_in_time(near, touched, rows, settings.regroup_stories)
        self._load(session, {s: rows[s] for s in near}, settings)
        members = [self._profile(s) for s in sorted(near) if s in self._profiles]
        for p in members:  # news days only: an undated story is not kept apart by time
            p.first, p.last = rows[p.id].news_first_day, rows[p.id].news_last_day
        previous = {s: rows[s].thread_id for s in near}
        order = {s: (rows[s].news_first_day or rows[s].first_day or date.max, s) for s in near}
        thread_of = assign_ids(group_threads(members, settings), previous, order,
                               store_threads.thread_in_use(session))
        store_threads.save_threads(session, thread_of, previous, now,
                                   refresh={thread_of[s] for s in touched if s in thread_of})
        if len(self._profiles) > settings.cached_profiles:
            self._profiles = {}  # rebuilt from the store as batches need them
        used = {p.id for p in members}
        for sid, p in self._profiles.items():
            if sid not in used and isinstance(p, Profile):
                self._profiles[sid] = _pack(p)

    def _profile(self, story_id: str) -> Profile:
        """A cached profile as `link.threads` takes it (unpacked, and kept so while used)."""
        p = self._profiles[story_id]
        if isinstance(p, _Packed):
            p = self._profiles[story_id] = p.unpacked()
        return p

    def _build(self, session: Session, story_ids: list[str], settings: ThreadSettings) -> dict[str, Profile]:
        """Profiles of stories from their articles' stored features (into the cache)."""
        built = {}
        for sid, stored in stored_features(session, story_ids).items():
            feats = [Features(s.id, s.vector, s.names, stored_numbers(s.numbers)[0], s.cluster_day) for s in stored]
            for f, s in zip(feats, stored, strict=True):
                if s.words is not None and s.word_tf is not None:
                    f.words, f.word_tf = s.words, s.word_tf
            if feats:
                built[sid] = story_profile(sid, feats, None, None, settings)
        self._profiles.update(built)
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
        if stale:
            writes.save_profiles(session, {s: pack_profile(p) for s, p in self._build(session, stale, settings).items()})

    def _near(self, touched: list[str], rows: dict[str, Any], settings: ThreadSettings) -> set[str]:
        """The touched stories and the stories in the window whose vector comes within
        `candidate_cosine` of one of them."""
        others = [s for s in rows if s in self._profiles]
        if not touched or not others:
            return set(touched)
        a = np.stack([self._profiles[s].vector for s in touched])
        b = np.stack([self._profiles[s].vector for s in others])
        close = (a @ b.T >= settings.candidate_cosine).any(axis=0)
        return set(touched) | {s for s, c in zip(others, close, strict=True) if c}


@dataclass(frozen=True)
class _Packed:
    """A cached story profile in arrays: ~5 KB where its dicts of Python numbers take ~25
    (#18/#23: 12,600 stories' profiles at 100,000 synthetic articles, ~0.3 GB). Unpacked it
    is the same profile: the same keys and weights (float64 both ways), in the same order."""

    id: str
    vector: np.ndarray  # as it was: `_near` reads it packed
    word_keys: np.ndarray  # int64
    word_weights: np.ndarray  # float64
    name_keys: tuple[str, ...]
    name_weights: np.ndarray  # float64
    first: date | None
    last: date | None
    size: int

    def unpacked(self) -> Profile:
        return Profile(self.id, self.vector, dict(zip(self.word_keys.tolist(), self.word_weights.tolist(), strict=True)),
                       dict(zip(self.name_keys, self.name_weights.tolist(), strict=True)),
                       self.first, self.last, self.size)


def _pack(p: Profile) -> Profile | _Packed:
    """`p` packed when its words are int keys and all its weights Python floats (what
    `link.threads` makes and stores): only then is unpacking exact; else `p` itself."""
    if not (all(type(k) is int for k in p.words) and all(type(w) is float for w in p.words.values())
            and all(type(k) is str for k in p.names) and all(type(w) is float for w in p.names.values())):
        return p
    try:
        keys = np.array(list(p.words), dtype=np.int64)
    except OverflowError:
        return p
    return _Packed(p.id, p.vector, keys, np.array(list(p.words.values()), dtype=np.float64),
                   tuple(p.names), np.array(list(p.names.values()), dtype=np.float64), p.first, p.last, p.size)


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
