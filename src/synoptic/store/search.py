"""What the newsroom pages ask: stories to scan (sorted, filtered, with ledes, news dates,
outlets and languages), full-text search with entity aliases, and what a feed lists.

Search matches whole words, case- and accent-folded (`util.folding`; the index is
`search_index`): "Sherman" never finds "fisherman", "Haïti" finds "Haiti", `%` and `_`
are not wildcards (they are not words at all). A query that names a person or an
organization the way one of its stored names does ("Riabkov") also finds the articles
that use its other names ("Sergei Ryabkov", in any script the store has seen).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    bindparam,
    func,
    literal_column,
    select,
    text,
)
from sqlalchemy.orm import Session

from synoptic.settings import WebSettings
from synoptic.store.cards import card_rows, story_cards
from synoptic.store.cards import members as story_members
from synoptic.store.db import chunks
from synoptic.store.matching import (
    _counting,
    _fts5,
    _matching,
    _pg,
    _result_page,
    _shaped,
    _tsquery,
    match_ids,
    match_value,
)
from synoptic.store.models import ArticleRow, EntityRow, StoryRow, ThreadRow
from synoptic.store.prepared import Prepared, reading
from synoptic.store.queries import outlet_clause, outlet_values
from synoptic.store.search_index import article_search, entity_names
from synoptic.util.folding import words
from synoptic.util.text import slugify

SORTS = ("latest", "sources", "disputes")
MAX_ENTITY_MATCHES = 50  # entity keys a name may stand for
MAX_PHRASES = 40  # words and names in one query: a longer one is cut, not refused


@dataclass(frozen=True)
class Filters:
    """What a list or a search is narrowed to; every part optional, all parts combine."""

    query: str | None = None
    entity: str | None = None  # a key or a name ("Sherman", "wendy-sherman")
    outlet: str | None = None
    language: str | None = None
    since: date | None = None  # news days, not ingest time
    until: date | None = None


def parse_query(query: str | None) -> list[list[str]]:
    """The phrases of a query, each a list of folded words, all of which must match:
    "quoted words" stay together, and so do the words of one unspaced token ("panel_b",
    "U.S.": FTS5 reads a bare token so too); words apart are separate phrases."""
    phrases: list[list[str]] = []
    for quoted, bare in re.findall(r'"([^"]*)"|([^"\s]+)', query or ""):
        found = words(quoted or bare)
        if found:
            phrases.append(found)
    return phrases[:MAX_PHRASES]


_ENTITY_MATCH = Prepared(select(entity_names.c.key, entity_names.c.names)
                          .where(entity_names.c.id.in_(select(literal_column("rowid")).select_from(text("entity_fts"))
                                                       .where(text("entity_fts MATCH :m"))))
                          .order_by(entity_names.c.key).limit(MAX_ENTITY_MATCHES))


def _entity_candidates(session: Session, phrases: list[list[str]]) -> list[tuple[str, list[str]]]:
    """(key, names) of the entities one of whose names holds every phrase of the query."""
    if not phrases:
        return []
    if _pg(session):
        stmt = (select(entity_names.c.key, entity_names.c.names)
                .where(text("entity_names.tsv @@ CAST(:m AS tsquery)").bindparams(m=_tsquery([phrases]))))
        rows = session.execute(stmt.order_by(entity_names.c.key).limit(MAX_ENTITY_MATCHES)).all()
    else:  # the statement built once, the MATCH expression bound
        rows = _ENTITY_MATCH.all(session, m=_fts5([phrases]))
    return [(k, [n for n in names.split("\n") if n]) for k, names in rows]


def _named(phrases: list[list[str]], names: list[str]) -> bool:
    """The query is one of these names, word for word ("riabkov" is "Riabkov")."""
    flat = [w for p in phrases for w in p]
    return any(words(n) == flat for n in names)


@dataclass
class Expanded:
    """A query with the names it stands for."""

    phrases: list[list[str]]
    alternatives: list[list[list[str]]]  # OR of AND-ed phrases: the query, then each other name
    entities: list[dict]  # {"key", "name", "names", "exact"}: people and organizations it names

    @property
    def terms(self) -> set[str]:
        """What a snippet highlights: each word asked for, and each other name as a whole
        phrase ("north atlantic treaty organization", never "organization" alone)."""
        asked = {w for p in self.phrases for w in p}
        return asked | {" ".join(p) for alt in self.alternatives[1:] for p in alt}


def expand(session: Session, query: str | None) -> Expanded:
    phrases = parse_query(query)
    if not phrases:
        return Expanded([], [], [])
    alternatives = [phrases]
    ents = []
    for key, names in _entity_candidates(session, phrases):
        exact = _named(phrases, names)
        ents.append({"key": key, "name": names[0] if names else key, "names": names, "exact": exact})
        if exact:
            for n in names:
                alt = [words(n)]
                if alt[0] and alt not in alternatives:
                    alternatives.append(alt)
    ents.sort(key=lambda e: (not e["exact"], e["key"]))
    return Expanded(phrases, alternatives[: MAX_PHRASES], ents)


_KEY_STORED = Prepared(select(EntityRow.key).where(EntityRow.key == bindparam("key")).limit(1))


def entity_keys(session: Session, value: str | None) -> list[str] | None:
    """The entity keys a filter value names: its key when stored, else every entity one
    of whose names holds its words ("Sherman" -> wendy-sherman). None: no filter."""
    if not value or not value.strip():
        return None
    key = slugify(value)
    if _KEY_STORED.scalar(session, key=key) is not None:
        return [key]
    return [k for k, _ in _entity_candidates(session, parse_query(value))]


def _story_values(session: Connection, f: Filters, expanded: Expanded | None, keys: list[str] | None):
    """`_story_shapes`'s key for these filters and the values of its parameters."""
    pg = _pg(session)
    values: dict[str, Any] = {}
    if expanded is not None:
        values["m"] = match_value(pg, expanded.alternatives)
    if keys is not None:
        values["keys"] = keys or [""]
    if f.outlet:
        values.update(outlet_values(f.outlet))
    if f.language:
        values["language"] = f.language.strip().lower()
    if f.since is not None:
        values["since"] = f.since
    if f.until is not None:
        values["until"] = f.until
    return (pg, expanded is not None, keys is not None, bool(f.outlet), bool(f.language),
            f.since is not None, f.until is not None), values


