"""The `synoptic` command as a user runs it: formats, files, stdin, bad input, exit codes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

SYNOPTIC = [sys.executable, "-m", "synoptic.cli"]


def run(args: list[str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        SYNOPTIC + args, input=stdin, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def bad_dir(tmp_path_factory, example_dir) -> Path:
    d = tmp_path_factory.mktemp("bad")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (d / "empty.txt").write_bytes(b"")
    (d / "latin1.txt").write_bytes("Caf\xe9 cr\xe8me".encode("latin-1") * 3 + b"\xff\xfe\x00\x00")
    (d / "broken.json").write_text('{"text": "unterminated', encoding="utf-8")
    (d / "broken.html").write_text("<html><body><div><p>", encoding="utf-8")
    good = (example_dir / "002_12fa4de552d0c0ef.txt").read_text(encoding="utf-8")
    (d / "good.txt").write_text(good, encoding="utf-8")
    return d


def test_brief_json_on_example(example_dir):
    result = run(["brief", str(example_dir), "--format", "json", "--quiet"])
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == "synoptic.brief/1"
    assert len(data["articles"]) == 5


def test_brief_markdown_and_html(example_dir, tmp_path):
    md = run(["brief", str(example_dir), "--format", "md", "--quiet"])
    assert md.returncode == 0, md.stderr
    assert md.stdout.startswith("# ")
    assert "## Sources" in md.stdout and "[5]" in md.stdout
    # two reports of one wire story: what that origin alone tells is carried by both, and
    # the coverage line under one of them says so rather than "only here"
    coverage = md.stdout.split("## Coverage")[1].split("\n## ")[0]
    assert re.search(r"only here \(also in (\[\d\])+, of the same origin\)", coverage)
    out = tmp_path / "brief.html"
    html = run(["brief", str(example_dir), "--format", "html", "-o", str(out), "--quiet"])
    assert html.returncode == 0, html.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    assert "only here (also in" in page and ", of the same origin)" in page
    # self-contained: no external scripts, styles or images
    assert "<script src" not in page and "<link" not in page and "http://" not in page.split("</style>")[0]


def test_bad_input_is_skipped_with_one_line_each(bad_dir):
    result = run(["brief", str(bad_dir), "--format", "json", "--quiet"])
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    data = json.loads(result.stdout)
    assert [a["id"] for a in data["articles"]] == ["good"]
    skipped = {Path(s["source"]).name: s["error"] for s in data["skipped"]}
    assert {"binary.txt", "empty.txt", "broken.json", "broken.html"} <= set(skipped)
    for name, error in skipped.items():
        assert "\n" not in error and error
        assert f"skipped {bad_dir / name}" in result.stderr or name in result.stderr


def test_nothing_readable_exits_2(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run(["brief", str(tmp_path), "--quiet"])
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "empty.txt" in result.stderr


def test_jsonl_from_stdin(example_dir):
    lines = []
    for path in sorted(example_dir.glob("*.txt"))[:3]:
        text = path.read_text(encoding="utf-8")
        lines.append(json.dumps({"id": path.stem[:3], "text": text, "outlet": "Example Wire"}))
    result = run(["brief", "-", "--format", "json", "--quiet"], stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert sorted(a["id"] for a in data["articles"]) == ["000", "001", "002"]
    assert {a["outlet"] for a in data["articles"]} == {"Example Wire"}


def test_clean_explain(example_dir):
    path = example_dir / "003_ac1127b9f94b2fb7.txt"
    result = run(["clean", str(path), "--explain"])
    assert result.returncode == 0, result.stderr
    text, _, removed = result.stdout.partition("-- removed --")
    assert "Top U.S. and Russian officials held crucial talks Monday" in text
    assert removed.strip(), "the example page has boilerplate to explain"
    for line in removed.strip().splitlines():
        assert line.startswith("[")
