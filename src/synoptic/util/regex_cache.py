"""Compiled regular expressions kept in the user's cache between runs (#23).

The language layer compiles about a thousand regular expressions as its modules load
(word lists of many languages joined into alternations). Python's `re` parses and
compiles each in pure Python at every start: ~0.2 s of CPU of a cold `synoptic brief` or
first `synoptic show`, a sixth of the main process's. What a compile makes is a list of
integers (the `_sre` program) with the group names; the same pattern and flags always
give the same program for one Python build. So, like the tokenizer's tables
(`util/tables.py`), the programs are kept in a pickle in the user's cache, keyed by the
Python build (its cache tag and `_sre`'s magic and code size), and a later run hands a
known pattern's program straight to `_sre.compile`, as `re` itself does after compiling:
the pattern object is the same (`==` compares flags, pattern and program).

`install()` (called as the package loads) routes `re`'s compiler through `compile_cached`
only when a self-check passes: a few patterns made both ways must come out equal, so a
Python whose `re` internals differ is left alone. Anything that goes wrong with the file
(missing, truncated, from another build) only means patterns are compiled as before.
Kept are the patterns compiled while a module is imported (the package's and its
libraries' constants: ~80% of the compile time of a cold `brief`) and pysbd's rules
(`_RUNTIME_KEPT`), not the others made while a command runs, many from what it reads (a
name, a query), which would grow the file at every run; the file is rewritten when the process exits only if its new programs saved at
least `SAVE_SECONDS` of compiling (or it did not exist), at most `MAX_ENTRIES` kept, those
this run used first. Compiling with `re.DEBUG` or `re.LOCALE` goes to `re` as before.
"""

from __future__ import annotations

import atexit
import os
import pickle
import re
import sys
import threading
import time
from array import array
from pathlib import Path

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another implementation of `re`: nothing to cache
    _sre = None

MAX_ENTRIES = 5000  # the package's import-time patterns are ~700 (a cold `brief` compiles ~1,100 in all)
# rewrite the file (~1 MB, ~10 ms) only for new programs that took this long to compile (a
# first run, an upgrade): not for the four made from sets whose order changes between
# processes (two Hebrew speech verbs' lists, a running total's words, `tokenize`'s string
# prefixes: ~15-20 ms, measured on `brief` of MultiLing and GVC articles and `show`)
SAVE_SECONDS = 0.05
_RECIPE = 1  # bumped when what is stored changes

_original = None  # re's compiler, while ours is installed
_table: dict = {}  # (pattern, flags) -> (flags, program bytes, groups, group names, index of groups)
_added: dict = {}  # entries this run made while importing, with their compile times
_used: set = set()  # keys of the file's entries this run used
_lock = threading.Lock()
_path: Path | None = None
_CODE = next((t for t in "IL" if array(t).itemsize == getattr(_sre, "CODESIZE", 0)), None)
_SKIP = re.DEBUG | re.LOCALE


def build_key() -> tuple:
    """What a program depends on besides its pattern and flags: the Python build."""
    return (sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE, sys.maxunicode, _RECIPE)


def cache_path() -> Path:
    from synoptic.util.tables import user_cache_dir

    return user_cache_dir() / "tables" / ("regex-" + "-".join(map(str, build_key())) + ".pickle")


