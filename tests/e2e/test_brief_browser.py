"""The static HTML brief and the web story page in headless Chromium, at desktop and phone widths.

Static briefs are made by the CLI from files, as a user would: the bundled example (5 sources)
and an ECB+ story of 19 articles from shared data (tokenised text, rejoined). Every citation
must land on a highlighted, visible sentence inside its opened source, with and without
JavaScript; nothing may scroll sideways at 390 px; every tap target is at least 32 px.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_web_browser import ARGS, CHROMIUM, _need  # noqa: F401  (browser fixture below)

pytestmark = pytest.mark.e2e

SYNOPTIC = [sys.executable, "-m", "synoptic.cli"]
ECB_SUBTOPIC = "12_ecb"  # 19 articles of one event (a development topic of ECB+)

LINKS = "main a.cite[href^='#'], main td a[href^='#']"
RESET = ("() => { document.querySelectorAll('details').forEach(d => d.open = false);"
         " history.replaceState(null, '', location.pathname); scrollTo(0, 0); }")
LANDED = """(href) => {
  const t = document.getElementById(decodeURIComponent(href.slice(1)));
  if (!t) return 'no such anchor';
  if (document.querySelector(':target') !== t) return 'not the target';
  for (let e = t.parentElement; e; e = e.parentElement) if (e.tagName === 'DETAILS' && !e.open) return 'in a closed box';
  if (t.tagName !== 'MARK') return 'not a marked sentence';
  const bg = getComputedStyle(t).backgroundColor, plain = getComputedStyle(t.parentElement).backgroundColor;
  if (bg === 'rgba(0, 0, 0, 0)' || bg === plain) return 'not highlighted';
  const r = t.getBoundingClientRect();
  if (!r.width || r.bottom < 0 || r.top > innerHeight) return 'not in view';
  return 'ok';
}"""
SMALL_TARGETS = """() => [...document.querySelectorAll('a, summary, button, input, select')]
  .filter(e => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')
  .map(e => { const r = e.getBoundingClientRect(); return [e.tagName, e.textContent.trim().slice(0, 40), r.width, r.height]; })
  .filter(x => x[2] < 32 || x[3] < 32)"""


@pytest.fixture(scope="module")
def browser():
    _need(CHROMIUM, Path(CHROMIUM).exists())
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _need("playwright (pip install playwright==1.65.2)", False)
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


def _brief(inputs: Path, out: Path) -> Path:
    result = subprocess.run(SYNOPTIC + ["brief", str(inputs), "--format", "html", "-o", str(out), "--quiet"],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return out


def ecb_files(shared_dir: Path, folder: Path) -> Path:
    """One ECB+ subtopic as .txt files: first sentence as the headline, tokens rejoined."""
    folder.mkdir(parents=True, exist_ok=True)
    for line in (shared_dir / "bench/stories-ecbplus/ecbplus_docs_clusters.jsonl").open(encoding="utf-8"):
        doc = json.loads(line)
        if doc["subtopic"] != ECB_SUBTOPIC:
            continue
        text = doc["text"].replace("``", '"').replace("''", '"')
        text = re.sub(r" ([,.;:!?%)]|'s|n't|'re|'ll|'ve|'d|'m)(?=\s|$)", r"\1", text).replace("( ", "(")
        head, _, body = text.partition("\n")
        (folder / doc["doc"].replace(".xml", ".txt")).write_text(f"{head}\n\n{body}\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def briefs(tmp_path_factory, example_dir, shared_dir) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("briefs")
    return {
        "example": _brief(example_dir, tmp / "example.html"),
        "ecb": _brief(ecb_files(shared_dir, tmp / "ecb"), tmp / "ecb.html"),
    }


def landings(browser, path: Path, width: int, js: bool = True) -> tuple[dict[str, list[str]], list[str], int]:
    """Click every citation link of a page (all source boxes closed first): where each lands,
    the console errors, and the page's scroll width."""
    context = browser.new_context(viewport={"width": width, "height": 800}, java_script_enabled=js)
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(path.as_uri())
        hrefs = page.evaluate(f"[...document.querySelectorAll({LINKS!r})].map(a => a.getAttribute('href'))")
        out: dict[str, list[str]] = {}
        for i, href in enumerate(hrefs):
            page.evaluate(RESET)
            page.evaluate(f"(i) => document.querySelectorAll({LINKS!r})[i].click()", i)
            out.setdefault(page.evaluate(LANDED, href), []).append(href)
        return out, errors, page.evaluate("document.scrollingElement.scrollWidth")
    finally:
        context.close()


@pytest.mark.parametrize("name", ["example", "ecb"])
@pytest.mark.parametrize("width", [1400, 390])
def test_every_citation_lands_on_a_highlighted_sentence(browser, briefs, name, width):
    found, errors, scroll_width = landings(browser, briefs[name], width)
    assert set(found) == {"ok"}, {k: v[:3] for k, v in found.items() if k != "ok"}
    assert len(found["ok"]) >= 100  # summary, disputes, timeline, people, the facts grid, coverage
    assert not errors, errors  # the CSP allows the page's own style and script
    assert scroll_width <= width


def test_citations_land_without_javascript_on_a_phone(browser, briefs):
    found, _, scroll_width = landings(browser, briefs["ecb"], 390, js=False)
    assert set(found) == {"ok"}, {k: v[:3] for k, v in found.items() if k != "ok"}
    assert scroll_width <= 390


def test_phone_layout_of_the_static_brief(browser, briefs):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    try:
        page = context.new_page()
        page.goto(briefs["ecb"].as_uri())
        page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
        assert page.evaluate("document.scrollingElement.scrollWidth") <= 390
        assert page.evaluate(SMALL_TARGETS) == []
        # the source-by-fact grid is a list: each fact, then the sources reporting it by number
        row = page.locator("table.matrix tbody tr").first
        assert row.evaluate("r => getComputedStyle(r).display") == "block"
        assert re.search(r"by \d+ independent sources?.*\[\d+\]", " ".join(row.inner_text().split()))
        # a cut text shows all of it on tap
        cut = page.locator(".cut").first
        if cut.count():
            cut.click()
            assert cut.locator(".full").is_visible() and not cut.locator(".short").is_visible()
    finally:
        context.close()
