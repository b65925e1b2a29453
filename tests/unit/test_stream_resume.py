"""A stream resumed after an interruption (a fresh clusterer that reloads the stored
stories, as `synoptic ingest` does after a kill) groups as one that never stopped, for
any quiet period. Real articles: the first 32 of GVC (`stories-gvc/gvc.jsonl`, CC BY 4.0:
dated local news about different shootings, the records of the SIGKILL test), in batches
of 8 as that test ingests them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from synoptic.link import online
from synoptic.link.features import Features, article_features
from synoptic.link.online import OnlineClusterer
from synoptic.settings import LinkSettings
from tests.unit.story_parts import gvc_articles

BATCH = 8


class TfidfEncoder:
    def __init__(self, corpus: list[str]) -> None:
        self.model = TfidfVectorizer(sublinear_tf=True).fit(corpus)

    def encode(self, texts: list[str]) -> np.ndarray:
        return self.model.transform(texts).toarray().astype(np.float32)


def _features(shared_dir: Path, settings: LinkSettings) -> list[Features]:
    articles = gvc_articles(shared_dir, 4 * BATCH)
    return article_features(articles, TfidfEncoder([a.text for a in articles]), settings)


def _batch(clusterer: OnlineClusterer, batch: list[Features]) -> None:
    for f in batch:
        clusterer.add(f)
    clusterer.repair()


def _groups(clusterer: OnlineClusterer) -> list[list[str]]:
    return sorted(sorted(g) for g in clusterer.groups())


@pytest.mark.parametrize("quiet", [7.0, 30.0, 90.0])
def test_a_resumed_stream_groups_as_one_that_never_stopped(
    shared_dir: Path, quiet: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = replace(LinkSettings(), story_quiet_days=quiet)
    feats = _features(shared_dir, settings)
    batches = [feats[i : i + BATCH] for i in range(0, len(feats), BATCH)]
    # the pair scores each repair pass decided on
    seen: list[np.ndarray] = []
    scoring = online.score_matrix

    def recorded(*args, **kwargs) -> np.ndarray:
        seen.append(scoring(*args, **kwargs))
        return seen[-1]

    monkeypatch.setattr(online, "score_matrix", recorded)
    continuous = OnlineClusterer(settings)
    states = []
    for batch in batches:
        _batch(continuous, batch)
        states.append([[continuous.features[a] for a in g] for g in continuous.groups()])
    last_scores = seen[-1]
    for stop in range(1, len(batches)):
        resumed = OnlineClusterer(settings)  # a new process: the stored stories, reloaded
        for members in states[stop - 1]:
            resumed.load_story(members)
        for batch in batches[stop:]:
            _batch(resumed, batch)
        assert _groups(resumed) == _groups(continuous), f"stopped after batch {stop}"
        # the last batch's repair region is every story here: the same articles, the same scores
        assert np.allclose(np.sort(seen[-1], axis=None), np.sort(last_scores, axis=None))
