"""`synoptic brief --by thread` (#20): one brief per thread, across its stories.

Input: MultiLing 2011 topic M002 in English (WikiNews, CC BY 3.0; a development topic), its
ten reports as a JSONL feed, as `bench/summarize.py` gives them: fifteen British sailors
seized by Iran on 23 March 2007, released after Ahmadinejad's announcement of 4 April, an
inquiry in June. Story grouping splits the reports into stories of the seizure and of the
release; the thread holds them, and its brief tells both.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bench.common import MULTILING, load_multiling, write_jsonl

from synoptic import pipeline
from synoptic.render import markdown
from synoptic.render.json import to_dict
from synoptic.settings import Settings

pytestmark = pytest.mark.slow


def _brief(path: Path, by: str) -> dict:
    settings = Settings(quiet=True, brief_by=by)
    settings.write.max_words = 250
    return json.loads(json.dumps(to_dict(pipeline.brief_paths([str(path)], settings))))


@pytest.fixture(scope="module")
def briefs(shared_dir, tmp_path_factory) -> tuple[dict, dict]:
    if not MULTILING.is_dir():
        pytest.skip(f"MultiLing 2011 data not found at {MULTILING}")
    records = [r for r in load_multiling(("en",)) if r.gold == "M002"]
    path = write_jsonl(records, tmp_path_factory.mktemp("m002") / "m002.jsonl")
    return _brief(path, "story"), _brief(path, "thread")


def test_default_brief_is_unchanged_and_has_no_threads(briefs):
    by_story, by_thread = briefs
    assert "threads" not in by_story
    # the stories of a thread brief run are the default run's, field for field
    assert by_thread["stories"] == by_story["stories"]


def test_threads_partition_the_stories(briefs):
    _, data = briefs
    stories = {s["id"]: s for s in data["stories"]}
    seen = [sid for t in data["threads"] for sid in t["stories"]]
    assert sorted(seen) == sorted(stories)
    for thread in data["threads"]:
        assert thread["level"] == "thread" and thread["main_story"] in thread["stories"]
        assert all(stories[s]["thread"] == thread["id"] for s in thread["stories"])
        members = {a for s in thread["stories"] for a in stories[s]["articles"]}
        assert set(thread["articles"]) == members
        # every story field is there (the thread brief is read as a story's is)
        assert set(stories[thread["stories"][0]]) <= set(thread)


def test_thread_brief_leads_with_the_main_event_and_tells_the_release(briefs):
    _, data = briefs
    stories = {s["id"]: s for s in data["stories"]}
    thread = max(data["threads"], key=lambda t: len(t["articles"]))
    assert len(thread["stories"]) >= 2
    main = stories[thread["main_story"]]
    assert main["independent_sources"] == max(stories[s]["independent_sources"] for s in thread["stories"])
    assert thread["title"] == main["title"]
    texts = {a["id"]: a["text"] for a in data["articles"]}
    summary = thread["summary"]
    assert sum(len(s["text"].split()) for s in summary) <= 250
    for s in summary:  # spans stay exact
        span = s["span"]
        assert texts[span["article"]][span["start"]:span["end"]] == span["text"] == s["text"]
    # the lead: "Fifteen British Royal Navy personnel have been captured by Iranian authorities
    # at gunpoint in the Persian Gulf ..." (the seizure, from the main story)
    assert summary[0]["span"]["article"] in main["articles"]
    assert "captured" in summary[0]["text"]
    # a later story of the thread speaks too: "Iranian President Mahmoud Ahmadinejad has
    # announced that the fifteen British captured navy personnel ... will be released"
    story_of = {a: s for s in thread["stories"] for a in stories[s]["articles"]}
    told = {story_of[s["span"]["article"]] for s in summary}
    assert len(told) >= 2
    assert any("Ahmadinejad" in s["text"] and "announced" in s["text"] for s in summary)
    # one timeline across the thread: the seizure's day and the release's
    days = {e["date"] for e in thread["timeline"]}
    assert {"2007-03-23", "2007-04-04"} <= days


def test_markdown_shows_the_threads_stories(briefs):
    _, data = briefs
    text = markdown.render(data)
    thread = max(data["threads"], key=lambda t: len(t["articles"]))
    assert f"A developing topic: {len(thread['stories'])} stories, {thread['first_day']} – {thread['last_day']}" \
        in text.replace("\\", "")
    assert "(main story)" in text
    assert text.count("\n# ") + text.startswith("# ") == len(data["threads"])
