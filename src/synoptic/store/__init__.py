"""The persistent store: articles, stories and their briefs (SQLite by default, PostgreSQL by URL).

It only persists: it imports no stage, no pipeline and no executor. The ingest service
(`synoptic.ingest`) runs the stages and writes through it; the faces query it.
Rooms: `keys` (ids and URL keys), `http_cache` (fetch validators), `writes`
(articles, stories, briefs), `queries` (what the faces ask), `db` (engines,
migrations, transactions), `blobs` (vectors as bytes), `models` (tables).
"""

from synoptic.store.db import StoreBusy
from synoptic.store.http_cache import HttpCache
from synoptic.store.keys import article_key, canonical_url
from synoptic.store.store import Store
from synoptic.store.writes import IngestReport

__all__ = ["Store", "IngestReport", "StoreBusy", "HttpCache", "article_key", "canonical_url"]
