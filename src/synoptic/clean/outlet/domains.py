"""Hosts and registrable domains of article URLs.

An outlet is identified by its registrable domain ("news.bbc.co.uk" ->
"bbc.co.uk"), found with the Public Suffix List snapshot bundled in
`tldextract` (never downloaded at run time). Archive and cache wrappers
(web.archive.org, AMP caches, Google's cache) are unwrapped to the page they
copy: the outlet is the original's, not the archive's.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

if TYPE_CHECKING:
    import tldextract

# "https://web.archive.org/web/20160101000000id_/http://www.example.com/a"
_WAYBACK = re.compile(r"^(?:https?:)?//(?:web\.|wayback\.)?archive\.org/web/[0-9*]{1,14}[a-z_]*/(?P<url>.+)$", re.I)
# "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a"
_AMP_CACHE = re.compile(r"^(?:https?:)?//[^/]+\.cdn\.ampproject\.org/[cvi]/(?P<s>s/)?(?P<url>.+)$", re.I)
# "https://www.google.com/amp/s/www.example.com/a"
_GOOGLE_AMP = re.compile(r"^(?:https?:)?//(?:www\.)?google\.[a-z.]+/amp/(?P<s>s/)?(?P<url>.+)$", re.I)
# "https://webcache.googleusercontent.com/search?q=cache:KEY:www.example.com/a+words"
_GOOGLE_CACHE = re.compile(r"^(?:https?:)?//webcache\.googleusercontent\.com/search\?q=cache:(?:[\w-]+:)?(?P<url>[^&+\s]+)", re.I)
# host prefixes that name a server or an edition, not a different outlet
_HOST_PREFIXES = ("www.", "www1.", "www2.", "m.", "amp.", "mobile.", "edition.", "en.")


@cache
def _extractor() -> tldextract.TLDExtract:
    # no suffix_list_urls and no cache: the snapshot shipped in the package, offline.
    # Private suffixes count, so "someone.blogspot.com" is its own site, not Blogger.
    # Imported here: it brings `requests`, most of a second of a short `brief`'s start
    # on a loaded machine, and articles without URLs never need it.
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)


def original_url(url: str | None) -> str | None:
    """The page an archive or cache URL copies; any other URL unchanged."""
    if not url:
        return url
    url = url.strip()
    for _ in range(3):  # an archived AMP copy: unwrap each layer
        for pattern in (_WAYBACK, _AMP_CACHE, _GOOGLE_AMP, _GOOGLE_CACHE):
            m = pattern.match(url)
            if m:
                inner = unquote(m.group("url")) if pattern is _GOOGLE_CACHE else m.group("url")
                if not re.match(r"^[a-z][a-z0-9+.-]*://", inner, re.I):
                    secure = pattern is _GOOGLE_CACHE or "s" in (m.groupdict().get("s") or "")
                    inner = ("https://" if secure else "http://") + inner.lstrip("/")
                url = inner
                break
        else:
            return url
    return url


def host_of(url: str | None) -> str | None:
    """The lower-case host of a web URL ("http://WWW.X.com:80/a" -> "www.x.com").

    Only http(s) URLs and protocol-relative "//host" count: a file path or a
    bare name ("notes.md", "/data/a.txt") is never a host.
    """
    if not url:
        return None
    url = url.strip()
    if not re.match(r"^(?:https?:)?//", url, re.I):
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return host.lower().rstrip(".")


def registrable_domain(url_or_host: str | None) -> str | None:
    """The outlet's id: the registrable domain of a URL or host, archives unwrapped.

    "https://news.yahoo.co.jp/x" -> "yahoo.co.jp"; "edition.cnn.com" -> "cnn.com";
    an IP address, a bare suffix or a file path -> None.
    """
    if not url_or_host:
        return None
    text = url_or_host.strip()
    if re.match(r"^(?:https?:)?//", text, re.I):
        host = host_of(original_url(text))
    elif re.fullmatch(r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\.?(?::\d+)?", text):
        host = text.split(":")[0].lower().rstrip(".")  # a bare host name, never a path
    else:
        return None
    if not host:
        return None
    parts = _extractor()(host)
    if not parts.domain or not parts.suffix:
        return None
    return f"{parts.domain}.{parts.suffix}"


def domain_of(url: str | None) -> str | None:
    """The site's host without "www."-like prefixes ("https://www.x.co.uk/a" -> "x.co.uk").

    Kept for callers that group by host; an outlet's id is `registrable_domain`.
    """
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    host = host.lower()
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix):]
            break
    return host


# second-level labels that are not the site's own name ("bbc.co.uk")
_GENERIC_SLD = {"co", "com", "org", "net", "gov", "ac", "edu", "news", "ne", "or", "go"}


def site_label(domain: str) -> str:
    """The label of a registrable domain that names the site: "bbc" of "bbc.co.uk"."""
    parts = domain.split(".")
    if len(parts) >= 3 and parts[-2] in _GENERIC_SLD:
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else parts[0]
