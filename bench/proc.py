"""What /proc tells of a running process, for the benchmarks that measure memory
(`scale.py`, `robustness.py`); stdlib only, so either imports it without the package."""

from __future__ import annotations

import collections
import signal
from pathlib import Path


def rss_mb(pid: int) -> float:
    """The process's resident set now, in MB (0 where /proc does not say)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


class StackSampler:
    """Where this process's CPU goes, by sampling its stack on CPU time (no tracing): a
    SIGPROF timer (every `interval` s of this process's CPU) records the interpreter's stack
    while `on`; each function's share of the samples is its share of the CPU, its own (the
    innermost Python frame, the C it calls included) and cumulative. Linux/macOS."""

    def __init__(self, interval: float = 0.002) -> None:
        self.interval, self.on, self.samples = interval, False, 0
        self.own: collections.Counter = collections.Counter()
        self.cum: collections.Counter = collections.Counter()

    def _sample(self, signum, frame) -> None:
        if not self.on:
            return
        self.samples += 1
        seen, top = set(), True
        while frame is not None:
            code = frame.f_code
            key = f"{Path(code.co_filename).parent.name}/{Path(code.co_filename).name}:{code.co_name}"
            if top:
                self.own[key] += 1
                top = False
            if key not in seen:
                self.cum[key] += 1
                seen.add(key)
            frame = frame.f_back

    def install(self) -> None:
        signal.signal(signal.SIGPROF, self._sample)
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)

    def stop(self) -> None:
        self.on = False
        signal.setitimer(signal.ITIMER_PROF, 0, 0)

    def print_top(self, ms_a_sample: float, top: int) -> None:
        """Each function's ms an article, given what one sample stands for."""
        for title, counts in (("cumulative", self.cum), ("own (with the C it calls)", self.own)):
            print(f"{title}:")
            for key, n in counts.most_common(top):
                print(f"  {n * ms_a_sample:6.2f} ms/article  {key}")
