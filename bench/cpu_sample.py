"""Where the ingesting process's CPU goes, by sampling its stack on CPU time (no tracing).

cProfile (`scale.py --profile`, `--profile-slices`) charges every Python call its own
overhead, which inflates code made of many small calls several times over (#23: a
generator over a text's characters showed 0.96 ms an article under cProfile, 0.035 ms
timed alone). Here a SIGPROF timer (`ITIMER_PROF`, every 2 ms of this process's CPU)
records the interpreter's stack; each function's share of the samples is its share of
the CPU, its own (the innermost Python frame, C calls it makes included) and cumulative.
Synthetic articles as `scale.py` makes them, `synoptic ingest`'s defaults (the encoder in
its helper process); samples from article `--skip` on (the start's imports and first
batches apart). Linux/macOS (SIGPROF). The helper's CPU per article over the same span is
read from /proc; with `--helper-spy PATH` (py-spy's binary: `pip install py-spy`) its
stack is sampled too, by py-spy attached to it over that span (Linux, ptrace allowed).

    .venv/bin/python bench/cpu_sample.py --size 3000 --skip 512 [--helper-spy py-spy]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import resource
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from proc import StackSampler  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(ROOT / "src"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=3000, help="synthetic articles to ingest")
    parser.add_argument("--skip", type=int, default=512, help="articles ingested before sampling starts")
    parser.add_argument("--top", type=int, default=40, help="functions listed, each way")
    parser.add_argument("--helper-spy", default=None, help="py-spy's binary: sample the encoder's helper too")
    parser.add_argument("--batch", type=int, default=None,
                        help="articles per transaction [default: settings.store.batch_size]")
    parser.add_argument("--store-set", action="append", default=[], metavar="NAME=VALUE",
                        help="a StoreSettings field for this run, e.g. threads_every=0 (JSON value)")
    args = parser.parse_args(argv)
    from scale import synthetic_documents
    from synoptic.executors import get_executor
    from synoptic.ingest import Ingester
    from synoptic.settings import Settings
    from synoptic.store import Store

    sampler = StackSampler()

    marks: dict[str, float] = {}
    spy = HelperSpy(args.helper_spy)

    def progress(stage: str, done: int, total: int) -> None:
        if done >= args.skip and not sampler.on:
            sampler.on = True
            marks["cpu0"], marks["done0"] = time.process_time(), done
            spy.start()
        marks["cpu1"], marks["done1"] = time.process_time(), done
        marks["helper1"] = spy.cpu()
        marks["helper_peak"] = spy.peak_mb()

    sampler.install()
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'sample.db'}")
        runner = get_executor("local")
        settings = Settings(quiet=True)
        for item in args.store_set:
            name, value = item.split("=", 1)
            setattr(settings.store, name, type(getattr(settings.store, name))(json.loads(value)))
        batch = args.batch or settings.store.batch_size
        Ingester(store).ingest(synthetic_documents(args.size), settings, executor=runner, progress=progress,
                               batch_size=batch)
        sampler.stop()
        spy.stop()
        runner.close()
        store.close()
    if "cpu0" not in marks or marks["done1"] <= marks["done0"]:
        print("nothing sampled: --skip is past the run's end")
        return
    articles = marks["done1"] - marks["done0"]
    cpu = marks["cpu1"] - marks["cpu0"]
    per = 1000 * cpu / max(1, sampler.samples) / articles  # ms an article a sample stands for
    print(f"articles {marks['done0']:.0f}..{marks['done1']:.0f}: this process's CPU {1000 * cpu / articles:.2f} ms "
          f"an article, {sampler.samples} samples, load average {os.getloadavg()[0]:.1f}; batch {batch} "
          f"{' '.join(args.store_set)}; peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB, "
          f"the encoder's helper {marks.get('helper_peak', 0.0):.0f} MB")
    sampler.print_top(per, args.top)
    if spy.cpu0 is not None and marks.get("helper1") is not None:
        helper = marks["helper1"] - spy.cpu0
        print(f"the encoder's helper process: CPU {1000 * helper / articles:.2f} ms an article")
        spy.report(1000 * helper / articles, args.top)


class HelperSpy:
    """The encoder's helper process (the ingesting process's child running `serve`): its
    CPU from /proc, and its stacks sampled by py-spy (raw, collapsed stacks) when given."""

    def __init__(self, binary: str | None) -> None:
        self.binary, self.pid, self.cpu0, self.proc, self.out = binary, None, None, None, None

    def _find(self) -> int | None:
        import subprocess

        kids = subprocess.run(["pgrep", "-P", str(os.getpid())], capture_output=True, text=True).stdout.split()
        for pid in kids:
            try:
                if "serve(UseEncoder)" in Path(f"/proc/{pid}/cmdline").read_text():
                    return int(pid)
            except OSError:
                continue
        return None

    def cpu(self) -> float | None:
        if self.pid is None:
            return None
        try:
            fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def peak_mb(self) -> float:
        """The helper's peak resident memory (VmHWM), 0 when it is not known."""
        try:
            status = Path(f"/proc/{self.pid}/status").read_text()
        except (OSError, TypeError):
            return 0.0
        return next((int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmHWM")), 0.0)

    def start(self) -> None:
        import subprocess

        self.pid = self._find()
        self.cpu0 = self.cpu()
        if self.binary and self.pid:
            self.out = tempfile.NamedTemporaryFile(suffix=".txt", delete=False).name
            self.proc = subprocess.Popen([self.binary, "record", "-p", str(self.pid), "-r", "200", "-f", "raw",
                                          "-o", self.out, "--nonblocking"],
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.send_signal(signal.SIGINT)
            self.proc.wait(timeout=60)

    def report(self, ms: float, top: int) -> None:
        if not self.out or not Path(self.out).exists():
            return
        own: collections.Counter = collections.Counter()
        cum: collections.Counter = collections.Counter()
        total = 0
        for line in Path(self.out).read_text().splitlines():
            stack, _, count = line.rpartition(" ")
            if not stack or not count.isdigit():
                continue
            frames = [f.split(" (")[0] + ":" + Path(f.split(" (")[1].split(":")[0]).name if " (" in f else f
                      for f in stack.split(";")]
            if "serve" not in "".join(frames):  # the reading thread, waiting on stdin
                continue
            n = int(count)
            total += n
            own[frames[-1]] += n
            for key in set(frames):
                cum[key] += n
        Path(self.out).unlink()
        if not total:
            return
        for title, counts in (("helper cumulative", cum), ("helper own", own)):
            print(f"{title}:")
            for key, n in counts.most_common(top):
                print(f"  {n * ms / total:6.2f} ms/article  {key}")


if __name__ == "__main__":
    main()
