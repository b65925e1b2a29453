"""The cleaner on hand-written articles in other layouts and languages.

`tests/data/clean/*.txt` were written for this test (none copies the bundled
example); `expected.json` lists, per article, every line that is furniture
with the reasons allowed for it. Every other line is story and must survive.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from synoptic.clean import clean_document, clean_documents, normalize_text
from synoptic.model import Article, Document
from synoptic.settings import CleanSettings

DATA = Path(__file__).resolve().parents[1] / "data" / "clean"
EXPECTED: dict[str, dict] = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))


def _doc(name: str) -> Document:
    path = DATA / f"{name}.txt"
    return Document(id=name, source=str(path), content=path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def batch() -> dict[str, Article]:
    articles, skipped = clean_documents([_doc(n) for n in sorted(EXPECTED)], CleanSettings())
    assert skipped == []
    return {a.id: a for a in articles}


def test_enough_articles_in_enough_languages() -> None:
    assert len(EXPECTED) >= 15
    assert len({e["language"] for e in EXPECTED.values()}) >= 8


def _check(name: str, article: Article) -> None:
    exp = EXPECTED[name]
    raw = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    removed = {r.text: r.reason for r in article.removed}
    flat = " ".join(article.text.split())
    for line in normalize_text(raw).split("\n"):
        if not line:
            continue
        allowed = next((set(r) for start, r in exp["junk"].items() if line.startswith(start)), None)
        if allowed is not None:
            assert line in removed, f"{name}: furniture kept: {line!r}"
            assert removed[line] in allowed, f"{name}: {line!r} removed as {removed[line]}, want {allowed}"
        elif line.startswith(exp["title"]):
            continue
        else:
            assert line not in removed, f"{name}: story line removed as {removed.get(line)}: {line!r}"
            assert line in flat, f"{name}: story line lost: {line!r}"
    assert article.title == exp["title"]
    if "title_suffix" in exp:
        assert article.meta.get("title_suffix") == exp["title_suffix"]
    assert article.language == exp["language"]
    # a publication date only from the page's own dateline, never guessed
    assert (str(article.published) if article.published else None) == exp.get("published")
    marked = [article.text[s:e] for s, e in article.headings]
    for heading in exp.get("headings", []):
        assert heading in marked, f"{name}: heading {heading!r} not marked ({marked})"
    for joined in exp.get("joined", []):
        assert joined in article.text, f"{name}: hard-wrapped sentence not rejoined: {joined!r}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_article_alone(name: str) -> None:
    article = clean_document(_doc(name), CleanSettings())
    assert isinstance(article, Article), article
    _check(name, article)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_article_in_a_batch(batch: dict[str, Article], name: str) -> None:
    _check(name, batch[name])


def test_paragraphs_are_lines_and_headings_exact(batch: dict[str, Article]) -> None:
    for article in batch.values():
        assert "\n\n\n" not in article.text and article.text == article.text.strip()
        for start, end in article.headings:
            heading = article.text[start:end]
            assert heading and "\n" not in heading
            assert start == 0 or article.text[start - 1] == "\n"


def test_every_reason_is_from_the_fixed_vocabulary(batch: dict[str, Article]) -> None:
    from synoptic.model import REMOVAL_REASONS

    reasons = {r.reason for a in batch.values() for r in a.removed}
    assert reasons <= set(REMOVAL_REASONS)
    assert len(reasons) >= 10  # the hand-written pages exercise most of the vocabulary
