"""Pinned summary floors on MultiLing 2011 English, test topics M006-M009.

Each topic's ten reports go in as a JSONL feed (title, date, language) and are briefed by
`pipeline.brief_paths` with 250 words; the summary of the brief's largest story is scored
(ROUGE-1/2 recall x100, rouge-score with its stemmer) beside the 2011 participants'
summaries of the same topics, same scorer. Floors a little under the test figures of
`python bench/summarize.py` (row "summary, MultiLing 2011 en", feed).
"""

from __future__ import annotations

import statistics

import pytest
from bench import summarize
from bench.common import MULTILING, TEST, multiling_split

pytestmark = [pytest.mark.gate, pytest.mark.slow]

TEST_TOPICS = [t for t in range(10) if multiling_split(t) == TEST]
# measured on test: R-1 42.3, R-2 13.6 (development 44.3 / 15.2); the brief splits a topic's
# ten reports into 5.5 stories on average and summarises the largest. The best 2011 system
# on these test topics: ID4 47.9 / 16.8; the centroid baseline ID9 41.7 / 11.7. Before the
# split and the user's path (all ten reports as one story, all topics): 49.9 / 20.3.
# After the pair model (#18) split topics into more stories and the brief's own rules (#20):
# R-2 12.5 on the largest story; the topic briefed whole (`--one-story`) 49.6 / 19.8.
# After the lead's earliness term (#20, chosen on development): 43.7 / 13.3 (development
# 46.1 / 16.8; `python bench/summarize.py --languages en`), floors raised under them.
FLOOR_R1 = 43.0
FLOOR_R2 = 12.8


@pytest.fixture(scope="module")
def english(shared_dir):
    if not MULTILING.is_dir():
        pytest.skip(f"MultiLing 2011 data not found at {MULTILING}")
    return summarize.evaluate("en", True, TEST_TOPICS)


def test_brief_summary_floor_on_english_test_topics(english):
    assert all(words <= 250 for words in english["words"].values())
    r1 = 100 * statistics.fmean(v[0] for v in english["ours"].values())
    r2 = 100 * statistics.fmean(v[1] for v in english["ours"].values())
    assert r1 >= FLOOR_R1, r1
    assert r2 >= FLOOR_R2, r2
