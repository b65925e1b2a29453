"""The Ray executor gives the same stories and articles as the local one on the same shards."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from synoptic.executors import LocalExecutor, RayExecutor
from synoptic.ingest import Ingester
from synoptic.settings import Settings
from synoptic.store import Store

pytestmark = pytest.mark.slow

if importlib.util.find_spec("ray") is None:
    pytest.skip("ray is not installed (optional extra synoptic-news[ray])", allow_module_level=True)


def _snapshot(store: Store) -> tuple[list, list]:
    stories = sorted((s["title"], sorted(s["articles"])) for s in store.list_stories(limit=None))
    articles = sorted(
        (a["id"], a["title"], a["text"], a["story"] is not None)
        for a in (store.article(i) for s in stories for i in s[1])
        if a is not None
    )
    return stories, articles


def test_ray_matches_local(example_dir: Path, tmp_path: Path) -> None:
    import ray

    settings = Settings(quiet=True)
    settings.vectors.encoder = "tfidf"
    files = [str(p) for p in sorted(example_dir.glob("*.txt"))]
    with Store(f"sqlite:///{tmp_path / 'local.db'}") as store:
        local = Ingester(store).ingest_sources(files, settings, executor=LocalExecutor(), shard_sources=2,
                                     build_briefs=False)
        expected = _snapshot(store)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        executor = RayExecutor()
        with Store(f"sqlite:///{tmp_path / 'ray.db'}") as store:
            remote = Ingester(store).ingest_sources(files, settings, executor=executor, shard_sources=2,
                                          build_briefs=False)
            got = _snapshot(store)
    finally:
        ray.shutdown()
    assert (remote.added, remote.unchanged) == (local.added, local.unchanged) == (5, 0)
    assert got == expected
