"""The background prior of word rarity (`link/background.py`) and the cap on pairs surely
apart (`link/apart.py`), on small made-up inputs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pytest

from synoptic.link.apart import cap_apart
from synoptic.link.background import Background, background_for
from synoptic.link.event_days import DAY_PREFIX
from synoptic.link.features import Features
from synoptic.settings import LinkSettings
from synoptic.vectors import word_counts

pytest.importorskip("wordfreq")


def _buckets(text: str) -> np.ndarray:
    return word_counts([text]).indices.astype(np.int64)


def test_a_common_word_weighs_less_than_a_rare_one_in_a_pile_of_four() -> None:
    background = background_for(["en"], LinkSettings())
    words = _buckets("police knoxville")  # (buckets ascending: look each up alone)
    police, rare = (background.idf(4, np.array([2]), _buckets(w))[0] for w in ("police", "knoxville"))
    assert background.known and len(words) == 2
    assert police < rare  # both in two of the four articles: only the background tells them apart


def test_no_language_no_background_the_plain_idf() -> None:
    background = Background([None], 20, 400)
    assert not background.known
    idf = background.idf(4, np.array([1, 4]), _buckets("police the"))
    assert np.allclose(idf, np.log(5 / np.array([2.0, 5.0])) + 1.0)


def _article(aid: str, names: set[str], day: date) -> Features:
    return Features(id=aid, vector=np.ones(3, dtype=np.float32), names=frozenset(names), numbers=frozenset(),
                    published=day, when=frozenset({f"{DAY_PREFIX}{day.isoformat()}"}), language="en")


def test_two_events_of_other_days_and_other_rare_names_are_held_apart() -> None:
    settings = LinkSettings()
    knox = _article("a", {"knox", "archer", "hutton", "county"}, date(2016, 11, 4))
    gary = _article("b", {"gary", "lydell", "mclaurin", "county"}, date(2016, 11, 9))
    scores = np.full((2, 2), 2.0)
    capped = cap_apart(scores.copy(), [knox, gary], settings)
    assert capped[0, 1] == capped[1, 0] == settings.story_threshold - settings.story_apart_margin
    # one event: a rare name in common keeps the pair's score
    same = replace(gary, names=frozenset({"knox", "archer", "hutton", "county"}))
    assert cap_apart(scores.copy(), [knox, same], settings)[0, 1] == 2.0


def test_two_reports_of_one_day_naming_other_rare_places_and_people_are_held_apart() -> None:
    settings = LinkSettings()
    chicago = _article("a", {"englewood", "princeton", "danny", "javon", "perspectives", "chicago"}, date(2016, 11, 4))
    pennsylvania = _article("b", {"luzerne", "pittston", "geisinger", "xander", "flannery", "thompson"},
                            date(2016, 11, 4))
    scores = np.full((2, 2), 2.0)
    assert cap_apart(scores.copy(), [chicago, pennsylvania], settings)[0, 1] < settings.story_threshold
    few = replace(pennsylvania, names=frozenset({"luzerne", "pittston"}))  # too few to say
    assert cap_apart(scores.copy(), [chicago, few], settings)[0, 1] == 2.0


def test_rare_names_of_a_pile_are_each_article_s_own() -> None:
    """`rare_names` looks up all the pile's names at once: each article gets the names it
    would alone (one language: one background), common ones ("county", "police") left out."""
    from synoptic.link.apart import rare_names

    settings = LinkSettings()
    feats = [_article("a", {"knox", "archer", "hutton", "county"}, date(2016, 11, 4)),
             _article("b", set(), date(2016, 11, 4)),
             _article("c", {"gary", "lydell", "mclaurin", "police"}, date(2016, 11, 9))]
    together = rare_names(feats, settings)
    assert together == [rare_names([f], settings)[0] for f in feats]  # type: ignore[index]
    assert together[1] == frozenset() and "county" not in together[0] and "police" not in together[2]
    assert {"knox", "hutton"} <= together[0]
