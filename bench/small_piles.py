"""Story grouping on a user's small pile: many random piles of 5-40 articles, each written
as one JSONL file and grouped by `synoptic ingest FILE --db STORE` + `synoptic stories
--json` (the default batch size, a fresh store: what a user does with a folder of news).

A small pile is where the IDF over the batch knows least (four articles can not tell
"police" from a rare name) and where there is little linkage evidence; the full-corpus
benches (`bench/stories.py`) do not see that. Piles, drawn with a seed from each set's
development split (`--split test` once, at the end):

- GVC: 2-10 shootings next to each other in date order (a period's news of one kind of
  event), all their articles; gold the incident.
- ECB+: one or two topics, both sibling subtopics of each (two events of one kind), up
  to 40 articles drawn from them; gold the subtopic.
- MultiLing 2011: 2-4 topics, 2-5 reports of each in English, French or Arabic (a report
  sometimes with its translation); gold the topic.
- Wikinews-timeline: 5-40 articles of one topic in en/es/it/nl; gold the article's
  `parallel_id` (recall: its versions in one story; precision is reported, not targeted:
  different articles about one event may share a story).

    python bench/small_piles.py [--piles 12] [--seed 0] [--split development|test]
        [--datasets gvc,ecbplus,multiling,wikinews] [--src OTHER/src]

Prints B-cubed P/R/F1 per set (the mean over its piles) and the mean over sets.
`--src` groups with another checkout's code (main against a branch, one data draw).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (  # noqa: E402
    DEV,
    TEST,
    Record,
    bcubed,
    ingest_stories,
    load_ecbplus,
    load_gvc,
    load_multiling,
    load_wikinews,
    split_of,
)

MOST = 40
LEAST = 5


def _by(records: list[Record], key) -> dict[str, list[Record]]:
    out: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        out[key(r)].append(r)
    return dict(out)


def gvc_piles(records: list[Record], rng: random.Random, count: int) -> list[list[Record]]:
    incidents = _by(records, lambda r: r.gold)
    order = sorted(incidents, key=lambda g: (min(r.published or "" for r in incidents[g]), g))
    piles = []
    while len(piles) < count:
        width = rng.randint(2, 10)
        start = rng.randrange(0, max(1, len(order) - width))
        pile = [r for g in order[start:start + width] for r in incidents[g]][:MOST]
        if len(pile) >= LEAST:
            piles.append(pile)
    return piles


def ecbplus_piles(records: list[Record], rng: random.Random, count: int) -> list[list[Record]]:
    topics = _by(records, lambda r: r.gold.split("_")[0])
    names = sorted(topics)
    piles = []
    while len(piles) < count:
        chosen = rng.sample(names, rng.randint(1, 2))
        pool = [r for t in chosen for r in topics[t]]
        pile = rng.sample(pool, min(len(pool), rng.randint(LEAST, MOST)))
        if len({r.gold for r in pile}) > 1:
            piles.append(pile)
    return piles


def multiling_piles(records: list[Record], rng: random.Random, count: int) -> list[list[Record]]:
    topics = _by(records, lambda r: r.gold)
    reports = _by(records, lambda r: r.extra["report"])
    piles = []
    while len(piles) < count:
        pile: list[Record] = []
        for topic in rng.sample(sorted(topics), rng.randint(2, min(4, len(topics)))):
            names = sorted({r.extra["report"] for r in topics[topic]})
            for report in rng.sample(names, rng.randint(2, 5)):
                versions = sorted(reports[report], key=lambda r: r.id)
                pile += rng.sample(versions, 2 if rng.random() < 0.25 else 1)
        if len(pile) >= LEAST:
            piles.append(pile[:MOST])
    return piles


def wikinews_piles(records: list[Record], rng: random.Random, count: int) -> list[list[Record]]:
    topics = _by(records, lambda r: r.extra["topic"])
    names = sorted(topics)
    piles = []
    while len(piles) < count:
        pool = topics[rng.choice(names)]
        piles.append(rng.sample(pool, min(len(pool), rng.randint(LEAST, MOST))))
    return piles


SETS = {
    "gvc": (load_gvc, gvc_piles),
    "ecbplus": (load_ecbplus, ecbplus_piles),
    "multiling": (lambda: load_multiling(("en", "fr", "ar")), multiling_piles),
    "wikinews": (load_wikinews, wikinews_piles),
}


def run(datasets: list[str], piles: int, seed: int, split: str) -> dict[str, tuple[float, float, float, int]]:
    out = {}
    for name in datasets:
        load, draw = SETS[name]
        records = split_of(load(), split)
        rng = random.Random(f"{seed}-{name}")
        scores = []
        started = time.process_time()
        for pile in draw(records, rng, piles):
            rng.shuffle(pile)
            groups = ingest_stories(pile, True, batch_size=None)
            scores.append(bcubed(groups, {r.id: r.gold for r in pile}))
        p, r, f = (statistics.fmean(s[k] for s in scores) for k in range(3))
        sizes = f"{piles} piles"
        print(f"{name:10s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({sizes}, {time.process_time() - started:.0f} s CPU)",
              flush=True)
        out[name] = (p, r, f, piles)
    if out:
        mean = [statistics.fmean(v[k] for v in out.values()) for k in range(3)]
        print(f"{'mean':10s} P {mean[0]:.3f}  R {mean[1]:.3f}  F1 {mean[2]:.3f}")
    return out


def link_default(name: str, value: str) -> None:
    """Change a LinkSettings default in this process (every `Settings()` the CLI makes)."""
    import dataclasses
    import json

    from synoptic.settings import LinkSettings

    names = [f.name for f in dataclasses.fields(LinkSettings)]
    defaults = list(LinkSettings.__init__.__defaults__)
    at = names.index(name) - (len(names) - len(defaults))
    defaults[at] = type(defaults[at])(json.loads(value))
    LinkSettings.__init__.__defaults__ = tuple(defaults)
    print(f"(LinkSettings.{name} = {defaults[at]!r})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--piles", type=int, default=12, help="piles per set")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--split", default=DEV, choices=(DEV, TEST))
    parser.add_argument("--datasets", default=",".join(SETS))
    parser.add_argument("--src", type=Path, help="group with this checkout's src/ (main against a branch)")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="a LinkSettings default for this run (to search a setting)")
    args = parser.parse_args(argv)
    if args.src:
        sys.path.insert(0, str(args.src.resolve()))
    for item in args.set:
        link_default(*item.split("=", 1))
    run([d.strip() for d in args.datasets.split(",") if d.strip()], args.piles, args.seed, args.split)
    return 0


if __name__ == "__main__":
    sys.exit(main())
