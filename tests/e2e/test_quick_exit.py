"""`synoptic brief` and `show` end their process without the interpreter's teardown
(`console.quick_exit`): what they print is whole, their exit status is kept, and the
exit handlers that run before the end still do (the regex cache is saved)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from synoptic.cli import app

SYNOPTIC = [sys.executable, "-m", "synoptic.cli"]


def run(args: list[str], cache: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SYNOPTIC_CACHE_DIR=str(cache))
    return subprocess.run(SYNOPTIC + args, capture_output=True, text=True, timeout=300, env=env)


def test_brief_prints_all_of_it_and_its_exit_handlers_run(example_dir: Path, tmp_path: Path) -> None:
    result = run(["brief", str(example_dir), "--format", "json", "--quiet"], tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    in_process = CliRunner().invoke(app, ["brief", str(example_dir), "--format", "json", "--quiet"])
    assert json.loads(result.stdout) == json.loads(in_process.stdout)  # the whole output, flushed
    assert list((tmp_path / "cache" / "tables").glob("regex-*.pickle"))  # saved at exit, before the end


def test_exit_status_is_kept(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    nothing = run(["brief", str(tmp_path), "--quiet"], tmp_path / "cache")
    assert nothing.returncode == 2 and "Traceback" not in nothing.stderr
    missing = run(["show", "st-none", "--db", str(tmp_path / "none.db")], tmp_path / "cache")
    assert missing.returncode == 1 and "no such story: st-none" in missing.stderr
