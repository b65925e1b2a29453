"""SQLAlchemy 2 tables of the store.

Articles keep raw and cleaned text, metadata, content hashes and past revisions;
stories keep their current brief (the `synoptic.brief/1` JSON of that story) and,
denormalized from it for querying, their origins, facts and entities.
The schema is created and upgraded by the Alembic migrations in `migrations/`;
these classes must match the latest migration.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    # identity of the article: canonical URL when it has one, else its source path
    key: Mapped[str] = mapped_column(String(2000), index=True)
    source: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text, nullable=True)
    outlet: Mapped[str | None] = mapped_column(String(300), nullable=True, index=True)
    # the resolved outlet (clean/outlet): its id (registrable domain), kind, country,
    # language and which evidence named it; `outlet` is its label (name, else id)
    outlet_id: Mapped[str | None] = mapped_column(String(300), nullable=True, index=True)
    outlet_kind: Mapped[str | None] = mapped_column(String(30), nullable=True)
    outlet_country: Mapped[str | None] = mapped_column(String(8), nullable=True)
    outlet_language: Mapped[str | None] = mapped_column(String(20), nullable=True)
    outlet_name_from: Mapped[str | None] = mapped_column(String(20), nullable=True)
    # the wire agency its text credits (the agency's domain)
    wire: Mapped[str | None] = mapped_column(String(300), nullable=True)
    title: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str | None] = mapped_column(String(20), nullable=True)
    published: Mapped[date | None] = mapped_column(Date, nullable=True)
    author: Mapped[str | None] = mapped_column(Text, nullable=True)
    text: Mapped[str] = mapped_column(Text)
    raw_text: Mapped[str] = mapped_column(Text, default="")
    removed: Mapped[list] = mapped_column(JSON, default=list)
    headings: Mapped[list] = mapped_column(JSON, default=list)
    meta: Mapped[dict] = mapped_column(JSON, default=dict)
    # sha256 of the document's raw content (skip work early) and of the cleaned text
    raw_hash: Mapped[str] = mapped_column(String(64), index=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    story_id: Mapped[str | None] = mapped_column(
        ForeignKey("stories.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # the day used to place the article in time: published, else the day it was ingested
    cluster_day: Mapped[date] = mapped_column(Date, index=True)
    # clustering features, so a later run can rebuild open stories without re-encoding
    vector: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    names: Mapped[list] = mapped_column(JSON, default=list)
    numbers: Mapped[list] = mapped_column(JSON, default=list)
    # the words of the whole text (blobs.pack_words); NULL in rows stored before them
    words: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    # pickled ArticleAnalysis: a cache keyed by content_hash; recomputed when unreadable
    analysis: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    ingested_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class RevisionRow(Base):
    """A past version of an article (same identity, different text)."""

    __tablename__ = "article_revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text)
    raw_text: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(64))
    replaced_at: Mapped[datetime] = mapped_column(DateTime)


class StoryRow(Base):
    __tablename__ = "stories"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    article_count: Mapped[int] = mapped_column(Integer, default=0)
    independent_sources: Mapped[int] = mapped_column(Integer, default=0)
    conflicts: Mapped[int] = mapped_column(Integer, default=0)
    outlets: Mapped[list] = mapped_column(JSON, default=list)
    first_day: Mapped[date | None] = mapped_column(Date, nullable=True)
    last_day: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    # the synoptic.brief/1 JSON of this story alone; None while not built
    # None is SQL NULL, never the JSON value null: a dropped brief is pending (`BRIEF_PENDING`)
    brief: Mapped[dict | None] = mapped_column(JSON(none_as_null=True), nullable=True)
    brief_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    # the brief's first sentence, for lists (migration 0005_search; NULL before it)
    lede: Mapped[str | None] = mapped_column(Text, nullable=True)


    # the thread (developing topic) it belongs to
    thread_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    # news days: its articles' published or text-inferred dates (None: no article is dated);
    # first_day/last_day above are the clustering days (ingest day when undated)
    news_first_day: Mapped[date | None] = mapped_column(Date, nullable=True)
    news_last_day: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    # what threading compares of it (`link.threads.pack_profile`)
    profile: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class ThreadRow(Base):
    """A thread: the stories of one developing topic over days and weeks."""

    __tablename__ = "threads"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    story_count: Mapped[int] = mapped_column(Integer, default=0)
    first_day: Mapped[date | None] = mapped_column(Date, nullable=True)
    last_day: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class OriginRow(Base):
    __tablename__ = "origins"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    story_id: Mapped[str] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    origin_id: Mapped[str] = mapped_column(String(64))
    relation: Mapped[str] = mapped_column(String(20))
    articles: Mapped[list] = mapped_column(JSON, default=list)


class FactRow(Base):
    __tablename__ = "facts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    story_id: Mapped[str] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    fact_id: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    independent_sources: Mapped[int] = mapped_column(Integer, default=1)
    articles: Mapped[list] = mapped_column(JSON, default=list)


class EntityRow(Base):
    """One canonical entity of one story; `key` is the slug shared across stories."""

    __tablename__ = "story_entities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    story_id: Mapped[str] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(300), index=True)
    entity_id: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(20))
    aliases: Mapped[list] = mapped_column(JSON, default=list)
    mentions: Mapped[int] = mapped_column(Integer, default=0)


class OutletCounts:
    """The counts of an outlet's profile (`compare.outlet_profiles`), per story and in total."""

    copies: Mapped[int] = mapped_column(Integer, default=0)
    exclusive_single: Mapped[int] = mapped_column(Integer, default=0)
    exclusive_corroborated: Mapped[int] = mapped_column(Integer, default=0)
    corroborated: Mapped[int] = mapped_column(Integer, default=0)
    dated: Mapped[int] = mapped_column(Integer, default=0)
    first_reports: Mapped[int] = mapped_column(Integer, default=0)
    disputes: Mapped[int] = mapped_column(Integer, default=0)
    dispute_majority: Mapped[int] = mapped_column(Integer, default=0)
    dispute_alone: Mapped[int] = mapped_column(Integer, default=0)
    updated: Mapped[int] = mapped_column(Integer, default=0)


