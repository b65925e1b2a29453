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


def test_arabic_bounds_and_an_agreement_s_year_date_nothing():
    # MultiLing 2011 M004 in Arabic (development, CC BY 3.0): post-2012, by 2020 and the 1997
    # agreement were scheduled or background entries
    cases = (
        ("خارطة الطريق تحدد إطار زمني ونطاق عمل للتوصل إلى اتفاقية تغير المناخ لما بعد عام 2012.", "2012"),
        ("ويدعو النص الدول الصناعية الى الالتزام بخفض انبعاثات الغازات الدفيئة بنسبة تتراوح بين 25 و 40 في المئة "
         "بحلول عام 2020.", "2020"),
        ("حيث أن اتفاقية عام 1997 تنتهي في 2012.", "1997"),
    )
    for text, year in cases:
        mention, ref = _year_ref(text, year)
        assert _event_dates([ref], mention, "ar") == []
    # ... but the agreement's end in 2012 is the sentence's own event
    text = "حيث أن اتفاقية عام 1997 تنتهي في 2012."
    at = text.rindex("2012")
    end = TimeRef(span=Span("a", at, at + 4, "2012"), value=date(2012, 1, 1), precision="year")
    assert _event_dates([end], Span("a", 0, len(text), text), "ar") == [end]


def test_a_count_through_a_day_is_not_dated_by_it():
    # GVC dev 704555 (CC BY 4.0)
    text = ("Shootings in the city are also far surpassing the 2015 totals, with Chicago Police reporting 3,165 "
            "shooting incidents through Nov. 16.")
    at = text.index("Nov. 16")
    ref = TimeRef(span=Span("a", at, at + 7, "Nov. 16"), value=date(2016, 11, 16), precision="day", relative=True)
    assert _event_dates([ref], Span("a", 0, len(text), text), "en") == []


def test_a_baseline_year_dates_nothing():
    # MultiLing 2011 M004 (development, CC BY 3.0): each of these was a background entry under 1990
    cases = (
        ("The proposed frame is 25-40% cuts in greenhouse gas emissions for industrialized nations (known as "
         "Annex I nations in UNFCCC parlance), from 1990 baselines.", "en"),
        ("L'objectif proposé est de réduire de 25-40% les émissions de gaz à effet de serre pour les nations "
         "industrialisées (déterminées comme étant les nations de l'annexe 1 des termes de la CCNUCC), par "
         "rapport à 1990.", "fr"),
        ("لخفض انبعاثات الغازات الدفيئة في الدول الصناعية بحلول عام 2020 عن مستويات عام 1990 المتنازع عليها.", "ar"),
    )
    for text, language in cases:
        mention, ref = _year_ref(text, "1990")
        assert _event_dates([ref], mention, language) == []

