"""Summaries on MultiLing 2011: Synoptic's 250-word brief beside the 2011 systems, same scorer.

Each of the 10 topics has 10 WikiNews reports and 3 human summaries (240-250 words) per
language; topics M000-M005 develop, M006-M009 test. The user's path: a topic's articles
are written as plain .txt files (the original files, first line "date headline") or as a
JSONL feed (title, date, language), and briefed by `synoptic.pipeline.brief_paths` with
`max_words` 250, as `synoptic brief FOLDER --max-words 250` would. The brief's summary is
that of its largest story (the brief a user reads for the topic; if the topic splits into
several stories, the others are lost, and that counts). The 2011 participants' summaries
(`peers/ID<n>/<Language>/`) are scored with the same scorer on the same topics.

Scorer: ROUGE-1/2 recall, averaged over a topic's model summaries, then over topics;
English with rouge-score and its Porter stemmer, other languages with lowercased unicode
words (comparable only within a table). A missing dependency is an error.

    python bench/summarize.py [--languages en,fr,ar] [--quick] [--split dev|test]

Test topics (M006-M009) are reported; settings are chosen on development (M000-M005)
only (`--split dev` runs those alone while tuning).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (  # noqa: E402
    DEV,
    MULTILING,
    SPLITS,
    TEST,
    Record,
    Result,
    load_multiling,
    multiling_peer,
    multiling_references,
    multiling_split,
    print_results,
    print_table,
    rouge_recall,
    rouge_scorer_for,
    write_jsonl,
    write_text_files,
)

COMMAND = "python bench/summarize.py"
WORDS = 250
PEERS = [f"ID{i}" for i in range(1, 11)]
PEER_NOTE = {"ID9": "centroid baseline", "ID10": "topline (reads the models)"}
WRITE_OVERRIDES: dict[str, float] = {}  # --set name=value: WriteSettings fields, for tuning on dev


def brief_summary(records: list[Record], metadata: bool, words: int = WORDS,
                  one_story: bool = False, by_thread: bool = False) -> tuple[str, int]:
    """The summary of the largest story of the brief of these articles, and the number of
    stories the brief made of them (`one_story`: as `synoptic brief --one-story`;
    `by_thread`: as `synoptic brief --by thread`, the summary of the largest thread's brief
    and the number of threads)."""
    from synoptic import pipeline
    from synoptic.render.json import to_dict
    from synoptic.settings import Settings

    settings = Settings(quiet=True, one_story=one_story, brief_by="thread" if by_thread else "story")
    for name, value in WRITE_OVERRIDES.items():
        setattr(settings.write, name, type(getattr(settings.write, name))(value))
    settings.write.max_words = words
    with tempfile.TemporaryDirectory(prefix="synoptic-summ-") as tmp:
        if metadata:
            paths = [str(write_jsonl(records, Path(tmp) / "articles.jsonl"))]
        else:
            paths = [str(p) for p in write_text_files(records, Path(tmp) / "files")]
        brief = to_dict(pipeline.brief_paths(paths, settings))
    stories = brief.get("threads", []) if by_thread else brief["stories"]
    if not stories:
        return "", 0
    top = max(stories, key=lambda s: len(s["articles"]))
    return "\n".join(s["text"] for s in top["summary"]), len(stories)


def evaluate(language: str, metadata: bool, topics: list[int], one_story: bool = False,
             by_thread: bool = False) -> dict:
    """Per topic ROUGE (R-1, R-2) of ours and of each peer, with words and stories per brief."""
    records = load_multiling((language,))
    scorer = rouge_scorer_for(language)
    out: dict = {"ours": {}, "peers": {}, "words": {}, "stories": {}, "seconds": {}}
    for topic in topics:
        refs = multiling_references(language, topic)
        started = time.perf_counter()
        summary, n_stories = brief_summary([r for r in records if r.gold == f"M00{topic}"], metadata,
                                           one_story=one_story, by_thread=by_thread)
        out["seconds"][topic] = time.perf_counter() - started
        out["ours"][topic] = rouge_recall(scorer, summary, refs)
        out["words"][topic] = len(summary.split())
        out["stories"][topic] = n_stories
        for peer in PEERS:
            text = multiling_peer(peer, language, topic)
            if text is not None:
                out["peers"].setdefault(peer, {})[topic] = rouge_recall(scorer, text, refs)
    return out


def _mean(per_topic: dict[int, tuple[float, float]], split: str, k: int) -> float | None:
    values = [v[k] for t, v in per_topic.items() if multiling_split(t) == split]
    return 100 * statistics.fmean(values) if values else None


VARIANTS = {
    "story": "feed (JSONL: title, date, language)",
    "files": "plain .txt files (the original files)",
    "one": "feed, --one-story (the topic briefed whole)",
    "thread": "feed, --by thread: thread brief (largest thread)",
}


def results(quick: bool = False, languages: tuple[str, ...] = ("en", "fr", "ar"),
            split: str | None = None, one_story: bool = True, thread: bool = True,
            story: bool = True) -> list[Result]:
    """Rows for each language: the feed, the plain files (not `quick`), the feed with
    `--one-story` (`one_story`: the topic given as the one story it is, as the MultiLing
    task gives it: the brief is not split by story detection) and the feed with `--by
    thread` (`thread`: the brief of the largest thread, across its stories; "stories per
    topic" is then threads per topic). `story` False: neither the feed nor the files rows."""
    if not MULTILING.is_dir():
        print(f"MultiLing 2011 not found at {MULTILING}; skipped", file=sys.stderr)
        return []
    out = []
    topics = [t for t in range(10) if split is None or multiling_split(t) == split]
    splits = [s for s in SPLITS if split is None or s == split]
    modes = (["story"] + ([] if quick else ["files"]) if story else []) + (["one"] if one_story else []) \
        + (["thread"] if thread else [])
    for language in languages:
        runs = {}
        for mode in modes:
            run = runs[mode] = evaluate(language, mode != "files", topics, mode == "one", mode == "thread")
            variant = VARIANTS[mode]
            peers = run["peers"]
            best = {s: max((p for p in peers if p != "ID10"), key=lambda p: _mean(peers[p], s, 1) or 0.0)
                    for s in splits}
            for k, measure in ((0, "ROUGE-1 recall x100"), (1, "ROUGE-2 recall x100")):
                ref = "; ".join(
                    f"{s}: best 2011 {best[s]} {_mean(peers[best[s]], s, k):.1f}, centroid ID9 "
                    f"{_mean(peers['ID9'], s, k):.1f}" for s in splits)
                out.append(Result(f"summary, MultiLing 2011 {language}", measure, _mean(run["ours"], TEST, k),
                                  _mean(run["ours"], DEV, k), variant, ref, COMMAND))
            unit = "threads" if mode == "thread" else "stories"
            out.append(Result(f"summary, MultiLing 2011 {language}", f"{unit} per topic (1 = held together)",
                              _avg(run["stories"], TEST), _avg(run["stories"], DEV), variant, "", COMMAND))
        # every language: the 2011 systems beside ours, test and development
        _print_peers(language, runs)
    return out


def _avg(per_topic: dict[int, float], split: str) -> float | None:
    values = [v for t, v in per_topic.items() if multiling_split(t) == split]
    return statistics.fmean(values) if values else None


def _print_peers(language: str, runs: dict[str, dict]) -> None:
    names = {"story": "synoptic (largest story)", "files": "synoptic, plain files (largest story)",
             "one": "synoptic --one-story", "thread": "synoptic --by thread (largest thread)"}
    rows = [(names[m], run["ours"]) for m, run in runs.items()]
    first = next(iter(runs.values()))
    rows += [(f"{p} {PEER_NOTE.get(p, '')}".strip(), v) for p, v in first["peers"].items()]
    seconds = "; ".join(f"{names[m]} {statistics.fmean(r['seconds'].values()):.1f} s" for m, r in runs.items())
    print(f"\nMultiLing 2011 {language}, ROUGE recall x100, every system on the same topics "
          f"(per 10-article brief: {seconds})")
    print_table(["system", "R-1 test", "R-2 test", "R-1 dev", "R-2 dev"],
                [(name, _mean(v, TEST, 0), _mean(v, TEST, 1), _mean(v, DEV, 0), _mean(v, DEV, 1))
                 for name, v in sorted(rows, key=lambda r: -(_mean(r[1], TEST, 1) or _mean(r[1], DEV, 1) or 0))])
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--languages", default="en,fr,ar", help="comma-separated: en,fr,ar,cs,el,he,hi")
    parser.add_argument("--quick", action="store_true", help="the feed rows only")
    parser.add_argument("--split", choices=[DEV, TEST], help="only these topics (tune with dev)")
    parser.add_argument("--no-one-story", action="store_true", help="skip the --one-story rows")
    parser.add_argument("--no-thread", action="store_true", help="skip the --by thread rows")
    parser.add_argument("--thread-only", action="store_true", help="only the --by thread rows")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="a WriteSettings field, to tune on --split development")
    args = parser.parse_args(argv)
    for item in args.set:
        name, _, value = item.partition("=")
        WRITE_OVERRIDES[name] = float(value)
    print_results(results(args.quick, tuple(x.strip() for x in args.languages.split(",") if x.strip()),
                          args.split, not args.no_one_story and not args.thread_only, not args.no_thread,
                          not args.thread_only))
    return 0


if __name__ == "__main__":
    sys.exit(main())
