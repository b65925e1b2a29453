"""One report in four languages quotes its speaker once, not once a language (Wikinews
development, the iPhone's launch in en/es/it/nl, CC BY 3.0: the brief listed the same
words of Steve Jobs four times, two of them unattributed)."""

from __future__ import annotations

import json
from pathlib import Path

from synoptic.pipeline import brief_from_documents
from synoptic.read import read_paths
from synoptic.settings import Settings


def test_translations_of_one_quote_are_one_quote_with_a_wording_per_language(shared_dir: Path, tmp_path: Path) -> None:
    rows = [json.loads(line) for line in (shared_dir / "bench/wikinews-timeline/docs.jsonl").open(encoding="utf-8")]
    launch = [r for r in rows if r["split"] == "trial" and str(r["parallel_id"]) == "58207"]
    assert len(launch) == 4
    feed = tmp_path / "launch.jsonl"  # as a user feeds it
    keys = ("id", "title", "text", "language", "published")
    feed.write_text("".join(json.dumps({k: r[k] for k in keys}) + "\n" for r in launch), encoding="utf-8")
    settings = Settings()
    settings.one_story = True
    (story,) = brief_from_documents(read_paths([str(feed)], settings.read), settings).stories
    said = [q for q in story.quotes if q.speaker_name == "Steve Jobs"]
    assert len(said) == 1 and len(said[0].articles) == 4
    assert said[0].text.startswith("Today Apple is going to reinvent the phone")  # the brief's language
    assert {v.text[:4] for v in said[0].variants} >= {"Toda", "hoy ", "Oggi"}
    assert not story.conflicts  # one report's translations dispute nothing
