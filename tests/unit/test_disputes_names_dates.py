"""Name disputes and dates of the story's event across statements the aligner kept apart
(#19).

Each case is a real passage from a development story of `bench/data/disputes/` (texts
from ../shared: GVC CC BY 4.0, Wikinews CC BY 2.5, MultiLing 2011 CC BY 3.0; see NOTICE),
with the publication dates the set gives them, run through the real text layer and
`find_conflicts` with no aligned fact (the statements share too few words to be one).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from synoptic import text
from synoptic.compare.conflicts import find_conflicts
from synoptic.model import Article
from synoptic.settings import CompareSettings, TextSettings
from synoptic.text import timex

SETTINGS = CompareSettings()


def _disputes(reports: list[tuple[str, str, date | None]], language: str = "en", kind: str | None = None):
    """(id, text, published) per article, analysed and resolved as `pipeline.build_story`
    does; no fact joins them."""
    articles, analyses = [], {}
    for aid, body, published in reports:
        article = Article(aid, f"{aid}.txt", body, language=language, published=published)
        analysis = text.analyze(article, TextSettings())
        analyses[aid] = replace(analysis, times=timex.resolve_times(analysis.times, published))
        articles.append(article)
    found = find_conflicts([], articles, analyses, [], [], [], SETTINGS)
    return [c for c in found if c.is_dispute and (kind is None or c.kind == kind)]


# --- a post held by one person named two ways (wikinews-apple-corps-nl, wn-37313 / wn-40203)

JUDGE_MARTIN = (
    "Rechter Martin Mann heeft aangegeven dat hij een iPod draagbare muziekspeler heeft, die "
    "door Apple Computer wordt gemaakt en verkocht in associatie met de iTunes Music Store."
)
JUDGE_ANTHONY = (
    "\"De rechter, Anthony Mann, was het eens met Apple Computer ‘s verdediging, waarin werd "
    "aangevoerd dat de iTunes Music Store een handelsmerk draagt maar de muziek die wordt "
    "verkocht niet, eens:\""
)


def test_one_judge_named_with_two_given_names_is_a_dispute() -> None:
    found = _disputes(
        [("wn-37313", JUDGE_MARTIN, date(2006, 3, 28)), ("wn-40203", JUDGE_ANTHONY, date(2006, 5, 8))],
        language="nl",
        kind="role",
    )
    assert len(found) == 1
    assert sorted(v.value for v in found[0].variants) == ["Anthony Mann", "Martin Mann"]
    assert "rechter" in found[0].topic


# gvc-601037: a mother and her child share a surname; the words before the names are no
# common post ("His mother, Heather Shannon" / "identifies the toddler that died as Paxton
# Shannon")
MOTHER = (
    "The child remains in critical condition. His mother, Heather Shannon says her child has "
    "just made it out of surgery, and that he is fighting hard."
)
TODDLER = "UPDATE: The Marion County Sheriff's Office identifies the toddler that died as Paxton Shannon."


def test_relatives_with_one_surname_are_no_name_dispute() -> None:
    found = _disputes(
        [("gvc-24e6ce1d", MOTHER, date(2016, 7, 12)), ("gvc-6f9b5494", TODDLER, date(2016, 7, 13))]
    )
    assert found == []


# --- the story's event dated two ways (gvc-571922, gvc-e577d21b / gvc-8974b84a) -------------

TRAGEDY_JUNE_1 = (
    "According to authorities, Jones, his two older brothers, and his younger half-sister "
    "were home alone on June 1 when the tragedy occurred."
)
SHOOTING_JUNE_3 = "The shooting happened Friday, June 3 around 7:30 p.m. in the 9500 block of Page."


def test_one_shooting_dated_to_two_days_is_a_dispute() -> None:
    found = _disputes(
        [("gvc-e577d21b", TRAGEDY_JUNE_1, date(2016, 6, 3)), ("gvc-8974b84a", SHOOTING_JUNE_3, date(2016, 6, 7))],
        kind="date",
    )
    assert len(found) == 1
    assert sorted(v.value for v in found[0].variants) == ["2016-06-01", "2016-06-03"]
    assert found[0].topic == "date: the shooting"


# multiling-M005-en: the quake (M0056) and an aftershock (M0054) are two events; both
# statements use an occurrence verb, and the event nouns differ. The aftershock sentence is
# M0054's with the day its report gives elsewhere ("on March 11") written into it, so
# that both statements carry a date.
QUAKE = (
    "The earthquake took place in what is considered the \"last weekend in the summer;\" on "
    "Saturday, February 27, 2010 at 03:34 local time (06:34 UTC)."
)
AFTERSHOCK = "The aftershock occurred on March 11 at 08:32:22 UTC (04:32:22 AM local time), at a depth of 28.4 kilometers."


def test_two_events_of_one_story_are_no_date_dispute() -> None:
    found = _disputes(
        [("M0056", QUAKE, date(2010, 3, 1)), ("M0054", AFTERSHOCK, date(2010, 3, 12))], kind="date"
    )
    assert found == []


# examples/geneva-2022 (001 / 002): one minister's given name transliterated two ways is
# one name, not a dispute
RYABKOV_SERGEI = (
    "Russian Deputy Foreign Minister Sergei Ryabkov, who represented his country at the talks, "
    "later said: “Unfortunately, we have a big disparity in our principled approaches to this issue.”"
)
RYABKOV_SERGEY = (
    "Sherman said he told his Russian counterpart, Deputy Foreign Minister Sergey Ryabkov, that "
    "Moscow must “de-escalate” by moving its estimated 100,000 troops away from the Ukrainian border."
)


def test_a_transliterated_given_name_is_no_name_dispute() -> None:
    found = _disputes(
        [("001", RYABKOV_SERGEI, date(2022, 1, 10)), ("002", RYABKOV_SERGEY, date(2022, 1, 10))], kind="role"
    )
    assert not [c for c in found if c.topic.startswith("name of")]


# --- a toll is told by its words, not by a word beginning like one ------------------------

ARRESTED_TUESDAY = (
    "He may have been driven to suicide because wiretapped conversations between him and other "
    "Mafia bosses helped lead to the police sweep on Tuesday in which 89 people were arrested "
    "following a nine-month probe, the Ansa news agency reported."
)  # ecbplus-26_ecb, 26_8ecb: "Tuesday" once read as French "tués" (killed)
INJURED_FIVE = (
    "A 6 magnitude earthquake hit an island off Iran's southern coast on Sunday, injuring five "
    "people and damaging buildings, Iranian media said."
)  # ecbplus-20_ecb


def _counts(sentence: str) -> list:
    from synoptic.compare.numbers import describe
    from synoptic.model import Span

    article = Article("a", "a.txt", sentence, language="en")
    analysis = text.analyze(article, TextSettings())
    whole = Span("a", 0, len(sentence), sentence)
    return [describe(q, whole, SETTINGS) for q in analysis.quantities if q.unit == "people"]


def test_a_weekday_does_not_make_a_count_a_toll() -> None:
    (arrested,) = _counts(ARRESTED_TUESDAY)
    assert arrested.casualty is False
    (injured,) = _counts(INJURED_FIVE)
    assert injured.casualty is True


# --- one person graded opposite ways (ecbplus-23_ecbplus, 23_5 / 23_3 / 23_7 / 23_9) ------

WELL_EQUIPPED = (
    "Police inspector Dave Gaskin said Mr Buckley was well equipped at the time but was an "
    "inexperienced climber."
)
INSUFFICIENTLY_EQUIPPED = (
    "Police said that Mr Buckley's group appeared to be \"insufficiently\" equipped and "
    "inexperienced for the climb they chose."
)
# said of the other climber, and a sentence whose graded participle stands before the
# person it describes: neither is about a person the rule can pin down
MAN_WELL_EQUIPPED = (
    "Mr Campbell said police told him the man was well-equipped but was not wearing crampons "
    "when he slipped."
)
ILL_EQUIPPED_BEFORE_NAME = (
    "The day following Rait’s death an inexperienced and reportedly ill-equipped mountain "
    "climber with rental gear, 31-year-old Robert Buckley of the U. K. but living in "
    "Christchurch, New Zealand, slipped on ice and fell 700 meters to his own death."
)
SEPT_16 = date(2013, 9, 16)


def test_one_climber_well_and_insufficiently_equipped_is_a_claim_dispute() -> None:
    found = _disputes(
        [("23_5ecbplus", WELL_EQUIPPED, SEPT_16), ("23_3ecbplus", INSUFFICIENTLY_EQUIPPED, SEPT_16)], kind="claim"
    )
    assert len(found) == 1
    assert [v.articles for v in found[0].variants] == [["23_5ecbplus"], ["23_3ecbplus"]]
    assert found[0].variants[0].value == "well equipped"


def test_a_grade_not_pinned_to_one_named_person_is_no_dispute() -> None:
    found = _disputes(
        [("23_7ecbplus", MAN_WELL_EQUIPPED, SEPT_16), ("23_9ecbplus", ILL_EQUIPPED_BEFORE_NAME, SEPT_16)],
        kind="claim",
    )
    assert found == []


# GVC 590958 (train split, development): one report covers two shootings a night apart,
# the other only the second; "the first shooting" and "the shootings" say the story has
# several, so the two dates are no dispute
TWO_SHOOTINGS = (
    "One dead, one in critical condition following two separate shooting incidents in "
    "Milwaukee. One person died and another sustained a serious gunshot wound as a result of "
    "the shootings. The first shooting occurred around 6:20 p.m. Monday, June 27th near 35th "
    "and Park Hill Street."
)
SECOND_SHOOTING = (
    "MILWAUKEE — 37-year-old Oliver Kennedy of Milwaukee has been charged in connection to the "
    "June 28th fatal shooting of 49-year-old Alac Jackson. The shooting occurred near 28th and "
    "Capitol Drive around 2:15 a.m. on Tuesday, June 28th."
)


def test_a_story_of_several_shootings_has_no_one_date_of_the_shooting() -> None:
    found = _disputes(
        [("ba36803d", TWO_SHOOTINGS, date(2016, 6, 28)), ("e9f889ea", SECOND_SHOOTING, date(2016, 7, 5))],
        kind="date",
    )
    assert found == []
