"""What a request asks for, read once for pages and API alike: query values, and the
story, article or entity its path names (404 when there is none)."""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import urlencode

from fastapi import HTTPException, Request
from fastapi.exceptions import RequestValidationError

from synoptic.util.text import MAX_ENTITY_KEY, slugify

MAX_ID = 200  # longer story and article ids are not looked up: no store id is that long


def form_date(value: str | None, field: str = "since") -> date | None:
    """An optional date of a form field: empty means none, garbage is a 422 naming the field."""
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise RequestValidationError(
            [{"loc": ["query", field], "msg": "expected a date YYYY-MM-DD", "type": "value_error"}]
        ) from exc


def blank(value: str | None) -> str | None:
    """A query value stripped, None when empty."""
    return value.strip() if value and value.strip() else None


def story_or_404(store: Any, story_id: str) -> dict:
    """The brief of one story at its current revision (built now when it changed since)."""
    from synoptic.briefs import current_brief

    brief = current_brief(store, story_id) if len(story_id) <= MAX_ID else None
    if not brief or not brief.get("stories"):
        # a story whose brief failed (e.g. "too slow in brief") says so instead of vanishing
        failed = store.story_error(story_id) if brief is None and len(story_id) <= MAX_ID and hasattr(
            store, "story_error") else None
        if failed:
            raise HTTPException(503, f"The brief of this story could not be built: {failed}. "
                                     "It is built again when the story gets a new article.")
        raise HTTPException(404, "no such story")
    return brief


def article_or_404(store: Any, article_id: str) -> dict:
    art = store.article(article_id) if len(article_id) <= MAX_ID else None
    if not art:
        raise HTTPException(404, "no such article")
    return art


def pending_note(count: int) -> str | None:
    """What a view says of the stories it could not read yet (their briefs are still to build)."""
    if not count:
        return None
    return (f"{count} {'story' if count == 1 else 'stories'} that may concern this {'is' if count == 1 else 'are'} "
            "not analysed yet (brief pending): not counted here. Opening a story builds its brief; "
            "`synoptic briefs` builds them all.")


def build_named(store: Any, query: str | None, entity: str | None) -> int:
    """Before a list or a search narrowed by a text or an entity, whose names come from built
    briefs (an alias finds its person, an entity filter its stories): the pending briefs of
    the stories that mention them, within the view's budget. How many stay pending (at least)."""
    from synoptic.briefs import brief_mentions

    left = brief_mentions(store, query) if query else 0
    if entity:
        left = max(left, brief_mentions(store, entity, key=slugify(entity)))
    return left


def entity_or_404(store: Any, key: str) -> dict:
    """An entity across the stories whose briefs name it; the pending briefs of the stories
    that mention it are built first (within the view's budget), the rest counted in
    `briefs_pending` (add-only field)."""
    from synoptic.briefs import brief_mentions

    if len(key) > MAX_ENTITY_KEY:
        raise HTTPException(404, "no such entity")
    pending = brief_mentions(store, key.replace("-", " "), key=key)
    ent = store.entity(key)
    if not ent:
        raise HTTPException(404, "no such entity" + (f" in the analysed stories; {pending_note(pending)}"
                                                     if pending else ""))
    return dict(ent, briefs_pending=pending)


def pager(request: Request, page_no: int, offset: int, shown: int, total: int | None, size: int,
          param: str = "page", fragment: str = "") -> dict:
    """Previous/next links keeping the other query parameters."""

    def link(n: int) -> str:
        params = {k: v for k, v in request.query_params.items() if k != param and v != ""}
        if n > 1:
            params[param] = str(n)
        query = urlencode(params)
        return (request.url.path + (f"?{query}" if query else "")) + (f"#{fragment}" if fragment else "")

    more = offset + shown < total if total is not None else shown >= size
    pages = None if total is None else max(1, -(-total // size))
    return {
        "page": page_no,
        "pages": pages,
        "prev": link(page_no - 1) if page_no > 1 else None,
        "next": link(page_no + 1) if more else None,
    }
