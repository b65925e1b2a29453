"""Group articles into stories: one batch pass for `brief`, one online clusterer for streams.

Both score article pairs the same way (`score_matrix`, and `OnlineClusterer.pair_score`
for one pair), with the weights of `LinkSettings`:
- the cosine of the encoder's vectors of title + lead (multilingual when the encoder is);
- the share of named things in common (capitalized words), weighted by rarity (IDF):
  it separates two events of the same kind ("an earthquake in A" vs "in B");
- overlap of the numbers the articles state;
- the cosine of their words (TF-IDF over the whole text, rarity as for names): the
  vector reads the lead only, and in one language the body's own words ("aftershocks",
  "tsunami warning", "ceasefire") hold a topic together when leads say it differently;
- time: a story runs while its coverage goes on; a silence of more than
  `story_quiet_days` ends it (`split_silences`), however alike the articles after it.
Both group by average linkage at `story_threshold`, cut stories at their silences, then
split a story whose members form two separate events once names are weighted within it
(`split_events`; a member clearly closer to the other half moves there, `settle_members`),
each half taking back the pieces of its own event (`rejoin_halves`). The stream
places each newcomer at once by top-k linkage (`stream_threshold`), then its repair pass
re-clusters the touched stories and their neighbours as the batch does, so a stream
ends where a batch would, whatever the arrival order. Measured on ECB+ and MultiLing by
`bench/stories.py`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import Protocol

import numpy as np

from synoptic import lang
from synoptic.model import Article
from synoptic.settings import LinkSettings
from synoptic.vectors import WORD_BUCKETS, fold_text, word_counts


class Encoder(Protocol):
    def encode(self, texts: list[str]) -> np.ndarray: ...


# Fewer shared names than this can not count fully: one common name ("Monday")
# should not join two stories.
ENTITY_FLOOR = 4
_CAP_TOKEN = re.compile(r"\b[^\W\d_][\w'’-]*", re.UNICODE)
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
# one to three digits, a point or comma, one or two more: a decimal fraction ("5.9",
# "5,9"), not a thousands separator ("1,500", "1.500")
_DECIMAL = re.compile(r"(\d{1,3})[.,](\d{1,2})")
# Capitalized words that start many sentences without naming anything; a small
# closed vocabulary of function words (English/French/Spanish/German/Italian).
_STOP_CAPS = lang.all_stop_words("OPENING_WORDS")


_POSSESSIVE = re.compile(r"['’]s?$")


def _fold(text: str) -> str:
    """Case- and accent-insensitive key, so spellings of one name meet ("Moscow's" -> "moscow")."""
    return _POSSESSIVE.sub("", fold_text(text))


def lead_text(article: Article, chars: int) -> str:
    body = article.text[:chars]
    return f"{article.title}\n{body}" if article.title else body


def named_keys(article: Article) -> frozenset[str]:
    """Keys of the named things an article mentions: its capitalized words that do not
    open a sentence, each word alone (so "Wendy Sherman" meets "Sherman").

    A language-independent stand-in for names, and the same whether or not `text/` ran,
    so `brief` and the stream group one pile of articles alike. Entity mentions from
    `text/` grouped worse (ECB+ 0.916 and MultiLing 0.743 against 0.929 and 0.963, by the
    `--text` option `bench/stories.py` had until then): they name fewer things, and the
    weights were chosen on these keys.
    """
    keys: set[str] = set()
    for line in f"{article.title}\n{article.text}".splitlines():
        if _in_capitals(line):
            continue  # every word is capitalized there, names or not
        for match in _CAP_TOKEN.finditer(line):
            word = match.group()
            if not word[0].isupper():
                continue
            # skip sentence-initial words: capitalized by position, not by being a name
            before = line[max(0, match.start() - 3) : match.start()].rstrip(" \t\"'“‘«(")
            if not before or before[-1] in ".!?:":
                continue
            folded = _fold(word)
            if len(folded) > 2 and folded not in _STOP_CAPS:
                keys.add(folded)
    return frozenset(keys)


def _in_capitals(line: str) -> bool:
    """A line set in capitals (a shouted headline, a wire story in caps), longer than
    an acronym or two; `str.isupper` settles nearly every line at C speed."""
    return line.isupper() and sum(c.isalpha() for c in line) > 10


def number_keys(article: Article) -> frozenset[str]:
    """The numbers an article states, digits only (the same with or without `text/`);
    a decimal fraction keeps its point ("5.9"; the French "5,9" meets it)."""
    values: set[str] = set()
    for match in _NUMBER.finditer(article.text):
        number = match.group()
        decimal = _DECIMAL.fullmatch(number)
        if decimal:
            # a magnitude, a rate, a score: as telling as a large number, though few digits
            values.add(f"{decimal[1]}.{decimal[2]}")
            continue
        digits = re.sub(r"[,.]", "", number)
        # small numbers (1..31, counts of a few) are too common to identify a story
        if len(digits) >= 3:
            values.add(digits.lstrip("0") or "0")
    return frozenset(values)


def overlap(a: frozenset[str] | set[str], b: frozenset[str] | set[str], floor: int) -> float:
    """Shared share of the smaller set, damped when the sets are tiny."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / max(floor, min(len(a), len(b)))