class OutletStoryRow(OutletCounts, Base):
    """What one outlet's articles did in one story, from that story's brief
    (`compare.outlet_profiles.story_outlet_rows`): summed per outlet for its profile,
    so a profile page reads one indexed slice, never every brief."""

    __tablename__ = "outlet_stories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    story_id: Mapped[str] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"), index=True)
    # indexed with story_id (below): one outlet's rows, newest stories first, without a sort
    outlet_id: Mapped[str] = mapped_column(String(300))
    articles: Mapped[int] = mapped_column(Integer, default=0)
    delay_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    languages: Mapped[dict] = mapped_column(JSON, default=dict)
    # figure -> the article ids behind it (each number links to its articles)
    evidence: Mapped[dict] = mapped_column(JSON, default=dict)


class OutletRow(OutletCounts, Base):
    """An outlet's profile totals: its `outlet_stories` rows summed, refreshed by ingest for
    the outlets each batch touches, so a listing reads one row an outlet."""

    __tablename__ = "outlets"

    id: Mapped[str] = mapped_column(String(300), primary_key=True)
    name: Mapped[str | None] = mapped_column(String(300), nullable=True)
    kind: Mapped[str] = mapped_column(String(30), default="unknown")
    country: Mapped[str | None] = mapped_column(String(8), nullable=True)
    language: Mapped[str | None] = mapped_column(String(20), nullable=True)
    stories: Mapped[int] = mapped_column(Integer, default=0)
    articles: Mapped[int] = mapped_column(Integer, default=0, index=True)
    typical_delay_days: Mapped[float | None] = mapped_column(Float, nullable=True)
    delays_dated: Mapped[int] = mapped_column(Integer, default=0)
    languages: Mapped[dict] = mapped_column(JSON, default=dict)


class FetchCacheRow(Base):
    """HTTP validators of fetched URLs, for conditional GET (ETag / Last-Modified)."""

    __tablename__ = "fetch_cache"

    url: Mapped[str] = mapped_column(String(2000), primary_key=True)
    etag: Mapped[str | None] = mapped_column(Text, nullable=True)
    last_modified: Mapped[str | None] = mapped_column(Text, nullable=True)
    fetched_at: Mapped[datetime] = mapped_column(DateTime)


class StateRow(Base):
    """Small key/value state: the encoder the vectors were made with, a change counter."""

    __tablename__ = "state"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    number: Mapped[float] = mapped_column(Float, default=0.0)
    flag: Mapped[bool] = mapped_column(Boolean, default=False)


Index("ix_articles_story_day", ArticleRow.story_id, ArticleRow.cluster_day)
Index("ix_outlet_stories_outlet_story", OutletStoryRow.outlet_id, OutletStoryRow.story_id)
