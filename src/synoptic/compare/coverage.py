"""What each article (and outlet) alone reported, what it left out, and whose voices it carries.

Counted at the level of origins: a fact carried only by copies of one wire story
is unique to that report (listed for each copy that carries it), when the story has
another independent source to compare with; a major fact is
one most independent sources back (at least max(2, ceil(half))), and an article
that does not carry it omits it, even when a copy of the same wire story does.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from datetime import date, datetime

from synoptic.compare.roles import side_marker
from synoptic.compare.sources import group_of, origin_map
from synoptic.model import Article, Coverage, Entity, Fact, Origin, Quote
from synoptic.settings import CompareSettings


def major_threshold(total_sources: int) -> int:
    """Independent sources a fact needs to be a major one in a story of `total_sources`."""
    return max(2, math.ceil(total_sources / 2))


def compute_coverage(
    facts: list[Fact],
    articles: list[Article],
    entities: list[Entity],
    quotes: list[Quote],
    origins: list[Origin],
    settings: CompareSettings,
) -> list[Coverage]:
    """Per article: unique facts, missing major facts, entities quoted (ids)."""
    ids = [a.id for a in articles]
    omap = origin_map(origins)
    total = len({group_of(a, omap) for a in ids})
    threshold = major_threshold(total)
    known = set(ids)
    days = {a.id: _day(a) for a in articles}
    unique: dict[str, list[str]] = defaultdict(list)
    missing: dict[str, list[str]] = defaultdict(list)
    for fact in facts:
        carriers = [a for a in dict.fromkeys(fact.articles) if a in known]
        if not carriers:
            continue
        groups = {group_of(a, omap) for a in carriers}
        # with one independent source in the story (one report, its copies, its translations)
        # nothing is reported "alone": there is no one else to compare with
        if total >= 2 and len(groups) == 1 and _substantive(fact, settings.min_fact_words):
            for a in carriers:
                unique[a].append(fact.id)
        if total >= 2 and len(groups) >= threshold and _substantive(fact, settings.min_fact_words):
            first = min((d for c in carriers if (d := days[c])), default=None)
            for a in ids:
                # a report dated before the fact was first reported could not carry it (the
                # death of a victim who was alive when it was written): it did not leave it out
                if a not in carriers and not (first and days[a] and days[a] < first):
                    missing[a].append(fact.id)
    quoted = _quoted(quotes, entities, known)
    return [
        Coverage(
            article=a,
            unique_facts=unique.get(a, []),
            missing_facts=missing.get(a, []),
            quoted=quoted.get(a, []),
        )
        for a in ids
    ]


def _day(article: Article) -> date | None:
    """The article's published day, None when it has no date."""
    d = article.published
    return d.date() if isinstance(d, datetime) else d


def _substantive(fact: Fact, min_words: int) -> bool:
    """A statement shorter than `min_words` is a fragment, not a fact worth listing; so is
    the lead-in of a list ("... were identified as:"), whose items are other lines."""
    if fact.text.rstrip().endswith((":", "：")):
        return False
    return sum(1 for w in fact.text.split() if any(ch.isalnum() for ch in w)) >= min_words


def _quoted(quotes: list[Quote], entities: list[Entity], known: set[str]) -> dict[str, list[str]]:
    """Entity ids whose quotes appear in each article, in order of first quote."""
    entity_ids = {e.id for e in entities}
    out: dict[str, list[str]] = defaultdict(list)
    for quote in quotes:
        if not quote.speaker or (entity_ids and quote.speaker not in entity_ids):
            continue
        carriers = list(quote.articles)
        for v in quote.variants:
            carriers.extend(v.articles)
        carriers.extend(m.article for m in quote.mentions)
        for a in dict.fromkeys(carriers):
            if a in known and quote.speaker not in out[a]:
                out[a].append(quote.speaker)
    return out


def outlet_label(article: Article) -> str:
    """The outlet name, else the site of its URL, else the article id."""
    if article.outlet:
        return article.outlet
    if article.url:
        from urllib.parse import urlparse

        host = urlparse(article.url).netloc
        if host:
            return host.removeprefix("www.")
    return article.id


def entity_side(entity: Entity) -> str | None:
    """The side an entity's titles reveal ("Russian ..." -> "Russian"), when they agree."""
    markers = Counter(
        m for r in entity.roles if (m := side_marker(r.role)) for _ in range(max(1, len(r.articles)))
    )
    if not markers:
        return None
    best, n = markers.most_common(1)[0]
    return best if n * 2 > sum(markers.values()) else None


def outlet_coverage(
    coverage: list[Coverage], articles: list[Article], entities: list[Entity] | None = None
) -> list[dict]:
    """Coverage aggregated per outlet, for the renderers' coverage matrix.

    An outlet reported what any of its articles reported (unique facts and
    voices are unions) and left out only what all of its articles left out.
    With `entities`, each row also groups the voices it quotes by the side their
    titles reveal (`quoted_sides`: {"Russian": [ids], "US": [ids], "": [no side]}).
    """
    sides = {e.id: entity_side(e) or "" for e in entities or []}
    by_article = {c.article: c for c in coverage}
    outlets: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        outlets[outlet_label(article)].append(article)
    rows: list[dict] = []
    for outlet, arts in outlets.items():
        covs = [by_article[a.id] for a in arts if a.id in by_article]
        unique = list(dict.fromkeys(f for c in covs for f in c.unique_facts))
        quoted = list(dict.fromkeys(e for c in covs for e in c.quoted))
        missing_sets = [set(c.missing_facts) for c in covs]
        common = set.intersection(*missing_sets) if missing_sets else set()
        missing = [f for f in (covs[0].missing_facts if covs else []) if f in common]
        row = {
            "outlet": outlet,
            "articles": [a.id for a in arts],
            "unique_facts": unique,
            "missing_facts": missing,
            "quoted": quoted,
        }
        if entities is not None:
            by_side: dict[str, list[str]] = defaultdict(list)
            for e in quoted:
                by_side[sides.get(e, "")].append(e)
            row["quoted_sides"] = dict(by_side)
        rows.append(row)
    return rows
