"""What the faces ask about outlets: the per-outlet sums and one outlet's story rows.

The rows are written with each story's brief (`outlet_writes.save_outlet_rows`) and
summed per outlet into `outlets` at the end of each batch; a listing reads those rows,
a profile one of them and, for the links behind its figures, only the story rows where
each figure counts, so neither reads a brief. The store sums; the profile's meaning lives in
`compare.outlet_profiles`, which the faces call on these rows.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from synoptic.model import OUTLET_COUNTS
from synoptic.store.models import ArticleRow, OutletRow, OutletStoryRow

COUNTS = OUTLET_COUNTS


def _identity(session: Session, keys: list[str]) -> dict[str, dict[str, Any]]:
    """Name, kind, country and language of outlets, from one of their stored articles each."""
    out: dict[str, dict[str, Any]] = {}
    if not keys:
        return out
    rows = session.execute(
        select(ArticleRow.outlet_id, ArticleRow.outlet, ArticleRow.outlet_kind, ArticleRow.outlet_country,
               ArticleRow.outlet_language, ArticleRow.outlet_name_from)
        .where(ArticleRow.outlet_id.in_(keys))
        .group_by(ArticleRow.outlet_id, ArticleRow.outlet, ArticleRow.outlet_kind, ArticleRow.outlet_country,
                  ArticleRow.outlet_language, ArticleRow.outlet_name_from)
    )
    for r in rows:
        current = out.get(r.outlet_id)
        # a named row beats one that shows the domain only
        if current is None or (current["name"] is None and r.outlet_name_from):
            out[r.outlet_id] = {"name": r.outlet if r.outlet_name_from else None, "kind": r.outlet_kind or "unknown",
                                "country": r.outlet_country, "language": r.outlet_language}
    for key in keys:  # a record-named outlet without a domain: its name is its key
        out.setdefault(key, {"name": None if "." in key else key, "kind": "unknown", "country": None,
                             "language": None})
    return out


def _totals(row: OutletRow) -> dict[str, Any]:
    return {name: getattr(row, name) for name in OutletRow.__table__.columns.keys()}


class OutletQueries:
    """The read-only outlet methods of `Store`."""

    engine: Engine

    def list_outlets(self, limit: int | None = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Outlets with their totals (refreshed by each batch), most articles first."""
        with Session(self.engine) as session:
            stmt = select(OutletRow).order_by(OutletRow.articles.desc(), OutletRow.id).offset(offset)
            if limit is not None:
                stmt = stmt.limit(limit)
            return [_totals(row) for row in session.scalars(stmt)]

    def count_outlets(self) -> int:
        with Session(self.engine) as session:
            return int(session.scalar(select(func.count()).select_from(OutletRow)) or 0)

    def outlet_summary(self, outlet_id: str) -> dict[str, Any] | None:
        """One outlet's totals; None when no stored story has it."""
        with Session(self.engine) as session:
            row = session.get(OutletRow, outlet_id.strip())
            return _totals(row) if row is not None else None

    def outlet_evidence(self, outlet_id: str, figures: tuple[str, ...], cap: int) -> dict[str, list[str]]:
        """The article ids behind each figure, at most `cap` a figure, newest stories first:
        only the rows where the figure is counted are read."""
        out: dict[str, list[str]] = {}
        with Session(self.engine) as session:
            for figure in figures:
                ids: list[str] = []
                stmt = (select(OutletStoryRow.evidence)
                        .where(OutletStoryRow.outlet_id == outlet_id, getattr(OutletStoryRow, figure) > 0)
                        .order_by(OutletStoryRow.story_id.desc()).limit(cap))
                for evidence in session.scalars(stmt):
                    ids.extend(a for a in (evidence or {}).get(figure, []) if a not in ids)
                    if len(ids) >= cap:
                        break
                out[figure] = ids[:cap]
        return out

    def outlet_rows(self, outlet_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
        """An outlet's identity and its per-story rows (with `story_id`); None if no story has it."""
        key = outlet_id.strip()
        with Session(self.engine) as session:
            rows = session.scalars(
                select(OutletStoryRow).where(OutletStoryRow.outlet_id == key).order_by(OutletStoryRow.story_id)
            ).all()
            if not rows:
                return None
            identity = _identity(session, [key])[key]
            return identity, [
                {"story_id": r.story_id, **{c: getattr(r, c) for c in COUNTS}, "delay_days": r.delay_days,
                 "languages": dict(r.languages or {}), "evidence": dict(r.evidence or {})}
                for r in rows
            ]

    def article_labels(self, article_ids: list[str]) -> dict[str, dict[str, Any]]:
        """Title, story and published day of articles, for the links behind a profile's figures."""
        out: dict[str, dict[str, Any]] = {}
        with Session(self.engine) as session:
            for start in range(0, len(article_ids), 500):
                chunk = article_ids[start:start + 500]
                for r in session.execute(
                    select(ArticleRow.id, ArticleRow.title, ArticleRow.story_id, ArticleRow.published)
                    .where(ArticleRow.id.in_(chunk))
                ):
                    out[r.id] = {"id": r.id, "title": r.title, "story": r.story_id,
                                 "published": r.published.isoformat() if r.published else None}
        return out