def _no_words() -> np.ndarray:
    return np.zeros(0, dtype=np.int32)


def _no_weights() -> np.ndarray:
    return np.zeros(0, dtype=np.float32)


@dataclass
class Features:
    id: str
    vector: np.ndarray
    names: frozenset[str]
    numbers: frozenset[str]
    published: date | None
    # the article's words (`vectors.word_counts` buckets, ascending) and their
    # log-scaled counts: the words of the whole text, where the vector reads the lead
    words: np.ndarray = field(default_factory=_no_words)
    word_tf: np.ndarray = field(default_factory=_no_weights)


def article_words(articles: list[Article]) -> list[tuple[np.ndarray, np.ndarray]]:
    """Each article's word buckets and log-scaled counts (title and whole text)."""
    counts = word_counts([f"{a.title}\n{a.text}" for a in articles])
    out = []
    for i in range(len(articles)):
        lo, hi = counts.indptr[i], counts.indptr[i + 1]
        # sublinear counts: a word said ten times is not ten times the evidence
        out.append((counts.indices[lo:hi].astype(np.int32), (1.0 + np.log(counts.data[lo:hi])).astype(np.float32)))
    return out


def article_features(articles: list[Article], encoder: Encoder, settings: LinkSettings) -> list[Features]:
    lead_chars = settings.story_lead_chars
    vectors = np.asarray(encoder.encode([lead_text(a, lead_chars) for a in articles]), dtype=np.float32)
    vectors = _normalize(vectors)
    words = article_words(articles)
    return [
        Features(
            id=a.id,
            vector=vectors[i],
            names=named_keys(a),
            numbers=number_keys(a),
            published=a.published,
            words=words[i][0],
            word_tf=words[i][1],
        )
        for i, a in enumerate(articles)
    ]


def _normalize(vectors: np.ndarray) -> np.ndarray:
    if vectors.ndim == 1:
        vectors = vectors.reshape(1, -1)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


def smoothed_idf(docs: int, count: int | np.ndarray) -> float | np.ndarray:
    """Smoothed inverse document frequency of a name or word found in `count` of `docs`
    articles; an array of counts gives an array of weights."""
    if isinstance(count, np.ndarray):
        return np.log((docs + 1) / (count + 1.0)) + 1.0
    return math.log((docs + 1) / (count + 1)) + 1.0


def idf_weights(feats: list[Features]) -> Callable[[str], float]:
    """IDF of names over a batch."""
    df: Counter = Counter()
    for f in feats:
        df.update(f.names)
    docs = len(feats)
    return lambda name: smoothed_idf(docs, df.get(name, 0))


WordWeights = Callable[[np.ndarray], np.ndarray]


