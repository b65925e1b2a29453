"""A day and month without a year, in a clause that tells of the past, is not in the coming
months: passages of GVC (train) and MultiLing 2011 (M005, development)."""

from __future__ import annotations

from datetime import date

from synoptic.model import Article
from synoptic.settings import TimeSettings
from synoptic.text import timex
from synoptic.text.sentences import split_sentences


def _values(text: str, published: date, language: str = "en") -> list[date | None]:
    article = Article(id="a", source="a", text=text, language=language, published=published)
    return [t.value for t in timex.extract_times(article, split_sentences(article), TimeSettings())]


def test_a_past_clause_with_a_later_month_is_the_year_before():
    # a July 2013 report: the killings were in January 2013, not the January to come
    text = ("Byron Shepard and James Poore, who have pleaded not guilty to murder and robbery charges, are "
            "suspected of shooting Misty Nunley, Julie Jackson, Rebeika Powell and Kayetie Melchor inside a "
            "Fairmont Terrace apartment Jan. 7.")
    assert _values(text, date(2013, 7, 16)) == [date(2013, 1, 7)]


def test_a_future_clause_and_a_pending_hearing_stay_ahead():
    assert _values("The trial will begin Jan. 7.", date(2013, 7, 16)) == [date(2014, 1, 7)]
    text = ("A judge allowed him to remain free on $150,000 bail and house arrest pending a preliminary "
            "hearing Jan. 19.")
    assert _values(text, date(2016, 12, 8)) == [date(2017, 1, 19)]


def test_a_past_clause_a_few_days_ahead_is_a_misread_tense_and_kept():
    # within the slack the nearest year stays: a clause's tense is misread more often than
    # a report tells of an event days after its own date in the past tense
    assert _values("The judge has given him a May 10 deadline, the news wire said.", date(2013, 5, 2)) == [
        date(2013, 5, 10)
    ]


def test_a_weekday_before_the_date_it_falls_on_names_that_date():
    # M003 in Arabic (M0038): "the prologue will be on Saturday, 7 July" was dated to the
    # Saturday before the report (and "وسوف", "and will", read no future)
    text = "وسوف تكون المقدمة يوم السبت في 7 يوليو، ابتداء من ساحة الطرف الاغر في الساعة 15:00 بتوقيت جرينتش."
    assert _values(text, date(2007, 6, 27), "ar") == [date(2007, 7, 7), date(2007, 7, 7)]


def test_arabic_verbs_of_past_events_read_past():
    # M000 in Arabic (M0005): "the council approved the donation during a meeting on 10
    # January" read no tense
    from synoptic.text.timex_tense import clause_direction

    text = "وافق المجلس على التبرع خلال اجتماع 10 كانون الثاني بتصويت 3 مقابل 2 ."
    start = text.index("10")
    assert clause_direction(text, start, start + len("10 كانون الثاني"), TimeSettings()) == -1
    future = "سيتم التصويت يوم الجمعة."
    start = future.index("الجمعة")
    assert clause_direction(future, start, start + len("الجمعة"), TimeSettings()) == 1


def test_four_digits_before_a_time_zone_are_a_clock_time_not_a_year():
    # M005 in Hebrew and English (development): "(1852 UTC)" was a background entry of 1852
    text = "A strong earthquake hit Chile at approximately at 14:52 local time (1852 UTC) on Friday."
    assert _values(text, date(2010, 5, 22)) == [date(2010, 5, 21)]


def test_a_day_and_month_take_the_year_the_article_gives_them_in_full():
    # M001 in Arabic (M0019, development), a May 2008 report: "the 7 July bombings" was
    # dated 7 July 2007 though the sentence itself says 7 July 2005
    text = "وكانت تفجيرات 7 يوليو سلسلة من التفجيرات المنسقة التي ضربت لندن في صباح يوم 7 يوليو 2005."
    assert _values(text, date(2008, 5, 1), "ar") == [date(2005, 7, 7), date(2005, 7, 7)]
    english = ("The 7 July 2005 London bombings were a series of coordinated suicide attacks. "
               "Survivors of the July 7 attacks gave evidence.")
    assert _values(english, date(2008, 5, 1)) == [date(2005, 7, 7), date(2005, 7, 7)]


