"""Outlets of stored articles resolved again: stores made before outlets (migration 0004),
and `synoptic outlets --rebuild` after the outlet rules or the registry change.

Each article's outlet is resolved from what the store kept of it (`clean.outlet`): its
URL, its outlet label (a record's name, or the page's site name the cleaner had chosen),
its title and text as read, plus its wire credit; a site named by one article names its
siblings (`share_names`). Then every story holding a changed article has the outlet
fields of its stored brief (`synoptic.brief/1`: `outlet`, `outlet_id`, `outlet_name`,
`outlet_kind`, `outlet_country`, `outlet_language`, `wire` of each article) and its
per-outlet profile rows rewritten, and the totals of the outlets involved refreshed:
no article is cleaned, analysed or clustered again. An origin group's agency is
written with the brief: it is refreshed when the story next changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from synoptic.clean.outlet import article_outlet, share_names, site_key, wire_agency
from synoptic.compare.outlet_profiles import story_outlet_rows
from synoptic.ingest import refresh_outlets
from synoptic.model import Outlet
from synoptic.render.json import outlet_fields
from synoptic.store import Store, outlet_writes
from synoptic.store.models import ArticleRow, StoryRow
from synoptic.store.writes import outlet_columns_of

_BATCH = 1000  # rows read at a time (memory, not a tuned figure)


@dataclass
class RebuildReport:
    articles: int = 0  # articles resolved
    changed: int = 0  # of which their outlet or wire credit changed
    named: int = 0  # articles with a named outlet after the rebuild
    stories: int = 0  # stories whose brief outlet fields and profile rows were rewritten

    def line(self) -> str:
        return (f"outlets: {self.articles:,} articles resolved, {self.changed:,} changed, "
                f"{self.named:,} named; {self.stories:,} stories' outlet rows rebuilt")


def _evidence(row: ArticleRow, every: bool) -> tuple[str | None, str | None]:
    """(record name, page name) that a stored row still holds."""
    label = (row.outlet or "").strip() or None
    if label is None or label == row.outlet_id:
        return None, None
    if row.outlet_name_from == "record":
        return label, None
    if row.outlet_name_from in ("registry", "text", "batch") and every:
        return None, None  # found again from the registry and the text
    # a store from before outlets: its label is a record's name, a page's site name
    # or the domain; as a page's name, the registry still comes first
    return None, label


def rebuild_outlets(store: Store, every: bool = False) -> RebuildReport:
    """Resolve stored articles' outlets again: those never resolved (stores made before
    migration 0004), or with `every` all of them. One write transaction."""
    report = RebuildReport()
    with store.write() as session:
        query = select(ArticleRow).order_by(ArticleRow.id)
        if not every:
            query = query.where(ArticleRow.outlet_id.is_(None), ArticleRow.outlet_name_from.is_(None))
        resolved: list[tuple[str, str | None, str | None, Outlet | None, str | None]] = []
        for row in session.scalars(query.execution_options(yield_per=_BATCH)):
            record, page = _evidence(row, every)
            text = f"{row.title or ''}\n{row.raw_text or row.text}"
            outlet = article_outlet(record, page, row.url, text)
            credit = wire_agency(row.raw_text or row.text)
            resolved.append((row.id, row.story_id, row.url, outlet, credit[0].id if credit else None))
        share_names([(site_key(url), outlet) for _, _, url, outlet, _ in resolved])
        stories: dict[str, set[str]] = {}
        for chunk_start in range(0, len(resolved), _BATCH):
            chunk = resolved[chunk_start:chunk_start + _BATCH]
            rows = {r.id: r for r in session.scalars(
                select(ArticleRow).where(ArticleRow.id.in_([c[0] for c in chunk])))}
            for article_id, story_id, _, outlet, wire in chunk:
                row = rows[article_id]
                report.articles += 1
                columns = {"outlet": outlet.label if outlet else row.outlet, **outlet_columns_of(outlet, wire)}
                if any(getattr(row, k) != v for k, v in columns.items()):
                    report.changed += 1
                    for key, value in columns.items():
                        setattr(row, key, value)
                    if story_id:
                        stories.setdefault(story_id, set()).add(article_id)
                report.named += bool(outlet and outlet.name)
        session.flush()
        for story_id in sorted(stories):
            report.stories += _rewrite_story(session, story_id)
        refresh_outlets(session)
    return report


def _rewrite_story(session, story_id: str) -> int:
    """A story's brief outlet fields, outlet list and profile rows from its article rows."""
    story = session.get(StoryRow, story_id)
    if story is None:
        return 0
    members = list(session.execute(
        select(ArticleRow.id, ArticleRow.outlet, ArticleRow.outlet_id, ArticleRow.outlet_kind,
               ArticleRow.outlet_country, ArticleRow.outlet_language, ArticleRow.outlet_name_from,
               ArticleRow.wire).where(ArticleRow.story_id == story_id)))
    story.outlets = sorted({m.outlet for m in members if m.outlet})
    if not story.brief:
        return 0
    by_id = {m.id: m for m in members}
    data = dict(story.brief)
    articles = []
    for art in data.get("articles") or []:
        m = by_id.get(art.get("id"))
        if m is not None:
            outlet = None
            if m.outlet_id or m.outlet_name_from:
                outlet = Outlet(id=m.outlet_id, name=m.outlet if m.outlet_name_from else None,
                                kind=m.outlet_kind or "unknown", country=m.outlet_country,
                                language=m.outlet_language, name_from=m.outlet_name_from)
            art = {**art, "outlet": m.outlet, **outlet_fields(outlet), "wire": m.wire}
        articles.append(art)
    data["articles"] = articles
    story.brief = data  # a new object: the JSON column is written
    outlet_writes.save_outlet_rows(session, story_id, story_outlet_rows(data))
    return 1
