"""A total deadline per request against a local server (127.0.0.1 only) that trickles
or hangs: the page or feed costs at most the deadline and is skipped with a reason."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from synoptic.model import Skipped
from synoptic.read.feeds import read_feed
from synoptic.read.urls import read_url
from synoptic.settings import ReadSettings

DEADLINE = 1.0
SERVER_LIFETIME = 6.0  # the server stops by itself, whatever the client does


def _serve(conn: socket.socket, path: str, stop: float) -> None:
    """Answer one connection slowly: a byte at a time (body or headers), or nothing."""
    try:
        conn.settimeout(SERVER_LIFETIME)
        conn.recv(4096)
        if path == "hang":
            while time.monotonic() < stop:
                time.sleep(0.05)
            return
        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 100000\r\n\r\n"
        if path == "headers":
            data = head
        else:
            conn.sendall(head)
            data = b"<?xml version='1.0'?><rss version='2.0'><channel>" + b" " * 100_000
        for i in range(len(data)):
            if time.monotonic() >= stop:
                return
            conn.sendall(data[i:i + 1])
            time.sleep(0.1)  # well under the per-read timeout: only a total deadline stops it
    except OSError:
        pass
    finally:
        conn.close()


class SlowServer:
    """Accepts connections until its lifetime ends; each is answered by `handle`."""

    def __init__(self, mode: str) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.base = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.stop = time.monotonic() + SERVER_LIFETIME
        self.mode = mode
        self.thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while time.monotonic() < self.stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            threading.Thread(target=self.handle, args=(conn,), daemon=True).start()
        self.sock.close()

    def handle(self, conn: socket.socket) -> None:
        _serve(conn, self.mode, self.stop)


@pytest.fixture(params=["body", "headers", "hang"])
def slow_server(request: pytest.FixtureRequest) -> Iterator[SlowServer]:
    server = SlowServer(request.param)
    server.thread.start()
    yield server
    server.stop = 0.0
    server.thread.join(timeout=1)


def _settings() -> ReadSettings:
    # the per-read timeout alone would let every case run for the server's lifetime
    return ReadSettings(host_delay=0.0, timeout=5.0, fetch_deadline=DEADLINE)


def test_trickling_or_hanging_page_is_skipped_at_the_deadline(slow_server: SlowServer) -> None:
    started = time.monotonic()
    items = list(read_url(slow_server.base + "/page", _settings()))
    took = time.monotonic() - started
    assert len(items) == 1 and isinstance(items[0], Skipped)
    assert "deadline" in items[0].error and f"{DEADLINE:g} s" in items[0].error
    assert took < DEADLINE + 0.5


def test_trickling_or_hanging_feed_is_skipped_at_the_deadline(slow_server: SlowServer) -> None:
    started = time.monotonic()
    items = list(read_feed(slow_server.base + "/feed.rss", _settings()))
    took = time.monotonic() - started
    assert [type(item) for item in items] == [Skipped]
    assert items[0].source == slow_server.base + "/feed.rss" and "deadline" in items[0].error
    assert took < DEADLINE + 0.5
