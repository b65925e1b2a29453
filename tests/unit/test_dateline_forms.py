"""Datelines of MultiLing 2011 (development) whose dates were not read, so that their
stories were dated by one article of years later ("reference date 2009-07-07" for the July
2005 London bombings in Hebrew, M001) and their weekdays resolved against it."""

from __future__ import annotations

from datetime import date

from synoptic.clean.dates import date_in_line
from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text import timex
from synoptic.text.sentences import split_sentences


def test_a_hebrew_article_glued_to_the_day():
    assert date_in_line("יום שלישי, ה12 ביולי, 2005", "he") == date(2005, 7, 12)  # M0010
    assert date_in_line("יום ראשון, ה18 לדצמבר, 2005", "he") == date(2005, 12, 18)  # M0014


def test_a_weekday_between_the_month_and_the_year():
    assert date_in_line("8 בדצמבר, שבת, 2007", "he") == date(2007, 12, 8)  # M0042
    assert date_in_line("1 मई मंगलवार, 2007", "hi") == date(2007, 5, 1)  # M0016


def test_the_hindi_may_of_two_letters():
    assert date_in_line("शुक्रवार, मई, 21, 2010", "hi") == date(2010, 5, 21)  # M0052


def test_a_hebrew_preposition_glued_to_a_day_in_the_text():
    # M0012: "among the organisers of the attack on 11 March, 2004, in Madrid": only the year was read
    text = "מוסטפה סטמאריאן נאסאר: חשוד בתכנון, אשר יש סיבות להאמין כי גם היה בין מארגני הפיגוע ב11 למרץ, 2004, במדריד."
    article = Article(id="a", source="a", text=text, language="he", published=date(2005, 7, 14))
    values = [t.value for t in timex.extract_times(article, split_sentences(article), Settings().text.time)]
    assert values == [date(2004, 3, 11)]
