"""Who said what on the bundled example: one entity per negotiator with every title
each outlet gives, and the soldier's "Soviet Union 2.0" quote merged across wordings."""

from __future__ import annotations

import pytest

from synoptic.clean import clean_documents
from synoptic.link.entities import canonicalize
from synoptic.link.quotes import merge_quotes
from synoptic.model import Article, ArticleAnalysis, Skipped
from synoptic.read import read_paths
from synoptic.settings import Settings, TextSettings
from synoptic.text.entities import _spacy_model, extract_mentions
from synoptic.text.quotes import extract_quotes
from synoptic.text.sentences import split_sentences


def _has_spacy_model() -> bool:
    return _spacy_model(TextSettings().spacy_model) is not None


@pytest.fixture(
    scope="module",
    params=[
        "rules",
        pytest.param(
            "spacy",
            marks=pytest.mark.skipif(not _has_spacy_model(), reason="spaCy model not installed"),
        ),
    ],
)
def story(example_dir, request):
    settings = Settings()
    settings.text.use_spacy = request.param == "spacy"
    docs = [d for d in read_paths([str(example_dir)], settings.read) if not isinstance(d, Skipped)]
    articles, _ = clean_documents(docs, settings.clean)
    analyses: dict[str, ArticleAnalysis] = {}
    for a in articles:
        sents = split_sentences(a)
        mentions = extract_mentions(a, sents, settings.text)
        analyses[a.id] = ArticleAnalysis(
            article=a.id,
            sentences=sents,
            entities=mentions,
            quotes=extract_quotes(a, sents, mentions, settings.text),
        )
    entities = canonicalize(articles, analyses, settings.link)
    quotes = merge_quotes(articles, analyses, entities, settings.link)
    return articles, analyses, entities, quotes


def _short(articles: list[Article]) -> dict[str, str]:
    return {a.id: a.id[:3] for a in articles}


def _entity(entities, surname):
    found = [e for e in entities if e.type == "PERSON" and surname in e.name]
    assert len(found) == 1, [(e.name, e.aliases) for e in entities if e.type == "PERSON"]
    return found[0]


def test_spans_are_exact(story):
    articles, analyses, entities, quotes = story
    text = {a.id: a.text for a in articles}
    for an in analyses.values():
        for m in an.entities:
            assert text[m.span.article][m.span.start : m.span.end] == m.span.text
            if m.role_span:
                assert text[m.role_span.article][m.role_span.start : m.role_span.end] == m.role_span.text
        for q in an.quotes:
            for s in q.mentions:
                assert text[s.article][s.start : s.end] == s.text


def test_negotiators_are_one_entity_each_with_roles_by_article(story):
    articles, _, entities, _ = story
    short = _short(articles)
    sherman = _entity(entities, "Sherman")
    assert sherman.name == "Wendy Sherman"
    assert {"Sherman", "Wendy R. Sherman"} <= set(sherman.aliases)
    assert [short[a] for a in sherman.articles] == ["000", "001", "002", "003", "004"]
    roles = {r.role.lower(): sorted(short[a] for a in r.articles) for r in sherman.roles}
    assert roles == {
        "secretary of state": ["000"],
        "under secretary of state": ["001"],
        "deputy secretary of state": ["002", "003"],
        "deputy foreign minister": ["004"],
    }
    ryabkov = _entity(entities, "abkov")
    spellings = {ryabkov.name, *ryabkov.aliases}
    assert {"Sergey Riabkov", "Sergei Ryabkov", "Sergei Riabkov", "Riyabkov"} <= spellings
    assert len(ryabkov.articles) == 5
    assert [r.role.lower() for r in ryabkov.roles] == ["deputy foreign minister"]
    # the negotiators are the most salient people of the story
    people = [e for e in entities if e.type == "PERSON"]
    assert {people[0].id, people[1].id} == {sherman.id, ryabkov.id}


def test_other_people_and_organisations(story):
    articles, _, entities, _ = story
    short = _short(articles)
    stoltenberg = _entity(entities, "Stoltenberg")
    assert [(r.role, sorted(short[a] for a in r.articles)) for r in stoltenberg.roles] == [
        ("NATO chief", ["000", "003"])
    ]
    by_alias = {f: e for e in entities for f in [e.name, *e.aliases]}
    assert by_alias["NATO"] is by_alias["North Atlantic Treaty Organization"]
    assert by_alias["OSCE"] is by_alias["Organization for Security and Cooperation in Europe"]
    assert by_alias["Kiev"] is by_alias["Kyiv"]
    assert by_alias["Kyiv"].type == "PLACE"
    assert by_alias["US"] is by_alias["United States"]
    assert [e.id for e in entities] == [f"e{i}" for i in range(1, len(entities) + 1)]


def test_soviet_union_quote_attributed_to_the_soldier_in_both_wordings(story):
    articles, _, entities, quotes = story
    short = _short(articles)
    mykhailo = _entity(entities, "Mykhailo")
    assert any("soldier" in r.role for r in mykhailo.roles)
    soviet = [q for q in quotes if "Soviet Union" in q.text]
    assert len(soviet) == 1
    q = soviet[0]
    assert q.speaker == mykhailo.id
    assert q.speaker_name == "Mykhailo"
    assert sorted(short[a] for a in q.articles) == ["000", "003"]
    wordings = {v.text: sorted(short[a] for a in v.articles) for v in q.variants}
    assert wordings == {
        "He wants to create Soviet Union 2.0": ["000"],
        "He wants to return the Soviet Union in version 2.0.": ["003"],
    }
    assert q.verbatim


def test_pronoun_and_continued_quotes(story):
    articles, analyses, _, _ = story
    by_short = {a.id[:3]: analyses[a.id] for a in articles}
    skeptical = [q for q in by_short["000"].quotes if q.text.startswith("I have a somewhat")]
    assert len(skeptical) == 1
    assert skeptical[0].speaker_name == "Sergey Riabkov" and skeptical[0].cue == "added"
    # a quote paragraph continued without closing the previous one
    q001 = [q for q in by_short["001"].quotes if q.text.startswith("Unfortunately")]
    assert len(q001) == 1 and len(q001[0].mentions) == 2
    assert q001[0].speaker_name == "Sergei Ryabkov"
    # "he said" after the Russian negotiator, although Sherman was named last before
    q004 = [q for q in by_short["004"].quotes if q.text.startswith("We have the impression")]
    assert q004[0].speaker_name == "Sergei Riabkov"


def test_story_quotes_point_at_entities(story):
    _, _, entities, quotes = story
    ids = {e.id for e in entities}
    assert [q.id for q in quotes] == [f"q{i}" for i in range(1, len(quotes) + 1)]
    for q in quotes:
        assert q.speaker is None or q.speaker in ids
        assert q.verbatim
    blinken = [q for q in quotes if q.speaker_name == "Antony Blinken" and len(q.articles) == 2]
    assert blinken, "the CNN warning is one quote reported by two outlets"
    # "... without our allies," he/she added/said: the wire story and its translation
    allies = [q for q in quotes if "will listen to Russia's concerns" in q.text]
    assert len(allies) == 1 and len(allies[0].articles) == 2
    assert allies[0].speaker_name == "Wendy Sherman"
