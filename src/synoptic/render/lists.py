"""`synoptic stories` and `synoptic threads` as terminal tables (their JSON is the store's listing)."""

from __future__ import annotations

import io
import shutil


def news_days(item: dict) -> str:
    """"2010-01-12", "2010-01-12 – 2010-02-03", or that no article is dated."""
    first, last = item.get("first_day"), item.get("last_day")
    if not last:
        return "no date"
    return last if first in (None, last) else f"{first} – {last}"


def _table(first: str, counts: list[str], items: list[dict], rows: list[list[str]], terminal: bool) -> str:
    """Ids, counts and days never wrap (an id is what `show` takes); the title wraps. Off a
    terminal (piped), one line per item rather than an assumed 80 columns."""
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    table.add_column(first, no_wrap=True, min_width=max((len(i["id"]) for i in items), default=len(first)))
    table.add_column("title", overflow="fold")
    for column in counts:
        table.add_column(column, justify="right")
    table.add_column("news days", no_wrap=True, min_width=10)
    for row in rows:
        table.add_row(*row)
    width = (shutil.get_terminal_size().columns if terminal
             else max(120, 90 + max((len(i["title"]) for i in items), default=0)))
    out = io.StringIO()
    Console(file=out, width=width, force_terminal=terminal).print(table)
    return out.getvalue()


def stories_table(listed: list[dict], terminal: bool) -> str:
    # a story whose brief is still to build: its counts are not known yet, never shown as 0
    rows = [[s["id"], s["title"], str(s["article_count"]),
             *(("—", "— (brief pending)") if s.get("brief_pending") else
               (str(s["independent_sources"]), str(s["conflicts"]))),
             news_days(s)] for s in listed]
    return _table("story", ["articles", "independent sources", "disputes"], listed, rows, terminal)


def threads_table(listed: list[dict], terminal: bool) -> str:
    rows = [[t["id"], t["title"], str(len(t["stories"])), str(len(t["articles"])), news_days(t)] for t in listed]
    return _table("thread", ["stories", "articles"], listed, rows, terminal)
