"""WARC archives read as a stream of Documents; broken archives give a clear Skipped."""

from __future__ import annotations

import gzip
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from synoptic import read
from synoptic.model import Document, Skipped
from synoptic.read.warc import read_warc
from synoptic.settings import ReadSettings

PAGE = """<html><head><title>Port strike ends in Antwerp</title></head><body>
<nav>Home | World | Business</nav><article><h1>Port strike ends in Antwerp</h1>
<p>Dockworkers in Antwerp returned to work on Friday after unions and the port authority agreed
a 4 percent pay rise, ending a nine-day strike that left more than 60 container ships waiting
at anchor in the Scheldt estuary.</p></article></body></html>"""


def _write_warc(path: Path, records: list[tuple[str, str, str, bytes]], gz: bool = True) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for rec_type, uri, status, body in records:
            if rec_type == "response":
                http = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8")
                                                 if not uri.endswith(".png") else ("Content-Type", "image/png")],
                                        protocol="HTTP/1.1")
                record = writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=http)
            else:
                record = writer.create_warc_record(uri, rec_type, payload=BytesIO(body))
            writer.write_record(record)


def test_responses_become_documents_others_pass(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _write_warc(path, [
        ("request", "https://news.example/port", "", b"GET /port HTTP/1.1\r\n\r\n"),
        ("response", "https://news.example/port", "200 OK", PAGE.encode()),
        ("response", "https://news.example/gone", "404 Not Found", b"<html>not found</html>"),
        ("response", "https://news.example/logo.png", "200 OK", b"\x89PNG...."),
    ])
    items = list(read_warc(str(path), ReadSettings()))
    assert len(items) == 1 and isinstance(items[0], Document)
    doc = items[0]
    assert doc.kind == "html" and doc.url == "https://news.example/port"
    assert doc.outlet == "news.example" and "Antwerp" in doc.content
    assert doc.source.endswith("#https://news.example/port")


def test_read_paths_dispatches_warc_and_streams_uncompressed(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    _write_warc(path, [("response", f"https://news.example/p{i}", "200 OK", PAGE.encode())
                       for i in range(3)], gz=False)
    docs = [i for i in read.read_paths([str(path)], ReadSettings()) if isinstance(i, Document)]
    assert [d.url for d in docs] == [f"https://news.example/p{i}" for i in range(3)]
    assert len({d.id for d in docs}) == 3


def test_truncated_archive_keeps_good_records_and_reports_where_it_broke(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _write_warc(path, [("response", f"https://news.example/p{i}", "200 OK", PAGE.encode() * 20)
                       for i in range(3)])
    data = path.read_bytes()
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(data[: int(len(data) * 0.8)])
    items = list(read_warc(str(broken), ReadSettings()))
    assert any(isinstance(i, Document) for i in items)
    assert isinstance(items[-1], Skipped) and items[-1].source == str(broken)


def test_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc.gz"
    path.write_bytes(gzip.compress(b"this is not an archive at all\n" * 10))
    items = list(read_warc(str(path), ReadSettings()))
    assert len(items) == 1 and isinstance(items[0], Skipped)


EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "geneva-2022"


def _example_pages() -> list[bytes]:
    pages = []
    for path in sorted(EXAMPLE.glob("*.txt"))[:3]:
        paras = "".join(f"<p>{p}</p>" for p in path.read_text(encoding="utf-8").split("\n") if p.strip())
        pages.append(f"<html><body><article>{paras}</article></body></html>".encode())
    return pages


def test_partial_last_record_is_skipped_and_whole_ones_read(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    pages = _example_pages()
    _write_warc(path, [("response", f"https://news.example/p{i}", "200 OK", page) for i, page in enumerate(pages)])
    data = path.read_bytes()
    # cut inside the last gzip member's compressed body (not only its 8-byte trailer)
    for cut in (30, 100, 400):
        broken = tmp_path / f"cut{cut}.warc.gz"
        broken.write_bytes(data[:-cut])
        items = list(read_warc(str(broken), ReadSettings()))
        docs = [i for i in items if isinstance(i, Document)]
        assert [d.url for d in docs] == ["https://news.example/p0", "https://news.example/p1"], cut
        assert [d.content.encode() for d in docs] == pages[:2]
        assert isinstance(items[-1], Skipped) and items[-1].source == str(broken)
        assert "truncated WARC: record 3 (https://news.example/p2)" in items[-1].error


def test_garbage_warc_is_skipped_with_a_clear_reason(tmp_path: Path) -> None:
    text = (EXAMPLE / "001_6e2130d7b1fbf569.txt").read_text(encoding="utf-8")[:2000]
    cases = {
        "no-type.warc": "WARC/1.0\r\nthis is not a warc\r\n" + text,
        "no-uri.warc": "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 50\r\n\r\n" + text,
        "plain.warc": text,
    }
    for name, content in cases.items():
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        items = list(read_warc(str(path), ReadSettings()))
        assert len(items) == 1 and isinstance(items[0], Skipped), name
        assert items[0].error.startswith("not a WARC archive"), items[0].error
        assert "Error" not in items[0].error and "NoneType" not in items[0].error