def word_idf_weights(feats: list[Features]) -> WordWeights:
    """IDF of word buckets over a batch (a function of an array of buckets)."""
    df = np.bincount(np.concatenate([f.words for f in feats] or [_no_words()]), minlength=1)
    docs = len(feats)

    def weights(words: np.ndarray) -> np.ndarray:
        return smoothed_idf(docs, df[words])

    return weights


def word_matrix(feats: list[Features], word_idf: WordWeights):  # -> scipy.sparse.csr_matrix
    """Rows: each article's TF-IDF word vector, unit length (an article without words: zeros)."""
    from scipy.sparse import csr_matrix

    indptr = np.cumsum([0] + [len(f.words) for f in feats])
    words = np.concatenate([f.words for f in feats] or [_no_words()])
    data = np.concatenate([f.word_tf for f in feats] or [_no_weights()]).astype(np.float64)
    data = data * word_idf(words) if words.size else data
    matrix = csr_matrix((data, words, indptr), shape=(len(feats), WORD_BUCKETS))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return csr_matrix(matrix.multiply(1.0 / norms[:, None]))


def _membership(sets: list[frozenset[str]]) -> tuple[object, list[str]]:
    """A sparse 0/1 matrix: row i marks the keys of sets[i]."""
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for i, keys in enumerate(sets):
        for k in keys:
            rows.append(i)
            cols.append(vocab.setdefault(k, len(vocab)))
    matrix = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(sets), max(1, len(vocab))))
    return matrix, list(vocab)


def unknown_names_term(settings: LinkSettings) -> float:
    """The name term of a pair whose names can not be compared (too few, or a script
    without capitals): it puts the pair's decision at cosine `story_cosine_alone`."""
    return settings.story_threshold - settings.story_cosine_weight * settings.story_cosine_alone


def score_matrix(
    feats: list[Features], settings: LinkSettings, idf: Callable[[str], float], word_idf: WordWeights
) -> np.ndarray:
    """Pair scores of all articles at once; entry (i, j) equals `pair_score` of the two.

    Time is not part of a pair's score: two articles a week apart belong to one story
    when coverage went on in between (`split_silences` cuts where it did not).
    """
    n = len(feats)
    vectors = np.stack([f.vector for f in feats]).astype(np.float64)
    score = settings.story_cosine_weight * (vectors @ vectors.T)
    if settings.story_word_weight:
        words = word_matrix(feats, word_idf)
        score += settings.story_word_weight * (words @ words.T).toarray()
    # names: IDF of the names in common over the smaller side's total, where both name enough
    names, vocab = _membership([f.names for f in feats])
    if vocab:
        weights = np.array([idf(k) for k in vocab])
        shared = (names.multiply(weights[None, :]) @ names.T).toarray()
        total = np.asarray(names @ weights).ravel()
        enough = np.asarray(names.sum(axis=1)).ravel() >= NAME_MIN
        smaller = np.minimum.outer(total, total)
        share = np.divide(shared, smaller, out=np.zeros_like(shared), where=smaller > 0)
        known = np.outer(enough, enough) & (smaller > 0)
        score += np.where(known, settings.story_name_weight * (share - settings.story_name_prior),
                          unknown_names_term(settings))
    else:
        score += unknown_names_term(settings)
    # numbers: shared count over the smaller set, damped below ENTITY_FLOOR
    numbers, vocab = _membership([f.numbers for f in feats])
    if vocab:
        shared = (numbers @ numbers.T).toarray()
        sizes = np.asarray(numbers.sum(axis=1)).ravel()
        floor = np.maximum(ENTITY_FLOOR, np.minimum.outer(sizes, sizes))
        both = np.outer(sizes > 0, sizes > 0)
        score += np.where(both, settings.story_number_weight * shared / floor, 0.0)
    np.fill_diagonal(score, score.max() if n else 0.0)
    return score


