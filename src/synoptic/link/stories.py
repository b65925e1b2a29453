"""Group articles into stories: one batch pass for `brief`, one online clusterer for streams.

Both use the same evidence, so a batch and a stream over the same articles agree:
- the encoder's vector of title + lead (multilingual when the encoder is);
- overlap of named things (entity mentions from `text/`, else capitalized tokens),
  which separates two events of the same kind ("an earthquake in A" vs "in B");
- overlap of the numbers the articles state;
- time: a story is closed once it has been quiet for `story_quiet_days`.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

import numpy as np

from synoptic.model import Article, ArticleAnalysis
from synoptic.settings import LinkSettings


class Encoder(Protocol):
    def encode(self, texts: list[str]) -> np.ndarray: ...


# Characters of the article body put beside the title in the story vector: the lead
# says what the story is; later paragraphs drift to background.
LEAD_CHARS = 1200
# Weights of the named-thing and number overlaps added to the cosine similarity.
ENTITY_WEIGHT = 0.25
NUMBER_WEIGHT = 0.05
# Fewer shared names than this can not count fully: one common name ("Monday")
# should not join two stories.
ENTITY_FLOOR = 4
_CAP_TOKEN = re.compile(r"\b[^\W\d_][\w'’-]*", re.UNICODE)
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
# Capitalized words that start many sentences without naming anything; a small
# closed vocabulary of function words (English/French/Spanish/German/Italian).
_STOP_CAPS = frozenset(
    """the a an and or but if in on at of for to from by with as is are was were be been
    it its this that these those there here he she they we you i his her their our
    mr mrs ms dr said says after before when while during since until about over under
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    le la les un une des du de et ou mais il elle ils elles nous vous je en au aux
    el los las y o pero por para con del lo se su sus
    der die das ein eine und oder aber im am zu von mit den dem des
    il lo gli una e o ma per con del della""".split()
)


_POSSESSIVE = re.compile(r"['’]s?$")


def _fold(text: str) -> str:
    """Case- and accent-insensitive key, so spellings of one name meet ("Moscow's" -> "moscow")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _POSSESSIVE.sub("", folded)


def lead_text(article: Article, chars: int = LEAD_CHARS) -> str:
    body = article.text[:chars]
    return f"{article.title}\n{body}" if article.title else body


def named_keys(article: Article, analysis: ArticleAnalysis | None) -> frozenset[str]:
    """Keys of the named things an article mentions.

    Entity mentions from `text/` when it found any; otherwise capitalized tokens
    that do not open a sentence (a language-independent stand-in for names).
    Multi-word names also count by each word, so "Wendy Sherman" meets "Sherman".
    """
    keys: set[str] = set()
    if analysis is not None and analysis.entities:
        for mention in analysis.entities:
            for word in _CAP_TOKEN.findall(mention.span.text):
                folded = _fold(word)
                if len(folded) > 2 and folded not in _STOP_CAPS:
                    keys.add(folded)
        return frozenset(keys)
    text = f"{article.title}\n{article.text}"
    for match in _CAP_TOKEN.finditer(text):
        word = match.group()
        if not word[0].isupper():
            continue
        # skip sentence-initial words: capitalized by position, not by being a name
        before = text[max(0, match.start() - 3) : match.start()].rstrip(" \t\"'“‘«(")
        if not before or before[-1] in ".!?\n:":
            continue
        folded = _fold(word)
        if len(folded) > 2 and folded not in _STOP_CAPS:
            keys.add(folded)
    return frozenset(keys)


def number_keys(article: Article, analysis: ArticleAnalysis | None) -> frozenset[str]:
    """The numbers an article states (normalized), from `text/` quantities when present."""
    values: set[str] = set()
    if analysis is not None and analysis.quantities:
        for q in analysis.quantities:
            if q.low is not None:
                values.add(f"{q.low:g}")
        return frozenset(values)
    for match in _NUMBER.finditer(article.text):
        digits = re.sub(r"[,.]", "", match.group())
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


@dataclass
class Features:
    id: str
    vector: np.ndarray
    names: frozenset[str]
    numbers: frozenset[str]
    published: date | None


