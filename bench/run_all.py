"""Every benchmark in one table: test and development figures side by side, with each
input variant (a feed with metadata, plain files) on its own row.

Usage: python bench/run_all.py [--quick] [name ...]
       e.g. `python bench/run_all.py extraction summarize`
Names: extraction, summarize, syndication, stories, timex, when (their `results()`), and
entities, conflicts (run as scripts; they print their own tables). `--quick` keeps one
arrival order and the feed rows only. The shared data is read from ../shared; a benchmark
whose data is missing says so. Nothing is cached: a full run takes long on 2 cores.
"""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import Result, print_table  # noqa: E402

HERE = Path(__file__).resolve().parent
TABLED = ("extraction", "summarize", "syndication", "stories", "timex", "when")
SCRIPTS = ("entities", "conflicts")  # their own tables, run as they are


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", help=f"any of {', '.join(TABLED + SCRIPTS)} (default: all)")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    wanted = args.names or list(TABLED + SCRIPTS)
    unknown = set(wanted) - set(TABLED + SCRIPTS)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    results: list[Result] = []
    failed = []
    for name in wanted:
        started = time.perf_counter()
        print(f"=== {name} ===", file=sys.stderr, flush=True)
        if name in TABLED:
            module = importlib.import_module(f"bench.{name}")
            results += module.results(quick=args.quick)
        else:
            code = subprocess.call([sys.executable, str(HERE / f"{name}.py")])
            if code:
                failed.append(name)
        print(f"({name}: {time.perf_counter() - started:.0f} s)", file=sys.stderr, flush=True)
    if results:
        print("\nAll benchmarks: test (the figure to believe) and development (what settings were chosen on)")
        print_table(["benchmark", "measure", "input", "test", "development", "reference (same run)", "command"],
                    [(r.benchmark, r.measure, r.variant, r.test, r.development, r.reference, r.command)
                     for r in results])
    if failed:
        print("failed: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
