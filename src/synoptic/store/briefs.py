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

from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session

from synoptic.store.matching import _article_ids
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
from synoptic.store.prepared import Prepared, reading
from synoptic.store.queries import BRIEF_PENDING, MEMBER_ORDER, outlet_match
from synoptic.store.search import entity_names, expand, parse_query
from synoptic.store.search_index import article_search
from synoptic.util.folding import words


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


_PENDING_COUNT = select(func.count()).select_from(StoryRow).where(BRIEF_PENDING)  # built once


def pending_count(engine: Engine) -> int:
    """How many stories have their brief still to build."""
    with engine.connect() as conn:
        return int(conn.scalar(_PENDING_COUNT) or 0)


def _newest_pending(session: Session, stories, limit: int) -> tuple[list[str], int]:
    """Of the stories the subquery `stories` selects, the pending ones: the `limit` newest
    (by their news, then their last change) and how many in all. A store with none pending
    answers from the partial index of pending stories (migration 0007_lazy) alone."""
    if session.scalar(select(StoryRow.id).where(BRIEF_PENDING).limit(1)) is None:
        return [], 0
    where = (BRIEF_PENDING, StoryRow.id.in_(stories))
    total = int(session.scalar(select(func.count()).select_from(StoryRow).where(*where)) or 0)
    ids = session.scalars(select(StoryRow.id).where(*where).order_by(
        StoryRow.news_last_day.desc().nulls_last(), StoryRow.updated_at.desc(), StoryRow.id).limit(limit)).all()
    return list(ids), total


_ANY_PENDING = Prepared(select(StoryRow.id).where(BRIEF_PENDING).limit(1))  # built once


def pending_mentioning(engine: Engine, query: str, key: str | None = None, limit: int = 50) -> tuple[list[str], int]:
    """Pending stories one of whose articles holds every word of `query` (the full-text
    index), or one of the other names of the entity it names (`search.expand`), or of the
    entity `key` (its stored names): the stories whose brief may name it. The `limit` newest
    and how many in all."""
    with reading(engine) as reads:
        if _ANY_PENDING.scalar(reads) is None:
            return [], 0  # the common case once briefs are built: no full-text query
    with engine.connect() as session:  # reads only: a plain connection
        alternatives = expand(session, query).alternatives if parse_query(query) else []
        if key is not None:
            names = session.scalar(select(entity_names.c.names).where(entity_names.c.key == key)) or ""
            alternatives += [[words(n)] for n in names.split("\n") if words(n)]
        if not alternatives:
            return [], 0
        matching = (select(ArticleRow.story_id).join(article_search, article_search.c.article_id == ArticleRow.id)
                    .where(article_search.c.id.in_(_article_ids(session, alternatives))))
        return _newest_pending(session, matching, limit)


def newest_pending(engine: Engine, limit: int = 50) -> tuple[list[str], int]:
    """The `limit` newest pending stories and how many in all."""
    with Session(engine) as session:
        return _newest_pending(session, select(StoryRow.id), limit)


def pending_of_outlet(engine: Engine, outlet: str, limit: int = 50) -> tuple[list[str], int]:
    """Pending stories with an article of this outlet (its id or name): the `limit` newest
    and how many in all."""
    with Session(engine) as session:
        return _newest_pending(session, select(ArticleRow.story_id).where(outlet_match(outlet)), limit)


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