def batch_similarity(feats: list[Features], settings: LinkSettings) -> np.ndarray:
    """Pair scores of a batch, names and words weighted by their IDF over the batch."""
    return score_matrix(feats, settings, idf_weights(feats), word_idf_weights(feats))


def average_linkage(sim: np.ndarray, threshold: float) -> list[list[int]]:
    """Agglomerative clustering: merge the closest groups while their average similarity >= threshold."""
    # scipy rather than sklearn: same average linkage, without sklearn's start-up cost
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    n = sim.shape[0]
    if n == 1:
        return [[0]]
    # scores are not bounded by 1: distances count down from the highest one
    top = max(float(sim.max()), threshold)
    distance = top - (sim + sim.T) / 2.0
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(np.clip(distance, 0.0, None), checks=False), method="average")
    # groups at average distance <= top - threshold merge, as similarity >= threshold
    labels = fcluster(tree, t=top - threshold + 1e-9, criterion="distance")
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
# event). Both are in LinkSettings.
# restarts of 2-means (fixed seeds, so a story always splits the same way)
SPLIT_RESTARTS = 8


def _name_profiles(members: list[Features], idf: Callable[[str], float]) -> np.ndarray:
    """Rows: each member's names weighted by `idf` (within the story), unit length."""
    names, vocab = _membership([f.names for f in members])
    rows = names.multiply(np.array([idf(k) for k in vocab])[None, :]).toarray() if vocab else names.toarray()
    return _normalize(rows)


def bisect_story(members: list[Features], idf: Callable[[str], float]) -> np.ndarray:
    """0/1 labels of the best of several 2-means runs over names (who, where) and vectors (what)."""
    from scipy.cluster.vq import kmeans2

    points = np.hstack([_name_profiles(members, idf), np.stack([f.vector for f in members])]).astype(np.float64)
    if points.shape[1] > len(members):
        # 2-means sees only the distances between the points: the same points in the
        # coordinates of their own span (as many dimensions as members, not thousands of
        # names and hashed words) give the same halves, many times faster
        centred = points - points.mean(axis=0)
        values, axes = np.linalg.eigh(centred @ centred.T)
        points = axes * np.sqrt(np.clip(values, 0.0, None))
    best: tuple[float, np.ndarray] | None = None
    for seed in range(SPLIT_RESTARTS):
        centres, labels = kmeans2(points, 2, minit="++", seed=seed)
        inertia = float(((points - centres[labels]) ** 2).sum())
        if best is None or inertia < best[0] - 1e-12:
            best = (inertia, labels)
    assert best is not None
    return best[1]


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
    labels[canonical] = bisect_story([members[i] for i in canonical], idf)
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


def split_events(
    feats: list[Features], groups: list[list[int]], settings: LinkSettings, scores: np.ndarray
) -> list[list[int]]:
    """Each group split into its two events where it covers two (see `event_halves`);
    then each half may rejoin pieces of its own event (`rejoin_halves`)."""
    out: list[list[int]] = []
    apart: list[tuple[int, int]] = []
    for group in groups:
        halves = event_halves([feats[i] for i in group], settings)
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
                if len(_dated_runs(feats, members[a] + members[b], settings.story_quiet_days)) == 1:
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
    feats: list[Features], groups: list[list[int]], quiet_days: float, scores: np.ndarray
) -> list[list[int]]:
    """Each group cut where its coverage falls silent for more than `quiet_days`.

    A story runs as long as articles keep coming, so a week of daily coverage stays one
    story while the same kind of event months later starts another. The undated members
    join, as one block, the run they score highest with on average (`scores`: pair scores).
    """
    out: list[list[int]] = []
    for group in groups:
        runs = _dated_runs(feats, group, quiet_days)
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


def group_stories(feats: list[Features], scores: np.ndarray, settings: LinkSettings) -> list[list[int]]:
    """Average linkage at `story_threshold`, then cut at silences, then split two-event
    stories (their halves taking back the pieces of their own events)."""
    groups = average_linkage(scores, settings.story_threshold)
    groups = split_silences(feats, groups, settings.story_quiet_days, scores)
    return split_events(feats, groups, settings, scores)


