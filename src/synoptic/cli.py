"""The `synoptic` command line: a face over `pipeline.py` (and `store/` for the stream commands)."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from synoptic.settings import Settings

app = typer.Typer(
    help="Turn many outlets' coverage of the same events into one cited picture.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True)


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
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, transient=True) as progress:
        tasks: dict[str, int] = {}

        def update(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = progress.add_task(stage, total=total)
            progress.update(tasks[stage], completed=done, total=total)

        yield update


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(f"expected YYYY-MM-DD, got {value!r}") from exc


@app.command()
def brief(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for JSONL on stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.md,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    max_words: Annotated[int, typer.Option(help="Length of the summary in words.")] = 150,
    ref_date: Annotated[str | None, typer.Option("--date", help="Reference date YYYY-MM-DD (overrides inference).")] = None,
    encoder: Annotated[str, typer.Option(help="Sentence encoder: auto, use, tfidf, sentence-transformers.")] = "auto",
    model_path: Annotated[str | None, typer.Option(help="Local model folder for sentence-transformers.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or notices.")] = False,
) -> None:
    """Brief a pile of articles: stories, facts, disputes, sources, a cited summary."""
    from synoptic import pipeline
    from synoptic.render.json import to_dict

    settings = Settings(reference_date=_parse_date(ref_date), quiet=quiet)
    settings.write.max_words = max_words
    settings.vectors.encoder = encoder
    settings.vectors.model_path = model_path
    with progress_bar(quiet) as progress:
        result = pipeline.brief_paths(paths, settings, progress)
    for skipped in result.skipped:
        err.print(f"skipped {skipped.source}: {skipped.error}", markup=False, highlight=False)
    write_output(render_brief(to_dict(result), format), output)
    if not result.articles:
        raise typer.Exit(code=2)


@app.command()
def clean(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for JSONL on stdin.")],
    explain: Annotated[bool, typer.Option("--explain", help="Print each removed line with its reason.")] = False,
) -> None:
    """Print the cleaned text of each article; removed lines and reasons go to stderr."""
    from synoptic import clean as cleaning
    from synoptic import read
    from synoptic.model import Skipped

    settings = Settings()
    docs, skipped = [], []
    for item in read.read_paths(paths, settings.read):
        (skipped if isinstance(item, Skipped) else docs).append(item)
    articles, clean_skipped = cleaning.clean_documents(docs, settings.clean)
    for s in skipped + clean_skipped:
        err.print(f"skipped {s.source}: {s.error}", markup=False, highlight=False)
    for n, article in enumerate(articles):
        if len(articles) > 1:
            sys.stdout.write(("\n" if n else "") + f"==> {article.source} <==\n")
        sys.stdout.write(f"{article.title}\n\n{article.text}\n")
        # with --explain the reasons are the point, so they follow the text on stdout
        if explain:
            sys.stdout.write("\n-- removed --\n")
        for removed in article.removed:
            line = f"line {removed.line + 1}: " if removed.line is not None else ""
            if explain:
                sys.stdout.write(f"[{removed.reason}] {line}{removed.text}\n")
            else:
                sys.stderr.write(f"removed ({removed.reason}) {line}{removed.text}\n")
    if not articles:
        raise typer.Exit(code=2)


@app.command()
def serve(
    db: Annotated[str | None, typer.Option("--db", help="Store URL (default: sqlite:///synoptic.db).")] = None,
    host: Annotated[str, typer.Option(help="Address to bind; not loopback means POST needs a token.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    api_token: Annotated[str | None, typer.Option(envvar="SYNOPTIC_API_TOKEN", help="Bearer token for POST /api/v1/articles.")] = None,
    allow_fetch: Annotated[bool, typer.Option("--allow-fetch", help="Let posted articles give only a public URL to fetch.")] = False,
) -> None:
    """Serve the web app and the JSON API over a store."""
    import secrets

    import uvicorn

    from synoptic.store import Store
    from synoptic.web import create_app
    from synoptic.web.safety import is_loopback_host

    settings = Settings()
    local = is_loopback_host(host)
    if not local and api_token is None:
        api_token = secrets.token_urlsafe(24)
        err.print(f"POST /api/v1/articles needs: Authorization: Bearer {api_token}", markup=False, highlight=False)
    # bound to this machine: refuse other Host names, so DNS rebinding cannot reach the API
    hosts = ["localhost", "127.0.0.1", "[::1]", host] if local else None
    web = create_app(Store(db or settings.store.url), settings, api_token=api_token,
                     allow_fetch=allow_fetch, allowed_hosts=hosts)
    uvicorn.run(web, host=host, port=port, log_level="info", server_header=False)


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
