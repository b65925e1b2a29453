"""`synoptic threads` as a terminal table (the JSON is the store's listing as is)."""

from __future__ import annotations

import io


def news_days(item: dict) -> str:
    """"2010-01-12", "2010-01-12 – 2010-02-03", or that no article is dated."""
    first, last = item.get("first_day"), item.get("last_day")
    if not last:
        return "no date"
    return last if first in (None, last) else f"{first} – {last}"


def threads_table(listed: list[dict], terminal: bool) -> str:
    """A table of threads: id, title, counts, news days; wide enough for the titles off a terminal."""
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    table.add_column("thread", no_wrap=True, min_width=max((len(t["id"]) for t in listed), default=6))
    table.add_column("title", overflow="fold")
    table.add_column("stories", justify="right")
    table.add_column("articles", justify="right")
    table.add_column("news days", no_wrap=True)
    for t in listed:
        table.add_row(t["id"], t["title"], str(len(t["stories"])), str(len(t["articles"])), news_days(t))
    width = None if terminal else max(120, 90 + max((len(t["title"]) for t in listed), default=0))
    out = io.StringIO()
    Console(file=out, width=width, force_terminal=terminal).print(table)
    return out.getvalue()
