"""The `synoptic` command line: a face over `pipeline.py` (and `store/` for the stream commands)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from synoptic.console import (
    BriefBy,
    Format,
    err,
    ingest_progress,
    one_blas_thread,
    outcome_line,
    parse_date,
    parse_every,
    progress_bar,
    quick_exit,
    render_brief,
    show_arguments,
    stdout_is_terminal,
    write_output,
)
from synoptic.render.lists import stories_table, threads_table
from synoptic.settings import Settings, StoreSettings


class _Synoptic(typer.Typer):
    """The command line; `synoptic brief` with the default encoder starts the encoder's
    helper process before the options are parsed (`_start_brief`)."""

    def __call__(self, *args, **kwargs):
        rest = sys.argv[2:]
        if sys.argv[1:2] == ["brief"] and not any(a.startswith(("--encoder", "--model-path", "--help")) for a in rest):
            _start_brief(Settings())
        with quick_exit.when_done(sys.argv):  # a short command's process ends without teardown
            if sys.argv[1:2] == ["show"] and (given := show_arguments(rest)) is not None:
                sys.exit(show(**given))  # plain arguments, read without typer (`console.show_arguments`: #23)
            return super().__call__(*args, **kwargs)


def _start_brief(settings: Settings, store_encoder: str | None = None) -> None:
    """One BLAS thread, and the encoder's helper (`vectors/worker.py`) loading it (a store's: `for_store`)."""
    one_blas_thread()
    from synoptic import vectors

    vectors.start_helper(vectors.for_store(settings.vectors, store_encoder), fork=True)


app = _Synoptic(
    help="Turn many outlets' coverage of the same events into one cited picture.",
    no_args_is_help=True,
    add_completion=False,
)


@app.command()
def brief(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for JSONL on stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.md,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    max_words: Annotated[int, typer.Option(help="Length of the summary in words.")] = 150,
    ref_date: Annotated[str | None, typer.Option("--date", help="Reference date YYYY-MM-DD (overrides inference).")] = None,
    encoder: Annotated[str, typer.Option(help="Sentence encoder: auto, use, tfidf, sentence-transformers.")] = "auto",
    model_path: Annotated[str | None, typer.Option(help="Local model folder for sentence-transformers.")] = None,
    spacy: Annotated[bool, typer.Option("--spacy", help="Type names with spaCy NER (extra 'spacy').")] = False,
    language: Annotated[str | None, typer.Option("--language", help="Language of the brief, e.g. en, fr (default: the one most independent sources use).")] = None,
    one_story: Annotated[bool, typer.Option("--one-story", help="The input is one story: brief it whole, without splitting.")] = False,
    by: Annotated[BriefBy, typer.Option("--by", help="story: a brief per story; thread: a brief per developing topic, across its stories (JSON: both).")] = BriefBy.story,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or notices.")] = False,
) -> None:
    """Brief a pile of articles: stories, facts, disputes, sources, a cited summary."""
    settings = Settings(reference_date=parse_date(ref_date), quiet=quiet, one_story=one_story,
                        brief_by=by.value)
    settings.write.max_words = max_words
    settings.write.language = language
    settings.vectors.encoder = encoder
    settings.vectors.model_path = model_path
    settings.text.use_spacy = spacy
    _start_brief(settings)  # when `_Synoptic` has not (or for another encoder)
    from synoptic import pipeline
    from synoptic.render.json import to_dict

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
    workers: Annotated[int | None, typer.Option(min=1, max=64, help="Server processes (default: one per CPU core, "
                                                 "at most settings.web.max_workers).")] = None,
) -> None:
    """Serve the web app and the JSON API over a store."""
    import json
    import os
    import secrets

    import uvicorn

    from synoptic.briefs import QuietBuilder
    from synoptic.store import Store
    from synoptic.web import create_app
    from synoptic.web.app import SERVE_ENV, settle_heap
    from synoptic.web.safety import is_loopback_host

    settings = Settings()
    local = is_loopback_host(host)
    if not local and api_token is None:
        api_token = secrets.token_urlsafe(24)
        err.print(f"POST /api/v1/articles needs: Authorization: Bearer {api_token}", markup=False,
                  highlight=False, soft_wrap=True)
    # bound to this machine: refuse other Host names, so DNS rebinding cannot reach the API
    hosts = ["localhost", "127.0.0.1", "[::1]", host] if local else None
    url = db or settings.store.url
    store = _backfill_outlets(Store(url))
    n = workers or settings.web.workers or min(os.cpu_count() or 1, settings.web.max_workers)
    # one brief builder for the server: in this process, beside uvicorn's worker processes
    QuietBuilder(store, settings).start()  # quiet stories' briefs in the background: first views find them
    if n == 1:
        web = create_app(store, settings, api_token=api_token, allow_fetch=allow_fetch, allowed_hosts=hosts)
        settle_heap()
        uvicorn.run(web, host=host, port=port, log_level="info", server_header=False)
        return
    # each worker makes its own app and store connections (uvicorn spawns them): the options go by environment
    os.environ[SERVE_ENV] = json.dumps({"db": url, "api_token": api_token, "allow_fetch": allow_fetch, "hosts": hosts})
    uvicorn.run("synoptic.web.app:app_from_environment", factory=True, workers=n, host=host, port=port,
                log_level="info", server_header=False)


# ---------------------------------------------------------------- stream commands (store)


class ExecutorName(StrEnum):
    local = "local"
    process = "process"
    ray = "ray"


BriefsWhen = StrEnum("BriefsWhen", ["end", "now", "lazy"])
BriefsOption = Annotated[BriefsWhen | None, typer.Option("--briefs", help="Build touched stories' briefs when first "
                         "shown or once quiet (lazy, the default: settings.store.briefs), once the run is stored "
                         "(end), or in each batch (now).")]


DbOption = Annotated[str | None, typer.Option("--db", envvar="SYNOPTIC_DB",
                                              help="Database URL or SQLite file [default: synoptic.db].")]


def _open_store(db: str | None, settings: Settings):
    from synoptic.store import Store, StoreBusy

    try:
        return _backfill_outlets(Store(db or settings.store.url))
    except StoreBusy as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        raise typer.Exit(code=3) from None


def _backfill_outlets(store):
    """A store just upgraded from before outlets (migration 0004): its articles' outlets
    resolved once (`outlet_rebuild`), said on stderr."""
    if store.outlets_pending:
        from synoptic.outlet_rebuild import rebuild_outlets

        err.print(f"upgraded store: {rebuild_outlets(store).line()}", markup=False, highlight=False)
        store.outlets_pending = False
    return store


def _ingest_once(ingester, sources: list[str], settings: Settings, executor: ExecutorName,
                 quiet: bool, stop=None, batch_size: int | None = None):
    from synoptic import read
    from synoptic.executors import get_executor
    from synoptic.store import StoreBusy

    settings.read.http_cache = ingester.store.http_cache
    runner = get_executor(executor.value)
    try:
        with ingest_progress(quiet) as progress:
            if executor is not ExecutorName.ray:
                # reading stays here (it shares the store's HTTP cache); `process` cleans
                # and vectorizes in a worker process while this one links and writes
                report = ingester.ingest(read.read_paths(sources, settings.read), settings, progress,
                                         executor=runner, stop=stop, batch_size=batch_size)
            else:
                report = ingester.ingest_sources(sources, settings, progress, executor=runner, stop=stop)
    except StoreBusy as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        raise typer.Exit(code=3) from None
    finally:
        runner.close()
    for o in report.outcomes:  # one line per input record: what became of it
        if o.outcome == "skipped" or not quiet:
            err.print(outcome_line(o), markup=False, highlight=False)
    if not quiet:
        err.print(
            f"{report.added} added, {report.updated} updated, {report.unchanged} unchanged, "
            f"{report.copies} {'copy' if report.copies == 1 else 'copies'}, {len(report.skipped)} skipped; "
            f"{len(report.stories)} {'story' if len(report.stories) == 1 else 'stories'} touched",
            markup=False, highlight=False,
        )
        if settings.store.briefs == "lazy":
            from synoptic.briefs import pending_count

            if waiting := pending_count(ingester.store):
                err.print(f"{waiting} {'story awaits its' if waiting == 1 else 'stories await their'} brief: built "
                          "when first shown (`synoptic show ID`, the web pages), or all now with `synoptic briefs`",
                          markup=False, highlight=False, soft_wrap=True)
    return report


@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, URLs, RSS/Atom feeds, OPML, WARC.")],
    db: DbOption = None,
    executor: Annotated[ExecutorName, typer.Option(help="Run per-article stages in this process, in a local worker process, or on Ray.")] = ExecutorName.local,
    encoder: Annotated[str, typer.Option(help="Sentence encoder: auto, use, tfidf, sentence-transformers.")] = "auto",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary.")] = False,
    batch_size: Annotated[int, typer.Option(help="Articles per database transaction.", min=1)] = StoreSettings.batch_size,
    as_json: Annotated[bool, typer.Option("--json", help="Print each record's outcome as JSON.")] = False,
    briefs: BriefsOption = None,
) -> None:
    """Add articles to the store and grow stories incrementally (re-ingesting is a no-op).
    Each input record is added, updated, unchanged, a copy (its text is stored under
    another id: kept and linked to it) or skipped (with the reason). Briefs: built when a story is
    first shown, or all at once with `synoptic briefs` (`--briefs end`: once the run is stored)."""
    import json as _json

    from synoptic.ingest import Ingester

    settings = Settings(quiet=quiet)
    settings.vectors.encoder = encoder
    settings.store.briefs = briefs.value if briefs else settings.store.briefs
    store = _open_store(db, settings)
    try:
        report = _ingest_once(Ingester(store), sources, settings, executor, quiet or as_json, batch_size=batch_size)
    finally:
        store.close()
    if as_json:
        sys.stdout.write(_json.dumps([o.to_dict() for o in report.outcomes], ensure_ascii=False, indent=2) + "\n")
    if report.added + report.updated + report.unchanged + report.copies == 0:
        raise typer.Exit(code=2)


@app.command()
def watch(
    feeds: Annotated[list[str], typer.Argument(help="Feeds, OPML lists or URLs to poll.")],
    every: Annotated[str, typer.Option(help="Time between polls, e.g. 90s, 15m, 1h.")] = "15m",
    db: DbOption = None,
    encoder: Annotated[str, typer.Option(help="Sentence encoder: auto, use, tfidf, sentence-transformers.")] = "auto",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary.")] = False,
    briefs: BriefsOption = None,
) -> None:
    """Poll feeds until stopped; Ctrl-C finishes the current batch and exits cleanly (quiet stories' briefs are built between polls)."""
    import signal
    import threading

    from synoptic.briefs import build_pending
    from synoptic.ingest import Ingester

    interval = parse_every(every)
    settings = Settings(quiet=quiet)
    settings.vectors.encoder = encoder
    settings.store.briefs = briefs.value if briefs else settings.store.briefs
    store = _open_store(db, settings)
    ingester = Ingester(store)  # one for the whole watch: open stories stay in memory
    stopping = threading.Event()

    def on_signal(signum, frame) -> None:
        if stopping.is_set():  # a second Ctrl-C: stop now (the open batch rolls back)
            raise KeyboardInterrupt
        stopping.set()
        err.print("stopping after the current batch…", markup=False, highlight=False)

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        while not stopping.is_set():
            _ingest_once(ingester, feeds, settings, ExecutorName.local, quiet, stop=stopping.is_set)
            build_pending(store, settings, settings.store.brief_quiet_seconds, stop=stopping.is_set)
            stopping.wait(interval)
    except KeyboardInterrupt:
        raise typer.Exit(code=130) from None
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        store.close()


@app.command()
def stories(
    since: Annotated[str | None, typer.Option(help="Only stories with news since YYYY-MM-DD (by the articles' own dates).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="A JSON list instead of a table.")] = False,
    db: DbOption = None,
    limit: Annotated[int | None, typer.Option(help="At most this many (newest first).")] = None,
) -> None:
    """The stored stories: title, articles, independent sources, disputes, news days (newest first)."""
    import json as _json

    settings = Settings()
    store = _open_store(db, settings)
    try:
        listed = store.list_stories(since=parse_date(since), limit=limit)
    finally:
        store.close()
    if as_json:
        keys = ("id", "title", "articles", "independent_sources", "conflicts", "updated", "thread", "first_day",
                "last_day", "dated", "brief_pending")
        sys.stdout.write(_json.dumps([{k: s[k] for k in keys} for s in listed], ensure_ascii=False, indent=2) + "\n")
        return
    sys.stdout.write(stories_table(listed, stdout_is_terminal()))


@app.command()
def threads(
    since: Annotated[str | None, typer.Option(help="Only threads with news since YYYY-MM-DD.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="A JSON list instead of a table.")] = False,
    db: DbOption = None,
    limit: Annotated[int | None, typer.Option(help="At most this many (newest first).")] = None,
) -> None:
    """Threads: the stories of one developing topic over days and weeks."""
    import json as _json

    settings = Settings()
    store = _open_store(db, settings)
    try:
        listed = store.list_threads(since=parse_date(since), limit=limit)
    finally:
        store.close()
    if as_json:
        sys.stdout.write(_json.dumps(listed, ensure_ascii=False, indent=2) + "\n")
        return
    sys.stdout.write(threads_table(listed, stdout_is_terminal()))


@app.command()
def show(
    story: Annotated[str, typer.Argument(help="A story id (see `synoptic stories`).")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.json,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    db: DbOption = None,
) -> None:
    """The brief of one stored story (the same JSON contract as `brief`)."""
    one_blas_thread(collect=False)  # a first view builds the brief here, as `brief` does; when it is to build,
    settings = Settings()  # its encoder's helper loads from now (asked with sqlite3, before SQLAlchemy)
    from synoptic.store.peek import pending_brief_encoder
    if (name := pending_brief_encoder(db or settings.store.url, story)) is not None:
        _start_brief(settings, name)
    from synoptic.briefs import brief_settings, current_brief
    store = _open_store(db, settings)
    try:
        if store.story_brief(story) is None:  # to build: its encoder loads beside, as for `brief`
            _start_brief(brief_settings(store, settings))
        data = current_brief(store, story, settings)  # built now when the story changed since
        if data is None and store.story_error(story) is not None:
            from synoptic.ingest import Ingester

            data = Ingester(store).refresh(story, settings)  # e.g. built by an older version: try again
        if data is None:
            problem = store.story_error(story)
            known = problem is not None or any(s["id"] == story for s in store.list_stories(limit=None))
    finally:
        store.close()
    if data is None:
        reason = f"its brief could not be built ({problem})" if problem else "no such story"
        err.print(f"error: story {story}: {reason}" if known else f"error: no such story: {story}", markup=False, highlight=False)
        raise typer.Exit(code=1)
    write_output(render_brief(data, format), output)


@app.command("briefs")
def briefs_command(
    db: DbOption = None,
    quiet_for: Annotated[str, typer.Option(help="Only stories no ingest touched for this long, e.g. 10m (0: all).")] = "0",
    limit: Annotated[int | None, typer.Option(help="At most this many.", min=1)] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary.")] = False,
) -> None:
    """Build the stories' briefs still to build (ingest builds them lazily: when first shown)."""
    from synoptic.briefs import build_pending
    store = _open_store(db, settings := Settings(quiet=quiet))
    try:
        with progress_bar(quiet) as progress:
            built = build_pending(store, settings, parse_every(quiet_for), limit=limit, progress=progress)
    finally:
        store.close()
    if not quiet:
        err.print(f"{built} briefs built", markup=False, highlight=False)


@app.command()
def outlets(
    as_json: Annotated[bool, typer.Option("--json", help="A JSON list instead of a table.")] = False,
    db: DbOption = None,
    limit: Annotated[int | None, typer.Option(help="At most this many (most articles first).")] = 100,
    rebuild: Annotated[bool, typer.Option(
        "--rebuild", help="First resolve every stored article's outlet again (after an upgrade of the "
                          "outlet rules or registry) and rebuild the profiles from the stored briefs.")] = False,
) -> None:
    """The outlets of the store, with what each published (measured, never a grade)."""
    import json as _json

    from synoptic.render.outlets import outlets_table
    from synoptic.web.outlets import outlet_listing, pending_line, pending_outlets

    store = _open_store(db, Settings())
    try:
        if rebuild:
            from synoptic.outlet_rebuild import rebuild_outlets
            err.print(rebuild_outlets(store, every=True).line(), markup=False, highlight=False)
        note = pending_line(pending_outlets(store))  # the newest pending briefs first, within a budget
        listed = outlet_listing(store, limit=limit)
    finally:
        store.close()
    if note:
        err.print(f"note: {note}", markup=False, highlight=False, soft_wrap=True)
    sys.stdout.write(_json.dumps(listed, ensure_ascii=False, indent=2) + "\n" if as_json else outlets_table(listed))


@app.command()
def outlet(
    domain: Annotated[str, typer.Argument(help="An outlet id: its domain (see `synoptic outlets`).")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON instead of text.")] = False,
    db: DbOption = None,
) -> None:
    """One outlet's profile: each figure with the articles behind it."""
    import json as _json

    from synoptic.render.outlets import outlet_text
    from synoptic.web.outlets import outlet_profile, pending_of

    store = _open_store(db, Settings())
    try:
        found = outlet_profile(store, domain)  # its pending briefs first, within a budget
        pending = found["stories_pending"] if found else pending_of(store, domain)
    finally:
        store.close()
    if pending:
        err.print(f"note: {pending} of its stories {'is' if pending == 1 else 'are'} not analysed yet (brief pending): "
                  "not counted here; `synoptic briefs` builds them", markup=False, highlight=False, soft_wrap=True)
    if found is None:
        where = "this store's analysed stories" if pending else "this store"
        err.print(f"error: no such outlet in {where}: {domain}", markup=False, highlight=False)
        raise typer.Exit(code=1)
    sys.stdout.write(_json.dumps(found, ensure_ascii=False, indent=2) + "\n" if as_json else outlet_text(found))


def main() -> None:  # pragma: no cover - console entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