def test_a_day_and_month_ahead_keep_their_own_year():
    text = "The July 7, 2005 bombings killed 52 people. A memorial will be held on July 7."
    assert _values(text, date(2008, 5, 1)) == [date(2005, 7, 7), date(2008, 7, 7)]


def test_an_untensed_date_months_ahead_is_the_past_one():
    # MultiLing M005 (development), October and November 2010 reports on the Chilean
    # earthquakes: the 27 February quake, the 11 March one and the monument of 4 April were
    # shown under "Scheduled and expected" in 2011 (no tense cue the finder reads)
    text = ('"Náhlý" a "strašidelný" následný otřes po zemětřesení síly 8,8 z 27. února zasáhl ve středu '
            'v noci střední a jižní Chile.')
    assert _values(text, date(2010, 10, 22), "cs")[0] == date(2010, 2, 27)
    text = "ב-4 לאפריל הוקמה האנדרטאה הראשונה לזכרון קורבנות רעידת האדמה והצונאמי."
    assert _values(text, date(2010, 10, 24), "he") == [date(2010, 4, 4)]
    text = "ويشير إلى استجابة أونومي في وقت متأخر من بعد زلزال 27 فبراير والاعلان ريكاردو أرخونا لزيارة تشيلي."
    assert _values(text, date(2010, 11, 28), "ar") == [date(2010, 2, 27)]


def test_an_untensed_date_weeks_ahead_stays_ahead():
    # within the untensed slack the nearest year stays (a coming date without a cue)
    assert _values("The conference on 10 December in Cancún.", date(2010, 10, 24)) == [date(2010, 12, 10)]


def test_a_court_date_a_defendant_faces_is_ahead():
    # GVC 556993 (dev), a Wednesday report: the arraignment was dated to the Thursday before
    text = "Both Detroit residents face arraignment Thursday on charges of second-degree child abuse and felony firearm."
    assert _values(text, date(2016, 5, 25)) == [date(2016, 5, 26)]
    # the noun stays no verb: "shot in the face Monday night" is past
    assert _values("A girl was shot in the face Monday night.", date(2016, 5, 25)) == [date(2016, 5, 23)]


def test_a_name_ending_like_a_future_tells_no_tense():
    # MultiLing M005 in Greek (M0059, dev), a Saturday report: "Pinera" read as a future's
    # ending put "on Thursday" on the Thursday to come
    text = ("Ένας σεισμός μεγέθους 6.9 έπληξε τη Χιλή την Πέμπτη, μόλις 21 λεπτά πριν ορκιστεί ο νέος Πρόεδρος "
            "της χώρας, Sebastian Pinera.")
    assert _values(text, date(2010, 3, 13), "el") == [date(2010, 3, 11)]
    # Wikinews trial es/190356 (dev), a June report: "por primera vez ... en abril" was the April to come
    text = ('El sistema iOS 4, antes llamado "iPhone OS", fue introducido por primera vez por Apple en abril e '
            "incluye capacidades multitarea.")
    assert _values(text, date(2010, 6, 8), "es") == [date(2010, 4, 1)]


def test_a_future_inside_a_quotation_is_the_speakers_not_the_reports():
    # MultiLing M005 in Czech (M0056, dev), an October report: "bude" (will) inside the
    # newspaper's words put the day it wrote them in the February to come
    text = ('"Pichilemu je symbolický plážový rezort v šestém regionu [O\'Higgins], takže by nebylo divné si '
            "myslet, že poslední víkend před nástupem do školy se tam bude mnoho lidí chystat strávit dovolenou, "
            'a to je to, co se stalo", uvedl 28. února El Rancagüino, nejdůležitější noviny v kraji O\'Higgins.')
    assert _values(text, date(2010, 10, 24), "cs") == [date(2010, 2, 28)]
