"""What the faces ask the store: story listings, search, a story's brief, an article, an entity.

`StoreQueries` holds the read-only methods of `Store` (they need only `self.engine`);
the module functions are the reads the ingest service makes inside its write session.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
from sqlalchemy import Engine, Text, and_, bindparam, cast, func, or_, select
from sqlalchemy.orm import Session, defer

from synoptic.model import Article, Outlet, Removed
from synoptic.store.blobs import unpack_vector, unpack_words
from synoptic.store.db import chunks
from synoptic.store.models import ArticleRow, EntityRow, RevisionRow, StoryRow
from synoptic.store.prepared import Prepared, reading

# members of a story, oldest first: the order of its brief, listings and features
MEMBER_ORDER = (ArticleRow.cluster_day, ArticleRow.ingested_at, ArticleRow.id)


@dataclass
class StoredFeatures:
    """What story clustering needs of a stored article (see `link.features.Features`)."""

    id: str
    story_id: str
    vector: np.ndarray
    names: frozenset[str]
    numbers: frozenset[str]
    cluster_day: date
    words: np.ndarray | None  # None for a row stored before words were kept
    word_tf: np.ndarray | None
    published: date | None = None  # the news date; None when undated


def article_from_row(row: ArticleRow) -> Article:
    return Article(
        id=row.id,
        source=row.source,
        text=row.text,
        raw_text=row.raw_text or "",
        title=row.title or "",
        outlet=row.outlet,
        url=row.url,
        language=row.language,
        published=row.published,
        author=row.author,
        removed=[Removed(r.get("text", ""), r.get("reason", ""), r.get("line")) for r in row.removed or []],
        headings=[(int(a), int(b)) for a, b in row.headings or []],
        meta=dict(row.meta or {}),
        outlet_info=outlet_from_row(row),
        wire=getattr(row, "wire", None),
    )


def outlet_from_row(row: Any) -> Outlet | None:
    """The article's stored outlet; a row stored before outlets were resolved keeps its label only."""
    outlet_id = getattr(row, "outlet_id", None)
    name_from = getattr(row, "outlet_name_from", None)
    if outlet_id is None and not (row.outlet and name_from):
        return None
    return Outlet(
        id=outlet_id, name=row.outlet if name_from else None, country=row.outlet_country,
        language=row.outlet_language, kind=row.outlet_kind or "unknown", name_from=name_from,
    )


def existing(session: Session, column: Any, values: Iterable[str]) -> set[str]:
    """Which of `values` are stored in `column` (one IN query per chunk)."""
    found: set[str] = set()
    for chunk in chunks(list(dict.fromkeys(values))):
        found.update(session.scalars(select(column).where(column.in_(chunk))))
    return found


def open_story_ids(session: Session, lo: date, hi: date) -> list[str]:
    """Stories whose days overlap `lo`..`hi`."""
    return list(session.scalars(select(StoryRow.id).where(StoryRow.last_day >= lo, StoryRow.first_day <= hi)))


def recent_story_ids(session: Session, max_articles: int) -> list[str]:
    """The most recent stories (by their last day) holding at most `max_articles` articles in all."""
    out, total = [], 0
    for sid, count in session.execute(
        select(StoryRow.id, StoryRow.article_count).order_by(StoryRow.last_day.desc(), StoryRow.id)
    ):
        total += count or 0
        if total > max_articles:
            break
        out.append(sid)
    return out


def stored_features(session: Session, story_ids: list[str]) -> dict[str, list[StoredFeatures]]:
    """The clustering features of the stories' articles, in the order they were stored;
    articles stored without a vector are left out."""
    out: dict[str, list[StoredFeatures]] = {}
    for chunk in chunks(story_ids):
        rows = session.execute(
            select(ArticleRow.id, ArticleRow.story_id, ArticleRow.vector, ArticleRow.names,
                   ArticleRow.numbers, ArticleRow.words, ArticleRow.cluster_day, ArticleRow.published)
            .where(ArticleRow.story_id.in_(chunk))
            .order_by(ArticleRow.ingested_at, ArticleRow.id)
        ).all()
        for r in rows:
            if r.vector is None:
                continue
            words, word_tf = unpack_words(r.words) if r.words is not None else (None, None)
            out.setdefault(r.story_id, []).append(StoredFeatures(
                r.id, r.story_id, unpack_vector(r.vector), frozenset(r.names or []), frozenset(r.numbers or []),
                r.cluster_day, words, word_tf, r.published,
            ))
    return out


def title_and_text(session: Session, article_ids: list[str]) -> list[Article]:
    """Articles with only their id, source, title, language and text (enough to count
    their words or title them)."""
    out: list[Article] = []
    for chunk in chunks(article_ids):
        rows = session.execute(
            select(ArticleRow.id, ArticleRow.title, ArticleRow.text, ArticleRow.source, ArticleRow.language)
            .where(ArticleRow.id.in_(chunk))
        ).all()
        out.extend(Article(id=t.id, source=t.source or "", title=t.title or "", text=t.text or "",
                           language=t.language) for t in rows)
    return out


