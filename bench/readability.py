"""Would a reader publish the brief? Counts of what a reader would not, over the shared benchmarks.

Every gold story of the shared benchmarks (MultiLing 2011 topics in English, French and
Arabic alone and the three mixed, GVC incidents, Wikinews articles with their en/es/it/nl
versions, ECB+ subtopics) goes through `synoptic brief` as a user gives it: plain .txt
files, and a JSONL feed with titles, dates, URLs and languages (`pipeline.brief_paths`, as
`synoptic brief FOLDER` and `synoptic brief articles.jsonl` do). Over every story of every
brief it counts:

- dateline-led: summary sentences opening with a dateline, byline or wire credit
  ("NAIROBI, Kenya (AP) _", "HOUSTON (AP) -", "By ...");
- dangling: summary sentences opening on a pronoun or connective ("He", "But", "The two",
  per language) that do not directly follow the sentence before them in their article;
- mixed-language briefs: stories whose summary holds a sentence in a language other than
  the brief's without saying so (the `language` mark);
- timeline entries out of window: entries of `timeline` (not `background`) that are not a
  day within the story's articles' dates (or its reference date) a week either side;
- empty titles.
Each must be zero. Speed is not measured here.

    python bench/readability.py [--datasets gvc,wikinews,ecbplus,multiling,multiling-mixed]
                                [--inputs jsonl,files] [--limit N] [--split development|test]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (  # noqa: E402
    Record,
    load_ecbplus,
    load_gvc,
    load_multiling,
    load_wikinews,
    print_table,
    write_jsonl,
    write_text_files,
)

COMMAND = "python bench/readability.py"
WINDOW_DAYS = 7
MEASURES = ("dateline-led", "dangling", "mixed-language briefs", "timeline out of window", "empty titles")

_WEEKDAY = ("(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi"
            "|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|الأحد|الاحد|الإثنين|الاثنين"
            "|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)")
_DATE = r"(?:\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?[,،]?\s+(?:de\s+)?|[^\W\d_]{3,12}\.?\s+\d{1,2}[,،]?\s+)(?:19|20)\d\d"
# independent of the brief's own rules: what a dateline or credit looks like at a sentence's start
_DATELINE = re.compile(
    r"^\s*(?:[^\W\d_][^()\n]{0,60}?\s*)?\((?:AP|Reuters|AFP|UPI|CNN|dpa|EFE|ANSA|Xinhua|[A-Z]{2,6})\)\s*(?:--|[-–—_:])"
    r"|^\s*\((?:AP|Reuters|AFP|UPI|CNN|dpa|EFE|ANSA|Xinhua)\)"
    r"|^\s*[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)*\s*(?:--|[–—_]|-\s)"
    r"|^\s*By\s+[A-Z][\w.'’-]*\s+[A-Z]"
    # a dateline's date run into the sentence: "Tuesday, January 18, 2005 Through ...",
    # "الثلاثاء 18 يناير، 2005 ومن ...": a weekday and a date with its year, or such a date
    # before a capital
    rf"|^\s*(?:{_WEEKDAY}[,،]?\s+){_DATE}\s*[,،:]?\s*[^\W\d_]"
    rf"|^\s*{_DATE}\s*[,،:]?\s*[A-Z]"
)


def stories_of(dataset: str) -> list[tuple[str, list[Record]]]:
    """The gold stories of a data set: (name, its articles)."""
    groups: dict[str, list[Record]] = defaultdict(list)
    if dataset == "multiling":
        for r in load_multiling(("en", "fr", "ar")):
            groups[f"{r.gold}.{r.language}"].append(r)
    elif dataset == "multiling-mixed":
        for r in load_multiling(("en", "fr", "ar")):
            groups[r.gold].append(r)
    elif dataset == "gvc":
        for r in load_gvc():
            groups[r.gold].append(r)
    elif dataset == "wikinews":
        for r in load_wikinews():
            groups[r.gold].append(r)
    elif dataset == "ecbplus":
        for r in load_ecbplus():
            groups[r.gold].append(r)
    else:
        raise SystemExit(f"unknown data set {dataset!r}")
    return sorted(groups.items())


def brief_of(records: list[Record], metadata: bool) -> dict:
    from synoptic import pipeline
    from synoptic.render.json import to_dict
    from synoptic.settings import Settings

    settings = Settings(quiet=True)
    with tempfile.TemporaryDirectory(prefix="synoptic-read-") as tmp:
        if metadata:
            paths = [str(write_jsonl(records, Path(tmp) / "articles.jsonl"))]
        else:
            paths = [str(p) for p in write_text_files(records, Path(tmp) / "files")]
        return to_dict(pipeline.brief_paths(paths, settings))


def _code(language: str | None) -> str | None:
    return language.split("-")[0].lower() if language else None


def _window(story: dict, articles: dict[str, dict]) -> tuple[str, str] | None:
    dates = [articles[a]["published"] for a in story["articles"] if articles[a].get("published")]
    if not dates and story.get("reference_date"):
        dates = [story["reference_date"]]
    if not dates:
        return None
    lo, hi = date.fromisoformat(min(dates)), date.fromisoformat(max(dates))
    return (lo - timedelta(days=WINDOW_DAYS)).isoformat(), (hi + timedelta(days=WINDOW_DAYS)).isoformat()


def count(brief: dict, examples: list[str]) -> dict[str, int]:
    """The five counts over every story of one brief; offending texts go to `examples`."""
    from synoptic.write.standalone import dangles

    articles = {a["id"]: a for a in brief["articles"]}
    out = dict.fromkeys(MEASURES, 0) | {"stories": 0, "sentences": 0, "timeline": 0}
    for story in brief["stories"]:
        out["stories"] += 1
        if not (story.get("title") or "").strip():
            out["empty titles"] += 1
            examples.append(f"empty title: story of {len(story['articles'])} articles")
        previous = None
        unmarked: set[str] = set()
        for s in story["summary"]:
            out["sentences"] += 1
            span = s.get("span") or {}
            code = _code(articles.get(span.get("article"), {}).get("language"))
            if _DATELINE.match(s["text"]):
                out["dateline-led"] += 1
                examples.append(f"dateline: {s['text'][:90]}")
            if dangles(s["text"], code):
                text = articles.get(span.get("article"), {}).get("text", "")
                glued = (previous is not None and previous.get("article") == span.get("article")
                         and not text[previous["end"]:span["start"]].strip())
                if not glued:
                    out["dangling"] += 1
                    examples.append(f"dangling: {s['text'][:90]}")
            if code and not s.get("language"):
                unmarked.add(code)
            previous = span or None
        language = story.get("language")
        if len(unmarked) > 1 or (language and unmarked - {language}):
            out["mixed-language briefs"] += 1
            examples.append(f"mixed: {sorted(unmarked)} in a {language} brief")
        window = _window(story, articles)
        for entry in story["timeline"]:
            out["timeline"] += 1
            if window and (entry["precision"] != "day" or not window[0] <= entry["date"] <= window[1]):
                out["timeline out of window"] += 1
                examples.append(f"out of window {window}: {entry['date']} {entry['text'][:70]}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--datasets", default="gvc,wikinews,ecbplus,multiling,multiling-mixed")
    parser.add_argument("--inputs", default="jsonl,files", help="jsonl (a feed with dates), files (.txt)")
    parser.add_argument("--limit", type=int, default=0, help="at most this many stories a data set (0: all)")
    parser.add_argument("--split", choices=["development", "test"], help="only this split's stories")
    parser.add_argument("--examples", type=int, default=5, help="offending texts to print per row")
    args = parser.parse_args(argv)
    rows, totals = [], dict.fromkeys(MEASURES, 0)
    for dataset in [d.strip() for d in args.datasets.split(",") if d.strip()]:
        groups = stories_of(dataset)
        if args.split:
            groups = [(n, rs) for n, rs in groups if rs[0].split == args.split]
        if args.limit:
            groups = groups[: args.limit]
        for inputs in [i.strip() for i in args.inputs.split(",") if i.strip()]:
            started, examples = time.perf_counter(), []
            sums: dict[str, int] = defaultdict(int)
            for _name, records in groups:
                for k, v in count(brief_of(records, inputs == "jsonl"), examples).items():
                    sums[k] += v
            for k in MEASURES:
                totals[k] += sums[k]
            rows.append((dataset, inputs, len(groups), sums["stories"], sums["sentences"], sums["timeline"],
                         *(sums[k] for k in MEASURES), f"{time.perf_counter() - started:.0f}"))
            print(f"{dataset} / {inputs}: {len(groups)} gold stories; " + ", ".join(
                f"{k} {sums[k]}" for k in ("stories", "sentences", "timeline", *MEASURES)), file=sys.stderr, flush=True)
            for e in examples[: args.examples]:
                print(f"  {e}", file=sys.stderr)
    print_table(["data set", "input", "gold stories", "brief stories", "summary sentences", "timeline entries",
                 *MEASURES, "seconds"], rows)
    print("\ntotal: " + ", ".join(f"{k} {v}" for k, v in totals.items()) + f"   ({COMMAND})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
