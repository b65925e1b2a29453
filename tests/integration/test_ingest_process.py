"""The process executor (worker processes on this machine) gives the same stories and articles as the local one."""

from __future__ import annotations

from pathlib import Path

from synoptic.executors import LocalExecutor, ProcessExecutor, get_executor
from synoptic.ingest import Ingester
from synoptic.model import Document
from synoptic.settings import Settings
from synoptic.store import Store


def _snapshot(store: Store) -> tuple[list, list]:
    stories = sorted((s["title"], sorted(s["articles"])) for s in store.list_stories(limit=None))
    articles = sorted(
        (a["id"], a["title"], a["text"], a["story"]) for a in (store.article(i) for s in stories for i in s[1])
        if a is not None
    )
    return stories, articles


def test_process_matches_local(example_dir: Path, tmp_path: Path) -> None:
    settings = Settings(quiet=True)
    settings.vectors.encoder = "tfidf"
    docs = [
        Document(id=p.stem, source=str(p), content=p.read_text(encoding="utf-8"))
        for p in sorted(example_dir.glob("*.txt"))
    ]
    with Store(f"sqlite:///{tmp_path / 'local.db'}") as store:
        local = Ingester(store).ingest(docs, settings, executor=LocalExecutor(), batch_size=2, build_briefs=False)
        expected = _snapshot(store)
    executor = get_executor("process", workers=1)
    assert isinstance(executor, ProcessExecutor)
    try:
        with Store(f"sqlite:///{tmp_path / 'process.db'}") as store:
            # several shards in flight: results must still come back in input order
            got_report = Ingester(store).ingest(docs, settings, executor=executor, batch_size=2, build_briefs=False)
            got = _snapshot(store)
    finally:
        executor.close()
    assert (got_report.added, got_report.unchanged) == (local.added, local.unchanged) == (5, 0)
    assert got == expected
