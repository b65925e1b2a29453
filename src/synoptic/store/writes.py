"""The store's writes: new and revised articles, story rows and memberships, briefs, state.

Each function works inside the caller's write session (`Store.write()`): the ingest
service decides what goes where; these functions only put it in the database.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import numpy as np
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from synoptic.model import Article, ArticleAnalysis, Outlet, Skipped
from synoptic.store.blobs import pack_vector
from synoptic.store.db import chunks
from synoptic.store.keys import story_id_base
from synoptic.store.models import (
    ArticleRow,
    EntityRow,
    FactRow,
    OriginRow,
    OutletStoryRow,
    RevisionRow,
    StateRow,
    StoryRow,
)
from synoptic.store.outlet_writes import touched_outlets
from synoptic.store.queries import MEMBER_ORDER, existing
from synoptic.store.search_index import index_articles, index_story, reindex_article
from synoptic.store.threads import threads_of_deleted
from synoptic.util.text import slugify

OUTCOMES = ("added", "updated", "unchanged", "copy", "skipped")


@dataclass
class Outcome:
    """What became of one input record: `outcome` is one of OUTCOMES; `article` the id it
    is stored under; `of` the article whose text a copy repeats; `reason` why it was skipped."""

    record: str
    source: str
    outcome: str
    article: str | None = None
    of: str | None = None
    reason: str | None = None

    def to_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass
class IngestReport:
    added: int = 0
    unchanged: int = 0
    updated: int = 0
    copies: int = 0  # same text as a stored article under another id, URL or outlet: stored, linked
    skipped: list[Skipped] = field(default_factory=list)
    stories: list[str] = field(default_factory=list)  # touched story ids
    articles: list[str] = field(default_factory=list)  # ids added, updated or stored as copies
    outcomes: list[Outcome] = field(default_factory=list)  # one per input record

    def merge(self, other: IngestReport) -> None:
        self.added += other.added
        self.unchanged += other.unchanged
        self.updated += other.updated
        self.copies += other.copies
        self.skipped.extend(other.skipped)
        seen = set(self.stories)  # a run touches many stories: no list scan per story
        self.stories.extend(s for s in other.stories if s not in seen)
        self.articles.extend(other.articles)
        self.outcomes.extend(other.outcomes)


@dataclass
class Incoming:
    """An article to store, with what the per-article stages made of it."""

    article: Article
    key: str  # `keys.article_key` of the article as read
    raw_hash: str
    content_hash: str
    vector: np.ndarray
    names: list[str]
    numbers: list[str]
    words: bytes | None  # `blobs.pack_words`
    analysis: ArticleAnalysis | None


@dataclass
class SortedBatch:
    new: list[tuple[Incoming, str]]  # with the id it is stored under (unique in the store)
    revised: list[tuple[Incoming, ArticleRow]]  # with the stored row it replaces
    unchanged: int = 0
    # new articles whose text is stored already under another key: new id -> the first id
    copies: dict[str, str] = field(default_factory=dict)
    outcomes: list[Outcome] = field(default_factory=list)  # of the unchanged and the skipped


def sort_batch(session: Session, batch: list[Incoming]) -> SortedBatch:
    """Which articles of a batch are new, revised, exact copies or stored already.

    An article is known by its key (canonical URL, else source and id): the same key with
    the same text is unchanged, with another text a revision. The same text under another
    key (another id, URL or outlet) is a copy: stored under its own id, never merged into
    the other one, and linked to it.
    """
    out = SortedBatch([], [])
    existing_rows = {
        r.key: r for r in session.scalars(select(ArticleRow).where(ArticleRow.key.in_({i.key for i in batch})))
    }
    first_with: dict[str, str] = {}  # content hash -> the first article id stored with it
    for h, aid in session.execute(
        select(ArticleRow.content_hash, ArticleRow.id)
        .where(ArticleRow.content_hash.in_({i.content_hash for i in batch}))
        .order_by(ArticleRow.ingested_at, ArticleRow.id)
    ):
        first_with.setdefault(h, aid)
    # ids already stored, in one query: a new article whose id is taken gets a suffix
    taken = existing(session, ArticleRow.id, [i.article.id for i in batch])
    seen: dict[str, str] = {}  # key -> content hash, earlier in this batch
    for item in batch:
        record, source = item.article.id, item.article.source
        row = existing_rows.get(item.key)
        if item.key in seen:
            if seen[item.key] == item.content_hash:
                out.unchanged += 1
                out.outcomes.append(Outcome(record, source, "unchanged", row.id if row else None))
            else:
                out.outcomes.append(Outcome(record, source, "skipped", reason=(
                    "the same id twice in one batch with other texts: the first is kept "
                    "(ingest this one again to revise it)")))
            continue
        seen[item.key] = item.content_hash
        if row is not None:
            if row.content_hash == item.content_hash:
                out.unchanged += 1
                out.outcomes.append(Outcome(record, source, "unchanged", row.id))
            else:
                out.revised.append((item, row))
            continue
        aid = _unique_article_id(session, item, taken)
        if item.content_hash in first_with:
            out.copies[aid] = first_with[item.content_hash]
        else:
            first_with[item.content_hash] = aid
        out.new.append((item, aid))
    return out


def _unique_article_id(session: Session, item: Incoming, taken: set[str]) -> str:
    """The article's id, suffixed when in use (stored or earlier in this batch); `taken` grows."""
    aid = item.article.id
    if aid in taken:
        aid = f"{item.article.id}-{item.content_hash[:8]}"
        n = 2
        while aid in taken or session.get(ArticleRow, aid) is not None:
            aid = f"{item.article.id}-{item.content_hash[:8]}-{n}"
            n += 1
    taken.add(aid)
    return aid


