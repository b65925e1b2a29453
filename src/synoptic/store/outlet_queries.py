"""What the faces ask about outlets: the per-outlet sums and one outlet's story rows.

The rows are written with each story's brief (`writes.save_outlet_rows`); a listing
is one GROUP BY over the indexed `outlet_stories` table and a profile one indexed
slice of it, so neither reads a brief. The store sums; the profile's meaning lives in
`compare.outlet_profiles`, which the faces call on these rows.
"""

from __future__ import annotations

import statistics
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from synoptic.model import OUTLET_COUNTS
from synoptic.store.models import ArticleRow, OutletStoryRow

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


class OutletQueries:
    """The read-only outlet methods of `Store`."""

    engine: Engine

    def list_outlets(self, limit: int | None = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Outlets with their summed figures, most articles first."""
        sums = [func.sum(getattr(OutletStoryRow, c)).label(c) for c in COUNTS]
        with Session(self.engine) as session:
            stmt = (
                select(OutletStoryRow.outlet_id, func.count(OutletStoryRow.story_id.distinct()).label("stories"), *sums)
                .group_by(OutletStoryRow.outlet_id)
                .order_by(func.sum(OutletStoryRow.articles).desc(), OutletStoryRow.outlet_id)
                .offset(offset)
            )
            if limit is not None:
                stmt = stmt.limit(limit)
            rows = session.execute(stmt).all()
            keys = [r.outlet_id for r in rows]
            delays: dict[str, list[int]] = {}
            for key, delay in session.execute(
                select(OutletStoryRow.outlet_id, OutletStoryRow.delay_days)
                .where(OutletStoryRow.outlet_id.in_(keys), OutletStoryRow.delay_days.is_not(None))
            ):
                delays.setdefault(key, []).append(delay)
            identity = _identity(session, keys)
            languages: dict[str, dict[str, int]] = {}
            for key, language, n in session.execute(
                select(ArticleRow.outlet_id, ArticleRow.language, func.count())
                .where(ArticleRow.outlet_id.in_(keys)).group_by(ArticleRow.outlet_id, ArticleRow.language)
                .order_by(func.count().desc())
            ):
                languages.setdefault(key, {})[language or "unknown"] = n
        out = []
        for r in rows:
            d = delays.get(r.outlet_id, [])
            out.append({"id": r.outlet_id, **identity[r.outlet_id], "stories": r.stories,
                        **{c: int(getattr(r, c) or 0) for c in COUNTS},
                        "typical_delay_days": statistics.median(d) if d else None, "delays_dated": len(d),
                        "languages": languages.get(r.outlet_id, {})})
        return out

    def count_outlets(self) -> int:
        with Session(self.engine) as session:
            return int(session.scalar(select(func.count(OutletStoryRow.outlet_id.distinct()))) or 0)

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
