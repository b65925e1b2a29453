"""Article pages fetched over HTTP(S) with httpx, politely.

Only URLs the user names (or that their feeds list) are fetched. Every request has
a timeout per read, a total deadline (`ReadSettings.fetch_deadline`: connect, headers
and body together, on a fresh or a pooled keep-alive connection, so a trickling or
hanging server costs at most that), a size cap
(`ReadSettings.max_bytes`, enforced while streaming), a limited
number of redirects, a User-Agent that says who we are, and waits
`ReadSettings.host_delay` seconds between two requests to one host. When the caller
passes a validator cache (`ReadSettings.http_cache`, a mapping url -> {"etag",
"last_modified"}; the store passes its own), requests are conditional and a 304
yields nothing: the page is already known.
"""

from __future__ import annotations

import hashlib
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass, field
from datetime import date
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import httpcore
import httpx

from synoptic.model import Document, Skipped
from synoptic.read.files import BadInput, decode_bytes, looks_like_html
from synoptic.settings import ReadSettings

_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.I)


class FetchError(Exception):
    """A fetch that failed; the message is the one-line reason."""


class _Deadline:
    """A total time budget for one request, enforced from a watchdog thread.

    Per-read timeouts do not bound a server that trickles a byte at a time, so when
    the budget runs out the watchdog shuts the request's socket down, which wakes a
    blocked read; `expired` tells the reader why the read failed.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.expired = threading.Event()
        self._sockets: list[Any] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def remaining(self) -> float:
        return max(0.0, self.end - time.monotonic())

    def watch(self, network_stream: Any) -> None:
        """Remember the socket of a connection this request uses (httpcore stream)."""
        get_info = getattr(network_stream, "get_extra_info", None)
        sock = get_info("socket") if get_info else None
        if sock is None:
            return
        with self._lock:
            self._sockets.append(sock)
        if self.expired.is_set():
            self._shut(sock)

    def trace(self, name: str, info: dict[str, Any]) -> None:
        """httpcore trace hook: a fresh (or TLS-wrapped) connection's stream."""
        if name in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            self.watch(info.get("return_value"))

    def _expire(self) -> None:
        self.expired.set()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            self._shut(sock)

    @staticmethod
    def _shut(sock: Any) -> None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:  # already closed, or detached by a TLS wrap
            pass

    def check(self) -> None:
        if self.expired.is_set() or time.monotonic() >= self.end:
            raise FetchError(self.reason())

    def reason(self) -> str:
        return f"deadline exceeded: no complete answer within {self.seconds:g} s"


_CURRENT = threading.local()  # the deadline of the request this thread is making


def _bounded(timeout: float | None, expired: type[Exception]) -> float | None:
    """A socket wait no longer than what is left of this thread's request deadline."""
    deadline: _Deadline | None = getattr(_CURRENT, "deadline", None)
    if deadline is None:
        return timeout
    left = deadline.remaining()
    if left <= 0:
        raise expired(deadline.reason())
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write waits at most what is left of the deadline
    of the request that uses it now: a pooled connection (reused, so never seen connecting
    by the request's trace hook) is bounded as a fresh one is."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _bounded(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _bounded(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._stream.start_tls(ssl_context, server_hostname,
                                                      _bounded(timeout, httpcore.ConnectTimeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's own socket backend, its streams bounded by the request deadline."""

    def __init__(self) -> None:
        self._backend = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None, socket_options: Any = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._backend.connect_tcp(
            host, port, _bounded(timeout, httpcore.ConnectTimeout), local_address, socket_options))

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Any = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._backend.connect_unix_socket(
            path, _bounded(timeout, httpcore.ConnectTimeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def _transport() -> httpx.HTTPTransport:
    """httpx's transport over `_DeadlineBackend` (httpx 0.28 takes no backend argument,
    so its connection pool is rebuilt with the same defaults and that backend)."""
    transport = httpx.HTTPTransport()
    if isinstance(getattr(transport, "_pool", None), httpcore.ConnectionPool):
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)
        transport._pool.close()
        transport._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_DeadlineBackend(),
        )
    return transport


class _HostClock:
    """When each host was last asked: the per-host politeness delay.

    Process-wide on purpose: two feeds of one site read in a row still wait.
    Keyed by host only; holds floats, so it stays tiny.
    """

    def __init__(self) -> None:
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str, delay: float) -> None:
        if delay <= 0:
            return
        with self._lock:
            last = self._last.get(host)
            now = time.monotonic()
            pause = 0.0 if last is None else max(0.0, last + delay - now)
            self._last[host] = now + pause
        if pause:
            time.sleep(pause)

    def done(self, host: str) -> None:
        """The delay counts from the end of a request: a slow answer is not a head start."""
        with self._lock:
            self._last[host] = max(self._last.get(host, 0.0), time.monotonic())


HOST_CLOCK = _HostClock()


@dataclass
class Response:
    url: str  # after redirects
    status: int
    content: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def url_id(url: str) -> str:
    """A stable article id for a URL: the same page keeps its id across revisions."""
    return "u" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:15]


def host_of(url: str) -> str:
    return urlsplit(url).netloc.lower()


