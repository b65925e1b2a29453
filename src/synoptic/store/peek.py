"""What `synoptic show` asks a SQLite store before SQLAlchemy loads (#23).

A story's first view builds its brief, with the encoder's model in a helper process
(`vectors/worker.py`) whose start (~0.35 s of CPU, on the second core) the brief waits
for once its articles are analysed. Asked here, through the standard library's `sqlite3`
(read-only), whether the story's brief is still to build and which encoder made the
store's vectors, the command starts that helper before it imports SQLAlchemy and the
store (~0.3 s), not after. Only a hint: any doubt (another backend, a file that is not a
store, a story that does not exist or whose brief failed, any error) gives None, and the
command goes on as without it; the store opened as usual decides everything that follows.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

_PENDING = "SELECT 1 FROM stories WHERE id = ? AND brief IS NULL AND brief_error IS NULL"
_ENCODER = "SELECT value FROM state WHERE key = 'encoder'"


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite store URL (or a bare path, as `store.db.normalize_url` reads
    it); None for another backend or an in-memory store."""
    if "://" not in url:
        path = url
    elif url.startswith("sqlite:///"):
        path = url[len("sqlite:///"):]
    else:
        return None
    if not path or path == ":memory:" or "?" in path:
        return None
    return Path(path).expanduser()


def pending_brief_encoder(url: str, story_id: str) -> str | None:
    """The name of the encoder the store's vectors were made with ("" when it names none)
    when the story's brief is still to build; else, or when it cannot tell, None."""
    path = sqlite_file(url)
    if path is None or not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        if conn.execute(_PENDING, (story_id,)).fetchone() is None:
            return None
        row = conn.execute(_ENCODER).fetchone()
        return str(row[0]) if row and row[0] else ""
    except sqlite3.Error:
        return None
    finally:
        conn.close()
