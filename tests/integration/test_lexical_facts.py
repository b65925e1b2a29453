"""A language the neural encoder does not know is aligned by its words, weighed by how rare
they are among the story's sentences: the words of the topic say nothing of which fact a
sentence states. MultiLing 2011 M004 in Greek (development, CC BY 3.0, see NOTICE), the
ten reports of the Bali climate talks briefed as one story: before, one "corroborated" fact
held what the Kyoto protocol includes, what China wants and what the US has not ratified."""

from __future__ import annotations

import json

import pytest
from bench.common import load_multiling

from synoptic import pipeline
from synoptic.settings import Settings


@pytest.fixture(scope="module")
def story(shared_dir, tmp_path_factory):
    records = [r for r in load_multiling(["el"]) if r.id.startswith("M004")]
    path = tmp_path_factory.mktemp("el") / "m004.jsonl"
    path.write_text("".join(json.dumps({"id": r.id, "title": r.title, "text": r.text, "language": "el",
                                        "published": r.published}) + "\n" for r in records), encoding="utf-8")
    settings = Settings(quiet=True)
    settings.one_story = True
    (built,) = pipeline.brief_paths([str(path)], settings).stories
    return built


def _fact_of(story, opening: str) -> str:
    return next(f.id for f in story.facts for m in f.mentions if m.text.startswith(opening))


def test_sentences_on_one_topic_are_not_one_fact(story):
    assert _fact_of(story, "Η Κίνα θέλει") != _fact_of(story, "Ενώ το πρωτόκολλο του Κιότο")
    assert sum(len(f.articles) >= 4 for f in story.facts) <= 5  # ten before (English, by USE: seven)