def outlet_of(url: str) -> str | None:
    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else (host or None)


def _cache(settings: ReadSettings) -> MutableMapping[str, Any] | None:
    cache = settings.http_cache
    return cache if cache is not None and hasattr(cache, "__setitem__") else None  # type: ignore[return-value]


def make_client(settings: ReadSettings) -> httpx.Client:
    return httpx.Client(
        follow_redirects=True,
        max_redirects=settings.max_redirects,
        timeout=httpx.Timeout(settings.timeout),
        headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
        transport=_transport(),
    )


def fetch(url: str, settings: ReadSettings, client: httpx.Client | None = None) -> Response:
    """GET one URL (conditional when validators are cached); raises FetchError with a reason."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchError(f"not an http(s) URL: {url}")
    own = client is None
    client = client or make_client(settings)
    cache = _cache(settings)
    headers: dict[str, str] = {}
    if cache is not None:
        validators = cache.get(url) if hasattr(cache, "get") else None
        if validators:
            if validators.get("etag"):
                headers["If-None-Match"] = validators["etag"]
            if validators.get("last_modified"):
                headers["If-Modified-Since"] = validators["last_modified"]
    HOST_CLOCK.wait(host_of(url), settings.host_delay)
    deadline = _Deadline(settings.fetch_deadline)
    # no single wait may outlast the whole budget (the watchdog is the hard stop)
    budget = httpx.Timeout(min(settings.timeout, settings.fetch_deadline))
    _CURRENT.deadline = deadline
    try:
        with deadline, client.stream("GET", url, headers=headers, timeout=budget,
                                     extensions={"trace": deadline.trace}) as resp:
            deadline.watch(resp.extensions.get("network_stream"))
            deadline.check()
            if resp.status_code == 304:
                return Response(str(resp.url), 304, b"", dict(resp.headers))
            if resp.status_code >= 400:
                raise FetchError(f"HTTP {resp.status_code} {resp.reason_phrase}".strip())
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > settings.max_bytes:
                raise FetchError(f"too large: {declared} bytes > limit {settings.max_bytes}")
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                deadline.check()
                size += len(chunk)
                if size > settings.max_bytes:
                    raise FetchError(f"too large: more than {settings.max_bytes} bytes")
                chunks.append(chunk)
            deadline.check()
            response = Response(str(resp.url), resp.status_code, b"".join(chunks), dict(resp.headers))
    except httpx.TooManyRedirects:
        raise FetchError(f"too many redirects (more than {settings.max_redirects})") from None
    except httpx.HTTPError as exc:
        if deadline.expired.is_set() or deadline.remaining() <= 0:
            raise FetchError(deadline.reason()) from None
        if isinstance(exc, httpx.TimeoutException):
            raise FetchError(f"timed out after {settings.timeout:g} s") from None
        raise FetchError(f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else 'request failed'}") from None
    finally:
        _CURRENT.deadline = None
        if settings.host_delay > 0:
            HOST_CLOCK.done(host_of(url))
        if own:
            client.close()
    if cache is not None and (response.headers.get("etag") or response.headers.get("last-modified")):
        cache[url] = {"etag": response.headers.get("etag"),
                      "last_modified": response.headers.get("last-modified")}
    return response


def response_text(response: Response) -> str:
    """Bytes to text: the declared charset when it decodes, else detection."""
    match = _CHARSET.search(response.headers.get("content-type", ""))
    if match:
        try:
            return response.content.decode(match.group(1))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(response.content, response.url)


def fetch_text(url: str, settings: ReadSettings, client: httpx.Client | None = None) -> tuple[Response, str] | None:
    """GET one URL and decode it: the response and its text, None when not modified
    since the cached validators; raises FetchError or BadInput with a one-line reason."""
    response = fetch(url, settings, client)
    if response.not_modified:
        return None
    return response, response_text(response)


def read_remote(
    url: str,
    settings: ReadSettings,
    client: httpx.Client | None,
    documents: Callable[[Response, str, httpx.Client], Iterator[Document | Skipped]],
) -> Iterator[Document | Skipped]:
    """GET one URL and turn its text into documents with `documents(response, text, client)`:
    a failed fetch is one `Skipped`, a page not modified since it was stored is nothing."""
    own = client is None
    client = client or make_client(settings)
    try:
        try:
            got = fetch_text(url, settings, client)
        except (FetchError, BadInput) as exc:
            yield Skipped(url, str(exc))
            return
        if got is not None:
            yield from documents(*got, client)
    finally:
        if own:
            client.close()


def last_modified_date(response: Response) -> date | None:
    value = response.headers.get("last-modified")
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError):
        return None


def page_document(url: str, response: Response, text: str, **meta: Any) -> Document:
    kind = "html" if "html" in response.content_type or looks_like_html(text) else "text"
    return Document(
        id=url_id(url),
        source=url,
        content=text,
        kind=kind,
        url=response.url or url,
        outlet=meta.get("outlet") or outlet_of(response.url or url),
        title=meta.get("title"),
        published=meta.get("published"),
        author=meta.get("author"),
        language=meta.get("language"),
    )
