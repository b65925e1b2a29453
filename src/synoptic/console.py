"""What the command line shows besides its answers: the rendered brief, and progress on
stderr (a bar for `brief`, a live count with its rate for the stream commands); and the
plain arguments of `synoptic show` read without typer (`show_arguments`)."""

from __future__ import annotations

import atexit
import os
import re
import sys
import time
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from pathlib import Path


class _QuickExit:
    """The end of a short command's process (`brief`, `show`) without the interpreter's
    teardown: once the command has finished (`arm` with its exit status) and every other
    exit handler has run (the regex cache's save, the encoder helper's reaping: registered
    after this one, so they run before it), the output is flushed and the process ends
    there. Tearing down what a brief leaves (the language tables, the stages' modules, the
    articles' analyses) cost ~0.13 s of a 20-article first view's ~0.9 s (#23, `synoptic
    show` on an 8k synthetic store). Unarmed (a library user, a test, an error's
    traceback), the interpreter exits as usual."""

    def __init__(self) -> None:
        self._status: int | None = None

    def arm(self, status: int) -> None:
        self._status = status

    @contextmanager
    def when_done(self, argv: list[str]):
        """Around the command line's run: armed with the exit status of `brief` or `show`
        (a `typer.Exit` raised outside typer's own handling becomes that status)."""
        try:
            yield
        except (SystemExit, typer.Exit) as exc:
            code = exc.exit_code if isinstance(exc, typer.Exit) else exc.code
            if argv[1:2] in (["brief"], ["show"]) and (code is None or isinstance(code, int)):
                self.arm(code or 0)
            if isinstance(exc, typer.Exit):
                raise SystemExit(code) from None
            raise

    def __call__(self) -> None:
        # a tool that saves at exit and started first (coverage) keeps its handler: it runs after this one
        if self._status is None or "coverage" in sys.modules:
            return
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):  # a closed pipe: the interpreter's own exit reports it
            return
        os._exit(self._status)


quick_exit = _QuickExit()
atexit.register(quick_exit)  # first: it runs after every handler registered later

# the command line owns its process: only there are `re`'s compiles routed through the
# programs a former run kept (#23: ~0.2 s of a cold command's CPU); a library user's
# `import synoptic` leaves the standard library alone
from synoptic.util import regex_cache as _regex_cache  # noqa: E402

_regex_cache.install()

import typer  # noqa: E402  (after the install: its patterns are kept too)


class _Stderr:
    """rich's console on stderr, made when first used: `synoptic show` prints nothing there
    when it succeeds, and importing rich is ~0.02 s of its CPU (#23)."""

    _made = None

    @property
    def console(self):
        if self._made is None:
            from rich.console import Console

            _Stderr._made = Console(stderr=True)
        return self._made

    def print(self, *args, **kwargs) -> None:
        self.console.print(*args, **kwargs)


err = _Stderr()


def stdout_is_terminal() -> bool:
    """Does stdout go to a terminal (as rich tells: its settings by environment count)?"""
    from rich.console import Console

    return Console().is_terminal


class Format(StrEnum):
    json = "json"
    md = "md"
    html = "html"


def render_brief(data: dict, fmt: Format) -> str:
    """The contract dict in the chosen format (shared by `brief` and `show`)."""
    if fmt is Format.json:
        from synoptic.render import json as out
    elif fmt is Format.md:
        from synoptic.render import markdown as out
    else:
        from synoptic.render import html as out
    return out.render(data)


def write_output(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


@contextmanager
def progress_bar(quiet: bool):
    """A rich progress bar on stderr, yielding a `pipeline.Progress` callback."""
    if quiet:
        yield lambda stage, done, total: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err.console, transient=True) as progress:
        tasks: dict[str, int] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = progress.add_task(stage, total=total)
            progress.update(tasks[stage], completed=done, total=total)

        yield update


