"""Disputes and coverage on the bundled example, through the whole pipeline.

Expected by reading the five articles: the number of Russian troops at the
border (100,000 in 001 and 002; tens of thousands in 003 and 004) and Wendy
Sherman's title (four different titles) are disputed; no other dispute is
certain, so the rest is bounded. 000 is a translation of the AFP story in 003.
"""

from __future__ import annotations

import pytest

from synoptic import pipeline
from synoptic.compare.coverage import outlet_coverage
from synoptic.settings import Settings
from synoptic.vectors import use_available

MAX_OTHER_CONFLICTS = 2


@pytest.fixture(scope="module")
def story(example_dir):
    brief = pipeline.brief_paths([str(example_dir)], Settings())
    assert len(brief.stories) == 1
    return brief.articles, brief.stories[0]


def _p(ids):
    return {i[:3]: i for i in ids}


def _sides(conflict):
    return {v.value: {a[:3] for a in v.articles} for v in conflict.variants}


def _real(story):
    return [c for c in story.conflicts if not c.imprecise]


def test_troop_numbers_are_disputed(story):
    articles, s = story
    troops = [c for c in _real(s) if c.kind == "number" and "troops" in c.topic]
    assert len(troops) == 1, [(c.kind, c.topic) for c in _real(s)]
    sides = _sides(troops[0])
    hundred_k = next(arts for value, arts in sides.items() if "100,000" in value)
    tens = next(arts for value, arts in sides.items() if "tens of thousands" in value)
    assert {"001", "002"} <= hundred_k and not hundred_k & {"000", "003", "004"}
    assert {"003", "004"} <= tens and not tens & {"001", "002"}
    texts = {a.id: a.text for a in articles}
    for v in troops[0].variants:
        for m in v.mentions:
            assert texts[m.article][m.start : m.end] == m.text
    # two sources against two: no majority to state
    assert troops[0].majority is None


def test_sherman_title_is_disputed(story):
    _, s = story
    roles = [c for c in _real(s) if c.kind == "role" and "Sherman" in c.topic]
    assert len(roles) == 1
    sides = {v.value.casefold(): {a[:3] for a in v.articles} for v in roles[0].variants}
    assert sides["deputy secretary of state"] >= {"002", "003"}
    assert sides["under secretary of state"] == {"001"}
    assert sides["secretary of state"] == {"000"}
    # Ryabkov's title is the same everywhere: no dispute about him
    assert not [c for c in _real(s) if c.kind == "role" and "Ryabkov" in c.topic]


def test_few_conflicts_each_real(story):
    _, s = story
    real = _real(s)
    expected = [c for c in real if (c.kind == "number" and "troops" in c.topic)
                or (c.kind == "role" and "Sherman" in c.topic)]
    others = [c for c in real if c not in expected]
    assert len(expected) == 2
    assert len(others) <= MAX_OTHER_CONFLICTS, [(c.kind, c.topic, _sides(c)) for c in others]
    assert [c.id for c in s.conflicts] == [f"c{i}" for i in range(1, len(s.conflicts) + 1)]
    for c in real:
        assert len(c.variants) >= 2 and c.facts
        assert all(f.status == "disputed" for f in s.facts if f.id in c.facts)


@pytest.mark.skipif(not use_available(), reason="the wire copy is found with the USE encoder")
def test_wire_copy_does_not_double_count(story):
    _, s = story
    p = _p(s.articles)
    owner = {a: o.id for o in s.origins for a in o.articles}
    assert owner[p["000"]] == owner[p["003"]]
    # sides are counted in independent sources: 000 and 003 together are one
    for c in _real(s):
        if c.majority:
            _, total = c.majority.split(" independent")[0].split(" of ")
            assert int(total) <= 4
    cov = {c.article[:3]: c for c in s.coverage}
    facts = {f.id: f for f in s.facts}
    # a fact only the wire story carries is unique to each copy carrying it, not missed by the other copy
    for fid in cov["000"].unique_facts:
        assert {a[:3] for a in facts[fid].articles} <= {"000", "003"}
        assert fid not in cov["003"].missing_facts


def _unique_texts(s, prefix):
    cov = {c.article[:3]: c for c in s.coverage}
    facts = {f.id: f for f in s.facts}
    return [facts[f].text for f in cov[prefix].unique_facts]


def test_unique_contributions(story):
    _, s = story
    assert any("two Ukrainian soldiers were killed" in t for t in _unique_texts(s, "004"))
    for prefix in ("000", "001", "002", "003"):
        assert not any("soldiers were killed" in t for t in _unique_texts(s, prefix))


def test_eight_hour_talks_unique_to_002(story):
    _, s = story
    assert any("eight hours" in t for t in _unique_texts(s, "002"))


def test_missing_facts_are_backed_by_several_sources(story):
    _, s = story
    facts = {f.id: f for f in s.facts}
    owner = {a: o.id for o in s.origins for a in o.articles}
    for cov in s.coverage:
        for fid in cov.missing_facts:
            assert cov.article not in facts[fid].articles
            assert len({owner.get(a, a) for a in facts[fid].articles}) >= 2


def test_quoted_voices(story):
    _, s = story
    names = {e.id: e.name for e in s.entities}
    cov = {c.article[:3]: c for c in s.coverage}
    assert any("Sherman" in names.get(e, "") for e in cov["002"].quoted)
    assert any("Ryabkov" in names.get(e, "") or "Riabkov" in names.get(e, "") for e in cov["004"].quoted)


def test_outlet_rows(story):
    articles, s = story
    rows = outlet_coverage(s.coverage, articles)
    assert sum(len(r["articles"]) for r in rows) == 5
    assert all({"outlet", "articles", "unique_facts", "missing_facts", "quoted"} <= set(r) for r in rows)
