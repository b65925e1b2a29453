"""Fuzzing the readers: generated files never raise, every record gets one outcome."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import pytest

pytest.importorskip("hypothesis", reason="hypothesis not installed (pip install -e '.[dev]')")

from hypothesis import example, given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from synoptic.model import Document, Skipped  # noqa: E402
from synoptic.read import read_paths  # noqa: E402
from synoptic.read.limits import plausible_language  # noqa: E402
from synoptic.settings import ReadSettings  # noqa: E402
from tests.fuzz.strategies import BUDGET, jsonl_line  # noqa: E402

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
SETTINGS = ReadSettings()


def _line(kind: str, value, ascii_only: bool) -> str:
    if kind == "broken":
        return value
    return json.dumps(value, ensure_ascii=ascii_only)


def _check_document(doc: Document) -> None:
    s = SETTINGS
    assert doc.id and len(doc.id) <= s.max_id_chars + 12  # + the batch's "-n" suffix
    assert len(doc.content) <= s.max_content_chars
    for name, limit in (("title", s.max_title_chars), ("outlet", s.max_outlet_chars),
                        ("author", s.max_author_chars), ("url", s.max_url_chars)):
        value = getattr(doc, name)
        assert value is None or (0 < len(value) <= limit), name
    assert doc.language is None or plausible_language(doc.language, s.max_language_chars)
    for value in (doc.id, doc.content, doc.title, doc.outlet, doc.author, doc.url, doc.language):
        if value is not None:
            assert not _CONTROL.search(value)
            value.encode("utf-8")  # both stores can hold it: no lone surrogate
    assert all(r.reason in ("oversize", "invalid") for r in doc.removed)


def _check_skipped(item: Skipped) -> None:
    assert item.error.strip() and "\n" not in item.error


# a broken line holds no raw line break nor C0 control (those make it another line or a
# binary file, which the file-level tests cover)
_broken_safe = st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\u2028\u2029\x85")


@BUDGET
@given(lines=st.lists(st.tuples(jsonl_line, st.booleans()), min_size=1, max_size=6),
       broken=st.text(alphabet=_broken_safe, max_size=30))
# separators JSON writers leave unescaped must not split a record
@example(lines=[(("record", {"text": "One\u2028two\x85three\x1cfour five six seven."}), False)], broken="")
def test_every_jsonl_line_gives_exactly_one_outcome(lines, broken) -> None:
    texts = []
    for (kind, value), ascii_only in lines:
        texts.append(_line(kind, "{" + broken if kind == "broken" else value, ascii_only))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "batch.jsonl"
        path.write_text("\n".join(texts) + "\n", encoding="utf-8")
        items = list(read_paths([str(path)], SETTINGS))
    assert len(items) == len(texts)
    for item in items:
        if isinstance(item, Document):
            _check_document(item)
        else:
            _check_skipped(item)
    ids = [i.id for i in items if isinstance(i, Document)]
    assert len(ids) == len(set(ids))
    # a well-formed record with non-empty text is never lost to a neighbour
    for ((kind, value), _), item in zip(lines, items, strict=True):
        if kind == "record" and isinstance(value.get("text"), str) and value["text"].strip():
            fields_ok = len(str(value.get("id") or "")) <= 100
            if fields_ok:
                assert isinstance(item, Document), item


@BUDGET
@given(data=st.binary(max_size=3000),
       suffix=st.sampled_from([".txt", ".html", ".json", ".jsonl", ".warc", ".warc.gz", ".rss", ".atom", ".opml"]))
def test_any_bytes_in_any_file_never_raise(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        items = list(read_paths([str(path)], SETTINGS))
    assert items, "an input gives at least one outcome"
    for item in items:
        if isinstance(item, Document):
            _check_document(item)
        else:
            _check_skipped(item)
