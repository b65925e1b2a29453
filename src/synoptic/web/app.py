"""`synoptic serve`: `create_app` wires the pages, the JSON API, the page cache and the guards;
`app_from_environment` makes it in each worker process of `synoptic serve --workers N`."""

from __future__ import annotations

import gc
import json
import os
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from synoptic.settings import Settings
from synoptic.web.api import api_router
from synoptic.web.cache import ResponseCache
from synoptic.web.derived import BriefViews
from synoptic.web.feeds import feeds_router
from synoptic.web.finding import finding_router
from synoptic.web.guards import Guard
from synoptic.web.outlets import outlets_router
from synoptic.web.pages import HERE, page_renderer, pages_router, templates


def create_app(
    store: Any,
    settings: Settings,
    *,
    api_token: str | None = None,
    allow_fetch: bool = False,
    allowed_hosts: list[str] | None = None,
    cache_seconds: float | None = None,
    ingester: Any = None,
) -> FastAPI:
    """The web app over `store` (the `synoptic.store.Store` API).

    `api_token`: when set, `POST /api/v1/articles` needs `Authorization: Bearer <token>`;
    when None, only clients on this machine may post. `allow_fetch`: let a posted article
    give only a `url` that the server fetches (never private or loopback addresses).
    `allowed_hosts`: Host header values accepted (against DNS rebinding), None for any.
    `cache_seconds`: keep rendered GET responses this long at most (see `ResponseCache`;
    they are dropped sooner whenever the store changes); 0 turns the cache off; None
    takes `settings.web.cache_seconds`. `ingester`: what posted articles go through
    (`ingest(documents, settings)`, the `synoptic.ingest.Ingester` API); None for an
    `Ingester` over `store`.
    """
    web = settings.web
    app = FastAPI(
        title="Synoptic",
        version="1",
        description="Stories, briefs, articles and entities; the brief follows the `synoptic.brief/1` contract.",
        docs_url=None,  # Swagger UI needs a CDN and inline scripts; /api/v1/docs is local
        redoc_url=None,
        openapi_url="/api/v1/openapi.json",
    )
    from synoptic.briefs import use_settings

    use_settings(store, settings)  # the briefs its views build take the app's settings
    if ingester is None:
        from synoptic.ingest import Ingester

        ingester = Ingester(store)
    tpl = templates()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    hosts = {h.lower() for h in allowed_hosts} if allowed_hosts else None
    seconds = web.cache_seconds if cache_seconds is None else cache_seconds
    cache = ResponseCache(store, seconds, web.cache_max_bytes, web.cache_check_seconds) if seconds > 0 else None
    app.add_middleware(Guard, cache=cache, hosts=hosts, max_body=web.max_post_bytes, api_token=api_token)
    add_error_pages(app, page_renderer(tpl))
    # before the pages: their /stories/{id:path} would take /stories/{id}/feed.atom, and
    # their / and /search are the older list and search these replace
    briefs = BriefViews(web.brief_views)
    app.include_router(feeds_router(store, web, briefs))
    app.include_router(finding_router(store, web, tpl))
    app.include_router(pages_router(store, web, tpl, briefs))
    app.include_router(outlets_router(store, tpl))
    app.include_router(api_router(store, ingester, settings, cache, api_token=api_token, allow_fetch=allow_fetch))
    return app


SERVE_ENV = "SYNOPTIC_SERVE"  # the serve options handed to worker processes, as JSON


def app_from_environment() -> FastAPI:
    """The app of one worker process of `synoptic serve --workers N` (uvicorn's factory): the
    options the parent process resolved (store URL, token, hosts, fetch, cache) come in
    `$SYNOPTIC_SERVE`, so every worker serves alike and checks the same token."""
    from synoptic.store import Store

    opts = json.loads(os.environ[SERVE_ENV])
    app = create_app(Store(opts["db"]), Settings(), api_token=opts.get("api_token"),
                     allow_fetch=bool(opts.get("allow_fetch")), allowed_hosts=opts.get("hosts"),
                     cache_seconds=opts.get("cache_seconds"))
    settle_heap()
    return app


def settle_heap() -> None:
    """Before serving: what is loaded so far (modules, the app, ~150k objects) stays for the
    life of the process, so the garbage collector stops walking it (`gc.freeze`). A full
    collection walked all of it, ~60-70 ms of CPU on this machine with the worker blocked,
    every few seconds under load: most of a story page's p99 (#22, bench/web.py)."""
    gc.collect()
    gc.freeze()


def add_error_pages(app: FastAPI, page) -> None:
    """Errors as JSON under /api/, as a page elsewhere; never a traceback to the client."""

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
        # the server log has it
        if is_api(request):
            return JSONResponse({"detail": "internal error"}, status_code=500)
        return page(request, "error.html", 500, title="Internal error",
                    message="Something went wrong on our side.")
