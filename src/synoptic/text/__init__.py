"""The per-article language layer: sentences, entities (with `tokens` and `roles`), quotes
(with `quote_marks`), quantities, time. Work across a story's articles lives in `link/`."""

from __future__ import annotations

from synoptic.model import Article, ArticleAnalysis
from synoptic.settings import TextSettings
from synoptic.text import asides, entities, quantities, quotes, sentences, timex


def analyze(article: Article, settings: TextSettings) -> ArticleAnalysis:
    """One record per article with every span-anchored thing `text/` finds in it.

    Times are extracted here unresolved where they are relative; the pipeline
    resolves them once a story's reference date is known.
    """
    sents = asides.mark_asides(sentences.split_sentences(article), settings)
    mentions = entities.extract_mentions(article, sents, settings)
    return ArticleAnalysis(
        article=article.id,
        sentences=sents,
        entities=mentions,
        quotes=quotes.extract_quotes(article, sents, mentions, settings),
        quantities=quantities.extract_quantities(article, sents, settings),
        times=timex.extract_times(article, sents, settings.time),
    )