def article_features(
    articles: list[Article],
    analyses: dict[str, ArticleAnalysis],
    encoder: Encoder,
) -> list[Features]:
    vectors = np.asarray(encoder.encode([lead_text(a) for a in articles]), dtype=np.float32)
    vectors = _normalize(vectors)
    return [
        Features(
            id=a.id,
            vector=vectors[i],
            names=named_keys(a, analyses.get(a.id)),
            numbers=number_keys(a, analyses.get(a.id)),
            published=a.published,
        )
        for i, a in enumerate(articles)
    ]


def _normalize(vectors: np.ndarray) -> np.ndarray:
    if vectors.ndim == 1:
        vectors = vectors.reshape(1, -1)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vectors / norms


def _days_apart(a: date | None, b: date | None) -> float | None:
    if a is None or b is None:
        return None
    return abs((a - b).days)


def pair_similarity(a: Features, b: Features, settings: LinkSettings) -> float:
    """Cosine of the lead vectors plus name/number overlap; 0 across the quiet period."""
    gap = _days_apart(a.published, b.published)
    if gap is not None and gap > settings.story_quiet_days:
        return 0.0
    sim = float(np.dot(a.vector, b.vector))
    sim += ENTITY_WEIGHT * overlap(a.names, b.names, ENTITY_FLOOR)
    sim += NUMBER_WEIGHT * overlap(a.numbers, b.numbers, ENTITY_FLOOR)
    return sim


def similarity_matrix(feats: list[Features], settings: LinkSettings) -> np.ndarray:
    n = len(feats)
    matrix = np.eye(n, dtype=np.float64)
    for i in range(n):
        for j in range(i + 1, n):
            matrix[i, j] = matrix[j, i] = pair_similarity(feats[i], feats[j], settings)
    return matrix


def average_linkage(sim: np.ndarray, threshold: float) -> list[list[int]]:
    """Agglomerative clustering: merge the closest groups while their average similarity >= threshold."""
    from sklearn.cluster import AgglomerativeClustering

    n = sim.shape[0]
    if n == 1:
        return [[0]]
    distance = np.clip(1.0 - sim, 0.0, None)
    np.fill_diagonal(distance, 0.0)
    model = AgglomerativeClustering(
        n_clusters=None,
        metric="precomputed",
        linkage="average",
        distance_threshold=1.0 - threshold,
    )
    labels = model.fit_predict(distance)
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(i)
    return list(groups.values())


# Above this many articles the batch falls back to the online clusterer: the
# pairwise matrix grows with the square of the batch.
BATCH_MAX = 3000


def cluster_batch(
    articles: list[Article],
    analyses: dict[str, ArticleAnalysis],
    encoder: Encoder,
    settings: LinkSettings,
) -> list[list[str]]:
    """Article ids grouped into stories: biggest story first, ids in input order."""
    if not articles:
        return []
    if len(articles) > BATCH_MAX:
        clusterer = OnlineClusterer(settings, dim=None)
        for feats in _chunks(article_features(articles, analyses, encoder), 512):
            for f in feats:
                clusterer.add(f)
        clusterer.repair()
        groups_ids = clusterer.groups()
    else:
        feats = article_features(articles, analyses, encoder)
        groups = average_linkage(similarity_matrix(feats, settings), settings.story_threshold)
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


@dataclass
class StoryState:
    """What the online clusterer remembers of one story: enough to score a newcomer."""

    key: int
    members: list[str] = field(default_factory=list)
    vector_sum: np.ndarray | None = None
    names: Counter = field(default_factory=Counter)
    numbers: Counter = field(default_factory=Counter)
    first: date | None = None
    last: date | None = None
    # articles in arrival order: used to keep the most recent evidence when large
    closed: bool = False

    @property
    def centroid(self) -> np.ndarray:
        assert self.vector_sum is not None
        norm = float(np.linalg.norm(self.vector_sum))
        return self.vector_sum / (norm or 1.0)

    def name_set(self) -> set[str]:
        # a name counts for the story once it is in at least two of its articles,
        # or the story is still small; stops one article's asides dominating
        if len(self.members) <= 2:
            return set(self.names)
        return {k for k, c in self.names.items() if c >= 2}

    def number_set(self) -> set[str]:
        return set(self.numbers)

    def absorb(self, f: Features) -> None:
        self.members.append(f.id)
        self.vector_sum = f.vector.astype(np.float64) if self.vector_sum is None else self.vector_sum + f.vector
        self.names.update(f.names)
        self.numbers.update(f.numbers)
        if f.published is not None:
            self.first = f.published if self.first is None else min(self.first, f.published)
            self.last = f.published if self.last is None else max(self.last, f.published)


