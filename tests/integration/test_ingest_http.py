"""Feeds and pages over HTTP from a local server on 127.0.0.1 (never any other address)."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from synoptic import read
from synoptic.ingest import Ingester
from synoptic.model import Document, Skipped
from synoptic.read.urls import read_url
from synoptic.settings import ReadSettings, Settings
from synoptic.store import Store

pytestmark = pytest.mark.slow

ARTICLES = {
    "/news/bridge": (
        "Old bridge in Kaunas to close for repairs",
        "The municipality of Kaunas said on Monday that the Aleksotas bridge over the Neris "
        "will close to traffic from 1 June for fourteen months of repairs costing 11 million euros.\n\n"
        "City engineer Rasa Vaitkute said inspections had found corroded steel in two of the "
        "five spans, and that a temporary pedestrian crossing would be built next to it.\n\n"
        "Bus routes 7 and 14 will be diverted over the Vytautas bridge, the transport office said.",
    ),
    "/news/bridge-reaction": (
        "Kaunas traders worry about Aleksotas bridge closure",
        "Shop owners in the Aleksotas district of Kaunas said the closure of the bridge for "
        "fourteen months would cut them off from the old town.\n\n"
        "The municipality announced on Monday that repairs costing 11 million euros would begin "
        "on 1 June after inspectors found corroded steel in two spans.\n\n"
        "City engineer Rasa Vaitkute promised a temporary footbridge next to the works.",
    ),
}


def _page(title: str, body: str) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f"<!doctype html><html><head><title>{title}</title></head><body>"
            f"<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
            f"<article><h1>{title}</h1>{paras}</article>"
            f"<footer>Copyright Kaunas Daily</footer></body></html>").encode()


def _rss(base: str) -> bytes:
    items = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link>"
        f"<pubDate>Mon, 15 May 2023 09:00:00 +0000</pubDate><description>{title}</description></item>"
        for path, (title, _) in ARTICLES.items()
    )
    items += f"<item><title>Gone</title><link>{base}/news/missing</link><description>x</description></item>"
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Kaunas Daily</title>"
            f"{items}</channel></rss>").encode()


class Server:
    def __init__(self) -> None:
        self.log: list[tuple[float, str, dict[str, str]]] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                return None

            def do_GET(self) -> None:  # noqa: N802 - http.server API
                outer.log.append((time.monotonic(), self.path, dict(self.headers)))
                base = f"http://127.0.0.1:{self.server.server_address[1]}"
                if self.path == "/feed.rss":
                    return self._send(_rss(base), "application/rss+xml")
                if self.path in ARTICLES:
                    return self._send(_page(*ARTICLES[self.path]), "text/html; charset=utf-8")
                if self.path == "/slow":
                    time.sleep(1.5)
                    return self._send(b"<html>late</html>", "text/html")
                if self.path == "/big":
                    return self._send(b"<html>" + b"x" * 50_000 + b"</html>", "text/html")
                if self.path == "/loop":
                    self.send_response(302)
                    self.send_header("Location", "/loop")
                    self.end_headers()
                    return None
                self.send_response(404)
                self.end_headers()
                return None

            def _send(self, body: bytes, ctype: str) -> None:
                etag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def paths(self) -> list[str]:
        return [p for _, p, _ in self.log]


@pytest.fixture()
def server() -> Iterator[Server]:
    srv = Server()
    srv.thread.start()
    yield srv
    srv.httpd.shutdown()
    srv.httpd.server_close()


def _fast(**kw: object) -> ReadSettings:
    options: dict = {"host_delay": 0.0, "timeout": 1.0, "max_bytes": 20_000, **kw}
    return ReadSettings(**options)


def test_fetch_failures_are_skipped_with_reasons(server: Server) -> None:
    cases = {"/news/missing": "HTTP 404", "/slow": "timed out", "/big": "too large", "/loop": "redirects"}
    for path, reason in cases.items():
        items = list(read_url(server.base + path, _fast()))
        assert len(items) == 1 and isinstance(items[0], Skipped), path
        assert reason in items[0].error and items[0].source == server.base + path


def test_page_fetch_sends_user_agent_and_keeps_metadata(server: Server) -> None:
    settings = _fast()
    items = list(read_url(server.base + "/news/bridge", settings))
    assert len(items) == 1 and isinstance(items[0], Document)
    doc = items[0]
    assert doc.kind == "html" and doc.url == server.base + "/news/bridge" and doc.outlet == "127.0.0.1"
    _, _, headers = server.log[-1]
    assert headers.get("User-Agent") == settings.user_agent


def test_per_host_politeness_delay(server: Server) -> None:
    settings = _fast(host_delay=0.3)
    for path in ("/news/bridge", "/news/bridge-reaction", "/news/bridge"):
        list(read_url(server.base + path, settings))
    times = [t for t, _, _ in server.log]
    assert all(b - a >= 0.28 for a, b in zip(times, times[1:], strict=False))


def test_feed_ingest_then_conditional_repoll(server: Server, tmp_path: Path) -> None:
    settings = Settings(quiet=True)
    settings.vectors.encoder = "tfidf"
    settings.read.host_delay = 0.0
    settings.read.timeout = 2.0
    with Store(f"sqlite:///{tmp_path / 'feeds.db'}") as store:
        settings.read.http_cache = store.http_cache
        feed = server.base + "/feed.rss"
        report = Ingester(store).ingest(read.read_paths([feed], settings.read), settings)
        assert report.added == 2
        assert [s.source for s in report.skipped] == [server.base + "/news/missing"]
        stories = store.list_stories()
        assert len(stories) == 1 and stories[0]["article_count"] == 2  # one event, two reports
        art = store.article(stories[0]["articles"][0])
        assert art is not None and art["url"].startswith(server.base + "/news/bridge")
        assert art["published"] == "2023-05-15"

        server.log.clear()
        again = Ingester(store).ingest(read.read_paths([feed], settings.read), settings)
        assert again.added == 0 and again.updated == 0
        # the feed answered 304 to a conditional GET, so no page was asked for again
        assert server.paths() == ["/feed.rss"]
        assert server.log[0][2].get("If-None-Match")
