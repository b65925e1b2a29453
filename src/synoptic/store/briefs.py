"""A story's brief as a cache keyed by the story's revision (the set and versions of its articles).

Ingest never leaves a brief of older members in place: every batch that touches a story
drops its brief (`writes.drop_brief`) or writes a new one, in the same transaction as the
change. A brief built later (`synoptic.briefs`: on the first view, or once the story is
quiet) is built outside any write lock and saved only when the story's revision is still
the one it was built from, so a stored brief is always that of the story's current members.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.orm import Session

from synoptic.store.models import (
    ArticleRow,
    EntityRow,
    FactRow,
    OriginRow,
    OutletStoryRow,
    StateRow,
    StoryRow,
)
from synoptic.store.outlet_writes import touched_outlets
from synoptic.store.queries import MEMBER_ORDER


def story_revision(session: Session, story_id: str) -> str | None:
    """The story's revision: a hash of its members and their texts (None: no such story or no member)."""
    rows = session.execute(
        select(ArticleRow.id, ArticleRow.content_hash).where(ArticleRow.story_id == story_id).order_by(*MEMBER_ORDER)
    ).all()
    if not rows:
        return None
    digest = hashlib.sha256()
    for aid, content in rows:
        digest.update(f"{aid}\x00{content}\x01".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def brief_state(engine: Engine, story_id: str) -> tuple[dict | None, str | None, bool]:
    """(the stored brief, its error, whether the story exists)."""
    with Session(engine) as session:
        story = session.get(StoryRow, story_id)
        if story is None:
            return None, None, False
        return story.brief, story.brief_error, True


def pending_story_ids(engine: Engine, quiet_since: datetime | None = None, limit: int | None = None) -> list[str]:
    """Stories without a brief and without a failed attempt at their current revision;
    with `quiet_since`, only those no batch touched after it (quiet ones), oldest change first."""
    with Session(engine) as session:
        stmt = select(StoryRow.id).where(StoryRow.brief.is_(None), StoryRow.brief_error.is_(None))
        if quiet_since is not None:
            stmt = stmt.where(StoryRow.updated_at <= quiet_since)
        stmt = stmt.order_by(StoryRow.updated_at, StoryRow.id)
        if limit is not None:
            stmt = stmt.limit(limit)
        return list(session.scalars(stmt))


def encoder_name(engine: Engine) -> str | None:
    """The encoder the store's vectors were made with (`writes.check_encoder`)."""
    with Session(engine) as session:
        row = session.get(StateRow, "encoder")
        return row.value if row else None


def clear_brief_rows(session: Session, story_id: str) -> None:
    """The denormalized parts of a story's brief, before they are written again."""
    for table in (OriginRow, FactRow, EntityRow):
        session.execute(delete(table).where(table.story_id == story_id))
    touched_outlets(session).update(session.scalars(
        select(OutletStoryRow.outlet_id).where(OutletStoryRow.story_id == story_id).distinct()))
    session.execute(delete(OutletStoryRow).where(OutletStoryRow.story_id == story_id))


def save_analyses(session: Session, blobs: dict[str, tuple[str, bytes]]) -> None:
    """Articles' analyses (id -> (content hash it was made from, pickled analysis)), kept
    only where the article's text is still that one."""
    for aid, (content, blob) in blobs.items():
        session.execute(update(ArticleRow).where(ArticleRow.id == aid, ArticleRow.content_hash == content)
                        .values(analysis=blob))