def _make(pattern, flags: int) -> tuple:
    """Compile as `re._compiler.compile` does: (pattern object, the entry to keep)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    entry = (flags | parsed.state.flags, array(_CODE, code).tobytes(), parsed.state.groups - 1,
             tuple(groupindex.items()), tuple(indexgroup))
    return _from_entry(pattern, entry), entry


def _from_entry(pattern, entry: tuple):
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, array(_CODE, code).tolist(), groups, dict(groupindex), indexgroup)


def compile_cached(pattern, flags=0):
    """`re._compiler.compile`, from the kept program when there is one."""
    if not isinstance(pattern, (str, bytes)) or flags & _SKIP:
        return _original(pattern, flags)
    key = (pattern, int(flags))
    entry = _table.get(key)
    if entry is not None:
        try:
            compiled = _from_entry(pattern, entry)
        except Exception:  # an entry that does not fit this build: compile it again
            _table.pop(key, None)
        else:
            _used.add(key)
            return compiled
    start = time.perf_counter()
    compiled, entry = _make(pattern, int(flags))
    if _kept_kind(sys._getframe(1)):
        with _lock:
            _table[key] = entry
            _added[key] = time.perf_counter() - start
    return compiled


# pysbd (`text/sentences.py`'s splitter) compiles its rules as it runs, not as it loads: per
# abbreviation of its lists found in a text, a few patterns made of that abbreviation as
# the text writes it (#23: ~230 compiles, ~0.06 s of CPU, in the first article of a cold
# `synoptic show`; a second story of the same language adds a fifth as many). A bounded
# set (its lists, their cases), so they are kept as the import-time ones are.
_RUNTIME_KEPT = f"{os.sep}pysbd{os.sep}"


def _kept_kind(frame) -> bool:
    """Is this compile part of a module's import (its code run by importlib), or one of
    pysbd's rules (`_RUNTIME_KEPT`)?"""
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith("<frozen importlib") or _RUNTIME_KEPT in name:
            return True
        frame = frame.f_back
    return False


def _self_check() -> bool:
    """Patterns made here equal those `re` makes (flags, pattern, program, groups)."""
    samples = [(r"(?P<a>\d+)[.,](\d{3})\b|(?i:é\w+)", 0), (r"^\s*(?:the|a)\s+(?P<w>[^\W\d_]+)$", re.I | re.M),
               (rb"(?s)x.*?y", 0), (r"[^\W\d_](?<!\bMr)", re.U | re.X)]
    for pattern, flags in samples:
        ours, _ = _make(pattern, int(flags))
        theirs = _original(pattern, int(flags))
        if ours != theirs or ours.groupindex != theirs.groupindex or ours.groups != theirs.groups:
            return False
    return True


def install() -> bool:
    """Route `re`'s compiler through `compile_cached` (once; True when it is in place)."""
    global _original, _path, _table
    if _original is not None:
        return True
    if _sre is None or _CODE is None or not hasattr(_compiler, "_code"):
        return False
    _original = _compiler.compile
    try:
        ok = _self_check()
    except Exception:
        ok = False
    if not ok:
        _original = None
        return False
    _path = cache_path()
    _table = _load(_path)
    _compiler.compile = compile_cached
    atexit.register(save)
    return True


def uninstall() -> None:
    """`re`'s own compiler again (tests)."""
    global _original
    if _original is not None:
        _compiler.compile = _original
        _original = None


def _load(path: Path) -> dict:
    try:
        with open(path, "rb") as f:
            value = pickle.load(f)
        return value if isinstance(value, dict) else {}
    except Exception:  # missing, truncated, unreadable: compile as before
        return {}


def save() -> None:
    """Add the programs this run made while importing to the file (the entries this run
    used first when there are more than `MAX_ENTRIES`), when they are worth it."""
    if not _added or _path is None or (sum(_added.values()) < SAVE_SECONDS and _path.exists()):
        return
    with _lock:
        added = {k: _table[k] for k in _added if k in _table}
        _added.clear()
    kept = _load(_path)
    kept.update(added)
    if len(kept) > MAX_ENTRIES:  # what this run used or made, then the file's newest others
        mine = [k for k in kept if k in _used or k in added][-MAX_ENTRIES:]
        others = [k for k in kept if k not in _used and k not in added]
        keys = others[len(others) - max(0, MAX_ENTRIES - len(mine)):] + mine
        kept = {k: kept[k] for k in keys}
    from synoptic.util.tables import write_pickle

    write_pickle(_path, kept)