@lru_cache(maxsize=512)
def _story_shapes(pg: bool, query: bool, keys: bool, outlet: bool, language: bool, since: bool, until: bool,
                  sort: str) -> tuple[Prepared, Prepared]:
    """The count and one page of ids (`:lim` from `:off`) of the stories narrowed by every
    filter given (its values bound parameters, `_story_values`): built once."""
    def narrowed(stmt):
        if query:
            stmt = stmt.where(StoryRow.id.in_(
                select(ArticleRow.story_id).join(article_search, article_search.c.article_id == ArticleRow.id)
                .where(article_search.c.id.in_(match_ids(pg)))))
        if keys:
            stmt = stmt.where(StoryRow.id.in_(select(EntityRow.story_id)
                                              .where(EntityRow.key.in_(bindparam("keys", expanding=True)))))
        # the article's columns early in its row, then its story through the (id, story_id) index
        if outlet:
            stmt = stmt.where(StoryRow.id.in_(select(ArticleRow.story_id).where(ArticleRow.id.in_(
                select(ArticleRow.id).where(outlet_clause(bindparam("outlet_id"), bindparam("outlet_name")))))))
        if language:
            stmt = stmt.where(StoryRow.id.in_(select(ArticleRow.story_id).where(ArticleRow.id.in_(
                select(ArticleRow.id).where(func.lower(ArticleRow.language) == bindparam("language"))))))
        # news days (its articles' dates, never the day they were stored) overlap the range
        if since:
            stmt = stmt.where(StoryRow.news_last_day >= bindparam("since"))
        if until:
            stmt = stmt.where(StoryRow.news_first_day <= bindparam("until"))
        return stmt

    return (Prepared(narrowed(select(func.count()).select_from(StoryRow))),
            Prepared(narrowed(select(StoryRow.id)).order_by(*_story_order(sort, pg))
                     .limit(bindparam("lim")).offset(bindparam("off"))))


def _story_order(sort: str, pg: bool) -> list:
    # stories without news days last: SQLite sorts NULL last in DESC already (and an explicit
    # NULLS LAST would keep it from the index); PostgreSQL needs telling
    last_day = StoryRow.news_last_day.desc().nulls_last() if pg else StoryRow.news_last_day.desc()
    latest = [last_day, StoryRow.updated_at.desc(), StoryRow.id]
    if sort == "sources":
        return [StoryRow.independent_sources.desc(), StoryRow.article_count.desc(), *latest]
    if sort == "disputes":
        return [StoryRow.conflicts.desc(), StoryRow.independent_sources.desc(), *latest]
    return latest


