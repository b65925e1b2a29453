"""Two articles of one outlet are one source: a newsroom's follow-up repeating its first
report (and the sidebar it prints under both) corroborates nothing. GVC incident 704906
(a deputy's shooting near Watsonville): two Santa Cruz Sentinel reports, days apart, and
one from ABC7; before, the story said "3 independent sources" and the Sentinel's list of
the county's earlier homicides, printed under both of its reports, was "corroborated"."""

from __future__ import annotations

import json

import pytest

from synoptic import pipeline
from synoptic.settings import Settings


def _incident(shared_dir, folder, gold: str):
    path = folder / f"{gold}.jsonl"
    with (shared_dir / "bench" / "stories-gvc" / "gvc.jsonl").open(encoding="utf-8") as lines, \
            path.open("w", encoding="utf-8") as out:
        for line in lines:
            rec = json.loads(line)
            if rec["gold"] == gold:
                out.write(json.dumps({k: rec[k] for k in ("id", "title", "text", "published", "url")}) + "\n")
    return pipeline.brief_paths([str(path)], Settings())


@pytest.fixture(scope="module")
def brief(shared_dir, tmp_path_factory):
    return _incident(shared_dir, tmp_path_factory.mktemp("gvc"), "704906")


def test_two_reports_of_one_outlet_count_once(brief):
    (story,) = brief.stories
    outlets = {a.id: a.outlet for a in brief.articles}
    assert len(story.articles) == 3 and len(set(outlets.values())) == 2
    assert story.independent_sources == 2
    one_outlet = [f for f in story.facts if len(f.articles) >= 2 and len({outlets[a] for a in f.articles}) == 1]
    assert one_outlet  # the sidebar's items, in both Sentinel reports
    assert all(f.independent_sources == 1 and f.status == "single_source" for f in one_outlet)
    two_outlets = [f for f in story.facts if len({outlets[a] for a in f.articles}) == 2]
    assert two_outlets and all(f.status == "corroborated" for f in two_outlets)


def test_a_wire_story_an_outlet_carries_is_the_agencys(shared_dir, tmp_path):
    # GVC 710200 (train): NBC Washington's own report and the AP story it carried beside it
    # are two newsrooms' reports, with FOX 5's three sources
    (story,) = _incident(shared_dir, tmp_path, "710200").stories
    assert story.independent_sources == 3
