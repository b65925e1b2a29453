"""A silence in a story's coverage (`events.silence_runs`): a follow-up weeks later stays
with its event when the two clearly are one; never across more than `story_quiet_days`.
Real articles: the first 50 of GVC (`stories-gvc/gvc.jsonl`, CC BY 4.0, dated local news
about different shootings), grouped as a batch."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from synoptic.link.stories import cluster_batch
from synoptic.model import Article
from synoptic.settings import LinkSettings
from tests.unit.story_parts import gvc_articles
from tests.unit.test_stream_resume import TfidfEncoder

# GVC incident 272869: "Youth dead after shooting incident" and, 11 days later, "Mom
# involved in Montfort shooting has died" (the same shooting: the mother who was shot)
DEATH, FOLLOW_UP = "a9fb9cda", "e0ff4a5f"


def _articles(shared_dir: Path, count: int = 50) -> list[Article]:
    return gvc_articles(shared_dir, count)


def _together(groups: list[list[str]], a: str, b: str) -> bool:
    (ga,) = [g for g in groups if any(x.startswith(a) for x in g)]
    return any(x.startswith(b) for x in ga)


def test_a_follow_up_weeks_later_stays_with_its_event_when_clearly_the_same(shared_dir: Path) -> None:
    articles = _articles(shared_dir)
    assert {a.title[:33] for a in articles if a.id.startswith((DEATH, FOLLOW_UP))} == {
        "Youth dead after shooting inciden", "Mom involved in Montfort shooting"}
    encoder = TfidfEncoder([a.text for a in articles])
    settings = LinkSettings()
    assert settings.story_evidence_days < 11 <= settings.story_quiet_days
    assert _together(cluster_batch(articles, encoder, settings), DEATH, FOLLOW_UP)
    # without that much evidence (a margin above their mean score) the silence holds
    assert not _together(cluster_batch(articles, encoder, replace(settings, story_bridge_margin=20.0)),
                         DEATH, FOLLOW_UP)
    # and no evidence bridges a silence longer than the quiet period
    assert not _together(cluster_batch(articles, encoder, replace(settings, story_quiet_days=10.0)),
                         DEATH, FOLLOW_UP)
