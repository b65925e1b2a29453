"""The JSON API under `/api/v1/`: stories, briefs, articles, entities, search, and posting articles."""

from __future__ import annotations

import threading
from datetime import date
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Body, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from synoptic.model import Document, Skipped
from synoptic.read.files import BadInput, record_document
from synoptic.read.limits import limit_document
from synoptic.settings import ReadSettings, Settings
from synoptic.store.search import Filters
from synoptic.util.text import MAX_ENTITY_KEY
from synoptic.web import safety
from synoptic.web.cache import ResponseCache
from synoptic.web.guards import authorize_post
from synoptic.web.params import article_or_404, blank, build_named, entity_or_404, story_or_404


class ArticleIn(BaseModel):
    """One submitted article: the fields of a JSONL input line, read by the same code."""

    model_config = ConfigDict(extra="ignore")
    text: str | None = Field(None, max_length=2_000_000,
                             description="the article text or HTML (required unless the server fetches URLs)")
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=4000)
    outlet: str | None = Field(None, max_length=500)
    published: str | int | None = Field(None, description="a date, ISO or as written, or a Unix time")
    language: str | None = Field(None, max_length=20)
    author: str | None = Field(None, max_length=500)
    kind: Literal["text", "html"] | None = Field(None, description="html when text is markup")
    id: str | None = Field(None, max_length=200, pattern=r"^[^\s/?#%\\]+$",
                           description="default: a hash of the text, as for JSONL input")


def posted_document(item: ArticleIn, allow_fetch: bool, limits: ReadSettings) -> Document:
    """The `Document` the JSONL reader would make of this record (fetching `url` if allowed),
    within the same field limits (`read.limits`); a record the limits refuse is a 422."""
    record = item.model_dump(exclude_none=True)
    if not (item.text and item.text.strip()):
        if not item.url:
            raise HTTPException(422, "text is required")
        if not allow_fetch:
            raise HTTPException(422, "text is required: this server does not fetch URLs")
        try:
            record["url"], record["text"] = safety.fetch_public(item.url)
        except safety.FetchRefused as exc:
            raise HTTPException(422, f"cannot fetch url: {exc}") from exc
        except Exception as exc:  # network errors: one clear line, never a traceback
            raise HTTPException(422, f"cannot fetch url: {type(exc).__name__}") from exc
        record["kind"] = "html"
    try:
        doc = limit_document(record_document(record, record.get("url") or "api", None), limits)
    except BadInput as exc:
        raise HTTPException(422, str(exc)) from exc
    if isinstance(doc, Skipped):
        raise HTTPException(422, doc.error)
    return doc


def api_router(store: Any, ingester: Any, settings: Settings, cache: ResponseCache | None, *,
               api_token: str | None, allow_fetch: bool) -> APIRouter:
    """The JSON API over `store`; posting needs `api_token` when set (see `authorize_post`)."""
    router = APIRouter()
    ingest_lock = threading.Lock()  # one ingest at a time: clustering is incremental
    max_post = settings.web.max_post

    @router.get("/api/v1/stories", tags=["stories"], summary="Stories, newest first")
    def api_stories(
        request: Request,
        q: str | None = Query(None, max_length=500, description="full-text search: whole words, case- and "
                              "accent-folded, \"quoted phrases\", a person's other names"),
        entity: str | None = Query(None, max_length=MAX_ENTITY_KEY, description="entity key or name"),
        outlet: str | None = Query(None, max_length=200),
        since: Annotated[date | None, Query(description="stories updated on or after this date")] = None,
        limit: int = Query(20, ge=1, le=200),
        offset: int = Query(0, ge=0, le=10_000_000),
    ) -> dict:
        # the stories list's own query (the full-text index, then one indexed page), newest news first
        pending = build_named(store, blank(q), blank(entity))  # names come from built briefs
        found = store.find_stories(Filters(query=blank(q), entity=blank(entity), outlet=blank(outlet), since=since),
                                   limit=limit, offset=offset, members=True)
        items, total = found["stories"], found["total"]
        nxt = None
        if offset + len(items) < total and items:
            params = {k: v for k, v in request.query_params.items() if k != "offset"}
            params["offset"] = str(offset + len(items))
            nxt = f"/api/v1/stories?{urlencode(params)}"
        # stories that may match by a name still unknown (their brief pending): 0 when none (add-only)
        return JSONResponse({"stories": items, "next": nxt, "total": total, "briefs_pending": pending})

    @router.get("/api/v1/stories/{story_id:path}", tags=["stories"],
                summary="One story's brief in the synoptic.brief/1 contract")
    def api_story(story_id: str) -> dict:
        # stored JSON goes out as it is: FastAPI's encoder would walk every field again
        return JSONResponse(story_or_404(store, story_id))

    @router.get("/api/v1/articles/{article_id:path}", tags=["articles"], summary="One article")
    def api_article(article_id: str) -> dict:
        return JSONResponse(article_or_404(store, article_id))

    @router.get("/api/v1/entities/{key}", tags=["entities"], summary="A person or organization across stories")
    def api_entity(key: str, limit: int = Query(50, ge=1, le=200),
                   offset: int = Query(0, ge=0, le=10_000_000)) -> dict:
        ent = entity_or_404(store, key)
        stories = ent.get("stories") or []
        nxt = f"/api/v1/entities/{key}?limit={limit}&offset={offset + limit}" if offset + limit < len(stories) else None
        return dict(ent, stories=stories[offset : offset + limit], next=nxt, total=len(stories))

    @router.get("/api/v1/search", tags=["search"], summary="Stories, articles and entities matching a text")
    def api_search(q: str = Query(..., min_length=1, max_length=500), limit: int = Query(20, ge=1, le=200),
                   offset: int = Query(0, ge=0, le=10_000_000)) -> dict:
        pending = build_named(store, q, None)  # other names come from built briefs
        found = store.search(q, limit=limit, offset=offset)
        full = any(len(v) >= limit for v in found.values() if isinstance(v, list))
        found = dict(found, briefs_pending=pending)
        nxt = f"/api/v1/search?{urlencode({'q': q, 'limit': limit, 'offset': offset + limit})}" if full else None
        return dict(found, next=nxt)

    def authorized(request: Request) -> None:
        # a dependency, so it runs before the body is parsed: strangers learn nothing from 422s
        authorize_post(request, api_token)

    @router.post("/api/v1/articles", tags=["articles"], summary="Submit articles to ingest",
                 description="One article object or a list of up to 100, with the fields of a JSONL input "
                 "line. Needs `Authorization: Bearer <token>` when the server has a token; without one, "
                 "only clients on this machine may post.", dependencies=[Depends(authorized)])
    def api_post_articles(
        request: Request,
        body: Annotated[ArticleIn | list[ArticleIn], Body()],
    ) -> dict:
        items = body if isinstance(body, list) else [body]
        if not items or len(items) > max_post:
            raise HTTPException(422, f"send 1 to {max_post} articles")
        docs = [posted_document(item, allow_fetch, settings.read) for item in items]
        with ingest_lock:
            report = ingester.ingest(docs, settings)
        if cache is not None:
            cache.clear()
        return {
            "added": report.added,
            "unchanged": report.unchanged,
            "updated": report.updated,
            "skipped": [{"source": s.source, "error": s.error} for s in report.skipped],
            "stories": list(report.stories),
            "articles": [d.id for d in docs],
            # an ingester without these (an older one, a test double) reports none
            "copies": getattr(report, "copies", 0),
            "outcomes": [o.to_dict() for o in getattr(report, "outcomes", [])],
        }

    return router
