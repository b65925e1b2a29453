"""Builds the JSONL records (the user's input path) for the labelled entity stories of
`bench/data/entities/` from the data sets in ../shared, so no article text is committed.

An article's `ref` names its data set's own id: a MultiLing 2011 source file
(`M0010.english`), a GVC document id, or a Wikinews-timeline id (`en/127227`).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "bench"
MULTILING = SHARED / "summaries-multiling2011" / "SourceTexts"
GVC = SHARED / "stories-gvc" / "gvc.jsonl"
WIKINEWS = SHARED / "wikinews-timeline" / "docs.jsonl"
LANGUAGES = {"english": "en", "french": "fr", "arabic": "ar"}
_DATE_PREFIX = re.compile(r"^(\d{4})/(\d{2})/(\d{2})\s+")


@cache
def _jsonl(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as f:
        return {d["id"]: d for d in map(json.loads, f)}


def multiling_record(ref: str) -> dict:
    """First line is the headline (some start with a YYYY/MM/DD date); the rest is the text."""
    raw = (MULTILING / ref).read_text(encoding="utf-8").strip("\ufeff \n")
    first, _, rest = raw.partition("\n")
    published = None
    if m := _DATE_PREFIX.match(first):
        published = f"{m[1]}-{m[2]}-{m[3]}"
        first = first[m.end() :]
    language = LANGUAGES[ref.rsplit(".", 1)[1].lower()]
    return {"title": first.strip(), "text": rest.strip(), "published": published, "outlet": None,
            "url": None, "language": language}


def gvc_record(ref: str) -> dict:
    d = _jsonl(GVC)[ref]
    return {"title": d["title"], "text": d["text"], "published": d["published"], "outlet": None,
            "url": d.get("url"), "language": d.get("language", "en")}


def wikinews_record(ref: str) -> dict:
    """Line 1 of the text is the headline: it becomes the title."""
    d = _jsonl(WIKINEWS)[ref]
    first, _, rest = d["text"].partition("\n")
    return {"title": first.strip(), "text": rest.strip(), "published": d["published"], "outlet": None,
            "url": d.get("url"), "language": d["language"]}


READERS = {"multiling": multiling_record, "gvc": gvc_record, "wikinews": wikinews_record}


def story_records(story: dict) -> list[dict]:
    """One JSONL record per article of a labelled story, with the story's article ids."""
    return [{"id": a["id"], **READERS[a["dataset"]](a["ref"])} for a in story["articles"]]


def available() -> bool:
    return MULTILING.is_dir() and GVC.is_file() and WIKINEWS.is_file()
