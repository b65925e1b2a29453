"""A role is the source's words: a plural title after "of" is the role's complement and
stays plural ("Chief of Detectives Robert Boyce", a Gun Violence Corpus train article; CC
BY 4.0, see NOTICE)."""

from __future__ import annotations

from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text import analyze


def _roles(text: str) -> dict[str, str | None]:
    article = Article(id="a", source="", title="", text=text, language="en")
    return {m.span.text: m.role for m in analyze(article, Settings().text).entities if m.type == "PERSON"}


def test_plural_complement_stays():
    text = ('While Chief of Detectives Robert Boyce said police had taken reports for domestic incidents '
            'at the home in 2005 and 2006 for "nominal matters", relatives said they were not aware of any strife.')
    assert _roles(text)["Robert Boyce"] == "Chief of Detectives"


def test_a_titled_person_of_an_acronym_s_section():
    # GVC train: "Lt." a title, the person and the organisation after "of" are two names
    text = "Lt. Dan McGrath of the LVMPD Homicide Section said Sunna fired 8 or 9 shots."
    assert _roles(text) == {"Dan McGrath": "Lt."}
