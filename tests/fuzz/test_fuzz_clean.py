"""Fuzzing the cleaner: generated documents never raise nor fail inside the cleaner."""

from __future__ import annotations

import pytest

pytest.importorskip("hypothesis", reason="hypothesis not installed (pip install -e '.[dev]')")

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from synoptic.clean import clean_document, clean_documents  # noqa: E402
from synoptic.model import REMOVAL_REASONS, Article, Document, Skipped  # noqa: E402
from synoptic.read.limits import limit_document  # noqa: E402
from synoptic.settings import CleanSettings, ReadSettings  # noqa: E402
from tests.fuzz.strategies import BUDGET, huge_text, news_text, odd_text  # noqa: E402

# markup pieces, well-formed or not, around generated text
TAGS = ["<p>", "</p>", "<div>", "</div>", "<h1>", "</h1>", "<script>x()</script>", "<br>", "<!--",
        "-->", "<![CDATA[", "<title>", "</title>", "<html><body>", "<a href='javascript:x'>", "&amp;",
        "&#0;", "&#xD800;", "<meta charset='x-unknown'>", "<table><tr><td>", "<"]

html_text = st.lists(st.sampled_from(TAGS) | news_text, max_size=20).map("".join)

meta = st.none() | st.just("") | odd_text | huge_text

document = st.builds(
    lambda content, kind, title, outlet, author, language, url: Document(
        id="doc", source="fuzz", content=content, kind=kind, title=title, outlet=outlet,
        author=author, language=language, url=url),
    content=st.one_of(news_text, html_text, huge_text),
    kind=st.sampled_from(["text", "html"]),
    title=meta, outlet=meta, author=meta, language=meta, url=meta,
)


def _check(result: Article | Skipped) -> None:
    if isinstance(result, Skipped):
        assert result.error.strip() and "\n" not in result.error
        # the cleaner's own guard caught an exception: a bug, not a bad input
        assert not result.error.startswith("clean failed"), result.error
        return
    assert result.text.strip()
    for start, end in result.headings:
        assert 0 <= start < end <= len(result.text)
    assert all(r.reason in REMOVAL_REASONS for r in result.removed)


@BUDGET
@given(doc=document)
def test_clean_document_never_fails_inside(doc: Document) -> None:
    limited = limit_document(doc, ReadSettings())
    if isinstance(limited, Skipped):
        return
    _check(clean_document(limited, CleanSettings()))


@BUDGET
@given(docs=st.lists(document, min_size=1, max_size=4))
def test_a_batch_gives_one_outcome_per_document(docs: list[Document]) -> None:
    limited = [limit_document(d, ReadSettings()) for d in docs]
    limited = [d for d in limited if isinstance(d, Document)]
    for n, d in enumerate(limited):
        d.source = f"fuzz{n}"
    articles, skipped = clean_documents(limited, CleanSettings())
    assert len(articles) + len(skipped) == len(limited)
    for result in [*articles, *skipped]:
        _check(result)
