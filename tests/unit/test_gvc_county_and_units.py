"""Passages of GVC (development) whose briefs listed a person "George" titled "Prince" (of
"Prince George's County Police"), a person "Crimes Unit" titled "Sheriff's Office Major", and
the role "senior at Weatherford High School was killed in a hunting accident yesterday
morning while with his family"."""

from __future__ import annotations

from datetime import date

from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text.entities import extract_mentions
from synoptic.text.sentences import split_sentences


def _mentions(text: str) -> list[tuple[str, str, str | None]]:
    article = Article(id="a", source="a", text=text, language="en", published=date(2016, 11, 12))
    return [(m.type, m.span.text, m.role) for m in extract_mentions(article, split_sentences(article), Settings().text)]


def test_a_countys_possessive_name_is_no_titled_person():
    text = ("The victim has been identified by Prince George's County Police as Diego Gomez-Martinez of 58th "
            "Avenue in Bladensburg.\n\nRaven Hill, a spokeswoman for Prince George’s County Public Schools, said "
            "counselors were at the school.")
    people = [(name, role) for typ, name, role in _mentions(text) if typ == "PERSON"]
    assert ("George", "Prince") not in people and any(name == "Raven Hill" for name, _ in people)


def test_a_major_crimes_unit_is_no_major():
    text = "The Knox County Sheriff's Office Major Crimes Unit is investigating."
    assert not [m for m in _mentions(text) if m[0] == "PERSON"]


def test_an_apposition_with_a_ends_at_its_auxiliary():
    text = ('"Our hearts are that saddened Brennan Weikel, a senior at Weatherford High School was killed in a '
            'hunting accident yesterday morning while with his family."')
    assert ("PERSON", "Brennan Weikel", "senior at Weatherford High School") in _mentions(text)


def test_a_given_name_opening_a_sentence_before_a_place_like_surname_stays():
    # GVC 661322 (dev): "Jerry" was dropped as a sentence's capital, "Jordan" became the country
    # and then the speaker of "a good dude"
    text = ("Jerry Jordan, who lives in the same building as Gomez-Martinez, said the teen was new to the area.\n\n"
            'Jordan said Gomez-Martinez would often stop and chat and was "a good dude."')
    assert [(t, n) for t, n, _ in _mentions(text) if n.endswith("Jordan")] == [
        ("PERSON", "Jerry Jordan"), ("PERSON", "Jordan")]
