"""Origin bookkeeping for disputes and coverage: which articles carry one report.

Copies of one wire story (or its translations) are one source; an article that
is in no origin is its own source.
"""

from __future__ import annotations

from collections.abc import Iterable

from synoptic.link.independence import independent_sources
from synoptic.model import Origin


def origin_map(origins: list[Origin]) -> dict[str, str]:
    """article id -> origin id (first origin wins when a faulty input lists one twice)."""
    out: dict[str, str] = {}
    for origin in origins:
        for aid in origin.articles:
            out.setdefault(aid, origin.id)
    return out


def group_of(article_id: str, omap: dict[str, str]) -> str:
    return omap.get(article_id, "article:" + article_id)


def count_sources(article_ids: Iterable[str], origins: list[Origin]) -> int:
    """Independent sources among `article_ids` (the link stage's count)."""
    return independent_sources(list(dict.fromkeys(article_ids)), origins)
