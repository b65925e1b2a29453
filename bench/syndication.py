"""Same origin through the user's path: which articles of a brief carry the same report.

MultiLing 2011 source texts: 10 topics x 10 WikiNews reports, here in English, French and
Arabic (`--languages` for more). The same report in several languages is one report
translated (same origin); different reports of a topic are independent coverage of the
same events (same names, often the same numbers: hard negatives). Each topic's articles
are written as plain .txt files (the original files) or as a JSONL feed (title, date,
language) and briefed by `synoptic.pipeline.brief_paths`; the brief's `origins` (in every
story: a topic split into stories loses the pairs across them) are scored pairwise
against the gold within each topic: precision, recall, F1 of "same origin" pairs, micro
over topics. Topics M000-M005 develop, M006-M009 test.

    python bench/syndication.py [--languages en,fr,ar] [--quick]

`bench/syndication_speed.py` times `link/dedup` alone on synthetic mixtures.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (  # noqa: E402
    DEV,
    MULTILING,
    TEST,
    Record,
    Result,
    load_multiling,
    multiling_split,
    print_results,
    write_jsonl,
    write_text_files,
)

COMMAND = "python bench/syndication.py"


def brief_origins(records: list[Record], metadata: bool) -> dict[str, str]:
    """Origin of each record id, from the brief of these articles."""
    from synoptic import pipeline
    from synoptic.render.json import to_dict
    from synoptic.settings import Settings

    with tempfile.TemporaryDirectory(prefix="synoptic-synd-") as tmp:
        if metadata:
            paths = [str(write_jsonl(records, Path(tmp) / "articles.jsonl"))]
            back = {r.id: r.id for r in records}
        else:
            paths = [str(p) for p in write_text_files(records, Path(tmp) / "files")]
            back = {p.stem: r.id for p, r in zip(map(Path, paths), records, strict=True)}
        brief = to_dict(pipeline.brief_paths(paths, Settings(quiet=True)))
    owner = {}
    for story in brief["stories"]:
        for origin in story["origins"]:
            for article in origin["articles"]:
                rid = back.get(article) or back.get(article.rsplit("_", 1)[0])
                owner[rid] = f"{story['id']}/{origin['id']}"
    return owner


def pair_counts(records: list[Record], owner: dict[str, str]) -> tuple[int, int, int]:
    """(true positive, false positive, false negative) same-origin pairs."""
    tp = fp = fn = 0
    for a, b in itertools.combinations(records, 2):
        gold = a.extra["report"] == b.extra["report"]
        pred = a.id in owner and owner.get(a.id) == owner.get(b.id)
        tp += pred and gold
        fp += pred and not gold
        fn += gold and not pred
    return tp, fp, fn


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def results(quick: bool = False, languages: tuple[str, ...] = ("en", "fr", "ar")) -> list[Result]:
    if not MULTILING.is_dir():
        print(f"MultiLing 2011 not found at {MULTILING}; skipped", file=sys.stderr)
        return []
    records = load_multiling(languages)
    out = []
    for metadata in (True,) if quick else (True, False):
        counts = {TEST: [0, 0, 0], DEV: [0, 0, 0]}
        for topic in range(10):
            part = [r for r in records if r.gold == f"M00{topic}"]
            for k, v in enumerate(pair_counts(part, brief_origins(part, metadata))):
                counts[multiling_split(topic)][k] += v
        scores = {s: prf(*c) for s, c in counts.items()}
        variant = ("feed (JSONL: title, date, language)" if metadata else "plain .txt files (the original files)")
        for k, measure in enumerate(("pair precision", "pair recall", "pair F1")):
            out.append(Result(f"same origin, MultiLing {'/'.join(languages)} translations", measure,
                              scores[TEST][k], scores[DEV][k], variant,
                              f"gold pairs: test {counts[TEST][0] + counts[TEST][2]}, dev {counts[DEV][0] + counts[DEV][2]}"
                              if k == 2 else "", COMMAND))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--languages", default="en,fr,ar", help="comma-separated: en,fr,ar,cs,el,he,hi")
    parser.add_argument("--quick", action="store_true", help="the feed rows only")
    args = parser.parse_args(argv)
    print_results(results(args.quick, tuple(x.strip() for x in args.languages.split(",") if x.strip())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
