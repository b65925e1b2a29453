"""A law's year and the date of the event a comparison counts from date no entry of the
timeline (`write/other_dates.py`)."""

from __future__ import annotations

from datetime import date

from synoptic.model import Span, TimeRef
from synoptic.write.timeline import _event_dates

# MultiLing 2011 M001 in Arabic (development, CC BY 3.0): the toll of the London bombings
# was put under 1988 (Lockerbie), the raids of July 2005 under 2000 (the Terrorism Act)
TOLL = ("وقتل اثنان وخمسون شخصا في الهجمات ، وكذلك الانتحاريون الاربعة ، وحوالي 700 جريحا في قانون دموية "
        "الإرهاب في المملكة المتحدة منذ تفجير لوكربي في 1988 وتفجيرات دموية في لندن منذ الحرب العالمية الثانية.")
RAIDS = "الغارات بدأت في الساعة 06:30 بتوقيت جرينتش صباح اليوم بعد ان صدرت أوامر بموجب قانون الإرهاب لعام 2000."


def _year_ref(text: str, year: str) -> tuple[Span, TimeRef]:
    at = text.index(year)
    mention = Span("a", 0, len(text), text)
    return mention, TimeRef(span=Span("a", at, at + 4, year), value=date(int(year), 1, 1), precision="year")


def test_a_law_s_year_and_a_compared_event_s_date_are_not_the_sentence_s():
    for text, year in ((TOLL, "1988"), (RAIDS, "2000")):
        mention, ref = _year_ref(text, year)
        assert _event_dates([ref], mention, "ar") == []


def test_a_year_of_the_sentence_s_own_event_stays():
    # MultiLing 2011 M001 in Arabic: "the five were arrested in 2004 in a police raid"
    text = "وقد اعتقل الخمسة في عام 2004 في غارة للشرطة في عملية اطلق غليها عملية شق."
    mention, ref = _year_ref(text, "2004")
    assert _event_dates([ref], mention, "ar") == [ref]
