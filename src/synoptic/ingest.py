"""The ingest service: documents into stored stories, incrementally.

The faces (`synoptic ingest` / `watch`, `POST /api/v1/articles`) call it; it runs the
per-article stages through an executor (`executors.prepare_shard`: cleaning and what
grouping needs of each article: one vector of its title and lead, its names, numbers and
words), places articles in stories with `link.online.OnlineClusterer`, and writes each
batch through `store.writes` in one write transaction: the batch's new articles, their
story placement and the touched stories' counts are committed together or not at all, so
a process killed mid-batch leaves the previous consistent state and a re-run picks up
where it stopped (already stored content is recognized by its hash). A touched story's
brief is dropped in that transaction and built when it is asked for (`synoptic.briefs`),
or built in the batch with `build_briefs` / `settings.store.briefs = "now"`. The store
itself only persists.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import numpy as np
from sqlalchemy.orm import Session

from synoptic import briefs
from synoptic.briefs import brief_settings, build_now, member_title, member_titles, refresh_outlets
from synoptic.executors import (
    Executor,
    LocalExecutor,
    ShardResult,
    ShardTask,
    prepare_shard,
    sha256,
)
from synoptic.link.event_days import stored_numbers
from synoptic.link.features import Features, article_words, stored_sounds
from synoptic.link.online import OnlineClusterer
from synoptic.model import Document, Skipped
from synoptic.pipeline import Progress, build_brief, renamed_analysis
from synoptic.settings import Settings
from synoptic.store import Store, writes
from synoptic.store.blobs import pack_words, unpack_words
from synoptic.store.db import now as store_now
from synoptic.store.keys import article_key, canonical_url
from synoptic.store.models import StoryRow
from synoptic.store.queries import (
    StoredFeatures,
    open_story_ids,
    recent_story_ids,
    stored_features,
    title_and_text,
)
from synoptic.store.writes import Incoming, IngestReport, Outcome
from synoptic.thread_queue import ThreadQueue
from synoptic.threader import Threader
from synoptic.util.memory import release_free_memory, settle_after_batch, thaw_after_ingest

Stop = Callable[[], bool]

__all__ = ["Ingester", "IngestReport", "build_brief", "member_title", "refresh_outlets", "renamed_analysis"]


class Ingester:
    """Ingests into one store, keeping its open stories in memory between batches.

    Keep one per store for a long-running face (watch, web): the in-memory clusterer
    is rebuilt only when another process (or a failure) changed the store.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._clusterer: OnlineClusterer | None = None
        self._version: float = -1.0
        self._key_to_story: dict[int, str] = {}
        self._loaded: set[str] = set()
        self._warmed = False  # the clusterer took in the recent stories since it was built
        self._pre_unchanged: list[Outcome] = []
        self._threader = Threader()
        # debouncing (`settings.store.repair_every`, `threads_every`): batches written since
        # the last repair pass, the stories waiting for their threads, the run's encoder
        self._since_repair = 0
        self._thread_queue = ThreadQueue()
        self._encoder = ""
        # articles held with words counted from their text (stored before words were kept):
        # the store has none for them, so the threader reads those stories' stored rows
        self._text_words: set[str] = set()

    # ------------------------------------------------------------------ entry points
    def ingest(
        self,
        documents: Iterable[Document | Skipped],
        settings: Settings,
        progress: Progress | None = None,
        executor: Executor | None = None,
        batch_size: int | None = None,
        build_briefs: bool | None = None,
        stop: Stop | None = None,
    ) -> IngestReport:
        """Clean and cluster documents into stories; the touched stories' briefs are built
        now when `build_briefs` (None: `settings.store.briefs == "now"`), else dropped, to
        be built when asked for (`synoptic.briefs`; `settings.store.briefs == "lazy"`, the
        default) or once the run is stored (`"end"`).

        Documents whose raw content is already stored are recognized before any work.
        `stop()` is asked between batches: when true, the current batch is committed
        and ingestion ends there.
        """
        runner = executor or LocalExecutor()
        tasks = self._document_tasks(documents, batch_size or settings.store.batch_size, stop)
        # the documents are read already: workers get no HTTP cache (it holds the store's engine)
        shard_settings = replace(settings, read=replace(settings.read, http_cache=None))
        try:
            return self._run(runner.map(prepare_shard, tasks, shard_settings), settings, progress, build_briefs)
        finally:
            if executor is None:
                runner.close()

    def ingest_sources(
        self,
        sources: list[str],
        settings: Settings,
        progress: Progress | None = None,
        executor: Executor | None = None,
        shard_sources: int | None = None,
        build_briefs: bool | None = None,
        stop: Stop | None = None,
    ) -> IngestReport:
        """Like `ingest`, but reading happens inside the executor too, shard by shard of sources."""
        from synoptic.read import expand_paths

        runner = executor or LocalExecutor()
        size = shard_sources or settings.store.shard_sources
        expanded = list(expand_paths(sources, settings.read))
        tasks = (
            ShardTask(sources=expanded[i : i + size])
            for i in range(0, len(expanded), size)
            if not (stop and stop())
        )
        try:
            return self._run(runner.map(prepare_shard, tasks, settings), settings, progress, build_briefs)
        finally:
            if executor is None:
                runner.close()

    def refresh(self, story_id: str, settings: Settings | None = None) -> dict | None:
        """Build one story's brief again (e.g. after an upgrade, or a failure); returns it,
        None when it fails."""
        return briefs.build_now(self.store, story_id, briefs.brief_settings(self.store, settings))

    # ------------------------------------------------------------------ batches
    def _document_tasks(
        self, documents: Iterable[Document | Skipped], batch_size: int, stop: Stop | None
    ) -> Iterator[ShardTask]:
        batch: list[Document | Skipped] = []
        for item in documents:
            batch.append(item)
            if len(batch) >= batch_size:
                yield ShardTask(documents=self._unseen(batch))
                batch = []
                if stop is not None and stop():
                    return
        if batch:
            yield ShardTask(documents=self._unseen(batch))

    def _unseen(self, batch: list[Document | Skipped]) -> list[Document | Skipped]:
        """Drop documents stored already with this exact raw content under the same key (a
        re-run, a re-polled feed); the same content under another key goes on (a copy)."""
        keyed = {id(d): (_document_key(d), sha256(d.content)) for d in batch if isinstance(d, Document)}
        if not keyed:
            return batch
        known = self.store.known_records(keyed.values())
        out: list[Document | Skipped] = []
        for d in batch:
            stored = known.get(keyed[id(d)]) if isinstance(d, Document) else None
            if stored is None:
                out.append(d)
            else:
                assert isinstance(d, Document)
                self._pre_unchanged.append(Outcome(d.id, d.source, "unchanged", stored))
        return out

    def _run(
        self, results: Iterable[ShardResult], settings: Settings, progress: Progress | None,
        build_briefs: bool | None,
    ) -> IngestReport:
        at_end = build_briefs is None and settings.store.briefs == "end"
        if build_briefs is None:
            build_briefs = settings.store.briefs == "now"
        report = IngestReport()
        self._pre_unchanged = []
        done = 0
        try:
            for result in results:
                report.merge(self._commit_batch(result, settings, build_briefs))
                settle_after_batch()  # the batch's cycles collected, its survivors frozen
                release_free_memory()  # the batch's freed temporaries, back to the system
                done += len(result.articles) + len(result.skipped)
                if progress is not None:
                    progress("ingest", done, 0)
            if self._since_repair or self._thread_queue:  # debounced: what is shown is current
                report.merge(self._commit_batch(_empty(self._encoder), settings, build_briefs, final=True))
        except BaseException:
            self.store.http_cache.discard()  # validators of pages that were never stored
            raise
        finally:
            thaw_after_ingest()
        report.unchanged += len(self._pre_unchanged)
        report.outcomes.extend(self._pre_unchanged)
        self._pre_unchanged = []
        self.store.http_cache.flush()
        if at_end:
            self._brief_touched(report.stories, settings, progress)
        return report

    def _brief_touched(self, story_ids: list[str], settings: Settings, progress: Progress | None) -> None:
        """Once the run is stored, the brief of every story it touched, built once (a story
        in many batches is not rebuilt at each): what is listed after an ingest is current."""
        settings = brief_settings(self.store, settings)
        for n, story_id in enumerate(story_ids, start=1):
            build_now(self.store, story_id, settings)
            if progress is not None:
                progress("briefs", n, len(story_ids))

    def _commit_batch(self, result: ShardResult, settings: Settings, build_briefs: bool,
                      final: bool = False) -> IngestReport:
        """The write transaction of one batch (`final`: the debounced passes after a run's last)."""
        report = IngestReport(skipped=list(result.skipped),
                              outcomes=[Outcome(s.source, s.source, "skipped", reason=s.error) for s in result.skipped])
        if not result.articles and not final:
            return report
        self._encoder = result.encoder
        try:
            with self.store.write() as session:
                self._write_batch(session, result, settings, build_briefs, report, final)
        except BaseException:
            # whatever happened, our in-memory view may be ahead of the database
            self._version = -1.0
            raise
        return report

    def _write_batch(
        self, session: Session, result: ShardResult, settings: Settings, build_briefs: bool, report: IngestReport,
        final: bool = False,
    ) -> None:
        now = store_now()
        clusterer = self._sync_clusterer(session, settings, result.encoder)

        # 1. which articles are new, revised or already stored
        batch = writes.sort_batch(session, _incoming(result))
        report.unchanged += batch.unchanged
        report.outcomes.extend(batch.outcomes)
        report.skipped.extend(Skipped(o.source, o.reason or "") for o in batch.outcomes if o.outcome == "skipped")
        new_rows, copy_rows = [], []
        for item, aid in batch.new:
            record = (item.article.id, item.article.source)
            _rename(item, aid)
            row = writes.new_article_row(item, now)
            if aid in batch.copies:
                # stored under its own id, linked to the text it repeats; it joins that story below
                row.meta = {**(row.meta or {}), "copy_of": batch.copies[aid]}
                copy_rows.append((item, row))
                report.outcomes.append(Outcome(*record, "copy", aid, of=batch.copies[aid]))
            else:
                new_rows.append((item, row))
                report.outcomes.append(Outcome(*record, "added", aid))

        # 2. place them in stories
        days = [row.cluster_day for _, row in new_rows] + [row.cluster_day for _, row in batch.revised]
        if days:
            self._load_open_stories(session, days, settings)
        before = {aid: self._key_to_story.get(k) for aid, k in clusterer.story_of.items()}
        for item, row in new_rows:
            clusterer.add(_features(item, row))
        touched_ids: set[str] = set()
        for item, row in batch.revised:
            _rename(item, row.id)
            self._text_words.discard(row.id)
            writes.revise_row(session, item, row, now)
            feats = _features(item, row)
            if row.story_id and row.story_id in self._loaded:
                clusterer.replace(feats)
            elif row.story_id is None:
                clusterer.add(feats)
            if row.story_id:
                touched_ids.add(row.story_id)
            report.updated += 1
            report.articles.append(row.id)
            report.outcomes.append(Outcome(item.article.id, item.article.source, "updated", row.id))
        self._since_repair += not final
        if final or self._since_repair >= settings.store.repair_every:
            clusterer.repair()
            self._since_repair = 0

        # 3. stories: ids for new clusters, membership changes written back
        live_keys = {k for k, s in clusterer.stories.items() if s.members}
        for key in sorted(live_keys):
            if key not in self._key_to_story:
                taken = set(self._key_to_story.values())
                self._key_to_story[key] = writes.new_story_id(session, clusterer.stories[key].members[0], taken)
        for key in [k for k in self._key_to_story if k not in live_keys]:
            touched_ids.add(self._key_to_story.pop(key))
        after = {aid: self._key_to_story[k] for aid, k in clusterer.story_of.items()}
        moved = {aid: sid for aid, sid in after.items() if aid in before and before[aid] != sid}
        for aid, sid in moved.items():  # an old article moved by a merge or split
            touched_ids.add(sid)
            if before[aid]:
                touched_ids.add(before[aid])
        touched_ids |= {after[item.article.id] for item, _ in new_rows if item.article.id in after}
        # story rows first: articles point at them
        writes.add_stories(session, sorted(touched_ids & set(after.values())), now)
        for item, row in new_rows:
            row.story_id = after.get(item.article.id)
            report.added += 1
            report.articles.append(row.id)
        writes.add_articles(session, [row for _, row in new_rows])
        writes.move_articles(session, moved)
        # a copy goes where the article it repeats is (placed in this batch or stored)
        placed = writes.stories_of(session, [row.meta["copy_of"] for _, row in copy_rows])
        for _, row in copy_rows:
            original = row.meta["copy_of"]
            row.story_id = after.get(original) or placed.get(original)
            if row.story_id:
                touched_ids.add(row.story_id)
            report.copies += 1
            report.articles.append(row.id)
        writes.add_articles(session, [row for _, row in copy_rows])
        self._loaded |= set(after.values())

        # 4. refresh every touched story: counts, days, brief
        live, deleted = writes.summarize_stories(session, sorted(touched_ids), now)
        self._loaded.difference_update(deleted)
        titles = member_titles(session, [] if build_briefs else live, settings)
        for story, members in live:
            if build_briefs:
                _build_story_brief(session, story, members, settings)
            else:  # built when asked for (`synoptic.briefs`)
                writes.drop_brief(story, story.title or titles[story.id])
        report.stories = sorted(story.id for story, _ in live)
        refresh_outlets(session)

        # 5. threads: the touched stories and their neighbours in time, regrouped; their
        # profiles from the features held here where every article of the story is held
        # (debounced: those of every batch since the last regrouping, `thread_queue`)
        self._thread_queue.after_batch(session, self._threader, settings, now, live, deleted, self._held_features,
                                       final)
        self._version = writes.bump_version(session)

    def _held_features(self, article_ids: Iterable[str]) -> list[Features] | None:
        """The clusterer's features of these stored articles, as the store keeps them; None
        when one is not held (a copy, an evicted story) or its words came from its text."""
        assert self._clusterer is not None
        held = self._clusterer.features
        out = []
        for aid in article_ids:
            f = held.get(aid)
            if f is None or aid in self._text_words:
                return None
            out.append(f)
        return out

    # ------------------------------------------------------------------ open stories in memory
    def _sync_clusterer(self, session: Session, settings: Settings, encoder_name: str) -> OnlineClusterer:
        """(Re)build the in-memory clusterer when another process (or a failure) changed the store."""
        current = writes.version(session)
        if self._clusterer is None or current != self._version:
            self._clusterer = OnlineClusterer(settings.link)
            self._key_to_story = {}
            self._loaded = set()
            self._warmed = False
            self._text_words = set()
            self._threader.forget()
            self._since_repair = 0  # the placements held are gone: nothing to repair
            if settings.store.threads_every != 1:
                self._thread_queue.unthreaded(session)  # those a killed debounced run left
            self._version = current
        writes.check_encoder(session, encoder_name)
        return self._clusterer

    def _load_open_stories(self, session: Session, days: list[date], settings: Settings) -> None:
        """Bring into memory the stored stories that articles dated `days` could join."""
        assert self._clusterer is not None
        quiet = settings.link.story_quiet_days
        lo = min(days) - timedelta(days=quiet + 1)
        hi = max(days) + timedelta(days=quiet + 1)
        missing = [s for s in open_story_ids(session, lo, hi) if s not in self._loaded]
        if not self._warmed:
            self._warmed = True
            # a fresh clusterer (a new run, or after another process wrote): names and words
            # weigh by their rarity over the articles in memory, so it first takes in what a
            # run that never stopped would hold (the recent stories, up to the memory cap):
            # an interrupted run then groups as an uninterrupted one does
            opened = set(missing)
            missing += [s for s in recent_story_ids(session, settings.store.max_loaded_articles)
                        if s not in opened]
        by_story = stored_features(session, missing)
        features = {s.id: _stored(s) for members in by_story.values() for s in members}
        # rows stored before words were kept: their words from their stored text
        no_words = [s.id for members in by_story.values() for s in members if s.words is None]
        if no_words:
            self._text_words.update(no_words)
            articles = title_and_text(session, no_words)
            for article, (words, weights) in zip(articles, article_words(articles), strict=True):
                features[article.id].words, features[article.id].word_tf = words, weights
        for sid in missing:
            self._loaded.add(sid)
            members = by_story.get(sid)
            if members:
                self._key_to_story[self._clusterer.load_story([features[s.id] for s in members])] = sid
        self._evict(lo, settings.store.max_loaded_articles)

    def _evict(self, before: date, max_articles: int) -> None:
        """Forget stories that ended before `before` once memory holds too many articles."""
        assert self._clusterer is not None
        if len(self._clusterer.features) <= max_articles:
            return
        old = sorted(
            (s.last or date.min, k) for k, s in self._clusterer.stories.items()
            if s.last is not None and s.last < before
        )
        for _, key in old:
            if len(self._clusterer.features) <= max_articles // 2:
                break
            sid = self._key_to_story.pop(key, None)
            self._clusterer.evict(key)
            if sid:
                self._loaded.discard(sid)


