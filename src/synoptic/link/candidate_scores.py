"""A newcomer's pair scores with its candidates, all at once (`OnlineClusterer.story_scores`):
the pair model's one-against-many form, and its one home for a single pair too
(`OnlineClusterer.pair_score`); `scoring.score_matrix` is its batch form, and the two are
tested against each other (tests/unit/test_candidate_scores.py, test_stories.py).

The stream scores each new article against its `stream_neighbours` nearest stored
articles. One Python call a pair was a quarter of the ingesting process's CPU at 5,000
synthetic articles (#23: 5 of ~20 ms an article under the profiler). Here the eleven
features of the newcomer with every candidate are computed over arrays where it pays: the
common words of all candidates are found with one `searchsorted`, each pair's two word
products are dot products over those values, names are summed exactly (`math.fsum`: any
set order), and the logit is summed feature by feature in `PAIR_FEATURES` order. The
scores are the per-pair Python ones of stop 34 to the bit (checked when it was written:
the story of every article unchanged on GVC and 3,000 synthetic articles).

What an article brings to every pair (its year, its event's day, month and weekday) is
kept in a `PairMemo` keyed by article id, checked against the features object it was
computed from (a revised article gets new features).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from synoptic.link.event_days import event_day, event_month_day, event_weekday
from synoptic.link.features import Features
from synoptic.link.scoring import PAIR_FEATURES, article_year, day_gap, overlap
from synoptic.settings import LinkSettings

# (the features it was computed from, its year, event day ordinal, month-day, weekday)
_Keys = tuple[Features, int | None, int | None, int | None, int | None]


class PairMemo:
    """Per-article keys of the pair features, reused across the newcomers that meet it."""

    def __init__(self) -> None:
        self._keys: dict[str, _Keys] = {}

    def keys(self, f: Features, settings: LinkSettings) -> _Keys:
        cached = self._keys.get(f.id)
        if cached is None or cached[0] is not f:
            day = event_day(f.when)
            cached = (f, article_year(f, settings), None if day is None else day.toordinal(),
                      event_month_day(f.when), event_weekday(f.when))
            self._keys[f.id] = cached
        return cached

    def forget(self, aid: str) -> None:
        self._keys.pop(aid, None)


def candidate_scores(
    a: Features,
    others: list[Features],
    cosines: np.ndarray,
    settings: LinkSettings,
    memo: PairMemo,
    name_idf: tuple[Callable[[str], float], Callable[[frozenset[str]], float]],
    unit_weights: Callable[[Features], np.ndarray],
    tf_norm: Callable[[Features], np.floating],
) -> np.ndarray:
    """The pair model's logit of `a` with each of `others` (their cosines given, float32 as
    the index's neighbours give them)."""
    st = settings
    m = len(others)
    # the vectors say nothing where the encoder does not know either language
    unknown = np.array([not (a.encoded and b.encoded) for b in others], dtype=bool)
    values: dict[str, np.ndarray] = {"cosine": np.where(unknown, 0.0, np.asarray(cosines, dtype=np.float64))}
    values["words"], values["language"] = _word_cosines(a, others, unit_weights, tf_norm)
    shares = name_shares(a.names, [b.names for b in others], settings.story_name_min, *name_idf)
    values["names"] = np.array([s or 0.0 for s in shares], dtype=np.float64)
    values["names_unknown"] = np.array([float(s is None) for s in shares], dtype=np.float64)
    values["numbers"] = np.array([overlap(a.numbers, b.numbers, st.story_number_floor) for b in others],
                                 dtype=np.float64)
    values["days"] = np.array([day_gap(a.published, b.published, st) for b in others], dtype=np.float64)
    values["across"] = values["cosine"] * (1.0 - values["language"])
    own = memo.keys(a, st)
    theirs = [memo.keys(b, st) for b in others]
    values["years"] = np.array([_years_apart(own[1], a, k[1], b) for k, b in zip(theirs, others, strict=True)],
                               dtype=np.float64)
    pairs = [_event_day_pair(own, k, st.event_day_slack) for k in theirs]
    values["same_day"] = np.array([p[0] for p in pairs], dtype=np.float64)
    values["other_day"] = np.array([p[1] for p in pairs], dtype=np.float64)
    sounds = np.zeros(m)
    if unknown.any():
        sounds = np.array([overlap(a.sounds, b.sounds, st.story_sound_floor)
                           if u and not (a.language and a.language == b.language) else 0.0
                           for b, u in zip(others, unknown, strict=True)], dtype=np.float64)
    values["sounds"] = sounds * (1.0 - values["language"])
    # Python's `sum` starts from 0 and adds in order: the same sums, elementwise
    total = np.zeros(m)
    for k in PAIR_FEATURES:
        total = total + getattr(st, f"pair_{k}") * values[k]
    return st.pair_intercept + total


