"""The web app over an in-memory store with the `synoptic.store.Store` methods.

The fake store serves a hand-written two-source story in the `synoptic.brief/1` shape, so
these tests check the web layer alone; tests/e2e/test_web_browser.py drives the real store.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import time
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from synoptic.model import Document
from synoptic.render.view import article_regions, safe_url, segments
from synoptic.settings import Settings
from synoptic.util.text import slugify
from synoptic.web import create_app, safety, views

A1 = (
    "Port workers walk out in Rotterdam\n\n"
    "About 3,000 dock workers stopped work at the port of Rotterdam on Tuesday, the FNV union said.\n\n"
    "The strike halted container traffic at the two largest terminals.\n\n"
    "\"We will not accept a pay offer below inflation,\" union leader Niek Stam told reporters."
)
A2 = (
    "Rotterdam dockers strike over pay\n\n"
    "Some 5,000 dock workers walked out in Rotterdam on Tuesday, according to port officials.\n\n"
    "Container traffic at the two largest terminals was halted by the strike.\n\n"
    "Employers said talks would resume next week."
)


def span(article: str, text: str, needle: str) -> dict:
    start = text.index(needle)
    return {"article": article, "start": start, "end": start + len(needle), "text": needle}


def sample_brief() -> dict:
    s1 = "About 3,000 dock workers stopped work at the port of Rotterdam on Tuesday, the FNV union said."
    s2 = "Some 5,000 dock workers walked out in Rotterdam on Tuesday, according to port officials."
    t1 = "The strike halted container traffic at the two largest terminals."
    t2 = "Container traffic at the two largest terminals was halted by the strike."
    q1 = "We will not accept a pay offer below inflation,"
    return {
        "schema": "synoptic.brief/1",
        "articles": [
            {"id": "a1", "source": "a1.txt", "outlet": "NL Times", "title": "Port workers walk out in Rotterdam",
             "language": "en", "published": "2024-03-05", "text": A1, "url": "https://example.org/a1",
             "removed": [{"text": "Share this article", "reason": "sharing"}], "headings": []},
            {"id": "a2", "source": "a2.txt", "outlet": "Harbour Daily", "title": "Rotterdam dockers strike over pay",
             "language": "en", "published": None, "text": A2, "url": "javascript:alert(1)",
             "removed": [], "headings": []},
        ],
        "skipped": [],
        "stories": [{
            "id": "s1", "title": "Dock workers strike in Rotterdam", "articles": ["a1", "a2"],
            "reference_date": "2024-03-05", "reference_date_inferred": True,
            "origins": [{"id": "o1", "articles": ["a1"], "relation": "independent", "evidence": []},
                        {"id": "o2", "articles": ["a2"], "relation": "independent", "evidence": []}],
            "independent_sources": 2,
            "facts": [
                {"id": "f1", "text": s1, "status": "disputed", "articles": ["a1", "a2"], "independent_sources": 2,
                 "mentions": [span("a1", A1, s1), span("a2", A2, s2)]},
                {"id": "f2", "text": t1, "status": "corroborated", "articles": ["a1", "a2"],
                 "independent_sources": 2, "mentions": [span("a1", A1, t1), span("a2", A2, t2)]},
                {"id": "f3", "text": "Employers said talks would resume next week.", "status": "single_source",
                 "articles": ["a2"], "independent_sources": 1,
                 "mentions": [span("a2", A2, "Employers said talks would resume next week.")]},
            ],
            "conflicts": [{
                "id": "c1", "kind": "number", "topic": "dock workers on strike", "majority": None,
                "facts": ["f1"], "imprecise": False,
                "variants": [
                    {"value": "3,000", "articles": ["a1"], "mentions": [span("a1", A1, "About 3,000 dock workers")]},
                    {"value": "5,000", "articles": ["a2"], "mentions": [span("a2", A2, "Some 5,000 dock workers")]},
                ],
            }],
            "entities": [
                {"id": "e1", "name": "Niek Stam", "type": "PERSON", "aliases": ["Stam"],
                 "roles": [{"role": "union leader", "articles": ["a1"]}], "articles": ["a1"]},
                {"id": "e2", "name": "Rotterdam", "type": "PLACE", "aliases": [], "roles": [], "articles": ["a1", "a2"]},
            ],
            "quotes": [{"id": "q1", "speaker": "e1", "speaker_name": "Niek Stam", "text": q1, "variants": [],
                        "articles": ["a1"], "verbatim": True, "cue": "told", "mentions": [span("a1", A1, q1)]}],
            "timeline": [{"date": "2024-03-05", "precision": "day", "text": s1, "articles": ["a1", "a2"], "fact": "f1"}],
            "coverage": [],
            "summary": [
                {"text": t1, "articles": ["a1", "a2"], "facts": ["f2"], "span": span("a1", A1, t1)},
                {"text": "Employers said talks would resume next week.", "articles": ["a2"], "facts": ["f3"]},
            ],
        }],
    }


@dataclass
class Report:
    added: int = 0
    unchanged: int = 0
    updated: int = 0
    skipped: list = field(default_factory=list)
    stories: list = field(default_factory=list)


class FakeStore:
    """In memory, the same methods and shapes as `synoptic.store.Store`."""

    def __init__(self, briefs: list[dict] | None = None):
        self.briefs: dict[str, dict] = {}
        self.story_of: dict[str, str] = {}
        for brief in briefs or []:
            self._put(brief)

    def _put(self, brief: dict) -> None:
        story = brief["stories"][0]
        self.briefs[story["id"]] = brief
        for a in story["articles"]:
            self.story_of[a] = story["id"]

    def _summary(self, brief: dict) -> dict:
        story = brief["stories"][0]
        return {"id": story["id"], "title": story["title"], "articles": story["articles"],
                "article_count": len(story["articles"]), "independent_sources": story["independent_sources"],
                "conflicts": len(story["conflicts"]), "updated": "2024-03-05T12:00:00",
                "outlets": sorted({a["outlet"] or "" for a in brief["articles"]})}

    def _match(self, brief, since, query, entity, outlet) -> bool:
        blob = " ".join([brief["stories"][0]["title"]] + [a["text"] for a in brief["articles"]]).lower()
        outlets = {(a["outlet"] or "").lower() for a in brief["articles"]}
        names = {slugify(e["name"]) for e in brief["stories"][0]["entities"]}
        return ((not query or query.lower() in blob) and (not outlet or outlet.lower() in outlets)
                and (not entity or slugify(entity) in names))

    def list_stories(self, since=None, query=None, entity=None, outlet=None, limit=50, offset=0):
        found = [self._summary(b) for b in reversed(self.briefs.values()) if self._match(b, since, query, entity, outlet)]
        return found[offset : offset + limit]

    def count_stories(self, since=None, query=None, entity=None, outlet=None):
        return len(self.list_stories(since, query, entity, outlet, limit=10**9))

    def story_brief(self, story_id):
        return self.briefs.get(story_id)

    def story_brief_text(self, story_id):  # through story_brief: the tests that replace it see both
        brief = self.story_brief(story_id)
        return (json.dumps(brief), brief["stories"][0].get("thread")) if brief else None

    def article(self, article_id):
        sid = self.story_of.get(article_id)
        if sid is None:
            return None
        art = next(a for a in self.briefs[sid]["articles"] if a["id"] == article_id)
        return dict(art, raw_text=art["text"], story=sid)

    def entity(self, key):
        stories = []
        found = None
        for b in self.briefs.values():
            story = b["stories"][0]
            for e in story["entities"]:
                if slugify(e["name"]) == key:
                    found = e
                    quotes = [q for q in story["quotes"] if q["speaker"] == e["id"]]
                    stories.append({"id": story["id"], "title": story["title"], "entity": e, "quotes": quotes})
        if not found:
            return None
        return {"key": key, "name": found["name"], "type": found["type"], "aliases": found["aliases"],
                "stories": stories}

    def search(self, query, limit=20, offset=0):
        stories = self.list_stories(query=query, limit=limit, offset=offset)
        arts = [{"id": a["id"], "title": a["title"], "outlet": a["outlet"], "story": self.story_of[a["id"]]}
                for b in self.briefs.values() for a in b["articles"] if query.lower() in a["text"].lower()]
        return {"stories": stories, "articles": arts[offset : offset + limit], "entities": []}

    # the list, search and feed reads (`synoptic.store.search.SearchQueries`), by substring
    def find_stories(self, filters=None, sort="latest", limit=20, offset=0, members=False):
        f = filters
        found = [dict(s, lede=None, languages=["en"], first_day="2024-03-05", last_day="2024-03-05")
                 for s in self.list_stories(None, f.query, f.entity, f.outlet, limit=10**9)]
        return {"stories": found[offset : offset + limit], "total": len(found), "entities": [],
                "entity_keys": None}

    def search_articles(self, filters, limit=20, offset=0):
        q = (filters.query or "").lower()
        arts = [dict(a, day=a["published"], ingested="2024-03-05T12:00:00", story=self.story_of[a["id"]])
                for b in self.briefs.values() for a in b["articles"] if q and q in a["text"].lower()]
        return {"articles": arts[offset : offset + limit], "total": len(arts), "stories": [], "entities": [],
                "terms": q.split(), "entity_keys": None}

    def recent_articles(self, filters, limit=50):
        return [dict(a, terms=(filters.query or "").lower().split()) for a in self.search_articles(filters)["articles"]]

    def story_articles(self, story_id):
        return [dict(a, ingested="2024-03-05T12:00:00", day=a["published"])
                for a in self.briefs[story_id]["articles"]]

    def ingest(self, documents, settings, progress=None):
        docs = [d for d in documents if isinstance(d, Document)]
        sid = "s" + hashlib.sha1("".join(d.id for d in docs).encode()).hexdigest()[:8]
        arts = [{"id": d.id, "source": d.source, "outlet": d.outlet, "title": d.title or "", "language": d.language,
                 "published": d.published.isoformat() if d.published else None, "text": d.content,
                 "url": d.url, "removed": [], "headings": []} for d in docs]
        first = docs[0].content.split("\n")[0]
        mention = {"article": docs[0].id, "start": 0, "end": len(first), "text": first}
        self._put({"schema": "synoptic.brief/1", "articles": arts, "skipped": [], "stories": [{
            "id": sid, "title": docs[0].title or first[:80], "articles": [d.id for d in docs],
            "independent_sources": len(docs), "origins": [], "conflicts": [], "entities": [], "quotes": [],
            "timeline": [], "coverage": [], "reference_date": None, "reference_date_inferred": False,
            "facts": [{"id": "f1", "text": first, "status": "single_source", "articles": [docs[0].id],
                       "independent_sources": 1, "mentions": [mention]}],
            "summary": [{"text": first, "articles": [docs[0].id], "facts": ["f1"]}]}]})
        return Report(added=len(docs), stories=[sid])


LOCAL = ("127.0.0.1", 50000)


@pytest.fixture()
def store() -> FakeStore:
    return FakeStore([sample_brief()])


@pytest.fixture()
def client(store) -> TestClient:
    # these tests change the fake store behind the app's back: no response cache
    app = create_app(store, Settings(), ingester=store, cache_seconds=0)
    return TestClient(app, client=LOCAL, raise_server_exceptions=False)


INLINE = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>|\son[a-z]+\s*=|\sstyle\s*=|<style", re.I)


def test_stories_page_lists_story_with_counts(client):
    r = client.get("/")
    assert r.status_code == 200
    assert "Dock workers strike in Rotterdam" in r.text
    assert "2 articles" in r.text and "2 independent sources" in r.text and "1 dispute" in r.text
    assert 'href="/stories/s1"' in r.text
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert not INLINE.search(r.text)


def test_stories_filters_and_pagination(client, store):
    assert "Dock workers" in client.get("/", params={"outlet": "harbour daily"}).text
    assert "No stories match" in client.get("/", params={"q": "volcano"}).text
    # empty form fields are "no filter", not errors
    assert client.get("/", params={"q": "", "since": "", "entity": "", "outlet": ""}).status_code == 200
    for n in range(45):
        b = sample_brief()
        b["stories"][0]["id"] = f"x{n}"
        b["stories"][0]["articles"] = []
        store._put(b)
    first = client.get("/")
    assert 'rel="next"' in first.text and "Page 1 of 3" in first.text
    assert "Page 3 of 3" in client.get("/", params={"page": 3}).text


def test_story_page_follows_its_brief_whatever_the_worker_kept(store, client):
    # the page's views are kept per brief text (web.derived): a changed brief is shown at once
    assert client.get("/stories/s1").text == client.get("/stories/s1").text
    story = store.briefs["s1"]["stories"][0]
    story["title"] = "Dockers <b>strike</b> again"
    story["summary"][0]["text"] = "A sentence written since & escaped."
    page = client.get("/stories/s1").text
    assert "Dockers &lt;b&gt;strike&lt;/b&gt; again" in page and "A sentence written since &amp; escaped." in page
    assert "<title>Dockers &lt;b&gt;strike&lt;/b&gt; again · Synoptic</title>" in client.get("/stories/s1/feed.atom").text


def test_story_page_brief_citations_land_on_article_anchors(client):
    page = client.get("/stories/s1").text
    hrefs = set(re.findall(r'href="(/articles/a[12]#s-\d+-\d+)"', page))
    assert hrefs, "citation markers link to sentence anchors"
    for href in hrefs:
        path, anchor = href.split("#")
        article = client.get(path).text
        assert f'id="{anchor}"' in article
    # the brief's first sentence cites both sources
    t1 = A1.index("The strike halted")
    assert f'/articles/a1#s-{t1}-{t1 + 65}' in page


def test_story_page_disputes_show_both_sides_with_wording_and_outlets(client):
    page = client.get("/stories/s1").text
    section = page[page.index('id="disputes"') : page.index('id="coverage"')]
    assert "dock workers on strike" in section
    assert "3,000" in section and "5,000" in section
    assert "About 3,000 dock workers" in section and "Some 5,000 dock workers" in section
    assert "NL Times" in section and "Harbour Daily" in section


def test_a_figure_that_grew_over_time_is_listed_apart_from_the_disputes(store):
    brief = sample_brief()
    grown = dict(brief["stories"][0]["conflicts"][0], id="c2", topic="ships waiting", over_time=True)
    brief["stories"][0]["conflicts"] = [grown]
    client = TestClient(create_app(FakeStore([brief]), Settings(), cache_seconds=0), client=LOCAL)
    page = client.get("/stories/s1").text
    section = page[page.index('id="disputes"') : page.index('id="coverage"')]
    assert "No disagreements found between the sources." in section
    assert "Figures that changed over time" in section and "ships waiting" in section
    assert "3,000" in section and "→" in section and "5,000" in section
    assert views.story_counts(brief["stories"][0])["disputes"] == 0


def test_story_page_grid_timeline_people(client):
    page = client.get("/stories/s1").text
    grid = page[page.index('id="grid"') : page.index("</table>")]
    assert grid.count('class="cell on"') == 5 and grid.count('class="cell off"') == 1
    assert "<svg" in page and "<circle" in page and "5 Mar 2024" in page
    assert 'href="/entities/niek-stam"' in page and "union leader" in page
    assert "We will not accept a pay offer below inflation" in page
    people = page[page.index('id="people"') : page.index('id="sources"')]
    assert "/entities/rotterdam" not in people  # places are not people


def test_article_page_highlights_and_removed_lines(client):
    r = client.get("/articles/a1")
    assert r.status_code == 200
    assert re.search(r'<mark id="s-\d+-\d+" class="fact disputed"', r.text)
    assert "<del>Share this article</del>" in r.text and "sharing" in r.text
    assert 'href="https://example.org/a1"' in r.text
    # a javascript: URL is shown as text, never as a link
    r2 = client.get("/articles/a2").text
    assert 'href="javascript:' not in r2 and "javascript:alert(1)" in r2


def test_segments_are_lossless_and_regions_ignore_bad_spans():
    brief = sample_brief()
    story = brief["stories"][0]
    story["facts"].append({"id": "bad", "text": "x", "status": "single_source", "articles": ["a1"],
                           "mentions": [{"article": "a1", "start": 5, "end": 9999, "text": "x"},
                                        {"article": "a1", "start": 0, "end": 4, "text": "nope"}]})
    regions = article_regions(story, "a1", A1)
    assert all(A1[r.start : r.end] for r in regions)
    assert all(r.start >= regions[i - 1].end for i, r in enumerate(regions) if i)
    assert "".join(s.text for s in segments(A1, regions, [[0, 34]])) == A1
    assert segments(A1, regions, [[0, 34]])[0].heading


def test_entity_search_and_api_docs_pages(client):
    ent = client.get("/entities/niek-stam")
    assert ent.status_code == 200 and "union leader" in ent.text and "below inflation" in ent.text
    found = client.get("/search", params={"q": "container"}).text
    assert 'href="/articles/a1"' in found and 'href="/stories/s1"' in found
    assert client.get("/search").status_code == 200
    docs = client.get("/api/v1/docs").text
    assert "/api/v1/stories" in docs and "POST /api/v1/articles" in docs
    assert client.get("/api/v1/openapi.json").json()["paths"]["/api/v1/articles"]["post"]


def test_unknown_ids_are_404_pages_and_bad_params_422(client):
    for path in ("/stories/nope", "/articles/nope", "/entities/nope", "/no/such/page"):
        r = client.get(path)
        assert r.status_code == 404 and "text/html" in r.headers["content-type"] and "Not found" in r.text
    for path in ("/api/v1/stories/nope", "/api/v1/articles/nope", "/api/v1/entities/nope"):
        r = client.get(path)
        assert r.status_code == 404 and r.json()["detail"]
    for path, params in [("/", {"page": 0}), ("/", {"since": "yesterday"}), ("/", {"page": "x"}),
                         ("/api/v1/stories", {"limit": 5000}), ("/api/v1/stories", {"since": "2024-13-01"}),
                         ("/api/v1/search", {}), ("/stories/s1", {"facts_page": -1})]:
        r = client.get(path, params=params)
        assert r.status_code == 422, (path, params)
        assert "Traceback" not in r.text


def test_store_failure_is_a_500_page_without_traceback(store):
    def boom(*a, **k):
        raise RuntimeError("secret internal detail")

    store.story_brief = boom
    c = TestClient(create_app(store, Settings(), ingester=store), client=LOCAL, raise_server_exceptions=False)
    for path in ("/stories/s1", "/api/v1/stories/s1"):
        r = c.get(path)
        assert r.status_code == 500 and "secret internal detail" not in r.text and "Traceback" not in r.text
        assert "default-src 'self'" in r.headers["content-security-policy"]


def test_api_shapes(client, store):
    r = client.get("/api/v1/stories").json()
    assert r["stories"][0]["id"] == "s1" and r["next"] is None
    for n in range(3):
        b = sample_brief()
        b["stories"][0]["id"] = f"x{n}"
        store._put(b)
    page1 = client.get("/api/v1/stories", params={"limit": 2}).json()
    assert len(page1["stories"]) == 2 and page1["next"]
    page2 = client.get(page1["next"]).json()
    ids = [s["id"] for s in page1["stories"] + page2["stories"]]
    assert sorted(ids) == ["s1", "x0", "x1", "x2"] and page2["next"] is None
    brief = client.get("/api/v1/stories/s1").json()
    assert brief["schema"] == "synoptic.brief/1" and brief["stories"][0]["conflicts"]
    assert client.get("/api/v1/articles/a1").json()["story"] in ids
    assert client.get("/api/v1/entities/niek-stam").json()["stories"][0]["quotes"]
    assert client.get("/api/v1/search", params={"q": "container"}).json()["articles"]


XSS_TITLE = 'Breaking <script>alert("t")</script><img src=x onerror=alert(1)>'
XSS_TEXT = (
    "Officials met on Monday <script>document.cookie</script> to discuss the plan.\n\n"
    'Read more <a href="javascript:alert(2)">here</a> and <img src=x onerror="alert(3)"> '
    "[click](javascript:alert(4)) <svg onload=alert(5)>"
)


class Tags(HTMLParser):
    """Every start tag with its attributes, as a browser would parse the page."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


