"""A record past its time budget is skipped with the stage named; the batch goes on."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from synoptic import pipeline, read, text
from synoptic.settings import Settings
from synoptic.util.budget import TooSlow, time_budget

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "geneva-2022"


def test_budget_interrupts_a_runaway_loop_and_leaves_quick_work_alone():
    with pytest.raises(TooSlow, match="too slow in text"):
        with time_budget(0.2, "text"):
            while True:
                pass
    with time_budget(5, "clean"):
        total = sum(range(1000))
    assert total == 499500
    with time_budget(0, "clean"):  # 0: no budget
        pass


def test_a_nested_budget_never_replaces_the_running_one():
    start = time.monotonic()
    with pytest.raises(TooSlow, match="outer"):
        with time_budget(0.3, "outer"):
            with time_budget(60, "inner"):
                while True:
                    pass
    assert time.monotonic() - start < 5


def test_a_record_too_slow_in_text_is_skipped_and_the_others_go_on(monkeypatch):
    settings = Settings()
    settings.clean.record_seconds = 1.0
    docs = list(read.read_paths([str(EXAMPLE)], settings.read))
    real = text.analyze
    slow_source = docs[0].source

    def analyze(article, text_settings):
        if article.source == slow_source:
            while True:  # a record that never finishes
                pass
        return real(article, text_settings)

    monkeypatch.setattr(text, "analyze", analyze)
    prepared = pipeline.prepare(docs, settings)
    assert [s.error for s in prepared.skipped if s.source == slow_source] == ["too slow in text"]
    assert len(prepared.articles) == len(docs) - 1
    assert set(prepared.analyses) == {a.id for a in prepared.articles}
