"""Articles written in different years are two events unless the later one names the
earlier one's year (`scoring.years_apart`, the pair feature "years"), on ECB+ passages
(CC BY 3.0, see NOTICE): two emergency patches of one browser five years apart, and a
verdict two years after the shooting it judges."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from synoptic.link.features import article_features, number_keys
from synoptic.link.online import OnlineClusterer
from synoptic.link.scoring import article_year, pair_feature_matrices, score_matrix, years_apart
from synoptic.model import Article
from synoptic.settings import LinkSettings
from tests.unit.test_stories import TfidfEncoder

# ECB+ 27_10ecb (no date: the latest year it names is its own)
PATCH_2008 = (
    "Microsoft (NSDQ: MSFT) issued an out-of-band emergency patch Wednesday for a zero-day Internet "
    "Explorer vulnerability that has opened the door for hackers to install malware on susceptible "
    "computers without any user intervention.\n"
    "The flaw, which is given the highest severity rating of critical, affects all versions of "
    "Microsoft's IE Web browser.\n"
    "Specifically, Microsoft's IE update affects versions of Windows 2000 for IE 5.01: XP, XP "
    "Professional, Server 2003 for IE 6; and XP, Server 2003, Vista, Server 2008 for IE 7."
)
# ECB+ 27_5ecbplus (dated September 19, 2013)
PATCH_2013 = (
    "Microsoft has reportedly issued a patch to fix a previously unknown vulnerability in its "
    "Internet Explorer (IE) web browser.\n"
    "The software manufacturer said that the bug, related to the browser's memory, could affect all "
    "versions of IE6 to 10 as hackers could set up websites to exploit the vulnerability and run "
    "malicious code on users' computers."
)
# ECB+ 27_6ecb (no date, and this excerpt names no year)
PATCH_UNDATED = (
    "In record time, Microsoft released today an \"out of band\" patch for a significant security flaw "
    "in Internet Explorer that burst onto the scene 8 days ago.\n"
    "A remote code execution vulnerability exists as an invalid pointer reference in the data binding "
    "function of Internet Explorer."
)


# ECB+ 22_8ecbplus (September 10, 2010) and 22_7ecbplus (September 10, 2012): one event
SHOOTING_2010 = (
    "Police say two people have been killed and another wounded in a shooting at the Kraft Foods plant "
    "in Northeast Philadelphia.\n"
    "Authorities say the incident began after the fifteen-year employee, 43-year-old Yvonne Hiller, "
    "was suspended."
)
VERDICT_2012 = (
    "A Philadelphia judge today found a former Kraft Foods company employee guilty of murder in a "
    "workplace rampage exactly two years ago in Northeast Philadelphia that left two women dead and a "
    "third employee wounded.\n"
    "Then, on September 10, 2010, according to a surviving victim, Hiller went berserk again."
)


def _features(settings: LinkSettings):
    articles = [
        Article(id="ie2008", source="a", text=PATCH_2008, title="Microsoft Releases Critical Patch For IE Zero Day Flaw"),
        Article(id="ie2013", source="b", text=PATCH_2013, title="Microsoft issues patch to fix IE bug",
                published=date(2013, 9, 19)),
        Article(id="ie-undated", source="c", text=PATCH_UNDATED, title="Microsoft Patches Major IE Bug"),
    ]
    encoder = TfidfEncoder([f"{a.title}\n{a.text}" for a in articles])
    return article_features(articles, encoder, settings)


def test_an_article_is_of_its_news_dates_year_or_else_the_latest_year_it_names() -> None:
    settings = LinkSettings()
    undated_2008, dated_2013, undated = _features(settings)
    assert article_year(undated_2008, settings) == 2008  # "Server 2008", the latest of 2000, 2003, 2008
    assert article_year(dated_2013, settings) == 2013  # the news date wins over "IE6 to 10"
    # no year named: no evidence either way
    assert article_year(undated, settings) is None


def test_four_digit_counts_outside_the_years_window_are_no_years() -> None:
    settings = LinkSettings()
    text = "The rescue plan costs 14000 jobs at 3500 plants, the union said."
    f = article_features([Article(id="x", source="x", text=text)], TfidfEncoder([text]), settings)[0]
    assert number_keys(Article(id="x", source="x", text=text)) == {"14000", "3500"}
    assert article_year(f, settings) is None


def test_reports_of_different_years_score_lower_as_the_model_weighs_it() -> None:
    settings = LinkSettings()
    feats = _features(settings)
    table = pair_feature_matrices(feats, settings)
    assert table["years"][0, 1] == table["years"][1, 0] == 1.0  # 2008 against 2013
    assert table["years"][0, 2] == table["years"][1, 2] == 0.0  # an article of no known year
    assert settings.pair_years < 0
    without = replace(settings, pair_years=0.0)
    clusterer = OnlineClusterer(settings)
    for f in feats:
        clusterer._remember(f)
    scores = score_matrix(feats, settings, clusterer._idf, clusterer._word_weights)
    plain = score_matrix(feats, without, clusterer._idf, clusterer._word_weights)
    assert scores[0, 1] == pytest.approx(plain[0, 1] + settings.pair_years)
    assert scores[0, 2] == pytest.approx(plain[0, 2])
    # the stream scores the pair as the batch does
    assert clusterer.pair_score(feats[0], feats[1]) == pytest.approx(scores[0, 1], abs=1e-6)


def test_a_follow_up_that_names_the_year_of_its_event_is_not_years_apart() -> None:
    settings = LinkSettings()
    articles = [
        Article(id="shooting", source="a", text=SHOOTING_2010, published=date(2010, 9, 10),
                title="2 Dead, 1 Wounded in Shooting at NE Phila. Kraft Plant"),
        Article(id="verdict", source="b", text=VERDICT_2012, published=date(2012, 9, 10),
                title="Woman Convicted of Double Murder In 2010 Kraft Foods Rampage In NE Philadelphia"),
    ]
    encoder = TfidfEncoder([f"{a.title}\n{a.text}" for a in articles])
    shooting, verdict = article_features(articles, encoder, settings)
    assert years_apart(shooting, verdict, settings) == years_apart(verdict, shooting, settings) == 0.0
    assert pair_feature_matrices([shooting, verdict], settings)["years"][0, 1] == 0.0
    # the two patches: the 2013 report does not name 2008
    patch_2008, patch_2013, _ = _features(settings)
    assert years_apart(patch_2013, patch_2008, settings) == 1.0