def _removed(article: Article) -> list[dict]:
    return [{"text": r.text, "reason": r.reason, "line": r.line} for r in article.removed]


def _analysis_blob(analysis: ArticleAnalysis | None) -> bytes | None:
    return pickle.dumps(analysis, protocol=5) if analysis is not None else None


def outlet_columns(article: Article) -> dict[str, str | None]:
    """The article's resolved outlet and wire credit as article columns."""
    return outlet_columns_of(article.outlet_info, article.wire)


def outlet_columns_of(o: Outlet | None, wire: str | None) -> dict[str, str | None]:
    """A resolved outlet and a wire credit as article columns."""
    return {
        "outlet_id": o.id if o else None, "outlet_kind": o.kind if o else None,
        "outlet_country": o.country if o else None, "outlet_language": o.language if o else None,
        "outlet_name_from": o.name_from if o else None, "wire": wire,
    }


class NewArticleRow:
    """A new article's columns (`ArticleRow`'s, by name), as attributes: what `add_articles`
    inserts in one executemany. No ORM object a new article: making one and having the
    session flush it cost ~0.1 ms an article of the ingesting process (#23), where the
    same INSERT of the same values from plain rows costs the database's own work."""

    def __init__(self, **columns: Any) -> None:
        self.__dict__.update(columns)


_ARTICLE_COLUMNS = tuple(c.key for c in ArticleRow.__table__.columns)


def new_article_row(item: Incoming, now: datetime) -> NewArticleRow:
    """The row of a new article (not yet inserted: its story comes first, `story_id`)."""
    article = item.article
    return NewArticleRow(
        id=article.id,
        key=item.key,
        source=article.source,
        url=article.url,
        outlet=article.outlet,
        **outlet_columns(article),
        title=article.title or "",
        language=article.language,
        published=article.published,
        author=article.author,
        text=article.text,
        raw_text=article.raw_text or "",
        removed=_removed(article),
        headings=[[a, b] for a, b in article.headings],
        meta=dict(article.meta),
        raw_hash=item.raw_hash,
        content_hash=item.content_hash,
        revision=1,
        story_id=None,
        cluster_day=article.published or now.date(),
        vector=pack_vector(item.vector),
        names=item.names,
        numbers=item.numbers,
        words=item.words,
        analysis=_analysis_blob(item.analysis),
        ingested_at=now,
        updated_at=now,
    )


def revise_row(session: Session, item: Incoming, row: ArticleRow, now: datetime) -> None:
    """Keep the stored text as a past revision and put the new one in the row."""
    session.add(RevisionRow(
        article_id=row.id, revision=row.revision, title=row.title, text=row.text,
        raw_text=row.raw_text, content_hash=row.content_hash, replaced_at=now,
    ))
    article = item.article
    old_title, old_text = row.title, row.text
    row.title = article.title or ""
    row.text = article.text
    row.raw_text = article.raw_text or ""
    row.removed = _removed(article)
    row.headings = [[a, b] for a, b in article.headings]
    row.published = article.published or row.published
    row.outlet = article.outlet or row.outlet
    if article.outlet_info is not None:
        for name, value in outlet_columns(article).items():
            setattr(row, name, value)
    row.language = article.language
    row.raw_hash = item.raw_hash
    row.content_hash = item.content_hash
    row.revision = (row.revision or 1) + 1
    row.vector = pack_vector(item.vector)
    row.names = item.names
    row.numbers = item.numbers
    row.words = item.words
    row.analysis = _analysis_blob(item.analysis)
    row.updated_at = now
    reindex_article(session, row, old_title, old_text)


