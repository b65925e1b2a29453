"""The outlet pages in headless Chromium: the list, a profile, every number a link to its
articles, the wire story named on the story page, the outlet filter from a profile."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.test_web_browser import LiveServer, browser, page  # noqa: F401 (fixtures)

pytestmark = pytest.mark.e2e

DATA = Path(__file__).resolve().parents[1] / "data" / "outlets" / "rotterdam-strike.jsonl"


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    from synoptic.ingest import Ingester
    from synoptic.read import read_paths
    from synoptic.settings import Settings
    from synoptic.store import Store
    from synoptic.web import create_app

    settings = Settings(quiet=True)
    settings.vectors.encoder = "tfidf"
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('outlets-web')}/s.db")
    report = Ingester(store).ingest(read_paths([str(DATA)], settings.read), settings)
    assert (report.added, report.copies) == (4, 1) and report.stories, report  # f24 copies AFP word for word
    with LiveServer(create_app(store, settings)) as server:
        yield server
    store.close()


def test_outlet_list_profile_and_evidence_links(live, page):  # noqa: F811
    page.goto(f"{live.url}/")
    page.get_by_role("link", name="Outlets").click()
    page.wait_for_url("**/outlets")
    rows = page.locator("table.outlets tbody tr")
    assert rows.count() == 5
    assert page.locator("table.outlets").inner_text().count("France 24") == 1
    # every number in the table is a link
    for cell in page.locator("table.outlets tbody td a").all():
        assert cell.get_attribute("href")
    page.locator("tr[data-outlet='barrons.com'] th a").click()
    page.wait_for_url("**/outlets/barrons.com")
    assert page.locator("h1").inner_text().startswith("Barron's")
    # the copies figure links to the article behind it
    page.locator("dl.profile a[href='#ev-copies']").click()
    section = page.locator("#ev-copies")
    assert section.locator("a[href='/articles/barrons-rotterdam']").count() == 1
    section.locator("a[href='/articles/barrons-rotterdam']").click()
    page.wait_for_url("**/articles/barrons-rotterdam")
    assert page.locator("a[href='/outlets/barrons.com']").count() == 1
    assert not page.problems, page.problems


def test_stories_of_an_outlet_and_the_wire_story(live, page):  # noqa: F811
    page.goto(f"{live.url}/outlets/afp.com")
    page.locator("dl.profile a[href^='/?outlet=']").click()
    page.wait_for_load_state()
    stories = page.locator(".story-card h3 a[href^='/stories/']")  # the list's cards (#22)
    assert stories.count() == 1
    stories.first.click()
    page.wait_for_load_state()
    origins = page.locator("#origins").inner_text()
    # carriers in citation order, the agency's own copy left out
    assert "AFP story, carried by Barron's and France 24" in origins or \
        "AFP story, carried by France 24 and Barron's" in origins
    assert not page.problems, page.problems
    page.goto(f"{live.url}/outlets/nowhere.example")
    assert "There is nothing at this address." in page.content()
