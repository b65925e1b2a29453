"""The full-text index the search reads, kept by the store's writes (migration 0005_search).

Two backends, one notion of a word (`util.folding`):
- SQLite: FTS5 tables with `tokenize="unicode61 remove_diacritics 2"`: `article_fts`
  (contentless: the text stays only in `articles`; rowid = `article_search.id`) and
  `entity_fts` (the names and aliases of one entity key; rowid = `entity_names.id`).
- PostgreSQL: a `tsvector` column beside each of those rows, made in Python from the
  folded words (`tsvector_literal`), so PostgreSQL and SQLite split and fold alike
  without the `unaccent` extension; GIN indexes.
`article_search` maps an article id to a stable integer (SQLite's own rowid of `articles`
may change on VACUUM): the FTS rowid. Its ids are never reused (AUTOINCREMENT).

Written explicitly by `store.writes` (new and revised articles, saved briefs): FTS5
rows cannot be kept by triggers here, because the text is folded in Python for
PostgreSQL and aliases are JSON.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    inspect,
    literal_column,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import Session

from synoptic.store.db import chunks
from synoptic.store.models import ArticleRow
from synoptic.util.folding import words
from synoptic.util.text import slugify

_meta = MetaData()
# the index tables as the queries see them (the migration creates them, with their
# foreign keys and, on PostgreSQL, the tsv columns)
article_search = Table(
    "article_search", _meta,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(200), nullable=False, unique=True),
    Column("day", Date, nullable=False),  # the article's cluster_day (its news day)
    Column("ingested_at", DateTime, nullable=False),
    # lower-cased, so the language filter never reads `articles` (migration 0006_web)
    Column("language", String(20), nullable=True),
)
entity_names = Table(
    "entity_names", _meta,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(300), nullable=False, unique=True),
    Column("names", Text, nullable=False),  # display names, one a line
)

MAX_POSITION = 16383  # PostgreSQL's largest word position in a tsvector
MAX_WORDS = 200_000  # words of one article indexed (a tsvector holds at most 1 MB)


def tsvector_literal(*texts: str) -> str:
    """A tsvector in PostgreSQL's input syntax ('word':1,4 ...) of the folded words of
    `texts`, one after another with a gap, so a phrase never runs from a title into the text."""
    positions: dict[str, list[int]] = {}
    pos = 0
    for part in texts:
        for w in words(part)[:MAX_WORDS]:
            pos = min(pos + 1, MAX_POSITION)
            if len(w.encode()) >= 2047:  # PostgreSQL's longest word
                continue
            ps = positions.setdefault(w, [])
            if (not ps or ps[-1] != pos) and len(ps) < 256:
                ps.append(pos)
        pos = min(pos + 1, MAX_POSITION)
    # the words are letters and digits only: nothing to escape inside the quotes
    return " ".join(f"'{w}':{','.join(map(str, ps))}" for w, ps in positions.items())


def is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _language(row: Any) -> str | None:
    return (row.language or "").strip().lower() or None


def index_articles(session: Session, rows: Iterable[Any], with_language: bool = True) -> None:
    """Index new articles (objects with id, title, text, language, cluster_day and
    ingested_at), in the caller's transaction. `with_language=False`: a store migrated only
    to 0005_search, before `article_search.language` (0006_web fills it in)."""
    rows = list(rows)
    pg = is_postgres(session)
    for chunk in chunks(rows):
        if pg:
            col, val, upd = (", language", ", :l", ", language = excluded.language") if with_language else ("",) * 3
            session.execute(
                text(f"INSERT INTO article_search (article_id, day, ingested_at{col}, tsv) "
                     f"VALUES (:a, :d, :i{val}, CAST(:v AS tsvector)) "
                     f"ON CONFLICT (article_id) DO UPDATE SET tsv = excluded.tsv, day = excluded.day{upd}"),
                [{"a": r.id, "d": r.cluster_day, "i": r.ingested_at, "l": _language(r),
                  "v": tsvector_literal(r.title or "", r.text or "")} for r in chunk],
            )
            continue
        session.execute(article_search.insert().prefix_with("OR IGNORE"),
                        [{"article_id": r.id, "day": r.cluster_day, "ingested_at": r.ingested_at,
                          **({"language": _language(r)} if with_language else {})} for r in chunk])
        ids = dict(session.execute(
            select(article_search.c.article_id, article_search.c.id)
            .where(article_search.c.article_id.in_([r.id for r in chunk]))
        ).all())
        session.execute(text("INSERT INTO article_fts (rowid, title, body) VALUES (:i, :t, :b)"),
                        [{"i": ids[r.id], "t": r.title or "", "b": r.text or ""} for r in chunk])


def reindex_article(session: Session, row: Any, old_title: str, old_text: str) -> None:
    """A revised article: its old words out of the index, its new ones in."""
    if is_postgres(session):
        index_articles(session, [row])
        return
    rowid = session.scalar(select(article_search.c.id).where(article_search.c.article_id == row.id))
    if rowid is None:
        index_articles(session, [row])
        return
    session.execute(article_search.update().where(article_search.c.id == rowid)
                    .values(day=row.cluster_day, language=_language(row)))
    # a contentless FTS5 table forgets a row only when told the words it indexed
    session.execute(text("INSERT INTO article_fts (article_fts, rowid, title, body) VALUES ('delete', :i, :t, :b)"),
                    {"i": rowid, "t": old_title or "", "b": old_text or ""})
    session.execute(text("INSERT INTO article_fts (rowid, title, body) VALUES (:i, :t, :b)"),
                    {"i": rowid, "t": row.title or "", "b": row.text or ""})


def index_entities(session: Session, entities: Iterable[dict]) -> None:
    """The names and aliases of a brief's entities under their keys (names only grow:
    an alias seen once keeps finding the person)."""
    wanted: dict[str, list[str]] = {}
    for e in entities:
        name = e.get("name") or ""
        names = wanted.setdefault(slugify(name), [])
        for n in [name, *(e.get("aliases") or [])]:
            if n and n not in names:
                names.append(n)
    if not wanted:
        return
    pg = is_postgres(session)
    for chunk in chunks(sorted(wanted)):
        stored = {k: (i, n) for i, k, n in session.execute(
            select(entity_names.c.id, entity_names.c.key, entity_names.c.names)
            .where(entity_names.c.key.in_(chunk))).all()}
        for key in chunk:
            old_id, old = stored.get(key, (None, ""))
            names = [n for n in old.split("\n") if n]
            merged = names + [n for n in wanted[key] if n not in names]
            if old_id is not None and merged == names:
                continue
            joined = "\n".join(merged)
            if pg:
                session.execute(text(
                    "INSERT INTO entity_names (key, names, tsv) VALUES (:k, :n, CAST(:v AS tsvector)) "
                    "ON CONFLICT (key) DO UPDATE SET names = excluded.names, tsv = excluded.tsv"),
                    {"k": key, "n": joined, "v": tsvector_literal(*merged)})
                continue
            if old_id is None:
                old_id = session.execute(
                    entity_names.insert().values(key=key, names=joined).returning(entity_names.c.id)).scalar_one()
            else:
                session.execute(entity_names.update().where(entity_names.c.id == old_id).values(names=joined))
                session.execute(text("DELETE FROM entity_fts WHERE rowid = :i"), {"i": old_id})
            session.execute(text("INSERT INTO entity_fts (rowid, names) VALUES (:i, :n)"), {"i": old_id, "n": joined})


def lede(story: dict) -> str | None:
    """The brief's first sentence: what a list of stories shows under the title."""
    for sentence in story.get("summary") or []:
        if isinstance(sentence, dict) and (sentence.get("text") or "").strip():
            return sentence["text"].strip()
    return None