def _members(session: Session, story_ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for chunk in chunks(story_ids):
        rows = session.execute(
            select(ArticleRow.story_id, ArticleRow.id).where(ArticleRow.story_id.in_(chunk)).order_by(*MEMBER_ORDER)
        ).all()
        for sid, aid in rows:
            out.setdefault(sid, []).append(aid)
    return out


def _story_summary(story: StoryRow, members: list[str]) -> dict:
    return {
        "id": story.id,
        "title": story.title,
        "articles": members,
        "article_count": len(members),
        "independent_sources": story.independent_sources,
        "conflicts": story.conflicts,
        "updated": story.updated_at.isoformat(),
        "outlets": list(story.outlets or []),
        # news days (published or stated in the text); None when no article is dated
        "first_day": story.news_first_day.isoformat() if story.news_first_day else None,
        "last_day": story.news_last_day.isoformat() if story.news_last_day else None,
        "dated": story.news_last_day is not None,
        "thread": story.thread_id,
    }


def _summaries(session: Session, stories: Iterable[StoryRow]) -> list[dict]:
    stories = list(stories)
    members = _members(session, [s.id for s in stories])
    pending = pending_briefs(session, [s.id for s in stories])
    return [{**_story_summary(s, members.get(s.id, [])), "brief_pending": s.id in pending} for s in stories]


# a story whose brief is still to build (its members changed; no failed attempt at this
# revision): its counts of independent sources and disputes are not known yet. The partial
# index `ix_stories_pending` (migration 0007_lazy) holds these stories: keep the two alike
BRIEF_PENDING = and_(StoryRow.brief.is_(None), StoryRow.brief_error.is_(None))


def pending_briefs(session: Session, story_ids: list[str]) -> set[str]:
    """Which of these stories have their brief still to build (`BRIEF_PENDING`), without
    reading any brief."""
    out: set[str] = set()
    for chunk in chunks(story_ids):
        out.update(session.scalars(select(StoryRow.id).where(StoryRow.id.in_(chunk), BRIEF_PENDING)))
    return out


def _contains(column: Any, query: str) -> Any:
    """`column` holds `query`, case-insensitively, as literal text: a `%` or `_` the user
    types is searched for, not a LIKE wildcard (`q=%` would match everything)."""
    escaped = query.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped}%", escape="\\")


def _story_filter(stmt, since: date | None, query: str | None, entity: str | None, outlet: str | None):
    if since is not None:
        # by the news, not by when it was stored: an undated story is not "since" any day
        stmt = stmt.where(StoryRow.news_last_day >= since)
    if query:
        in_articles = select(ArticleRow.story_id).where(_contains(ArticleRow.title, query))
        in_entities = select(EntityRow.story_id).where(_contains(EntityRow.name, query))
        stmt = stmt.where(or_(_contains(StoryRow.title, query), StoryRow.id.in_(in_articles),
                              StoryRow.id.in_(in_entities)))
    if entity:
        stmt = stmt.where(StoryRow.id.in_(select(EntityRow.story_id).where(EntityRow.key == entity)))
    if outlet:
        stmt = stmt.where(StoryRow.id.in_(select(ArticleRow.story_id).where(outlet_match(outlet))))
    return stmt


def outlet_match(outlet: str) -> Any:
    """Articles of an outlet given by its id ("france24.com", "www.france24.com") or its
    name as shown ("France 24"), in any case."""
    return outlet_clause(**outlet_values(outlet))


def outlet_values(outlet: str) -> dict[str, str]:
    """What `outlet_clause` compares: the outlet as an id and as a name."""
    key = outlet.strip().lower()
    return {"outlet_id": key.removeprefix("www."), "outlet_name": key}


def outlet_clause(outlet_id: Any, outlet_name: Any) -> Any:
    """`outlet_match` of these values (or bound parameters: a statement built once)."""
    return or_(ArticleRow.outlet_id == outlet_id, func.lower(ArticleRow.outlet) == outlet_name)


_BRIEF_TEXT = Prepared(select(cast(StoryRow.brief, Text), StoryRow.thread_id).where(StoryRow.id == bindparam("id")))


