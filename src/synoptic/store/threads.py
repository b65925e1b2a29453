"""Threads in the store: which stories a batch's threading looks at, the thread of each
story, thread rows (title, days, count), and what the faces ask of threads.

The ingest service groups (`link.threads`); these functions only read and write.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session

from synoptic.store.db import chunks
from synoptic.store.models import ArticleRow, StoryRow, ThreadRow
from synoptic.store.queries import MEMBER_ORDER

_WINDOW_COLUMNS = (StoryRow.id, StoryRow.thread_id, StoryRow.first_day, StoryRow.last_day,
                   StoryRow.news_first_day, StoryRow.news_last_day, StoryRow.profile.is_not(None).label("has_profile"))


def window_stories(session: Session, lo: date, hi: date) -> list[Any]:
    """The stories whose (clustering) days overlap `lo`..`hi`: rows of id, thread_id,
    days and whether a profile is stored."""
    session.flush()  # the batch's stories, days and profiles (write sessions do not autoflush)
    return list(session.execute(select(*_WINDOW_COLUMNS).where(StoryRow.last_day >= lo, StoryRow.first_day <= hi)))


def thread_members(session: Session, thread_ids: list[str]) -> list[Any]:
    """Every story of these threads, as `window_stories` gives them."""
    out: list[Any] = []
    for chunk in chunks(thread_ids):
        out.extend(session.execute(select(*_WINDOW_COLUMNS).where(StoryRow.thread_id.in_(chunk))))
    return out


def thread_sizes(session: Session, thread_ids: list[str]) -> dict[str, int]:
    """The stories each of these threads holds (as its row last summed it up)."""
    out: dict[str, int] = {}
    for chunk in chunks(thread_ids):
        out.update(session.execute(select(ThreadRow.id, ThreadRow.story_count).where(ThreadRow.id.in_(chunk))).all())
    return out


def thread_sample(session: Session, thread_id: str, size: int, n: int) -> list[Any]:
    """At most `n` stories of a thread of `size` stories, spread evenly over it in time
    (every size/n-th by first day), as `window_stories` gives them: one indexed query
    however long the thread, and the sample only moves as the thread grows."""
    step = max(1, -(-size // n))
    rank = func.row_number().over(order_by=(StoryRow.first_day, StoryRow.id)).label("rank")
    ranked = select(*_WINDOW_COLUMNS, rank).where(StoryRow.thread_id == thread_id).subquery()
    rows = session.execute(select(*[ranked.c[c.key] for c in _WINDOW_COLUMNS])
                           .where((ranked.c.rank - 1) % step == 0).order_by(ranked.c.rank))
    return list(rows)[:n]


class ThreadOrder:
    """Each thread's stories in `thread_sample`'s order (first day, then id; undated
    first, as SQLite sorts NULL), kept in memory by the one process that writes threads
    (the ingest's threader) and told every change: a thread is read from the store once,
    then `thread_sample` picks from it without reading the whole thread again (#18/#23: a
    large thread's sample read and ranked all of its stories at every batch, a cost that
    grew with the store). Drop it (`forget`) whenever another process may have written."""

    def __init__(self) -> None:
        self._threads: dict[str, list[tuple[bool, date, str]]] = {}  # thread id -> sorted keys
        self._thread_of: dict[str, tuple[str, tuple[bool, date, str]]] = {}  # story -> (thread, key), threads held

    @staticmethod
    def _key(story_id: str, first_day: date | None) -> tuple[bool, date, str]:
        return (first_day is not None, first_day or date.min, story_id)

    def forget(self) -> None:
        self._threads = {}
        self._thread_of = {}

    def _remove(self, story_id: str) -> None:
        held = self._thread_of.pop(story_id, None)
        if held is not None:
            tid, key = held
            keys = self._threads[tid]
            del keys[bisect_left(keys, key)]

    def dated(self, story_id: str, first_day: date | None) -> None:
        """A story's first day as now stored."""
        held = self._thread_of.get(story_id)
        if held is not None:
            self.moved(story_id, held[0], first_day)

    def deleted(self, story_id: str) -> None:
        self._remove(story_id)

    def moved(self, story_id: str, thread_id: str | None, first_day: date | None) -> None:
        """A story now stored in thread `thread_id` (None: in none)."""
        self._remove(story_id)
        if thread_id is not None and thread_id in self._threads:
            key = self._key(story_id, first_day)
            insort(self._threads[thread_id], key)
            self._thread_of[story_id] = (thread_id, key)

    def sample(self, session: Session, thread_id: str, size: int, n: int) -> list[Any]:
        """`thread_sample` from the thread held (read from the store the first time)."""
        keys = self._threads.get(thread_id)
        if keys is None:
            keys = sorted(self._key(sid, day) for sid, day in session.execute(
                select(StoryRow.id, StoryRow.first_day).where(StoryRow.thread_id == thread_id)))
            self._threads[thread_id] = keys
            self._thread_of.update((k[2], (thread_id, k)) for k in keys)
        step = max(1, -(-size // n))
        ids = [k[2] for k in keys[::step][:n]]
        found = {r.id: r for r in session.execute(select(*_WINDOW_COLUMNS).where(StoryRow.id.in_(ids)))}
        return [found[sid] for sid in ids]


def profiles_of(session: Session, story_ids: list[str]) -> dict[str, bytes]:
    """The stored thread profiles of these stories."""
    out: dict[str, bytes] = {}
    for chunk in chunks(story_ids):
        out.update((sid, blob) for sid, blob in session.execute(
            select(StoryRow.id, StoryRow.profile).where(StoryRow.id.in_(chunk), StoryRow.profile.is_not(None))))
    return out


_EMPTIED = "synoptic.threads_of_deleted_stories"


def threads_of_deleted(session: Session) -> set[str]:
    """The threads of the stories this transaction deleted (`writes.summarize_stories`):
    the only ones, besides those a story left, that can be left without stories."""
    return session.info.setdefault(_EMPTIED, set())


def thread_in_use(session: Session) -> Callable[[str], bool]:
    """Whether a thread id is stored already."""
    return lambda tid: session.get(ThreadRow, tid) is not None


def save_threads(session: Session, thread_of: dict[str, str], previous: dict[str, str | None],
                 now: datetime, refresh: Iterable[str] = ()) -> None:
    """Stories to their threads; the rows of every thread that gained or lost a story, and
    of the `refresh` threads (a story of theirs changed), are summed up again (title: its
    largest story's, earliest first; news days; count); threads left without stories are
    deleted."""
    session.flush()
    changed = {sid: tid for sid, tid in thread_of.items() if previous.get(sid) != tid}
    if changed:
        session.execute(update(StoryRow), [{"id": sid, "thread_id": tid} for sid, tid in changed.items()])
    affected = sorted(set(changed.values()) | {previous[s] for s in changed if previous.get(s)} | set(refresh))
    for chunk in chunks(affected):
        summed = _thread_sums(session, chunk)
        # the chunk's stored thread rows in one query (#23: a `session.get` a thread, ~30
        # SELECTs a late batch; all is flushed above, so the same rows)
        stored = {r.id: r for r in session.scalars(select(ThreadRow).where(ThreadRow.id.in_(chunk)))}
        for tid in chunk:
            sums = summed.get(tid)
            row = stored.get(tid)
            if sums is None:
                if row is not None:
                    session.delete(row)
                continue
            if row is None:
                row = ThreadRow(id=tid, updated_at=now)
                session.add(row)
            row.title, row.story_count, row.first_day, row.last_day = sums
            row.updated_at = now
    # threads whose last story was deleted (emptied by a merge) outside this batch's view:
    # of the threads of the deleted stories, those no story names any more (#18/#23: every
    # thread was checked against every story's, a scan of both tables at each batch)
    emptied = threads_of_deleted(session)
    for chunk in chunks(sorted(emptied)):
        session.execute(delete(ThreadRow).where(
            ThreadRow.id.in_(chunk),
            ThreadRow.id.not_in(select(StoryRow.thread_id).where(StoryRow.thread_id.in_(chunk)))))
    emptied.clear()


def _thread_sums(session: Session, thread_ids: list[str]) -> dict[str, tuple[str, int, date | None, date | None]]:
    """Each thread's title (its largest story's, earliest first, then by id), story count and
    news days, summed by the database: a thread's stories are not read one by one (#18: a
    batch sums up the threads it touched, and a topic's thread grows with the store)."""
    rank = func.row_number().over(
        partition_by=StoryRow.thread_id,
        order_by=(StoryRow.article_count.desc(), StoryRow.first_day.is_(None), StoryRow.first_day, StoryRow.id),
    ).label("rank")
    ranked = select(StoryRow.thread_id, StoryRow.title, rank).where(StoryRow.thread_id.in_(thread_ids)).subquery()
    titles = dict(session.execute(select(ranked.c.thread_id, ranked.c.title).where(ranked.c.rank == 1)).all())
    out: dict[str, tuple[str, int, date | None, date | None]] = {}
    for tid, count, first, last in session.execute(
        select(StoryRow.thread_id, func.count(), func.min(StoryRow.news_first_day), func.max(StoryRow.news_last_day))
        .where(StoryRow.thread_id.in_(thread_ids)).group_by(StoryRow.thread_id)
    ):
        title = titles.get(tid) or session.scalar(  # its largest story untitled: another's title
            select(StoryRow.title).where(StoryRow.thread_id == tid, StoryRow.title != "").limit(1)) or ""
        out[tid] = (title, count, first, last)
    return out


def _lede(story: StoryRow) -> str:
    """A story's lede: the first sentence of its brief's summary, else its title."""
    sd = (story.brief or {}).get("stories", [{}])[0] if story.brief else {}
    summary = sd.get("summary") or []
    first = summary[0] if summary else None
    text = first.get("text") if isinstance(first, dict) else first if isinstance(first, str) else None
    return text or story.title


class ThreadQueries:
    """The read-only thread methods of `Store`."""

    engine: Engine

    def list_threads(self, since: date | None = None, limit: int | None = None) -> list[dict]:
        """Threads, newest news first (undated last): id, title, stories, articles, days."""
        with Session(self.engine) as session:
            stmt = select(ThreadRow)
            if since is not None:
                stmt = stmt.where(ThreadRow.last_day >= since)
            stmt = stmt.order_by(ThreadRow.last_day.desc().nulls_last(), ThreadRow.updated_at.desc(), ThreadRow.id)
            if limit is not None:
                stmt = stmt.limit(limit)
            threads = session.scalars(stmt).all()
            stories: dict[str, list[str]] = {}
            articles: dict[str, list[str]] = {}
            ids = [t.id for t in threads]
            for chunk in chunks(ids):
                for tid, sid in session.execute(
                    select(StoryRow.thread_id, StoryRow.id).where(StoryRow.thread_id.in_(chunk))
                    .order_by(StoryRow.news_first_day.asc().nulls_last(), StoryRow.first_day, StoryRow.id)
                ):
                    stories.setdefault(tid, []).append(sid)
                for tid, aid in session.execute(
                    select(StoryRow.thread_id, ArticleRow.id).join(ArticleRow, ArticleRow.story_id == StoryRow.id)
                    .where(StoryRow.thread_id.in_(chunk)).order_by(*MEMBER_ORDER)
                ):
                    articles.setdefault(tid, []).append(aid)
            return [_thread_summary(t, stories.get(t.id, []), articles.get(t.id, [])) for t in threads]

    def thread(self, thread_id: str) -> dict | None:
        """One thread with its stories in date order, each with its lede and days."""
        with Session(self.engine) as session:
            row = session.get(ThreadRow, thread_id)
            if row is None:
                return None
            members = session.scalars(
                select(StoryRow).where(StoryRow.thread_id == thread_id)
                .order_by(StoryRow.news_first_day.asc().nulls_last(), StoryRow.first_day, StoryRow.id)
            ).all()
            articles = list(session.scalars(
                select(ArticleRow.id).join(StoryRow, ArticleRow.story_id == StoryRow.id)
                .where(StoryRow.thread_id == thread_id).order_by(*MEMBER_ORDER)))
            out = _thread_summary(row, [s.id for s in members], articles)
            out["items"] = [{
                "id": s.id, "title": s.title, "lede": _lede(s), "article_count": s.article_count,
                "first_day": s.news_first_day.isoformat() if s.news_first_day else None,
                "last_day": s.news_last_day.isoformat() if s.news_last_day else None,
            } for s in members]
            return out


def _thread_summary(row: ThreadRow, stories: list[str], articles: list[str]) -> dict:
    return {
        "id": row.id,
        "title": row.title,
        "stories": stories,
        "articles": articles,
        "first_day": row.first_day.isoformat() if row.first_day else None,
        "last_day": row.last_day.isoformat() if row.last_day else None,
    }
