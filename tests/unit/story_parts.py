"""Records the unit tests build stories from: articles written as lists of sentences, and
the first GVC records from ../shared (skipped where ../shared is absent)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from synoptic.model import Article, ArticleAnalysis, Sentence, Span


def article_of_sentences(aid: str, sentences: list[str], **fields) -> tuple[Article, ArticleAnalysis]:
    """One article whose text is `sentences`, a line each, with its sentence spans;
    `fields` are the Article's other fields (language, published, title...)."""
    text, spans = "", []
    for k, sentence in enumerate(sentences):
        start = len(text)
        text += sentence
        spans.append(Sentence(Span(aid, start, len(text), sentence), k))
        text += "\n"
    return Article(id=aid, source=aid, text=text, **fields), ArticleAnalysis(aid, spans)


def gvc_articles(shared_dir: Path, count: int) -> list[Article]:
    """The first `count` GVC records in date order, as articles with their titles and dates."""
    path = shared_dir / "bench" / "stories-gvc" / "gvc.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    articles = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            rec = json.loads(line)
            articles.append(Article(id=rec["id"], source=rec["url"], text=rec["text"], title=rec["title"],
                                    published=date.fromisoformat(rec["published"][:10])))
            if len(articles) == count:
                break
    return articles
