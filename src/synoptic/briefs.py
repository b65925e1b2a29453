"""Stories' briefs, built when they are wanted and cached until the story changes.

Ingest stores articles, what grouping needs of each and the stories' membership, and
drops the brief of every story a batch touches. By default (`settings.store.briefs =
"lazy"`) it builds none: a story's brief is built by `current_brief` the first time a face
asks for it (the story page, the API, `synoptic show`), by a view that reads what briefs
hold (`brief_mentions` before an entity's page or a search by name, `brief_outlet` before
an outlet's profile: the pending stories it concerns, within a budget, the rest reported
pending), or by `build_pending` once the story is quiet (`synoptic briefs`, `watch` after
a poll, `serve` in the background). With "end" the run builds each touched story's brief
once, after its last batch. It is
built outside any write lock from the story's stored articles (their analyses are cached
in their rows) and saved only if the story's revision (its members and their texts,
`store.briefs.story_revision`) is still the one it was built from: a reader never gets
the brief of older members. `settings.store.briefs = "now"` (`synoptic ingest --briefs
now`) builds them in each batch as before.
"""

from __future__ import annotations

import logging
import pickle
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from synoptic.model import Conflict
from synoptic.settings import Settings
from synoptic.store import briefs as stored
from synoptic.store import outlet_writes, writes
from synoptic.store.db import now as store_now
from synoptic.store.models import ArticleRow, StoryRow
from synoptic.store.queries import MEMBER_ORDER, article_from_row, title_and_text
from synoptic.util.budget import TooSlow, time_budget
from synoptic.vectors import for_store, get_encoder

log = logging.getLogger(__name__)

# The stages a brief runs (text, compare, write: `pipeline.build_brief`) are imported where
# first used: `synoptic show` starts the encoder's helper process once it has read the
# settings the store asks for (`brief_settings`, from this module), and imports them while
# that process loads the model (#23).

_TRIES = 3  # builds of one view when ingest keeps changing the story meanwhile


def use_settings(store: Any, settings: Settings) -> None:
    """The settings the briefs a face builds over `store` take when it names none (the web
    app's: `create_app`), e.g. its `brief_seconds` and `view_brief_seconds`."""
    store.brief_defaults = settings


def brief_settings(store: Any, settings: Settings | None) -> Settings:
    """`settings` (else the face's, `use_settings`, else the defaults) with the encoder the
    store's vectors were made with (an ingest's `--encoder`), so a brief built later is the
    one the ingest would have built."""
    settings = settings or getattr(store, "brief_defaults", None) or Settings(quiet=True)
    chosen = for_store(settings.vectors, stored.encoder_name(store.engine))
    return settings if chosen is settings.vectors else replace(settings, vectors=chosen)


def current_brief(store: Any, story_id: str, settings: Settings | None = None) -> dict | None:
    """The story's brief at its current revision: the stored one, else built now and stored.
    None when there is no such story, or its brief fails (`store.story_error` says why)."""
    data = store.story_brief(story_id)
    if data is not None or not hasattr(store, "engine"):
        return data
    brief, error, exists = stored.brief_state(store.engine, story_id)
    if not exists or error is not None:
        return None
    return build_now(store, story_id, brief_settings(store, settings))


def build_now(store: Any, story_id: str, settings: Settings) -> dict | None:
    """Build the story's brief from its stored articles and save it if the story did not
    change meanwhile (else build again: at most `_TRIES` times, then None)."""
    for _ in range(_TRIES):
        with Session(store.engine) as session:
            revision = stored.story_revision(session, story_id)
            if revision is None:
                return None
            rows = writes.brief_articles(session, story_id, settings.store.brief_max_articles)
            session.expunge_all()
        data, error, analyses = make_brief(story_id, rows, settings)
        with store.write() as session:
            story = session.get(StoryRow, story_id)
            if story is None:
                return None
            if stored.story_revision(session, story_id) != revision:
                continue  # a batch changed the story while it was built: build the current one
            stored.save_analyses(session, analyses)
            if story.brief is not None:  # another view saved this revision's brief first
                return _with_thread(story.brief, story.thread_id)
            stored.clear_brief_rows(session, story_id)
            members = _members(session, story_id)
            save(session, story, members, data, error, settings)
            refresh_outlets(session)
            return _with_thread(data, story.thread_id) if data is not None else None
    return None


def _with_thread(data: dict, thread_id: str | None) -> dict:
    """A copy of the brief as `store.story_brief` gives it: threads change without rebuilding."""
    return {**data, "stories": [{**sd, "thread": thread_id} for sd in data.get("stories", [])]}


def _members(session: Session, story_id: str) -> list[Any]:
    return list(session.execute(
        select(ArticleRow.id, ArticleRow.title).where(ArticleRow.story_id == story_id).order_by(*MEMBER_ORDER)
    ).all())


