"""Outlet profile rows and totals: written with each story's brief, totals refreshed per batch.

`save_outlet_rows` replaces a story's per-outlet rows; every outlet whose rows change is
noted in the session (`touched_outlets`), and at the end of the batch the ingest service
reads each one's `outlet_totals`, has them summarized (`compare.outlet_profiles`) and
saves the result with `save_outlet_totals`: one row an outlet for listings.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, delete, func, select
from sqlalchemy.orm import Session

from synoptic.model import OUTLET_COUNTS
from synoptic.store.models import ArticleRow, OutletRow, OutletStoryRow
from synoptic.store.prepared import Prepared

_TOUCHED = "synoptic.outlets_touched"


def touched_outlets(session: Session) -> set[str]:
    """The outlets whose profile rows changed in this transaction."""
    return session.info.setdefault(_TOUCHED, set())


def save_outlet_rows(session: Session, story_id: str, rows: list[dict]) -> None:
    """A story's per-outlet rows (`compare.outlet_profiles.story_outlet_rows`), replacing
    the ones of its previous brief."""
    touched = touched_outlets(session)
    touched.update(session.scalars(select(OutletStoryRow.outlet_id).where(OutletStoryRow.story_id == story_id)))
    session.execute(delete(OutletStoryRow).where(OutletStoryRow.story_id == story_id))
    for row in rows:
        session.add(OutletStoryRow(story_id=story_id, **row))
        touched.add(row["outlet_id"])


# an outlet's totals are read for every outlet a brief touches (a story of 20 articles:
# ~20 outlets): compiled once, as `Prepared` page reads are (SQLAlchemy's building and
# compiling of each statement cost more than SQLite's answers: #23)
_SUMS = Prepared(
    select(func.count(OutletStoryRow.story_id.distinct()).label("stories"),
           *[func.sum(getattr(OutletStoryRow, c)).label(c) for c in OUTLET_COUNTS])
    .where(OutletStoryRow.outlet_id == bindparam("outlet")))
_DELAYS = Prepared(select(OutletStoryRow.delay_days).where(
    OutletStoryRow.outlet_id == bindparam("outlet"), OutletStoryRow.delay_days.is_not(None)))
_LANGUAGES = Prepared(
    select(ArticleRow.language, func.count()).where(ArticleRow.outlet_id == bindparam("outlet"))
    .group_by(ArticleRow.language).order_by(func.count().desc()))
# a row named by evidence before one showing the domain only, the latest first
_IDENTITY = Prepared(
    select(ArticleRow.outlet, ArticleRow.outlet_kind, ArticleRow.outlet_country, ArticleRow.outlet_language,
           ArticleRow.outlet_name_from)
    .where(ArticleRow.outlet_id == bindparam("outlet"))
    .order_by(ArticleRow.outlet_name_from.is_(None), ArticleRow.updated_at.desc()).limit(1))


def outlet_totals(session: Session, outlet_id: str) -> dict[str, Any] | None:
    """An outlet's rows summed (one indexed aggregate), its delays, languages and identity;
    None when no story has it any more."""
    session.flush()
    conn = session.connection()
    sums = _SUMS.all(conn, outlet=outlet_id)[0]
    if not sums.stories:
        return None
    delays = _DELAYS.scalars(conn, outlet=outlet_id)
    languages = {lang or "unknown": n for lang, n in _LANGUAGES.all(conn, outlet=outlet_id)}
    found = _IDENTITY.all(conn, outlet=outlet_id)
    ident = found[0] if found else None
    identity = {"name": None if "." in outlet_id else outlet_id, "kind": "unknown", "country": None, "language": None}
    if ident is not None:
        identity = {"name": ident.outlet if ident.outlet_name_from else None, "kind": ident.outlet_kind or "unknown",
                    "country": ident.outlet_country, "language": ident.outlet_language}
    return {"id": outlet_id, **identity, "stories": int(sums.stories),
            **{c: int(getattr(sums, c) or 0) for c in OUTLET_COUNTS}, "delays": delays, "languages": languages}


def outlet_rows(session: Session, outlet_ids: set[str]) -> list[OutletRow]:
    """These outlets' totals rows in one query: while the caller holds them, the session has
    them and `save_outlet_totals` finds each without a query of its own."""
    return list(session.scalars(select(OutletRow).where(OutletRow.id.in_(sorted(outlet_ids))))) if outlet_ids else []


def save_outlet_totals(session: Session, outlet_id: str, totals: dict[str, Any] | None) -> None:
    """An outlet's totals row (the columns of `OutletRow`); None deletes it."""
    row = session.get(OutletRow, outlet_id)
    if totals is None:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        row = OutletRow(id=outlet_id)
        session.add(row)
    for name in OutletRow.__table__.columns.keys():
        if name != "id" and name in totals:
            setattr(row, name, totals[name])