def _hit(row: Any) -> dict:
    return {"id": row.id, "title": row.title, "outlet": row.outlet, "language": row.language,
            "day": row.cluster_day.isoformat() if row.cluster_day else None,
            "published": row.published.isoformat() if row.published else None,
            "ingested": row.ingested_at.isoformat(), "story": row.story_id, "text": row.text}


def _feed_columns():
    """An article as a feed entry shows it (never its text)."""
    return select(ArticleRow.id, ArticleRow.title, ArticleRow.outlet, ArticleRow.language, ArticleRow.cluster_day,
                  ArticleRow.published, ArticleRow.ingested_at, ArticleRow.story_id, literal_column("''").label("text"))


_HITS = Prepared(select(ArticleRow.id, ArticleRow.title, ArticleRow.outlet, ArticleRow.language,
                         ArticleRow.cluster_day, ArticleRow.published, ArticleRow.ingested_at, ArticleRow.story_id,
                         ArticleRow.text).where(ArticleRow.id.in_(bindparam("ids", expanding=True))))


def _hits_rows(session: Connection, ids: list[str]) -> list[Any]:
    """The rows of these articles, in this order."""
    rows = {r.id: r for r in _HITS.all(session, ids=ids)} if ids else {}
    return [rows[i] for i in ids if i in rows]


_MEMBERS_DATED = Prepared(_feed_columns().where(ArticleRow.story_id == bindparam("story"))
                          .order_by(ArticleRow.ingested_at, ArticleRow.id))


