"""Pinned floors for disputes on the labelled set's test split (`bench/data/disputes/`).

The full table (dev and test, by kind, false alarms by reason) is
`PYTHONPATH=src python bench/conflicts.py --only set`; the issue's targets are precision
>= 0.90 and recall >= 0.60 on test. The floors below pin what the code measures today on
the ECB+ and GVC test stories (part A of the set) so that later changes can only do better;
raise them as the code improves.
"""

from __future__ import annotations

import pytest

from synoptic.settings import Settings
from tests.gate.conftest import load_bench

pytestmark = pytest.mark.gate


@pytest.mark.parametrize("dataset", ["ecbplus", "gvc"])
def test_disputes_on_the_labelled_test_stories(shared_dir, dataset):
    bench = load_bench("conflicts")
    stories = [s for s in bench.load_stories() if s["split"] == "test" and s["dataset"] == dataset]
    assert stories, f"no labelled {dataset} test stories"
    outcomes = bench.evaluate_set(stories, Settings(quiet=True))
    table = bench.set_table(outcomes)["ALL"] if outcomes else {}
    # measured at 89164f1 (encoder auto): ecbplus 6 stories, 10 gold disputes, 0 found,
    # 1 false alarm (two persons' ages); gvc 4 stories, 3 gold disputes, 0 found, 0 false
    false_alarms = {"ecbplus": 1, "gvc": 0}[dataset]
    assert table["false_alarms"] <= false_alarms
    assert table["recall"] >= 0.0


def test_the_example_shows_exactly_its_two_disputes(example_dir):
    bench = load_bench("conflicts")
    ok, shown = bench.example_check(Settings(quiet=True))
    assert ok, shown
