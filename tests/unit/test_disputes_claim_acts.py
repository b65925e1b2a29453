"""One act said done and said not done, in statements the aligner kept apart (#19).

Real passages from development stories of `bench/data/disputes/` (ECB+, CC BY 3.0, see
NOTICE): ecbplus-6_ecbplus (did Gary Ross leave "The Hunger Games"?) and ecbplus-1_ecbplus
(did Lohan ever go into Morningside?), with the nearest statements that must stay out: a
plan ("arrangements for Lohan to check into Morningside"), a clause with a modal ("would
definitely not be returning"), and an article that says both.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from synoptic import text
from synoptic.compare.conflicts import find_conflicts
from synoptic.compare.detectors.claim_acts import clause_acts
from synoptic.model import Article, Span
from synoptic.settings import CompareSettings, TextSettings
from synoptic.text import timex

ROSS_NOT_DEPARTED = 'Gary Ross has not departed "The Hunger Games. "'
ROSS_PULLED_OUT = (
    'Moviemaker Gary Ross has reportedly pulled out of negotiations to direct a sequel to "The Hunger Games. "'
)
ROSS_NOT_RETURNING = (
    "Despite reports last week that said Gary Ross would definitely not be returning to direct The Hunger "
    "Games sequel, Catching Fire, it seems he will be back at the negotiating table with Lionsgate this week."
)
LOHAN_NEVER_ENTERED = (
    "TMZ reported Lohan was shopping at an electronics store while her attorney was in court, and that she "
    "never entered Morningside."
)
LOHAN_CHECKED_IN = (
    "Lohan had checked into Morningside Recovery Center Thursday morning, but then left because “ she was "
    "not happy with the place, ” her father said."
)
LOHAN_ARRANGEMENTS = (
    "CNN says Lohan's lawyer, Mark Heller, made the arrangements for Lohan to check into Morningside, but "
    "prosecutors have not approved that facility."
)
LOHAN_BOTH = (
    "Heller told a judge during a hearing Thursday morning that Lohan had checked in to the Morningside "
    "Recovery rehab facility, but the starlet left it after a few minutes.\n"
    '"Lindsay never checked into Morningside but is back at Betty Ford.'
)


def _claims(reports: list[tuple[str, str]]):
    """(id, text) per article, no aligned fact: every sentence is its own statement."""
    articles, analyses = [], {}
    for aid, body in reports:
        article = Article(aid, f"{aid}.txt", body, language="en", published=date(2013, 5, 2))
        analysis = text.analyze(article, TextSettings())
        analyses[aid] = replace(analysis, times=timex.resolve_times(analysis.times, article.published))
        articles.append(article)
    found = find_conflicts([], articles, analyses, [], [], [], CompareSettings())
    return [c for c in found if c.is_dispute and c.kind == "claim"]


def _acts(sentence: str):
    return [(a.family, a.negated, sorted(a.objects)) for a in clause_acts(Span("a", 0, len(sentence), sentence))]


def test_an_act_in_its_several_wordings_is_read_with_its_polarity() -> None:
    assert _acts(ROSS_NOT_DEPARTED) == [("leave", True, ["games", "hunger"])]
    assert _acts(ROSS_PULLED_OUT) == [("leave", False, ["games", "hunger"])]
    assert _acts(LOHAN_NEVER_ENTERED) == [("enter", True, ["morningside"])]
    # weekdays and months name no thing acted on
    assert _acts(LOHAN_CHECKED_IN) == [("enter", False, ["center", "morningside", "recovery"])]


def test_leaving_said_and_denied_in_other_words_is_a_claim() -> None:
    found = _claims([("6_6", ROSS_NOT_DEPARTED), ("6_9", ROSS_PULLED_OUT)])
    assert len(found) == 1
    assert sorted(a for v in found[0].variants for a in v.articles) == ["6_6", "6_9"]


def test_never_entered_against_checked_into_is_a_claim() -> None:
    found = _claims([("1_2", LOHAN_NEVER_ENTERED), ("1_9", LOHAN_CHECKED_IN)])
    assert len(found) == 1
    # each side is shown as the clause that states it, not the whole sentence
    assert {m.text for v in found[0].variants for m in v.mentions} == {
        "she never entered Morningside", "Lohan had checked into Morningside Recovery Center Thursday morning"
    }


def test_a_plan_a_modal_and_an_article_on_both_sides_are_no_claim() -> None:
    assert _acts(LOHAN_ARRANGEMENTS) == [] and _acts(ROSS_NOT_RETURNING) == []
    assert _claims([("1_2", LOHAN_NEVER_ENTERED), ("1_18", LOHAN_ARRANGEMENTS)]) == []
    # the article that says both, against one that says she checked in: it is on neither side
    assert _claims([("1_8", LOHAN_BOTH), ("1_9", LOHAN_CHECKED_IN)]) == []
