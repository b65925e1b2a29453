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


def _header_problem(record) -> str | None:
    """Why a record's header is not a WARC (or ARC) record's, None when it is one.

    warcio reads any text as records of some kind; without a type and a length
    there is no telling where the record ends, so the rest of the file is unreadable.
    """
    if record.format == "arc":
        uri = record.rec_headers.get_header("WARC-Target-URI") or ""
        return None if "://" in uri or uri.startswith("filedesc:") else "an ARC header without a URL"
    if not record.rec_type:
        return "a header without WARC-Type"
    length = record.rec_headers.get_header("Content-Length") or ""
    if not length.strip().isdigit():
        return "a header without a valid Content-Length"
    if record.rec_type in ("response", "request", "revisit") and not record.rec_headers.get_header("WARC-Target-URI"):
        return f"a {record.rec_type} header without WARC-Target-URI"
    return None


def _missing_bytes(record) -> int:
    """Bytes the record declares but the file lacks (0 when whole): a partial last record.

    Reads what is left of the record (warcio would read it anyway to reach the next one).
    """
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    return int(getattr(raw, "limit", 0) or 0)


def _records(records: ArchiveIterator) -> Iterator:
    """warcio's records; its own errors on a malformed header (AttributeError, ...) are
    turned into `ValueError` with a readable reason instead of escaping as internal ones."""
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except (AttributeError, TypeError, KeyError, IndexError) as exc:
            raise ValueError("a record header warcio cannot parse (malformed or truncated)") from exc
        yield record


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
            for n, record in enumerate(_records(records), start=1):  # noqa: B007
                problem = _header_problem(record)
                if problem:
                    what = "not a WARC archive" if n == 1 else f"broken WARC after record {n - 1}"
                    yield Skipped(path, f"{what}: record {n} has {problem}")
                    return
                document = _record_document(record, n, path, settings)
                missing = _missing_bytes(record)
                if missing:
                    uri = record.rec_headers.get_header("WARC-Target-URI")
                    yield Skipped(path, f"truncated WARC: record {n}{f' ({uri})' if uri else ''} lacks "
                                  f"{missing} of its declared bytes (a partial last record, not read)")
                    return
                if document is not None:
                    yield document
            # a truncated gzip member ends the iteration silently: say so
            if size - records.offset > 8:
                yield Skipped(path, f"broken WARC after record {n}: the last {size - records.offset} "
                              "bytes could not be read (truncated or corrupt)")
        except (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error) as exc:
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            if isinstance(exc, ArchiveLoadFailed) and message.startswith("Unknown archive format"):
                message = "unknown format (neither WARC nor ARC)"
            what = "not a WARC archive" if n == 0 else f"broken WARC after record {n}"
            yield Skipped(path, f"{what}: {message}")


def _record_document(record, n: int, path: str, settings: ReadSettings) -> Document | Skipped | None:
    """The article of one record, a `Skipped` for an unreadable one, None for a non-article."""
    if record.rec_type not in ("response", "resource"):
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    where = f"{path}#{uri or f'record{n}'}"
    if record.rec_type == "response":
        http = record.http_headers
        if http is None:
            return None
        status = http.get_statuscode() or ""
        if status != "200":
            return None
        headers = {k.lower(): v for k, v in http.headers}
    else:
        headers = {"content-type": record.rec_headers.get_header("Content-Type") or ""}
    content_type = headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type and content_type not in _ARTICLE_TYPES:
        return None
    body = _read_capped(record.content_stream(), settings.max_bytes)
    if body is None:
        return Skipped(where, f"record too large: more than {settings.max_bytes} bytes")
    if not body.strip():
        return None
    response = Response(url=uri, status=200, content=body, headers=headers)
    try:
        text = response_text(response)
    except BadInput as exc:
        return Skipped(where, str(exc))
    document = page_document(uri or where, response, text, outlet=outlet_of(uri) if uri else None)
    document.source = where
    return document
