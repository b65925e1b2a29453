"""Speakers a reader of the brief would have named differently (stop 39, read as a reader on
GVC train incidents nobody had looked at): a past-tense verb outside the cue list with its
subject after the quote, and a pronoun after a quote whose speaker is not named."""

from __future__ import annotations

from datetime import date

from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text import analyze


def _speakers(text: str) -> list[tuple[str | None, str]]:
    article = Article(id="a", source="a", text=text, language="en", published=date(2016, 11, 15))
    return [(q.speaker_name, q.text) for q in analyze(article, Settings().text).quotes]


# GVC 700468 (train), KHOU, 2016-11-15: Mendoza's quote, then Williams's in the next paragraph
NEIGHBOURS = (
    '"I think it\'s heartbreaking that a family has to get robbed, a mother gets robbed and a baby died," '
    "said David Mendoza, a witness.\n\n"
    "“For a purse? For money,” questioned neighbor Sharon Williams. “When did we get to this point? [For] some "
    "senseless inhumane person to take from someone who’s struggling and trying to make ends meet, it just has "
    "to stop!”\n"
)


def test_a_past_tense_verb_after_the_quote_names_its_speaker():
    got = _speakers(NEIGHBOURS)
    assert got[0][0] == "David Mendoza"
    assert got[1] == ("Sharon Williams", "For a purse? For money")
    assert got[2][0] == "Sharon Williams"  # the quote that follows in her sentence is hers


# GVC 346621 (train), New York Daily News, 2015-05-26: a gallery's captions and its
# "Previous Next" run into a line; the neighbour who speaks is never named
GALLERY = (
    "A distraught neighbor at the Walnut St. apartment building said she rushed to the girl's apartment "
    "moments after hearing a shot.\n\n"
    "Gary Marks/GM Video Productions The child was rushed to an area hospital and is expected to survive, "
    "police said. Previous Next\n\n"
    "Enlarge\n\n"
    '"(The girl) was laying on the floor, she was very responsive, she was squeezing my hand and I was talking '
    'to her. She had one eye open," said the neighbor, a family friend who declined to give her name.\n\n'
    '"She is a brilliant little girl," she added.\n'
)


def test_a_pronoun_after_an_unnamed_speakers_quote_is_that_speaker():
    got = _speakers(GALLERY)
    assert [s for s, _ in got] == [None, None]
    assert got[1][1] == "She is a brilliant little girl"


def test_a_pronoun_after_a_named_speakers_quote_still_resolves():
    text = (
        '"We have investigators here," said Deputy Thomas Gilliland.\n\n'
        '"We will catch these guys," he added.\n'
    )
    assert [s for s, _ in _speakers(text)] == ["Thomas Gilliland", "Thomas Gilliland"]
