"""What the story page and a story's feed derive from its brief, kept per brief.

A brief is ~100-150 KB of JSON; decoding it, deriving the page's views from it (sources,
summary, disputes, timeline, people, coverage) and rendering them cost most of a request.
They depend on nothing but the brief, so each worker process keeps what was made of the
last `size` briefs, keyed by a digest of the brief's stored JSON text: a story whose brief
changes (a new member, a rebuilt brief) has another key, and the store is still read on
every request (the brief's text, the story's current thread).

What is kept is what a request needs ready-made, in as few objects as possible (rendered
HTML as one string, feed entries as tuples of strings): never the decoded brief nor its
views, thousands of objects a brief that every full collection of the garbage collector
walked (100-250 ms with 128 briefs kept, the worker blocked: the story page's and the
feed's p99, #22 bench/web.py). A request that needs the brief itself decodes it (~1 ms).
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from synoptic.web.params import MAX_ID, story_or_404


class Derived:
    """One request's view of a story's brief: `brief` (decoded when first asked for, with the
    story's current thread) and `get(name, make)`, what was made of this brief so far, kept
    for every request of the same brief text (read-only: never change what it returns)."""

    def __init__(self, kept: dict[str, Any], thread: str | None = None, text: str | None = None,
                 brief: dict | None = None) -> None:
        if brief is not None and text is None:
            thread = (brief.get("stories") or [{}])[0].get("thread")
        self._kept, self.thread, self._text, self._brief = kept, thread, text, brief

    @property
    def brief(self) -> dict:
        if self._brief is None:
            data = json.loads(self._text or "{}")
            for sd in data.get("stories") or []:
                sd["thread"] = self.thread  # threads change without rebuilding briefs
            self._brief = data
        return self._brief

    def get(self, name: str, make: Callable[[], Any]) -> Any:
        """The thing `name`, made by `make()` the first time it is asked for."""
        try:
            return self._kept[name]
        except KeyError:
            value = self._kept[name] = make()
            return value

    def keep(self, name: str, value: Any) -> Any:
        """`value` in place of what `name` held (made again for other inputs)."""
        self._kept[name] = value
        return value


class BriefViews:
    """`get(store, story_id)`: a story's `Derived`, sharing what was made of the last `size`
    briefs when its stored JSON text is one of theirs; a brief still to build is built (and
    nothing kept until it is stored); 404/503 as `params.story_or_404`."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._kept: OrderedDict[tuple[str, bytes], dict[str, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, store: Any, story_id: str) -> Derived:
        stored = store.story_brief_text(story_id) if self.size and len(story_id) <= MAX_ID and hasattr(
            store, "story_brief_text") else None
        if stored is None:  # none stored (pending, failed, no such story): as before
            return Derived({}, brief=story_or_404(store, story_id))
        text, thread = stored
        key = (story_id, hashlib.sha1(text.encode("utf-8", "surrogatepass")).digest())
        with self._lock:
            kept = self._kept.get(key)
            if kept is not None:
                self._kept.move_to_end(key)
        if kept is not None:
            return Derived(kept, thread, text)
        found = Derived({}, thread, text)
        if not found.brief.get("stories"):
            return Derived({}, brief=story_or_404(store, story_id))
        with self._lock:
            kept = self._kept.setdefault(key, {})
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)
        found._kept = kept
        return found
