"""A reader's page lists a person's roles in the brief's language where any is: an English
brief of a story told in four languages (Wikinews 30414, trial split; CC BY 3.0, see
NOTICE) says "Apple CEO", not also the Spanish translation's "CEO de Apple"; a role only a
translation writes is still listed."""

from __future__ import annotations

from synoptic.render.roles_shown import roles_shown
from synoptic.render.view import StoryView

ARTICLES = {"en/1": {"language": "en"}, "en/2": {"language": "en"}, "es/1": {"language": "es"},
            "nl/1": {"language": "nl"}}
JOBS = {"roles": [{"role": "Apple CEO", "articles": ["en/1", "en/2", "nl/1"]},
                  {"role": "CEO de Apple", "articles": ["es/1"]}]}
CHANDLER = {"roles": [{"role": "Vice President en algemeen juridisch adviseur van het bedrijf", "articles": ["nl/1"]}]}


def _view(language: str | None) -> StoryView:
    return StoryView(story={"language": language}, articles=ARTICLES, number={}, relation_note={}, entity_names={})


def test_roles_in_the_brief_language():
    assert [r["role"] for r in roles_shown(_view("en"), JOBS)] == ["Apple CEO"]
    assert [r["role"] for r in roles_shown(_view("es"), JOBS)] == ["CEO de Apple"]


def test_a_role_only_a_translation_writes_stays():
    assert [r["role"] for r in roles_shown(_view("en"), CHANDLER)] == [CHANDLER["roles"][0]["role"]]
    assert len(roles_shown(_view(None), JOBS)) == 2
