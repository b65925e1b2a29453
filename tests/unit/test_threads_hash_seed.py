"""Threads do not depend on Python's string hashing: two processes with different
`PYTHONHASHSEED` give the same story profiles and the same threads. An article's names
are a frozenset, which iterates in an order the seed moves; a profile keeps its 60
heaviest names, and when more names weigh the same the cut fell by that order (GVC
development thread F1 0.504 / 0.514 / 0.515 / 0.527 under seeds 0-3).
Real input: 200 GVC train+development reports (date order), each its own story."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import synoptic

_RUN = """
import hashlib, json, sys
from datetime import date
from synoptic.link.features import article_features
from synoptic.link.threads import group_threads, story_profile
from synoptic.model import Article
from synoptic.settings import LinkSettings, ThreadSettings, VectorSettings
from synoptic.vectors import get_encoder
with open(sys.argv[1], encoding="utf-8") as f:
    rows = [r for r in map(json.loads, f) if r["split"] != "test"][:200]
articles = [Article(id=r["id"], source=r["id"], text=r["text"], title=r.get("title") or "", language="en",
                    published=date.fromisoformat(r["published"][:10])) for r in rows]
feats = article_features(articles, get_encoder(VectorSettings(encoder="tfidf", threads=1)), LinkSettings())
profiles = [story_profile(a.id, [f], a.published, a.published, ThreadSettings()) for a, f in zip(articles, feats)]
threads = sorted(sorted(g) for g in group_threads(profiles, ThreadSettings()))
print(json.dumps({"names": {p.id: sorted(p.names) for p in profiles}, "threads": threads}))
"""


def _threads_under(seed: int, gvc: Path) -> dict:
    src = str(Path(synoptic.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONHASHSEED": str(seed),
           "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", _RUN, str(gvc)], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_threads_are_the_same_under_any_string_hash_seed(shared_dir: Path) -> None:
    gvc = shared_dir / "bench" / "stories-gvc" / "gvc.jsonl"
    first, second = _threads_under(1, gvc), _threads_under(2, gvc)
    assert len(first["names"]) == 200 and any(len(n) == 60 for n in first["names"].values())  # some cut
    assert first["names"] == second["names"]
    assert first["threads"] == second["threads"]