class SearchQueries:
    """The list, search and feed reads of `Store` (they need only `self.engine`)."""

    engine: Engine

    def find_stories(self, filters: Filters = Filters(), sort: str = "latest", limit: int = 20,
                     offset: int = 0, members: bool = False) -> dict:
        """{"stories": cards, "total": all that match, "entities": the names the query and the
        entity filter stand for, "entity_keys": the keys filtered by (None: no entity filter)}.
        `members`: each card also lists its article ids ("articles", in story order)."""
        with reading(self.engine) as session:
            expanded = expand(session, filters.query) if filters.query and filters.query.strip() else None
            if expanded is not None and not expanded.phrases:
                return {"stories": [], "total": 0, "entities": [], "entity_keys": None, "no_words": True}
            keys = entity_keys(session, filters.entity)
            key, values = _story_values(session, filters, expanded, keys)
            counting, paging = _story_shapes(*key, sort)
            total = int(counting.scalar(session, **values) or 0)
            # the page's ids first (their sort columns come before the brief in a row), then the rows
            ids = paging.scalars(session, lim=limit, off=offset, **values) if offset < total else []
            cards = story_cards(session, card_rows(session, ids))
            if members:
                of = story_members(session, [c["id"] for c in cards])
                cards = [dict(c, articles=of.get(c["id"], [])) for c in cards]
            return {"stories": cards, "total": total,
                    "entities": expanded.entities if expanded else [], "entity_keys": keys}

    def search_articles(self, filters: Filters, limit: int = 20, offset: int = 0,
                        count_limit: int = WebSettings.search_count_limit) -> dict:
        """Articles whose words match, newest news day first, each with its text (for the
        snippet); with the total (at most `count_limit`; "more" when there are more), the
        stories they belong to (this page's) and the names the query stands for. A query
        without words finds nothing."""
        with reading(self.engine) as session:
            expanded = expand(session, filters.query)
            keys = entity_keys(session, filters.entity)
            out = {"articles": [], "total": 0, "more": False, "stories": [], "entities": expanded.entities,
                   "terms": sorted(expanded.terms), "entity_keys": keys}
            if not expanded.phrases:
                return out
            # counted up to a bound: a word in most of a large store would cost a full count
            key, values = _shaped(session, expanded, filters, keys)
            total = int(_counting(*key).scalar(session, lim=count_limit + 1, **values) or 0)
            out["total"], out["more"] = min(total, count_limit), total > count_limit
            if offset >= total:
                return out
            # the page's ids first, then their texts
            page = _result_page(session, expanded, filters, keys, total, limit, offset)
            rows = _hits_rows(session, page)
            out["articles"] = [_hit(r) for r in rows]
            sids = list(dict.fromkeys(r.story_id for r in rows if r.story_id))
            out["stories"] = story_cards(session, card_rows(session, sids))
            return out

    def search(self, query: str, limit: int = 20, offset: int = 0) -> dict:
        """The JSON API's search: matching articles (newest news day first, without their
        text), their stories and the people and organizations the query names."""
        found = self.search_articles(Filters(query=query), limit=limit, offset=offset)
        return {
            "stories": found["stories"],
            "articles": [{k: v for k, v in a.items() if k != "text"} for a in found["articles"]],
            "entities": [{"key": e["key"], "name": e["name"]} for e in found["entities"]][:limit],
            "total": found["total"],
        }

    def recent_articles(self, filters: Filters, limit: int = 50) -> list[dict]:
        """The articles a search feed lists: matching, last ingested first."""
        with self.engine.connect() as session:
            expanded = expand(session, filters.query)
            if not expanded.phrases:
                return []
            keys = entity_keys(session, filters.entity)
            s = article_search.c
            page = session.scalars(_matching(session, expanded, filters, keys).order_by(None)
                                   .order_by(s.ingested_at.desc(), s.article_id).limit(limit)).all()
            rows = _hits_rows(session, page)
            return [dict(_hit(r), terms=sorted(expanded.terms)) for r in rows]

    def story_articles(self, story_id: str) -> list[dict]:
        """The members of a story with when each was published and stored: what its feed dates."""
        with reading(self.engine) as conn:  # every story feed asks it: one raw read
            return [_hit(r) for r in _MEMBERS_DATED.all(conn, story=story_id)]

    def thread_feed_items(self, thread_id: str, limit: int = 50) -> dict | None:
        """What a thread's feed lists: its title, its newest articles (last stored first,
        with their story) and each of its stories with when its first article was stored;
        None when there is no such thread."""
        with Session(self.engine) as session:
            title = session.scalar(select(ThreadRow.title).where(ThreadRow.id == thread_id))
            if title is None:
                return None
            stories = {r.id: r for r in session.execute(
                select(StoryRow.id, StoryRow.title, StoryRow.lede).where(StoryRow.thread_id == thread_id))}
            first_seen: dict[str, Any] = {}
            rows: list[Any] = []
            for chunk in chunks(sorted(stories)):
                first_seen.update(session.execute(
                    select(ArticleRow.story_id, func.min(ArticleRow.ingested_at))
                    .where(ArticleRow.story_id.in_(chunk)).group_by(ArticleRow.story_id)).all())
                rows.extend(session.execute(_feed_columns().where(ArticleRow.story_id.in_(chunk))
                                            .order_by(ArticleRow.ingested_at.desc(), ArticleRow.id).limit(limit)))
            rows.sort(key=lambda r: (r.ingested_at, r.id), reverse=True)
            return {"title": title, "articles": [_hit(r) for r in rows[:limit]],
                    "stories": [{"id": sid, "title": st.title, "lede": st.lede,
                                 "ingested": first_seen[sid].isoformat()}
                                for sid, st in stories.items() if sid in first_seen]}

    def story_titles(self, story_ids: list[str]) -> dict[str, str]:
        with Session(self.engine) as session:
            out: dict[str, str] = {}
            for chunk in chunks(story_ids):
                out.update(session.execute(select(StoryRow.id, StoryRow.title).where(StoryRow.id.in_(chunk))).all())
            return out

    def outlet_feed_items(self, outlet_id: str, limit: int = 50) -> list[dict]:
        """What an outlet's feed lists: its newest stored articles (by its resolved id),
        off the (outlet_id, ingested_at) index."""
        with Session(self.engine) as session:
            return [_hit(r) for r in session.execute(
                _feed_columns().where(ArticleRow.outlet_id == outlet_id)
                .order_by(ArticleRow.outlet_id, ArticleRow.ingested_at.desc(), ArticleRow.id.desc()).limit(limit))]

    def story_card(self, story_id: str) -> dict | None:
        with Session(self.engine) as session:
            rows = card_rows(session, [story_id])
            return story_cards(session, rows)[0] if rows else None


__all__ = ["SORTS", "Filters", "SearchQueries", "expand"]
