"""Keys the store files things under: an article's URL key, new story ids."""

from __future__ import annotations

import re
from hashlib import sha1
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from synoptic.model import Article

_TRACKING_PARAMS = re.compile(r"^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$|ref$|cmpid$)")


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no fragment, no tracking parameters, no trailing slash."""
    parts = urlsplit(url.strip())
    query = urlencode(
        sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
               if not _TRACKING_PARAMS.match(k.lower()))
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


def article_key(article: Article) -> str:
    """One key per page: its canonical URL, else where it was read from and its id."""
    if article.url:
        return canonical_url(article.url)
    return f"{article.source}#{article.id}"


def story_id_base(first_article: str) -> str:
    """A story's id before any suffix: stable, from the id of its first article."""
    return "st-" + sha1(first_article.encode("utf-8")).hexdigest()[:10]
