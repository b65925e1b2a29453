"""A pronoun's speaker is not a person named inside what another named person reported in an
earlier sentence ("Marta Quinlan said her nephew … when Ward was hurt. '…,' she said"); in
the reported sentence itself a pronoun is of those it reports ("X said that Okoro … and that
he told …"). Passages written for this test."""

from __future__ import annotations

from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text import analyze

REPORTED = """Boy hurt in garage accident

"He was crying all night," Marta Quinlan said on Tuesday, describing how her nephew, Oren Quinlan, stayed at the hospital after 17-year-old Devlin Ward was hurt.

Marta said her nephew told her he was only cleaning the old rifle when Ward was hurt in the garage.

"He told me, 'I never thought it was loaded.' That is what he told me," she said.
"""

SAME_SENTENCE = """Teen charged in shooting

Police said Samuel Okoro, 17, was arrested after the death of his friend Luca Brandt, who was shot on Friday.

Prosecutor Helen Marsh said in court on Monday that Samuel Okoro was alone with Brandt when the gun went off and that he told a neighbour "to keep quiet" about it.
"""


def _speakers(text: str) -> list[tuple[str | None, str]]:
    article = Article(id="a", source="", title=text.splitlines()[0], text=text, language="en")
    return [(q.speaker_name, q.text[:16]) for q in analyze(article, Settings().text).quotes]


def test_the_reporter_of_the_sentence_before_goes_on_speaking():
    said = dict((text, who) for who, text in _speakers(REPORTED))
    assert said["He told me, 'I n"] in ("Marta Quinlan", "Marta")  # not Devlin Ward, whom she spoke of


def test_within_the_reported_sentence_the_pronoun_is_of_those_it_reports():
    said = dict((text, who) for who, text in _speakers(SAME_SENTENCE))
    assert said.get("to keep quiet") == "Samuel Okoro"
