"""A sentence may end on a place's dotted abbreviation ("in Southeast D.C."), which pysbd
never ends one on; one used as an adjective inside a name stays whole."""

from synoptic.model import Article
from synoptic.text.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [
        s.span.text for s in split_sentences(Article(id="a", source="", text=text, language="en"))
    ]


def test_a_caption_s_credit_after_a_place_is_its_own_sentence():
    # GVC train 710200 (CC BY 4.0): a video caption's credit was glued to the sentence before
    text = (
        "Breyona McMillian was shot and killed Friday morning outside her mother's home in Southeast D.C. "
        "News4's Meagan Fitzgerald spoke with her cousin."
    )
    assert _sentences(text) == [
        "Breyona McMillian was shot and killed Friday morning outside her mother's home in Southeast D.C.",
        "News4's Meagan Fitzgerald spoke with her cousin.",
    ]
    assert _sentences("She moved to Washington, D.C. The move was hard.") == [
        "She moved to Washington, D.C.",
        "The move was hard.",
    ]


def test_an_abbreviation_inside_a_name_ends_nothing():
    assert len(_sentences("He joined the U.S. Army's Rangers in 2001 and left in 2005.")) == 1
    assert (
        len(
            _sentences(
                "The shooting happened in Northwest D.C. Police's spokesman said it was random."
            )
        )
        == 1
    )
