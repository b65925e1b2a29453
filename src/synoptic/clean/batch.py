"""Boilerplate learned from the batch itself.

A line that recurs across many articles of one outlet, or of the whole batch,
is page furniture ("Sign up for our morning briefing", a site footer), even
when no pattern knows it. Two guards keep story text safe:
- near-duplicate articles (syndicated copies, updates of one story) count once,
  so a paragraph shared by three copies of a wire story is not "recurring";
- quotations and long lines are never learned: a quote carried by every
  outlet is the story, not furniture;
- across outlets, a prose sentence shared by several articles is more likely a
  wire sentence of the story than furniture, so batch-wide only non-prose lines
  are learned; prose is learned only when one outlet repeats it across
  different stories (a standing footer or disclaimer).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from synoptic.clean.normalize import line_key
from synoptic.settings import CleanSettings
from synoptic.util.unionfind import UnionFind

_QUOTE = re.compile(r"[\"“”«»„]|(^|\s)['‘’]\w")
_PROSE_END = re.compile(r"[.!?…。！？]\s*[\"”’»)]?\s*$")


def _learnable(line: str, settings: CleanSettings) -> bool:
    n = len(line.split())
    return 1 <= n <= settings.batch_max_words and not _QUOTE.search(line)


def _is_prose(line: str, settings: CleanSettings) -> bool:
    return len(line.split()) >= settings.batch_prose_words and bool(_PROSE_END.search(line))


def _groups(keysets: list[set[str]], settings: CleanSettings) -> list[int]:
    """Union near-duplicate documents (Jaccard of line sets) so they count once."""
    sets = UnionFind(len(keysets))
    # candidate pairs share a line that few documents carry: near-duplicates
    # share many such lines, and this keeps large batches far from n² pairs
    holders: dict[str, list[int]] = defaultdict(list)
    for i, keys in enumerate(keysets):
        for key in keys:
            holders[key].append(i)
    rare_limit = max(settings.batch_rare_min, len(keysets) // settings.batch_rare_divisor)
    pairs = {
        (a, b)
        for docs in holders.values() if 2 <= len(docs) <= rare_limit
        for n, a in enumerate(docs) for b in docs[n + 1:]
    }
    for i, j in pairs:
        a, b = keysets[i], keysets[j]
        if len(a & b) / len(a | b) >= settings.batch_duplicate_jaccard:
            sets.union(i, j)
    return [sets.find(i) for i in range(len(keysets))]


def learn_boilerplate(
    texts: Sequence[str],
    outlets: Sequence[str | None],
    settings: CleanSettings,
) -> frozenset[str]:
    """Line keys (see `normalize.line_key`) that recur across the batch or an outlet."""
    min_articles, min_share = settings.batch_min_articles, settings.batch_min_share
    if len(texts) < min_articles:
        return frozenset()
    keysets: list[set[str]] = []
    prose: set[str] = set()
    # where a prose line sits: furniture stands at the top or the bottom of a
    # page, a background paragraph an outlet reuses sits inside the story
    inside: Counter[str] = Counter()
    for text in texts:
        keys = set()
        lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
        for pos, ln in enumerate(lines):
            if _learnable(ln, settings) and line_key(ln):
                keys.add(line_key(ln))
                if _is_prose(ln, settings):
                    prose.add(line_key(ln))
                    if settings.batch_edge_head <= pos < len(lines) - settings.batch_edge_tail:
                        inside[line_key(ln)] += 1
        keysets.append(keys)
    groups = _groups(keysets, settings)
    learned: set[str] = set()

    def scan(members: list[int], allow_prose: bool) -> None:
        units = {groups[i] for i in members}
        if len(units) < min_articles:
            return
        unit_keys: dict[int, set[str]] = defaultdict(set)
        for i in members:
            unit_keys[groups[i]] |= keysets[i]
        counts: Counter[str] = Counter()
        for keys in unit_keys.values():
            counts.update(keys)
        for key, n in counts.items():
            if key in prose and (not allow_prose or inside[key] > 0):
                continue
            if n >= min_articles and n / len(units) >= min_share:
                learned.add(key)

    scan(list(range(len(texts))), allow_prose=False)
    by_outlet: dict[str, list[int]] = defaultdict(list)
    for i, outlet in enumerate(outlets):
        if outlet:
            by_outlet[outlet.casefold()].append(i)
    for members in by_outlet.values():
        scan(members, allow_prose=True)
    return frozenset(learned)
