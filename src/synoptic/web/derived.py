"""What the story page and a story's feed derive from its brief, kept per brief.

A brief is ~100-150 KB of JSON; decoding it and deriving the page's views from it (sources,
summary, disputes, timeline, people, coverage) cost more than the rest of the request. They
depend on nothing but the brief, so each worker process keeps them, keyed by a digest of
the brief's stored JSON text: a story whose brief changes (a new member, a rebuilt brief)
has another key, and the store is still read on every request (never a response kept).
The rendered page is not kept (that is `cache.ResponseCache`'s job, when it is on).
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
    """One story's brief (with its current thread) and what was derived from it so far.
    Shared between requests: read-only for everyone."""

    def __init__(self, brief: dict) -> None:
        self.brief = brief
        self._views: dict[str, Any] = {}

    def get(self, name: str, make: Callable[[], Any]) -> Any:
        """The view `name`, made by `make()` the first time it is asked for."""
        try:
            return self._views[name]
        except KeyError:
            value = self._views[name] = make()
            return value


class BriefViews:
    """`get(store, story_id)`: a story's `Derived`, from the last `size` briefs' kept when
    its stored JSON text is one of theirs; a brief still to build is built (and not kept
    until it is stored); 404/503 as `params.story_or_404`."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._kept: OrderedDict[tuple[str, bytes], Derived] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, store: Any, story_id: str) -> Derived:
        stored = store.story_brief_text(story_id) if self.size and len(story_id) <= MAX_ID and hasattr(
            store, "story_brief_text") else None
        if stored is None:  # none stored (pending, failed, no such story): as before
            return Derived(story_or_404(store, story_id))
        text, thread = stored
        key = (story_id, hashlib.sha1(text.encode("utf-8", "surrogatepass")).digest())
        with self._lock:
            found = self._kept.get(key)
            if found is not None:
                self._kept.move_to_end(key)
        if found is None:
            data = json.loads(text)
            if not data.get("stories"):
                return Derived(story_or_404(store, story_id))
            for sd in data["stories"]:
                sd["thread"] = thread
            found = Derived(data)
            with self._lock:
                self._kept[key] = found
                while len(self._kept) > self.size:
                    self._kept.popitem(last=False)
        # threads change without rebuilding briefs: the current one, on a copy
        if found.brief["stories"][0]["thread"] != thread:  # put in another thread since
            found.brief = dict(found.brief, stories=[dict(sd, thread=thread) for sd in found.brief["stories"]])
        return found