def assert_no_markup(html: str) -> None:
    parser = Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        assert tag not in ("img", "iframe", "object", "embed", "style", "b"), tag
        assert tag != "script" or attrs.get("src") == "/static/app.js", attrs
        assert not [k for k in attrs if k.startswith("on")], (tag, attrs)
        assert tag != "svg" or attrs.get("class") == "timeline"
        for key in ("href", "src", "action", "formaction"):
            assert not attrs.get(key, "").strip().lower().startswith("javascript:"), (tag, attrs)


def test_posted_article_with_markup_is_rendered_inert(client):
    r = client.post("/api/v1/articles", json={"title": XSS_TITLE, "text": XSS_TEXT, "outlet": "<b>Evil</b>",
                                              "url": "javascript:alert(6)", "id": "evil-1"})
    assert r.status_code == 200, r.text
    story = r.json()["stories"][0]
    pages = [client.get(p).text for p in ("/", f"/stories/{story}", "/articles/evil-1",
                                          "/search?q=Officials")]
    for html in pages:
        assert_no_markup(html)
        assert "<b>Evil</b>" not in html
    assert "&lt;script&gt;" in pages[2] and "onerror" in pages[2]  # shown as text


def test_post_needs_token_or_local_client(store):
    app = create_app(store, Settings(), ingester=store, api_token="s3cret")
    body = {"text": "A short article about the harbour strike in Rotterdam."}
    remote = TestClient(app, client=("203.0.113.9", 4000))
    assert remote.post("/api/v1/articles", json=body).status_code == 401
    assert remote.post("/api/v1/articles", json=body, headers={"Authorization": "Bearer nope"}).status_code == 401
    assert remote.post("/api/v1/articles", json=body, headers={"Authorization": "Bearer s3cret"}).status_code == 200
    open_app = create_app(store, Settings(), ingester=store)
    assert TestClient(open_app, client=("203.0.113.9", 4000)).post("/api/v1/articles", json=body).status_code == 403
    local = TestClient(open_app, client=LOCAL)
    assert local.post("/api/v1/articles", json=body).status_code == 200
    # a cross-site form post (no JSON content type) is refused
    before = len(store.briefs)
    assert local.post("/api/v1/articles", content=b'{"text": "x"}',
                      headers={"content-type": "text/plain"}).status_code in (415, 422)
    assert len(store.briefs) == before
    assert local.post("/api/v1/articles", json={"title": "no text"}).status_code == 422
    assert local.post("/api/v1/articles", json=[body] * 101).status_code == 422
    assert local.post("/api/v1/articles", json={"text": "x", "id": "../etc"}).status_code == 422
    # the JSONL reader's field limits hold at this door too (`read.limits`)
    long_id = local.post("/api/v1/articles", json={**body, "id": "a" * 180})
    assert long_id.status_code == 422 and "id too long" in long_id.text
    assert len(store.briefs) == before


