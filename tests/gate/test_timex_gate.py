"""Pinned floors for time expressions on ESC, test split (ECB+ topics 31-45).

Floors a little under the test figures of `python bench/timex.py`: spans found with
overlap, and dated values right on the expressions found, with the publication date given
and without it (inferred from the text).
"""

from __future__ import annotations

import pytest
from bench import timex
from bench.common import ESC, TEST, load_esc

pytestmark = pytest.mark.gate


@pytest.fixture(scope="module")
def test_rows(shared_dir):
    if not ESC.is_dir():
        pytest.skip(f"ESC not found at {ESC}")
    return [r for r in load_esc() if r["split"] == TEST]


def test_time_expressions_found_and_resolved_with_the_publication_date(test_rows):
    scores = timex.score(test_rows, with_dct=True)
    assert scores["gold expressions"] == 235
    # measured on test: overlap F1 0.700 (P 0.623, R 0.800), exact F1 0.473; values 0.876
    assert scores["F1 overlapping span"] >= 0.68
    assert scores["R overlapping span"] >= 0.78
    assert scores["value accuracy, dated expressions found"] >= 0.85


def test_time_expressions_resolved_without_the_publication_date(test_rows):
    scores = timex.score(test_rows, with_dct=False)
    # measured on test: 0.608 of the dated expressions found (0.876 with the date given)
    assert scores["value accuracy, dated expressions found"] >= 0.58
