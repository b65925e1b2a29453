"""The ingest's threader keeps a bounded number of story profiles in memory; what it drops
is read back from the store as it was made, so a small cache threads a stream as a large
one does. Real articles: the first 48 GVC records (`stories-gvc/gvc.jsonl`, CC BY 4.0:
dated local news about different shootings) in date order, in batches of 8, and the
MultiLing M0050 source text (the 2010 Chile earthquake)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

from synoptic.ingest import Ingester
from synoptic.link.threads import pack_profile, unpack_profile
from synoptic.model import Document
from synoptic.settings import Settings
from synoptic.store import Store
from synoptic.store.models import StoryRow
from tests.unit.story_parts import gvc_records


def test_a_stored_profile_reads_back_with_its_vector_as_made(shared_dir: Path) -> None:
    from tests.unit.test_threads import _profiles

    (p,) = _profiles(shared_dir, ["M0050"])
    back = unpack_profile("M0050", pack_profile(p))
    assert back is not None and back.vector.dtype == np.float32
    assert np.array_equal(back.vector, p.vector)  # float16 in the store rounded it


def _gvc_documents(shared_dir: Path, count: int) -> list[Document]:
    return [Document(id=rec["id"], source=rec["url"], content=rec["text"], title=rec["title"], url=rec["url"],
                     published=date.fromisoformat(rec["published"][:10])) for rec in gvc_records(shared_dir, count)]


def _threads(shared_dir: Path, tmp_path: Path, cached: int) -> dict[str, str | None]:
    settings = Settings(quiet=True)
    settings.vectors.encoder = "tfidf"
    settings.threads.cached_profiles = cached
    store = Store(f"sqlite:///{tmp_path / f'c{cached}.db'}")
    ingester = Ingester(store)
    ingester.ingest(_gvc_documents(shared_dir, 48), settings, batch_size=8)
    with Session(store.engine) as session:
        threads = dict(session.execute(select(StoryRow.id, StoryRow.thread_id)).all())
    store.close()
    if cached == 1:  # the cache held little more than the last batch's window and regrouping
        assert len(ingester._threader._profiles) < len(threads)
    return threads


def test_a_small_profile_cache_threads_a_stream_as_a_large_one(shared_dir: Path, tmp_path: Path) -> None:
    large = _threads(shared_dir, tmp_path, 50_000)
    assert len(set(large.values())) > 1
    assert _threads(shared_dir, tmp_path, 1) == large