def make_brief(story_id: str, rows: list[ArticleRow], settings: Settings
               ) -> tuple[dict | None, str | None, dict[str, tuple[str, bytes]]]:
    """The brief of a story from its article rows (oldest first), or the one-line reason it
    failed; with the analyses made now (id -> (content hash, pickled)) for the rows to keep.

    One pathological story holds neither a batch nor a web server's worker thread: each
    article's analysis has the per-record budget (`CleanSettings.record_seconds`: an article
    too slow in text is left out of the brief), and the whole brief `StoreSettings.brief_seconds`."""
    from synoptic.pipeline import announce_sentences, build_brief

    articles = [article_from_row(r) for r in rows]
    # with a helper process (`synoptic show`), what the story will encode is sent to it as
    # each article is analysed, so it encodes while this process analyses the next (#23)
    encoder = get_encoder(settings.vectors)
    helped = len(rows) > 1 and getattr(encoder, "has_helper", False)
    analysed = partial(announce_sentences, encoder, settings=settings) if helped else None
    limit = settings.store.brief_seconds
    end = time.monotonic() + limit if limit and limit > 0 else None
    made: dict[str, tuple[str, bytes]] = {}
    try:
        analyses = _story_analyses(rows, articles, settings, end, made, analysed)
        if not analyses:
            raise TooSlow("text")
        left = end - time.monotonic() if end is not None else None
        if left is not None and left <= 0:
            raise TooSlow("brief")
        with time_budget(left, "brief"):
            kept = [a for a in articles if a.id in analyses]
            return build_brief(story_id, kept, analyses, settings), None, made
    except TooSlow as exc:
        over = settings.clean.record_seconds if exc.stage == "text" else limit
        return None, f"{exc} (over {over:g} s)", made
    except Exception as exc:  # one story's failure must not fail the page or the batch
        return None, f"{type(exc).__name__}: {exc}".splitlines()[0][:500], made


def _story_analyses(rows: list[ArticleRow], articles: list[Any], settings: Settings, end: float | None,
                    made: dict[str, tuple[str, bytes]],
                    analysed: Callable[[Any, Any], None] | None = None) -> dict[str, Any]:
    """The stored analysis of each article, else one made now (kept in `made`) within the
    per-record budget and what is left of the story's (`end`): an article too slow in text
    is left out; raises TooSlow("brief") once the story's budget is spent. `analysed(article,
    analysis)` is told of each as it is had."""
    from synoptic import text

    analyses: dict[str, Any] = {}
    for row, article in zip(rows, articles, strict=True):
        analysis = writes.cached_analysis(row)
        if analysis is None:
            left = end - time.monotonic() if end is not None else None
            if left is not None and left <= 0:
                raise TooSlow("brief")
            budget = [b for b in (settings.clean.record_seconds, left) if b and b > 0]
            seconds = min(budget) if budget else None
            try:
                with time_budget(seconds, "text"):
                    analysis = text.analyze(article, settings.text)
            except TooSlow:
                if left is not None and seconds is not None and seconds >= left:
                    raise TooSlow("brief") from None
                continue  # this article is too slow in text: the brief goes on without it
            made[row.id] = (row.content_hash, pickle.dumps(analysis, protocol=5))
        analyses[row.id] = analysis
        if analysed is not None:
            analysed(article, analysis)
    return analyses


def save(session: Session, story: StoryRow, members: list[Any], data: dict | None, error: str | None,
         settings: Settings) -> None:
    """Store a story's brief (or why it failed) with its denormalized parts."""
    from synoptic.compare.outlet_profiles import story_outlet_rows

    if data is None:
        writes.save_brief_error(story, error or "failed", story.title or member_title(session, members, settings))
        return
    disputes = sum(1 for c in data["stories"][0].get("conflicts", []) if Conflict.dict_is_dispute(c))
    title = data["stories"][0].get("title") or story.title or member_title(session, members, settings)
    writes.save_brief(session, story, data, disputes, title)
    # what each outlet did in this story, summed into outlet profiles at read time
    outlet_writes.save_outlet_rows(session, story.id, story_outlet_rows(data))


def build_pending(store: Any, settings: Settings | None = None, quiet_seconds: float = 0.0,
                  limit: int | None = None, stop: Callable[[], bool] | None = None,
                  progress: Callable[[str, int, int], None] | None = None) -> int:
    """Build the briefs still to build (of stories quiet for `quiet_seconds`), oldest change
    first; returns how many were built. `stop()` is asked between stories."""
    settings = brief_settings(store, settings)
    since = store_now() - timedelta(seconds=quiet_seconds) if quiet_seconds > 0 else None
    todo = stored.pending_story_ids(store.engine, since, limit)
    built = 0
    for n, story_id in enumerate(todo, start=1):
        if stop is not None and stop():
            break
        if build_now(store, story_id, settings) is not None:
            built += 1
        if progress is not None:
            progress("briefs", n, len(todo))
    return built


def build_within(store: Any, story_ids: list[str], settings: Settings, seconds: float) -> list[str]:
    """Build these stories' pending briefs, in this order, starting none after `seconds`
    (a story started is finished: `build_now`); returns the ids built."""
    end = time.monotonic() + max(0.0, seconds)
    built = []
    for story_id in story_ids:
        if time.monotonic() >= end:
            break
        if build_now(store, story_id, settings) is not None:
            built.append(story_id)
    return built


