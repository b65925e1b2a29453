"""Outlet names and headline suffixes.

An outlet comes from the record, the page metadata, or the URL's domain. A
domain becomes a proper name ("www.coastalherald.co.uk" -> "Coastal Herald")
only when the text itself spells that name; otherwise the domain is kept as is.
Nothing is invented: with no record, page or URL evidence the outlet is None.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# second-level labels that are not the site's own name ("bbc.co.uk")
_GENERIC_SLD = {"co", "com", "org", "net", "gov", "ac", "edu", "news", "ne", "or", "go"}
# headline separators; " - " and friends only count when the tail is short
_SUFFIX = re.compile(r"^(?P<head>.{12,}?)\s+(?P<sep>[|｜]|[-–—]|::|·|•)\s+(?P<tail>[^|｜]{2,60})$")


def domain_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    host = host.lower()
    for prefix in ("www.", "www1.", "www2.", "m.", "amp.", "mobile.", "edition.", "en."):
        if host.startswith(prefix) and host.count(".") >= 2:
            host = host[len(prefix):]
            break
    return host


def _site_label(domain: str) -> str:
    parts = domain.split(".")
    if len(parts) >= 3 and parts[-2] in _GENERIC_SLD:
        return parts[-3]
    return parts[-2] if len(parts) >= 2 else parts[0]


def name_in_text(domain: str, text: str) -> str | None:
    """The outlet's spelled-out name when the text writes the domain's label as words."""
    label = re.sub(r"[^a-z0-9]", "", _site_label(domain))
    if len(label) < 3:
        return None
    # the label's characters, with optional spaces/punctuation between them
    pattern = r"(?<![\w])" + r"[\s.&'’-]?".join(re.escape(c) for c in label) + r"(?![\w])"
    spaced: str | None = None
    camel: str | None = None
    for m in re.finditer(pattern, text, re.I):
        name = m.group(0).strip()
        # a proper name: starts upper-case and is not just the bare domain label
        if not name[:1].isupper():
            continue
        if " " in name:
            spaced = spaced or name
            break
        if any(c.isupper() for c in name[1:]) or name.isupper():
            camel = camel or name
    return spaced or camel


def resolve_outlet(
    record_outlet: str | None,
    sitename: str | None,
    url: str | None,
    text: str,
) -> str | None:
    if record_outlet and record_outlet.strip():
        return record_outlet.strip()
    # "Site | Section | Other": the site is the first part
    sitename = re.split(r"\s+[|｜]\s+", sitename.strip())[0].strip() if sitename else None
    if sitename and not re.fullmatch(r"[\w.-]+\.\w{2,}", sitename):
        return sitename
    domain = domain_of(url) or (domain_of(sitename) if sitename else None)
    if domain is None:
        return None
    return name_in_text(domain, text) or domain


def split_title_suffix(title: str, outlet: str | None = None) -> tuple[str, str | None]:
    """"Talks end | World news" -> ("Talks end", "World news"); titles without a suffix unchanged.

    Several suffixes ("Talks end | Business | The Herald") all go, joined by " | ".
    """
    head, tail = _split_once(title.strip(), outlet)
    tails = []
    while tail is not None and len(tails) < 3:
        tails.insert(0, tail)
        head, tail = _split_once(head, outlet)
    return head, (" | ".join(tails) if tails else None)


def _split_once(title: str, outlet: str | None) -> tuple[str, str | None]:
    m = _SUFFIX.match(title.strip())
    if not m:
        return title.strip(), None
    head, sep, tail = m.group("head").strip(), m.group("sep"), m.group("tail").strip()
    tail_words = len(tail.split())
    known = bool(outlet) and tail.casefold() == (outlet or "").casefold()
    capitalized = sum(w[:1].isupper() or not w[:1].isalpha() for w in tail.split()) >= max(1, tail_words - 1)
    # after a bar: a section or site name ("World news", "The Daily Item"), not
    # the second half of a headline ("Design Week | a preview of the show")
    if sep in "|｜" and (known or tail_words <= 2 or (tail_words <= 6 and capitalized)):
        return head, tail
    if known or (tail_words <= 4 and not tail.endswith((".", "?", "!")) and len(head.split()) >= 3
                 and sum(w[:1].isupper() for w in tail.split()) >= max(1, tail_words - 1)):
        return head, tail
    return title.strip(), None
