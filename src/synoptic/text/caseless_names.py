"""Names in scripts without capital letters, where the capitalized-run rules of
`text/entities.py` find nothing: Arabic (`arabic_names`), Hebrew (`hebrew_names`) and Hindi (`hindi_names`)."""

from __future__ import annotations

from synoptic.model import Article, EntityMention, Sentence
from synoptic.text import arabic_names, hebrew_names, hindi_names


def extract(article: Article, sentences: list[Sentence]) -> list[EntityMention] | None:
    """The article's names when its script has no capitals; None when it has them."""
    language = article.language or ""
    head = article.text[:2000]
    if language.startswith("ar") or arabic_names.is_arabic(head):
        return arabic_names.extract_arabic(article, sentences)
    if language.startswith("he") or hebrew_names.is_hebrew(head):
        return hebrew_names.extract_hebrew(article, sentences)
    if language.startswith("hi") or hindi_names.is_hindi(head):
        return hindi_names.extract_hindi(article, sentences)
    return None
