"""One URL named by the user: an article page, or a feed/OPML list whose entries are read in turn.

Above `fetch.py` (HTTP) and `feeds.py` (feed entries), so neither needs the other's caller.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx

from synoptic.model import Document, Skipped
from synoptic.read.feeds import documents_from_feed_text
from synoptic.read.fetch import Response, page_document, read_remote
from synoptic.settings import ReadSettings

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "text/x-opml")


def is_feed(response: Response, text: str) -> bool:
    if response.content_type in _FEED_TYPES:
        return True
    head = text.lstrip()[:500].lower()
    return head.startswith("<?xml") and any(t in head for t in ("<rss", "<feed", "<rdf:rdf", "<opml"))


def read_url(url: str, settings: ReadSettings, client: httpx.Client | None = None) -> Iterator[Document | Skipped]:
    """One URL: an article page, or a feed/OPML whose entries are read in turn."""

    def documents(response: Response, text: str, client: httpx.Client) -> Iterator[Document | Skipped]:
        if is_feed(response, text):
            yield from documents_from_feed_text(text, url, settings, client)
        else:
            yield page_document(url, response, text)

    return read_remote(url, settings, client, documents)
