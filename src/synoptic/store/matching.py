"""Which articles match a search, as SQL: the full-text index's expressions (FTS5 and
PostgreSQL's tsquery) and the plans by which SQLite walks them (`_matching`), each plan
and set of filters a statement built once (`_shape`) and run with its values bound.

A search's query is expanded (its words, the other names of the entity it names) by
`store.search`; here `expanded` is that (`search.Expanded`: `.alternatives`, an OR of
AND-ed phrases) and `f` its filters (`search.Filters`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Connection,
    bindparam,
    column,
    exists,
    func,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session

from synoptic.settings import WebSettings
from synoptic.store.models import ArticleRow, EntityRow
from synoptic.store.prepared import Prepared, RawReads
from synoptic.store.queries import outlet_clause, outlet_values
from synoptic.store.search_index import (
    MAX_RUNS,
    PROBE_GAP,
    article_search,
    id_runs,
    in_runs,
    runs_values,
)


def _fts5(alternatives: list[list[list[str]]]) -> str:
    """An FTS5 MATCH expression: OR of alternatives, each an AND of phrases."""
    def phrase(p: list[str]) -> str:
        return '"' + " ".join(p) + '"'  # words are letters and digits: no quote to escape
    return " OR ".join("(" + " AND ".join(phrase(p) for p in alt) + ")" for alt in alternatives)


def _tsquery(alternatives: list[list[list[str]]]) -> str:
    """The same expression as a PostgreSQL tsquery literal."""
    def phrase(p: list[str]) -> str:
        return "(" + " <-> ".join(f"'{w}'" for w in p) + ")"
    return " | ".join("(" + " & ".join(phrase(p) for p in alt) + ")" for alt in alternatives)


def _pg(session: Session | Connection | RawReads) -> bool:
    """On PostgreSQL (`session`: a Session, or a Connection or `RawReads` as the page reads use)."""
    bind = session if isinstance(session, Connection | RawReads) else session.get_bind()
    return bind.dialect.name == "postgresql"


def _article_ids(session: Session, alternatives: list[list[list[str]]]):
    """A subquery: ids (`article_search.id`) of the articles matching."""
    pg = _pg(session)
    return match_ids(pg).params(m=_tsquery(alternatives) if pg else _fts5(alternatives))


def match_ids(pg: bool):
    """`_article_ids` with its match expression the bound parameter `:m` (`match_value`)."""
    if pg:
        return select(article_search.c.id).where(text("article_search.tsv @@ CAST(:m AS tsquery)"))
    return select(literal_column("rowid")).select_from(text("article_fts")).where(text("article_fts MATCH :m"))


def match_value(pg: bool, alternatives: list[list[list[str]]]) -> str:
    return _tsquery(alternatives) if pg else _fts5(alternatives)


def _newest(cols) -> list:
    return [cols.day.desc(), cols.ingested_at.desc(), cols.article_id]


_FTS = table("article_fts", column("rowid"))  # SQLite: the FTS5 index (migration 0005_search)


def _matching(session: Session, expanded: Any, f: Any, keys: list[str] | None, plan: str = "ids"):
    """`select(article_id)` of the matching articles within the filters, from
    `article_search` (the outlet filter alone reads `articles`: SQLite walks past a row's
    long text to reach its later columns). How SQLite finds them (`plan`):
    - "ids": the matches as the full-text index gives them, each looked up; what a
      count (stopped at its bound) or a few matches want;
    - "walk": the matches' ids in a list, tested while walking the newest-first index
      (`+id` keeps SQLite from the id lookup): a page of many matches without sorting them,
      but listing them costs ~0.2 us a match (20 ms for a word in 100k articles);
    - an int K: the K newest indexed articles, each asked of the index on its own (`rowid =`
      and MATCH, 10-200 us each): a page of a word in most articles whatever their number;
    - (K, runs): the same K, asked of the index a run of ids at a time (`in_runs`): one
      MATCH per run of nearby ids (`search_index.id_runs`) instead of one per article (newest
      articles are mostly indexed one after another: 120 probes of 0.2 ms become one of 0.4 ms).
    PostgreSQL: always its GIN index. The statement is `_shape`'s, its values bound."""
    key, values = _shaped(session, expanded, f, keys, plan)
    return _shape(*key).params(**values)