def new_story_id(session: Session, first_article: str, taken: set[str]) -> str:
    """A story id from its first article, suffixed when stored already or in `taken`."""
    base = story_id_base(first_article)
    sid, n = base, 2
    while sid in taken or session.get(StoryRow, sid) is not None:
        sid = f"{base}-{n}"
        n += 1
    return sid


def add_stories(session: Session, story_ids: list[str], now: datetime) -> None:
    """Rows for the stories not stored yet (before any article points at them)."""
    stored = existing(session, StoryRow.id, story_ids)
    for sid in story_ids:
        if sid not in stored:
            session.add(StoryRow(id=sid, title="", created_at=now, updated_at=now, outlets=[]))
    session.flush()


def add_articles(session: Session, rows: list[NewArticleRow]) -> None:
    """New articles' rows (`new_article_row`) and their words in the search index, in the
    order given (the rowids and index ids an ORM flush of the same rows gave)."""
    session.flush()  # what the session holds goes first, as when these were flushed with it
    if not rows:
        return
    session.execute(insert(ArticleRow.__table__), [{c: getattr(r, c) for c in _ARTICLE_COLUMNS} for r in rows])
    index_articles(session, rows)


def stories_of(session: Session, article_ids: list[str]) -> dict[str, str]:
    """The story of each stored article that has one."""
    out: dict[str, str] = {}
    for chunk in chunks(list(dict.fromkeys(article_ids))):
        out.update((aid, sid) for aid, sid in session.execute(
            select(ArticleRow.id, ArticleRow.story_id).where(ArticleRow.id.in_(chunk), ArticleRow.story_id.is_not(None))
        ))
    return out


def save_profiles(session: Session, profiles: dict[str, bytes]) -> None:
    """Stories' thread profiles (`link.threads.pack_profile`), by primary key."""
    if profiles:
        session.execute(update(StoryRow), [{"id": sid, "profile": blob} for sid, blob in profiles.items()])


def move_articles(session: Session, story_of: dict[str, str]) -> None:
    """Stored articles to other stories: one executemany by primary key."""
    if story_of:
        session.execute(update(ArticleRow), [{"id": aid, "story_id": sid} for aid, sid in story_of.items()])


def summarize_stories(
    session: Session, story_ids: list[str], now: datetime
) -> tuple[list[tuple[StoryRow, list[Any]]], list[str]]:
    """Counts, days and outlets of stories from their members; their denormalized brief
    parts are dropped (to be written again with the brief). Stories left without
    articles are deleted. Returns the live stories with their member rows (id, title,
    outlet, cluster_day, published; oldest first), and the deleted ids."""
    live: list[tuple[StoryRow, list[Any]]] = []
    deleted: list[str] = []
    for chunk in chunks(story_ids):
        stories = {s.id: s for s in session.scalars(select(StoryRow).where(StoryRow.id.in_(chunk)))}
        # only the columns a summary needs: full rows carry text and vectors
        members: dict[str, list[Any]] = {}
        for r in session.execute(
            select(ArticleRow.story_id, ArticleRow.id, ArticleRow.title, ArticleRow.outlet, ArticleRow.cluster_day,
                   ArticleRow.published)
            .where(ArticleRow.story_id.in_(list(stories)))
            .order_by(ArticleRow.story_id, *MEMBER_ORDER)
        ):
            members.setdefault(r.story_id, []).append(r)
        empty = [sid for sid in stories if sid not in members]
        # the outlets of these stories' profile rows need their totals refreshed; the rows
        # go (written again with each brief; an emptied story's never come back)
        touched_outlets(session).update(session.scalars(
            select(OutletStoryRow.outlet_id).where(OutletStoryRow.story_id.in_(list(stories))).distinct()))
        session.execute(delete(OutletStoryRow).where(OutletStoryRow.story_id.in_(list(stories))))
        if empty:
            threads_of_deleted(session).update(stories[sid].thread_id for sid in empty if stories[sid].thread_id)
            session.execute(delete(StoryRow).where(StoryRow.id.in_(empty)))
            deleted.extend(empty)
        ids = [sid for sid in chunk if sid in members]
        if not ids:
            continue
        for table in (OriginRow, FactRow, EntityRow):
            session.execute(delete(table).where(table.story_id.in_(ids)))
        for sid in ids:
            story, rows = stories[sid], members[sid]
            story.article_count = len(rows)
            story.first_day = min(r.cluster_day for r in rows)
            story.last_day = max(r.cluster_day for r in rows)
            # news days: dates the articles carry or state, never the day they were stored
            dated = [r.published for r in rows if r.published is not None]
            story.news_first_day = min(dated) if dated else None
            story.news_last_day = max(dated) if dated else None
            story.outlets = sorted({r.outlet for r in rows if r.outlet})
            story.updated_at = now
            live.append((story, rows))
    return live, deleted


