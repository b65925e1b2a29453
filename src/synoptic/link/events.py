"""From pair scores to stories: average linkage, cuts at silences, and the split of a
story that covers two events of one kind (each half taking back its own event's pieces)."""

from __future__ import annotations

from itertools import pairwise

import numpy as np

from synoptic.link.features import Features, unit_rows
from synoptic.link.linkage import average_linkage_cut
from synoptic.link.scoring import (
    idf_weights,
    membership,
    score_matrix,
    smoothed_idf,
    word_idf_weights,
)
from synoptic.link.two_means import best_two_means
from synoptic.settings import LinkSettings


def average_linkage(sim: np.ndarray, threshold: float) -> list[list[int]]:
    """Agglomerative clustering: merge the closest groups while their average similarity >= threshold."""
    n = sim.shape[0]
    if n == 1:
        return [[0]]
    # scores are not bounded by 1: distances count down from the highest one
    top = max(float(sim.max()), threshold)
    distance = top - (sim + sim.T) / 2.0
    np.fill_diagonal(distance, 0.0)
    # groups at average distance <= top - threshold merge, as similarity >= threshold
    # (scipy's average linkage and distance cut, without importing scipy.cluster: #23)
    labels = average_linkage_cut(np.clip(distance, 0.0, None), top - threshold + 1e-9)
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])


# A story that covers two events of one kind ("the Oscars hosted by A" and "hosted by
# B") falls into two tight halves once names are weighted by their rarity within the
# story alone (the names every member shares stop counting): pairs across the halves
# score `story_split_gap` lower on average than pairs within them. A loose story (one
# topic told from many angles or in several languages) has no such halves: its best
# bisection leaves cross pairs nearly as close as pairs within. Halves smaller than
# `story_split_min` are too weak evidence to split on (one odd report is not a second
# event; and a stream tests each story again at every repair pass that meets it, so a
# half of an earlier split, one event told from two angles, must not split once it
# stands alone). Both are in LinkSettings.


def _anchor_profiles(members: list[Features]) -> np.ndarray:
    """Rows: each member's anchors (its names and its numbers) weighted by their rarity
    within the story alone (smoothed IDF over its members), unit length.

    The numbers tell two events of one kind apart where their names do not: two
    earthquakes on one island, each report naming the island, its province and the same
    agency, differ in their magnitudes and tolls; two emergency patches of one browser,
    reported alike, in the day their leads put them on (`Features.when`).
    """
    sets = [f.names | {f"#{n}" for n in f.numbers} | f.when for f in members]
    keys, _ = membership(sets)
    counts = np.asarray(keys.sum(axis=0)).ravel()
    weights = smoothed_idf(len(members), counts)
    return unit_rows(keys.multiply(weights[None, :]).toarray())


def bisect_story(members: list[Features], restarts: int) -> np.ndarray:
    """0/1 labels of the best of `restarts` 2-means runs (fixed seeds) over anchors (who,
    where, how many: `_anchor_profiles`) and vectors (what)."""
    points = np.hstack([_anchor_profiles(members), np.stack([f.vector for f in members])]).astype(np.float64)
    if points.shape[1] > len(members):
        # 2-means sees only the distances between the points: the same points in the
        # coordinates of their own span (as many dimensions as members, not thousands of
        # names and hashed words) give the same halves, many times faster
        centred = points - points.mean(axis=0)
        values, axes = np.linalg.eigh(centred @ centred.T)
        points = axes * np.sqrt(np.clip(values, 0.0, None))
    if not np.isfinite(points).all():  # (checked once here, not in each run and step: #23)
        raise ValueError("array must not contain infs or NaNs")
    return best_two_means(points, restarts)


def settle_members(scores: np.ndarray, labels: np.ndarray, gap: float) -> np.ndarray:
    """0/1 labels after moving each member whose mean pair score with the other half is at
    least `gap` above its mean with its own half (all at once, from the given halves).

    2-means bisects on names and vectors, not on the pair score that decides the split,
    and now and then leaves one article in the wrong half; by the standard that makes the
    halves two events, such a member belongs to the other one.
    """
    pair = (scores + scores.T) / 2.0
    np.fill_diagonal(pair, 0.0)
    means = []
    for half in (0, 1):
        inside = labels == half
        # a member's own half counts its other members only
        others = np.where(inside, inside.sum() - 1, inside.sum())
        means.append(pair[:, inside].sum(axis=1) / np.maximum(others, 1))
    settled = labels.copy()
    settled[(labels == 0) & (means[1] - means[0] >= gap)] = 1
    settled[(labels == 1) & (means[0] - means[1] >= gap)] = 0
    return settled