class StoreQueries:
    """The read-only methods of `Store`."""

    engine: Engine

    def list_stories(
        self,
        since: date | None = None,
        query: str | None = None,
        entity: str | None = None,
        outlet: str | None = None,
        limit: int | None = 50,
        offset: int = 0,
    ) -> list[dict]:
        """Stories, newest news first (undated ones last, newest update first); `limit=None` lists them all."""
        with Session(self.engine) as session:
            # a listing never needs the stored brief JSON (~100 KB a story)
            stmt = _story_filter(select(StoryRow).options(defer(StoryRow.brief)), since, query, entity, outlet)
            stmt = stmt.order_by(StoryRow.news_last_day.desc().nulls_last(), StoryRow.updated_at.desc(),
                                 StoryRow.id)
            if limit is not None:
                stmt = stmt.limit(limit)
            return _summaries(session, session.scalars(stmt.offset(offset)).all())

    def count_stories(
        self,
        since: date | None = None,
        query: str | None = None,
        entity: str | None = None,
        outlet: str | None = None,
    ) -> int:
        with Session(self.engine) as session:
            stmt = _story_filter(select(func.count()).select_from(StoryRow), since, query, entity, outlet)
            return int(session.scalar(stmt) or 0)

    def story_brief(self, story_id: str) -> dict | None:
        with Session(self.engine) as session:
            story = session.get(StoryRow, story_id)
            if story is None or story.brief is None:
                return None
            data = story.brief
            for sd in data.get("stories", []):
                sd["thread"] = story.thread_id  # threads change without rebuilding briefs
            return data

    def story_brief_text(self, story_id: str) -> tuple[str, str | None] | None:
        """(the stored brief as its JSON text, the story's thread); None when no brief is
        stored. For readers that keep what they derive from a brief by its text."""
        with reading(self.engine) as conn:  # every story page and feed asks it: one raw read
            rows = _BRIEF_TEXT.all(conn, id=story_id)
        row = rows[0] if rows else None
        return (row[0], row[1]) if row is not None and row[0] not in (None, "null") else None

    def story_error(self, story_id: str) -> str | None:
        with Session(self.engine) as session:
            story = session.get(StoryRow, story_id)
            return story.brief_error if story is not None else None

    def article(self, article_id: str) -> dict | None:
        with Session(self.engine) as session:
            row = session.get(ArticleRow, article_id)
            if row is None:
                return None
            return {
                "id": row.id,
                "source": row.source,
                "outlet": row.outlet,
                "title": row.title,
                "language": row.language,
                "published": row.published.isoformat() if row.published else None,
                # no date in its record, page or text: it says so (never the day it was stored)
                "dated": row.published is not None,
                "copy_of": (row.meta or {}).get("copy_of"),
                "text": row.text,
                "removed": [{"text": r.get("text"), "reason": r.get("reason")} for r in row.removed or []],
                "url": row.url,
                "raw_text": row.raw_text,
                "headings": [list(h) for h in row.headings or []],
                "story": row.story_id,
                "author": row.author,
                "revision": row.revision,
                "outlet_id": row.outlet_id,
                "outlet_kind": row.outlet_kind,
                "outlet_country": row.outlet_country,
                "wire": row.wire,
            }

    def revisions(self, article_id: str) -> list[dict]:
        with Session(self.engine) as session:
            rows = session.scalars(
                select(RevisionRow).where(RevisionRow.article_id == article_id).order_by(RevisionRow.revision)
            ).all()
            return [{"revision": r.revision, "title": r.title, "text": r.text,
                     "replaced_at": r.replaced_at.isoformat()} for r in rows]

    def entity(self, entity_key: str) -> dict | None:
        with Session(self.engine) as session:
            rows = session.scalars(
                select(EntityRow).where(EntityRow.key == entity_key).order_by(EntityRow.story_id)
            ).all()
            if not rows:
                return None
            best = max(rows, key=lambda r: r.mentions)
            aliases = sorted({a for r in rows for a in (r.aliases or [])} - {best.name})
            stories = []
            for r in rows:
                story = session.get(StoryRow, r.story_id)
                if story is None:
                    continue
                sd = (story.brief or {}).get("stories", [{}])[0] if story.brief else {}
                ent = next((e for e in sd.get("entities", []) if e.get("id") == r.entity_id), None)
                quotes = [q for q in sd.get("quotes", []) if q.get("speaker") == r.entity_id]
                stories.append({"id": story.id, "title": story.title, "entity": ent, "quotes": quotes})
            return {"key": entity_key, "name": best.name, "type": best.type, "aliases": aliases,
                    "stories": stories}

    def article_count(self) -> int:
        with Session(self.engine) as session:
            return int(session.scalar(select(func.count()).select_from(ArticleRow)) or 0)

    def unassigned_articles(self) -> list[str]:
        with Session(self.engine) as session:
            return list(session.scalars(select(ArticleRow.id).where(ArticleRow.story_id.is_(None))))

    def known_raw_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these raw-content hashes are stored already (a re-run, a re-polled feed)."""
        with Session(self.engine) as session:
            return existing(session, ArticleRow.raw_hash, hashes)

    def known_records(self, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
        """Which (key, raw-content hash) pairs are stored already, with the id each is stored
        under: the same record again. The same content under another key is not in it."""
        pairs = set(pairs)
        found: dict[tuple[str, str], str] = {}
        with Session(self.engine) as session:
            for chunk in chunks(sorted({h for _, h in pairs})):
                for key, raw_hash, aid in session.execute(
                    select(ArticleRow.key, ArticleRow.raw_hash, ArticleRow.id).where(ArticleRow.raw_hash.in_(chunk))
                ):
                    if (key, raw_hash) in pairs:
                        found[(key, raw_hash)] = aid
        return found
