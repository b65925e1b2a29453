"""'X quoted Y as saying' gives the quote to Y, the person quoted, not to X who reports it."""

from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text import analyze


def _speakers(text: str) -> list[str | None]:
    article = Article(id="a", source="", title="", text=text, language="en")
    return [q.speaker_name for q in analyze(article, Settings().text).quotes]


def test_the_one_quoted_as_saying_is_the_speaker():
    # ECB+ 26_1ecbplus (development), detokenised
    text = (
        '"He\'s crazy like a fox," Mr. Gravano quoted Mr. Gotti as saying of Mr. Gigante after a summit '
        "meeting of New York City mob leaders in 1988."
    )
    assert _speakers(text) == ["Gotti"]


def test_a_plain_cue_keeps_its_subject():
    assert _speakers('"We will not stop," Jones said on Monday.') == ["Jones"]
