"""Where the per-article stages run: in this process, in local worker processes, or as Ray tasks over shards.

A shard is a list of sources (files, folders, URLs, feeds, WARCs) or of already
read documents. `prepare_shard` reads, cleans, analyses and vectorizes one shard
and computes the hashes duplicate blocking uses; it is a pure function of the
shard and the settings, so the local, process and Ray executors give the same results
when given the same shards. Linking, storing and briefs stay in the driver
(`ingest.py`): executors know no store.
"""

from __future__ import annotations

import hashlib
import itertools
import os
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, is_dataclass, replace
from typing import Any, Protocol, TypeVar

import numpy as np

from synoptic.model import Article, ArticleAnalysis, Document, Skipped
from synoptic.settings import Settings

T = TypeVar("T")
R = TypeVar("R")


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def content_hash(title: str, text: str) -> str:
    """Hash of what a reader sees: whitespace-normalized title and cleaned text."""
    return sha256(" ".join(title.split()) + "\n" + " ".join(text.split()))


@dataclass
class ShardTask:
    sources: list[str] = field(default_factory=list)
    documents: list[Document | Skipped] = field(default_factory=list)
    # run text.analyze here too; otherwise analyses are made when a brief needs them
    analyse: bool = False
    # hand the cleaned leads to the encoder ahead of need (`LocalExecutor`'s pipeline)
    prefetch: bool = False


@dataclass
class ShardResult:
    """Per-article work of one shard, in input order."""

    articles: list[Article]
    analyses: dict[str, ArticleAnalysis]
    skipped: list[Skipped]
    raw_hashes: dict[str, str]  # article id -> hash of the document's raw content
    content_hashes: dict[str, str]  # article id -> content_hash(title, text)
    vectors: np.ndarray  # one L2-normalized row per article (title + lead)
    names: dict[str, list[str]]
    numbers: dict[str, list[str]]
    encoder: str = ""
    # article id -> its word buckets and their log-scaled counts, for stories
    words: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)


@dataclass
class CleanShard:
    """A shard read and cleaned (`clean_shard`): what `shard_features` starts from."""

    prepared: Any  # pipeline.Prepared
    raw_hashes: dict[str, str]  # document id -> hash of its raw content
    # the encoder's helper process encoding the leads (`_encode_there`): `result()` is their
    # rows, or None (encode here)
    encoding: Any = None


def clean_shard(task: ShardTask, settings: Settings) -> CleanShard:
    """read -> clean (-> text, when the task asks) for one shard: pure Python."""
    from synoptic import clean, pipeline, read

    items: list[Document | Skipped] = list(task.documents)
    if task.sources:
        items.extend(read.read_paths(task.sources, settings.read))
    raw_by_id = {d.id: sha256(d.content) for d in items if isinstance(d, Document)}
    if task.analyse:
        prepared = pipeline.prepare(items, settings)
    else:
        # the language layer is the costly part; the store runs it when a brief needs it
        docs = [d for d in items if isinstance(d, Document)]
        cleaned, clean_skipped = clean.clean_documents(docs, settings.clean)
        prepared = pipeline.Prepared(
            cleaned, {}, [s for s in items if isinstance(s, Skipped)] + clean_skipped
        )
    encoding = None
    if task.prefetch and prepared.articles:
        # the encoder's helper process (`LocalExecutor`) starts on this shard's leads now,
        # while this process goes on
        from synoptic.link.features import lead_text

        lead = settings.link.story_lead_chars
        encoding = _encode_there([lead_text(a, lead) for a in prepared.articles], settings)
    return CleanShard(prepared, raw_by_id, encoding=encoding)


def shard_features(shard: CleanShard | HandedOff, settings: Settings, encoder: Any = None) -> ShardResult:
    """What story grouping needs of each cleaned article: mostly the encoder's matrix
    products on each title and lead, which release the interpreter's lock. `encoder`: the
    one to use (the helper process's own, `helper_shard`), else that of the settings."""
    from synoptic import vectors
    from synoptic.link import features as story_features

    if isinstance(shard, HandedOff):
        return shard.result()
    prepared, raw_by_id = shard.prepared, shard.raw_hashes
    encoder = encoder or vectors.get_encoder(settings.vectors)
    feats = (
        story_features.article_features(prepared.articles, encoder, settings.link,
                                        encoding=shard.encoding)
        if prepared.articles
        else []
    )
    dim = feats[0].vector.shape[0] if feats else 0
    return ShardResult(
        articles=prepared.articles,
        analyses=prepared.analyses,
        skipped=prepared.skipped,
        raw_hashes={a.id: raw_by_id.get(a.id, sha256(a.raw_text)) for a in prepared.articles},
        content_hashes={a.id: content_hash(a.title, a.text) for a in prepared.articles},
        vectors=np.stack([f.vector for f in feats]) if feats else np.zeros((0, dim), np.float32),
        names={f.id: sorted(f.names) for f in feats},
        # the event's day keys ride with the numbers (`link.event_days.stored_numbers`)
        # and the sounds of its names, and whether the encoder placed it (`features.stored_sounds`)
        numbers={f.id: sorted(f.numbers) + sorted(f.when) + story_features.sounds_stored(f) for f in feats},
        encoder=getattr(encoder, "name", type(encoder).__name__),
        words={f.id: (f.words, f.word_tf) for f in feats},
    )