@contextmanager
def ingest_progress(quiet: bool):
    """A live count of processed items with their rate (the total of a stream is unknown)."""
    if quiet:
        yield None
        return
    from rich.progress import Progress, TextColumn, TimeElapsedColumn  # only when shown

    start = time.monotonic()
    with Progress(TextColumn("{task.description}"), TextColumn("{task.fields[rate]}"),
                  TimeElapsedColumn(), console=err.console, transient=True) as progress:
        task = progress.add_task("ingest", rate="")

        def update(stage: str, done: int, total: int) -> None:
            rate = done / max(1e-6, time.monotonic() - start)
            progress.update(task, description=f"{stage}: {done} items", rate=f"{rate:.1f}/s")

        yield update


def outcome_line(o) -> str:
    """What became of one input record of `ingest` (an `IngestOutcome`), as a line."""
    stored = f" as {o.article}" if o.article and o.article != o.record else ""
    detail = f" (copy of {o.of})" if o.of else f": {o.reason}" if o.reason else ""
    return f"{o.outcome} {o.record}{stored}{detail}"


def parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from exc


class BriefBy(StrEnum):
    story = "story"
    thread = "thread"


def parse_every(value: str) -> float:
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", value.lower())
    if not match:
        raise typer.BadParameter(f"expected a duration like 90s, 15m, 2h; got {value!r}")
    return float(match[1]) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[match[2]]


# A command that builds briefs and exits (`brief`, `show`) makes objects that mostly live to
# its end (the stages' modules, the articles' analyses): at Python's default threshold (700
# new objects) the collector walks them ~330 times in a 20-article story's first view, ~0.13 s
# of its 1.4 s of CPU; every 10,000, ~20 times, ~0.07 s, peak memory the same (124 MB).
# Measured on a 10k synthetic store, 2,000 and 50,000 giving about the same (#23).
SHORT_RUN_GC_THRESHOLD = 10_000


def one_blas_thread(collect: bool = True) -> None:
    """Before numpy loads, for a command that builds briefs (`brief`, `show`): a second BLAS
    thread spins for a core after each of the stages' small products (#23: ~0.4 s of CPU of
    a 10-article brief, ~0.1 s of a 20-article story's first view); a user's setting is kept.
    Young objects are collected less often (`SHORT_RUN_GC_THRESHOLD`), or, with `collect`
    False (one story's brief, at most `StoreSettings.brief_max_articles` articles), never:
    its collections found ~500 objects to free and cost ~0.05 s of CPU of a 20-article
    first view (#23, `synoptic show` on a 20k synthetic store: peak RSS the same, 173 MB;
    of a story built from 200 articles 416 MB against 392 MB collecting)."""
    import gc
    import os

    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    if not collect:
        gc.disable()
    elif gc.get_threshold()[0] < SHORT_RUN_GC_THRESHOLD:
        gc.set_threshold(SHORT_RUN_GC_THRESHOLD, *gc.get_threshold()[1:])


# `synoptic show`'s options as typer reads them (cli.py; a test holds the two together)
SHOW_OPTIONS = {"--format": "format", "-f": "format", "--output": "output", "-o": "output", "--db": "db"}
SHOW_DB_ENV = "SYNOPTIC_DB"


def show_arguments(argv: list[str]) -> dict | None:
    """The arguments typer gives `show` for `argv` (after "show") when they are only the
    story and options each given once with a plain, valid value; None for anything else
    (help, "--opt=value", an unknown option, a bad format): typer reads those, with its
    messages. Typer builds a pydantic validator per parameter before any command runs:
    ~0.1 s of CPU of a cold first view (#23), whose arguments are this simple."""
    found: dict = {}
    words = iter(argv)
    for word in words:
        if word in SHOW_OPTIONS:
            name, value = SHOW_OPTIONS[word], next(words, None)
            if name in found or value is None or value.startswith("-"):
                return None
            found[name] = value
        elif word.startswith("-") or "story" in found:
            return None
        else:
            found["story"] = word
    if "story" not in found or found.get("format", Format.json) not in {f.value for f in Format}:
        return None
    return {"story": found["story"], "format": Format(found.get("format", Format.json)),
            "output": Path(found["output"]) if "output" in found else None,
            "db": found["db"] if "db" in found else os.environ.get(SHOW_DB_ENV) or None}
