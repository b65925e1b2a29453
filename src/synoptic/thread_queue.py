"""The stories an ingest call touched whose threads wait for the next regrouping
(`settings.store.threads_every`): regrouped together once, every k batches and after the
call's last batch, instead of in every batch (#23: `Threader.update` ran once a batch)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from synoptic.link.features import Features
from synoptic.settings import Settings, ThreadSettings
from synoptic.store import threads as store_threads
from synoptic.store.db import chunks
from synoptic.store.models import ArticleRow, StoryRow
from synoptic.store.queries import MEMBER_ORDER
from synoptic.threader import Threader

Held = Callable[[Iterable[str]], list[Features] | None]


class ThreadQueue:
    """Story ids touched (live or deleted) since the threads were last regrouped."""

    def __init__(self) -> None:
        self.touched: set[str] = set()
        self.deleted: set[str] = set()
        self.batches = 0  # batches since the last regrouping

    def __bool__(self) -> bool:
        return bool(self.touched or self.deleted)

    def add(self, live: Iterable[str], deleted: Iterable[str]) -> None:
        self.touched.update(live)
        self.deleted.update(deleted)
        self.batches += 1

    def unthreaded(self, session: Session) -> None:
        """Add the stored stories no regrouping ever saw (a run killed before its threads
        were regrouped leaves them so): a fresh run threads them with its first pass."""
        self.touched.update(session.scalars(select(StoryRow.id).where(StoryRow.thread_id.is_(None))))

    def due(self, every: int) -> bool:
        return every > 0 and self.batches >= every

    def after_batch(self, session: Session, threader: Threader, settings: Settings, now: datetime,
                    live: list[tuple[StoryRow, list[Any]]], deleted: list[str], held: Held, final: bool) -> None:
        """A batch's threads: its touched stories regrouped now (every batch: `threads_every`
        1 and none waiting), else queued and regrouped with the others when due or `final`."""
        if settings.store.threads_every == 1 and not self:
            members = {story.id: [m.id for m in rows] for story, rows in live}
            threader.update(session, [story for story, _ in live], settings.threads, now,
                            held=lambda sid: held(members.get(sid, ())), deleted=deleted)
            return
        self.add([story.id for story, _ in live], deleted)
        if final or self.due(settings.store.threads_every):
            self.flush(session, threader, settings.threads, now, held)
        else:
            self.emptied(session, now)

    def flush(self, session: Session, threader: Threader, settings: ThreadSettings, now: datetime,
              held: Held) -> None:
        """Regroup the waiting stories as one batch touching them all would (each with its
        current rows and members); only the emptied stories' threads go when none waits."""
        ids = sorted(self.touched)
        stories = [s for chunk in chunks(ids) for s in session.scalars(select(StoryRow).where(StoryRow.id.in_(chunk)))]
        members: dict[str, list[str]] = {}
        for chunk in chunks([s.id for s in stories]):
            for sid, aid in session.execute(select(ArticleRow.story_id, ArticleRow.id)
                                            .where(ArticleRow.story_id.in_(chunk))
                                            .order_by(ArticleRow.story_id, *MEMBER_ORDER)):
                members.setdefault(sid, []).append(aid)
        live = {s.id for s in stories}
        threader.update(session, stories, settings, now, held=lambda sid: held(members.get(sid, ())),
                        deleted=sorted(self.deleted - live))
        self.touched, self.deleted, self.batches = set(), set(), 0

    @staticmethod
    def emptied(session: Session, now: datetime) -> None:
        """In a batch that does not regroup: the threads its deleted stories left empty go
        (they are known to this transaction only)."""
        store_threads.save_threads(session, {}, {}, now)
