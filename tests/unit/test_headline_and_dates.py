"""Headlines for untitled stories, dates a text opens with, Arabic and Hebrew dates (#18).

The passages are MultiLing 2011 source texts (WikiNews, CC BY 3.0), copied as they ship.
"""

from __future__ import annotations

from datetime import date

from synoptic.clean.dates import date_in_line, opening_date
from synoptic.model import Article
from synoptic.write.headline import cut_to_headline, lead_headline, lead_sentence, strip_dateline

# M0050.english, the body without its headline (as a folder of untitled files has it)
CHILE = (
    "Saturday, February 27, 2010\n\n"
    "An 8.8 magnitude earthquake was recorded in Chile on Saturday, killing at least 214 people and causing "
    "significant structural damage. The earthquake was felt in Chillan, Talca, Concepcion, and the capital "
    "Santiago."
)
# M0052.english, likewise
CHILE_MAY = (
    "Friday, May 21, 2010\n\n"
    "A strong earthquake hit Chile at approximately at 14:52 local time (1852 UTC) on Friday. The United States "
    "Geological Survey first reported it reached a preliminary magnitude of 5.5, and the epicenter was located "
    "very close to Pichilemu, a coastal town in the O'Higgins Region."
)
# M0060.arabic, its body
HAITI_AR = (
    "الثلاثاء 12 يناير 2010\n\n"
    "وقد هز زلزال قوته  7.0 سواحل هايتي في وقت سابق اليوم في 21:53 بالتوقيت العالمي ، وفقا للمسح الجيولوجي "
    "الأميركية). وفقا للأميركية الوطنية للمحيطات والغلاف الجوي ، لم يصدر تحذير من تسونامي."
)


def _article(aid: str, text: str, language: str = "en") -> Article:
    return Article(id=aid, source=f"/tmp/{aid}.txt", text=text, title="", language=language)


def test_an_untitled_story_is_headed_by_its_lead_sentence_without_the_date_line() -> None:
    title = lead_headline([_article("chile-1", CHILE), _article("chile-2", CHILE_MAY)], 16)
    assert title.startswith("An 8.8 magnitude earthquake was recorded in Chile on Saturday")
    assert "2010" not in title and not title.endswith(".")
    assert len(title.split()) <= 16


def test_a_headline_is_cut_at_a_clause_boundary() -> None:
    sentence = lead_sentence(_article("chile", CHILE))
    assert cut_to_headline(sentence, 12) == "An 8.8 magnitude earthquake was recorded in Chile on Saturday"


def test_arabic_lead_gives_an_arabic_headline() -> None:
    title = lead_headline([_article("haiti", HAITI_AR, "ar")], 16)
    assert title.startswith("وقد هز زلزال قوته")
    assert "يناير" not in title  # the date line is not the headline


def test_dateline_is_removed_from_the_lead() -> None:
    assert strip_dateline("WASHINGTON (AP) — The Senate voted on Tuesday to extend the program.") == (
        "The Senate voted on Tuesday to extend the program.")
    assert strip_dateline("The Senate voted - again - on Tuesday.") == "The Senate voted - again - on Tuesday."


def test_dates_written_in_arabic_and_hebrew() -> None:
    assert date_in_line("الثلاثاء 12 يناير 2010", "ar") == date(2010, 1, 12)
    assert date_in_line("الجمعة 30 مارس 2007", "ar") == date(2007, 3, 30)
    assert date_in_line("יום שלישי, 12 בינואר 2010", "he") == date(2010, 1, 12)


def test_a_dateline_run_into_the_first_line_dates_the_text() -> None:
    # M0004.english as cleaned: a caption, then the dateline glued to the lead
    text = ("Countries affected by the 2004 Indian Ocean tsunami\n\nTuesday, January 18, 2005Through a telethon, "
            "Romanians have raised 15 billion lei.")
    assert opening_date(text, "en") == date(2005, 1, 18)
    assert opening_date("The talks of January 18, 2005 were long.", "en") is None
