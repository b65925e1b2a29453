"""The real web app in headless Chromium (Debian `chromium` driven by Playwright).

A server on 127.0.0.1 over a store built from the bundled example: load the stories page,
open the story, click a citation and land on the highlighted sentence, see the disputes
with both sides, post hostile markup and see it rendered inert, and check screenshots.
Skips visibly when Chromium or Playwright is missing, unless env CI is set (then fails).
"""

from __future__ import annotations

import base64
import os
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.e2e

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


def _need(what: str, ok: bool) -> None:
    if ok:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{what} is required in CI")
    pytest.skip(f"{what} not available: browser tests skipped")


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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn in a thread on 127.0.0.1, stopped at teardown."""

    def __init__(self, app):
        import uvicorn

        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("web server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def live(tmp_path_factory, example_dir):
    from synoptic.ingest import Ingester
    from synoptic.read import read_paths
    from synoptic.settings import Settings
    from synoptic.store import Store
    from synoptic.web import create_app

    settings = Settings(quiet=True)
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('web')}/s.db")
    report = Ingester(store).ingest(read_paths([str(example_dir)], settings.read), settings)
    assert report.added == 5 and report.stories, report
    with LiveServer(create_app(store, settings)) as server:
        yield server
    store.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = context.new_page()
    problems: list[str] = []
    # any CSP violation or script error on our pages is a failure
    pg.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: problems.append(str(e)))
    pg.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.problems = problems
    yield pg
    context.close()


PIXEL_STATS = """async (src) => {
  const img = new Image();
  img.src = src;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = img.width; canvas.height = img.height;
  const ctx = canvas.getContext("2d");
  ctx.drawImage(img, 0, 0);
  const data = ctx.getImageData(0, 0, img.width, img.height).data;
  const colours = new Set();
  let dark = 0, samples = 0;
  for (let y = 0; y < img.height; y += 7) {
    for (let x = 0; x < img.width; x += 5) {
      const i = (y * img.width + x) * 4;
      colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      if (data[i] + data[i + 1] + data[i + 2] < 200) dark++;
      samples++;
    }
  }
  return {width: img.width, height: img.height, colours: colours.size, dark, samples};
}"""


def pixel_stats(browser, png: bytes) -> dict:
    """Decode a screenshot in a blank page of the browser and count colours and dark pixels."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    context = browser.new_context()
    try:
        blank = context.new_page()
        return blank.evaluate(PIXEL_STATS, "data:image/png;base64," + base64.b64encode(png).decode())
    finally:
        context.close()


def assert_not_blank(browser, png: bytes) -> None:
    stats = pixel_stats(browser, png)
    assert stats["width"] > 100 and stats["height"] > 100, stats
    assert stats["colours"] > 8, f"screenshot is blank: {stats}"
    assert stats["dark"] > 50, f"screenshot has no text: {stats}"


def test_stories_story_citation_and_disputes(live, browser, page, tmp_path):
    page.goto(live.url + "/")
    link = page.locator("#latest-list a[href^='/stories/']").first
    link.wait_for()
    assert_not_blank(browser, page.screenshot(path=str(tmp_path / "stories.png"), full_page=True))
    story_url = link.get_attribute("href")
    link.click()
    page.wait_for_url("**" + story_url)
    assert page.locator("h1").inner_text().strip()
    assert page.locator("#brief .brief-sentence").count() >= 1
    assert_not_blank(browser, page.screenshot(path=str(tmp_path / "story.png")))

    # the disputes section shows every dispute of the brief with each side
    brief = httpx.get(live.url + "/api/v1" + story_url).json()
    story = brief["stories"][0]
    for conflict in story["conflicts"]:
        if conflict.get("imprecise"):
            continue
        box = page.locator(f"#conflict-{conflict['id']}")
        assert box.count() == 1
        text = box.inner_text()
        assert len(conflict["variants"]) >= 2
        for variant in conflict["variants"]:
            assert variant["value"] in text

    # click a citation: land on the article with the cited sentence targeted and highlighted
    cite = page.locator("#brief a.cite[data-anchor]").first
    anchor, article_href = cite.get_attribute("data-anchor"), cite.get_attribute("href")
    cite.click()
    page.wait_for_url("**" + article_href)
    target = page.locator(f"mark#{anchor}")
    assert target.count() == 1 and target.is_visible()
    assert page.evaluate("document.querySelector(':target') && document.querySelector(':target').id") == anchor
    colour = target.evaluate("e => getComputedStyle(e).backgroundColor")
    plain = page.locator("mark.fact:not(:target)").first.evaluate("e => getComputedStyle(e).backgroundColor") \
        if page.locator("mark.fact:not(:target)").count() else None
    assert colour != plain and colour not in ("rgba(0, 0, 0, 0)", "transparent")
    start, end = (int(x) for x in anchor.split("-")[1:])
    article = httpx.get(live.url + "/api/v1" + article_href.split("#")[0]).json()
    assert target.inner_text() == article["text"][start:end]
    assert target.bounding_box()["y"] < 900  # scrolled into view
    assert_not_blank(browser, page.screenshot(path=str(tmp_path / "article.png")))
    assert not page.problems, page.problems