def test_url_only_articles_need_fetching_enabled_and_public_addresses(store):
    local = TestClient(create_app(store, Settings(), ingester=store), client=LOCAL)
    r = local.post("/api/v1/articles", json={"url": "https://example.org/news"})
    assert r.status_code == 422 and "does not fetch" in r.json()["detail"]
    fetching = TestClient(create_app(store, Settings(), ingester=store, allow_fetch=True), client=LOCAL)
    for url in ("http://127.0.0.1:8000/", "http://localhost/", "http://169.254.169.254/latest/meta-data",
                "http://10.0.0.1/", "http://[::1]/", "http://[::ffff:127.0.0.1]/", "file:///etc/passwd",
                "http://user:pw@example.org/", "gopher://example.org/"):
        r = fetching.post("/api/v1/articles", json={"url": url})
        assert r.status_code == 422 and "cannot fetch" in r.json()["detail"], url


def test_safety_helpers():
    assert safety.is_loopback_host("127.0.0.1") and safety.is_loopback_host("::1")
    assert safety.is_loopback_host("localhost") and not safety.is_loopback_host("0.0.0.0")
    assert not safety.is_loopback_host("192.168.1.4")
    assert safety.token_matches("Bearer abc", "abc") and not safety.token_matches("Basic abc", "abc")
    with pytest.raises(safety.FetchRefused):
        safety.resolve_public("127.0.0.1", 80)
    with pytest.raises(safety.FetchRefused):
        safety.resolve_public("192.168.0.1", 80)
    assert safe_url("https://a.example/x") and not safe_url("javascript:alert(1)")
    assert not safe_url("//evil.example") and slugify("Sergei Ryabkov") == "sergei-ryabkov"


