"""WARC / WARC.gz archives (warcio), streamed record by record, never loaded whole.

HTTP responses with status 200 and an HTML or plain-text body become documents
(e.g. Common Crawl's CC-News); other records (requests, metadata, redirects,
images) are not articles and pass silently. A record that cannot be read is one
`Skipped`; a corrupt stream ends the file with a `Skipped` naming where it broke.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from synoptic.model import Document, Skipped
from synoptic.read.fetch import Response, outlet_of, page_document, response_text
from synoptic.read.files import BadInput
from synoptic.settings import ReadSettings

_ARTICLE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def _read_capped(stream, limit: int) -> bytes | None:
    """At most `limit` bytes; None when the body is larger (the rest is skipped unread)."""
    data = stream.read(limit + 1)
    return None if len(data) > limit else data


def read_warc(path: str, settings: ReadSettings) -> Iterator[Document | Skipped]:
    file = Path(path)
    try:
        handle = file.open("rb")
    except OSError as exc:
        yield Skipped(path, f"cannot read: {exc.strerror or exc}")
        return
    n = 0
    with handle:
        try:
            size = file.stat().st_size
            records = ArchiveIterator(handle)
            for n, record in enumerate(records, start=1):  # noqa: B007
                if record.rec_type not in ("response", "resource"):
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                where = f"{path}#{uri or f'record{n}'}"
                if record.rec_type == "response":
                    http = record.http_headers
                    if http is None:
                        continue
                    status = http.get_statuscode() or ""
                    if status != "200":
                        continue
                    headers = {k.lower(): v for k, v in http.headers}
                else:
                    headers = {"content-type": record.rec_headers.get_header("Content-Type") or ""}
                content_type = headers.get("content-type", "").split(";")[0].strip().lower()
                if content_type and content_type not in _ARTICLE_TYPES:
                    continue
                body = _read_capped(record.content_stream(), settings.max_bytes)
                if body is None:
                    yield Skipped(where, f"record too large: more than {settings.max_bytes} bytes")
                    continue
                if not body.strip():
                    continue
                response = Response(url=uri, status=200, content=body, headers=headers)
                try:
                    text = response_text(response)
                except BadInput as exc:
                    yield Skipped(where, str(exc))
                    continue
                document = page_document(uri or where, response, text, outlet=outlet_of(uri) if uri else None)
                document.source = where
                yield document
            # a truncated gzip member ends the iteration silently: say so
            if size - records.offset > 8:
                yield Skipped(path, f"broken WARC after record {n}: the last {size - records.offset} "
                              "bytes could not be read (truncated or corrupt)")
        except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error) as exc:
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            yield Skipped(path, f"broken WARC after record {n}: {message}")
