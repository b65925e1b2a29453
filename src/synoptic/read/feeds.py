"""RSS/Atom feeds (feedparser) and OPML lists of feeds into `Document`s.

Each feed entry becomes one document: the entry's page fetched with `fetch.fetch_text`
(the full article) when `ReadSettings.fetch_links`, else, or when the page fails,
the text the feed itself carries. Entry metadata (title, date, author, feed title as
outlet) rides along as hints. A dead or malformed feed is one `Skipped`.
"""

from __future__ import annotations

import calendar
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from xml.etree import ElementTree

import feedparser
import httpx

from synoptic.model import Document, Skipped
from synoptic.read.fetch import (
    FetchError,
    fetch_text,
    make_client,
    outlet_of,
    page_document,
    read_remote,
    url_id,
)
from synoptic.read.files import BadInput, decode_bytes, is_url, read_file_bytes
from synoptic.settings import ReadSettings


def is_opml(text: str) -> bool:
    return "<opml" in text[:2000].lower()


def opml_feeds(text: str) -> list[str]:
    """Feed URLs of an OPML document, in document order, without repeats."""
    root = ElementTree.fromstring(text.encode("utf-8") if isinstance(text, str) else text)
    urls: list[str] = []
    for outline in root.iter("outline"):
        url = outline.get("xmlUrl") or outline.get("xmlurl") or outline.get("url")
        if url and url not in urls:
            urls.append(url.strip())
    return urls


def _entry_date(entry: feedparser.FeedParserDict) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value: time.struct_time | None = entry.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), UTC).date()
            except (OverflowError, ValueError, OSError):
                continue
    return None


def _entry_text(entry: feedparser.FeedParserDict) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    summary = entry.get("summary", "") or ""
    return best if len(best) >= len(summary) else summary


def documents_from_feed_text(
    text: str,
    source: str,
    settings: ReadSettings,
    client: httpx.Client | None = None,
    depth: int = 0,
) -> Iterator[Document | Skipped]:
    """Entries of one feed (or the feeds of one OPML list), given the feed's text."""
    if is_opml(text):
        try:
            feeds = opml_feeds(text)
        except ElementTree.ParseError as exc:
            yield Skipped(source, f"malformed OPML: {exc}")
            return
        if not feeds:
            yield Skipped(source, "OPML lists no feeds (no outline with xmlUrl)")
            return
        if depth >= settings.max_opml_depth:
            yield Skipped(source, f"OPML nested deeper than {settings.max_opml_depth} levels")
            return
        for feed in feeds:
            yield from read_feed(feed, settings, client, depth + 1)
        return
    parsed = feedparser.parse(text, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        reason = parsed.get("bozo_exception")
        yield Skipped(source, f"malformed feed: {reason}" if reason else "feed has no entries")
        return
    if parsed.get("bozo") and not any(e.get("link") or _entry_text(e).strip() for e in parsed.entries):
        yield Skipped(source, f"malformed feed: {parsed.get('bozo_exception')}")
        return
    outlet = (parsed.feed.get("title") or "").strip() or None
    language = (parsed.feed.get("language") or "").strip() or None
    own = client is None and settings.fetch_links
    if own:
        client = make_client(settings)
    try:
        for n, entry in enumerate(parsed.entries):
            yield from _entry_documents(entry, n, source, outlet, language, settings, client)
    finally:
        if own and client is not None:
            client.close()


def _entry_documents(
    entry: feedparser.FeedParserDict,
    n: int,
    source: str,
    outlet: str | None,
    language: str | None,
    settings: ReadSettings,
    client: httpx.Client | None,
) -> Iterator[Document | Skipped]:
    link = (entry.get("link") or "").strip()
    title = (entry.get("title") or "").strip() or None
    published = _entry_date(entry)
    author = (entry.get("author") or "").strip() or None
    feed_text = _entry_text(entry)
    where = link or f"{source}#entry{n}"
    meta = {"title": title, "published": published, "author": author,
            "outlet": outlet or (outlet_of(link) if link else None), "language": language}
    if link and is_url(link) and settings.fetch_links:
        try:
            got = fetch_text(link, settings, client)
            if got is None:
                return  # already read
            yield page_document(link, *got, **meta)
            return
        except (FetchError, BadInput) as exc:
            if len(feed_text) < settings.min_feed_text:
                yield Skipped(where, str(exc))
                return
            # the feed carries the article itself: use it
    if len(feed_text.strip()) < settings.min_feed_text:
        yield Skipped(where, f"feed entry carries only {len(feed_text.strip())} characters of text")
        return
    yield Document(
        id=url_id(link) if link else f"{Path(source).stem}-{n}",
        source=where,
        content=feed_text,
        kind="html",
        url=link or None,
        **meta,
    )


def read_feed(
    path_or_url: str,
    settings: ReadSettings,
    client: httpx.Client | None = None,
    depth: int = 0,
) -> Iterator[Document | Skipped]:
    """An RSS/Atom feed or an OPML list, from a file or a URL."""
    if is_url(path_or_url):
        yield from read_remote(
            path_or_url, settings, client,
            lambda _response, text, client: documents_from_feed_text(text, path_or_url, settings, client, depth),
        )
        return
    try:
        text = decode_bytes(read_file_bytes(Path(path_or_url), settings), path_or_url)
    except BadInput as exc:
        yield Skipped(path_or_url, str(exc))
        return
    yield from documents_from_feed_text(text, path_or_url, settings, client, depth)
