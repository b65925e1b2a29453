"""A straight single mark is an apostrophe as often as a quotation mark: one left open at
the end of its paragraph opened no quote, and the double-quoted quote after it is read; a
speech verb's participle ("stating") cues a quote like its finite form. The passage is
Wikinews 279494 (the Wikinews timelines, trial split; CC BY 3.0, see NOTICE), its
tokenised "O 'Reilly" as the corpus writes it; the headline is one of the Gun Violence
Corpus (CC BY 4.0)."""

from __future__ import annotations

from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text import analyze

PASSAGE = """Apple executive Steve Jobs resigns
August 25, 2011
Jobs resigned in a letter to Apple's board of directors stating, "I have always said if there ever came a day when I could no longer meet my duties and expectations as Apple’ s C.E.O., I would be the first to let you know.
Unfortunately, that day has come. "
Art Levinson, chairman of Genentech and a member of the board, adds, "Steve will continue to serve Apple with his unique insights, creativity and inspiration".
A contrary view is offered by Charles O 'Reilly, a management expert at Stanford University, who stated, "Great companies rarely go from strength to strength".
Richard Doherty attributes Steve Jobs' success as the ability to hold off on a product until it is perfect.
He states "A lot of products could have gotten to market earlier, but he wanted it better."
"""


def _quotes(text: str, title: str) -> list[tuple[str | None, str]]:
    article = Article(id="a", source="", title=title, text=text, language="en")
    return [(q.speaker_name, q.text) for q in analyze(article, Settings().text).quotes]


def test_speakers_past_an_apostrophe():
    quotes = dict((text[:25], speaker) for speaker, text in _quotes(PASSAGE, "Apple executive Steve Jobs resigns"))
    assert quotes == {
        "I have always said if the": "Steve Jobs",
        "Steve will continue to se": "Art Levinson",
        "Great companies rarely go": "Charles O 'Reilly",
        # not Levinson: no quote runs from "O 'Reilly" to "Jobs' success" any more
        "A lot of products could h": "Richard Doherty",
    }


def test_a_single_quoted_headline_closed_after_a_space():
    title = "Gun range shooting: 'In 1/1000th of a second, it went to hell '"
    texts = [text for _, text in _quotes(title + "\n\nThe range reopened on Friday.", title)]
    assert texts == ["In 1/1000th of a second, it went to hell"]