def _shaped(session: Session | Connection, expanded: Any, f: Any, keys: list[str] | None,
            plan: Any = "ids") -> tuple[tuple, dict]:
    """`_shape`'s key for this plan and these filters, and the values of its parameters."""
    pg = _pg(session)
    kind, k, runs = (plan, None, None) if isinstance(plan, str) else (
        ("newest", *plan) if isinstance(plan, tuple) else ("newest", plan, None))
    values: dict[str, Any] = {"m": _tsquery(expanded.alternatives) if pg else _fts5(expanded.alternatives)}
    if k is not None:
        values["k"] = int(k)
    if runs:
        values.update(runs_values(runs))
    if f.outlet:
        values.update(outlet_values(f.outlet))
    if f.language:
        values["language"] = f.language.strip().lower()
    if keys is not None:
        values["keys"] = keys or [""]
    if f.since is not None:
        values["since"] = f.since
    if f.until is not None:
        values["until"] = f.until
    key = (pg, "ids" if pg else kind, 0 if pg else len(runs or ()), bool(f.outlet), bool(f.language),
           keys is not None, f.since is not None, f.until is not None)
    return key, values


@lru_cache(maxsize=1024)
def _shape(pg: bool, plan: str, runs: int, outlet: bool, language: bool, keys: bool, since: bool, until: bool):
    """`_matching`'s statement for one plan ("ids", "walk" or "newest" with `runs` runs of
    ids) and one set of filters, its values bound parameters (`_shaped`): built once, not
    every request."""
    s = article_search.c
    stmt = select(s.article_id)
    match = text("article_fts MATCH :m")
    if pg:
        stmt = stmt.where(s.id.in_(select(article_search.c.id).where(text("article_search.tsv @@ CAST(:m AS tsquery)"))))
    elif plan == "ids":
        # the index gives the matches in turn (a bounded count stops early), each looked up
        stmt = select(s.article_id).select_from(_FTS).join(article_search, s.id == _FTS.c.rowid).where(match)
    elif plan == "walk":
        stmt = stmt.where(literal_column("+article_search.id").in_(
            select(literal_column("rowid")).select_from(text("article_fts")).where(match)))
    else:
        recent = select(article_search).order_by(*_newest(s)).limit(bindparam("k")).subquery("recent")
        s = recent.c
        if runs:
            stmt = select(s.article_id).where(s.id.in_(in_runs(runs)))
        else:
            stmt = select(s.article_id).where(exists(
                select(literal_column("1")).select_from(_FTS).where(match).where(_FTS.c.rowid == s.id)))
    if outlet:
        stmt = (stmt.join(ArticleRow, ArticleRow.id == s.article_id)
                .where(outlet_clause(bindparam("outlet_id"), bindparam("outlet_name"))))
    if language:
        stmt = stmt.where(s.language == bindparam("language"))
    if keys:
        stories = select(EntityRow.story_id).where(EntityRow.key.in_(bindparam("keys", expanding=True)))
        stmt = stmt.where(s.article_id.in_(select(ArticleRow.id).where(ArticleRow.story_id.in_(stories))))
    if since:
        stmt = stmt.where(s.day >= bindparam("since"))
    if until:
        stmt = stmt.where(s.day <= bindparam("until"))
    return stmt.order_by(*_newest(s))


@lru_cache(maxsize=1024)
def _counting(*key) -> Prepared:
    """How many match, up to `:lim`."""
    return Prepared(select(func.count()).select_from(_shape(*key).order_by(None).limit(bindparam("lim")).subquery()))


@lru_cache(maxsize=1024)
def _paging(*key) -> Prepared:
    """One page (`:lim` from `:off`) of the matches, newest first."""
    return Prepared(_shape(*key).limit(bindparam("lim")).offset(bindparam("off")))


_LAST_ID = Prepared(select(func.max(article_search.c.id)))
_NEWEST_IDS = Prepared(select(article_search.c.id).order_by(*_newest(article_search.c)).limit(bindparam("k")))


def _page_ids(session: Connection, expanded: Any, f: Any, keys: list[str] | None, plan: Any,
              limit: int, offset: int) -> list[str]:
    key, values = _shaped(session, expanded, f, keys, plan)
    return _paging(*key).scalars(session, lim=limit, off=offset, **values)


def _result_page(session: Connection, expanded: Any, f: Any, keys: list[str] | None, total: int,
                 limit: int, offset: int) -> list[str]:
    """The ids of one page of results, newest first, by the cheapest plan of `_matching`
    for `total` matches (counted up to `search_count_limit`)."""
    web = WebSettings
    if (not _pg(session) and total > web.search_count_limit
            and (_LAST_ID.scalar(session) or 0) > web.search_probe_from):
        # a word in very many articles of a large store: listing them all would cost more than
        # asking the newest one by one (most of them likely hold it), so ask them first
        k = (offset + limit) * web.search_probe_factor
        runs = id_runs(_NEWEST_IDS.scalars(session, k=k), PROBE_GAP)
        plan = (k, runs) if len(runs) <= MAX_RUNS else k
        page = _page_ids(session, expanded, f, keys, plan, limit, offset)
        if len(page) == limit:
            return page
    plan = "walk" if total > web.search_walk_from else "ids"
    return _page_ids(session, expanded, f, keys, plan, limit, offset)