def test_host_header_allowlist(store):
    app = create_app(store, Settings(), ingester=store, allowed_hosts=["127.0.0.1", "localhost"])
    assert TestClient(app, base_url="http://127.0.0.1:8000").get("/").status_code == 200
    assert TestClient(app, base_url="http://evil.example").get("/").status_code == 400


def test_timeline_geometry_orders_dates():
    brief = sample_brief()
    brief["stories"][0]["timeline"] = [
        {"date": "2024-03-05", "precision": "day", "text": "strike", "articles": ["a1"], "fact": None},
        {"date": "2014", "precision": "year", "text": "earlier strike", "articles": ["a2"], "fact": None},
        {"date": "garbage", "precision": "day", "text": "x", "articles": [], "fact": None},
    ]
    tl = views.timeline(brief, views.sources(brief))
    assert [e["label"] for e in tl["entries"]] == ["2014", "5 Mar 2024"]
    assert tl["points"][0]["x"] < tl["points"][1]["x"]


def test_document_fields_from_post(client, store):
    r = client.post("/api/v1/articles", json={"text": "Body text here.", "title": "T", "outlet": "O",
                                              "published": "2024-01-02", "language": "en", "id": "doc-9"})
    assert r.status_code == 200 and r.json()["articles"] == ["doc-9"]
    assert store.article("doc-9")["published"] == date(2024, 1, 2).isoformat()