def test_troop_number_dispute(live, page):
    stories = httpx.get(live.url + "/api/v1/stories").json()["stories"]
    story = max(stories, key=lambda s: s["article_count"])
    brief = httpx.get(f"{live.url}/api/v1/stories/{story['id']}").json()["stories"][0]
    if not brief["conflicts"]:
        pytest.skip("the pipeline found no conflicts in the example yet")

    def about_troops(c: dict) -> bool:
        words = c["topic"] + " ".join(m["text"] for v in c["variants"] for m in v.get("mentions", []))
        return c["kind"] == "number" and "troop" in words.lower()

    troops = [c for c in brief["conflicts"] if about_troops(c)]
    assert troops, [c["topic"] for c in brief["conflicts"]]
    page.goto(f"{live.url}/stories/{story['id']}#disputes")
    box = page.locator(f"#conflict-{troops[0]['id']}")
    sides = box.locator(".side")
    assert sides.count() >= 2
    for variant, side in zip(troops[0]["variants"], sides.all(), strict=False):
        assert variant["value"] in side.inner_text()
        assert side.locator("a.cite").count() >= 1


def test_hostile_article_is_inert_in_the_browser(live, page):
    payload = {
        "id": "hostile-1",
        "title": 'Talks <script>alert("title")</script><img src=x onerror=alert(1)>',
        "outlet": "<b onmouseover=alert(2)>Evil</b>",
        "url": "javascript:alert(3)",
        "text": (
            "Negotiators met in Vienna on Tuesday <script>alert(4)</script> to discuss the reactor.\n\n"
            'Details <a href="javascript:alert(5)">here</a> <img src=x onerror="alert(6)"> '
            "<svg onload=alert(7)></svg> and more talks are planned for next month in the city."
        ),
    }
    r = httpx.post(live.url + "/api/v1/articles", json=payload, timeout=120)
    assert r.status_code == 200, r.text
    story = r.json()["stories"][0]
    for path in ("/", f"/stories/{story}", "/articles/hostile-1", "/search?q=Negotiators"):
        page.goto(live.url + path)
        assert page.locator("img").count() == 0
        assert page.evaluate("[...document.scripts].map(s => s.getAttribute('src'))") == ["/static/app.js"]
        assert page.locator("[href^='javascript:' i]").count() == 0
        assert page.evaluate(
            "[...document.querySelectorAll('*')].flatMap(e => [...e.attributes].map(a => a.name))"
            ".filter(n => n.startsWith('on')).length"
        ) == 0
    assert "<script>alert(4)</script>" in page.locator("body").inner_text() or path.startswith("/search")
    page.goto(live.url + "/articles/hostile-1")
    assert "<script>alert(4)</script>" in page.locator(".article-text").inner_text()
    assert not page.problems, page.problems


def test_screenshot_for_readme(live, browser):
    """docs/story-page.png: refreshed only when SYNOPTIC_SCREENSHOT is set."""
    stories = httpx.get(live.url + "/api/v1/stories").json()["stories"]
    story = max(stories, key=lambda s: s["article_count"])
    context = browser.new_context(viewport={"width": 1200, "height": 1250})
    try:
        pg = context.new_page()
        pg.goto(f"{live.url}/stories/{story['id']}")
        png = pg.screenshot(full_page=False)
    finally:
        context.close()
    assert_not_blank(browser, png)
    if os.environ.get("SYNOPTIC_SCREENSHOT"):
        out = Path(__file__).resolve().parents[2] / "docs" / "story-page.png"
        out.parent.mkdir(exist_ok=True)
        out.write_bytes(png)


