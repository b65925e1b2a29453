"""Speakers in an obituary (ECB+ 26, development, read as a reader): the brother's full name,
written once at the end, is not the subject's, whose surname stood alone for the whole
article; and a name inside "the prosecutor in the Costello case" is not the prosecutor."""

from __future__ import annotations

from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text import analyze


def _speakers(text: str) -> list[tuple[str | None, str]]:
    an = analyze(Article(id="a", source="a", text=text, language="en"), Settings().text)
    return [(q.speaker_name, q.text) for q in an.quotes]


OBITUARY = (
    'Vincent "The Chin" Gigante, the powerful mob boss, died Monday in prison, federal officials said.\n'
    "Gigante died at the U. S. Medical Center for federal prisoners in Springfield, Mo.\n"
    "After nearly a quarter-century of public craziness, Gigante calmly pleaded guilty to obstruction of justice.\n"
    "He then chatted amiably with his son, shook hands with defense lawyers and even laughed at one point.\n"
    '"God bless you," he told the judge, offering a broad wave goodbye before leaving the Brooklyn courtroom.\n'
    "Gigante was jailed in the medical ward at the federal prison in Springfield.\n"
    "Relatives, led by Rev. Louis Gigante, his priest-brother and most ardent defender, filled three rows.\n"
)


def test_a_full_name_written_late_is_another_bearer_of_the_surname():
    # (his own full name, a nickname inside it, is known since text/nicknames.py: stop 40)
    assert _speakers(OBITUARY) == [('Vincent "The Chin" Gigante', "God bless you")]


def test_a_full_name_after_a_headlines_surname_is_still_the_speakers():
    text = ("Smith dies at 90\n"
            "John Smith, the former mayor, died on Monday.\n"
            'In 2001 Smith said: "I have no regrets about any of it."\n')
    assert _speakers(text)[0][0] == "John Smith"


def test_a_name_qualifying_the_subjects_noun_is_no_speaker():
    text = ("Frank Costello survived the 1957 shooting.\n"
            'The prosecutor in the Costello case claimed that Gigante was "a young punk on the way up in the '
            'underworld who was chosen to kill Costello to win his spurs."\n')
    assert _speakers(text)[0][0] is None