def test_response_cache_follows_store_changes(store):
    app = create_app(store, Settings(), ingester=store, cache_seconds=60)
    c = TestClient(app, client=LOCAL)
    calls = []
    real = store.story_brief
    store.story_brief = lambda sid: calls.append(sid) or real(sid)
    first = c.get("/stories/s1")
    second = c.get("/stories/s1")
    assert second.text == first.text and len(calls) == 1  # served from the cache
    assert second.headers["content-encoding"] == "gzip"  # httpx asks for gzip and decodes it
    assert c.get("/stories/s1").headers["content-security-policy"]
    # another process ingests: the store's version stamp changes and the cache is dropped
    b = sample_brief()
    b["stories"][0]["id"] = "s2"
    b["stories"][0]["title"] = "Second strike day"
    store._put(b)
    time.sleep(1.1)
    assert "Second strike day" in c.get("/").text
    c.get("/stories/s1")
    assert len(calls) == 2
    # a POST through the app drops it at once
    c.post("/api/v1/articles", json={"text": "Harbour pilots joined the strike on Wednesday.", "title": "Pilots join"})
    assert "Pilots join" in c.get("/").text
    assert c.get("/stories/nope").status_code == 404  # errors are never cached


def test_long_story_lists_are_paginated(store, client):
    brief = sample_brief()
    story = brief["stories"][0]
    fact = story["facts"][1]
    story["facts"] = [dict(fact, id=f"g{n}") for n in range(95)]
    story["timeline"] = [{"date": f"2024-03-{1 + n % 28:02d}", "precision": "day", "text": f"event {n}",
                          "articles": ["a1"], "fact": None} for n in range(90)]
    story["entities"] = [{"id": f"p{n}", "name": f"Person {n}", "type": "PERSON", "aliases": [], "roles": [],
                          "articles": ["a1"]} for n in range(30)]
    store._put(brief)
    page1 = client.get("/stories/s1").text
    grid = page1[page1.index('id="grid"') : page1.index("</table>")]
    assert grid.count("<tr data-fact=") == 40
    assert "Page 1 of 3" in page1 and 'facts_page=2#coverage' in page1
    assert 'timeline_page=2#timeline' in page1 and 'people_page=2#people' in page1
    page3 = client.get("/stories/s1", params={"facts_page": 3, "timeline_page": 3, "people_page": 3}).text
    grid3 = page3[page3.index('id="grid"') : page3.index("</table>")]
    assert grid3.count("<tr data-fact=") == 15
    assert 'id="t-81"' in page3 and 'id="t-1"' not in page3
    assert "Person 29" in page3 or "Person 9" in page3
    # chart dots for entries on another page link there
    assert 'href="?timeline_page=1#t-1"' in page3