def _incoming(result: ShardResult) -> list[Incoming]:
    """A shard's articles with what the store keeps of each."""
    return [
        Incoming(
            article=article,
            key=article_key(article),
            raw_hash=result.raw_hashes[article.id],
            content_hash=result.content_hashes[article.id],
            vector=np.asarray(result.vectors[i], dtype=np.float32),
            names=result.names.get(article.id, []),
            numbers=result.numbers.get(article.id, []),
            words=pack_words(*result.words[article.id]) if article.id in result.words else None,
            analysis=result.analyses.get(article.id),
        )
        for i, article in enumerate(result.articles)
    ]


def _empty(encoder: str) -> ShardResult:
    """No articles: the batch that runs the debounced passes after a run's last."""
    return ShardResult([], {}, [], {}, {}, np.zeros((0, 0), dtype=np.float32), {}, {}, encoder)


def _document_key(document: Document) -> str:
    """The store key of the article a document becomes (`keys.article_key`), before cleaning."""
    return canonical_url(document.url) if document.url else f"{document.source}#{document.id}"


def _rename(item: Incoming, new_id: str) -> None:
    """The article (and its analysis) under the id the store gives it."""
    if item.article.id == new_id:
        return
    if item.analysis is not None:
        item.analysis = renamed_analysis(item.analysis, new_id)
    item.article.id = new_id


