"""The persistent store: articles, stories and their briefs in SQLite (default) or PostgreSQL.

It only persists: what to write is decided by the ingest service (`synoptic.ingest`),
which runs the stages and calls `store.writes` inside one `Store.write()` transaction
per batch, so a process killed mid-batch leaves the previous consistent state.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from synoptic.settings import StoreSettings
from synoptic.store.db import (
    StoreBusy,
    busy_message,
    current_revision,
    make_engine,
    migrate,
    normalize_url,
    write_session,
)
from synoptic.store.http_cache import HttpCache
from synoptic.store.outlet_queries import OutletQueries
from synoptic.store.queries import StoreQueries
from synoptic.store.search import SearchQueries
from synoptic.store.threads import ThreadQueries

# revisions whose articles have no resolved outlet columns
_BEFORE_OUTLETS = ("0001", "0002", "0003_threads")


class Store(SearchQueries, StoreQueries, OutletQueries, ThreadQueries):
    """Articles, stories, threads and their briefs; the queries are those of `StoreQueries`,
    for lists, search and feeds `SearchQueries`, for outlets `OutletQueries`, for threads
    `ThreadQueries`."""

    def __init__(self, url: str = StoreSettings.url, busy_timeout: float | None = None) -> None:
        self.url = normalize_url(url)
        self.engine = make_engine(self.url, **({"busy_timeout": busy_timeout} if busy_timeout else {}))
        # a store made before outlets were resolved (migration 0004): its articles' outlets
        # are resolved by the caller (`outlet_rebuild`: the store only persists)
        self.outlets_pending = False
        try:
            before = current_revision(self.engine)
            migrate(self.engine)
        except OperationalError as exc:
            raise StoreBusy(busy_message(self.url, exc)) from exc
        self.outlets_pending = before in _BEFORE_OUTLETS
        self.http_cache = HttpCache(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (see `db.write_session`): all of it is committed or none."""
        with write_session(self.engine, self.url) as session:
            yield session
