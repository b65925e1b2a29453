"""A newcomer's scores with its candidates at once (`link/candidate_scores.py`) equal the
batch form of the pair model (`scoring.score_matrix`) for each pair."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from synoptic.link.candidate_scores import candidate_scores
from synoptic.link.features import article_features
from synoptic.link.online import OnlineClusterer
from synoptic.model import Article
from synoptic.settings import LinkSettings
from tests.unit.test_stories import OTHER, QUAKE_A, QUAKE_B, TSUNAMI_EN, TSUNAMI_FR, TfidfEncoder


def _features(settings: LinkSettings):
    reports = [*QUAKE_A, *QUAKE_B, *OTHER, ("", TSUNAMI_EN), ("", TSUNAMI_FR)]
    articles = [Article(id=f"a{i}", source=f"a{i}", title=title, text=text) for i, (title, text) in enumerate(reports)]
    # news dates near and far (days and years apart), one undated
    for article, day in zip(articles, [date(2019, 11, 26), date(2019, 11, 27), None, date(2019, 12, 1),
                                       date(2019, 12, 1), date(2021, 3, 4), date(2005, 1, 10), date(2005, 1, 11)],
                            strict=True):
        article.published = day
    feats = article_features(articles, TfidfEncoder([a.text for a in articles]), settings)
    assert any(f.when for f in feats)  # "on Tuesday", "on Sunday": event days are compared too
    return feats


def test_candidate_scores_equal_the_score_matrix() -> None:
    from synoptic.link.scoring import score_matrix

    settings = LinkSettings()
    feats = _features(settings)
    wordless = replace(feats[2], id="bare", words=feats[2].words[:0], word_tf=feats[2].word_tf[:0])
    clusterer = OnlineClusterer(settings)
    everyone = [*feats, wordless]
    for f in everyone:
        clusterer._remember(f)
    matrix = score_matrix(everyone, settings, clusterer._idf, clusterer._word_weights)
    for i, a in enumerate(everyone):
        others = [b for b in everyone if b is not a]
        cosines = np.array([float(np.dot(a.vector, b.vector)) for b in others])
        got = candidate_scores(a, others, cosines, settings, clusterer._pair_memo, clusterer.name_idf(),
                               clusterer._unit_weights, clusterer._tf_norm)
        expected = [matrix[i, j] for j in range(len(everyone)) if j != i]
        assert got == pytest.approx(expected, abs=1e-6)  # (cosines: float32 products there)
        # one pair alone scores as the batch form does
        assert clusterer.pair_score(a, others[0], float(cosines[0])) == pytest.approx(expected[0], abs=1e-6)
    # the quakes of one event score above the same-kind quake elsewhere, as before
    quake = clusterer.pair_score(feats[0], feats[1])
    assert quake > clusterer.pair_score(feats[0], feats[3])


def test_word_products_by_upper_blocks_equal_whole_rows_to_the_bit() -> None:
    from synoptic.link.pair_rows import BLOCK_ROWS
    from synoptic.link.scoring import idf_weights, pair_rows, word_idf_weights

    settings = LinkSettings()
    base = _features(settings)
    # more articles than a block of rows: the reports again under other ids, words thinned
    feats = [replace(f, id=f"{f.id}-{k}", words=f.words[k % 3:], word_tf=f.word_tf[k % 3:])
             for k in range(40) for f in base]
    assert len(feats) > 2 * BLOCK_ROWS
    pairs = pair_rows(feats, settings, idf_weights(feats), word_idf_weights(feats))
    n = len(feats)
    for lo in range(0, n, BLOCK_ROWS):
        hi = min(n, lo + BLOCK_ROWS)
        blocks = pairs.rows(lo, hi)  # in order: the columns before lo from the blocks above
        assert np.array_equal(blocks["words"], (pairs.words[lo:hi] @ pairs.words_t).toarray())
        assert np.array_equal(blocks["language"], (pairs.plain[lo:hi] @ pairs.plain_t).toarray())


def test_scores_added_in_place_equal_the_weighted_features_to_the_bit() -> None:
    # `score_rows` skips a feature's zero terms and adds a 0/1 feature's weight where it is 1:
    # each score the sum over `rows`' features times their weights, in their order (#23)
    from synoptic.link.pair_rows import BLOCK_ROWS
    from synoptic.link.scoring import (
        PAIR_FEATURES,
        coefficients,
        idf_weights,
        pair_rows,
        word_idf_weights,
    )

    settings = LinkSettings()
    base = _features(settings)
    feats = [replace(f, id=f"{f.id}-{k}", words=f.words[k % 3:], word_tf=f.word_tf[k % 3:],
                     names=f.names if k % 4 else frozenset(), numbers=f.numbers if k % 5 else frozenset())
             for k in range(40) for f in base]
    weights = dict(zip(PAIR_FEATURES, coefficients(settings).tolist(), strict=True))
    n = len(feats)
    whole = pair_rows(feats, settings, idf_weights(feats), word_idf_weights(feats))
    added = pair_rows(feats, settings, idf_weights(feats), word_idf_weights(feats))
    for lo in range(0, n, BLOCK_ROWS):
        hi = min(n, lo + BLOCK_ROWS)
        table = whole.rows(lo, hi)
        expected = np.full((hi - lo, n), settings.pair_intercept)
        for k in PAIR_FEATURES:
            expected += weights[k] * table[k]
        got = np.full((hi - lo, n), settings.pair_intercept)
        added.score_rows(lo, hi, weights, got)
        assert np.array_equal(got, expected)
        # every kind of term is met: undated pairs, names unknown, pairs years apart, event days
        assert (table["days"] == 0).any() and table["names_unknown"].any() and table["years"].any()
        assert table["same_day"].any() and table["other_day"].any()


def test_plain_products_kept_between_regions_equal_new_ones_to_the_bit() -> None:
    # the repair pass scores a region at each batch, mostly the last one's articles: their
    # plain word products are kept (`PlainMemo`), the newcomers' computed (#23)
    from synoptic.link.pair_rows import PlainMemo
    from synoptic.link.scoring import idf_weights, score_matrix, word_idf_weights

    settings = LinkSettings()
    base = _features(settings)
    feats = [replace(f, id=f"{f.id}-{k}", words=f.words[k % 3:], word_tf=f.word_tf[k % 3:])
             for k in range(30) for f in base]
    memo = PlainMemo()
    for start in range(0, 120, 30):
        region = feats[start : start + 150][::-1] if start % 60 else feats[start : start + 150]
        if start == 90:  # an article revised since: the same id, other words
            region[5] = replace(region[5], words=region[5].words[1:], word_tf=region[5].word_tf[1:])
        idf, word_idf = idf_weights(region), word_idf_weights(region)
        kept = score_matrix(region, settings, idf, word_idf, memo)
        assert kept.tobytes() == score_matrix(region, settings, idf, word_idf).tobytes()


def test_membership_columns_in_the_order_keys_are_met() -> None:
    from scipy.sparse import csr_matrix

    from synoptic.link.scoring import membership

    feats = _features(LinkSettings())
    for sets in ([f.names for f in feats], [f.numbers for f in feats], [frozenset(), *[f.names for f in feats]], []):
        vocab: dict[str, int] = {}
        rows, cols = [], []
        for i, keys in enumerate(sets):
            for k in sorted(keys):
                rows.append(i)
                cols.append(vocab.setdefault(k, len(vocab)))
        expected = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(sets), max(1, len(vocab))))
        matrix, keys = membership(sets)
        assert keys == list(vocab) and matrix.shape == expected.shape
        for part in ("data", "indices", "indptr"):
            assert np.array_equal(getattr(matrix, part), getattr(expected, part))


def test_closed_stories_are_not_scored_and_the_memos_stay_the_same() -> None:
    """A newcomer's candidates in closed stories are left out before scoring (#18/#23): the
    open stories' scores, and the name and word weights memoized on the way, are those of
    scoring every candidate and dropping the closed stories after."""
    settings = LinkSettings()
    feats = _features(settings)
    newcomer = replace(feats[0], id="new", published=date(2019, 11, 28))
    # a report of the same quake in a story closed years before: names shared with the newcomer
    feats.append(replace(feats[1], id="old", published=date(2015, 1, 1), names=feats[1].names | {"old-only"}))

    def placed(open_only: bool) -> tuple[OnlineClusterer, dict[int, float]]:
        clusterer = OnlineClusterer(settings)
        for f in feats:
            clusterer.load_story([f])
        if not open_only:  # every candidate scored, as before
            clusterer._open_only = lambda f, near: near  # type: ignore[method-assign]
        return clusterer, clusterer.story_scores(newcomer)

    skipping, scores = placed(True)
    scoring_all, all_scores = placed(False)
    closed = {k for k, s in scoring_all.stories.items() if scoring_all._is_closed(s, newcomer.published)}
    assert closed and set(all_scores) - closed  # some stories closed (years apart), some open
    assert newcomer.names & feats[-1].names
    assert scores == {k: v for k, v in all_scores.items() if k not in closed}
    assert skipping._idf_memo == scoring_all._idf_memo and skipping._sum_memo == scoring_all._sum_memo
    assert skipping._word_memo is not None and scoring_all._word_memo is not None
    assert skipping._word_memo[0] == scoring_all._word_memo[0]
