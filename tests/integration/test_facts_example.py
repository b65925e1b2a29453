"""Facts and the brief on the bundled example, through the real per-article stages."""

from __future__ import annotations

import pytest

from synoptic import clean, read, text, vectors
from synoptic.compare.facts import align_facts
from synoptic.link import dedup
from synoptic.link.independence import independent_sources, outlet_keys
from synoptic.settings import Settings
from synoptic.write.brief import summarize
from synoptic.write.title import story_title


@pytest.fixture(scope="module")
def story(example_dir):
    settings = Settings()
    docs = list(read.read_paths([str(example_dir)], settings.read))
    articles, _ = clean.clean_documents(docs, settings.clean)
    analyses = {a.id: text.analyze(a, settings.text) for a in articles}
    encoder = vectors.get_encoder(settings.vectors)
    origins = dedup.find_origins(articles, analyses, encoder, settings.link)
    facts = align_facts(articles, analyses, origins, encoder, settings.compare)
    summary = summarize(facts, [], articles, analyses, encoder, settings.write, settings.compare.clarity)
    return articles, analyses, origins, facts, summary


def _facts_mentioning(facts, *needles, min_articles=4):
    """Facts backed by enough articles whose mentions, together, say every needle
    (a needle may be a tuple of alternatives)."""
    out = []
    for fact in facts:
        said = " ".join(m.text for m in fact.mentions)
        alternatives = [n if isinstance(n, tuple) else (n,) for n in needles]
        if len(fact.articles) >= min_articles and all(
            any(a in said for a in alts) for alts in alternatives
        ):
            out.append(fact)
    return out


def test_key_facts_are_backed_by_four_or_more_articles(story):
    _, _, _, facts, _ = story
    # the talks in Geneva
    assert _facts_mentioning(facts, "Geneva", ("talks", "meeting", "negotiations"))
    # the two negotiators
    negotiators = _facts_mentioning(facts, "Sherman")
    assert any(
        any(
            ("Ryabkov" in m.text or "Riabkov" in m.text) and "Sherman" in m.text for m in f.mentions
        )
        for f in negotiators
    )
    # the follow-up meetings in Brussels and Vienna
    follow_up = _facts_mentioning(facts, "Brussels", "Vienna")
    assert follow_up
    assert all("Brussels" in m.text or "Vienna" in m.text for m in follow_up[0].mentions)


def test_spans_exact_and_every_sentence_in_exactly_one_fact(story):
    articles, analyses, _, facts, _ = story
    texts = {a.id: a.text for a in articles}
    for m in (m for f in facts for m in f.mentions):
        assert texts[m.article][m.start : m.end] == m.text
    # detail facts restate a sentence of their shared fact; the rest partition the sentences
    by_id = {f.id: f for f in facts}
    for f in facts:
        if f.detail_of:
            assert f.mentions[0] in by_id[f.detail_of].mentions and len(f.mentions) == 1
    mentions = [m for f in facts if not f.detail_of for m in f.mentions]
    expected = sorted(
        (aid, s.span.start) for aid, a in analyses.items() for s in a.sentences if not s.is_heading
    )
    assert sorted((m.article, m.start) for m in mentions) == expected


def test_wire_copy_does_not_double_count(story):
    articles, _, origins, facts, _ = story
    outlets = outlet_keys(articles)
    for fact in facts:
        assert fact.independent_sources == independent_sources(fact.articles, origins, outlets)
        assert fact.independent_sources <= len(fact.articles)
        assert fact.status == ("corroborated" if fact.independent_sources >= 2 else "single_source")
    # some fact is carried only by the two copies of one wire story
    assert any(len(f.articles) == 2 and f.independent_sources == 1 for f in facts)


def test_summary_cites_real_ids_and_is_verbatim(story):
    articles, _, _, facts, summary = story
    texts = {a.id: a.text for a in articles}
    fact_ids = {f.id for f in facts}
    assert summary
    assert sum(len(s.text.split()) for s in summary) <= Settings().write.max_words
    for s in summary:
        assert s.articles and set(s.articles) <= set(texts)
        assert set(s.facts) <= fact_ids
        assert any(s.text in texts[a] for a in s.articles)
        assert texts[s.span.article][s.span.start : s.span.end] == s.text
    # the brief is about the story's corroborated core, not one outlet's asides
    assert any(len(s.articles) >= 3 for s in summary)


def test_story_title_is_one_of_the_headlines(story):
    articles, _, _, facts, _ = story
    title = story_title(articles, facts, Settings().write, Settings().compare.clarity)
    assert title and any(title in a.title for a in articles)
