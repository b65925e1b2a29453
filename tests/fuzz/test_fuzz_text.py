"""Fuzzing the text layer: every span it returns is exact, on any text."""

from __future__ import annotations

import pytest

pytest.importorskip("hypothesis", reason="hypothesis not installed (pip install -e '.[dev]')")

from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from synoptic.clean import normalize_text  # noqa: E402
from synoptic.model import Article  # noqa: E402
from synoptic.settings import TextSettings  # noqa: E402
from synoptic.text import analyze  # noqa: E402
from tests.fuzz.strategies import BUDGET, all_spans, news_text  # noqa: E402


def _article(text: str, headings: list[tuple[int, int]] | None = None) -> Article:
    return Article(id="fz", source="fuzz", text=text, title="", headings=headings or [])


def _check_spans(article: Article) -> None:
    analysis = analyze(article, TextSettings())
    spans = all_spans(analysis)
    for span in spans:
        if span.article != article.id:
            continue
        assert 0 <= span.start <= span.end <= len(article.text), span
        assert article.text[span.start:span.end] == span.text, span
    for sentence in analysis.sentences:
        assert sentence.span.text.strip(), sentence


@BUDGET
@given(text=news_text)
def test_spans_are_exact_on_raw_generated_text(text: str) -> None:
    _check_spans(_article(text))


@BUDGET
@given(text=news_text, heading=st.booleans())
def test_spans_are_exact_on_cleaned_text(text: str, heading: bool) -> None:
    # the shape clean/ produces: normalized lines joined by blank lines, maybe a heading
    paragraphs = [p for p in normalize_text(text).split("\n") if p.strip()]
    cleaned = "\n\n".join(paragraphs)
    headings = [(0, len(paragraphs[0]))] if heading and paragraphs else []
    _check_spans(_article(cleaned, headings))
