"""An article that names one weekday both as past and as to come was written on that day
(`compare/tensed_weekdays.py`): its relative dates count from it."""

from __future__ import annotations

from datetime import date

from synoptic.compare.tensed_weekdays import tensed_weekday_day
from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text import analyze

# GVC dev 704555 (CC BY 4.0): published on Friday 18 November 2016, rewritten on the Sunday
TEXT = ("Two teenagers have been charged with the fatal shooting of Congressman Danny Davis’ 15-year-old grandson "
        "in Englewood Friday evening.\n\nA 16-year-old boy and 17-year-old girl are each charged with first-degree "
        "murder, according to Chicago Police. Their names were not released Sunday morning because they are "
        "juveniles.\n\nThey are scheduled to appear in bond court Sunday, police said.")


def _analysis(text: str):
    article = Article(id="a", source="a", text=text, language="en", published=date(2016, 11, 18))
    return analyze(article, Settings().text)


def test_a_weekday_past_and_to_come_is_the_day_of_writing():
    assert tensed_weekday_day(date(2016, 11, 18), _analysis(TEXT), 3) == date(2016, 11, 20)


def test_a_weekday_in_one_tense_only_changes_nothing():
    text = TEXT.replace("Their names were not released Sunday morning because they are juveniles.", "")
    assert tensed_weekday_day(date(2016, 11, 18), _analysis(text), 3) is None
