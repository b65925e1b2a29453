"""Headline suffixes: "Talks end | World news" -> ("Talks end", "World news")."""

from __future__ import annotations

import re

# headline separators; " - " and friends only count when the tail is short
# (a bar may be typed against its tail: "Jacksonville |ETX News")
_SUFFIX = re.compile(r"^(?P<head>.{12,})\s+(?P<sep>[|｜]|(?:[-–—]|::|·|•)(?=\s))\s*(?P<tail>[^|｜\s][^|｜]{1,59})$")


# a tail that opens on a site's address ("KiiiTV.com South Texas, Corpus Christi, Coastal Bend")
_SITE_HEAD = re.compile(r"^[\w-]+\.(?:com|net|org|tv|news|info|co\.uk|com\.au)\b", re.IGNORECASE)


def _site_tagline(tail: str, outlet: str | None) -> bool:
    """A site's name and tagline after a dash, however long: it opens on the outlet's name or
    its address, or lists its sections ("Toledo News Now, News, Weather, Sports, Toledo, OH")."""
    if _SITE_HEAD.match(tail) or (outlet and len(outlet) >= 3 and tail.casefold().startswith(outlet.casefold())):
        return True
    items = [x.strip() for x in tail.split(",")]
    return len(items) >= 4 and all(
        1 <= len(x.split()) <= 3 and all(w[:1].isupper() for w in x.split()) for x in items
    )


def split_title_suffix(title: str, outlet: str | None = None) -> tuple[str, str | None]:
    """"Talks end | World news" -> ("Talks end", "World news"); titles without a suffix unchanged.

    Several suffixes ("Talks end | Business | The Herald") all go, joined by " | ".
    """
    head, tail = _split_once(_without_site_prefix(title.strip(), outlet), outlet)
    tails = []
    while tail is not None and len(tails) < 3:
        tails.insert(0, tail)
        head, tail = _split_once(head, outlet)
    # a separator left hanging where a site cut its own headline ("… shot in fa - | WBTV")
    return _DANGLING_SEPARATOR.sub("", head) or head, (" | ".join(tails) if tails else None)


_DANGLING_SEPARATOR = re.compile(r"\s+(?:[-–—|｜·•]|::)\s*$")


_PREFIX = re.compile(r"^(?P<site>[^|｜]{3,80}?)\s+(?:[|｜]|[-–—](?=\s))\s+(?P<rest>.{12,})$")


def _without_site_prefix(title: str, outlet: str | None) -> str:
    """A site's name and sections before the headline ("Wichita, Kansas News, Weather, Sports -
    1 dead after north Wichita shooting"): read as a tagline after a dash would be."""
    m = _PREFIX.match(title)
    if m and len(m["rest"].split()) >= 3 and _site_tagline(m["site"], outlet) and "," in m["site"]:
        return m["rest"].strip()
    return title


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
    if tail_words <= 12 and len(head.split()) >= 3 and _site_tagline(tail, outlet):
        return head, tail
    if known or (tail_words <= 4 and not tail.endswith((".", "?", "!")) and len(head.split()) >= 3
                 and sum(w[:1].isupper() for w in tail.split()) >= max(1, tail_words - 1)):
        return head, tail
    return title.strip(), None
