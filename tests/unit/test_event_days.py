"""The event's day as a report's lead tells it (`link/event_days.py`, the pair features
"same_day" / "other_day"), on ECB+ passages (CC BY 3.0, see NOTICE): the Bush
administration's endangered-species rule (announced on a Thursday in December 2008) and
President Obama overturning it (on Tuesday, March 3, 2009), two events of one kind that
name the same agencies, the same act and both presidents."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from synoptic.link.event_days import event_day, event_keys, event_weekday, stored_numbers
from synoptic.link.features import article_features
from synoptic.link.online import OnlineClusterer
from synoptic.link.scoring import event_day_pair, pair_feature_matrices, score_matrix
from synoptic.model import Article
from synoptic.settings import LinkSettings
from tests.unit.test_stories import TfidfEncoder

# ECB+ 9_8ecb (no date)
RULE_THURSDAY = (
    "The Bush administration on Thursday eliminated 35-year-old regulations in the Endangered Species "
    "Act that required an independent scientific review of proposed federal projects to determine "
    "whether they imperil protected plants and animals."
)
# ECB+ 9_9ecb (no date): the same event, another outlet
RULE_THURSDAY_AGAIN = (
    "In a move environmental groups says strikes at the heart of the Endangered Species Act, the Bush "
    "administration on Thursday announced a new rule that would let federal agencies decide on their "
    "own whether their projects harm endangered species."
)
# ECB+ 9_2ecbplus (dated March 3, 2009)
OVERTURN_TUESDAY = (
    "President Obama on Tuesday overturned a last-minute Bush administration regulation that many "
    "environmentalists claim weakened the Endangered Species Act.\n\n"
    "The regulation, issued a few weeks before George W. Bush left office, made it easier for federal "
    "agencies to skip consultations with government scientists before launching projects that could "
    "affect endangered wildlife."
)
# ECB+ 9_10ecb (no date): the lead names no day ("six weeks before" is no day)
RULE_NO_DAY = (
    "The Bush administration is reducing protections for endangered animals and plants.\n\n"
    "Just six weeks before Democratic President-elect Barack Obama takes office, the current "
    "Republican administration is changing endangered species regulations."
)


# ECB+ 9_5ecb (no date): a month and day without a year
RULE_DECEMBER = (
    "The US Interior and Commerce departments reported Dec. 11 final proposed changes to the Endangered "
    "Species Act, which Interior Secretary Dirk A. Kempthorne said were not as extensive as originally "
    "planned."
)


def _articles() -> list[Article]:
    return [
        Article(id="rule", source="a", text=RULE_THURSDAY, title=""),
        Article(id="rule-again", source="b", text=RULE_THURSDAY_AGAIN, title=""),
        Article(id="overturn", source="c", text=OVERTURN_TUESDAY, published=date(2009, 3, 3),
                title="Obama overturns Bush endangered species rule"),
        Article(id="no-day", source="d", text=RULE_NO_DAY, title=""),
    ]


def _features(settings: LinkSettings):
    articles = _articles()
    return article_features(articles, TfidfEncoder([f"{a.title}\n{a.text}" for a in articles]), settings)


def test_a_dated_lead_resolves_its_weekday_to_the_events_day() -> None:
    keys = event_keys(_articles()[2], LinkSettings())
    assert event_day(keys) == date(2009, 3, 3)
    assert event_weekday(keys) == 1  # Tuesday


def test_an_undated_lead_still_names_its_events_weekday() -> None:
    settings = LinkSettings()
    rule, _, _, no_day = _articles()
    assert event_keys(rule, settings) == frozenset({"@w3"})  # Thursday, no day without a date
    assert event_keys(no_day, settings) == frozenset()


def test_an_undated_month_and_day_compare_with_a_resolved_day() -> None:
    settings = LinkSettings()
    december = Article(id="december", source="e", text=RULE_DECEMBER, title="")
    keys = event_keys(december, settings)
    assert keys == frozenset({"@m12-11"})
    assert event_day(keys) is None and event_weekday(keys) is None
    feats = _features(settings)
    overturn = feats[2]
    assert "@m03-03" in overturn.when
    december_f = replace(overturn, id="december", when=keys)
    assert event_day_pair(december_f, overturn, settings) == (0.0, 1.0)  # December 11 is not March 3
    assert event_day_pair(december_f, replace(overturn, when=frozenset({"@2008-12-12", "@w4", "@m12-12"})),
                          settings) == (1.0, 0.0)
    # a weekday alone says nothing against a month and day: no evidence either way
    assert event_day_pair(december_f, feats[0], settings) == (0.0, 0.0)


def test_reports_of_one_day_meet_and_of_different_days_part() -> None:
    settings = LinkSettings()
    rule, again, overturn, no_day = _features(settings)
    assert event_day_pair(rule, again, settings) == (1.0, 0.0)
    assert event_day_pair(rule, overturn, settings) == (0.0, 1.0)
    assert event_day_pair(rule, no_day, settings) == (0.0, 0.0)  # no evidence either way
    # two resolved days: one day apart is one event ("late Monday" in Tuesday's paper)
    next_day = replace(overturn, when=frozenset({"@2009-03-04", "@w2"}))
    week_later = replace(overturn, when=frozenset({"@2009-03-10", "@w1"}))
    assert event_day_pair(overturn, next_day, settings) == (1.0, 0.0)
    assert event_day_pair(overturn, week_later, settings) == (0.0, 1.0)  # the same weekday, another week


def test_the_batch_and_the_stream_weigh_the_days_alike() -> None:
    settings = LinkSettings()
    feats = _features(settings)
    table = pair_feature_matrices(feats, settings)
    assert table["same_day"][0, 1] == 1.0 and table["other_day"][0, 1] == 0.0
    assert table["same_day"][0, 2] == 0.0 and table["other_day"][0, 2] == 1.0
    assert table["same_day"][0, 3] == table["other_day"][0, 3] == 0.0
    assert settings.pair_other_day < 0 < settings.pair_same_day
    clusterer = OnlineClusterer(settings)
    for f in feats:
        clusterer._remember(f)
    scores = score_matrix(feats, settings, clusterer._idf, clusterer._word_weights)
    plain = score_matrix(feats, replace(settings, pair_same_day=0.0, pair_other_day=0.0),
                         clusterer._idf, clusterer._word_weights)
    assert scores[0, 2] == pytest.approx(plain[0, 2] + settings.pair_other_day)
    assert scores[0, 1] == pytest.approx(plain[0, 1] + settings.pair_same_day)
    for i, j in ((0, 1), (0, 2), (1, 3)):
        assert clusterer.pair_score(feats[i], feats[j]) == pytest.approx(scores[i, j], abs=1e-6)


def test_the_keys_ride_with_the_stored_numbers_and_come_back_apart() -> None:
    overturn = _features(LinkSettings())[2]
    stored = sorted(overturn.numbers) + sorted(overturn.when)
    assert stored_numbers(stored) == (overturn.numbers, overturn.when)
