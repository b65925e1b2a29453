"""The whole pipeline on the bundled example: the contract holds and every claim is cited."""

from __future__ import annotations

import pytest

from synoptic import pipeline
from synoptic.render.json import SCHEMA, to_dict
from synoptic.settings import Settings


@pytest.fixture(scope="module")
def data(example_dir):
    return to_dict(pipeline.brief_paths([str(example_dir)], Settings()))


def _spans(story):
    for fact in story["facts"]:
        yield from fact["mentions"]
    for conflict in story["conflicts"]:
        for variant in conflict["variants"]:
            yield from variant["mentions"]
    for quote in story["quotes"]:
        yield from quote.get("mentions", [])
    for origin in story["origins"]:
        for pair in origin["evidence"]:
            yield pair["a"]
            yield pair["b"]
    for sentence in story["summary"]:
        if "span" in sentence:
            yield sentence["span"]


def test_contract_top_level(data):
    assert data["schema"] == SCHEMA
    assert len(data["articles"]) == 5
    assert data["skipped"] == []
    for article in data["articles"]:
        assert set(article) >= {"id", "source", "outlet", "title", "language", "published", "text", "removed"}
    story_keys = {
        "id", "title", "articles", "reference_date", "reference_date_inferred", "origins",
        "independent_sources", "facts", "conflicts", "entities", "quotes", "timeline",
        "coverage", "summary",
    }
    for story in data["stories"]:
        assert set(story) >= story_keys


def test_one_story_with_all_articles(data):
    assert len(data["stories"]) == 1
    assert sorted(data["stories"][0]["articles"]) == sorted(a["id"] for a in data["articles"])


def test_every_span_is_exact(data):
    texts = {a["id"]: a["text"] for a in data["articles"]}
    count = 0
    for story in data["stories"]:
        for span in _spans(story):
            assert texts[span["article"]][span["start"]:span["end"]] == span["text"]
            count += 1
    assert count > 50


def test_summary_is_cited_and_verbatim(data):
    texts = {a["id"]: a["text"] for a in data["articles"]}
    story = data["stories"][0]
    assert story["summary"], "the example must produce a summary"
    words = 0
    for sentence in story["summary"]:
        assert sentence["articles"], sentence
        assert set(sentence["articles"]) <= set(texts)
        # verbatim in at least one cited article
        assert any(sentence["text"] in texts[a] for a in sentence["articles"]), sentence["text"]
        words += len(sentence["text"].split())
    assert words <= 150


def test_summary_respects_max_words(example_dir):
    settings = Settings()
    settings.write.max_words = 60
    data = to_dict(pipeline.brief_paths([str(example_dir)], settings))
    words = sum(len(s["text"].split()) for s in data["stories"][0]["summary"])
    assert 0 < words <= 60


def test_facts_are_corroborated_by_independent_sources(data):
    story = data["stories"][0]
    facts = story["facts"]
    assert any(f["status"] == "corroborated" for f in facts)
    for fact in facts:
        assert 1 <= fact["independent_sources"] <= len(fact["articles"])
        if fact["status"] == "corroborated":
            assert fact["independent_sources"] >= 2


# --- a brief a reader would publish (#20), on the example's real articles


def test_summary_sentences_stand_alone(data):
    from synoptic.write.standalone import dangles, lead_offset

    story = data["stories"][0]
    texts = {a["id"]: a["text"] for a in data["articles"]}
    previous = None
    for s in story["summary"]:
        assert lead_offset(s["text"]) == 0, s["text"]
        if dangles(s["text"], "en"):  # only right after the sentence it leans on
            span = s["span"]
            assert previous and previous["article"] == span["article"], s["text"]
            assert not texts[span["article"]][previous["end"] : span["start"]].strip()
        previous = s["span"]
    # the lead is the opening sentence of one of the articles: the main event
    lead = story["summary"][0]["span"]
    body = texts[lead["article"]][: lead["start"]]
    assert not any(line.strip().endswith((".", "!")) for line in body.splitlines()), lead["text"]


def test_brief_is_in_one_language_and_says_so(data):
    story = data["stories"][0]
    assert story["language"] == "en"
    languages = {a["id"]: a["language"] for a in data["articles"]}
    assert all(languages[s["span"]["article"]] == "en" or s.get("language") for s in story["summary"])


def test_timeline_is_the_story_s_own_days_with_background_apart(data):
    story = data["stories"][0]
    assert story["timeline"] and all(e["precision"] == "day" for e in story["timeline"])
    # the example has no publication dates: its window is the reference date, a week either side
    assert all("2022-01-03" <= e["date"] <= "2022-01-17" for e in story["timeline"])
    assert any(e["date"] == "2014" for e in story["background"])
    texts = [e["text"] for e in story["timeline"] + story["background"]]
    assert len(texts) == len(set(texts))  # nothing listed twice
    assert not any(t.startswith("Read in their words") for t in texts)  # a promo
    # "... in Brussels on Wednesday, then ... in Vienna on Thursday": one clause a day
    wednesday = [e for e in story["timeline"] if e["date"] == "2022-01-12"]
    thursday = [e for e in story["timeline"] if e["date"] == "2022-01-13"]
    assert wednesday and thursday
    assert "Vienna" not in wednesday[0]["text"] and "Brussels" not in thursday[0]["text"]
