"""A brief over an original and its translation speaks the brief's language once.

Real passages: two English Wikinews reports on the world's markets (6 and 13 October
2008) and their Dutch versions (Wikinews, CC BY 2.5; see NOTICE), read as a reader at
stop 30: the English brief told a fact through its Dutch translation's sentence (the
translation's wording scored clearer and silenced the English one), the timeline listed
Dutch sentences the English originals also carry, "only here" lines of an English outlet
were Dutch, and one day's "down 6.50%" and a week later's "up 8.26%" were one figure
"that changed over time".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from synoptic import pipeline
from synoptic.render import markdown
from synoptic.render.json import to_dict
from synoptic.settings import Settings

DATA = Path(__file__).parents[1] / "data" / "disputes" / "wikinews_en_nl_markets.jsonl"


@pytest.fixture(scope="module")
def brief():
    return pipeline.brief_paths([str(DATA)], Settings(quiet=True))


def _english(brief) -> set[str]:
    return {a.id for a in brief.articles if a.language == "en"}


def test_the_translations_are_grouped_with_their_originals(brief):
    origins = [o for s in brief.stories for o in s.origins if o.relation == "translated"]
    assert sorted(sorted(o.articles) for o in origins) == [
        ["en/114565", "nl/114565"], ["en/115064", "nl/115064"]]


def test_an_english_brief_never_speaks_through_a_translation(brief):
    for story in brief.stories:
        assert story.language == "en"
        assert [s.text for s in story.summary if s.language] == []
        assert [e.text for e in story.timeline + story.background if e.language] == []


def test_a_fact_an_english_source_states_reads_in_english(brief):
    english = _english(brief)
    for story in brief.stories:
        for fact in story.facts:
            if any(m.article in english for m in fact.mentions):
                assert fact.text in {m.text for m in fact.mentions if m.article in english}


def test_what_an_outlet_alone_reported_is_in_its_own_words(brief):
    english = _english(brief)
    for story in brief.stories:
        by_id = {f.id: f for f in story.facts}
        for c in story.coverage:
            if c.article in english:
                for fid in c.unique_facts:
                    assert any(m.article == c.article for m in by_id[fid].mentions)
    # two reports of one outlet in one language and their translations are one source: the
    # Markdown shows no comparison of outlets (before, its "only here" lines were Dutch)
    assert [s.independent_sources for s in brief.stories] == [1]
    md = markdown.render(to_dict(brief))
    assert "alone reported" not in md and " stond " not in md.split("## Timeline")[0]


def test_an_index_change_on_two_days_is_no_update_and_no_dispute(brief):
    for story in brief.stories:
        for c in story.conflicts:
            values = {v.value for v in c.variants}
            assert not ({"6.50%", "8,26%", "8.26%"} & values), values
