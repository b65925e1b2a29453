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


def test_samples_and_profiles_kept_in_memory_are_the_stored_ones(shared_dir: Path, tmp_path: Path, monkeypatch) -> None:
    """A large thread's sample from the stories held in order (`ThreadOrder`) is the one the
    store ranks (`thread_sample`), and a touched story's profile from the clusterer's
    features is the one made from its stored rows: at every call of a stream whose threads
    are sampled from 3 stories on (the settings made small so these 48 records have large
    threads)."""
    from synoptic import threader
    from synoptic.store import threads as store_threads

    calls = {"samples": 0, "held": 0}
    sample, build = store_threads.ThreadOrder.sample, threader.Threader._build

    def checked_sample(self, session, thread_id, size, n):  # noqa: ANN001, ANN202
        got = sample(self, session, thread_id, size, n)
        assert [tuple(r) for r in got] == [tuple(r) for r in store_threads.thread_sample(session, thread_id, size, n)]
        calls["samples"] += 1
        return got

    def checked_build(self, session, story_ids, settings, held=None):  # noqa: ANN001, ANN202
        got = build(self, session, story_ids, settings, held)
        if held is not None:
            stored = build(threader.Threader(), session, story_ids, settings, None)
            assert sorted(got) == sorted(stored)
            for sid, p in got.items():
                q = stored[sid]
                assert np.array_equal(p.vector, q.vector) and p.vector.dtype == q.vector.dtype
                assert list(p.words.items()) == list(q.words.items())
                assert list(p.names.items()) == list(q.names.items()) and p.size == q.size
            calls["held"] += sum(1 for sid in story_ids if held(sid))
        return got

    monkeypatch.setattr(store_threads.ThreadOrder, "sample", checked_sample)
    monkeypatch.setattr(threader.Threader, "_build", checked_build)
    settings = Settings(quiet=True)
    settings.vectors.encoder = "tfidf"
    settings.threads.whole_thread_stories = 2
    settings.threads.thread_sample = 3
    store = Store(f"sqlite:///{tmp_path / 'sampled.db'}")
    Ingester(store).ingest(_gvc_documents(shared_dir, 48), settings, batch_size=8)
    store.close()
    assert calls["samples"] > 5 and calls["held"] > 20
