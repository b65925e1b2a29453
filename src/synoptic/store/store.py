"""The persistent store: ingestion into stories, and the queries the faces need.

One write transaction per batch: the batch's new articles, their story placement,
and the refreshed brief of every story it touched are committed together or not at
all, so a process killed mid-batch leaves the previous consistent state and a re-run
picks up where it stopped (already stored content is recognized by its hash).
"""

from __future__ import annotations

import json
import pickle
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from hashlib import sha1
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np
from sqlalchemy import Engine, delete, func, or_, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, defer

from synoptic.executors import (
    Executor,
    LocalExecutor,
    ShardResult,
    ShardTask,
    prepare_shard,
    sha256,
)
from synoptic.link.features import Features, article_words
from synoptic.link.online import OnlineClusterer
from synoptic.model import Article, ArticleAnalysis, Brief, Document, Removed, Skipped
from synoptic.render.json import is_dispute
from synoptic.settings import Settings
from synoptic.store.blobs import pack_vector, unpack_vector, unpack_words
from synoptic.store.db import StoreBusy, lock_for_write, make_engine, migrate, normalize_url
from synoptic.store.models import (
    ArticleRow,
    EntityRow,
    FactRow,
    FetchCacheRow,
    OriginRow,
    RevisionRow,
    StateRow,
    StoryRow,
)

Progress = Callable[[str, int, int], None]

# Articles per write transaction.
BATCH_SIZE = 256
# A story's brief is built from at most this many of its articles (the most recent):
# briefs of huge stories would cost more than they tell.
BRIEF_MAX_ARTICLES = 200
# Loaded open stories beyond this many articles are evicted, oldest first.
MAX_LOADED_ARTICLES = 20_000
_TRACKING_PARAMS = re.compile(r"^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$|ref$|cmpid$)")


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no fragment, no tracking parameters, no trailing slash."""
    parts = urlsplit(url.strip())
    query = urlencode(
        sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
               if not _TRACKING_PARAMS.match(k.lower()))
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


def slug(name: str) -> str:
    """Entity key shared across stories: "Wendy Sherman" -> "wendy-sherman"."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^\w]+", "-", folded).strip("-")[:300] or "entity"


def article_key(article: Article) -> str:
    if article.url:
        return canonical_url(article.url)
    return f"{article.source}#{article.id}"


@dataclass
class IngestReport:
    added: int = 0
    unchanged: int = 0
    updated: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    stories: list[str] = field(default_factory=list)  # touched story ids
    articles: list[str] = field(default_factory=list)  # ids added or updated

    def merge(self, other: IngestReport) -> None:
        self.added += other.added
        self.unchanged += other.unchanged
        self.updated += other.updated
        self.skipped.extend(other.skipped)
        self.stories.extend(s for s in other.stories if s not in self.stories)
        self.articles.extend(other.articles)


def _article_from_row(row: ArticleRow) -> Article:
    return Article(
        id=row.id,
        source=row.source,
        text=row.text,
        raw_text=row.raw_text or "",
        title=row.title or "",
        outlet=row.outlet,
        url=row.url,
        language=row.language,
        published=row.published,
        author=row.author,
        removed=[Removed(r.get("text", ""), r.get("reason", ""), r.get("line")) for r in row.removed or []],
        headings=[(int(a), int(b)) for a, b in row.headings or []],
        meta=dict(row.meta or {}),
    )


def _features_from_row(row: Any) -> Features | None:
    """Story features of an article row (or a selected row with its id, vector, names,
    numbers, words and cluster_day columns); None for a row stored without a vector.
    A row stored before words were kept has none here (`_with_words` adds them)."""
    if row.vector is None:
        return None
    features = Features(
        id=row.id,
        vector=unpack_vector(row.vector),
        names=frozenset(row.names or []),
        numbers=frozenset(row.numbers or []),
        published=row.cluster_day,
    )
    if row.words is not None:
        features.words, features.word_tf = unpack_words(row.words)
    return features


def _with_words(session: Session, rows: list[Any], features: dict[str, Features]) -> None:
    """Words for the features of rows stored without them, from their stored text."""
    missing = [r.id for r in rows if r.words is None and r.id in features]
    for i in range(0, len(missing), 500):
        texts = session.execute(
            select(ArticleRow.id, ArticleRow.title, ArticleRow.text).where(ArticleRow.id.in_(missing[i : i + 500]))
        ).all()
        articles = [Article(id=t.id, source="", title=t.title or "", text=t.text or "") for t in texts]
        for article, (words, weights) in zip(articles, article_words(articles), strict=True):
            features[article.id].words, features[article.id].word_tf = words, weights


