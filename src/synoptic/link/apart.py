"""Two reports that are surely of different events: their leads put their events on different
days, and each names several rare things (names and places uncommon in its language at
large, `link/background.py`) and few of them in common (one "Metro" police unit in two
towns); or each names many and none in common. Two shootings of one kind in two towns, a day
apart, in a small pile: the words and vectors say "the same kind of news", the IDF over a
few articles can not tell "police" from "Knox", and the pair model merges them.

Such a pair's score, where above the story threshold, is held below it by
`story_apart_margin` (a pair already below the threshold keeps its score), so average
linkage joins their groups only where other pairs outweigh it. Only between articles
published within `story_day_scale` days of each other (or undated).
"""

from __future__ import annotations

import zlib
from functools import lru_cache

import numpy as np

from synoptic.link.background import background_for
from synoptic.link.event_days import event_day_columns
from synoptic.link.features import Features
from synoptic.link.pair_rows import event_day_pairs
from synoptic.settings import LinkSettings
from synoptic.vectors import WORD_BUCKETS


def rare_names(feats: list[Features], settings: LinkSettings) -> list[frozenset[str]] | None:
    """Each article's names that are rare in its language's background (None: no background
    is known for these articles' languages).

    The repair pass asks this of its region and of every part it splits (`events.py`: ~20
    score matrices a batch over the same articles, #23): each name's bucket is hashed once
    (`_name_bucket`, memoized) and all names' shares looked up at once, the same shares."""
    background = background_for([f.language for f in feats], settings)
    if not background.known:
        return None
    names = [sorted(f.names) for f in feats]
    flat = [n for ns in names for n in ns]
    rare = iter((background.shares(np.array([_name_bucket(n) for n in flat], dtype=np.int64))
                 < settings.story_apart_rare_share).tolist())
    return [frozenset([n for n in ns if next(rare)]) for ns in names]


@lru_cache(maxsize=1 << 17)
def _name_bucket(name: str) -> int:
    """A name's word bucket (`vectors.word_counts`' hashing)."""
    return zlib.crc32(name.encode("utf-8")) % WORD_BUCKETS


def _shared_counts(sets: list[frozenset[str]], rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """How many keys sets[rows[k]] and sets[cols[k]] share, for each k (a sparse product:
    a repair region of thousands of articles has millions of pairs)."""
    from scipy.sparse import csr_matrix

    number: dict[str, int] = {}
    indices = [number.setdefault(k, len(number)) for s in sets for k in sorted(s)]
    indptr = np.cumsum([0] + [len(s) for s in sets])
    member = csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(sets), max(1, len(number))))
    return np.asarray(member[rows].multiply(member[cols]).sum(axis=1)).ravel()


def _within_days(feats: list[Features], rows: np.ndarray, cols: np.ndarray, enough: np.ndarray,
                 scale: float) -> tuple[np.ndarray, np.ndarray]:
    """The pairs (rows[k], cols[k]) with enough rare names on both sides, published at most
    `scale` days apart or either undated."""
    keep = enough[rows] & enough[cols]
    rows, cols = rows[keep], cols[keep]
    days = np.array([f.published.toordinal() if f.published else np.nan for f in feats], dtype=float)
    with np.errstate(invalid="ignore"):
        far = np.abs(days[rows] - days[cols]) > scale
    return rows[~far], cols[~far]


def cap_apart(scores: np.ndarray, feats: list[Features], settings: LinkSettings) -> np.ndarray:
    """`scores` with the pairs surely apart (see the module) capped below the threshold."""
    margin = settings.story_apart_margin
    if margin is None or len(feats) < 2:
        return scores
    rare = rare_names(feats, settings)
    if rare is None:
        return scores
    cap, least, most = settings.story_threshold - margin, settings.story_apart_names, settings.story_apart_shared
    sizes = np.array([len(r) for r in rare])
    # the pairs it may cap: enough rare names on both sides, scored above the cap, published
    # within `story_day_scale` days (or undated): reports further apart are the days-apart
    # term's, and a topic that runs for weeks names new people and places as it goes
    # (above the threshold only: one lower already counts against a merge, and a region of
    # thousands has millions of pairs between the cap and the threshold). The pairs above
    # the threshold are found first, in row order as before, and only they are tested
    # (#23: the days and event days of all pairs of a 2,000-article region were most of this)
    rows, cols = np.nonzero(scores > settings.story_threshold)
    upper = rows < cols
    rows, cols = rows[upper], cols[upper]
    enough = sizes >= least
    rows, cols = _within_days(feats, rows, cols, enough, settings.story_day_scale)
    if not len(rows):
        return scores
    other = event_day_pairs(*event_day_columns([f.when for f in feats]), settings.event_day_slack, rows, cols)
    shared = _shared_counts(rare, rows, cols)
    # other days and few rare names in common, or none in common at all
    apart = (other & (shared <= most * np.minimum(sizes[rows], sizes[cols])))
    disjoint = settings.story_apart_disjoint_names
    if disjoint is not None:
        apart |= (shared == 0) & (np.minimum(sizes[rows], sizes[cols]) >= disjoint)
    rows, cols = rows[apart], cols[apart]
    scores[rows, cols] = cap
    scores[cols, rows] = cap
    return scores
