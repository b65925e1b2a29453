"""Dates on real passages: Levantine Arabic month names, and "last night" in a morning report.

Arabic passages: MultiLing 2011 source texts (WikiNews, CC BY 3.0), M0009 and M0007 in
Arabic; English passages: the Gun Violence Corpus (CC BY 4.0), two local reports.
"""

from __future__ import annotations

from datetime import date

from synoptic.model import Article
from synoptic.settings import TimeSettings
from synoptic.text import timex
from synoptic.text.sentences import split_sentences


def _dated(text: str, language: str, published: date | None) -> list[tuple[str, str | None]]:
    article = Article(id="a", source="a", text=text, language=language, published=published)
    refs = timex.extract_times(article, split_sentences(article), TimeSettings())
    for r in refs:
        assert text[r.span.start:r.span.end] == r.span.text
    return [(r.span.text, r.value.isoformat() if r.value else None) for r in refs]


# M0009 (Arabic), its dateline and a sentence: "On Sunday 16 January (كانون الثاني) the
# Romanian people raised 395,000 euro by telephone ..."
M0009 = ("الخميس 20 كانون الثاني 2005\n\n"
         "في يوم الأحد 16 كانون الثاني الشعب الروماني جمع مايعادل 395000 يورو عبر الهاتف بينما "
         "الحكومة الرومانية تعهدت بدفع 150000 يورو لجهود الإغاثة.")
# M0007 (Arabic): "Saturday 26 March (أذار, so spelled) 2005, figures ... showed that up to four
# times as many women as men died on 26 December (كانون الأول) in the Indian Ocean tsunami."
M0007 = ("السبت 26 أذار 2005 ، الأرقام الصادرة عن منظمة أوكسفام الدولية اليوم والتي كشفت أن ما يصل "
         "إلى أربعة أضعاف عدد النساء والرجال لقوا حتفهم في 26 كانون الأول في تسونامي المحيط الهندي .")


def test_levantine_months_are_dates_not_a_bare_weekday():
    # before: "الأحد" (Sunday) alone, resolved to the Sunday before the report, and the
    # year 2005; now the day and month as written
    assert _dated(M0009, "ar", date(2005, 1, 20)) == [
        ("الخميس 20 كانون الثاني 2005", "2005-01-20"), ("الأحد 16 كانون الثاني", "2005-01-16")]
    # "كانون الأول" is December: 26 December nearest the report of 26 March 2005
    assert _dated(M0007, "ar", date(2005, 3, 26)) == [
        ("السبت 26 أذار 2005", "2005-03-26"), ("26 كانون الأول", "2004-12-26")]


def test_a_month_named_in_two_calendars_keeps_its_day():
    # "on 12 November (تشرين الثاني/نوفمبر) 2012": the day, not the month alone
    text = "وقال المتحدث في 12 تشرين الثاني/نوفمبر 2012 إن المفاوضات ستستأنف."
    assert _dated(text, "ar", None) == [("12 تشرين الثاني/نوفمبر 2012", "2012-11-12")]


def test_first_and_second_alone_are_no_months():
    # "the first of its kind" / "the second round": الأول, الثاني are ordinals
    assert _dated("وهو الأول من نوعه في الجولة الثانية.", "ar", date(2012, 1, 1)) == []


# GVC, a report published 2016-10-29: the shooting was "around 2 a.m.", after midnight
GVC_NIGHT = ("Rees says he hadn’t been home more than fifteen minutes last night when police cruisers "
             "and ambulances started to pack Little Leaf Court around 2 a.m.")
# GVC, a report published 2016-01-17: "last night around 5:00pm", the evening before
GVC_EVENING = ("Investigators say Antoine and his friend, 17-year-old Devin Anderson, were playing with "
               "a shotgun on the front porch of Antoine’s residence last night around 5:00pm.")


def test_last_night_after_midnight_is_the_reports_own_day():
    assert _dated(GVC_NIGHT, "en", date(2016, 10, 29)) == [("last night", "2016-10-29")]
    # resolved again against the story's anchor (as the brief does), still the report's day
    article = Article(id="a", source="a", text=GVC_NIGHT, language="en", published=None)
    refs = timex.extract_times(article, split_sentences(article), TimeSettings())
    assert [r.value for r in timex.resolve_times(refs, date(2016, 10, 29))] == [date(2016, 10, 29)]


def test_last_night_in_the_evening_is_the_day_before():
    assert _dated(GVC_EVENING, "en", date(2016, 1, 17)) == [("last night", "2016-01-16")]
    assert _dated("Police said the fire started last night.", "en", date(2016, 1, 17)) == [
        ("last night", "2016-01-16")]


def test_levantine_datelines_date_the_article():
    from synoptic.clean.dates import date_in_line, opening_date
    from synoptic.clean.patterns import is_dateline
    from synoptic.settings import LineSettings

    # M0009's and M0007's datelines (Arabic), each a line of its own
    assert opening_date(M0009, "ar") == date(2005, 1, 20)
    assert date_in_line("السبت 26 أذار 2005", "ar") == date(2005, 3, 26)
    assert is_dateline("الخميس 20 كانون الثاني 2005", 4, LineSettings())
    # "the first" alone is an ordinal, no date stamp
    assert not is_dateline("الأول", 1, LineSettings())