def test_response_cache_is_bounded_in_bytes(store):
    from synoptic.web.cache import ResponseCache

    cache = ResponseCache(store, max_age=60, max_bytes=10_000)
    for n in range(20):
        cache.put(f"/p{n}", b"x" * 1500, "text/html", cache.generation)
    assert cache._bytes <= 10_000 and cache.get("/p19") and cache.get("/p0") is None
    hit = cache.get("/p19")
    assert hit[2] and gzip.decompress(hit[2]) == b"x" * 1500
    cache.clear()
    assert cache._bytes == 0 and cache.get("/p19") is None


def test_serve_beyond_loopback_requires_a_token(monkeypatch, tmp_path):
    import uvicorn
    from typer.testing import CliRunner

    from synoptic.cli import app as cli
    from synoptic.web.app import SERVE_ENV, app_from_environment

    served = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: served.update(app=app, **kw))
    monkeypatch.delenv("SYNOPTIC_API_TOKEN", raising=False)
    monkeypatch.setenv(SERVE_ENV, "{}")  # restored after the test: serve sets it for its workers
    # two worker processes: each makes its app from what the parent resolved, the token included
    result = CliRunner().invoke(cli, ["serve", "--db", f"sqlite:///{tmp_path}/s.db", "--host", "0.0.0.0",
                                      "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert served["host"] == "0.0.0.0" and served["workers"] == 2 and served["factory"]
    assert served["app"] == "synoptic.web.app:app_from_environment"
    token = re.search(r"Bearer (\S+)", result.output).group(1)
    c = TestClient(app_from_environment(), client=("198.51.100.7", 1234))
    body = {"text": "A short note."}
    assert c.post("/api/v1/articles", json=body).status_code == 401
    assert c.post("/api/v1/articles", json={"title": "no text"}).status_code == 401  # auth before parsing
    good = {"Authorization": f"Bearer {token}"}
    assert c.post("/api/v1/articles", json={"title": "no text"}, headers=good).status_code == 422
    assert c.post("/api/v1/articles", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert c.get("/", headers={"Host": "news.example.org"}).status_code == 200  # no Host allowlist
    # on loopback: no token printed, other Host names refused
    served.clear()
    result = CliRunner().invoke(cli, ["serve", "--db", f"sqlite:///{tmp_path}/s.db", "--workers", "1"])
    assert result.exit_code == 0 and "Bearer" not in result.output
    assert TestClient(served["app"]).get("/", headers={"Host": "evil.example"}).status_code == 400


def test_fetch_connects_to_the_checked_address_and_rechecks_redirects(monkeypatch):
    import http.server
    import threading

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            if self.path == "/hop":
                self.send_response(302)
                self.send_header("Location", "http://169.254.169.254/latest/meta-data")
                self.end_headers()
                return
            body = f"<html><body><p>host={self.headers['Host']}</p></body></html>".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    real = safety.resolve_public

    def fake_resolve(host, p):
        # pretend news.example.test is public and lives on this machine; everything else as usual
        return "127.0.0.1" if host == "news.example.test" else real(host, p)

    monkeypatch.setattr(safety, "resolve_public", fake_resolve)
    try:
        url, text = safety.fetch_public(f"http://news.example.test:{port}/story")
        assert url.endswith("/story") and f"host=news.example.test:{port}" in text
        with pytest.raises(safety.FetchRefused, match="non-public"):
            safety.fetch_public(f"http://news.example.test:{port}/hop")
    finally:
        server.shutdown()


class Structure(HTMLParser):
    """Inputs, labels and headings of a page, for accessibility checks."""

    def __init__(self):
        super().__init__()
        self.inputs: list[dict] = []
        self.label_for: set[str] = set()
        self.in_label = 0
        self.headings: list[int] = []
        self.html_lang = None

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.html_lang = a.get("lang")
        if tag == "label":
            self.in_label += 1
            if a.get("for"):
                self.label_for.add(a["for"])
        if tag == "input" and a.get("type") not in ("hidden", "submit"):
            self.inputs.append(dict(a, wrapped=self.in_label > 0))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))

    def handle_endtag(self, tag):
        if tag == "label":
            self.in_label -= 1


def test_pages_are_labelled_and_structured(client):
    for path in ("/", "/stories/s1", "/articles/a1", "/entities/niek-stam", "/search?q=strike", "/nope"):
        page = Structure()
        page.feed(client.get(path).text)
        assert page.html_lang == "en"
        for box in page.inputs:
            assert box["wrapped"] or box.get("id") in page.label_for or box.get("aria-label"), (path, box)
        assert page.headings.count(1) == 1, path
        # no heading level is skipped on the way down
        assert all(b <= a + 1 for a, b in zip(page.headings, page.headings[1:], strict=False)), (path, page.headings)


def test_the_story_page_loses_no_quote_and_a_speaker_who_is_no_entity_gets_no_entity_link():
    brief = sample_brief()
    story = brief["stories"][0]
    said = "Employers said talks would resume next week."
    story["quotes"].append({"id": "q2", "speaker": None, "speaker_name": "port officials", "text": said,
                            "variants": [], "articles": ["a2"], "verbatim": False, "cue": "said",
                            "mentions": [span("a2", A2, said)]})
    page = TestClient(create_app(FakeStore([brief]), Settings(), cache_seconds=0), client=LOCAL).get("/stories/s1").text
    people = page[page.index('id="people"') : page.index('id="sources"')]
    assert "port officials" in people and said in people and "paraphrased" in people
    assert 'href="/entities/port-officials"' not in people and "None" not in people
    assert 'href="/entities/niek-stam"' in people  # entities keep their page


def test_every_face_names_a_source_without_outlet_alike():
    from synoptic.render import html, markdown
    from synoptic.render.view import outlet_label, source_name, story_view

    brief = sample_brief()
    brief["articles"][0].update(outlet=None, url=None, source="/data/feeds/rotterdam-strike.txt")
    brief["articles"][1].update(outlet=None, url="https://www.harbour.example/x")
    # a file name is a source, never an outlet: shown apart, beside "unknown outlet"
    assert [outlet_label(a) for a in brief["articles"]] == ["unknown outlet", "harbour.example"]
    assert [source_name(a) for a in brief["articles"]] == ["rotterdam-strike.txt", ""]
    view = story_view(brief, brief["stories"][0])
    assert view.outlet_with_source("a1") == "unknown outlet (rotterdam-strike.txt)"
    assert [s.outlet for s in views.sources(brief)] == [view.outlet_with_source("a1"), view.outlet("a2")]
    for rendered in (markdown.render(brief), html.render(brief)):
        assert "rotterdam-strike.txt" in rendered and "harbour.example" in rendered
        assert "/data/feeds" not in rendered  # never a full path
    page = TestClient(create_app(FakeStore([brief]), Settings(), cache_seconds=0), client=LOCAL).get("/stories/s1").text
    assert "rotterdam-strike.txt" in page and "harbour.example" in page


def test_slugify_is_the_entity_key_of_a_name():
    assert slugify("Wendy Sherman") == "wendy-sherman"
    assert slugify("  Ségolène  Royal ") == "segolene-royal"  # accents folded, spaces one hyphen
    assert slugify("Mykhailo Podolyak (adviser)") == "mykhailo-podolyak-adviser"
    assert slugify("!!!") == "entity" and slugify("") == "entity"
    assert len(slugify("x" * 1000)) == 300


def test_an_entity_with_a_long_key_is_linked_and_found() -> None:
    """Every key the store can hold (slugify's longest) is a page the web answers."""
    long_name = ("Joint Negotiating Committee of the Federation of Dutch Trade Unions, the Christian National "
                 "Trade Union Federation and the Trade Union for Professionals in the Ports of Rotterdam, "
                 "Amsterdam, Vlissingen and Terneuzen, Section Container Terminals and Stevedoring")
    brief = sample_brief()
    story = brief["stories"][0]
    story["entities"][0] = dict(story["entities"][0], name=long_name, type="ORG", aliases=[])
    story["quotes"][0]["speaker_name"] = long_name
    key = slugify(long_name)
    assert len(key) > 200
    app = create_app(FakeStore([brief]), Settings(), cache_seconds=0)
    client = TestClient(app, client=LOCAL, raise_server_exceptions=False)
    page = client.get("/stories/s1").text
    assert f'href="/entities/{key}"' in page
    entity_page = client.get(f"/entities/{key}")
    assert entity_page.status_code == 200 and "below inflation" in entity_page.text
    assert client.get(f"/api/v1/entities/{key}").json()["name"] == long_name
    assert client.get("/api/v1/stories", params={"entity": key}).json()["total"] == 1
    assert client.get("/", params={"entity": key}).status_code == 200
    # the longest key a name can give is a filter the web accepts (no 422)
    assert client.get("/api/v1/stories", params={"entity": slugify("x" * 1_000)}).status_code == 200


def test_facts_filter_searches_all_facts_on_the_server_and_keeps_paging(store, client):
    brief = sample_brief()
    story = brief["stories"][0]
    fact = story["facts"][1]
    story["facts"] = [dict(fact, id=f"g{n}", text=f"{fact['text']} number{n}") for n in range(95)]
    story["facts"][85]["text"] = "The Haïti relief ship was turned back at the locks."
    store._put(brief)
    page = client.get("/stories/s1").text
    assert 'data-fact="g85"' not in page  # on page 3 of the grid
    found = client.get("/stories/s1", params={"facts_q": "HAITI locks"}).text
    grid = found[found.index('id="grid"') : found.index("</table>")]
    assert grid.count("<tr data-fact=") == 1 and 'data-fact="g85"' in grid  # case- and accent-folded
    assert "1 fact of 95" in found
    # the filter pages over what it found, and the pager keeps the words
    many = client.get("/stories/s1", params={"facts_q": "number"}).text
    assert "Page 1 of 3" in many and "facts_q=number" in many and "facts_page=2" in many
    none = client.get("/stories/s1", params={"facts_q": "zebra"}).text
    assert "No fact matches" in none
    assert client.get("/stories/s1", params={"facts_status": "<script>"}).status_code == 422


def test_story_page_shows_what_each_outlet_alone_reported_and_left_out(store, client):
    brief = sample_brief()
    story = brief["stories"][0]
    f_a, f_b = story["facts"][0], story["facts"][1]
    story["coverage"] = [{"article": "a1", "unique_facts": [f_b["id"]], "missing_facts": [], "quoted": []},
                         {"article": "a2", "unique_facts": [], "missing_facts": [f_b["id"]], "quoted": []}]
    store._put(brief)
    page = client.get("/stories/s1").text
    section = page[page.index('id="outlets"') :]
    section = section[: section.index("</section>")]
    assert "Reported alone" in section and "Left out" in section and f_b["text"] in section
    # each statement cites the sentence that states it, on the article page
    assert re.search(r'href="/articles/a1#s-\d+-\d+"', section)
    assert f_a["id"] and section.count('class="cite"') >= 2


def _asgi_post(app, headers: list[tuple[bytes, bytes]], chunks: list[bytes]):
    """POST /api/v1/articles straight through ASGI: (status, body chunks the app asked for)."""
    import asyncio

    pending = list(chunks)
    asked: list[int] = []
    sent: list[dict] = []

    async def receive():
        asked.append(1)
        body = pending.pop(0) if pending else b""
        return {"type": "http.request", "body": body, "more_body": bool(pending)}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
             "scheme": "http", "path": "/api/v1/articles", "raw_path": b"/api/v1/articles",
             "query_string": b"", "root_path": "", "headers": headers,
             "client": ("203.0.113.9", 4000), "server": ("testserver", 80)}
    asyncio.run(app(scope, receive, send))
    return next(m["status"] for m in sent if m["type"] == "http.response.start"), len(asked)


def test_post_body_is_refused_before_it_is_read(store):
    settings = Settings()
    settings.web.max_post_bytes = 1000
    app = create_app(store, settings, ingester=store, api_token="s3cret")
    json_type = (b"content-type", b"application/json")
    big = [(b"content-length", b"200000000"), json_type]
    # a stranger's 200 MB: refused on its headers, not one byte read
    assert _asgi_post(app, big, [b"{" * 100]) == (401, 0)
    # with the token, a declared size over the limit is refused unread too
    assert _asgi_post(app, big + [(b"authorization", b"Bearer s3cret")], [b"{"]) == (413, 0)
    # a chunked body (no length) is cut where it passes the limit
    status, _ = _asgi_post(app, [json_type, (b"authorization", b"Bearer s3cret")], [b" " * 600] * 5)
    assert status == 413
    before = len(store.briefs)
    ok = {"text": "A short article about the harbour strike in Rotterdam."}
    assert TestClient(app).post("/api/v1/articles", json=ok,
                                headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert len(store.briefs) == before + 1
