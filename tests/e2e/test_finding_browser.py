"""The stories list, search and feeds in headless Chromium, at 1400 and 390 px (#22).

The store is made as a user would: `synoptic ingest` of the bundled example and of
MultiLing 2011 Wikinews articles (two topics in English, French and Arabic, as JSONL
records with their outlet and the date each article gives), served by `create_app`.
Skips visibly when Chromium or Playwright is missing, unless env CI is set.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import feedparser
import httpx
import pytest

from tests.e2e.test_web_browser import ARGS, CHROMIUM, LiveServer, _need

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
LANGS = {"english": "en", "french": "fr", "arabic": "ar"}
DOCS = [f"M00{t}{d}" for t in (6, 8) for d in range(5)] + ["M0020"]
NO_SCROLL = "document.documentElement.scrollWidth <= document.documentElement.clientWidth"


def _records(shared: Path) -> list[dict]:
    """One JSONL record a file: headline, the date line of the English version, the text."""
    out = []
    for doc in DOCS:
        langs = LANGS if doc != "M0020" else {"english": "en"}
        english = (shared / f"{doc}.english").read_text(encoding="utf-8").splitlines()
        published = datetime.strptime(english[2].strip(), "%A, %B %d, %Y").date().isoformat()
        for name, code in langs.items():
            lines = (shared / f"{doc}.{name}").read_text(encoding="utf-8").splitlines()
            out.append({"id": f"{doc}-{code}", "title": lines[0].strip(), "text": "\n".join(lines[3:]).strip(),
                        "language": code, "outlet": f"{code}.wikinews.org", "published": published})
    return out


@pytest.fixture(scope="module")
def browser():
    _need(CHROMIUM, Path(CHROMIUM).exists())
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _need("playwright", False)
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def live(tmp_path_factory, example_dir, shared_dir):
    from synoptic.settings import Settings
    from synoptic.store import Store
    from synoptic.web import create_app

    tmp = tmp_path_factory.mktemp("finding")
    records = tmp / "wikinews.jsonl"
    source = shared_dir / "bench/summaries-multiling2011/SourceTexts"
    records.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in _records(source)) + "\n",
                       encoding="utf-8")
    db = f"sqlite:///{tmp / 's.db'}"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    subprocess.run([sys.executable, "-m", "synoptic.cli", "ingest", str(example_dir), str(records),
                    "--db", db, "--encoder", "tfidf", "--quiet"], check=True, env=env, timeout=900)
    # briefs are lazy (#23): the list's ledes and counts come from them, built as `synoptic briefs` does
    subprocess.run([sys.executable, "-m", "synoptic.cli", "briefs", "--db", db, "--quiet"], check=True, env=env,
                   timeout=900)
    settings = Settings(quiet=True)
    settings.vectors.encoder = "tfidf"
    store = Store(db)
    with LiveServer(create_app(store, settings)) as server:
        yield server
    store.close()


@pytest.fixture(params=[1400, 390], ids=["desktop", "phone"])
def page(browser, request):
    context = browser.new_context(viewport={"width": request.param, "height": 900})
    pg = context.new_page()
    problems: list[str] = []
    pg.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: problems.append(str(e)))
    pg.problems = problems
    yield pg
    context.close()


def test_list_shows_news_dates_outlets_and_fits(live, page):
    page.goto(live.url + "/")
    assert page.evaluate(NO_SCROLL)
    cards = page.locator(".story-card")
    assert cards.count() >= 3
    days = page.locator(".story-card .days time").all_inner_texts()
    assert "2010-01-12" in days or "2009-06-01" in days  # the articles' own dates, not today's
    assert "wikinews.org" in " ".join(page.locator(".story-card .outlets").all_inner_texts())
    assert page.locator(".story-card .lede").count() >= 1
    page.click("text=Most disputes")
    assert page.evaluate(NO_SCROLL) and "sort=disputes" in page.url
    page.goto(live.url + "/?page=99")
    assert "There is no page 99" in page.inner_text("main") and "No stories yet" not in page.inner_text("main")
    for link in page.locator(".sorts a, .pager a").all():
        assert link.bounding_box()["height"] >= 32
    assert not page.problems


def test_search_alias_accent_and_whole_words(live, page):
    page.goto(live.url + "/search")
    page.fill("#s-q", "Riabkov")
    page.click("main form button[type=submit]")
    marks = page.locator(".snippet mark").all_inner_texts()
    assert any(m.endswith("Riabkov") for m in marks) and any(m.endswith("Ryabkov") for m in marks)
    assert page.evaluate(NO_SCROLL)
    counts = []
    for q in ("Haiti", "Haïti"):
        page.goto(live.url + "/search?q=" + q)
        counts.append(page.locator("#sr-articles small").inner_text())
    assert counts[0] == counts[1] and counts[0] != "(0)"
    page.goto(live.url + "/search?q=Sherman")
    hits = page.locator(".hits").inner_text().lower()
    assert "sherman" in hits and "fisherman" not in hits
    assert not page.problems


def test_search_works_without_javascript(live, browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 800})
    try:
        pg = context.new_page()
        pg.goto(live.url + "/search?q=Sarkozy&language=fr")
        assert pg.locator(".hit").count() >= 1
        assert all(lang == "fr" for lang in pg.locator(".hit .meta span[lang]").all_inner_texts())
        assert pg.evaluate(NO_SCROLL)
    finally:
        context.close()


def test_story_feed_lists_a_new_article_after_ingest(live):
    stories = httpx.get(live.url + "/api/v1/search", params={"q": "Riabkov"}).json()["stories"]
    sid = stories[0]["id"]
    before = feedparser.parse(httpx.get(f"{live.url}/stories/{sid}/feed.atom").content)
    assert not before.bozo and before.entries
    path = sorted((ROOT / "examples/geneva-2022").glob("*.txt"))[2]
    paras = path.read_text(encoding="utf-8").split("\n\n")
    added = ("Deputy Foreign Minister Sergei Riabkov repeated on Wednesday that Moscow expected written "
             "answers from Washington before any further round of talks in Geneva.")
    text = "\n\n".join(paras[:6] + [added])
    r = httpx.post(live.url + "/api/v1/articles", json={"id": "follow-up", "text": text}, timeout=300)
    assert r.status_code == 200, r.text
    assert r.json()["added"] == 1, r.json()
    sid = r.json()["stories"][0]
    # the story changed: its feed builds its brief again (the first view after the change)
    after = feedparser.parse(httpx.get(f"{live.url}/stories/{sid}/feed.atom", timeout=300).content)
    assert not after.bozo
    assert any(e.link.endswith("/articles/follow-up") for e in after.entries)
