"""Records the unit tests build stories from: articles written as lists of sentences, and
the first GVC records from ../shared (skipped where ../shared is absent)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from synoptic.model import Article, ArticleAnalysis, Fact, Sentence, Span
from synoptic.settings import TextSettings


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


def one_fact(reports: list[tuple[str, str]], **fields) -> tuple[Fact, list[Article], dict[str, ArticleAnalysis]]:
    """Each (id, text) report analysed by the real text layer and all of them put in one fact,
    as the fact aligner joins sentences; `fields` are each Article's other fields (English,
    the id as its outlet, unless given)."""
    from synoptic import text

    articles, analyses, mentions = [], {}, []
    for aid, body in reports:
        article = Article(aid, f"{aid}.txt", body, **{"language": "en", "outlet": aid, **fields})
        analyses[aid] = text.analyze(article, TextSettings())
        mentions.append(Span(aid, 0, len(body), body))
        articles.append(article)
    fact = Fact(id="f1", text=mentions[0].text, mentions=mentions, articles=[m.article for m in mentions])
    return fact, articles, analyses


def gvc_records(shared_dir: Path, count: int) -> list[dict]:
    """The first `count` GVC records in date order, as the JSONL holds them."""
    path = shared_dir / "bench" / "stories-gvc" / "gvc.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    records = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            records.append(json.loads(line))
            if len(records) == count:
                break
    return records


def gvc_articles(shared_dir: Path, count: int) -> list[Article]:
    """The first `count` GVC records in date order, as articles with their titles and dates."""
    return [Article(id=rec["id"], source=rec["url"], text=rec["text"], title=rec["title"],
                    published=date.fromisoformat(rec["published"][:10])) for rec in gvc_records(shared_dir, count)]