def name_shares(mine: frozenset[str], theirs: list[frozenset[str]], least: int, idf: Callable[[str], float],
                idf_sum: Callable[[frozenset[str]], float]) -> list[float | None]:
    """`OnlineClusterer.name_share` of `mine` with each of `theirs` (`idf`, `idf_sum`: its
    name weights, `OnlineClusterer.name_idf`); sums exact (`math.fsum`), as there."""
    if len(mine) < least:
        return [None] * len(theirs)
    out: list[float | None] = []
    for names in theirs:
        if len(names) < least:
            out.append(None)
            continue
        common = mine & names
        if not common:
            out.append(0.0)
            continue
        total = min(idf_sum(mine), idf_sum(names))
        out.append(math.fsum(map(idf, common)) / total if total else None)
    return out


def _word_cosines(a: Features, others: list[Features], unit_weights: Callable[[Features], np.ndarray],
                  tf_norm: Callable[[Features], np.floating]) -> tuple[np.ndarray, np.ndarray]:
    """`OnlineClusterer.word_cosines` of `a` with each of `others`: (TF-IDF, plain)."""
    m = len(others)
    words, plain = np.zeros(m), np.zeros(m)
    mine = a.words
    if not mine.size:
        return words, plain
    theirs = [j for j, b in enumerate(others) if b.words.size]
    if not theirs:
        return words, plain
    buckets = np.concatenate([others[j].words for j in theirs])
    at = np.searchsorted(mine, buckets)
    hit = mine[np.minimum(at, mine.size - 1)] == buckets
    # each candidate's common words, in ascending order, one
    # after the other: their positions in `a`, and their values in the candidate
    bounds = _hit_bounds(hit, others, theirs)
    in_a = at[hit]
    unit_a, tf_a, norm_a = unit_weights(a)[in_a], a.word_tf[in_a], tf_norm(a)
    unit_b = np.concatenate([unit_weights(others[j]) for j in theirs])[hit]
    tf_b = np.concatenate([others[j].word_tf for j in theirs])[hit]
    for n, j in enumerate(theirs):
        lo, hi = bounds[n], bounds[n + 1]
        if lo == hi:
            continue
        b = others[j]
        plain[j] = float(tf_a[lo:hi] @ tf_b[lo:hi]) / float(norm_a * tf_norm(b))
        words[j] = float(unit_a[lo:hi] @ unit_b[lo:hi])
    return words, plain


def _hit_bounds(hit: np.ndarray, others: list[Features], theirs: list[int]) -> np.ndarray:
    """Where each candidate's common words start and end among all the hits."""
    ends = np.cumsum([others[j].words.size for j in theirs])
    hits = np.concatenate([[0], np.cumsum(hit)])
    return np.concatenate([[0], hits[ends]])


def _years_apart(first: int | None, a: Features, second: int | None, b: Features) -> float:
    """`scoring.years_apart` from the two articles' years."""
    if first is None or second is None or first == second:
        return 0.0
    earlier, later = (first, b) if first < second else (second, a)
    return float(str(earlier) not in later.numbers)


def _event_day_pair(a: _Keys, b: _Keys, slack: int) -> tuple[float, float]:
    """`scoring.event_day_pair` from the two articles' keys."""
    if a[2] is not None and b[2] is not None:
        same = abs(a[2] - b[2]) <= slack
    elif a[3] is not None and b[3] is not None:
        same = abs(a[3] - b[3]) <= slack
    elif a[4] is not None and b[4] is not None:
        same = a[4] == b[4]
    else:
        return 0.0, 0.0
    return (1.0, 0.0) if same else (0.0, 1.0)

