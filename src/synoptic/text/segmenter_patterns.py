"""pysbd's patterns, compiled once per process instead of at every brief.

pysbd hands its patterns to `re` as strings at every call (`re.sub(pattern, ...)`) and
builds some per abbreviation it meets in the text; Python keeps one cache of compiled
patterns (512 entries) for every module, which a brief's other patterns flush, so ~400 of
pysbd's were compiled again at each brief of a 20-article story (0.03-0.05 s CPU, a third
of sentence splitting; #23). `install` gives pysbd's modules a `re` of their own: the same
functions, with a cache for pysbd alone. Its patterns are a bounded set (its rules, and
its abbreviations in the case the text writes them); the cache is emptied past
`_MAX_PATTERNS` all the same.
"""

from __future__ import annotations

import re
import sys
from typing import Any

_MAX_PATTERNS = 20_000


class CachedRe:
    """The functions of `re` that take a pattern, each pattern compiled once; anything
    else (`escape`, the flags) is `re`'s own."""

    def __init__(self) -> None:
        self._compiled: dict[tuple[type, Any, int], re.Pattern] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(re, name)

    def compile(self, pattern: Any, flags: int = 0) -> re.Pattern:
        if isinstance(pattern, re.Pattern):
            return re.compile(pattern, flags)  # as `re` does: itself, or the error it raises
        key = (type(pattern), pattern, flags)
        found = self._compiled.get(key)
        if found is None:
            if len(self._compiled) >= _MAX_PATTERNS:
                self._compiled.clear()
            found = self._compiled[key] = re.compile(pattern, flags)
        return found

    def search(self, pattern: Any, string: str, flags: int = 0) -> re.Match | None:
        return self.compile(pattern, flags).search(string)

    def match(self, pattern: Any, string: str, flags: int = 0) -> re.Match | None:
        return self.compile(pattern, flags).match(string)

    def fullmatch(self, pattern: Any, string: str, flags: int = 0) -> re.Match | None:
        return self.compile(pattern, flags).fullmatch(string)

    def sub(self, pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> str:
        return self.compile(pattern, flags).sub(repl, string, count)

    def subn(self, pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> tuple[str, int]:
        return self.compile(pattern, flags).subn(repl, string, count)

    def split(self, pattern: Any, string: str, maxsplit: int = 0, flags: int = 0) -> list:
        return self.compile(pattern, flags).split(string, maxsplit)

    def findall(self, pattern: Any, string: str, flags: int = 0) -> list:
        return self.compile(pattern, flags).findall(string)

    def finditer(self, pattern: Any, string: str, flags: int = 0) -> Any:
        return self.compile(pattern, flags).finditer(string)


_PYSBD_RE = CachedRe()


def install() -> None:
    """Every loaded module of pysbd that uses `re` uses the cached one (idempotent)."""
    for name, module in list(sys.modules.items()):
        if (name == "pysbd" or name.startswith("pysbd.")) and getattr(module, "re", None) is re:
            module.re = _PYSBD_RE  # type: ignore[attr-defined]
