"""The keys the store files articles, entities and stories under."""

from __future__ import annotations

from synoptic.model import Article
from synoptic.store.keys import article_key, canonical_url, story_id_base
from synoptic.util.text import slugify as slug


def test_canonical_url_drops_tracking_fragment_and_case_of_host() -> None:
    url = "HTTPS://News.Example.org/world/talks/?utm_source=feed&b=2&fbclid=x&a=1#top"
    assert canonical_url(url) == "https://news.example.org/world/talks?a=1&b=2"
    assert canonical_url("https://example.org") == "https://example.org/"
    # the path keeps its case: servers may tell /News from /news
    assert canonical_url("https://example.org/News/") == "https://example.org/News"


def test_slug_folds_case_and_accents() -> None:
    assert slug("Wendy Sherman") == "wendy-sherman"
    assert slug("Sergueï Riabkov") == slug("sergueI riabkov") == "serguei-riabkov"
    assert slug("  ,,, ") == "entity"


def test_article_key_is_the_page_else_its_source_and_id() -> None:
    page = Article(id="a1", source="feed.xml", text="t", url="https://example.org/a?utm_medium=rss")
    assert article_key(page) == "https://example.org/a"
    assert article_key(Article(id="a1", source="dir/a.txt", text="t")) == "dir/a.txt#a1"


def test_story_ids_are_stable() -> None:
    assert story_id_base("a1") == story_id_base("a1") != story_id_base("a2")
    assert story_id_base("a1").startswith("st-") and len(story_id_base("a1")) == 13