# Above this many articles the batch falls back to the online clusterer: the
# pairwise matrix grows with the square of the batch.
BATCH_MAX = 3000


def cluster_batch(articles: list[Article], encoder: Encoder, settings: LinkSettings) -> list[list[str]]:
    """Article ids grouped into stories: biggest story first, ids in input order."""
    if not articles:
        return []
    if len(articles) > BATCH_MAX:
        clusterer = OnlineClusterer(settings, dim=None)
        for feats in _chunks(article_features(articles, encoder, settings), 512):
            for f in feats:
                clusterer.add(f)
        clusterer.repair()
        groups_ids = clusterer.groups()
    else:
        feats = article_features(articles, encoder, settings)
        groups = group_stories(feats, batch_similarity(feats, settings), settings)
        groups_ids = [[feats[i].id for i in g] for g in groups]
    order = {a.id: i for i, a in enumerate(articles)}
    for g in groups_ids:
        g.sort(key=order.__getitem__)
    groups_ids.sort(key=lambda g: (-len(g), order[g[0]]))
    return groups_ids


def _chunks(items: list[Features], size: int) -> Iterable[list[Features]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# ---------------------------------------------------------------------------
# Online clustering
#
# A story is judged by its members nearest to the newcomer, not by a centroid: the
# centroid of a growing story drifts towards "news in general" and attracts
# everything, and loose stories (a topic covered from many angles, in several
# languages) have low average similarity although each article has close
# neighbours in them. So: the mean of the newcomer's `stream_top_k` best pair
# scores with a story's members (a top-k linkage between single and average linkage),
# found with an approximate nearest-neighbour index over article vectors.

# Names weigh by rarity (IDF over the articles seen), so sharing "Tara Reid" counts
# and sharing "Los Angeles" barely does; the name term moves a pair score by
# story_name_weight * (share of rare names in common - story_name_prior), and only
# when both articles name at least NAME_MIN things (in scripts without capitals, such
# as Arabic, the stand-in finds none, and the vectors decide alone).
NAME_MIN = 3
NEIGHBOURS = 30  # articles looked up per newcomer


@dataclass
class StoryState:
    """What the online clusterer remembers of one story."""

    key: int
    members: list[str] = field(default_factory=list)
    first: date | None = None
    last: date | None = None

    def absorb(self, f: Features) -> None:
        self.members.append(f.id)
        if f.published is not None:
            self.first = f.published if self.first is None else min(self.first, f.published)
            self.last = f.published if self.last is None else max(self.last, f.published)

    def recompute_days(self, features: dict[str, Features]) -> None:
        days = [features[m].published for m in self.members if features[m].published is not None]
        self.first = min(days) if days else None
        self.last = max(days) if days else None


class OnlineClusterer:
    """Each new article joins the best open story or starts one.

    Candidates are the stories of the newcomer's nearest articles in a usearch index,
    so the cost per article stays flat as the store grows. `repair()` re-clusters the
    stories touched since the last repair, and their neighbours, by average linkage.
    """

    def __init__(self, settings: LinkSettings, dim: int | None = None) -> None:
        self.settings = settings
        self.dim = dim
        self.stories: dict[int, StoryState] = {}
        self.features: dict[str, Features] = {}
        self.story_of: dict[str, int] = {}
        self._next_key = 0
        self._index = None
        self._article_key: dict[str, int] = {}
        self._article_of: dict[int, str] = {}
        self._next_article = 0
        self._df: Counter = Counter()
        self._word_df = np.zeros(WORD_BUCKETS, dtype=np.int32)
        self._word_idf: np.ndarray | None = None
        # article id -> (its word buckets, their unit TF-IDF weights), under the memo's IDF
        self._unit_words: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._docs = 0
        self._idf_memo: dict[str, float] = {}
        self._sum_memo: dict[frozenset[str], float] = {}
        self._memo_docs = 0
        self.touched: set[int] = set()
        # candidate stories of articles placed since the last repair
        self._links: dict[str, set[int]] = {}

    # -- article index ---------------------------------------------------
    def _ensure_index(self, dim: int) -> None:
        if self._index is None:
            from usearch.index import Index

            self.dim = dim
            # 8-bit quantized graph: candidates only (scores use the exact vectors), and
            # several times cheaper per add and search than f32 at TF-IDF's 8,192 dimensions
            self._index = Index(ndim=dim, metric="cos", dtype="i8", expansion_add=64, expansion_search=64)

    def _remember(self, f: Features) -> None:
        self._ensure_index(f.vector.shape[0])
        old = self.features.get(f.id)
        if old is not None:
            self._df.subtract(old.names)
            self._word_df[old.words] -= 1
            self._docs -= 1
        self.features[f.id] = f
        self._df.update(f.names)
        self._word_df[f.words] += 1  # an article's buckets are distinct
        self._docs += 1
        key = self._article_key.get(f.id)
        if key is None:
            key = self._next_article
            self._next_article += 1
            self._article_key[f.id] = key
            self._article_of[key] = f.id
        elif key in self._index:
            self._index.remove(key)
        self._index.add(key, f.vector.astype(np.float32))

    def _forget(self, aid: str) -> None:
        f = self.features.pop(aid, None)
        self._unit_words.pop(aid, None)
        if f is not None:
            self._df.subtract(f.names)
            self._word_df[f.words] -= 1
            self._docs -= 1
        key = self._article_key.pop(aid, None)
        if key is not None:
            self._article_of.pop(key, None)
            if self._index is not None and key in self._index:
                self._index.remove(key)

    def neighbours(self, vector: np.ndarray, count: int = NEIGHBOURS) -> list[tuple[str, float]]:
        """Nearest stored articles with their cosine similarity."""
        if self._index is None or len(self._index) == 0:
            return []
        matches = self._index.search(vector.astype(np.float32), min(count, len(self._index)))
        found = [aid for aid in (self._article_of.get(int(key)) for key in matches.keys) if aid is not None]
        if not found:
            return []
        cosines = np.stack([self.features[aid].vector for aid in found]) @ vector
        return list(zip(found, (float(c) for c in cosines), strict=True))

    # -- scoring ---------------------------------------------------------
    def _refresh_memos(self) -> None:
        # weights are memoized and rebuilt once the collection grew (or shrank) by a
        # tenth: they barely move in between, and this is the inner loop of clustering
        if self._docs > self._memo_docs * 1.1 + 10 or self._docs < self._memo_docs * 0.9:
            self._idf_memo = {}
            self._sum_memo = {}
            self._word_idf = None
            self._unit_words = {}
            self._memo_docs = self._docs

    def _idf(self, name: str) -> float:
        self._refresh_memos()
        value = self._idf_memo.get(name)
        if value is None:
            value = smoothed_idf(self._docs, self._df.get(name, 0))
            self._idf_memo[name] = value
        return value

    def _idf_sum(self, names: frozenset[str]) -> float:
        total = self._sum_memo.get(names)
        if total is None:
            total = sum(self._idf(k) for k in names)
            self._sum_memo[names] = total
        return total

    def _word_weights(self, words: np.ndarray) -> np.ndarray:
        """IDF of word buckets over the articles held."""
        self._refresh_memos()
        if self._word_idf is None:
            self._word_idf = smoothed_idf(self._docs, self._word_df)
        return self._word_idf[words]

    def _unit_weights(self, f: Features) -> np.ndarray:
        """The article's TF-IDF word weights at unit length (memoized: a newcomer meets
        its neighbours one by one, and a neighbour meets many newcomers)."""
        self._refresh_memos()
        cached = self._unit_words.get(f.id)
        if cached is None or cached[0] is not f.words:
            weights = f.word_tf * self._word_weights(f.words)
            norm = float(np.linalg.norm(weights))
            cached = (f.words, weights / norm if norm else weights)
            self._unit_words[f.id] = cached
        return cached[1]

    def word_cosine(self, a: Features, b: Features) -> float:
        """Cosine of the two articles' TF-IDF word vectors."""
        if not a.words.size or not b.words.size:
            return 0.0
        _, ia, ib = np.intersect1d(a.words, b.words, assume_unique=True, return_indices=True)
        if not ia.size:
            return 0.0
        return float(self._unit_weights(a)[ia] @ self._unit_weights(b)[ib])

    def name_share(self, a: frozenset[str], b: frozenset[str]) -> float | None:
        """IDF-weighted share of names in common (of the smaller side); None when unknown."""
        if len(a) < NAME_MIN or len(b) < NAME_MIN:
            return None
        common = a & b
        if not common:
            return 0.0
        shared = sum(self._idf(k) for k in common)
        total = min(self._idf_sum(a), self._idf_sum(b))
        return shared / total if total else None

    def pair_score(self, a: Features, b: Features, cosine: float | None = None) -> float:
        if cosine is None:
            cosine = float(np.dot(a.vector, b.vector))
        st = self.settings
        score = st.story_cosine_weight * cosine
        share = self.name_share(a.names, b.names)
        if share is None:
            score += unknown_names_term(st)
        else:
            score += st.story_name_weight * (share - st.story_name_prior)
        if st.story_word_weight:
            score += st.story_word_weight * self.word_cosine(a, b)
        return score + st.story_number_weight * overlap(a.numbers, b.numbers, ENTITY_FLOOR)

    def _is_closed(self, story: StoryState, when: date | None) -> bool:
        if when is None or story.last is None or story.first is None:
            return False
        quiet = self.settings.story_quiet_days
        return (when - story.last).days > quiet or (story.first - when).days > quiet

    def story_scores(self, f: Features, exclude: str | None = None) -> dict[int, float]:
        """Top-k linkage of `f` with each candidate story."""
        per_story: dict[int, list[float]] = {}
        for aid, cosine in self.neighbours(f.vector):
            if aid == f.id or aid == exclude:
                continue
            key = self.story_of.get(aid)
            if key is None:
                continue
            per_story.setdefault(key, []).append(self.pair_score(f, self.features[aid], cosine))
        k = max(1, self.settings.stream_top_k)
        scores = {}
        for key, values in per_story.items():
            story = self.stories[key]
            if self._is_closed(story, f.published):
                continue
            values.sort(reverse=True)
            # a story smaller than k is judged on all its members
            scores[key] = sum(values[:k]) / min(k, max(1, len(story.members) - (f.id in story.members)))
        return scores

    # -- updates ---------------------------------------------------------
    def _new_story(self) -> StoryState:
        story = StoryState(key=self._next_key)
        self._next_key += 1
        self.stories[story.key] = story
        return story

    def add(self, f: Features) -> int:
        """Place one article; returns its story key."""
        if f.id in self.story_of:
            return self.story_of[f.id]
        scores = self.story_scores(f)
        self._links[f.id] = set(scores)  # the repair pass looks at these stories too
        best_key = max(scores, key=lambda k: (scores[k], -k), default=None)
        self._remember(f)
        if best_key is not None and scores[best_key] >= self.settings.stream_threshold:
            story = self.stories[best_key]
        else:
            story = self._new_story()
        story.absorb(f)
        self.story_of[f.id] = story.key
        self.touched.add(story.key)
        return story.key

    def load_story(self, members: list[Features]) -> int:
        """Restore a story as it was stored (no re-clustering of its members)."""
        story = self._new_story()
        for f in members:
            self._remember(f)
            story.absorb(f)
            self.story_of[f.id] = story.key
        return story.key

    def replace(self, f: Features) -> int:
        """New features for an article already placed (a revised text): it stays in its story."""
        key = self.story_of.get(f.id)
        if key is None:
            return self.add(f)
        self._links[f.id] = set(self.story_scores(f, exclude=f.id))
        self._remember(f)
        self.stories[key].recompute_days(self.features)
        self.touched.add(key)
        return key

    def evict(self, key: int) -> None:
        """Forget a (closed) story to bound memory; it stays in the store."""
        story = self.stories.pop(key, None)
        if story is None:
            return
        for aid in story.members:
            self.story_of.pop(aid, None)
            self._forget(aid)
        self.touched.discard(key)

    def repair(self) -> set[int]:
        """Re-cluster the stories touched since the last repair, with their neighbours.

        The region is the touched stories plus the open stories that were candidates
        for the articles placed since (at most `stream_repair_articles` articles); its
        articles are grouped afresh by the batch's average linkage, so early mistakes
        of the greedy placement (a story split by arrival order, two stories joined by
        one ambiguous article) are undone. New groups keep the key of the old story
        they overlap most, so story identities survive. Returns the keys of stories
        that changed.
        """
        todo = sorted(k for k in self.touched if k in self.stories and self.stories[k].members)
        self.touched = set()
        if not todo:
            return set()
        region = self._repair_region(todo)
        members = [aid for key in region for aid in self.stories[key].members]
        if len(members) < 2:
            return set()
        feats = [self.features[aid] for aid in members]
        scores = score_matrix(feats, self.settings, self._idf, self._word_weights)
        groups = group_stories(feats, scores, self.settings)
        return self._regroup(region, [[members[i] for i in g] for g in groups])

    def _repair_region(self, todo: list[int]) -> list[int]:
        """Touched stories first, then the stories most linked to them, within the size budget."""
        budget = max(2, self.settings.stream_repair_articles)
        region: list[int] = []
        size = 0
        for key in sorted(todo, key=lambda k: -len(self.stories[k].members)):
            if size + len(self.stories[key].members) > budget and region:
                self.touched.add(key)  # not re-clustered this time: next pass
                continue
            region.append(key)
            size += len(self.stories[key].members)
        chosen = set(region)
        links: Counter = Counter()
        fresh, self._links = self._links, {}
        # the stories near the articles placed since the last repair (found when each was
        # placed); older members were looked at by earlier passes
        for aid, near in fresh.items():
            if self.story_of.get(aid) in chosen:
                for other_key in near - chosen:
                    if other_key in self.stories:
                        links[other_key] += 1
        for key, _ in links.most_common():
            count = len(self.stories[key].members)
            if size + count > budget:
                continue
            region.append(key)
            chosen.add(key)
            size += count
        return region

    def _regroup(self, region: list[int], groups: list[list[str]]) -> set[int]:
        """Write new groups over the region's stories, each keeping its best-overlapping old key."""
        old_members = {key: set(self.stories[key].members) for key in region}
        shared: Counter = Counter()
        for gi, group in enumerate(groups):
            for aid in group:
                shared[(gi, self.story_of[aid])] += 1
        key_of: dict[int, int] = {}
        used: set[int] = set()
        # the largest overlaps choose first; ties go to the older story
        for (gi, key), _ in sorted(shared.items(), key=lambda item: (-item[1], item[0][1], item[0][0])):
            if gi not in key_of and key not in used:
                key_of[gi] = key
                used.add(key)
        changed: set[int] = set()
        for key in region:
            if key not in used:
                del self.stories[key]  # every member moved elsewhere
        for gi, group in enumerate(groups):
            key = key_of.get(gi)
            story = self.stories[key] if key is not None else self._new_story()
            if key is not None and set(group) == old_members[key]:
                continue
            # members keep their arrival order within the story
            order = {aid: i for i, aid in enumerate(story.members)}
            story.members = sorted(group, key=lambda aid: (order.get(aid, len(order)), aid))
            story.recompute_days(self.features)
            for aid in group:
                self.story_of[aid] = story.key
            changed.add(story.key)
        return changed

    def groups(self) -> list[list[str]]:
        return [list(s.members) for s in self.stories.values() if s.members]
