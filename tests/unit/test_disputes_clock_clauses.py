"""Clock times compared like with like: the clause a time closes says which event it times,
and "just after 11" is not a rounding of 10:30 (#19, stop 34).

Real passages from fresh development stories of `bench/data/disputes/` (GVC, CC BY 4.0; see
NOTICE), labelled before the system was run on them, through the real text layer and
`find_conflicts` with the publication dates the set gives them.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from synoptic import text
from synoptic.compare.conflicts import find_conflicts
from synoptic.compare.detectors import time as time_detector
from synoptic.model import Article, Fact, Span
from synoptic.settings import CompareSettings, TextSettings
from synoptic.text import timex

SETTINGS = CompareSettings()


def _disputes(reports: list[tuple[str, str, date]], one_fact: bool = True):
    articles, analyses, mentions = [], {}, []
    for aid, body, published in reports:
        article = Article(aid, f"{aid}.txt", body, language="en", outlet=aid, published=published)
        analysis = text.analyze(article, TextSettings())
        analyses[aid] = replace(analysis, times=timex.resolve_times(analysis.times, published))
        mentions.append(Span(aid, 0, len(body), body))
        articles.append(article)
    facts = [Fact(id="f1", text=mentions[0].text, mentions=mentions, articles=[m.article for m in mentions])]
    found = find_conflicts(facts if one_fact else [], articles, analyses, [], [], [], SETTINGS)
    return [c for c in found if c.is_dispute and c.kind == "time"]


def _timed(sentence: str):
    minutes, zone, m = time_detector.clock_times(sentence)[0]
    return (minutes, zone, Span("a", m.start(), m.end(), sentence[m.start() : m.end()].rstrip()),
            Span("a", 0, len(sentence), sentence))


# gvc-571210 (Bridgeport, 3 June 2016): the Sun-Times times the death, the Tribune the
# shooting, in one sentence that names both events; "the scene" is in both sentences
SUN_TIMES = ("Bandemer, who lived in the 900 block of West 36th Street, was pronounced dead at the "
             "scene at 11:59 a.m., authorities said.")
TRIBUNE = ("Christian Bandemer of the 900 block of West 36th Street was pronounced dead at the scene "
           "after being shot in the chest with a shotgun at 11:35 a.m., according to police and the "
           "Cook County medical examiner's office.")


def test_a_time_in_an_after_clause_times_that_clause_not_the_sentence() -> None:
    assert time_detector._clause(_timed(TRIBUNE)) & {"chest"}
    assert not time_detector._clause(_timed(TRIBUNE)) & time_detector._clause(_timed(SUN_TIMES))
    for one_fact in (True, False):
        reports = [("sun", SUN_TIMES, date(2016, 6, 3)), ("trib", TRIBUNE, date(2016, 6, 3))]
        assert _disputes(reports, one_fact) == []


# gvc-346621 (Yonkers, 25 May 2015): PIX11 about 10:30 p.m.; CBS "just after 11 p.m."
PIX11 = ("The incident happened about 10:30 p.m. Monday on the second floor of a multi-family home "
         "at 484 Walnut St., police said.")
CBS = "The accidental shooting happened just after 11 p.m. Monday at her apartment building on Walnut Street."


def test_just_after_eleven_is_no_rounding_of_half_past_ten() -> None:
    assert time_detector._anchored(_timed(CBS), SETTINGS) == (23 * 60, 23 * 60 + SETTINGS.time_hedge_step_minutes)
    found = _disputes([("pix11", PIX11, date(2015, 5, 26)), ("cbs", CBS, date(2015, 5, 29))])
    assert len(found) == 1
    assert sorted(v.value for v in found[0].variants) == ["10:30 p.m.", "11 p.m."]


def test_just_after_and_about_that_meet_are_one_time() -> None:
    # gvc-562315 (Bronx, 19 May 2016): "shortly after 5 p.m." (AP) and "around 5 p.m." (ABC7)
    ap = "It happened shortly after 5 p.m. Thursday at the Pelham Parkway Houses."
    abc = "It happened around 5 p.m. Thursday at the Pelham Parkway Houses, police said."
    assert _disputes([("ap", ap, date(2016, 5, 19)), ("abc", abc, date(2016, 5, 20))]) == []
    # "shortly before 9pm" and "at 8.49pm" meet (ecbplus-14_ecb's Waitrose fire, a trap)
    a = "Fire crews were called to the store shortly before 9pm on Friday after smoke was seen."
    b = "Fire crews were called to the store at 8.49pm on Friday after smoke was seen."
    assert _disputes([("a", a, date(2008, 12, 6)), ("b", b, date(2008, 12, 6))]) == []


def test_another_of_a_kind_is_another_event() -> None:
    # the clause's own marks ("another") tell two events of a kind apart, "second floor" is
    # no such mark (it is not in the clause that leads to the time)
    first = "The aftershock struck at 04:31 on Monday near the island, officials said."
    other = "Another aftershock struck at 11:24 on Monday near the island, officials said."
    assert _disputes([("a", first, date(2010, 3, 1)), ("b", other, date(2010, 3, 1))]) == []
    assert time_detector._event_marks(time_detector._prefix(_timed(PIX11))) == frozenset()


def test_around_ten_past_six_meets_just_before_six() -> None:
    # gvc-688841 (Lower East Side, 30 October 2016, unlabelled development incident): the
    # Post's "just before 6 a.m." and the Daily News's "around 6:10 a.m." may be one time
    post = "The bloodshed occurred just before 6 a.m. during a fight between a group of men on the corner."
    news = "The bloodshed occurred around 6:10 a.m. during a fight between a group of men on the corner."
    assert _disputes([("post", post, date(2016, 10, 30)), ("news", news, date(2016, 10, 31))]) == []


# --- parts of the day (compare/detectors/day_part.py) ------------------------------------

# gvc-341451 (Perris, 16 May 2015): ABC7 "Saturday afternoon" (deputies called at 12:10 p.m.),
# 10News "Saturday night"
ABC7 = ("A 14-year-old boy accidentally shot and killed his 9-year-old brother in Perris Saturday "
        "afternoon, Riverside County sheriff's deputies said.")
TEN_NEWS = ("On Saturday night, Ezekiel Melendez was shot by his 14-year-old brother Jacob while "
            "playing with a gun they thought was a toy.")


def _day_parts(reports: list[tuple[str, str, date]]):
    return [c for c in _disputes(reports, one_fact=False) if c.kind == "time"]


def test_afternoon_and_night_of_one_saturday_dispute() -> None:
    found = _day_parts([("abc7", ABC7, date(2015, 5, 16)), ("10news", TEN_NEWS, date(2015, 5, 21))])
    assert len(found) == 1
    assert sorted(v.value for v in found[0].variants) == ["Saturday afternoon", "Saturday night"]


def test_parts_that_touch_deictic_days_and_two_moments_stay_out() -> None:
    evening = TEN_NEWS.replace("On Saturday night", "On Saturday evening")
    assert _day_parts([("abc7", ABC7, date(2015, 5, 16)), ("10news", evening, date(2015, 5, 21))]) == []
    last_night = TEN_NEWS.replace("On Saturday night", "Last night")
    assert _day_parts([("abc7", ABC7, date(2015, 5, 16)), ("10news", last_night, date(2015, 5, 17))]) == []
    # an article naming two parts of the day tells of two moments (the shooting, a vigil)
    two = TEN_NEWS + " Friends held a vigil for the brother who was shot Saturday afternoon."
    assert _day_parts([("abc7", ABC7, date(2015, 5, 16)), ("10news", two, date(2015, 5, 21))]) == []
    # no participant in common: another shooting the same night
    other = "A man was shot Saturday night outside a bar in Riverside, police said."
    assert _day_parts([("abc7", ABC7, date(2015, 5, 16)), ("pe", other, date(2015, 5, 17))]) == []


def test_a_call_or_report_is_timed_apart_from_the_event() -> None:
    # gvc-590958 (Milwaukee, 28 June 2016, unlabelled development incident): the call at 2:55
    # and the report "just before 3:00" time the police's part; the charge's "around 2:15"
    # the shooting (a friend was called at 2:30): other moments, no dispute
    journal = "It was reported just before 3:00 a.m. on Tuesday near 28th Street and Capitol Drive."
    fox6 = ("Milwaukee police were called out to another shooting near 28th and Capitol Drive around "
            "2:55 a.m. Tuesday, June 28th.")
    charge = "The shooting occurred near 28th and Capitol Drive around 2:15 a.m. on Tuesday, June 28th."
    reports = [("journal", journal, date(2016, 6, 28)), ("fox6", fox6, date(2016, 6, 28)),
               ("charge", charge, date(2016, 7, 5))]
    assert _disputes(reports) == []
    assert time_detector._reports(_timed(fox6)) and not time_detector._reports(_timed(charge))


def test_a_report_s_word_for_whatever_happened_keeps_no_clause_apart() -> None:
    # gvc-525486 (Englewood, 20 March 2016, unlabelled development incident): "The incident
    # happened around 3:30 p.m." may time "Devon Lofton accidentally shot himself ... about
    # 3:50 p.m.": the clause guard leaves the pair to the statements' words
    generic = time_detector._clause(_timed("The incident happened around 3:30 p.m."))
    act = time_detector._clause(_timed("Devon Lofton accidentally shot himself in the head about 3:50 p.m."))
    assert generic and act and not generic & act
    assert not time_detector._apart(generic, act)
    assert time_detector._apart(time_detector._clause(_timed(SUN_TIMES)), time_detector._clause(_timed(TRIBUNE)))
