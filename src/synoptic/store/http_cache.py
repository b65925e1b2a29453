"""ETag/Last-Modified validators kept in the store, for `read.fetch` conditional GETs."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from synoptic.store.db import now, write_session
from synoptic.store.models import FetchCacheRow


class HttpCache:
    """A mapping url -> {"etag", "last_modified"} over the store's fetch cache table.

    New validators wait in memory and are written by `flush()` once the whole ingest
    has committed: a run killed half-way must fetch its pages again, not get "304 Not
    Modified" for pages it never stored.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.pending: dict[str, dict[str, str | None]] = {}

    def get(self, url: str, default: Any = None) -> dict[str, str | None] | None:
        if url in self.pending:
            return self.pending[url]
        with Session(self.engine) as session:
            row = session.get(FetchCacheRow, url)
            if row is None:
                return default
            return {"etag": row.etag, "last_modified": row.last_modified}

    def __getitem__(self, url: str) -> dict[str, str | None]:
        value = self.get(url)
        if value is None:
            raise KeyError(url)
        return value

    def __contains__(self, url: object) -> bool:
        return isinstance(url, str) and self.get(url) is not None

    def __setitem__(self, url: str, value: dict[str, str | None]) -> None:
        self.pending[url] = {"etag": value.get("etag"), "last_modified": value.get("last_modified")}

    def flush(self) -> None:
        if not self.pending:
            return
        with write_session(self.engine, self.engine.url.render_as_string()) as session:
            for url, value in self.pending.items():
                row = session.get(FetchCacheRow, url)
                if row is None:
                    row = FetchCacheRow(url=url, fetched_at=now())
                    session.add(row)
                row.etag = value.get("etag")
                row.last_modified = value.get("last_modified")
                row.fetched_at = now()
        self.pending.clear()

    def discard(self) -> None:
        self.pending.clear()