def drop_brief(story: StoryRow, title: str) -> None:
    """A story stored without a brief (its members changed; the brief is built when asked
    for, `synoptic.briefs`): it keeps its title, else gets `title` (the ingest service makes
    it from its articles: their titles, else a lead sentence). What came from the old brief
    goes with it (its lede, counts and failure), so nothing of older members is shown."""
    story.title = story.title or title
    story.brief = None
    story.brief_error = None
    story.lede = None
    story.independent_sources = 0
    story.conflicts = 0


def brief_articles(session: Session, story_id: str, limit: int) -> list[ArticleRow]:
    """The `limit` most recent articles of a story, oldest first: what its brief is built from."""
    rows = session.scalars(select(ArticleRow).where(ArticleRow.story_id == story_id).order_by(*MEMBER_ORDER)).all()
    return list(rows[-limit:])


def cached_analysis(row: ArticleRow) -> ArticleAnalysis | None:
    """The article's analysis kept in its row, None when absent or from an older version."""
    if row.analysis:
        try:
            value = pickle.loads(row.analysis)
            if isinstance(value, ArticleAnalysis) and value.article == row.id:
                return value
        except Exception:  # an analysis cached by an older version: recompute
            pass
    return None


def cache_analysis(row: ArticleRow, analysis: ArticleAnalysis) -> None:
    """Keep a fresh analysis: the next refresh of this story reuses it."""
    row.analysis = _analysis_blob(analysis)


def save_brief(session: Session, story: StoryRow, data: dict, disputes: int, title: str) -> None:
    """A story's brief (`synoptic.brief/1` JSON of that story) and its denormalized
    origins, facts and entities; `disputes`: how many of its conflicts are disputes."""
    story.brief_error = None
    story.brief = data
    sd = data["stories"][0]
    story.title = sd.get("title") or story.title or title  # `title`: made by the caller, never an id
    story.independent_sources = int(sd.get("independent_sources") or 0)
    story.conflicts = disputes
    for o in sd.get("origins", []):
        session.add(OriginRow(story_id=story.id, origin_id=o["id"], relation=o["relation"], articles=o["articles"]))
    for f in sd.get("facts", []):
        session.add(FactRow(story_id=story.id, fact_id=f["id"], text=f["text"], status=f["status"],
                            independent_sources=f.get("independent_sources", 1), articles=f["articles"]))
    for e in sd.get("entities", []):
        session.add(EntityRow(story_id=story.id, key=slugify(e["name"]), entity_id=e["id"], name=e["name"],
                              type=e.get("type", "OTHER"), aliases=e.get("aliases", []),
                              mentions=len(e.get("articles", []))))
    index_story(session, story, sd)


def save_brief_error(story: StoryRow, error: str, title: str) -> None:
    """A story whose brief failed: the reason is kept; the story stays, without a brief."""
    story.brief_error = error
    story.title = story.title or title
    story.brief = None


def version(session: Session) -> float:
    """The store's version stamp: it grows with every committed batch."""
    row = session.get(StateRow, "version")
    return row.number if row else 0.0


def bump_version(session: Session) -> float:
    row = session.get(StateRow, "version")
    if row is None:
        row = StateRow(key="version", value="", number=0.0, flag=False)
        session.add(row)
    row.number = (row.number or 0.0) + 1
    return row.number


def check_encoder(session: Session, encoder_name: str) -> None:
    """The first batch names the store's encoder; vectors of another one do not mix."""
    row = session.get(StateRow, "encoder")
    if row is None:
        session.add(StateRow(key="encoder", value=encoder_name, number=0.0, flag=False))
    elif row.value != encoder_name:
        raise RuntimeError(
            f"this store's vectors were made with encoder {row.value!r}, not {encoder_name!r}; "
            "use the same --encoder or a new database"
        )