def event_halves(members: list[Features], settings: LinkSettings) -> tuple[list[int], list[int]] | None:
    """The two halves of a story that covers two events, or None when it is one."""
    if len(members) < 2 * settings.story_split_min:
        return None
    # 2-means starts from members picked by position: bisect in a canonical order, so a
    # story splits the same way whatever order its articles arrived in
    idf = idf_weights(members)  # names weighed within the story
    canonical = sorted(range(len(members)), key=lambda i: members[i].id)
    labels = np.empty(len(members), dtype=int)
    labels[canonical] = bisect_story([members[i] for i in canonical], settings.story_split_restarts)
    scores = score_matrix(members, settings, idf, word_idf_weights(members))
    labels = settle_members(scores, labels, settings.story_split_gap)
    first = [i for i, label in enumerate(labels) if label == 0]
    second = [i for i, label in enumerate(labels) if label == 1]
    if min(len(first), len(second)) < settings.story_split_min:
        return None
    # mean over the pairs within each half (the diagonal is no pair), and across
    within_sum = sum(float(scores[np.ix_(h, h)].sum() - scores[h, h].sum()) for h in (first, second))
    within_pairs = sum(len(h) * (len(h) - 1) for h in (first, second))
    across_mean = float(scores[np.ix_(first, second)].mean())
    return (first, second) if within_sum / within_pairs - across_mean >= settings.story_split_gap else None


HalvesMemo = dict[tuple[str, ...], tuple[tuple[Features, ...], tuple[list[int], list[int]] | None]]


def split_events(
    feats: list[Features], groups: list[list[int]], settings: LinkSettings, scores: np.ndarray,
    memo: HalvesMemo | None = None,
) -> list[list[int]]:
    """Each group split into its two events where it covers two (see `event_halves`);
    then each half may rejoin pieces of its own event (`rejoin_halves`). `memo` keeps
    `event_halves` of groups seen before (the same features in the same order give the
    same halves: a stream's repair passes meet the unchanged stories near a batch again)."""
    out: list[list[int]] = []
    apart: list[tuple[int, int]] = []
    for group in groups:
        members = [feats[i] for i in group]
        key = tuple(f.id for f in members)
        known = memo.get(key) if memo is not None else None
        if known is not None and all(a is b for a, b in zip(known[0], members, strict=True)):
            halves = known[1]
        else:
            halves = event_halves(members, settings)
            if memo is not None and len(members) >= 2 * settings.story_split_min:
                memo[key] = (tuple(members), halves)
        if halves is None:
            out.append(group)
        else:
            apart.append((len(out), len(out) + 1))
            out.extend([group[i] for i in half] for half in halves)
    return rejoin_halves(feats, out, apart, scores, settings) if apart else out


def _dated_runs(feats: list[Features], members: list[int], quiet_days: float) -> list[list[int]]:
    """The dated members in date order, cut wherever no article came for more than `quiet_days`."""
    dated = sorted((i for i in members if feats[i].published is not None), key=lambda i: feats[i].published)
    runs = [dated[:1]]
    for before, after in pairwise(dated):
        if (feats[after].published - feats[before].published).days > quiet_days:
            runs.append([])
        runs[-1].append(after)
    return runs


# A silence: coverage pauses, and the same kind of event weeks later is another story. But
# an event's follow-ups (an arrest, a funeral, a hearing, a verdict) come weeks after it,
# and name its people and places again. So a silence longer than `story_evidence_days`
# holds only where the reports on either side of it are clearly one event: their mean pair
# score (which counts the days apart against them already) at least `story_bridge_margin`
# above `story_threshold`; one of one topic's other events (another product launch,
# another shooting in the city) shares the topic's words and names but not that much.
# No silence longer than `story_quiet_days` is ever bridged.


def silence_runs(feats: list[Features], members: list[int], scores: np.ndarray,
                 settings: LinkSettings) -> list[list[int]]:
    """The dated members in date order, cut at every silence longer than
    `story_quiet_days`, and at each longer than `story_evidence_days` that the reports
    before it (since the last cut) and after it (up to the next silence) do not bridge."""
    out: list[list[int]] = []
    bridge = settings.story_threshold + settings.story_bridge_margin
    for run in _dated_runs(feats, members, settings.story_quiet_days):
        pieces = _dated_runs(feats, run, min(settings.story_evidence_days, settings.story_quiet_days))
        current = pieces[0]
        for piece in pieces[1:]:
            if float(scores[np.ix_(current, piece)].mean()) >= bridge:
                current = current + piece
            else:
                out.append(current)
                current = piece
        out.append(current)
    return out


