"""Local files into `Document`s: plain text, HTML pages, JSON and JSONL records.

Every problem with one input becomes a `Skipped` with a one-line reason, so a
batch never stops on a bad file.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from synoptic.model import Document, Skipped
from synoptic.settings import ReadSettings

HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
# C0 control characters other than tab/newline/carriage return/form feed: a
# text file full of them is a binary file with a text extension.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
# the longest written date ("Wednesday, 22 September 2021 14:05:33 Central European
# Summer Time") is well under this
MAX_DATE_CHARS = 120
_MARKUP = re.compile(r"<\s*(html|head|body|div|p|article|!doctype|meta|title|span|section)\b", re.I)


class BadInput(ValueError):
    """An input we cannot read; the message is the one-line reason."""


def is_url(value: str) -> bool:
    """An http(s) URL (read over the network), not a path."""
    return value.lower().startswith(("http://", "https://"))


def content_id(text: str) -> str:
    """A stable id for records without a name: a short hash of the content."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def decode_bytes(data: bytes, source: str = "") -> str:
    """Bytes to text: UTF-8 (with or without BOM) first, else a detected encoding.

    Raises BadInput for empty, binary or undecodable input.
    """
    if not data.strip():
        raise BadInput("empty file")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BadInput("binary file (NUL bytes), not text")
    text: str | None = None
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise BadInput(f"undecodable bytes ({enc}): {exc.reason}") from None
            break
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _declared_decode(data) or _detect_decode(data)
    sample = text[:20000]
    if sample and len(_CONTROL.findall(sample)) > 0.01 * len(sample):
        raise BadInput("binary file (control characters), not text")
    if not text.strip():
        raise BadInput("empty file")
    return text


_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)


def _declared_decode(data: bytes) -> str | None:
    """A page's own declaration (`<meta charset="windows-1251">`) wins over guessing."""
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    encoding = (m.group(1) or m.group(2)).decode("ascii", "ignore")
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect_decode(data: bytes) -> str:
    """Legacy encodings (cp1252, latin-1, cp1251...): trust a confident detection only."""
    from charset_normalizer import from_bytes

    # Windows-1252/Latin-1 is by far the most common legacy encoding of
    # Western news text; detectors guess wrong on short samples, so accept it
    # first when every non-ASCII byte decodes to a Latin letter or typographic
    # sign and accented letters stay a minority (Cyrillic or Greek bytes read
    # as cp1252 come out as nothing but accented letters).
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    letters = [c for c in text[:20000] if c.isalpha()]
    accented = sum(1 for c in letters if not c.isascii())
    if text and letters and accented <= 0.3 * len(letters) and all(
        c.isascii() or "\u00a0" <= c <= "\u00ff" or c in "€‚„…†‡‰‹›‘’“”•–—™ŠšŽžŒœŸ" for c in text
    ):
        return text

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise BadInput("undecodable bytes: not UTF-8 and no text encoding detected")
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise BadInput(f"undecodable bytes: not UTF-8 nor {best.encoding}") from None
    # a decode that needs many replacement-like symbols is not text
    if best.chaos > 0.25:
        raise BadInput("undecodable bytes: not UTF-8 and the bytes do not read as text")
    return text


def read_file_bytes(path: Path, settings: ReadSettings) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BadInput(f"cannot read: {exc.strerror or exc}") from None
    if size > settings.max_bytes:
        raise BadInput(f"too large: {size} bytes > limit {settings.max_bytes}")
    if size == 0:
        raise BadInput("empty file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise BadInput(f"cannot read: {exc.strerror or exc}") from None


def parse_date(value: Any) -> date | None:
    """A publication date from a record field; None when it does not parse."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float):
        try:
            return datetime.utcfromtimestamp(value / 1000 if value > 1e11 else value).date()
        except (OverflowError, OSError, ValueError):
            return None
    s = str(value).strip()
    if len(s) > MAX_DATE_CHARS:  # no date is this long; dateparser is slow on long strings
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    try:
        import dateparser

        parsed = dateparser.parse(s, settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]})
    except Exception:  # dateparser raises assorted errors on odd strings
        return None
    return parsed.date() if parsed else None


def looks_like_html(text: str) -> bool:
    return bool(_MARKUP.search(text[:5000]))


def text_document(path: Path, text: str) -> Document:
    return Document(id=path.stem, source=str(path), content=text, kind="text")


def html_document(path: Path, text: str) -> Document:
    if not looks_like_html(text):
        raise BadInput("not HTML: no markup found")
    return Document(id=path.stem, source=str(path), content=text, kind="html")


def _str_field(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def record_document(record: Any, source: str, default_id: str | None) -> Document:
    """One JSON record: `text` required; title/url/outlet/published/language/id optional."""
    if not isinstance(record, dict):
        raise BadInput(f"record is a {type(record).__name__}, not an object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise BadInput("record has no 'text'")
    rid = _str_field(record, "id") or default_id or content_id(text)
    # a record may carry a whole page instead of text
    kind = "html" if record.get("kind") == "html" or record.get("format") == "html" or (
        text.lstrip()[:1] == "<" and looks_like_html(text)
    ) else "text"
    return Document(
        id=rid,
        source=source,
        content=text,
        kind=kind,
        title=_str_field(record, "title"),
        url=_str_field(record, "url"),
        outlet=_str_field(record, "outlet"),
        published=parse_date(record.get("published")),
        language=_str_field(record, "language"),
        author=_str_field(record, "author"),
    )


def json_documents(path: Path, text: str) -> Iterator[Document | Skipped]:
    """A .json file: one record, or a list of records (or {"articles": [...]})."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Skipped(str(path), f"broken JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
        return
    if isinstance(data, dict) and isinstance(data.get("articles"), list) and "text" not in data:
        data = data["articles"]
    if isinstance(data, list):
        for n, record in enumerate(data):
            source = f"{path}#{n}"
            try:
                yield record_document(record, source, None)
            except BadInput as exc:
                yield Skipped(source, str(exc))
        return
    try:
        yield record_document(data, str(path), path.stem)
    except BadInput as exc:
        yield Skipped(str(path), str(exc))


def jsonl_documents(lines: Iterable[str], source: str) -> Iterator[Document | Skipped]:
    """JSON lines: one record per line; a broken line is skipped, not the file."""
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"broken JSON line: {exc.msg} at column {exc.colno}")
            continue
        try:
            yield record_document(record, where, None)
        except BadInput as exc:
            yield Skipped(where, str(exc))


def read_local(path: Path, settings: ReadSettings) -> Iterator[Document | Skipped]:
    """One local file of a supported extension."""
    source = str(path)
    suffix = path.suffix.lower()
    try:
        data = read_file_bytes(path, settings)
        text = decode_bytes(data, source)
    except BadInput as exc:
        yield Skipped(source, str(exc))
        return
    try:
        if suffix in HTML_EXTENSIONS:
            yield html_document(path, text)
        elif suffix == ".json":
            yield from json_documents(path, text)
        elif suffix == ".jsonl":
            # JSON lines end at "\n" only: str.splitlines would also cut a record at a
            # U+2028, U+0085 or \x1c that JSON writers leave unescaped inside strings
            yield from jsonl_documents(text.split("\n"), source)
        elif looks_like_html(text) and text.lstrip()[:1] == "<":
            # a page saved as .txt is still a page
            yield Document(id=path.stem, source=source, content=text, kind="html")
        else:
            yield text_document(path, text)
    except BadInput as exc:
        yield Skipped(source, str(exc))
