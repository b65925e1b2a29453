"""A title before a name ends at a verb: "his mother told New York Post columnist Cindy
Adams" (ECB+ 26, development, read as a reader) listed "Cindy Adams: mother told New York
Post columnist"."""

from __future__ import annotations

from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text import analyze


def _roles(text: str) -> dict[str, str | None]:
    an = analyze(Article(id="a", source="a", text=text, language="en"), Settings().text)
    return {m.span.text: m.role_span.text if m.role_span else None for m in an.entities if m.type == "PERSON"}


def test_a_speech_verb_is_no_part_of_a_title():
    text = ('"Vincenzo? He is the boss of the toilet!" his mother told New York Post columnist Cindy Adams.\n'
            "Gigante, meantime, was consolidating his power within the Genovese family.\n")
    assert _roles(text)["Cindy Adams"] == "New York Post columnist"


def test_a_few_ordinary_words_after_the_determiner_still_make_a_title():
    assert _roles("He met the German environmental minister Sigmar Gabriel in Bonn.")["Sigmar Gabriel"] == (
        "German environmental minister")


def test_a_possessive_apposition_with_a_head_among_its_modifiers():
    # Wikinews en/199629 (dev): the English brief showed only the Spanish and Italian roles
    text = ("Papermaster's post will be filled by Bob Mansfield, Apple's senior vice president for Macintosh "
            "engineering.\n")
    assert _roles(text)["Bob Mansfield"] == "Apple's senior vice president for Macintosh engineering"
