"""The persistent store: articles, stories and their briefs (SQLite by default, PostgreSQL by URL).

A face over the pipeline like `cli.py` and `web/`; no stage imports it.
"""

from synoptic.store.db import StoreBusy
from synoptic.store.store import HttpCache, IngestReport, Store, canonical_url, slug

__all__ = ["Store", "IngestReport", "StoreBusy", "HttpCache", "canonical_url", "slug"]
