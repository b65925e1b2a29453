"""Two titles joined by "and" in an apposition are one person's role ("The Vice President
and general counsel of the company, Mark Chandler,"): Wikinews trial en/58383 (CC BY 2.5),
whose English brief showed his role only as the Dutch translation wrote it."""

from __future__ import annotations

from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text import analyze


def _roles(text: str, language: str = "en") -> dict[str, str | None]:
    article = Article(id="a", source="", title="", text=text, language=language)
    return {
        m.span.text: m.role
        for m in analyze(article, Settings().text).entities
        if m.type == "PERSON"
    }


def test_two_titles_before_the_name_are_his_role():
    text = (
        "The Vice President and general counsel of the company, Mark Chandler, explained that there was "
        "no doubt about the excitement of the new device from Apple, but they should not use a trademark, "
        "which belongs to Cisco."
    )
    assert _roles(text)["Mark Chandler"] == "Vice President and general counsel of the company"


def test_a_title_and_a_name_are_two_people():
    # "and" joins a title to a name: the title is not the named man's
    text = "The decision was taken by the minister and Bob Smith, a farmer from Leeds, on Monday."
    assert _roles(text).get("Bob Smith") != "minister and Bob Smith"
    assert "minister" not in (_roles(text).get("Bob Smith") or "")


def test_a_dutch_apposition_after_the_name_is_the_role():
    # Wikinews trial nl/60083 (CC BY 2.5): the Dutch brief listed the roles only as the
    # English and Spanish translations wrote them
    text = "De komende jaren zijn spannende tijden voor ons, zei Neil Aspinall, de manager van Apple Corps."
    assert _roles(text, "nl")["Neil Aspinall"] == "manager van Apple Corps"


def test_the_title_before_and_when_what_follows_is_no_title():
    # GVC dev 525486 (CC BY 4.0): two neighbours without a role in the brief
    text = ("Claudia Harris, a next-door neighbor and close friend of the family, said she was in her home when one "
            "of Devon’s brothers ran in and yelled for her to call police.")
    assert _roles(text)["Claudia Harris"] == "next-door neighbor"
    text = ("Bernard Warfield, another next-door neighbor to the south, said he saw Devon and greeted him when the "
            "boy rolled up to his home on his red bicycle just a few hours before the shooting.")
    assert _roles(text)["Bernard Warfield"] == "next-door neighbor to the south"
