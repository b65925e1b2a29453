"""HTML pages (hand-written in tests/data/clean/html): main text, metadata, outlet, bad pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from synoptic.clean import clean_document, clean_documents
from synoptic.model import Article, Document, Skipped
from synoptic.read import read_paths
from synoptic.settings import CleanSettings, ReadSettings

HTML = Path(__file__).resolve().parents[1] / "data" / "clean" / "html"


def _page(name: str, url: str | None = None) -> Document:
    path = HTML / f"{name}.html"
    return Document(id=name, source=str(path), content=path.read_text(encoding="utf-8"), kind="html", url=url)


def test_news_page_text_and_metadata() -> None:
    article = clean_document(_page("harbour_strike"), CleanSettings())
    assert isinstance(article, Article)
    assert article.title == "Dockers end strike after pay deal"
    assert article.outlet == "The Coastal Herald"  # page metadata (og:site_name)
    assert article.published == date(2023, 6, 2)
    assert article.author == "Priya Raman"
    assert article.language == "en"
    assert article.url == "https://www.coastalherald.co.uk/business/dockers-end-strike-after-pay-deal"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("Dock workers at the port of Felixstowe")
    assert paragraphs[-1].endswith("a union official said outside the port gates.")
    assert len(paragraphs) == 6
    for furniture in ("Home", "cookies", "Rail fares", "newsletter", "All rights reserved", "Photo: Mark Ellis",
                      "Privacy policy", "By Priya Raman"):
        assert furniture not in article.text
    assert [article.text[s:e] for s, e in article.headings] == ["Backlog of containers"]


def test_outlet_from_domain_only_when_the_text_names_it() -> None:
    named = clean_document(_page("domain_only", "https://www.valleycourier.com/news/waiting-lists"), CleanSettings())
    assert isinstance(named, Article) and named.outlet == "Valley Courier"
    other = clean_document(_page("domain_only", "https://news.example.net/health/1"), CleanSettings())
    # no name anywhere: the outlet is its registrable domain, shown as its id
    assert isinstance(other, Article) and other.outlet == "example.net"
    assert other.outlet_info is not None and (other.outlet_info.id, other.outlet_info.name) == ("example.net", None)
    unknown = clean_document(_page("domain_only"), CleanSettings())
    assert isinstance(unknown, Article) and unknown.outlet is None


@pytest.mark.parametrize("name", ["index_page", "login_wall"])
def test_pages_without_an_article_are_skipped(name: str) -> None:
    result = clean_document(_page(name), CleanSettings())
    assert isinstance(result, Skipped) and result.error.startswith("no article text found")


def test_script_only_and_broken_pages(tmp_path: Path) -> None:
    (tmp_path / "scripts.html").write_text(
        "<html><head><script>var x = 1;</script></head><body><script>track()</script>"
        "<style>p{color:red}</style></body></html>", encoding="utf-8")
    (tmp_path / "broken.html").write_text("<html><body><div><p>Unclosed <b>tag <<<>>> &&& </", encoding="utf-8")
    (tmp_path / "good.html").write_text((HTML / "harbour_strike.html").read_text(encoding="utf-8"), encoding="utf-8")
    docs = list(read_paths([str(tmp_path)], ReadSettings()))
    articles, skipped = clean_documents([d for d in docs if isinstance(d, Document)], CleanSettings())
    assert [a.id for a in articles] == ["good"]
    assert {s.source.rsplit("/", 1)[-1] for s in skipped} == {"scripts.html", "broken.html"}
    assert all(s.error.startswith("no article text found") for s in skipped)


def test_json_record_metadata_wins_over_the_page() -> None:
    doc = _page("harbour_strike")
    doc.outlet, doc.title = "Record Outlet", "Record title"
    article = clean_document(doc, CleanSettings())
    assert isinstance(article, Article)
    assert article.outlet == "Record Outlet" and article.title == "Record title"


def test_huge_inputs_are_skipped_quickly() -> None:
    settings = CleanSettings(max_html_chars=200_000, max_text_chars=100_000)
    para = "<div><p>Filler paragraph %d with a few words in it.</p><script>var x = %d;</script></div>\n"
    page = "<html><body>" + "".join(para % (i, i) for i in range(6000)) + "</body></html>"
    result = clean_document(Document("big", "big.html", page, kind="html"), settings)
    assert isinstance(result, Skipped) and "too large" in result.error
    text = clean_document(Document("long", "long.txt", "word " * 30_000), settings)
    assert isinstance(text, Skipped) and "too long" in text.error
    # scripts do not count towards the size: a real page with heavy scripts is fine
    heavy = (HTML / "harbour_strike.html").read_text(encoding="utf-8").replace(
        "</head>", "<script>" + "var pad = 1;\n" * 30_000 + "</script></head>")
    assert isinstance(clean_document(Document("h", "h.html", heavy, kind="html"), settings), Article)
