"""The repair pass's region (`link/repair_region.py`): frozen members of long stories."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest

from synoptic.link.features import Features
from synoptic.link.online import OnlineClusterer, StoryState
from synoptic.link.repair_region import Region, regroup, split_story
from synoptic.settings import LinkSettings


def _feature(aid: str, day: date | None) -> Features:
    return Features(aid, np.ones(3, dtype=np.float32), frozenset(), frozenset(), day)


def _one_story_each(stories: dict[int, StoryState], story_of: dict[str, int]) -> None:
    held = [aid for story in stories.values() for aid in story.members]
    assert len(held) == len(set(held)) == len(story_of)
    assert all(story_of[aid] == key for key, story in stories.items() for aid in story.members)


def test_split_story_freezes_the_old_days_but_keeps_anchors() -> None:
    start = date(2020, 1, 1)
    features = {f"a{k}": _feature(f"a{k}", start + timedelta(days=k)) for k in range(20)}
    members = list(features)
    active, frozen, anchors = split_story(members, {"a19"}, features, (start + timedelta(days=16), start + timedelta(days=22)), 2)
    assert active == ["a16", "a17", "a18", "a19"] and frozen == members[:16]
    assert anchors == {"a17", "a18"}
    assert split_story(members, {"a19"}, features, None, 2) == (members, [], set())


@pytest.mark.parametrize("groups", [
    [["a4", "a5", "b3", "b4"]],  # the active parts of both stories join
    [["a4"], ["a5", "b3", "b4"]],  # one splits, its newest part joins the other
    [["a4", "b4"], ["a5", "b3"]],  # they cross
])
def test_every_article_keeps_exactly_one_story_with_frozen_parts(groups: list[list[str]]) -> None:
    features = {aid: _feature(aid, date(2020, 1, 1)) for aid in
                ["a1", "a2", "a3", "a4", "a5", "b1", "b2", "b3", "b4"]}
    stories = {1: StoryState(1, ["a1", "a2", "a3", "a4", "a5"]), 2: StoryState(2, ["b1", "b2", "b3", "b4"])}
    story_of = {aid: key for key, s in stories.items() for aid in s.members}
    region = Region(keys=[1, 2], active={1: ["a4", "a5"], 2: ["b3", "b4"]},
                    frozen={1: ["a1", "a2", "a3"], 2: ["b1", "b2"]}, anchors={1: {"a4"}, 2: {"b3"}})
    made = []

    def new_story() -> StoryState:
        made.append(StoryState(10 + len(made)))
        stories[made[-1].key] = made[-1]
        return made[-1]

    regroup(stories, story_of, features, region, groups, new_story)
    _one_story_each(stories, story_of)
    # a frozen part stays whole, never split nor merged with another story's past
    for frozen in region.frozen.values():
        assert len({story_of[aid] for aid in frozen}) == 1
    assert story_of["a1"] != story_of["b1"]
    # and it follows the group of its anchors when that group inherits its key
    assert story_of["a1"] == story_of["a4"] or story_of["b1"] == story_of["b3"]


@pytest.mark.parametrize("days", [None, 2])
def test_a_long_stream_with_frozen_parts_holds_every_article_once(days: int | None) -> None:
    rng = np.random.default_rng(0)
    axes = np.eye(8, dtype=np.float32)
    clusterer = OnlineClusterer(LinkSettings(stream_repair_days=days, stream_repair_recent=2, stream_repair_articles=40))
    start = date(2020, 1, 1)
    for k in range(240):
        topic = int(rng.integers(0, 3))
        v = axes[topic] + 0.4 * rng.normal(size=8).astype(np.float32)
        clusterer.add(Features(f"x{k}", v / np.linalg.norm(v), frozenset(), frozenset(), start + timedelta(days=k // 8)))
        if k % 16 == 15:
            clusterer.repair()
            _one_story_each(clusterer.stories, clusterer.story_of)
    assert len(clusterer.story_of) == 240
