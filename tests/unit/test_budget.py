"""A record past its time budget is skipped with the stage named; the batch goes on."""

from __future__ import annotations

import threading
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


def _in_thread(work) -> list:
    """Run `work` in another thread (as a web server's worker does); what it returned or raised."""
    out: list = []

    def run() -> None:
        try:
            out.append(work())
        except BaseException as exc:  # noqa: BLE001 - the test looks at it
            out.append(exc)

    t = threading.Thread(target=run)
    t.start()
    t.join(timeout=30)
    assert not t.is_alive()
    return out


def test_outside_the_main_thread_a_runaway_loop_is_interrupted_too():
    def runaway():
        with time_budget(0.2, "brief"):
            while True:
                pass

    [raised] = _in_thread(runaway)
    assert isinstance(raised, TooSlow) and str(raised) == "too slow in brief" and raised.stage == "brief"


def test_outside_the_main_thread_quick_work_is_left_alone_and_nothing_fires_later():
    def quick():
        with time_budget(0.3, "clean"):
            total = sum(range(1000))
        with time_budget(60, "outer"):
            with time_budget(0.1, "inner"):  # nested: the outer budget governs
                deadline = time.monotonic() + 0.5
                while time.monotonic() < deadline:
                    pass
        deadline = time.monotonic() + 0.6  # past every budget above: no stray exception
        while time.monotonic() < deadline:
            pass
        return total

    assert _in_thread(quick) == [499500]
