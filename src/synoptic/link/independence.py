"""How many independent sources stand behind a set of articles.

Copies of one report (a wire story republished, a translation) are one source; so are
the articles of one outlet in one language: a newsroom's follow-up that repeats its own earlier report,
or the sidebar it prints under every story, confirms nothing a second time. An article
whose outlet is unknown (a plain file) is its own outlet.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from synoptic.model import Article, Origin
from synoptic.util.unionfind import UnionFind


def origin_of(origins: list[Origin]) -> dict[str, str]:
    """Article id -> origin id."""
    return {article: origin.id for origin in origins for article in origin.articles}


def outlet_keys(articles: Iterable[Article]) -> dict[str, str]:
    """Article id -> the newsroom that wrote it and its language, for articles whose outlet
    is known: the wire agency its text credits ("WASHINGTON (AP) --": an AP story a station
    carries beside its own report is AP's, not a second report of the station), else the
    outlet it is shown under. An outlet's editions in other languages are newsrooms of their
    own (BBC Arabic, the Dutch Wikinews), and a translation among them is one origin anyway."""
    return {
        a.id: f"{(a.wire or a.outlet or '').casefold()}|{a.language or ''}" for a in articles if a.wire or a.outlet
    }


def independent_sources(
    article_ids: Iterable[str], origins: list[Origin], outlets: Mapping[str, str] | None = None
) -> int:
    """How many distinct reports from distinct outlets stand behind these articles.

    Articles join when they carry one report (one origin) or come from one outlet
    (`outlets`, article id -> outlet key); the count is of the groups among these
    articles only, so two outlets that each reprint one wire story and each add their
    own report still count as two. An article no origin knows is its own report (a
    fact can be asked about before or without dedup).
    """
    ids = list(dict.fromkeys(article_ids))
    owner = origin_of(origins)
    outlets = outlets or {}
    uf = UnionFind(len(ids))
    first: dict[tuple[str, str], int] = {}
    for i, a in enumerate(ids):
        for key in (("origin", owner.get(a, "article:" + a)), ("outlet", outlets.get(a, "article:" + a))):
            if key in first:
                uf.union(first[key], i)
            else:
                first[key] = i
    return len(uf.groups())
