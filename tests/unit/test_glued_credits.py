"""A photographer's credit run into its caption ("Andy Mai/New York Daily News The teen was
visiting ...", GVC 7b6f28c7 and 346621, train) is no story text: its name was the nearest
person before the next quote's "she said", and the credits opened the timeline's lines."""

from __future__ import annotations

from datetime import date

from synoptic.clean import clean_document
from synoptic.clean.inline import _cut_glued_credits
from synoptic.model import Article, Document
from synoptic.settings import CleanSettings, Settings
from synoptic.text import analyze

# GVC 7b6f28c7 (train), New York Daily News
BRONX = (
    "On Friday, the family remained in the dark over what happened, Gray said.\n\n"
    "Andy Mai/New York Daily News The teen was visiting the 18-year-old sister of Dale Weston’s girlfriend, who "
    "lived at the apartment, police sources said.\n\n"
    "“Zion's mother and our whole family would like to know what really happened,” she said. “We would like "
    'the truth."\n'
)


def test_the_credit_goes_and_its_caption_stays():
    article = clean_document(Document("a", "a.txt", BRONX), CleanSettings())
    assert "Andy Mai" not in article.text
    assert "The teen was visiting the 18-year-old sister" in article.text


def test_the_credit_names_no_speaker():
    text = clean_document(Document("a", "a.txt", BRONX), CleanSettings()).text
    article = Article(id="a", source="a", text=text, language="en", published=date(2016, 1, 15))
    speakers = {q.speaker_name for q in analyze(article, Settings().text).quotes}
    assert "Andy Mai" not in speakers


def test_credits_inside_a_gallery_line():
    # GVC 346621 (train): a gallery's captions run into one line
    line = ("Gary Marks/GM Video Productions A 4-year-old is taken to the hospital after being shot in the face "
            "Monday night in Yonkers. Vic Nicastro/New York Daily News Authorities are on the scene on Walnut St.")
    prose, credits = _cut_glued_credits(line)
    assert credits == ["Gary Marks/GM Video Productions", "Vic Nicastro/New York Daily News"]
    assert prose == ("A 4-year-old is taken to the hospital after being shot in the face Monday night in Yonkers. "
                     "Authorities are on the scene on Walnut St.")


def test_a_given_name_opens_the_caption_and_titles_stay():
    assert _cut_glued_credits("Andy Mai/New York Daily News Dale Weston fled the building.")[0] == (
        "Dale Weston fled the building.")
    # a title or a label after the slash is no caption (ECB+ 3, GVC: no credit there)
    for line in ("David Soares/Albany County District Attorney : The issues ...",
                 "Salt Lake County/UNI Crisis Line: 801-587-3000", "He said AC/DC played."):
        assert _cut_glued_credits(line) == (line, [])
