"""read_paths: formats, folders, stdin, ids, delegation and bad input."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date
from pathlib import Path

import pytest

from synoptic.model import Document, Skipped
from synoptic.read import read_paths
from synoptic.read.files import BadInput, decode_bytes, parse_date
from synoptic.settings import ReadSettings

STORY = (
    "Harbour workers in Rotterdam ended a three-day strike on Friday after the port authority "
    "agreed to raise night-shift pay by 6 percent, a union spokesman said.\n"
)


def _read(paths: list[str], **kw) -> list[Document | Skipped]:
    return list(read_paths(paths, ReadSettings(**kw)))


def test_folder_is_recursive_sorted_and_filtered(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Port strike ends\n\n" + STORY, encoding="utf-8")
    (tmp_path / "1.txt").write_text("Strike\n\n" + STORY, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text(STORY, encoding="utf-8")
    items = _read([str(tmp_path)])
    assert [i.source for i in items] == [str(tmp_path / "1.txt"), str(tmp_path / "b" / "2.txt")]
    assert [i.id for i in items] == ["1", "2"]
    assert all(isinstance(i, Document) and i.kind == "text" for i in items)


def test_html_and_json_records(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text("<html><body><p>" + STORY + "</p></body></html>", encoding="utf-8")
    record = {"text": STORY, "title": "Strike ends", "url": "https://www.example.org/a",
              "outlet": "Example Post", "published": "2023-05-12T10:00:00Z", "language": "en", "id": "r1"}
    (tmp_path / "rec.json").write_text(json.dumps(record), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([{"text": STORY}, {"text": STORY + " More."}]), encoding="utf-8")
    items = {i.source: i for i in _read([str(tmp_path)])}
    page = items[str(tmp_path / "page.html")]
    assert isinstance(page, Document) and page.kind == "html" and page.id == "page"
    rec = items[str(tmp_path / "rec.json")]
    assert (rec.id, rec.title, rec.outlet, rec.published, rec.language, rec.url) == (
        "r1", "Strike ends", "Example Post", date(2023, 5, 12), "en", "https://www.example.org/a")
    many = [i for s, i in items.items() if s.startswith(str(tmp_path / "many.json"))]
    assert len(many) == 2 and all(len(i.id) == 16 for i in many)  # content hashes


def test_ids_are_unique_within_a_batch(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b" / "story.txt").write_text(STORY, encoding="utf-8")
    lines = [json.dumps({"id": "story", "text": STORY}), json.dumps({"id": "story", "text": STORY})]
    (tmp_path / "c.jsonl").write_text("\n".join(lines), encoding="utf-8")
    ids = [i.id for i in _read([str(tmp_path)])]
    assert len(ids) == 4 and len(set(ids)) == 4
    assert ids[0] == "story"


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = "\n".join([json.dumps({"text": STORY, "id": "s1"}), "", "{broken", json.dumps({"title": "x"})])
    monkeypatch.setattr("sys.stdin", io.StringIO(data))
    items = _read(["-"])
    assert isinstance(items[0], Document) and items[0].id == "s1"
    assert isinstance(items[1], Skipped) and "broken JSON" in items[1].error and items[1].source == "<stdin>:3"
    assert isinstance(items[2], Skipped) and "text" in items[2].error


@pytest.mark.parametrize(
    ("name", "content", "needle"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n  ", "empty"),
        ("binary.txt", bytes(range(256)) * 20, "binary"),
        ("broken.json", b'{"text": "unterminated', "broken JSON"),
        ("notext.json", b'{"title": "only a title"}', "text"),
        ("fake.html", b"just words, no markup at all, in a file called html", "not HTML"),
    ],
)
def test_bad_input_is_one_line_skip(tmp_path: Path, name: str, content: bytes, needle: str) -> None:
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    items = _read([str(tmp_path / name), str(tmp_path / "good.txt")])
    assert isinstance(items[0], Skipped), items[0]
    assert needle in items[0].error and "\n" not in items[0].error
    assert items[0].source == str(tmp_path / name)
    assert isinstance(items[1], Document)  # the batch goes on


def test_too_large_and_missing(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(STORY * 200, encoding="utf-8")
    items = _read([str(big), str(tmp_path / "nope.txt"), str(tmp_path / "x.pdf")], max_bytes=1000)
    assert "too large" in items[0].error
    assert "no such file" in items[1].error
    assert all(isinstance(i, Skipped) for i in items)


def test_legacy_encodings_and_boms() -> None:
    assert decode_bytes("Genève, lundi — l'accord « historique »".encode("cp1252")).startswith("Genève")
    assert decode_bytes("\ufeffZürich".encode()) == "Zürich"
    assert decode_bytes("Київ, понеділок".encode("utf-16")) == "Київ, понеділок"
    with pytest.raises(BadInput):
        decode_bytes(b"\x00\x01\x02\x03" * 100)
    # Cyrillic bytes are not read as accented Latin; a page's declared charset wins
    ru = "Паводок в Оренбургской области: эвакуированы более пяти тысяч человек."
    assert decode_bytes(ru.encode("cp1251")) == ru
    page = f'<html><head><meta charset="windows-1251"></head><body><p>{ru}</p></body></html>'
    assert ru in decode_bytes(page.encode("cp1251"))


def test_dispatch_to_other_readers_never_crashes(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(gzip.compress(b"not a warc"))
    feed = tmp_path / "feed.rss"
    feed.write_text("<rss><channel></channel></rss>", encoding="utf-8")
    items = _read([str(warc), str(feed)])
    # whatever those readers decide, bad input is a Skipped, never an exception
    assert all(isinstance(i, Document | Skipped) for i in items)


def test_parse_date_variants() -> None:
    assert parse_date("2022-01-10") == date(2022, 1, 10)
    assert parse_date("10 January 2022") == date(2022, 1, 10)
    assert parse_date(None) is None
    assert parse_date("not a date at all") is None


def test_a_folder_with_nothing_readable_says_what_it_holds(tmp_path):
    # MultiLing ships its sources as "M0080.arabic": nothing to read, and the user is told why
    for n in range(3):
        (tmp_path / f"M008{n}.arabic").write_text("زلزال في هايتي.", encoding="utf-8")
    items = list(read_paths([str(tmp_path)], ReadSettings()))
    assert len(items) == 1 and isinstance(items[0], Skipped)
    assert items[0].source == str(tmp_path) and ".arabic (3)" in items[0].error and ".txt" in items[0].error
