"""The persistent store: articles, stories and their briefs (SQLite by default, PostgreSQL by URL).

It only persists: it imports no stage, no pipeline and no executor. The ingest service
(`synoptic.ingest`) runs the stages and writes through it; the faces query it.
Rooms: `keys` (ids and URL keys), `http_cache` (fetch validators), `writes`
(articles, stories, briefs), `queries` (what the faces ask), `db` (engines,
migrations, transactions), `blobs` (vectors as bytes), `models` (tables), `peek` (two
questions asked of a SQLite file without SQLAlchemy).

The names below load with their modules when first asked for, so that `store.peek` can
be imported without SQLAlchemy (#23: `synoptic show`).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from synoptic.store.db import StoreBusy
    from synoptic.store.http_cache import HttpCache
    from synoptic.store.keys import article_key, canonical_url
    from synoptic.store.store import Store
    from synoptic.store.writes import IngestReport

_WHERE = {"Store": "store", "IngestReport": "writes", "StoreBusy": "db", "HttpCache": "http_cache",
          "article_key": "keys", "canonical_url": "keys"}
__all__ = ["Store", "IngestReport", "StoreBusy", "HttpCache", "article_key", "canonical_url"]


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value
