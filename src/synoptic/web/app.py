"""`synoptic serve`: server-rendered pages and the JSON API over a store.

Pages work without JavaScript; `static/app.js` only adds filtering and hover highlights.
Everything untrusted (article text, titles, outlets, URLs) goes through Jinja2 autoescape.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import logging
import threading
import time
from collections import OrderedDict
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import Body, Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from synoptic.model import Document
from synoptic.read.files import BadInput, record_document
from synoptic.settings import Settings
from synoptic.web import safety, views

HERE = Path(__file__).parent
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
PAGE = 20  # stories per page
FACTS_PAGE = 40  # rows of the coverage grid per page
LIST_PAGE = 40  # timeline entries per page
PEOPLE_PAGE = 12
MAX_POST = 100  # articles per POST


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


class ResponseCache:
    """Rendered GET responses by URL, dropped as soon as the store changes.

    Rendering a story page costs ~10-30 ms of Python; serving it again costs well under one.
    At most once a second one request asks the store for a cheap version stamp (story count,
    article count, newest story and its update time); when it differs, everything cached is
    dropped, so pages follow ingests from any process within about a second. Entries also
    expire after `max_age` seconds, a safety net for changes the stamp cannot see.
    """

    def __init__(self, store: Any, max_age: float, max_bytes: int = 64 * 1024 * 1024, check_every: float = 1.0):
        self.store, self.max_age, self.max_bytes, self.check_every = store, max_age, max_bytes, check_every
        self._bytes = 0
        self._entries: OrderedDict[str, tuple[float, bytes, str, bytes | None]] = OrderedDict()
        self._lock = threading.Lock()
        self._stamp: tuple | None = None
        self._checked = float("-inf")
        self._checking = False
        self.generation = 0  # bumped on every clear; a response older than the clear is not kept

    def stamp(self) -> tuple:
        newest = self.store.list_stories(limit=1)
        articles = getattr(self.store, "article_count", None)
        return (
            self.store.count_stories(),
            articles() if callable(articles) else None,
            newest[0].get("id") if newest else None,
            newest[0].get("updated") if newest else None,
        )

    def due(self) -> bool:
        return not self._checking and time.monotonic() - self._checked >= self.check_every

    def refresh(self) -> None:
        with self._lock:
            if not self.due():
                return
            self._checking = True
        try:
            stamp = self.stamp()
        finally:
            with self._lock:
                self._checking = False
                self._checked = time.monotonic()
        if self._stamp is not None and stamp != self._stamp:
            self.clear()
        self._stamp = stamp

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0
            self.generation += 1

    def get(self, key: str) -> tuple[bytes, str, bytes | None] | None:
        """(body, media type, gzipped body or None) of a fresh entry."""
        with self._lock:
            hit = self._entries.get(key)
            if hit is None:
                return None
            if time.monotonic() - hit[0] > self.max_age:
                del self._entries[key]
                self._bytes -= len(hit[1]) + len(hit[3] or b"")
                return None
            self._entries.move_to_end(key)
            return hit[1], hit[2], hit[3]

    def put(self, key: str, body: bytes, media_type: str, generation: int) -> None:
        # compressed once here, not per request: a story page shrinks about eightfold
        packed = gzip.compress(body, 6) if len(body) > 1024 else None
        with self._lock:
            if generation != self.generation:
                return
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= len(old[1]) + len(old[3] or b"")
            self._entries[key] = (time.monotonic(), body, media_type, packed)
            self._bytes += len(body) + len(packed or b"")
            while self._bytes > self.max_bytes and self._entries:
                _, dropped = self._entries.popitem(last=False)
                self._bytes -= len(dropped[1]) + len(dropped[3] or b"")


log = logging.getLogger("synoptic.web")
ERROR_PAGE = (
    b'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Internal error</title>'
    b'<link rel="stylesheet" href="/static/style.css"></head><body><main id="main"><h1>Internal error</h1>'
    b'<p>Something went wrong on our side.</p><p><a href="/">Back to the stories</a></p></main></body></html>'
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class Guard:
    """ASGI middleware: Host allowlist, security headers on every response, the response cache.

    Plain ASGI rather than `@app.middleware`: it sits on every request, and the
    `BaseHTTPMiddleware` machinery costs more than serving a cached page.
    """

    def __init__(self, app, cache: ResponseCache | None, hosts: set[str] | None):
        self.app, self.cache, self.hosts = app, cache, hosts
        # one render per URL at a time: concurrent misses wait for it instead of piling up
        self.inflight: dict[str, asyncio.Event] = {}

    def _host_ok(self, scope) -> bool:
        if self.hosts is None:
            return True
        host = next((v.decode("latin-1").lower() for k, v in scope["headers"] if k == b"host"), "")
        name = host if host.endswith("]") else host.rsplit(":", 1)[0]
        return host in self.hosts or name in self.hosts

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if not self._host_ok(scope):
            return await self._send(send, 400, b"unknown host\n", b"text/plain; charset=utf-8")
        cache, key = self.cache, None
        if cache is not None and scope["method"] == "GET" and not scope["path"].startswith("/static/"):
            if cache.due():
                await run_in_threadpool(cache.refresh)
            key = scope["path"] + "?" + scope.get("query_string", b"").decode("latin-1")
            hit = cache.get(key)
            if hit is None and key in self.inflight:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.inflight[key].wait(), timeout=30)
                hit = cache.get(key)
            if hit is not None:
                gz = hit[2] is not None and any(
                    k == b"accept-encoding" and b"gzip" in v for k, v in scope["headers"])
                extra = [(b"vary", b"Accept-Encoding")] + ([(b"content-encoding", b"gzip")] if gz else [])
                return await self._send(send, 200, hit[2] if gz else hit[0], hit[1].encode("latin-1"), extra)
            generation = cache.generation
        state = {"status": 0, "type": "", "chunks": []}

        async def send_wrapped(message):
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
                headers = list(message.get("headers", []))
                state["type"] = next((v.decode("latin-1") for k, v in headers if k == b"content-type"), "")
                message = dict(message, headers=headers + SECURITY_HEADERS)
            elif message["type"] == "http.response.body" and key is not None and state["status"] == 200:
                state["chunks"].append(message.get("body", b""))
                if not message.get("more_body", False):
                    cache.put(key, b"".join(state["chunks"]), state["type"], generation)
            await send(message)

        leader = key is not None and key not in self.inflight
        if leader:
            self.inflight[key] = asyncio.Event()
        try:
            await self.app(scope, receive, send_wrapped)
        except Exception:
            # a 500 with the same headers as every page, never a traceback; the log has it
            log.exception("error serving %s", scope.get("path"))
            if state["status"]:
                raise
            api = scope["path"].startswith("/api/")
            body, media_type = (b'{"detail":"internal error"}', b"application/json") if api else (
                ERROR_PAGE, b"text/html; charset=utf-8")
            await self._send(send, 500, body, media_type)
        finally:
            if leader:
                self.inflight.pop(key).set()

    @staticmethod
    async def _send(send, status: int, body: bytes, media_type: bytes, extra: list | None = None) -> None:
        headers = [(b"content-type", media_type), (b"content-length", str(len(body)).encode())] + (extra or [])
        await send({"type": "http.response.start", "status": status, "headers": headers + SECURITY_HEADERS})
        await send({"type": "http.response.body", "body": body})


def _document(item: ArticleIn, allow_fetch: bool) -> Document:
    """The `Document` the JSONL reader would make of this record (fetching `url` if allowed)."""
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
        return record_document(record, record.get("url") or "api", None)
    except BadInput as exc:
        raise HTTPException(422, str(exc)) from exc


def _since(value: str | None) -> date | None:
    """An optional date from a form field: empty means none, garbage means 422."""
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise RequestValidationError(
            [{"loc": ["query", "since"], "msg": "expected a date YYYY-MM-DD", "type": "value_error"}]
        ) from exc


def _blank(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def _entity_key(value: str | None) -> str | None:
    """A typed name or a key: the store filters by key ("Wendy Sherman" -> "wendy-sherman")."""
    return views.slugify(value) if _blank(value) else None


def _templates() -> Jinja2Templates:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        auto_reload=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["slugify"] = views.slugify
    env.globals["safe_url"] = views.safe_url
    env.filters["seg"] = views.seg
    return Jinja2Templates(env=env)


def create_app(
    store: Any,
    settings: Settings,
    *,
    api_token: str | None = None,
    allow_fetch: bool = False,
    allowed_hosts: list[str] | None = None,
    cache_seconds: float = 30.0,
    ingester: Any = None,
) -> FastAPI:
    """The web app over `store` (the `synoptic.store.Store` API).

    `ingester`: what posted articles go through (`ingest(documents, settings)`, the
    `synoptic.ingest.Ingester` API); None for an `Ingester` over `store`.

    `api_token`: when set, `POST /api/v1/articles` needs `Authorization: Bearer <token>`;
    when None, only clients on this machine may post. `allow_fetch`: let a posted article
    give only a `url` that the server fetches (never private or loopback addresses).
    `allowed_hosts`: Host header values accepted (against DNS rebinding), None for any.
    `cache_seconds`: keep rendered GET responses this long at most (see `ResponseCache`;
    they are dropped sooner whenever the store changes); 0 turns the cache off.
    """
    app = FastAPI(
        title="Synoptic",
        version="1",
        description="Stories, briefs, articles and entities; the brief follows the `synoptic.brief/1` contract.",
        docs_url=None,  # Swagger UI needs a CDN and inline scripts; /api/v1/docs is local
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
    )
    if ingester is None:
        from synoptic.ingest import Ingester

        ingester = Ingester(store)
    templates = _templates()
    ingest_lock = threading.Lock()  # one ingest at a time: clustering is incremental
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    hosts = {h.lower() for h in allowed_hosts} if allowed_hosts else None
    cache = ResponseCache(store, cache_seconds) if cache_seconds > 0 else None

    app.add_middleware(Guard, cache=cache, hosts=hosts)

    def page(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, ctx, status_code=status)

    def is_api(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if is_api(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                                headers=getattr(exc, "headers", None))
        title = {404: "Not found", 405: "Method not allowed"}.get(exc.status_code, "Error")
        return page(request, "error.html", exc.status_code, title=title,
                    message=str(exc.detail) if exc.status_code != 404 else "There is nothing at this address.")

    @app.exception_handler(RequestValidationError)
    async def bad_params(request: Request, exc: RequestValidationError):
        errors = [
            {"loc": list(e.get("loc", [])), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
            for e in exc.errors()
        ]
        if is_api(request):
            return JSONResponse({"detail": errors}, status_code=422)
        message = "; ".join(f"{'.'.join(map(str, e['loc'][1:])) or 'request'}: {e['msg']}" for e in errors)
        return page(request, "error.html", 422, title="Bad request", message=message)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception):
        # never a traceback to the client; the server log has it
        if is_api(request):
            return JSONResponse({"detail": "internal error"}, status_code=500)
        return page(request, "error.html", 500, title="Internal error",
                    message="Something went wrong on our side.")

    # --- pages -------------------------------------------------------------------------

    def story_or_404(story_id: str) -> dict:
        brief = store.story_brief(story_id) if len(story_id) <= 200 else None
        if not brief or not brief.get("stories"):
            raise HTTPException(404, "no such story")
        return brief

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(
        request: Request,
        q: str | None = Query(None, max_length=500),
        entity: str | None = Query(None, max_length=200),
        outlet: str | None = Query(None, max_length=200),
        since: str | None = Query(None, max_length=20),
        page_no: int = Query(1, alias="page", ge=1, le=100_000),
    ):
        filters = {"since": _since(since), "query": _blank(q), "entity": _entity_key(entity),
                   "outlet": _blank(outlet)}
        offset = (page_no - 1) * PAGE
        items = store.list_stories(**filters, limit=PAGE, offset=offset)
        total = store.count_stories(**filters)
        filtered = any(v is not None for v in filters.values())
        # "most covered" among the latest 100: a bounded query, not a full scan
        top = [] if filtered or page_no > 1 else sorted(
            store.list_stories(limit=100),
            key=lambda s: (-(s.get("independent_sources") or 0), -(s.get("article_count") or 0)),
        )[:5]
        form = {"q": q or "", "entity": entity or "", "outlet": outlet or "", "since": since or ""}
        return page(request, "stories.html", stories=[dict(s, counts=views.story_counts(s)) for s in items],
                    top=[dict(s, counts=views.story_counts(s)) for s in top], total=total,
                    form=form, filtered=filtered, pager=_pager(request, page_no, offset, len(items), total, PAGE))

    @app.get("/stories/{story_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: str,
                   facts_page: int = Query(1, ge=1, le=100_000),
                   timeline_page: int = Query(1, ge=1, le=100_000),
                   people_page: int = Query(1, ge=1, le=100_000)):
        brief = story_or_404(story_id)
        story = brief["stories"][0]
        srcs = views.sources(brief)
        offset = (facts_page - 1) * FACTS_PAGE
        grid = views.matrix(brief, srcs, FACTS_PAGE, offset)
        timeline, people = views.timeline(brief, srcs), views.people(brief, srcs)
        tl_offset, people_offset = (timeline_page - 1) * LIST_PAGE, (people_page - 1) * PEOPLE_PAGE
        n_tl = len(timeline["entries"][tl_offset : tl_offset + LIST_PAGE])
        n_people = len(people[people_offset : people_offset + PEOPLE_PAGE])
        return page(
            request, "story.html",
            story=story, counts=views.story_counts(story), sources=srcs,
            summary=views.summary(brief, srcs), disputes=views.disputes(brief, srcs), grid=grid,
            grid_pager=_pager(request, facts_page, offset, len(grid["rows"]), grid["total"], FACTS_PAGE,
                              param="facts_page", fragment="coverage"),
            timeline=timeline, tl_offset=tl_offset, tl_size=LIST_PAGE,
            tl_pager=_pager(request, timeline_page, tl_offset, n_tl, len(timeline["entries"]), LIST_PAGE,
                            param="timeline_page", fragment="timeline"),
            people=people, people_offset=people_offset, people_size=PEOPLE_PAGE,
            people_pager=_pager(request, people_page, people_offset, n_people, len(people), PEOPLE_PAGE,
                                param="people_page", fragment="people"),
            origins=views.origin_groups(brief, srcs),
        )

    @app.get("/articles/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str):
        art = store.article(article_id) if len(article_id) <= 200 else None
        if not art:
            raise HTTPException(404, "no such article")
        story, number = None, None
        brief = store.story_brief(art["story"]) if art.get("story") else None
        if brief and brief.get("stories"):
            story = brief["stories"][0]
            ids = story.get("articles") or []
            number = ids.index(article_id) + 1 if article_id in ids else None
        text = art.get("text") or ""
        regions = views.article_regions(story, article_id, text)
        facts = {f.get("id"): f for f in (story or {}).get("facts") or []}
        return page(request, "article.html", article=art, story=story, number=number,
                    segments=views.segments(text, regions, art.get("headings")), facts=facts,
                    regions=regions, url=views.safe_url(art.get("url")))

    @app.get("/entities/{key}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(request: Request, key: str, page_no: int = Query(1, alias="page", ge=1, le=100_000)):
        ent = store.entity(key) if len(key) <= 200 else None
        if not ent:
            raise HTTPException(404, "no such entity")
        all_stories = ent.get("stories") or []
        offset = (page_no - 1) * PAGE
        shown = all_stories[offset : offset + PAGE]
        return page(request, "entity.html", entity=ent, stories=shown,
                    pager=_pager(request, page_no, offset, len(shown), len(all_stories), PAGE))

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str | None = Query(None, max_length=500),
                    page_no: int = Query(1, alias="page", ge=1, le=100_000)):
        query = _blank(q)
        offset = (page_no - 1) * PAGE
        found = store.search(query, limit=PAGE, offset=offset) if query else None
        most = max((len(v) for v in (found or {}).values() if isinstance(v, list)), default=0)
        stories = [dict(s, counts=views.story_counts(s)) for s in (found or {}).get("stories", [])]
        return page(request, "search.html", q=q or "", found=found, stories=stories,
                    pager=_pager(request, page_no, offset, most, None, PAGE))

    @app.get("/api/v1/docs", response_class=HTMLResponse, include_in_schema=False)
    def api_docs(request: Request):
        return page(request, "api.html", spec=app.openapi())

    # --- JSON API ----------------------------------------------------------------------

    @app.get("/api/v1/stories", tags=["stories"], summary="Stories, newest first")
    def api_stories(
        request: Request,
        q: str | None = Query(None, max_length=500, description="text search"),
        entity: str | None = Query(None, max_length=200, description="entity key or name"),
        outlet: str | None = Query(None, max_length=200),
        since: Annotated[date | None, Query(description="stories updated on or after this date")] = None,
        limit: int = Query(20, ge=1, le=200),
        offset: int = Query(0, ge=0, le=10_000_000),
    ) -> dict:
        filters = {"since": since, "query": _blank(q), "entity": _entity_key(entity), "outlet": _blank(outlet)}
        items = store.list_stories(**filters, limit=limit, offset=offset)
        total = store.count_stories(**filters)
        nxt = None
        if offset + len(items) < total and items:
            params = {k: v for k, v in request.query_params.items() if k != "offset"}
            params["offset"] = str(offset + len(items))
            nxt = f"/api/v1/stories?{urlencode(params)}"
        return JSONResponse({"stories": items, "next": nxt, "total": total})

    @app.get("/api/v1/stories/{story_id:path}", tags=["stories"],
             summary="One story's brief in the synoptic.brief/1 contract")
    def api_story(story_id: str) -> dict:
        # stored JSON goes out as it is: FastAPI's encoder would walk every field again
        return JSONResponse(story_or_404(story_id))

    @app.get("/api/v1/articles/{article_id:path}", tags=["articles"], summary="One article")
    def api_article(article_id: str) -> dict:
        art = store.article(article_id) if len(article_id) <= 200 else None
        if not art:
            raise HTTPException(404, "no such article")
        return JSONResponse(art)

    @app.get("/api/v1/entities/{key}", tags=["entities"], summary="A person or organization across stories")
    def api_entity(key: str, limit: int = Query(50, ge=1, le=200),
                   offset: int = Query(0, ge=0, le=10_000_000)) -> dict:
        ent = store.entity(key) if len(key) <= 200 else None
        if not ent:
            raise HTTPException(404, "no such entity")
        stories = ent.get("stories") or []
        nxt = f"/api/v1/entities/{key}?limit={limit}&offset={offset + limit}" if offset + limit < len(stories) else None
        return dict(ent, stories=stories[offset : offset + limit], next=nxt, total=len(stories))

    @app.get("/api/v1/search", tags=["search"], summary="Stories, articles and entities matching a text")
    def api_search(q: str = Query(..., min_length=1, max_length=500), limit: int = Query(20, ge=1, le=200),
                   offset: int = Query(0, ge=0, le=10_000_000)) -> dict:
        found = store.search(q, limit=limit, offset=offset)
        full = any(len(v) >= limit for v in found.values() if isinstance(v, list))
        nxt = f"/api/v1/search?{urlencode({'q': q, 'limit': limit, 'offset': offset + limit})}" if full else None
        return dict(found, next=nxt)

    def authorized(request: Request) -> None:
        # a dependency, so it runs before the body is parsed: strangers learn nothing from 422s
        _authorize(request, api_token)

    @app.post("/api/v1/articles", tags=["articles"], summary="Submit articles to ingest",
              description="One article object or a list of up to 100, with the fields of a JSONL input "
              "line. Needs `Authorization: Bearer <token>` when the server has a token; without one, "
              "only clients on this machine may post.", dependencies=[Depends(authorized)])
    def api_post_articles(
        request: Request,
        body: Annotated[ArticleIn | list[ArticleIn], Body()],
    ) -> dict:
        items = body if isinstance(body, list) else [body]
        if not items or len(items) > MAX_POST:
            raise HTTPException(422, f"send 1 to {MAX_POST} articles")
        docs = [_document(item, allow_fetch) for item in items]
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
        }

    return app


def _authorize(request: Request, api_token: str | None) -> None:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/json":
        # a plain HTML form or text/plain body from another site cannot post without a preflight
        raise HTTPException(415, "send application/json")
    if api_token is not None:
        if not safety.token_matches(request.headers.get("authorization"), api_token):
            raise HTTPException(401, "missing or wrong API token", headers={"WWW-Authenticate": "Bearer"})
        return
    client = request.client.host if request.client else None
    if not safety.is_loopback_host(client):
        raise HTTPException(403, "this server takes articles only from its own machine or with an API token")


def _pager(request: Request, page_no: int, offset: int, shown: int, total: int | None, size: int,
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