def _pending_after(store: Any, find: Callable[[], tuple[list[str], int]], settings: Settings | None) -> int:
    """Build what `find` gives (pending story ids, how many in all) for the view's budget
    (`StoreSettings.view_brief_seconds`), asking again once a round is built (a built brief
    may name the entity by another name: its stories are found next); how many stay pending."""
    if not hasattr(store, "engine"):
        return 0
    start = time.monotonic()
    ids, total = find()
    if not ids:  # the common case: nothing to build, no settings to resolve (a query, a file lookup)
        return total
    settings = brief_settings(store, settings)
    end = start + settings.store.view_brief_seconds
    while True:
        if time.monotonic() >= end:
            return total
        if not build_within(store, ids, settings, end - time.monotonic()):
            return find()[1]  # nothing more could be built (each failed: no longer pending)
        ids, total = find()
        if not ids:
            return total


def brief_mentions(store: Any, query: str, settings: Settings | None = None, key: str | None = None) -> int:
    """Before a view that reads entities from built briefs (a search expanding names, an
    entity filter, an entity's page for `key`): the pending briefs of the stories whose
    articles mention `query` (or the entity's other known names), newest first, within the
    view's budget. Returns how many such stories are still pending: the view says so."""
    return _pending_after(store, lambda: stored.pending_mentioning(store.engine, query, key), settings)


def brief_outlet(store: Any, outlet: str, settings: Settings | None = None) -> int:
    """Before an outlet's profile (summed from built briefs): the pending briefs of its
    stories, newest first, within the view's budget; how many are still pending."""
    return _pending_after(store, lambda: stored.pending_of_outlet(store.engine, outlet), settings)


def pending_count(store: Any) -> int:
    """How many stories of the store have their brief still to build."""
    return stored.pending_count(store.engine) if hasattr(store, "engine") else 0


def brief_newest(store: Any, settings: Settings | None = None) -> int:
    """Before a view summed over every built brief (the outlets' listing): the newest
    pending briefs within the view's budget; how many stories are still pending."""
    return _pending_after(store, lambda: stored.newest_pending(store.engine), settings)


class QuietBuilder:
    """A background thread that builds the briefs of quiet stories (`synoptic serve`):
    a reader then finds most briefs built; a story still pending is built on its first view."""

    def __init__(self, store: Any, settings: Settings) -> None:
        self.store, self.settings, self.every = store, settings, settings.store.brief_check_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="synoptic-briefs", daemon=True)

    def start(self) -> QuietBuilder:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            try:
                build_pending(self.store, self.settings, self.settings.store.brief_quiet_seconds,
                              stop=self._stop.is_set)
            except Exception:  # the store busy, closed...: try again at the next round
                log.warning("building quiet stories' briefs failed", exc_info=True)
                time.sleep(self.every)


def refresh_outlets(session: Session) -> None:
    """The totals of every outlet whose profile rows this transaction changed."""
    from synoptic.compare.outlet_profiles import totals_summary

    touched = outlet_writes.touched_outlets(session)
    held = outlet_writes.outlet_rows(session, touched)  # noqa: F841 (kept in the session while it runs)
    for outlet_id in sorted(touched):
        totals = outlet_writes.outlet_totals(session, outlet_id)
        outlet_writes.save_outlet_totals(session, outlet_id, totals_summary(totals) if totals else None)
    touched.clear()


def member_title(session: Session, members: list[Any], settings: Settings) -> str:
    """A story's title without its brief: its articles' best title, else the headline made
    from their most central lead sentence (`write.title.story_title`); a few first articles,
    in the language their brief would most likely be written in (each article a vote)."""
    articles = title_and_text(session, [m.id for m in members[: settings.store.title_articles]])
    return _title_from(articles, settings)


def member_titles(session: Session, stories: list[tuple[Any, list[Any]]], settings: Settings) -> dict[str, str]:
    """`member_title` of each of these (story, members) without a title, by story id: their
    articles read in one query, where one a story cost ~0.5 ms of the ingesting process
    (#23: SQLAlchemy building the statement), each story's in the order its own query gives
    them (by id: SQLite looks the ids of an `IN` up through the key's index, in order)."""
    wanted = {story.id: [m.id for m in members[: settings.store.title_articles]]
              for story, members in stories if not story.title}
    read = {a.id: a for a in title_and_text(session, [aid for ids in wanted.values() for aid in ids])}
    return {sid: _title_from(sorted((read[aid] for aid in ids if aid in read), key=lambda a: a.id), settings)
            for sid, ids in wanted.items()}


def _title_from(articles: list[Any], settings: Settings) -> str:
    from synoptic.write.brief import brief_language
    from synoptic.write.title import story_title

    language = brief_language(articles, [], settings.write.language)
    return story_title(articles, [], settings.write, settings.compare.clarity, language)