class HttpCache:
    """ETag/Last-Modified validators kept in the store, for `read.fetch` conditional GETs.

    A mapping url -> {"etag", "last_modified"}. New validators wait in memory and are
    written by `flush()` once the whole ingest has committed: a run killed half-way
    must fetch its pages again, not get "304 Not Modified" for pages it never stored.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.pending: dict[str, dict[str, str | None]] = {}

    def get(self, url: str, default: Any = None) -> dict[str, str | None] | None:
        if url in self.pending:
            return self.pending[url]
        with Session(self.engine) as session:
            row = session.get(FetchCacheRow, url)
            if row is None:
                return default
            return {"etag": row.etag, "last_modified": row.last_modified}

    def __getitem__(self, url: str) -> dict[str, str | None]:
        value = self.get(url)
        if value is None:
            raise KeyError(url)
        return value

    def __contains__(self, url: object) -> bool:
        return isinstance(url, str) and self.get(url) is not None

    def __setitem__(self, url: str, value: dict[str, str | None]) -> None:
        self.pending[url] = {"etag": value.get("etag"), "last_modified": value.get("last_modified")}

    def flush(self) -> None:
        if not self.pending:
            return
        with self.engine.connect() as conn:
            conn.info["write"] = True
            try:
                with Session(bind=conn) as session, session.begin():
                    for url, value in self.pending.items():
                        row = session.get(FetchCacheRow, url)
                        if row is None:
                            row = FetchCacheRow(url=url, fetched_at=_now())
                            session.add(row)
                        row.etag = value.get("etag")
                        row.last_modified = value.get("last_modified")
                        row.fetched_at = _now()
            finally:
                conn.info.pop("write", None)
        self.pending.clear()

    def discard(self) -> None:
        self.pending.clear()


class Store:
    """Articles, stories and their briefs in SQLite (default) or PostgreSQL."""

    def __init__(self, url: str = "sqlite:///synoptic.db", busy_timeout: float | None = None) -> None:
        self.url = normalize_url(url)
        self.engine = make_engine(self.url, **({"busy_timeout": busy_timeout} if busy_timeout else {}))
        try:
            migrate(self.engine)
        except OperationalError as exc:
            raise StoreBusy(_busy_message(self.url, exc)) from exc
        self.http_cache = HttpCache(self.engine)
        self._clusterer: OnlineClusterer | None = None
        self._version: float = -1.0
        self._key_to_story: dict[int, str] = {}
        self._loaded: set[str] = set()
        self._story_members: dict[str, list[str]] = {}

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ ingest
    def ingest(
        self,
        documents: Iterable[Document | Skipped],
        settings: Settings,
        progress: Progress | None = None,
        executor: Executor | None = None,
        batch_size: int = BATCH_SIZE,
        build_briefs: bool = True,
        stop: Callable[[], bool] | None = None,
    ) -> IngestReport:
        """Clean, analyse and cluster documents into stories; refresh touched stories' briefs.

        Documents whose raw content is already stored are recognized before any work.
        `stop()` is asked between batches: when true, the current batch is committed
        and ingestion ends there.
        """
        executor = executor or LocalExecutor()
        tasks = self._document_tasks(documents, batch_size, stop)
        # the documents are read already: workers get no HTTP cache (it holds this store's engine)
        shard_settings = replace(settings, read=replace(settings.read, http_cache=None))
        return self._run(executor.map(prepare_shard, tasks, shard_settings), settings, progress, build_briefs)

    def ingest_sources(
        self,
        sources: list[str],
        settings: Settings,
        progress: Progress | None = None,
        executor: Executor | None = None,
        shard_sources: int = 16,
        build_briefs: bool = True,
        stop: Callable[[], bool] | None = None,
    ) -> IngestReport:
        """Like `ingest`, but reading happens inside the executor too, shard by shard of sources."""
        from synoptic.read import expand_paths

        executor = executor or LocalExecutor()
        expanded = list(expand_paths(sources, settings.read))
        tasks = (
            ShardTask(sources=expanded[i : i + shard_sources])
            for i in range(0, len(expanded), shard_sources)
            if not (stop and stop())
        )
        return self._run(executor.map(prepare_shard, tasks, settings), settings, progress, build_briefs)

    def _document_tasks(
        self, documents: Iterable[Document | Skipped], batch_size: int, stop: Callable[[], bool] | None
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
        """Drop documents whose exact raw content is stored already (a re-run, a re-polled feed)."""
        hashes = {sha256(d.content): d for d in batch if isinstance(d, Document)}
        if not hashes:
            return batch
        with Session(self.engine) as session:
            known: set[str] = set()
            keys = list(hashes)
            for i in range(0, len(keys), 500):
                known.update(
                    session.scalars(select(ArticleRow.raw_hash).where(ArticleRow.raw_hash.in_(keys[i : i + 500])))
                )
        self._pre_unchanged = getattr(self, "_pre_unchanged", 0) + len(known)
        return [d for d in batch if not (isinstance(d, Document) and sha256(d.content) in known)]

    def _run(
        self,
        results: Iterable[ShardResult],
        settings: Settings,
        progress: Progress | None,
        build_briefs: bool,
    ) -> IngestReport:
        report = IngestReport()
        self._pre_unchanged = 0
        done = 0
        try:
            for result in results:
                batch_report = self._commit_batch(result, settings, build_briefs)
                report.merge(batch_report)
                done += len(result.articles) + len(result.skipped)
                if progress is not None:
                    progress("ingest", done, 0)
        except BaseException:
            self.http_cache.discard()  # validators of pages that were never stored
            raise
        report.unchanged += self._pre_unchanged
        self._pre_unchanged = 0
        self.http_cache.flush()
        return report

    # The write transaction of one batch.
    def _commit_batch(self, result: ShardResult, settings: Settings, build_briefs: bool) -> IngestReport:
        report = IngestReport(skipped=list(result.skipped))
        if not result.articles:
            return report
        with self.engine.connect() as conn:
            conn.info["write"] = True
            try:
                with Session(bind=conn, autoflush=False) as session, session.begin():
                    lock_for_write(session, self.engine)
                    self._write_batch(session, result, settings, build_briefs, report)
            except OperationalError as exc:
                if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                    raise StoreBusy(_busy_message(self.url, exc)) from exc
                raise
            except BaseException:
                # whatever happened, our in-memory view may be ahead of the database
                self._version = -1.0
                raise
            finally:
                conn.info.pop("write", None)
        return report

    def _state(self, session: Session, key: str) -> StateRow | None:
        return session.get(StateRow, key)

    def _sync_clusterer(self, session: Session, settings: Settings, encoder_name: str) -> None:
        """(Re)build the in-memory clusterer when another process (or a failure) changed the store."""
        version = self._state(session, "version")
        current = version.number if version else 0.0
        if self._clusterer is None or current != self._version:
            self._clusterer = OnlineClusterer(settings.link)
            self._key_to_story = {}
            self._loaded = set()
            self._story_members = {}
            self._version = current
        enc = self._state(session, "encoder")
        if enc is None:
            session.add(StateRow(key="encoder", value=encoder_name, number=0.0, flag=False))
        elif enc.value != encoder_name:
            raise RuntimeError(
                f"this store's vectors were made with encoder {enc.value!r}, not {encoder_name!r}; "
                "use the same --encoder or a new database"
            )

    def _load_open_stories(self, session: Session, days: list[date], quiet: float) -> None:
        """Bring into memory the stored stories that articles dated `days` could join."""
        assert self._clusterer is not None
        lo = min(days) - timedelta(days=quiet + 1)
        hi = max(days) + timedelta(days=quiet + 1)
        ids = session.scalars(
            select(StoryRow.id).where(
                StoryRow.last_day >= lo, StoryRow.first_day <= hi
            )
        ).all()
        missing = [s for s in ids if s not in self._loaded]
        for i in range(0, len(missing), 500):
            chunk = missing[i : i + 500]
            rows = session.execute(
                select(ArticleRow.id, ArticleRow.story_id, ArticleRow.vector, ArticleRow.names,
                       ArticleRow.numbers, ArticleRow.words, ArticleRow.cluster_day)
                .where(ArticleRow.story_id.in_(chunk))
                .order_by(ArticleRow.ingested_at, ArticleRow.id)
            ).all()
            by_story: dict[str, list[Features]] = {}
            loaded: dict[str, Features] = {}
            for r in rows:
                features = _features_from_row(r)
                if features is not None:
                    by_story.setdefault(r.story_id, []).append(features)
                    loaded[r.id] = features
            _with_words(session, rows, loaded)
            for sid in chunk:
                members = by_story.get(sid)
                self._loaded.add(sid)
                if not members:
                    continue
                key = self._clusterer.load_story(members)
                self._key_to_story[key] = sid
                self._story_members[sid] = [f.id for f in members]
        self._evict(lo)

    def _evict(self, before: date) -> None:
        """Forget stories that ended before `before` once memory holds too many articles."""
        assert self._clusterer is not None
        if len(self._clusterer.features) <= MAX_LOADED_ARTICLES:
            return
        old = sorted(
            (s.last or date.min, k) for k, s in self._clusterer.stories.items()
            if s.last is not None and s.last < before
        )
        for _, key in old:
            if len(self._clusterer.features) <= MAX_LOADED_ARTICLES // 2:
                break
            sid = self._key_to_story.pop(key, None)
            self._clusterer.evict(key)
            if sid:
                self._loaded.discard(sid)
                self._story_members.pop(sid, None)

    def _write_batch(
        self,
        session: Session,
        result: ShardResult,
        settings: Settings,
        build_briefs: bool,
        report: IngestReport,
    ) -> None:
        now = _now()
        today = now.date()
        self._sync_clusterer(session, settings, result.encoder)
        clusterer = self._clusterer
        assert clusterer is not None

        # 1. which articles are new, revised or already stored
        new_rows: list[tuple[Article, ArticleRow]] = []
        revised: list[tuple[Article, ArticleRow]] = []
        keys = {a.id: article_key(a) for a in result.articles}
        existing = {
            r.key: r
            for r in session.scalars(select(ArticleRow).where(ArticleRow.key.in_(set(keys.values()))))
        }
        hashes = set(result.content_hashes.values())
        known_hashes = set(
            session.scalars(
                select(ArticleRow.content_hash).where(
                    ArticleRow.content_hash.in_(hashes), ArticleRow.url.is_(None)
                )
            )
        )
        # ids already stored, in one query: a new article whose id is taken gets a suffix
        taken_ids = _existing(session, ArticleRow.id, [a.id for a in result.articles])
        seen_keys: set[str] = set()
        for article in result.articles:
            key = keys[article.id]
            chash = result.content_hashes[article.id]
            row = existing.get(key)
            if key in seen_keys:
                report.unchanged += 1
                continue
            seen_keys.add(key)
            if row is not None:
                if row.content_hash == chash:
                    report.unchanged += 1
                else:
                    revised.append((article, row))
                continue
            if not article.url and chash in known_hashes:
                report.unchanged += 1  # the same text again from another path
                continue
            if not article.url:
                known_hashes.add(chash)
            new_rows.append((article, self._new_row(session, article, key, result, now, today, taken_ids)))

        # 2. place them in stories
        index = {a.id: i for i, a in enumerate(result.articles)}
        batch_days = [row.cluster_day for _, row in new_rows] + [row.cluster_day for _, row in revised]
        if batch_days:
            self._load_open_stories(session, batch_days, settings.link.story_quiet_days)
        before = {aid: self._key_to_story.get(k) for aid, k in clusterer.story_of.items()}
        for article, row in new_rows:
            clusterer.add(self._features(article, row, result, index))
        touched_ids: set[str] = set()
        for article, row in revised:
            self._revise(session, article, row, result, index, now)
            feats = self._features(article, row, result, index)
            if row.story_id and row.story_id in self._loaded:
                clusterer.replace(feats)
            elif row.story_id is None:
                clusterer.add(feats)
            if row.story_id:
                touched_ids.add(row.story_id)
            report.updated += 1
            report.articles.append(row.id)
        clusterer.repair()

        # 3. stories: ids for new clusters, membership changes written back
        live_keys = {k for k, s in clusterer.stories.items() if s.members}
        for key in sorted(live_keys):
            if key not in self._key_to_story:
                self._key_to_story[key] = self._new_story_id(session, clusterer.stories[key].members[0])
        for key in [k for k in self._key_to_story if k not in live_keys]:
            sid = self._key_to_story.pop(key)
            touched_ids.add(sid)
        after = {aid: self._key_to_story[k] for aid, k in clusterer.story_of.items()}
        moved = {aid: sid for aid, sid in after.items() if aid in before and before[aid] != sid}
        for aid, sid in moved.items():  # an old article moved by a merge or split
            touched_ids.add(sid)
            if before[aid]:
                touched_ids.add(before[aid])
        touched_ids |= {after[a.id] for a, _ in new_rows if a.id in after}
        live_ids = set(after.values())
        # story rows first: articles point at them
        wanted = sorted(touched_ids & live_ids)
        stored = _existing(session, StoryRow.id, wanted)
        for sid in wanted:
            if sid not in stored:
                session.add(StoryRow(id=sid, title="", created_at=now, updated_at=now, outlets=[]))
        session.flush()
        for article, row in new_rows:
            row.story_id = after.get(article.id)
            session.add(row)
            report.added += 1
            report.articles.append(row.id)
        session.flush()
        if moved:  # one executemany by primary key, not a statement per article
            session.execute(update(ArticleRow), [{"id": aid, "story_id": sid} for aid, sid in moved.items()])
        members_by_story: dict[str, list[str]] = {}
        for aid, sid in after.items():
            members_by_story.setdefault(sid, []).append(aid)
        self._story_members = members_by_story
        self._loaded |= set(members_by_story)

        # 4. refresh every touched story: counts, days, brief
        report.stories = self._refresh_stories(session, sorted(touched_ids), settings, build_briefs, now)

        version = self._state(session, "version")
        if version is None:
            version = StateRow(key="version", value="", number=0.0, flag=False)
            session.add(version)
        version.number = (version.number or 0.0) + 1
        self._version = version.number

    def _new_row(
        self, session: Session, article: Article, key: str, result: ShardResult, now: datetime, today: date,
        taken: set[str],
    ) -> ArticleRow:
        """The row of a new article; `taken` holds the ids in use (stored or earlier in this batch)."""
        aid = article.id
        if aid in taken:
            aid = f"{article.id}-{result.content_hashes[article.id][:8]}"
            n = 2
            while aid in taken or session.get(ArticleRow, aid) is not None:
                aid = f"{article.id}-{result.content_hashes[article.id][:8]}-{n}"
                n += 1
        taken.add(aid)
        analysis = result.analyses.get(article.id)
        if analysis is not None and aid != article.id:
            analysis = _renamed_analysis(analysis, aid)
        row = ArticleRow(
            id=aid,
            key=key,
            source=article.source,
            url=article.url,
            outlet=article.outlet,
            title=article.title or "",
            language=article.language,
            published=article.published,
            author=article.author,
            text=article.text,
            raw_text=article.raw_text or "",
            removed=[{"text": r.text, "reason": r.reason, "line": r.line} for r in article.removed],
            headings=[[a, b] for a, b in article.headings],
            meta=dict(article.meta),
            raw_hash=result.raw_hashes[article.id],
            content_hash=result.content_hashes[article.id],
            revision=1,
            cluster_day=article.published or today,
            names=result.names.get(article.id, []),
            numbers=result.numbers.get(article.id, []),
            words=result.words.get(article.id),
            analysis=pickle.dumps(analysis, protocol=5) if analysis is not None else None,
            ingested_at=now,
            updated_at=now,
        )
        if aid != article.id:
            article.id = aid
        return row

    def _features(self, article: Article, row: ArticleRow, result: ShardResult, index: dict[str, int]) -> Features:
        # `index` is by the id the shard gave; the row may have been renamed to stay unique
        i = index.get(article.id)
        if i is None:
            i = next(j for j, a in enumerate(result.articles) if a is article)
        vector = np.asarray(result.vectors[i], dtype=np.float32)
        row.vector = pack_vector(vector)
        features = Features(row.id, vector, frozenset(row.names or []), frozenset(row.numbers or []), row.cluster_day)
        # the weights as stored (float16), so the clusterer sees what a reload will see
        features.words, features.word_tf = unpack_words(row.words)
        return features

    def _revise(
        self, session: Session, article: Article, row: ArticleRow, result: ShardResult,
        index: dict[str, int], now: datetime,
    ) -> None:
        session.add(RevisionRow(
            article_id=row.id, revision=row.revision, title=row.title, text=row.text,
            raw_text=row.raw_text, content_hash=row.content_hash, replaced_at=now,
        ))
        analysis = result.analyses.get(article.id)
        if analysis is not None and article.id != row.id:
            analysis = _renamed_analysis(analysis, row.id)
        row.title = article.title or ""
        row.text = article.text
        row.raw_text = article.raw_text or ""
        row.removed = [{"text": r.text, "reason": r.reason, "line": r.line} for r in article.removed]
        row.headings = [[a, b] for a, b in article.headings]
        row.published = article.published or row.published
        row.outlet = article.outlet or row.outlet
        row.language = article.language
        row.raw_hash = result.raw_hashes[article.id]
        row.content_hash = result.content_hashes[article.id]
        row.revision = (row.revision or 1) + 1
        row.names = result.names.get(article.id, [])
        row.numbers = result.numbers.get(article.id, [])
        row.words = result.words.get(article.id)
        row.analysis = pickle.dumps(analysis, protocol=5) if analysis is not None else None
        row.updated_at = now
        article.id = row.id

    def _new_story_id(self, session: Session, first_article: str) -> str:
        base = "st-" + sha1(first_article.encode("utf-8")).hexdigest()[:10]
        sid, n = base, 2
        taken = set(self._key_to_story.values())
        while sid in taken or session.get(StoryRow, sid) is not None:
            sid = f"{base}-{n}"
            n += 1
        return sid

    def _refresh_stories(
        self, session: Session, story_ids: list[str], settings: Settings, build_briefs: bool, now: datetime
    ) -> list[str]:
        """Counts, days, outlets and brief of many stories, with a few queries for all of them.

        Stories left without articles are deleted. Returns the ids still stored.
        """
        kept: list[str] = []
        for i in range(0, len(story_ids), 500):
            chunk = story_ids[i : i + 500]
            stories = {s.id: s for s in session.scalars(select(StoryRow).where(StoryRow.id.in_(chunk)))}
            # only the columns a summary needs: full rows carry text and vectors
            members: dict[str, list[Any]] = {}
            for r in session.execute(
                select(ArticleRow.story_id, ArticleRow.id, ArticleRow.title, ArticleRow.outlet, ArticleRow.cluster_day)
                .where(ArticleRow.story_id.in_(list(stories)))
                .order_by(ArticleRow.story_id, ArticleRow.cluster_day, ArticleRow.ingested_at, ArticleRow.id)
            ):
                members.setdefault(r.story_id, []).append(r)
            empty = [sid for sid in stories if sid not in members]
            if empty:
                session.execute(delete(StoryRow).where(StoryRow.id.in_(empty)))
                self._loaded.difference_update(empty)
            live = [sid for sid in chunk if sid in members]
            if not live:
                continue
            # the denormalized brief parts are rebuilt (or dropped, without briefs)
            session.execute(delete(OriginRow).where(OriginRow.story_id.in_(live)))
            session.execute(delete(FactRow).where(FactRow.story_id.in_(live)))
            session.execute(delete(EntityRow).where(EntityRow.story_id.in_(live)))
            for sid in live:
                story, rows = stories[sid], members[sid]
                _summarize(story, rows, now)
                if build_briefs:
                    self._build_story_brief(session, story, settings)
                else:
                    story.title = story.title or (rows[0].title or rows[0].id)
                    story.brief = None
            kept.extend(live)
        return sorted(kept)

    def _refresh_story(
        self, session: Session, story: StoryRow, settings: Settings, build_briefs: bool, now: datetime
    ) -> None:
        rows = session.execute(
            select(ArticleRow.id, ArticleRow.title, ArticleRow.outlet, ArticleRow.cluster_day)
            .where(ArticleRow.story_id == story.id)
            .order_by(ArticleRow.cluster_day, ArticleRow.ingested_at, ArticleRow.id)
        ).all()
        _summarize(story, rows, now)
        session.execute(delete(OriginRow).where(OriginRow.story_id == story.id))
        session.execute(delete(FactRow).where(FactRow.story_id == story.id))
        session.execute(delete(EntityRow).where(EntityRow.story_id == story.id))
        if not build_briefs:
            story.title = story.title or (rows[0].title or rows[0].id)
            story.brief = None
            return
        self._build_story_brief(session, story, settings)

    def _build_story_brief(self, session: Session, story: StoryRow, settings: Settings) -> None:
        """Build and store one story's brief and its denormalized origins, facts and entities."""
        rows = session.scalars(
            select(ArticleRow).where(ArticleRow.story_id == story.id)
            .order_by(ArticleRow.cluster_day, ArticleRow.ingested_at, ArticleRow.id)
        ).all()
        chosen = rows[-BRIEF_MAX_ARTICLES:]
        articles = [_article_from_row(r) for r in chosen]
        analyses = {}
        for row, article in zip(chosen, articles, strict=True):
            analysis, fresh = _analysis(row, article, settings)
            if fresh:  # keep it: the next refresh of this story reuses it
                row.analysis = pickle.dumps(analysis, protocol=5)
            analyses[row.id] = analysis
        try:
            data = build_brief(story.id, articles, analyses, settings)
        except Exception as exc:  # one story's failure must not lose the batch
            story.brief_error = f"{type(exc).__name__}: {exc}".splitlines()[0][:500]
            story.title = story.title or (rows[0].title or rows[0].id)
            story.brief = None
            return
        story.brief_error = None
        story.brief = data
        sd = data["stories"][0]
        story.title = sd.get("title") or rows[0].title or story.id
        story.independent_sources = int(sd.get("independent_sources") or 0)
        story.conflicts = sum(1 for c in sd.get("conflicts", []) if is_dispute(c))
        for o in sd.get("origins", []):
            session.add(OriginRow(story_id=story.id, origin_id=o["id"], relation=o["relation"],
                                  articles=o["articles"]))
        for f in sd.get("facts", []):
            session.add(FactRow(story_id=story.id, fact_id=f["id"], text=f["text"], status=f["status"],
                                independent_sources=f.get("independent_sources", 1), articles=f["articles"]))
        for e in sd.get("entities", []):
            session.add(EntityRow(story_id=story.id, key=slug(e["name"]), entity_id=e["id"], name=e["name"],
                                  type=e.get("type", "OTHER"), aliases=e.get("aliases", []),
                                  mentions=len(e.get("articles", []))))

    def refresh(self, story_id: str, settings: Settings | None = None) -> dict | None:
        """Rebuild one story's brief (e.g. after an upgrade); returns it, None when it fails."""
        settings = settings or Settings()
        with self.engine.connect() as conn:
            conn.info["write"] = True
            try:
                with Session(bind=conn, autoflush=False) as session, session.begin():
                    lock_for_write(session, self.engine)
                    story = session.get(StoryRow, story_id)
                    if story is None:
                        return None
                    self._refresh_story(session, story, settings, True, _now())
                    return story.brief
            finally:
                conn.info.pop("write", None)

    def story_error(self, story_id: str) -> str | None:
        with Session(self.engine) as session:
            story = session.get(StoryRow, story_id)
            return story.brief_error if story is not None else None

    # ------------------------------------------------------------------ queries
    def _story_filter(self, stmt, since: date | None, query: str | None, entity: str | None, outlet: str | None):
        if since is not None:
            stmt = stmt.where(StoryRow.updated_at >= datetime.combine(since, datetime.min.time()))
        if query:
            like = f"%{query.lower()}%"
            in_articles = select(ArticleRow.story_id).where(func.lower(ArticleRow.title).like(like))
            in_entities = select(EntityRow.story_id).where(func.lower(EntityRow.name).like(like))
            stmt = stmt.where(or_(func.lower(StoryRow.title).like(like), StoryRow.id.in_(in_articles),
                                  StoryRow.id.in_(in_entities)))
        if entity:
            stmt = stmt.where(StoryRow.id.in_(select(EntityRow.story_id).where(EntityRow.key == entity)))
        if outlet:
            stmt = stmt.where(StoryRow.id.in_(select(ArticleRow.story_id).where(ArticleRow.outlet == outlet)))
        return stmt

    def list_stories(
        self,
        since: date | None = None,
        query: str | None = None,
        entity: str | None = None,
        outlet: str | None = None,
        limit: int | None = 50,
        offset: int = 0,
    ) -> list[dict]:
        """Stories, newest update first; `limit=None` lists them all."""
        with Session(self.engine) as session:
            # a listing never needs the stored brief JSON (~100 KB a story)
            stmt = self._story_filter(
                select(StoryRow).options(defer(StoryRow.brief)), since, query, entity, outlet
            )
            stmt = stmt.order_by(StoryRow.updated_at.desc(), StoryRow.last_day.desc(), StoryRow.id)
            if limit is not None:
                stmt = stmt.limit(limit)
            stories = session.scalars(stmt.offset(offset)).all()
            members = self._members(session, [s.id for s in stories])
            return [_story_summary(s, members.get(s.id, [])) for s in stories]

    def count_stories(
        self,
        since: date | None = None,
        query: str | None = None,
        entity: str | None = None,
        outlet: str | None = None,
    ) -> int:
        with Session(self.engine) as session:
            stmt = self._story_filter(select(func.count()).select_from(StoryRow), since, query, entity, outlet)
            return int(session.scalar(stmt) or 0)

    def _members(self, session: Session, story_ids: list[str]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for i in range(0, len(story_ids), 500):
            rows = session.execute(
                select(ArticleRow.story_id, ArticleRow.id)
                .where(ArticleRow.story_id.in_(story_ids[i : i + 500]))
                .order_by(ArticleRow.cluster_day, ArticleRow.ingested_at, ArticleRow.id)
            ).all()
            for sid, aid in rows:
                out.setdefault(sid, []).append(aid)
        return out

    def story_brief(self, story_id: str) -> dict | None:
        with Session(self.engine) as session:
            story = session.get(StoryRow, story_id)
            if story is None:
                return None
            return story.brief

    def article(self, article_id: str) -> dict | None:
        with Session(self.engine) as session:
            row = session.get(ArticleRow, article_id)
            if row is None:
                return None
            return {
                "id": row.id,
                "source": row.source,
                "outlet": row.outlet,
                "title": row.title,
                "language": row.language,
                "published": row.published.isoformat() if row.published else None,
                "text": row.text,
                "removed": [{"text": r.get("text"), "reason": r.get("reason")} for r in row.removed or []],
                "url": row.url,
                "raw_text": row.raw_text,
                "headings": [list(h) for h in row.headings or []],
                "story": row.story_id,
                "author": row.author,
                "revision": row.revision,
            }

    def revisions(self, article_id: str) -> list[dict]:
        with Session(self.engine) as session:
            rows = session.scalars(
                select(RevisionRow).where(RevisionRow.article_id == article_id).order_by(RevisionRow.revision)
            ).all()
            return [{"revision": r.revision, "title": r.title, "text": r.text,
                     "replaced_at": r.replaced_at.isoformat()} for r in rows]

    def entity(self, entity_key: str) -> dict | None:
        with Session(self.engine) as session:
            rows = session.scalars(
                select(EntityRow).where(EntityRow.key == entity_key).order_by(EntityRow.story_id)
            ).all()
            if not rows:
                return None
            best = max(rows, key=lambda r: r.mentions)
            aliases = sorted({a for r in rows for a in (r.aliases or [])} - {best.name})
            stories = []
            for r in rows:
                story = session.get(StoryRow, r.story_id)
                if story is None:
                    continue
                sd = (story.brief or {}).get("stories", [{}])[0] if story.brief else {}
                ent = next((e for e in sd.get("entities", []) if e.get("id") == r.entity_id), None)
                quotes = [q for q in sd.get("quotes", []) if q.get("speaker") == r.entity_id]
                stories.append({"id": story.id, "title": story.title, "entity": ent, "quotes": quotes})
            return {"key": entity_key, "name": best.name, "type": best.type, "aliases": aliases,
                    "stories": stories}

    def search(self, query: str, limit: int = 20, offset: int = 0) -> dict:
        like = f"%{query.lower()}%"
        with Session(self.engine) as session:
            stories = self.list_stories(query=query, limit=limit, offset=offset)
            if not stories and offset == 0:
                # no story names it: the stories of the articles whose text does
                ids = session.scalars(
                    select(ArticleRow.story_id).where(func.lower(ArticleRow.text).like(like),
                                                      ArticleRow.story_id.is_not(None)).distinct().limit(limit)
                ).all()
                rows = session.scalars(select(StoryRow).where(StoryRow.id.in_(ids))
                                       .order_by(StoryRow.updated_at.desc(), StoryRow.id)).all()
                members = self._members(session, [r.id for r in rows])
                stories = [_story_summary(r, members.get(r.id, [])) for r in rows]
            arts = session.execute(
                select(ArticleRow.id, ArticleRow.title, ArticleRow.outlet, ArticleRow.story_id)
                .where(or_(func.lower(ArticleRow.title).like(like), func.lower(ArticleRow.text).like(like)))
                .order_by(ArticleRow.cluster_day.desc(), ArticleRow.id)
                .limit(limit).offset(offset)
            ).all()
            ents = session.execute(
                select(EntityRow.key, func.min(EntityRow.name))
                .where(func.lower(EntityRow.name).like(like))
                .group_by(EntityRow.key).order_by(EntityRow.key).limit(limit).offset(offset)
            ).all()
            return {
                "stories": stories,
                "articles": [{"id": a, "title": t, "outlet": o, "story": s} for a, t, o, s in arts],
                "entities": [{"key": k, "name": n} for k, n in ents],
            }

    def article_count(self) -> int:
        with Session(self.engine) as session:
            return int(session.scalar(select(func.count()).select_from(ArticleRow)) or 0)

    def unassigned_articles(self) -> list[str]:
        with Session(self.engine) as session:
            return list(session.scalars(select(ArticleRow.id).where(ArticleRow.story_id.is_(None))))


def _existing(session: Session, column: Any, values: Iterable[str]) -> set[str]:
    """Which of `values` are stored in `column` (one IN query per 500)."""
    values = list(dict.fromkeys(values))
    found: set[str] = set()
    for i in range(0, len(values), 500):
        found.update(session.scalars(select(column).where(column.in_(values[i : i + 500]))))
    return found


def _summarize(story: StoryRow, rows: list[Any], now: datetime) -> None:
    """A story's counts, days and outlets from its member rows (id, outlet, cluster_day)."""
    story.article_count = len(rows)
    story.first_day = min(r.cluster_day for r in rows)
    story.last_day = max(r.cluster_day for r in rows)
    story.outlets = sorted({r.outlet for r in rows if r.outlet})
    story.updated_at = now


def _story_summary(story: StoryRow, members: list[str]) -> dict:
    return {
        "id": story.id,
        "title": story.title,
        "articles": members,
        "article_count": len(members),
        "independent_sources": story.independent_sources,
        "conflicts": story.conflicts,
        "updated": story.updated_at.isoformat(),
        "outlets": list(story.outlets or []),
        "first_day": story.first_day.isoformat() if story.first_day else None,
        "last_day": story.last_day.isoformat() if story.last_day else None,
    }


def _renamed_analysis(analysis: ArticleAnalysis, new_id: str) -> ArticleAnalysis:
    """The analysis of an article whose id had to change to stay unique in the store."""
    data = pickle.loads(pickle.dumps(analysis, protocol=5))

    def fix(obj: Any, seen: set[int]) -> None:
        if id(obj) in seen or obj is None or isinstance(obj, str | int | float | bool):
            return
        seen.add(id(obj))
        if isinstance(obj, list | tuple):
            for x in obj:
                fix(x, seen)
            return
        if hasattr(obj, "__dataclass_fields__"):
            if hasattr(obj, "article") and isinstance(obj.article, str):
                obj.article = new_id
            for name in obj.__dataclass_fields__:
                if name == "articles" and isinstance(getattr(obj, name), list):
                    setattr(obj, name, [new_id for _ in getattr(obj, name)])
                else:
                    fix(getattr(obj, name), seen)

    fix(data, set())
    return data


def _analysis(row: ArticleRow, article: Article, settings: Settings) -> tuple[ArticleAnalysis, bool]:
    """The article's analysis from the row's cache, else computed now (then `fresh` is True)."""
    if row.analysis:
        try:
            value = pickle.loads(row.analysis)
            if isinstance(value, ArticleAnalysis) and value.article == row.id:
                return value, False
        except Exception:  # an analysis cached by an older version: recompute
            pass
    from synoptic import text

    return text.analyze(article, settings.text), True


def build_brief(story_id: str, articles: list[Article], analyses: dict[str, ArticleAnalysis],
                settings: Settings) -> dict:
    """The synoptic.brief/1 JSON of one story, exactly as `brief` would print it."""
    from synoptic import pipeline, vectors
    from synoptic.render.json import to_dict

    encoder = vectors.get_encoder(settings.vectors)
    story = pipeline.build_story(story_id, articles, analyses, encoder, settings)
    data = to_dict(Brief(articles=articles, stories=[story], skipped=[]))
    # round-trip so what we store is plain JSON (no tuples, no dates)
    return json.loads(json.dumps(data, ensure_ascii=False))


def _busy_message(url: str, exc: Exception) -> str:
    return (
        f"the database {url} is busy: another process has held its write lock too long "
        f"({str(exc).splitlines()[0]}); try again when it has finished"
    )
