"""Fixtures of the `text/` unit tests: hand-written passages, rules and spaCy modes."""

from __future__ import annotations

from pathlib import Path

import pytest

from synoptic.model import Article
from synoptic.settings import TextSettings
from synoptic.text.entities import _spacy_model

PASSAGES = Path(__file__).resolve().parents[1] / "data" / "passages"
LANG = {"french": "fr", "spanish": "es"}


def _has_spacy() -> bool:
    return _spacy_model(TextSettings().spacy_model) is not None


@pytest.fixture(
    params=[
        "rules",
        pytest.param("spacy", marks=pytest.mark.skipif(not _has_spacy(), reason="no spaCy model")),
    ]
)
def settings(request) -> TextSettings:
    """Every text test runs with the rules and, when the model is installed, with spaCy."""
    return TextSettings(use_spacy=request.param == "spacy")


def passage_article(name: str, text: str | None = None) -> Article:
    """A hand-written passage of tests/data/passages (or inline text) as an Article."""
    body = text if text is not None else (PASSAGES / f"{name}.txt").read_text(encoding="utf-8")
    return Article(id=name, source=name, text=body, language=LANG.get(name, "en"))