def index_story(session: Session, story_row: Any, story: dict) -> None:
    """What a saved brief adds to the index: the story's lede, its entities' names."""
    story_row.lede = lede(story) or ""
    index_entities(session, story.get("entities") or [])


def backfill(session: Session) -> None:
    """Index what is stored but not indexed: articles, entity names, ledes (a migrated store,
    rows copied in bulk)."""
    missing = (select(ArticleRow.id, ArticleRow.title, ArticleRow.text, ArticleRow.language,
                      ArticleRow.cluster_day, ArticleRow.ingested_at)
               .outerjoin(article_search, article_search.c.article_id == ArticleRow.id)
               .where(article_search.c.id.is_(None)))
    # migration 0005_search calls this too, before 0006_web adds the language column
    with_language = "language" in {c["name"] for c in inspect(session.connection()).get_columns("article_search")}
    while True:
        batch = session.execute(missing.limit(500)).all()
        if not batch:
            break
        index_articles(session, batch, with_language)
    # one brief at a time: a brief is ~100 KB of JSON
    todo = session.scalars(text("SELECT id FROM stories WHERE lede IS NULL AND brief IS NOT NULL")).all()
    for sid in todo:
        brief = session.scalar(text("SELECT brief FROM stories WHERE id = :i"), {"i": sid})
        data = json.loads(brief) if isinstance(brief, str) else brief
        story = ((data or {}).get("stories") or [{}])[0]
        session.execute(text("UPDATE stories SET lede = :l WHERE id = :i"), {"l": lede(story) or "", "i": sid})
    rows = session.execute(text("SELECT name, aliases FROM story_entities")).all()
    index_entities(session, [{"name": n, "aliases": json.loads(a) if isinstance(a, str) else a or []}
                             for n, a in rows])


# ids this far apart are asked of the full-text index as one range rather than two: a MATCH
# costs ~0.15-0.2 ms to start and ~1.5 us a matching row it steps over (bench/web.py at 100k)
PROBE_GAP = 100
MAX_RUNS = 100  # more runs than this (scattered ids): each article is asked on its own


def id_runs(ids: list[int], gap: int) -> list[tuple[int, int]]:
    """The ids as ranges (first, last), sorted, an id at most `gap` after the last joining its range."""
    out: list[tuple[int, int]] = []
    for i in sorted(ids):
        if out and i - out[-1][1] <= gap:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


def in_runs(n: int):
    """SQLite: the ids (rowids) of the articles matching `:m` (an FTS5 expression) within `n`
    ranges of ids (`:lo0` to `:hi0`, ...), one MATCH a range (FTS5 seeks to a range's start:
    it costs what the range holds)."""
    rowid = literal_column("rowid")
    arms = [select(rowid).select_from(text("article_fts")).where(text("article_fts MATCH :m"))
            .where(rowid.between(bindparam(f"lo{i}"), bindparam(f"hi{i}"))) for i in range(n)]
    return arms[0] if len(arms) == 1 else union_all(*arms)


def runs_values(runs: list[tuple[int, int]]) -> dict[str, int]:
    """The bound values of `in_runs(len(runs))`."""
    values: dict[str, int] = {}
    for i, (lo, hi) in enumerate(runs):
        values[f"lo{i}"], values[f"hi{i}"] = lo, hi
    return values
