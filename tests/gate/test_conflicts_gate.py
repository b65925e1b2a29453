"""Pinned floors for disputes on the labelled set's test split (`bench/data/disputes/`).

The full table (dev and test, by kind, false alarms by reason) is
`PYTHONPATH=src python bench/conflicts.py --only set`; the issue's targets are precision
>= 0.90 and recall >= 0.60 on test. The floors below pin what the code measures today on
every data set of the test split (ECB+, GVC, MultiLing en/fr/ar, Wikinews) so that later
changes can only do better; raise them as the code improves.
"""

from __future__ import annotations

import pytest

from synoptic.settings import Settings
from tests.gate.conftest import load_bench

pytestmark = pytest.mark.gate

# measured with "compare like with like" (#19, encoder auto), test split: no conflict shown
# on any of the 15 stories (0 false alarms, where 89164f1 showed 1: two persons' ages), 0 of
# 16 gold disputes found. Precision first: the ceiling on false alarms is the gate. Stop 32
# (branch recall32, measured once at its end): the same, nothing shown, 0 of 16 found. Stop 35
# (branch disputes35, measured once at its end): the same. Stop 35 (branch align36, measured
# once at its end): the same. Stop 36 (branch disputes36: records, homes, stoppage times;
# measured once at its end): the same, nothing shown, 0 of 16 found. Stop 36 (branch
# disputes36b: ordinals of one named bearer, dates bound to a name; measured once at its
# end): the same, nothing shown, 0 of 16 found. Stop 37 (branch disputes37: one named
# person's count of one act across statements kept apart; measured once at its end): the
# same, nothing shown, 0 of 16 found, both groupings. Stop 39 (branch disputes39: a figure's
# slot, a group freed of a statement of another month, one place's distance, where one person
# was hit; measured once at its end): the same, nothing shown, 0 of 16 found, both groupings.
# Stop 40 (branch figures40: unnamed people's ages by their part, one statement's physical
# measure, temperatures below zero, days spread over; measured once at its end): the same.
FALSE_ALARMS = {"ecbplus": 0, "gvc": 0, "multiling": 0, "wikinews": 0}
RECALL = {"ecbplus": 0.0, "gvc": 0.0, "multiling": 0.0, "wikinews": 0.0}


@pytest.mark.parametrize("dataset", sorted(FALSE_ALARMS))
def test_disputes_on_the_labelled_test_stories(shared_dir, dataset):
    bench = load_bench("conflicts")
    stories = [s for s in bench.load_stories() if s["split"] == "test" and s["dataset"] == dataset]
    assert stories, f"no labelled {dataset} test stories"
    outcomes = bench.evaluate_set(stories, Settings(quiet=True))
    table = bench.set_table(outcomes)["ALL"]
    assert table["false_alarms"] <= FALSE_ALARMS[dataset], [
        (o.story["id"], [(c["kind"], c["topic"], [v["value"] for v in c["variants"]]) for c in o.false_alarms])
        for o in outcomes if o.false_alarms
    ]
    assert table["recall"] >= RECALL[dataset]


def test_the_example_shows_exactly_its_two_disputes(example_dir):
    bench = load_bench("conflicts")
    ok, shown = bench.example_check(Settings(quiet=True))
    assert ok, shown