def prepare_shard(task: ShardTask, settings: Settings) -> ShardResult:
    """read -> clean -> text -> story features for one shard."""
    return shard_features(clean_shard(task, settings), settings)


def _encoder_helper(task: ShardTask, settings: Settings) -> Callable[[], None] | None:
    """Start the encoder of `settings` in a helper process (`vectors/worker.py`) for a
    pipelined run, when it is one that can and the machine has a core for it; returns
    what stops it, or None (nothing started)."""
    from synoptic import vectors

    if (os.cpu_count() or 1) < 2:
        return None
    stop_helper = vectors.start_helper(settings.vectors)
    if stop_helper is None:
        return None
    # the helper takes a core: this process's BLAS (the pair scores' products, the event
    # split's eigh) keeps to one thread meanwhile, rather than two that wait on each other
    # and on the helper (#23: 2,000 synthetic articles at load 4, CPU 30.4 -> 24.3 s)
    restore = _one_blas_thread()

    def stop() -> None:
        stop_helper()
        restore()

    return stop


@dataclass
class HandedOff:
    """A shard the encoder's helper process makes whole (`_hand_off`: read, cleaned, its
    features and vectors, `helper_shard`); `result()` is its `ShardResult`, made here when
    the helper could not (the same: a pure function of the shard and the settings)."""

    task: ShardTask
    settings: Settings
    job: Any  # vectors.worker.Cleaning
    shard: ShardResult | None = None

    def result(self) -> ShardResult:
        if self.shard is None:
            self.shard = self.job.result() or prepare_shard(self.task, self.settings)
        return self.shard


def helper_shard(encoder: Any, task: ShardTask, settings: Settings) -> ShardResult:
    """`prepare_shard` in the encoder's helper process, with its own encoder (`_hand_off`)."""
    return shard_features(clean_shard(task, settings), settings, encoder)


def helper_vectors(encoder: Any, texts: list[str]) -> np.ndarray:
    """The encoder's rows of `texts` in its helper process (`_encode_there`)."""
    return encoder.encode(texts)


def _ingest_helper(settings: Settings) -> Any:
    """The encoder's helper process when it runs work for an ingest (`LocalExecutor`), else None."""
    from synoptic import vectors

    helper = getattr(vectors.get_encoder(settings.vectors), "_helper", None)
    return helper if helper is not None and hasattr(helper, "call") and helper.alive else None


def _encode_there(leads: list[str], settings: Settings) -> Any:
    """Ask the encoder's helper process for the rows of a shard's leads, cleaned here
    (`clean_shard` with `prefetch`); its encoder encodes every lead of an ingest, handed off
    or not, so its per-text cache and piece memo see them all in order: the same requests
    in the same order, whoever cleans. None: no helper (encoded here, `shard_features`)."""
    helper = _ingest_helper(settings)
    return helper.call(helper_vectors, (leads,), with_encoder=True) if helper is not None else None


# shards the helper may have in hand when the next is handed to it: the one it works on and
# the next; one more and this process, which would wait for it, cleans the shard itself
_HELPER_BACKLOG = 2


def _hand_off(task: ShardTask, settings: Settings) -> HandedOff | None:
    """Hand a whole shard to the encoder's helper process (`helper_shard`: cleaning, the
    articles' features and vectors, their hashes) unless it is behind: this process, whose
    linking and writing grow with the store, is then left the story work alone, and that
    per-article work (~2.4 ms an article of synthetic news) runs on the other core beside
    it. When the helper holds `_HELPER_BACKLOG` shards already, this process would wait for
    it: it cleans the shard itself meanwhile, the helper only encoding its leads
    (`_encode_there`). None: clean here (also a shard of sources, read through this
    process's HTTP cache, and an analysed one)."""
    if task.sources or task.analyse or not task.documents:
        return None
    helper = _ingest_helper(settings)
    if helper is None or helper.backlog >= _HELPER_BACKLOG:
        return None
    job = helper.call(helper_shard, (replace(task, prefetch=False), settings), with_encoder=True)
    return HandedOff(task, settings, job) if job is not None else None


def _one_blas_thread() -> Callable[[], None]:
    """Limit this process's BLAS to one thread; returns what restores the limits before."""
    try:
        from threadpoolctl import ThreadpoolController

        limiter = ThreadpoolController().limit(limits=1, user_api="blas")
    except Exception:  # no threadpoolctl, or a library it cannot drive: left as it is
        return lambda: None
    return limiter.restore_original_limits


@dataclass(frozen=True)
class Stages:
    """A function of a shard made of two stages that `LocalExecutor` overlaps."""

    first: Callable[..., Any]
    second: Callable[..., Any]
    # given the first task and the map's arguments: starts what runs beside this
    # process, and returns what stops it (or None)
    start: Callable[..., Callable[[], None] | None]
    # given a task and the map's arguments: what `second` takes instead of `first`'s
    # result when what runs beside this process takes the first stage; None: run it here
    hand_off: Callable[..., Any] | None = None


