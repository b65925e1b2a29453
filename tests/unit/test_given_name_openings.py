"""A sentence opening on a given name that ends like a participle or an adverb ("Beverly",
"Ted", "Shelly") opens a person's name, not a clause (GVC 700468, train, read as a reader:
"Beverly Collins lives in a first-floor apartment" lost "Beverly", and her quotes were
Collins's); "Speaking Tuesday", "Armed Forces" still open no name."""

from __future__ import annotations

from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text import analyze


def _people(text: str) -> list[str]:
    an = analyze(Article(id="a", source="a", text=text, language="en"), Settings().text)
    return [m.span.text for m in an.entities if m.type == "PERSON"]


def test_a_given_name_ending_in_ly_or_ed_opens_a_name():
    text = ("Beverly Collins lives in a first-floor apartment feet away from where the shooting happened.\n\n"
            "“I thought I heard BB guns, because all I heard were three shots going off,” said Collins.\n")
    assert _people(text)[0] == "Beverly Collins"
    assert _people("Ted Kennedy said no.\n") == ["Ted Kennedy"]


def test_a_participle_opening_the_sentence_is_no_name():
    assert _people("Speaking Tuesday, the mayor said the city would rebuild.\n") == []