class OnlineClusterer:
    """Each new article joins the best open story or starts one.

    Candidate stories come from an approximate nearest-neighbour index over story
    centroids (usearch), so the cost per article stays flat as stories accumulate.
    `repair()` merges stories that grew together and splits off members that no
    longer fit their story; call it every few hundred articles.
    """

    CANDIDATES = 10

    def __init__(self, settings: LinkSettings, dim: int | None = None) -> None:
        self.settings = settings
        self.dim = dim
        self.stories: dict[int, StoryState] = {}
        self.features: dict[str, Features] = {}
        self.story_of: dict[str, int] = {}
        self._next_key = 0
        self._index = None
        self._latest: date | None = None
        self._since_repair = 0
        # stories changed since the last `repair()`: only they are repaired
        self.touched: set[int] = set()

    # -- index -----------------------------------------------------------
    def _ensure_index(self, dim: int) -> None:
        if self._index is None:
            from usearch.index import Index

            self.dim = dim
            self._index = Index(ndim=dim, metric="cos", dtype="f32")

    def _index_put(self, story: StoryState) -> None:
        assert self._index is not None
        if story.key in self._index:
            self._index.remove(story.key)
        self._index.add(story.key, story.centroid.astype(np.float32))

    def _index_drop(self, key: int) -> None:
        if self._index is not None and key in self._index:
            self._index.remove(key)

    def _candidates(self, vector: np.ndarray) -> list[int]:
        if self._index is None or len(self._index) == 0:
            return []
        count = min(self.CANDIDATES, len(self._index))
        matches = self._index.search(vector.astype(np.float32), count)
        return [int(k) for k in matches.keys]

    # -- scoring ---------------------------------------------------------
    def score(self, f: Features, story: StoryState) -> float:
        if self._is_closed(story, f.published):
            return 0.0
        sim = float(np.dot(f.vector, story.centroid))
        sim += ENTITY_WEIGHT * overlap(f.names, story.name_set(), ENTITY_FLOOR)
        sim += NUMBER_WEIGHT * overlap(f.numbers, story.number_set(), ENTITY_FLOOR)
        return sim

    def _is_closed(self, story: StoryState, when: date | None) -> bool:
        if when is None or story.last is None:
            return False
        return (when - story.last).days > self.settings.story_quiet_days or (
            story.first is not None and (story.first - when).days > self.settings.story_quiet_days
        )

    # -- updates ---------------------------------------------------------
    def add(self, f: Features) -> int:
        """Place one article; returns its story key."""
        if f.id in self.story_of:
            return self.story_of[f.id]
        self._ensure_index(f.vector.shape[0])
        self.features[f.id] = f
        best_key, best = None, -math.inf
        for key in self._candidates(f.vector):
            story = self.stories.get(key)
            if story is None:
                continue
            s = self.score(f, story)
            if s > best:
                best_key, best = key, s
        if best_key is not None and best >= self.settings.story_threshold:
            story = self.stories[best_key]
        else:
            story = StoryState(key=self._next_key)
            self._next_key += 1
            self.stories[story.key] = story
        story.absorb(f)
        self.story_of[f.id] = story.key
        self._index_put(story)
        if f.published is not None:
            self._latest = f.published if self._latest is None else max(self._latest, f.published)
        self._since_repair += 1
        self.touched.add(story.key)
        return story.key

    def load_story(self, members: list[Features]) -> int:
        """Restore a story as it was stored (no re-clustering of its members)."""
        self._ensure_index(members[0].vector.shape[0])
        story = StoryState(key=self._next_key)
        self._next_key += 1
        for f in members:
            self.features[f.id] = f
            story.absorb(f)
            self.story_of[f.id] = story.key
        self.stories[story.key] = story
        self._index_put(story)
        return story.key

    def replace(self, f: Features) -> int:
        """New features for an article already placed (a revised text): it stays in its story."""
        key = self.story_of.get(f.id)
        if key is None:
            return self.add(f)
        self.features[f.id] = f
        self._rebuild(self.stories[key], list(self.stories[key].members))
        self.touched.add(key)
        return key

    def evict(self, key: int) -> None:
        """Forget a (closed) story to bound memory; it stays in the store."""
        story = self.stories.pop(key, None)
        if story is None:
            return
        for aid in story.members:
            self.story_of.pop(aid, None)
            self.features.pop(aid, None)
        self._index_drop(key)
        self.touched.discard(key)

    def repair(self) -> set[int]:
        """Merge stories whose centroids score as one; split off members that fit elsewhere better.

        Returns the keys of stories that changed.
        """
        changed: set[int] = set()
        self._since_repair = 0
        todo = {k for k in self.touched if k in self.stories}
        self.touched = set()
        # split: a member whose own story (without it) scores it below threshold leaves
        for key in sorted(todo):
            story = self.stories[key]
            if len(story.members) < 3:
                continue
            keep: list[str] = []
            out: list[str] = []
            for aid in story.members:
                f = self.features[aid]
                rest = self._without(story, f)
                if self.score(f, rest) >= self.settings.story_threshold:
                    keep.append(aid)
                else:
                    out.append(aid)
            if out and keep:
                self._rebuild(story, keep)
                changed.add(key)
                for aid in out:
                    del self.story_of[aid]
                    changed.add(self.add(self.features[aid]))
        # merge: each story looks for a better-scoring partner among its neighbours
        todo |= {k for k in changed if k in self.stories}
        for key in sorted(todo, key=lambda k: (len(self.stories[k].members), k)):
            story = self.stories.get(key)
            if story is None or self._index is None:
                continue
            best_key, best = None, -math.inf
            for other_key in self._candidates(story.centroid):
                if other_key == key or other_key not in self.stories:
                    continue
                other = self.stories[other_key]
                s = self._story_score(story, other)
                if s > best:
                    best_key, best = other_key, s
            if best_key is not None and best >= self.settings.story_threshold:
                target = self.stories[best_key]
                if len(target.members) < len(story.members):  # the larger story absorbs
                    target, story = story, target
                    key = story.key
                for aid in story.members:
                    target.absorb(self.features[aid])
                    self.story_of[aid] = target.key
                del self.stories[key]
                self._index_drop(key)
                self._index_put(target)
                changed.add(target.key)
                changed.discard(key)
        return changed

    def _story_score(self, a: StoryState, b: StoryState) -> float:
        if a.last and b.first and (a.first or a.last):
            gap_a = (b.first - a.last).days if b.first > a.last else 0
            gap_b = (a.first - b.last).days if a.first and b.last and a.first > b.last else 0
            if max(gap_a, gap_b) > self.settings.story_quiet_days:
                return 0.0
        sim = float(np.dot(a.centroid, b.centroid))
        sim += ENTITY_WEIGHT * overlap(a.name_set(), b.name_set(), ENTITY_FLOOR)
        sim += NUMBER_WEIGHT * overlap(a.number_set(), b.number_set(), ENTITY_FLOOR)
        return sim

    def _without(self, story: StoryState, f: Features) -> StoryState:
        rest = StoryState(key=story.key)
        assert story.vector_sum is not None
        rest.members = [m for m in story.members if m != f.id]
        rest.vector_sum = story.vector_sum - f.vector
        rest.names = story.names.copy()
        rest.names.subtract(f.names)
        rest.names = +rest.names
        rest.numbers = story.numbers.copy()
        rest.numbers.subtract(f.numbers)
        rest.numbers = +rest.numbers
        rest.first, rest.last = story.first, story.last
        return rest

    def _rebuild(self, story: StoryState, members: list[str]) -> None:
        fresh = StoryState(key=story.key)
        for aid in members:
            fresh.absorb(self.features[aid])
        self.stories[story.key] = fresh
        self._index_put(fresh)

    def groups(self) -> list[list[str]]:
        return [list(s.members) for s in self.stories.values() if s.members]
