"""What lists read of stories (cards) and of their members, in statements built once.

The list, the search and the API list ask the same few statements every request: built
here once, with their ids as an expanding bound parameter (`ids`), so a request no longer
builds them again (SQLAlchemy's construction and cache key of a select cost more than
SQLite's answer to it). They run on a plain connection, on SQLite on its own connection
(`prepared.Prepared`): the rows are read-only tuples.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, func, select

from synoptic.store.db import chunks
from synoptic.store.models import ArticleRow, StoryRow, ThreadRow
from synoptic.store.prepared import Prepared
from synoptic.store.queries import BRIEF_PENDING
from synoptic.store.search_index import article_search

_IDS = bindparam("ids", expanding=True)

# what a card reads of a story row: never its brief (~100 KB) nor its threading profile
CARD_COLUMNS = (StoryRow.id, StoryRow.title, StoryRow.lede, StoryRow.article_count, StoryRow.independent_sources,
                StoryRow.conflicts, StoryRow.updated_at, StoryRow.news_first_day, StoryRow.news_last_day,
                StoryRow.thread_id, BRIEF_PENDING.label("brief_pending"), ThreadRow.title.label("thread_title"))
# (a card names its thread by title: "Thread: the developing topic" said nothing)
_CARDS = Prepared(select(*CARD_COLUMNS).outerjoin(ThreadRow, ThreadRow.id == StoryRow.thread_id)
                  .where(StoryRow.id.in_(_IDS)))
# outlets and languages counted off the (story_id, outlet, language) index, never the rows
_OUTLETS = Prepared(select(ArticleRow.story_id, ArticleRow.outlet, ArticleRow.language, func.count())
                    .where(ArticleRow.story_id.in_(_IDS))
                    .group_by(ArticleRow.story_id, ArticleRow.outlet, ArticleRow.language))
# a story's articles in story order (`queries.MEMBER_ORDER`: news day, ingest time, id), the
# day and time read from their copies in `article_search` (written with the article, never
# changed after): in `articles` they sit behind the text and the analysis, pages away from
# the row's start; an article the index lacks falls back to its own columns
_s = article_search.c
_MEMBERS = Prepared(select(ArticleRow.story_id, ArticleRow.id).select_from(ArticleRow)
                    .outerjoin(article_search, _s.article_id == ArticleRow.id)
                    .where(ArticleRow.story_id.in_(_IDS))
                    .order_by(func.coalesce(_s.day, ArticleRow.cluster_day),
                              func.coalesce(_s.ingested_at, ArticleRow.ingested_at), ArticleRow.id))


def card_rows(conn: Any, ids: list[str]) -> list[Any]:
    """The `CARD_COLUMNS` of these stories, in this order (missing ones left out)."""
    found = {}
    for chunk in chunks(ids):
        found.update((r.id, r) for r in _CARDS.all(conn, ids=chunk))
    return [found[i] for i in ids if i in found]


def _by_count(counts: dict[str, int]) -> list[str]:
    return [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].lower()))]


def story_cards(conn: Any, stories: list[Any]) -> list[dict]:
    """What a list shows of each story (rows with `CARD_COLUMNS`): title, lede, news days,
    outlets and languages (most articles first), counts."""
    outlets: dict[str, dict[str, int]] = {}
    languages: dict[str, dict[str, int]] = {}
    for chunk in chunks([s.id for s in stories]):
        for sid, outlet, lang, n in _OUTLETS.all(conn, ids=chunk):
            if outlet:
                outlets.setdefault(sid, {})[outlet] = outlets.get(sid, {}).get(outlet, 0) + n
            if lang:
                languages.setdefault(sid, {})[lang] = languages.get(sid, {}).get(lang, 0) + n
    return [{
        "id": s.id,
        "title": s.title,
        "lede": s.lede or None,
        "article_count": s.article_count,
        "independent_sources": s.independent_sources,
        "conflicts": s.conflicts,
        # its brief is still to build: `independent_sources` and `conflicts` are not known
        # yet (0 until then); lists show them as unknown, the story page builds it
        "brief_pending": bool(s.brief_pending),
        "updated": s.updated_at.isoformat(),
        # news days: the articles' dates (None when no article is dated), never ingest days
        "first_day": s.news_first_day.isoformat() if s.news_first_day else None,
        "last_day": s.news_last_day.isoformat() if s.news_last_day else None,
        "dated": s.news_last_day is not None,
        "thread": s.thread_id,
        "thread_title": s.thread_title or None,
        "outlets": _by_count(outlets.get(s.id, {})),
        "languages": _by_count(languages.get(s.id, {})),
    } for s in stories]


def members(conn: Any, story_ids: list[str]) -> dict[str, list[str]]:
    """Each story's article ids, in story order (as `queries._members`)."""
    out: dict[str, list[str]] = {}
    for chunk in chunks(story_ids):
        for sid, aid in _MEMBERS.all(conn, ids=chunk):
            out.setdefault(sid, []).append(aid)
    return out
