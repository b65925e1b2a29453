"""The online story clusterer of the stream: each newcomer joins the best open story at
once, and a repair pass re-clusters the touched neighbourhood as the batch would."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from synoptic.link.background import background_for
from synoptic.link.candidate_scores import PairMemo, candidate_scores
from synoptic.link.events import HalvesMemo, group_stories
from synoptic.link.features import Features
from synoptic.link.pair_rows import PlainMemo
from synoptic.link.repair_region import choose_region, regroup
from synoptic.link.scoring import (
    score_matrix,
    smoothed_idf,
)
from synoptic.link.sound_postings import SoundPostings
from synoptic.settings import LinkSettings
from synoptic.vectors import WORD_BUCKETS

# Online clustering
#
# A story is judged by its members nearest to the newcomer, not by a centroid: the
# centroid of a growing story drifts towards "news in general" and attracts
# everything, and loose stories (a topic covered from many angles, in several
# languages) have low average similarity although each article has close
# neighbours in them. So: the mean of the newcomer's `stream_top_k` best pair
# scores with a story's members (a top-k linkage between single and average linkage),
# found with an approximate nearest-neighbour index over article vectors.

# Names and words weigh by rarity (IDF over the articles seen), so sharing "Tara Reid"
# counts and sharing "Los Angeles" barely does; a pair's score is the pair model's logit
# (`scoring.PAIR_FEATURES`), the same as the batch's `score_matrix`.




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
        self._languages: Counter = Counter()  # the held articles' languages (`link/background.py`)
        # the articles held and the word buckets' counts when the memo was first asked
        # after a rebuild: weights are computed from them for the buckets asked for only
        # (the IDF of all 2^20 buckets at each rebuild was a third of a small run's linking)
        self._word_memo: tuple | None = None  # (articles, counts, `background.Background`)
        # article id -> (its word buckets, their unit TF-IDF weights), under the memo's IDF
        self._unit_words: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._tf_norms: dict[str, tuple[np.ndarray, np.floating]] = {}
        # `event_halves` of the groups repair passes met (`events.split_events`)
        self._halves: HalvesMemo = {}
        self._evicted: set[str] = set()  # articles evicted since the last repair
        self._pair_memo = PairMemo()  # each article's year and event day, for its pairs
        self._plain = PlainMemo()  # the last repair region's plain word products
        self._docs = 0
        self._idf_memo: dict[str, float] = {}
        self._sum_memo: dict[frozenset[str], float] = {}
        self._memo_docs = 0
        self.touched: set[int] = set()
        # candidate stories of articles placed since the last repair
        self._links: dict[str, set[int]] = {}
        self._pending: set[str] = set()  # placed articles of stories a repair deferred
        self._sounds = SoundPostings()  # the candidates of pairs the encoder can not place

    # -- article index ---------------------------------------------------
    def _ensure_index(self, dim: int) -> None:
        if self._index is None:
            from usearch.index import Index

            self.dim = dim
            # 8-bit quantized graph: candidates only (scores use the exact vectors), and
            # several times cheaper per add and search than f32 at TF-IDF's 8,192 dimensions
            expansion = self.settings.stream_index_expansion
            self._index = Index(
                ndim=dim, metric="cos", dtype="i8", expansion_add=expansion, expansion_search=expansion
            )

    def _remember(self, f: Features) -> None:
        self._ensure_index(f.vector.shape[0])
        old = self.features.get(f.id)
        if old is not None:
            self._df.subtract(old.names)
            self._word_df[old.words] -= 1
            self._languages[old.language] -= 1
            self._docs -= 1
        if old is not None:
            self._sounds.unpost(old)
        self.features[f.id] = f
        self._sounds.post(f, self.features.values())
        self._df.update(f.names)
        self._word_df[f.words] += 1  # an article's buckets are distinct
        self._languages[f.language] += 1
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
        self._tf_norms.pop(aid, None)
        self._pair_memo.forget(aid)
        if f is not None:
            self._sounds.unpost(f)
            self._df.subtract(f.names)
            self._word_df[f.words] -= 1
            self._languages[f.language] -= 1
            self._docs -= 1
        key = self._article_key.pop(aid, None)
        if key is not None:
            self._article_of.pop(key, None)
            if self._index is not None and key in self._index:
                self._index.remove(key)

    def neighbours(self, vector: np.ndarray, count: int | None = None) -> list[tuple[str, float]]:
        """Nearest stored articles with their cosine similarity."""
        if self._index is None or len(self._index) == 0:
            return []
        count = self.settings.stream_neighbours if count is None else count
        matches = self._index.search(vector.astype(np.float32), min(count, len(self._index)))
        found = [aid for aid in (self._article_of.get(int(key)) for key in matches.keys) if aid is not None]
        if not found:
            return []
        cosines = np.stack([self.features[aid].vector for aid in found]) @ vector
        return list(zip(found, (float(c) for c in cosines), strict=True))

    def sound_neighbours(self, f: Features) -> list[str]:
        """The stored articles in other languages sharing most sounds of names with `f`
        where the encoder can not place the pair (`link.sound_postings`)."""
        st = self.settings
        return self._sounds.neighbours(f, self.features, st.stream_sound_posting_max, st.story_sound_floor,
                                       st.stream_neighbours)

    # -- scoring ---------------------------------------------------------
    def _refresh_memos(self, exact: bool = False) -> None:
        # weights are memoized and rebuilt once the collection grew (or shrank) by a
        # share: they barely move in between, and this is the inner loop of clustering.
        # A small collection rebuilds at each change: there one article moves the IDF much,
        # and the words term weighs heavily (IDF of 1 everywhere would make "the" evidence).
        # `exact`: rebuilt now whatever the change (the repair pass, see `repair`)
        share = self.settings.stream_idf_refresh
        if (exact and self._docs != self._memo_docs) or abs(self._docs - self._memo_docs) > share * self._memo_docs:
            self._idf_memo = {}
            self._sum_memo = {}
            self._word_memo = None
            self._unit_words = {}
            self._memo_docs = self._docs

    def _idf(self, name: str) -> float:
        self._refresh_memos()
        value = self._idf_memo.get(name)
        if value is None:
            value = smoothed_idf(self._docs, self._df.get(name, 0))
            self._idf_memo[name] = value
        return value

    def name_idf(self) -> tuple[Callable[[str], float], Callable[[frozenset[str]], float]]:
        """`_idf` and `_idf_sum` with the memos' refresh done once, for a newcomer's
        candidates (`candidate_scores.name_shares`): the same values, fewer calls."""
        self._refresh_memos()
        memo, df, docs = self._idf_memo, self._df, self._docs

        def idf(name: str) -> float:
            value = memo.get(name)
            if value is None:
                value = memo[name] = smoothed_idf(docs, df.get(name, 0))
            return value

        return idf, self._idf_sum

    def _idf_sum(self, names: frozenset[str]) -> float:
        total = self._sum_memo.get(names)
        if total is None:
            # `_idf` of each name, the memos' refresh done once (as its first call would)
            if names:
                self._refresh_memos()
            memo, df, docs = self._idf_memo, self._df, self._docs
            values = []
            for k in names:
                value = memo.get(k)
                if value is None:
                    value = memo[k] = smoothed_idf(docs, df.get(k, 0))
                values.append(value)
            total = math.fsum(values)  # exact: any set order
            self._sum_memo[names] = total
        return total

    def _word_weights(self, words: np.ndarray) -> np.ndarray:
        """IDF of word buckets over the articles held, beside their languages' background."""
        self._refresh_memos()
        if self._word_memo is None:
            held = [code for code, n in self._languages.items() if n > 0]
            self._word_memo = (self._docs, self._word_df.copy(), background_for(held, self.settings))
        docs, df, background = self._word_memo
        return background.idf(docs, df[words], words)

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

    def _tf_norm(self, f: Features) -> np.floating:
        """The length of the article's plain word counts (memoized with its words)."""
        cached = self._tf_norms.get(f.id)
        if cached is None or cached[0] is not f.word_tf:
            cached = (f.word_tf, np.linalg.norm(f.word_tf))
            self._tf_norms[f.id] = cached
        return cached[1]

    def pair_score(self, a: Features, b: Features, cosine: float | None = None) -> float:
        """The pair model's logit of one pair: `candidate_scores` with one candidate (one home
        for the model's one-against-many form; `scoring.score_matrix` is its batch form)."""
        if cosine is None:
            cosine = float(np.dot(a.vector, b.vector))
        return float(candidate_scores(a, [b], np.array([cosine]), self.settings, self._pair_memo, self.name_idf(),
                                      self._unit_weights, self._tf_norm)[0])

    def _is_closed(self, story: StoryState, when: date | None) -> bool:
        if when is None or story.last is None or story.first is None:
            return False
        quiet = self.settings.story_quiet_days
        return (when - story.last).days > quiet or (story.first - when).days > quiet

    def story_scores(self, f: Features, exclude: str | None = None) -> dict[int, float]:
        """Top-k linkage of `f` with each candidate story."""
        found = self.neighbours(f.vector)
        seen = {aid for aid, _ in found}
        found += [(aid, float(np.dot(self.features[aid].vector, f.vector)))
                  for aid in self.sound_neighbours(f) if aid not in seen]
        near = [(aid, cosine, key) for aid, cosine in found
                if aid != f.id and aid != exclude and (key := self.story_of.get(aid)) is not None]
        near = self._open_only(f, near)
        # all candidates at once, each score equal to `pair_score`'s (`link/candidate_scores.py`)
        pair = candidate_scores(f, [self.features[aid] for aid, _, _ in near],
                                np.array([c for _, c, _ in near], dtype=np.float64), self.settings,
                                self._pair_memo, self.name_idf(), self._unit_weights, self._tf_norm)
        per_story: dict[int, list[float]] = {}
        for (_, _, key), score in zip(near, pair.tolist(), strict=True):
            per_story.setdefault(key, []).append(score)
        k = max(1, self.settings.stream_top_k)
        scores = {}
        for key, values in per_story.items():
            story = self.stories[key]
            values.sort(reverse=True)
            # a story smaller than k is judged on all its members
            scores[key] = sum(values[:k]) / min(k, max(1, len(story.members) - (f.id in story.members)))
        return scores

    def _open_only(self, f: Features, near: list[tuple[str, float, int]]) -> list[tuple[str, float, int]]:
        """The candidates in stories still open to `f`: a closed story's are not scored
        (#18/#23: they were, then dropped; a larger store holds more closed stories near
        each newcomer). The name weights their scores would have asked for are asked all
        the same (`name_shares`' calls), so the memo holds the same IDF values, computed at
        the same article counts, as when every candidate was scored; the word weights'
        counts are taken when they were (`_word_weights`: at the first pair with words)."""
        closed = {key for _, _, key in near if self._is_closed(self.stories[key], f.published)}
        if not closed:
            return near
        if f.words.size and any(self.features[aid].words.size for aid, _, key in near if key in closed):
            self._word_weights(f.words[:0])
        least = self.settings.story_name_min
        if len(f.names) >= least:
            _, idf_sum = self.name_idf()
            for aid, _, key in near:
                names = self.features[aid].names
                if key in closed and len(names) >= least and not f.names.isdisjoint(names):
                    idf_sum(f.names)
                    idf_sum(names)
        return [c for c in near if c[2] not in closed]

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
        self._links[f.id] = self._linked(scores)  # the repair pass looks at these stories too
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

    def _linked(self, scores: dict[int, float]) -> set[int]:
        """The candidate stories the repair pass takes beside the touched ones: those scored
        at least `stream_repair_link_floor` (all of them when it is None)."""
        floor = self.settings.stream_repair_link_floor
        return set(scores) if floor is None else {key for key, score in scores.items() if score >= floor}

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
        self._links[f.id] = self._linked(self.story_scores(f, exclude=f.id))
        self._remember(f)
        self.stories[key].recompute_days(self.features)
        self.touched.add(key)
        return key

    def evict(self, key: int) -> None:
        """Forget a (closed) story to bound memory; it stays in the store."""
        story = self.stories.pop(key, None)
        if story is None:
            return
        # the halves memo may hold the evicted articles' features: its entries with them go
        # at the next repair, the others stay (they were all dropped at each story evicted:
        # the first repair after an eviction split every group afresh)
        self._evicted.update(story.members)
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
        fresh, self._links = self._links, {}
        new = set(fresh) | self._pending
        region, deferred = choose_region(self.stories, todo, fresh, new, self.story_of, self.features,
                                         self.settings)
        self.touched.update(deferred)
        self._pending = {aid for aid in new if self.story_of.get(aid) in self.touched}
        members = region.members()
        if len(members) < 2:
            return set()
        feats = [self.features[aid] for aid in members]
        # the pass that decides the groups weighs names and words by their IDF over exactly
        # the articles held now: a memo last rebuilt at another count (it depends on when
        # the run started: a run resumed after an interruption rebuilds it at its first
        # batch) would score the same pair differently, and an interrupted run would group
        # otherwise than one that never stopped
        self._refresh_memos(exact=True)
        scores = score_matrix(feats, self.settings, self._idf, self._word_weights, self._plain)
        if self._evicted:
            self._halves = {k: v for k, v in self._halves.items() if self._evicted.isdisjoint(k)}
            self._evicted = set()
        if len(self._halves) > 4 * self.settings.stream_repair_articles:
            self._halves = {}  # stories that changed since leave stale entries
        groups = group_stories(feats, scores, self.settings, self._halves)
        groups = [[members[i] for i in g] for g in groups]
        return regroup(self.stories, self.story_of, self.features, region, groups, self._new_story)

    def groups(self) -> list[list[str]]:
        return [list(s.members) for s in self.stories.values() if s.members]
