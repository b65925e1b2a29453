"""The total fetch deadline also covers a request sent on a pooled (keep-alive)
connection: a server (127.0.0.1 only) answers its first request at once and keeps
the connection open, then trickles the headers of the next request on it a byte at a
time, well under the per-read timeout. The second page costs at most the deadline."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest

from synoptic.model import Document, Skipped
from synoptic.read.feeds import read_feed
from synoptic.read.fetch import FetchError, fetch, make_client
from tests.integration.test_fetch_deadline import DEADLINE, SERVER_LIFETIME, SlowServer, _settings

PAGE = (b"<html><head><title>Talks in Geneva</title></head><body><article><p>"
        + b"Delegations met in Geneva on Monday for talks on the border. " * 8 + b"</p></article></body></html>")


def _feed(base: str) -> bytes:
    return (f"<?xml version='1.0'?><rss version='2.0'><channel><title>Keep-alive</title>"
            f"<item><title>Talks</title><link>{base}/slow-page</link></item></channel></rss>").encode()


class KeepAliveServer(SlowServer):
    """One request per connection at once, then every later request on it trickled."""

    def __init__(self) -> None:
        super().__init__("keep-alive")
        self.connections = 0

    def handle(self, conn: socket.socket) -> None:
        self.connections += 1
        self._serve(conn)

    def _serve(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(SERVER_LIFETIME)
            first = True
            while time.monotonic() < self.stop:
                request = conn.recv(4096)
                if not request:
                    return
                body = _feed(self.base) if b" /feed.rss " in request else PAGE
                kind = b"application/rss+xml" if b" /feed.rss " in request else b"text/html"
                answer = (b"HTTP/1.1 200 OK\r\nContent-Type: " + kind + b"\r\nConnection: keep-alive\r\n"
                          + b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
                if first:
                    conn.sendall(answer)
                    first = False
                    continue
                for i in range(len(answer)):  # the headers of the second answer, a byte at a time
                    if time.monotonic() >= self.stop:
                        return
                    conn.sendall(answer[i:i + 1])
                    time.sleep(0.1)  # well under the per-read timeout: only a total deadline stops it
        except OSError:
            pass
        finally:
            conn.close()


@pytest.fixture()
def server() -> Iterator[KeepAliveServer]:
    s = KeepAliveServer()
    s.thread.start()
    yield s
    s.stop = 0.0
    s.thread.join(timeout=1)


def test_a_trickle_on_a_pooled_connection_stops_at_the_deadline(server: KeepAliveServer) -> None:
    settings = _settings()
    with make_client(settings) as client:
        first = fetch(server.base + "/page", settings, client)
        assert first.status == 200 and b"Geneva" in first.content
        started = time.monotonic()
        with pytest.raises(FetchError, match="deadline") as caught:
            fetch(server.base + "/other-page", settings, client)
        took = time.monotonic() - started
    assert f"{DEADLINE:g} s" in str(caught.value)
    assert took < DEADLINE + 0.5
    assert server.connections == 1  # the second request did go over the pooled connection


def test_a_feed_page_trickled_on_the_feeds_connection_is_skipped_at_the_deadline(server: KeepAliveServer) -> None:
    started = time.monotonic()
    items = list(read_feed(server.base + "/feed.rss", _settings()))
    took = time.monotonic() - started
    assert [type(item) for item in items] == [Skipped]
    assert items[0].source == server.base + "/slow-page" and "deadline" in items[0].error
    assert took < DEADLINE + 0.5
    assert server.connections == 1
    assert not any(isinstance(item, Document) for item in items)
