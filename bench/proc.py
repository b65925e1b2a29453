"""What /proc tells of a running process, for the benchmarks that measure memory
(`scale.py`, `robustness.py`); stdlib only, so either imports it without the package."""

from __future__ import annotations

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
