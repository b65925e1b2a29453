"""The guards in front of every route: Host allowlist, strict CSP and security headers,
the page cache, a 500 without a traceback, and who may post articles."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging

from fastapi import HTTPException, Request
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request as BareRequest

from synoptic.web import safety
from synoptic.web.cache import ResponseCache

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
ERROR_PAGE = (
    b'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Internal error</title>'
    b'<link rel="stylesheet" href="/static/style.css"></head><body><main id="main"><h1>Internal error</h1>'
    b'<p>Something went wrong on our side.</p><p><a href="/">Back to the stories</a></p></main></body></html>'
)
log = logging.getLogger("synoptic.web")
_BODY_METHODS = {"POST", "PUT", "PATCH"}


class BodyTooLarge(HTTPException):
    """A request body went past the server's byte limit while it was being read.

    An HTTPException, so the framework's body reader passes it on as a 413 rather
    than turning it into "error parsing the body"."""

    def __init__(self, limit: int):
        super().__init__(413, f"request body over {limit} bytes")


class Guard:
    """ASGI middleware: Host allowlist, security headers on every response, the response cache.

    Plain ASGI rather than `@app.middleware`: it sits on every request, and the
    `BaseHTTPMiddleware` machinery costs more than serving a cached page.
    """

    def __init__(self, app, cache: ResponseCache | None, hosts: set[str] | None,
                 max_body: int | None = None, api_token: str | None = None):
        self.app, self.cache, self.hosts = app, cache, hosts
        # a body is refused before it is read: who may post is checked first, then its size
        # (declared, and counted as it streams in), so a stranger's 200 MB costs nothing
        self.max_body, self.api_token = max_body, api_token
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
        if scope["method"] in _BODY_METHODS and scope["path"].startswith("/api/"):
            refused = self._refuse_body(scope)
            if refused is not None:
                return await self._send_json_error(send, *refused)
            receive = self._counting(receive)
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
        except BodyTooLarge:
            if state["status"]:
                raise
            await self._send_json_error(send, 413, f"request body over {self.max_body} bytes", [])
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

    def _refuse_body(self, scope) -> tuple[int, str, list] | None:
        """(status, detail, headers) when a body must not be read: unauthorized or declared too large."""
        try:
            authorize_post(BareRequest(scope), self.api_token)
        except HTTPException as exc:
            headers = [(k.lower().encode(), v.encode()) for k, v in (exc.headers or {}).items()]
            return exc.status_code, str(exc.detail), headers
        if self.max_body is not None:
            declared = next((v for k, v in scope["headers"] if k == b"content-length"), b"")
            if declared.strip().isdigit() and int(declared) > self.max_body:
                return 413, f"request body over {self.max_body} bytes", []
        return None

    def _counting(self, receive):
        """`receive` that stops a body (chunked or lying about its length) at the byte limit."""
        if self.max_body is None:
            return receive
        seen = 0

        async def counted():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise BodyTooLarge(self.max_body)
            return message

        return counted

    async def _send_json_error(self, send, status: int, detail: str, headers: list) -> None:
        body = json.dumps({"detail": detail}).encode()
        await self._send(send, status, body, b"application/json", headers)

    @staticmethod
    async def _send(send, status: int, body: bytes, media_type: bytes, extra: list | None = None) -> None:
        headers = [(b"content-type", media_type), (b"content-length", str(len(body)).encode())] + (extra or [])
        await send({"type": "http.response.start", "status": status, "headers": headers + SECURITY_HEADERS})
        await send({"type": "http.response.body", "body": body})


def authorize_post(request: Request, api_token: str | None) -> None:
    """Who may post articles: JSON only; with the token when the server has one, else only this machine."""
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
