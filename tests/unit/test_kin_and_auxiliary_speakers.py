"""Quotes of GVC (train) left unattributed though their sentences name the speaker: a
relative after the cue ("said his cousin Jennifer Rogulich", "says his mother Lee Anna
Richardson") and a pronoun with its auxiliary before a cue ("She is asking for '…'" after
"His mother, Heather Shannon says")."""

from __future__ import annotations

from datetime import date

from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text import analyze


def _speakers(text: str) -> list[str | None]:
    article = Article(id="a", source="a", text=text, language="en", published=date(2016, 1, 1))
    return [q.speaker_name for q in analyze(article, Settings().text).quotes]


def test_a_relative_named_after_the_cue_speaks():
    text = ("Bandemer, a kid with shaggy blond hair and blue eyes, turned 16 in February and spent most of his "
            'time with friends in the neighborhood.\n\n"He was with the wrong people at the wrong time," said his '
            'cousin Jennifer Rogulich. "It\'s a sad situation."')
    assert _speakers(text) == ["Jennifer Rogulich", "Jennifer Rogulich"]


def test_she_is_asking_is_the_mother_named_before():
    text = ("Sheriff McKnight says the child was transported to LSU-Shreveport, where he underwent surgery. The "
            "child remains in critical condition. His mother, Heather Shannon says her child has just made it out "
            'of surgery, and that he is fighting hard. She is asking for "everyone to pray hard because he is '
            'fighting hard."')
    assert _speakers(text) == ["Heather Shannon"]
