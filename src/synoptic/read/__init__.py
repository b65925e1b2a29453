"""read stage: paths, folders, stdin, feeds, archives and URLs into `Document`s.

`read_paths` is what the pipeline calls. Local formats live in `files.py`;
WARC archives, feeds and URLs are handled by `warc.py`, `feeds.py` and
`urls.py` (over `fetch.py`, the HTTP client), imported lazily so that a missing optional piece only skips the
inputs that need it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

from synoptic.model import Document, Skipped
from synoptic.read.files import content_id, is_url, jsonl_documents, read_local
from synoptic.read.limits import limit_document
from synoptic.settings import ReadSettings

__all__ = ["read_paths", "expand_paths"]

WARC_SUFFIXES = (".warc", ".warc.gz")
FEED_SUFFIXES = (".rss", ".atom", ".xml", ".opml")


def _has_suffix(name: str, suffixes: tuple[str, ...]) -> bool:
    lower = name.lower()
    return any(lower.endswith(s) for s in suffixes)


def _wanted(path: Path, settings: ReadSettings) -> bool:
    return _has_suffix(path.name, tuple(settings.extensions) + WARC_SUFFIXES + FEED_SUFFIXES)


def expand_paths(paths: list[str], settings: ReadSettings) -> Iterator[str]:
    """Files as given; folders recursively, sorted, keeping known extensions."""
    for raw in paths:
        if raw == "-" or is_url(raw):
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = _scan_folder(path, settings)
            # a folder with nothing to read is itself an input that gets its reason
            yield from (str(p) for p in found) if found else [raw]
        else:
            yield raw


def _scan_folder(root: Path, settings: ReadSettings) -> list[Path]:
    """Wanted files under `root`, sorted; unreadable sub-folders are passed over."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root, onerror=lambda _err: None):
        dirs[:] = [d for d in dirs if not d.startswith(".")]  # hidden folders (.git, .cache)
        for name in files:
            p = Path(folder) / name
            if not name.startswith(".") and _wanted(p, settings) and p.is_file():
                found.append(p)
    return sorted(found, key=lambda p: str(p.relative_to(root)))


def _empty_folder_reason(folder: Path, settings: ReadSettings) -> str:
    """Why a folder gave nothing: the kinds of file it holds instead of readable ones."""
    kinds: dict[str, int] = {}
    for _, _, files in os.walk(folder, onerror=lambda _err: None):
        for name in files:
            if not name.startswith("."):
                kind = Path(name).suffix.lower() or "(no extension)"
                kinds[kind] = kinds.get(kind, 0) + 1
    known = ", ".join(sorted(set(settings.extensions) | set(WARC_SUFFIXES) | set(FEED_SUFFIXES)))
    held = ", ".join(f"{k} ({n})" for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
    return f"no file of a readable type in this folder ({known}); it holds {held or 'no files'}"


def _delegate(module: str, func: str, arg: str, settings: ReadSettings) -> Iterator[Document | Skipped]:
    """Call a reader that lives in another module; a missing one skips this input."""
    import importlib

    try:
        reader = getattr(importlib.import_module(f"synoptic.read.{module}"), func)
    except (ImportError, AttributeError) as exc:
        yield Skipped(arg, f"cannot read this kind of input: synoptic.read.{module} unavailable ({exc})")
        return
    try:
        yield from reader(arg, settings)
    except Exception as exc:  # a delegated reader must not stop the batch
        yield Skipped(arg, f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else 'read failed'}")


def _read_one(path: str, settings: ReadSettings) -> Iterator[Document | Skipped]:
    if path == "-":
        yield from jsonl_documents(sys.stdin, "<stdin>")
        return
    if is_url(path):
        yield from _delegate("urls", "read_url", path, settings)
        return
    p = Path(path)
    if not p.exists():
        yield Skipped(path, "no such file or folder")
        return
    if p.is_dir():
        yield Skipped(path, _empty_folder_reason(p, settings))
        return
    if not p.is_file():
        yield Skipped(path, "not a regular file")
        return
    if _has_suffix(p.name, WARC_SUFFIXES):
        yield from _delegate("warc", "read_warc", path, settings)
    elif _has_suffix(p.name, FEED_SUFFIXES):
        yield from _delegate("feeds", "read_feed", path, settings)
    elif _has_suffix(p.name, tuple(settings.extensions)):
        yield from read_local(p, settings)
    else:
        yield Skipped(path, f"unsupported file type {p.suffix or '(no extension)'!r}")


def _guarded(path: str, settings: ReadSettings) -> Iterator[Document | Skipped]:
    given = 0
    try:
        for item in _read_one(path, settings):
            given += 1
            yield item
    except Exception as exc:  # never a traceback for one bad input
        given += 1
        yield Skipped(path, (f"{type(exc).__name__}: {exc}".splitlines() or ["read failed"])[0])
    # a local file that yields nothing (an archive with no page in it) says so; a URL
    # yields nothing when unchanged since it was stored (HTTP 304), which is no problem
    if not given and not is_url(path):
        yield Skipped(path, "no article found in this input")


def read_paths(paths: list[str], settings: ReadSettings) -> Iterator[Document | Skipped]:
    """Every input item as a `Document`, or a `Skipped` with a one-line reason.

    Ids are unique within the batch: a repeated id gets a "-2", "-3"... suffix.
    Every document is within the field limits of `settings` (read/limits.py).
    """
    seen: set[str] = set()
    for path in expand_paths(paths, settings):
        for item in _guarded(path, settings):
            if isinstance(item, Document):
                item = limit_document(item, settings)
            if isinstance(item, Document):
                if not item.id:
                    item.id = content_id(item.content)
                base, n = item.id, 1
                while item.id in seen:
                    n += 1
                    item.id = f"{base}-{n}"
                seen.add(item.id)
            yield item
