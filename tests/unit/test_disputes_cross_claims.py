"""Claims and quotes across statements the aligner kept apart (#19): one named subject, one
verb, opposite polarity; one subject in two states that exclude each other; one quotation
in two wordings.

Real passages from development stories (ECB+ topics 1-30 and GVC train/dev, CC BY 3.0 and
CC BY 4.0, see NOTICE): ecbplus-3_ecb (Christina Greenway's words, "jail" / "prison"),
ecbplus-21_ecb (two wordings that are a paraphrase, not one word changed), ecbplus-11_ecb
("has not sent only three observers": the negation is on the count), topic 19 ("Some said
Mr. Gray, while armed, did not point the gun": an account, not the outlet's claim), GVC
591237 ("The woman died at the scene"), GVC 356090 ("The boy died at the hospital.") and GVC
432535 ("The boy was pronounced dead at the scene."): sentences of two incidents, joined here
as two reports of one to show what the rules read.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from synoptic import text
from synoptic.compare.conflicts import find_conflicts
from synoptic.compare.detectors.quote_wording import reworded
from synoptic.compare.detectors.statements import readable, verb_key
from synoptic.link import entities as entities_mod
from synoptic.model import Article
from synoptic.settings import CompareSettings, LinkSettings, TextSettings
from synoptic.text import timex

GREENWAY_JAIL = (
    "In his own words, he said it's not his DNA to stay in jail, which is what he has to look forward to "
    "the rest of his life,"
)
GREENWAY_PRISON = "In his own words, it is not in his DNA to stay in prison."
HEARTS_A = "Our hearts and prayers are with the man who lost his wife who died"
HEARTS_B = "Our hearts and prayers go out to the man and his wife who died"
OSCE_NOT_ONLY = (
    "The Organisation for Security and Co-operation in Europe has not sent only three observers to "
    "monitor the vote, saying a genuine contest was impossible."
)
OSCE_SENT = (
    "The Organization for Security and Cooperation in Europe sent eight experts to monitor the poll and "
    'draw up an "internal report."'
)
SOME_SAID = (
    "Some said Mr. Gray, while armed, did not point the gun; others said they had heard that there had "
    "been no gun at all, or that his hands had been in the air."
)
POLICE_ALLEGEDLY = (
    "Yesterday, the police explained that officers shot and killed a 16-year-old Kimani Gray in Brooklyn "
    "because he allegedly pointed a gun at the cops."
)
WOMAN_AT_SCENE = "The woman died at the scene."
BOY_AT_HOSPITAL = "The boy died at the hospital."
BOY_AT_SCENE = "The boy was pronounced dead at the scene."


def _claims(reports: list[tuple[str, str]], days: list[date] | None = None):
    """(id, text) per article, no aligned fact: every sentence is its own statement."""
    articles, analyses = [], {}
    for n, (aid, body) in enumerate(reports):
        day = days[n] if days else date(2015, 3, 31)
        article = Article(aid, f"{aid}.txt", body, language="en", published=day)
        analysis = text.analyze(article, TextSettings())
        analyses[aid] = replace(
            analysis, times=timex.resolve_times(analysis.times, article.published)
        )
        articles.append(article)
    entities = entities_mod.canonicalize(articles, analyses, LinkSettings())
    found = find_conflicts([], articles, analyses, entities, [], [], CompareSettings())
    return [c for c in found if c.is_dispute and c.kind == "claim"]


def test_one_content_word_changed_in_one_quotation_is_a_rewording() -> None:
    assert reworded(GREENWAY_JAIL, GREENWAY_PRISON) == ("jail", "prison")


def test_a_paraphrase_or_a_dropped_word_is_no_rewording() -> None:
    assert reworded(HEARTS_A, HEARTS_B) is None
    # "realise" / "realize": one word spelt two ways
    assert (
        reworded(
            "We realise the gravity of what happened", "We realize the gravity of what happened"
        )
        is None
    )


def test_verb_forms_share_one_key() -> None:
    assert verb_key("lived") == verb_key("live") == verb_key("living") == verb_key("lives")
    assert verb_key("stopped") == verb_key("stop")
    assert verb_key("carried") == verb_key("carry")


def test_accounts_and_hedged_statements_are_no_outlet_claims() -> None:
    assert not readable(SOME_SAID)
    assert not readable(POLICE_ALLEGEDLY)
    assert readable(WOMAN_AT_SCENE)
    assert readable('Gary Ross has not departed "The Hunger Games."')  # a title in quotation marks


def test_a_negation_on_a_count_is_no_claim_of_the_act() -> None:
    assert _claims([("11_8", OSCE_NOT_ONLY), ("11_2", OSCE_SENT)]) == []


def test_a_partys_account_against_the_polices_is_no_claim() -> None:
    assert _claims([("19_a", SOME_SAID), ("19_b", POLICE_ALLEGEDLY)]) == []


def test_one_person_dead_at_the_scene_and_at_the_hospital_is_a_claim() -> None:
    found = _claims([("a", BOY_AT_SCENE), ("b", BOY_AT_HOSPITAL)])
    assert len(found) == 1
    values = sorted(v.value for v in found[0].variants)
    assert values == ["died at the hospital", "pronounced dead at the scene"]


def test_a_story_of_two_boys_puts_neither_in_one_state() -> None:
    assert _claims([("a", BOY_AT_SCENE), ("b", BOY_AT_HOSPITAL + " Two boys were shot.")]) == []
    # another person of that noun: "the woman" may be either
    assert (
        _claims(
            [
                ("a", WOMAN_AT_SCENE + " Another woman was hurt."),
                ("b", "The woman died at the hospital."),
            ]
        )
        == []
    )


def test_reports_of_different_days_are_two_moments() -> None:
    reports = [("a", BOY_AT_SCENE), ("b", BOY_AT_HOSPITAL)]
    assert _claims(reports, [date(2015, 3, 31), date(2015, 4, 7)]) == []


# GVC 688979 (dev): where the Toledo club shooting took place
CLUB_INSIDE = (
    "Police continue to search for the gunman who opened fire inside a crowded central Toledo nightclub "
    "over the weekend."
)
CLUB_OUTSIDE = (
    "At least three people were taken to the hospital after an early morning shooting outside a lounge "
    "called The Underground."
)


def test_the_event_told_inside_and_outside_a_place_is_a_claim() -> None:
    found = _claims([("a1", CLUB_INSIDE), ("47", CLUB_OUTSIDE)])
    assert len(found) == 1
    values = sorted(v.value for v in found[0].variants)
    assert values == [
        "inside a crowded central Toledo nightclub",
        "outside a lounge called The Underground",
    ]


def test_an_article_telling_both_sides_is_on_neither() -> None:
    # the inside report adds the outside one (a shooting that moved, or two scenes)
    assert _claims([("a1", CLUB_INSIDE + " " + CLUB_OUTSIDE), ("47", CLUB_OUTSIDE)]) == []