def rejoin_halves(
    feats: list[Features],
    groups: list[list[int]],
    apart: list[tuple[int, int]],
    scores: np.ndarray,
    settings: LinkSettings,
) -> list[list[int]]:
    """Average linkage once more, from the halves of split stories (`apart`: their
    positions in `groups`, two halves that must stay apart).

    While two events shared a story, its average pair score hid how close one event's
    half is to pieces of that same event that linkage had left outside (an article or a
    cluster of the same event, below `story_threshold` only against the mixed story).
    So each half, and what it grows into, merges with the group of highest average
    score at `story_threshold` or above, as average linkage would, never with its
    sibling half and never across a silence.
    """
    members = [list(g) for g in groups]
    label = np.empty(len(feats), dtype=int)
    for k, g in enumerate(members):
        label[g] = k
    sizes = np.array([len(g) for g in members], dtype=float)
    alive = np.ones(len(members), dtype=bool)

    def score_sums(rows: list[int]) -> np.ndarray:
        """Sums of the pair scores of `rows` with every group, by group."""
        return np.bincount(label, weights=scores[rows].sum(axis=0), minlength=len(members))

    # one row of sums per growing group, kept up to date through the merges (recomputing
    # them would cost a pass over the region per merge)
    growing = sorted({k for pair in apart for k in pair})
    sums = {a: score_sums(members[a]) for a in growing}
    blocked: dict[int, set[int]] = {k: set() for k in growing}
    for a, b in apart:
        blocked[a].add(b)
        blocked[b].add(a)
    while True:
        best: tuple[float, int, int] | None = None
        for a in growing:
            means = np.where(alive, sums[a] / (sizes[a] * np.maximum(sizes, 1)), -np.inf)
            means[[a, *blocked[a]]] = -np.inf
            near = np.flatnonzero(means >= settings.story_threshold)
            for b in near[np.argsort(-means[near], kind="stable")]:
                if len(silence_runs(feats, members[a] + members[b], scores, settings)) == 1:
                    if best is None or means[b] > best[0]:
                        best = (float(means[b]), a, int(b))
                    break
        if best is None:
            break
        _, a, b = best
        # b joins a: a's sums gain b's, and every growing group's sum with a gains its sum with b
        sums[a] += sums.pop(b) if b in sums else score_sums(members[b])
        for row in sums.values():
            row[a] += row[b]
            row[b] = 0.0
        members[a].extend(members[b])
        members[b] = []
        label[members[a]] = a
        sizes[a] += sizes[b]
        sizes[b] = 0.0
        alive[b] = False
        if b in blocked:
            for c in blocked.pop(b):
                blocked[c].discard(b)
                blocked[c].add(a)
                blocked[a].add(c)
            growing.remove(b)
    position = {i: k for k, i in enumerate(i for g in groups for i in g)}
    return [sorted(g, key=position.__getitem__) for g, live in zip(members, alive, strict=True) if live]


def split_silences(
    feats: list[Features], groups: list[list[int]], settings: LinkSettings, scores: np.ndarray
) -> list[list[int]]:
    """Each group cut where its coverage falls silent (`silence_runs`).

    A story runs as long as articles keep coming, so a week of daily coverage stays one
    story while the same kind of event months later starts another, and a follow-up weeks
    later stays with its event when it is clearly the same one. The undated members join,
    as one block, the run they score highest with on average (`scores`: pair scores).
    """
    out: list[list[int]] = []
    for group in groups:
        runs = silence_runs(feats, group, scores, settings)
        if len(runs) < 2:
            out.append(group)
            continue
        undated = [i for i in group if feats[i].published is None]
        if undated:
            # together, as average linkage put them together (the event split may still part them)
            runs[int(np.argmax([scores[np.ix_(undated, run)].mean() for run in runs]))].extend(undated)
        position = {i: k for k, i in enumerate(group)}
        out.extend(sorted(run, key=position.__getitem__) for run in runs)
    return out


def group_stories(
    feats: list[Features], scores: np.ndarray, settings: LinkSettings, memo: HalvesMemo | None = None
) -> list[list[int]]:
    """Average linkage at `story_threshold`, then cut at silences, then split two-event
    stories (their halves taking back the pieces of their own events; `memo`: see
    `split_events`)."""
    groups = average_linkage(scores, settings.story_threshold)
    groups = split_silences(feats, groups, settings, scores)
    return split_events(feats, groups, settings, scores, memo)