_STAGES: dict[Callable[..., Any], Stages] = {
    prepare_shard: Stages(clean_shard, shard_features, _encoder_helper, _hand_off),
}


class Executor(Protocol):
    name: str

    def map(self, fn: Callable[..., R], items: Iterable[T], *args: Any) -> Iterable[R]:
        """fn(item, *args) for each item; results in input order, yielded as they are ready."""
        ...

    def close(self) -> None: ...


class LocalExecutor:
    """All in this process, except that a run of two shards or more of `prepare_shard`
    runs as a pipeline with the encoder in a helper process (#23): the helper makes whole
    shards (cleaning, features, vectors: `_hand_off`) while the driver links and writes
    the shard before, two shards ahead; when the helper falls behind, this process cleans
    the next shard itself and the helper only encodes its leads (`_encode_there`). The
    encoder's matrix products (about half of an article's CPU) and the per-article cleaning
    so run on the second core beside the linking, which grows with the store. The helper
    runs the same encoder on the same texts in the same order (`vectors/worker.py`); when
    it cannot start or stops, this process does the work, as with `pipeline=False` (each
    shard wholly, in turn, here). Results are those of running the stages in turn.
    """

    name = "local"
    # shards staged ahead of the one the driver takes: two keep the helper busy while the
    # driver writes, and let `_hand_off` see when the helper falls behind
    AHEAD = 2

    def __init__(self, pipeline: bool = True) -> None:
        self.pipeline = pipeline
        self._stops: list[Callable[[], None]] = []

    def map(self, fn: Callable[..., R], items: Iterable[T], *args: Any) -> Iterable[R]:
        stages = _STAGES.get(fn) if self.pipeline else None
        items = iter(items)
        head = list(itertools.islice(items, 2))
        if stages is None or len(head) < 2:  # one shard: nothing to overlap
            for item in itertools.chain(head, items):
                yield fn(item, *args)
            return
        stop = stages.start(head[0], *args)
        if stop is not None:
            self._stops.append(stop)
        pending: deque[Any] = deque()
        for item in itertools.chain(head, items):
            staged = stages.hand_off(item, *args) if stages.hand_off is not None else None
            if staged is None:
                staged = stages.first(replace(item, prefetch=True) if is_dataclass(item) else item, *args)
            pending.append(staged)
            if len(pending) > self.AHEAD:
                yield stages.second(pending.popleft(), *args)
        while pending:
            yield stages.second(pending.popleft(), *args)

    def close(self) -> None:
        """Stop the helpers this executor started (reaped: their CPU counts as children's)."""
        while self._stops:
            self._stops.pop()()


class ProcessExecutor:
    """Worker processes on this machine (no cluster): shards are prepared while the
    driver links and stores the previous ones.

    Results come back in input order; at most `workers + 1` shards are in flight, so
    memory stays flat on long inputs. Workers are spawned (not forked: the driver may
    hold database connections and threads) and kept for the executor's lifetime.
    """

    name = "process"

    def __init__(self, workers: int | None = None) -> None:
        # one core stays with the driver, which links and writes
        self.workers = max(1, workers if workers is not None else (os.cpu_count() or 2) - 1)
        self._pool: Any = None

    def map(self, fn: Callable[..., R], items: Iterable[T], *args: Any) -> Iterable[R]:
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
        pending: deque[Any] = deque()
        try:
            for item in items:
                pending.append(self._pool.submit(fn, item, *args))
                if len(pending) > self.workers:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:  # the driver stopped early: drop queued work
                future.cancel()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class RayExecutor:
    """Ray tasks, a bounded number in flight so memory stays flat on long inputs."""

    name = "ray"

    def __init__(self, num_cpus: int | None = None, address: str | None = None) -> None:
        try:
            import ray
        except ImportError as exc:  # the optional extra is missing
            raise RuntimeError(
                "the Ray executor needs the optional extra: pip install 'synoptic-news[ray]'"
            ) from exc
        self._ray = ray
        self._started = False
        if not ray.is_initialized():
            ray.init(address=address, num_cpus=num_cpus, include_dashboard=False,
                     log_to_driver=False, ignore_reinit_error=True)
            self._started = True
        self.in_flight = max(2, int(ray.available_resources().get("CPU", 2)) * 2)

    def map(self, fn: Callable[..., R], items: Iterable[T], *args: Any) -> Iterable[R]:
        ray = self._ray
        remote = ray.remote(fn)
        shared = [ray.put(a) for a in args]
        pending: list[Any] = []
        for item in items:
            pending.append(remote.remote(item, *shared))
            if len(pending) >= self.in_flight:
                yield ray.get(pending.pop(0))
        for ref in pending:
            yield ray.get(ref)

    def close(self) -> None:
        if self._started:
            self._ray.shutdown()
            self._started = False


def get_executor(name: str, **kwargs: Any) -> Executor:
    if name == "local":
        return LocalExecutor()
    if name == "process":
        return ProcessExecutor(**kwargs)
    if name == "ray":
        return RayExecutor(**kwargs)
    raise ValueError(f"unknown executor {name!r} (local | process | ray)")
