"""The page cache: rendered GET responses by URL, dropped as soon as the store changes."""

from __future__ import annotations

import gzip
import threading
import time
from collections import OrderedDict
from typing import Any


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
