"""Word tables built from installed data, kept in the user's cache between runs.

Some lookup tables are built at every start from data other packages ship: the names of
countries and cities from CLDR (Babel) and the time-zone database, the folded given names
of `lang/data`. Building them costs a new process ~0.07-0.1 s of CPU (#23: a cold
`synoptic brief`, a first view in `synoptic show`); a pickle of the built table loads in
a few milliseconds. Each table is keyed by what it is built from (the packages' versions,
the data files' sizes and times, a recipe version bumped when the code that builds it
changes), so other data gives another file; written atomically, and a cache that cannot
be read or written is only skipped (the table is then built as before). The folder is the
user's own (created private); nothing else is loaded from it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def user_cache_dir() -> Path:
    """$SYNOPTIC_CACHE_DIR, else the user's cache folder (XDG) for synoptic."""
    if os.environ.get("SYNOPTIC_CACHE_DIR"):
        return Path(os.environ["SYNOPTIC_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "synoptic"


def file_stamp(path: str | os.PathLike) -> tuple[int, int] | None:
    """(size, modification time in ns) of a file or folder, or None when it is missing."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def cached_words(name: str, key: tuple, build: Callable[[], frozenset[str]]) -> frozenset[str]:
    """`build()`, or the table a former run built from the same `key` (a tuple of plain
    values naming its sources)."""
    digest = hashlib.sha1(repr(key).encode("utf-8")).hexdigest()[:16]
    return cached_pickle(user_cache_dir() / "tables" / f"{name}-{digest}.pickle", build, frozenset)


def cached_pickle(path: Path, build: Callable[[], T], kind: type) -> T:
    """What `path` holds when it is a `kind`, else `build()`, then kept there for the next
    run (written to a temporary file and renamed: a reader never sees half a file)."""
    try:
        with open(path, "rb") as f:
            value = pickle.load(f)
        if isinstance(value, kind):
            return value
    except Exception:  # missing, truncated, or from another build: build it below
        pass
    value = build()
    write_pickle(path, value)
    return value


def write_pickle(path: Path, value: object) -> None:
    """Keep `value` at `path` in the user's private cache folder, written to a temporary
    file and renamed (a reader never sees half a file); a folder that cannot be written
    only means the next run builds it again."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