def test_blank_screenshot_is_detected(browser):
    context = browser.new_context(viewport={"width": 400, "height": 300})
    try:
        png = context.new_page().screenshot()
    finally:
        context.close()
    with pytest.raises(AssertionError, match="blank"):
        assert_not_blank(browser, png)


def test_enhancements_filter_and_hover(live, page):
    stories = httpx.get(live.url + "/api/v1/stories").json()["stories"]
    story = max(stories, key=lambda s: s["article_count"])
    page.goto(f"{live.url}/stories/{story['id']}")
    rows = page.locator("#grid tbody tr")
    total = rows.count()
    assert total > 1
    # hovering a fact row highlights every element carrying that fact (brief sentences, cells)
    fact = rows.first.get_attribute("data-fact")
    rows.first.hover()
    assert "hover" in (rows.first.get_attribute("class") or "")
    marked = page.locator(f"[data-facts~='{fact}'].hover, [data-fact='{fact}'].hover").count()
    assert marked >= 1
    # typing filters the grid to matching rows
    words = rows.first.locator("th").inner_text().split()
    word = max(words, key=len)
    page.fill("#fact-filter", word)
    visible = page.locator("#grid tbody tr:not(.hidden)")
    assert 1 <= visible.count() < total or total == 1
    for i in range(visible.count()):
        assert word.lower() in visible.nth(i).inner_text().lower()
    assert not page.problems, page.problems


def test_pages_work_without_javascript(live, browser):
    context = browser.new_context(java_script_enabled=False)
    try:
        pg = context.new_page()
        pg.goto(live.url + "/")
        pg.locator("#latest-list a[href^='/stories/']").first.click()
        assert pg.locator("#disputes").is_visible() and pg.locator("#grid").is_visible()
        assert pg.locator("#fact-filter").is_visible()  # the facts filter is a plain GET form, on the server
        cite = pg.locator("#brief a.cite[data-anchor]").first
        anchor = cite.get_attribute("data-anchor")
        cite.click()
        assert pg.evaluate("location.hash") == f"#{anchor}"
        assert pg.locator(f"mark#{anchor}").is_visible()
        # the search form is a plain GET form
        pg.goto(live.url + "/")
        pg.fill("#site-q", "Geneva")
        pg.press("#site-q", "Enter")
        pg.wait_for_url("**/search?q=Geneva")
        assert pg.locator("#sr-articles").is_visible()
    finally:
        context.close()


def test_right_to_left_article_text_reads_right_to_left(browser, tmp_path):
    from synoptic.pipeline import brief_paths
    from synoptic.render import html
    from synoptic.render.json import to_dict
    from synoptic.settings import Settings

    texts = [
        "زلزال في جزيرة قشم\n\nوقع زلزال بقوة 5.9 درجات في جزيرة قشم جنوب إيران يوم الأحد، "
        "وأدى إلى مقتل عشرة أشخاص وتدمير سبع قرى.\n\nقال محافظ الجزيرة إن فرق الإنقاذ وصلت إلى القرى المتضررة.",
        "مقتل عشرة في زلزال جنوب إيران\n\nضرب زلزال بقوة 5.9 درجات جزيرة قشم في جنوب إيران يوم الأحد، "
        "مما أدى إلى مقتل عشرة أشخاص.\n\nوقالت السلطات إن المساعدات أرسلت إلى القرى.",
    ]
    for i, text in enumerate(texts):
        (tmp_path / f"ar{i}.txt").write_text(text, encoding="utf-8")
    page_html = html.render(to_dict(brief_paths([str(tmp_path)], Settings(quiet=True))))
    context = browser.new_context(viewport={"width": 1000, "height": 800})
    try:
        pg = context.new_page()
        pg.set_content(page_html)
        gaps = pg.evaluate("""() => {
          const p = document.querySelector('.summary p');
          const range = document.createRange(); range.selectNodeContents(p);
          const lines = [...range.getClientRects()], box = p.getBoundingClientRect();
          return [Math.min(...lines.map(r => r.left)) - box.left, box.right - Math.max(...lines.map(r => r.right))];
        }""")
    finally:
        context.close()
    left, right = gaps
    # an Arabic sentence starts at the right edge (left-aligned it would start at the left)
    assert right < 2 and left > 50
