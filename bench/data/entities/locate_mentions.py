"""Fills the `mentions` of a labelled story's entities by locating, in each article as the
system reads it (title, blank line, text), every hand-listed surface form (`aliases`),
longest first, case-sensitive, on word boundaries, without overlaps. The annotator lists the
forms after reading the articles; this only spares writing offsets by hand. An entity whose
forms are ambiguous in the story (e.g. "Apple" for two companies) carries `"locate": false`
and its mentions are written by hand.

    python bench/data/entities/locate_mentions.py bench/data/entities/<story>.json ...
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from entity_records import story_records  # noqa: E402


def article_text(record: dict) -> str:
    return f"{record['title']}\n\n{record['text']}"


def locate(story: dict) -> dict:
    texts = {r["id"]: article_text(r) for r in story_records(story)}
    forms = sorted(
        ((alias, i) for i, e in enumerate(story["entities"]) if e.get("locate", True) for alias in e["aliases"]),
        key=lambda x: -len(x[0]),
    )
    found: dict[int, list[dict]] = {i: [] for i, e in enumerate(story["entities"]) if e.get("locate", True)}
    for art, text in texts.items():
        taken = [False] * len(text)
        for alias, i in forms:
            for m in re.finditer(rf"(?<!\w){re.escape(alias)}(?!\w)", text):
                if any(taken[m.start() : m.end()]):
                    continue
                taken[m.start() : m.end()] = [True] * (m.end() - m.start())
                found[i].append({"article": art, "text": alias, "start": m.start()})
    for i, mentions in found.items():
        story["entities"][i]["mentions"] = sorted(mentions, key=lambda m: (m["article"], m["start"]))
    return story


def main(paths: list[str]) -> None:
    for path in paths:
        story = locate(json.loads(Path(path).read_text(encoding="utf-8")))
        Path(path).write_text(json.dumps(story, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        counts = {e["name"]: len(e.get("mentions", [])) for e in story["entities"]}
        missing = [n for n, c in counts.items() if c == 0]
        print(f"{path}: {sum(counts.values())} mentions" + (f"; NOT FOUND: {missing}" if missing else ""))


if __name__ == "__main__":
    main(sys.argv[1:])
