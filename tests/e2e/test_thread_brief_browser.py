"""The static HTML of a thread brief (`synoptic brief --by thread --format html`) in headless
Chromium: every citation lands on a highlighted sentence, at desktop and phone widths, with
and without JavaScript; article text stays text.

Input: MultiLing 2011 topic M002 in English (WikiNews, CC BY 3.0), the ten reports of the
seizure of British sailors by Iran and their release, as a JSONL feed; one report's headline
carries markup, as a hostile feed could send it.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from bench.common import MULTILING, load_multiling

from tests.e2e.test_brief_browser import SYNOPTIC, browser, landings  # noqa: F401  (fixture)

pytestmark = pytest.mark.e2e

HOSTILE = '<img src=x onerror="document.title=1">'


@pytest.fixture(scope="module")
def page(shared_dir, tmp_path_factory) -> Path:
    if not MULTILING.is_dir():
        pytest.skip(f"MultiLing 2011 data not found at {MULTILING}")
    tmp = tmp_path_factory.mktemp("thread")
    records = [r.feed_record() for r in load_multiling(("en",)) if r.gold == "M002"]
    records[-1]["title"] += " " + HOSTILE
    feed = tmp / "m002.jsonl"
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = tmp / "thread.html"
    result = subprocess.run(SYNOPTIC + ["brief", str(feed), "--by", "thread", "--format", "html", "-o", str(out),
                                        "--max-words", "250", "--quiet"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return out


def test_thread_page_escapes_article_text(page):
    html = page.read_text(encoding="utf-8")
    assert HOSTILE not in html
    assert "&lt;img src=x onerror=" in html
    assert "A developing topic:" in html and "main story" in html


@pytest.mark.parametrize("width", [1400, 390])
def test_every_citation_of_the_thread_brief_lands(browser, page, width):  # noqa: F811
    found, errors, scroll_width = landings(browser, page, width)
    assert set(found) == {"ok"}, {k: v[:3] for k, v in found.items() if k != "ok"}
    assert len(found["ok"]) >= 50
    assert not errors, errors
    assert scroll_width <= width


def test_thread_citations_land_without_javascript(browser, page):  # noqa: F811
    found, _, scroll_width = landings(browser, page, 390, js=False)
    assert set(found) == {"ok"}, {k: v[:3] for k, v in found.items() if k != "ok"}
    assert scroll_width <= 390
    context = browser.new_context(viewport={"width": 390, "height": 800})
    try:
        p = context.new_page()
        p.goto(page.as_uri())
        assert p.evaluate("document.querySelectorAll('img').length") == 0
        assert p.evaluate("document.title") != "1"
    finally:
        context.close()
