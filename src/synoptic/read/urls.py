"""One URL named by the user: an article page, or a feed/OPML list whose entries are read in turn.

Above `fetch.py` (HTTP) and `feeds.py` (feed entries), so neither needs the other's caller.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx

from synoptic.model import Document, Skipped
from synoptic.read.feeds import documents_from_feed_text
from synoptic.read.fetch import FetchError, Response, fetch_text, make_client, page_document
from synoptic.read.files import BadInput
from synoptic.settings import ReadSettings

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "text/x-opml")


def is_feed(response: Response, text: str) -> bool:
    if response.content_type in _FEED_TYPES:
        return True
    head = text.lstrip()[:500].lower()
    return head.startswith("<?xml") and any(t in head for t in ("<rss", "<feed", "<rdf:rdf", "<opml"))


def read_url(url: str, settings: ReadSettings, client: httpx.Client | None = None) -> Iterator[Document | Skipped]:
    """One URL: an article page, or a feed/OPML whose entries are read in turn."""
    own = client is None
    client = client or make_client(settings)
    try:
        try:
            got = fetch_text(url, settings, client)
        except (FetchError, BadInput) as exc:
            yield Skipped(url, str(exc))
            return
        if got is None:
            return  # unchanged since we stored it
        response, text = got
        if is_feed(response, text):
            yield from documents_from_feed_text(text, url, settings, client)
            return
        yield page_document(url, response, text)
    finally:
        if own:
            client.close()
