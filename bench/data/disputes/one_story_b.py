"""The disputes Synoptic reports when a part-B story's articles are built as ONE story.

`synoptic brief` first clusters the articles, and a MultiLing topic (one development over
weeks) or a Wikinews series often falls apart into single-article stories that cannot
disagree. To judge the comparison itself, this builds the gold story's articles as one
story with the real stages (`pipeline.prepare` + `pipeline.build_story`, as
`bench/conflicts.py --ecb` does for ECB+) and prints the disputes the renderers would show
(neither `imprecise` nor `over_time`), each variant with a little context, as JSON lines.

Usage: PYTHONPATH=src python bench/data/disputes/one_story_b.py bench/data/disputes/jsonl/<story_id>.jsonl [--hidden]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from synoptic import pipeline, vectors
from synoptic.model import Conflict
from synoptic.read.files import jsonl_documents
from synoptic.render.json import conflict_dict
from synoptic.settings import Settings


def one_story_disputes(path: Path, hidden: bool = False) -> list[dict]:
    settings = Settings()
    lines = path.read_text(encoding="utf-8").splitlines()
    prepared = pipeline.prepare(jsonl_documents(lines, str(path)), settings)
    encoder = vectors.get_encoder(settings.vectors)
    story = pipeline.build_story("one", prepared.articles, prepared.analyses, encoder, settings)
    texts = {a.id: a.text for a in prepared.articles}
    found = []
    for conflict in map(conflict_dict, story.conflicts):
        if not (hidden or Conflict.dict_is_dispute(conflict)):
            continue
        for variant in conflict["variants"]:
            variant["context"] = [
                texts[m["article"]][max(0, m["start"] - 80) : m["end"] + 80].replace("\n", " ")
                for m in variant["mentions"][:2]
            ]
            del variant["mentions"]
        found.append(conflict)
    return found


def main() -> None:
    hidden = "--hidden" in sys.argv[2:]  # also the imprecise and over-time conflicts
    for conflict in one_story_disputes(Path(sys.argv[1]), hidden):
        print(json.dumps(conflict, ensure_ascii=False))


if __name__ == "__main__":
    main()
