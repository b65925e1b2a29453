"""`synoptic show`'s plain arguments read without typer (`console.show_arguments`, #23):
the same values typer gives the command, and typer's own reading for anything else."""

from __future__ import annotations

import pytest
import typer.main

from synoptic.cli import app
from synoptic.console import SHOW_DB_ENV, SHOW_OPTIONS, Format, show_arguments


def _show_command():
    group = typer.main.get_command(app)
    return group.get_command(group.make_context("synoptic", ["show", "x"]), "show")


def typer_reads(argv: list[str]) -> dict:
    return dict(_show_command().make_context("show", list(argv)).params)


@pytest.mark.parametrize("argv", [
    ["st-0a1b2c"],
    ["st-0a1b2c", "-f", "md"],
    ["--db", "news.db", "st-0a1b2c", "--output", "brief.html", "--format", "html"],
    ["st-0a1b2c", "-o", "out.json", "--db", "sqlite:///tmp/x.db"],
])
def test_plain_arguments_read_as_typer_reads_them(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SHOW_DB_ENV, raising=False)
    assert show_arguments(argv) == typer_reads(argv)


def test_the_store_named_by_the_environment_unless_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SHOW_DB_ENV, "env.db")
    assert show_arguments(["st-1"]) == typer_reads(["st-1"]) and show_arguments(["st-1"])["db"] == "env.db"
    assert show_arguments(["st-1", "--db", "given.db"]) == typer_reads(["st-1", "--db", "given.db"])
    monkeypatch.setenv(SHOW_DB_ENV, "")  # empty: as unset
    assert show_arguments(["st-1"]) == typer_reads(["st-1"])


@pytest.mark.parametrize("argv", [
    [], ["--help"], ["st-1", "--help"], ["st-1", "--format=md"], ["st-1", "-f", "pdf"], ["st-1", "st-2"],
    ["st-1", "--db"], ["st-1", "--db", "a.db", "--db", "b.db"], ["st-1", "--quiet"], ["-x"],
])
def test_anything_else_is_left_to_typer(argv: list[str]) -> None:
    assert show_arguments(argv) is None


def test_the_options_read_are_the_commands_own() -> None:
    options = {opt: p.name for p in _show_command().params for opt in p.opts if opt.startswith("-")}
    assert options == SHOW_OPTIONS
    (db,) = [p for p in _show_command().params if p.name == "db"]
    assert db.envvar == SHOW_DB_ENV
    assert show_arguments(["st-1"])["format"] is Format.json == typer_reads(["st-1"])["format"]