def _features(item: Incoming, row: Any) -> Features:
    # the news date, or None: an undated article's `cluster_day` is the day it was stored,
    # which would set it apart from dated coverage of its own event (days apart, silences)
    numbers, when = stored_numbers(row.numbers or [])
    sounds, encoded, language = stored_sounds(row.numbers or [])
    features = Features(row.id, item.vector, frozenset(row.names or []), numbers, item.article.published,
                        when=when, sounds=sounds, encoded=encoded, language=language)
    # the weights as stored (float16), so the clusterer sees what a reload will see
    features.words, features.word_tf = unpack_words(row.words)
    return features


def _stored(s: StoredFeatures) -> Features:
    # as `_features`: the news date, never the day it was stored (a reload scores as the stream did)
    numbers, when = stored_numbers(s.numbers)
    sounds, encoded, language = stored_sounds(s.numbers)
    features = Features(id=s.id, vector=s.vector, names=s.names, numbers=numbers, published=s.published,
                        when=when, sounds=sounds, encoded=encoded, language=language)
    if s.words is not None and s.word_tf is not None:
        features.words, features.word_tf = s.words, s.word_tf
    return features


def _build_story_brief(session: Session, story: StoryRow, members: list[Any], settings: Settings) -> None:
    """Build and store one story's brief (from its most recent articles) in this batch."""
    rows = writes.brief_articles(session, story.id, settings.store.brief_max_articles)
    data, error, analyses = briefs.make_brief(story.id, rows, settings)
    for row in rows:
        if row.id in analyses:
            row.analysis = analyses[row.id][1]
    briefs.save(session, story, members, data, error, settings)
