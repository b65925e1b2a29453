"""The region of the stream's repair pass (`OnlineClusterer.repair`): which stories, and
which of their members, are grouped afresh, and how the new groups are written back.

On overflow of the budget the largest touched stories wait for the next pass
(`stream_repair_defer`). Optionally (`stream_repair_days`, off by default: it halved the
pass's CPU but lost F1 on the synthetic stream) a story's members far in time from the
articles placed since the last repair are frozen: they stay in their story and are not
re-clustered, so a long story costs the pass its recent part only. Its most recent
`stream_repair_recent` older members are always re-clustered with the newcomers: they
anchor the frozen part, which follows the group that holds most of them (so a newcomer
cut off by a silence does not take the story's past with it). Every article keeps exactly one story: a frozen part
whose story's key no new group inherits stays a story of its own under that key."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any


@dataclass
class Region:
    """The stories of one repair pass, each split into its active and frozen members."""

    keys: list[int] = field(default_factory=list)
    active: dict[int, list[str]] = field(default_factory=dict)
    frozen: dict[int, list[str]] = field(default_factory=dict)
    anchors: dict[int, set[str]] = field(default_factory=dict)  # older active members

    def members(self) -> list[str]:
        return [aid for key in self.keys for aid in self.active[key]]


def _window(new: set[str], features: dict[str, Any], days: int | None) -> tuple[date, date] | None:
    """The days whose members are re-clustered: those of the newcomers, `days` either side
    (None: every day; so are undated newcomers, which could belong anywhere)."""
    if days is None:
        return None
    dated = [features[aid].published for aid in new if aid in features]
    if not dated or any(d is None for d in dated):
        return None
    return min(dated) - timedelta(days=days), max(dated) + timedelta(days=days)


def split_story(members: list[str], new: set[str], features: dict[str, Any], window: tuple[date, date] | None,
                recent: int) -> tuple[list[str], list[str], set[str]]:
    """A story's active members (in its order), its frozen ones, and its anchors."""
    if window is None:
        return list(members), [], set()
    lo, hi = window
    old = [aid for aid in members if aid not in new]
    keep = set(old[-recent:]) if recent > 0 else set()
    active: list[str] = []
    frozen: list[str] = []
    for aid in members:
        day = features[aid].published
        if aid in new or aid in keep or day is None or lo <= day <= hi:
            active.append(aid)
        else:
            frozen.append(aid)
    return active, frozen, (keep or set(old)) & set(active) if frozen else set()


def choose_region(stories: dict[int, Any], todo: list[int], fresh: dict[str, set[int]], new: set[str],
                  story_of: dict[str, int], features: dict[str, Any], settings: Any) -> tuple[Region, list[int]]:
    """Touched stories first, then the stories most linked to them, within the size budget
    (counted in active members); returns the region and the touched stories deferred."""
    budget = max(2, settings.stream_repair_articles)
    window = _window(new, features, settings.stream_repair_days)
    region = Region()
    size = 0
    deferred: list[int] = []

    def take(key: int) -> bool:
        nonlocal size
        active, frozen, anchors = split_story(stories[key].members, new, features, window,
                                              settings.stream_repair_recent)
        if not active:
            return False
        if size + len(active) > budget and region.keys:
            return False
        region.keys.append(key)
        region.active[key], region.anchors[key] = active, anchors
        if frozen:
            region.frozen[key] = frozen
        size += len(active)
        return True

    # on overflow the largest stories wait for the next pass (the default) or the smallest
    largest_first = settings.stream_repair_defer == "smallest"
    for key in sorted(todo, key=lambda k: (-len(stories[k].members) if largest_first else len(stories[k].members), k)):
        if not take(key):
            deferred.append(key)  # not re-clustered this time: next pass
    # the largest first whatever was deferred: the order the grouping meets them in
    region.keys.sort(key=lambda k: (-len(stories[k].members), k))
    chosen = set(region.keys)
    links: Counter = Counter()
    # the stories near the articles placed since the last repair (found when each was
    # placed); older members were looked at by earlier passes
    for aid, near in fresh.items():
        if story_of.get(aid) in chosen:
            for other_key in near - chosen:
                if other_key in stories:
                    links[other_key] += 1
    for key, _ in links.most_common():
        take(key)
    return region, deferred


def regroup(stories: dict[int, Any], story_of: dict[str, int], features: dict[str, Any], region: Region,
            groups: list[list[str]], new_story: Callable[[], Any]) -> set[int]:
    """Write new groups over the region's stories, each keeping its best-overlapping old key;
    a story's frozen members go with the group that inherits its key."""
    shared: Counter = Counter()
    for gi, group in enumerate(groups):
        for aid in group:
            shared[(gi, story_of[aid])] += 1
    # a frozen part weighs with the group holding most of its story's anchors
    for key, frozen in region.frozen.items():
        home = Counter(gi for gi, group in enumerate(groups) for aid in group if aid in region.anchors[key])
        if home:
            gi = min(home, key=lambda g: (-home[g], g))
            shared[(gi, key)] += len(frozen)
    key_of: dict[int, int] = {}
    used: set[int] = set()
    # the largest overlaps choose first; ties go to the older story
    for (gi, key), _ in sorted(shared.items(), key=lambda item: (-item[1], item[0][1], item[0][0])):
        if gi not in key_of and key not in used:
            key_of[gi] = key
            used.add(key)
    changed: set[int] = set()
    for key in region.keys:
        if key in used:
            continue
        if key in region.frozen:  # its past stays a story of its own
            stories[key].members = list(region.frozen[key])
            stories[key].recompute_days(features)
            changed.add(key)
        else:
            del stories[key]  # every member moved elsewhere
    for gi, group in enumerate(groups):
        key = key_of.get(gi)
        story = stories[key] if key is not None else new_story()
        frozen = region.frozen.get(key, []) if key is not None else []
        if key is not None and set(group) == set(region.active[key]):
            continue
        # members keep their arrival order within the story
        order = {aid: i for i, aid in enumerate(story.members)}
        story.members = sorted([*group, *frozen], key=lambda aid: (order.get(aid, len(order)), aid))
        story.recompute_days(features)
        for aid in group:
            story_of[aid] = story.key
        changed.add(story.key)
    return changed
