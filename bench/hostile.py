"""Write the hostile input corpus for bench/robustness.py into a folder.

    .venv/bin/python bench/hostile.py [FOLDER] [--tiny 2000]

Nothing large is committed: every input is generated here, deterministically
(seeded), from the bundled example's articles and, when ../shared is present, the
GVC and ECB+ texts (for the many distinct tiny articles). Each case names its
inputs and how many of its records are good (readable articles that must not be
lost because of a bad neighbour); `None` where no count is meaningful.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "geneva-2022"
SHARED = ROOT.parent / "shared" / "bench"


@dataclass
class Case:
    name: str
    inputs: list[str]
    good: int | None  # readable articles that must come through
    good_ids: list[str] = field(default_factory=list)  # their ids, where the input names them
    note: str = ""
    url_server: bool = False  # needs the trickling server of robustness.py
    postgres: bool = False  # also ingested into PostgreSQL when a server is given


def example_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLE.glob("*.txt"))]


def _sentences() -> list[str]:
    out: list[str] = []
    for text in example_texts():
        for line in text.splitlines():
            if len(line.split()) >= 8:
                out.append(line.strip())
    return out


def distinct_short_texts(n: int) -> list[tuple[str, str]]:
    """Up to `n` distinct (title, ~1 kB text) pairs of real news text."""
    found: list[tuple[str, str]] = []
    gvc = SHARED / "stories-gvc" / "gvc.jsonl"
    ecb = SHARED / "stories-ecbplus" / "ecbplus_docs_clusters.jsonl"
    for path, title_key in ((gvc, "title"), (ecb, None)):
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            lines = [ln for ln in rec["text"].splitlines() if len(ln.split()) >= 6]
            body = "\n\n".join(lines)[:1200]
            title = rec.get(title_key) if title_key else (lines[0][:120] if lines else "")
            if len(body.split()) >= 40:
                found.append((title or "", body))
            if len(found) >= n:
                return found
    if len(found) < n:  # without ../shared: sentences of the example, shuffled per article
        rng = random.Random(7)
        sents = _sentences()
        seen = {b for _, b in found}
        while len(found) < n:
            body = "\n\n".join(rng.sample(sents, 4))
            if body not in seen:
                seen.add(body)
                found.append((body.split(".")[0][:100], body))
    return found


def _good_records(n: int, prefix: str) -> list[dict]:
    return [{"id": f"{prefix}{k}", "title": t, "text": body, "outlet": f"Outlet {k % 7}", "language": "en"}
            for k, (t, body) in enumerate(distinct_short_texts(n))]


def _jsonl(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def _warc_record(uri: str, html: str) -> bytes:
    body = html.encode("utf-8")
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode()) + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\n"
            f"WARC-Record-ID: <urn:uuid:{abs(hash(uri)):032x}>\r\nWARC-Date: 2022-01-10T00:00:00Z\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n")
    return head.encode() + http + b"\r\n\r\n"


def _page(title: str, text: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in text.split("\n") if p.strip())
    return f"<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>{paras}</article></body></html>"


def build(folder: Path, tiny: int = 2000, port: int = 9) -> list[Case]:
    """Write every case under `folder`; returns them in a fixed order.

    `port`: where robustness.py's trickling feed server listens on 127.0.0.1.
    """
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(25)
    texts = example_texts()
    story = texts[0]
    cases: list[Case] = []

    def add(name: str, good: int | None, *paths: Path, ids: list[str] | None = None, note: str = "",
            url_server: bool = False, postgres: bool = False) -> None:
        cases.append(Case(name, [str(p) for p in paths], good, ids or [], note, url_server, postgres))

    p = folder / "binary.txt"
    p.write_bytes(bytes(rng.getrandbits(8) for _ in range(20_000)))
    add("binary file", 0, p)
    p = folder / "empty.txt"
    p.write_bytes(b"")
    add("empty file", 0, p)
    p = folder / "controls.txt"
    p.write_bytes(bytes(rng.choice(range(1, 32)) for _ in range(5_000)))
    add("control characters", 0, p)
    p = folder / "cp1252.txt"
    p.write_bytes(("Café owners in Genève said " + story).encode("cp1252", "replace"))
    add("cp1252 text", 1, p, ids=["cp1252"])
    p = folder / "utf16.txt"
    p.write_bytes(story.encode("utf-16"))
    add("UTF-16 text", 1, p, ids=["utf16"])
    p = folder / "broken.html"
    page = _page("Talks in Geneva", texts[1])
    p.write_text(page[: int(len(page) * 0.8)].replace("</p>", "", 5) + "<div><p", encoding="utf-8")
    add("broken HTML", None, p)
    p = folder / "broken.json"
    p.write_text('{"text": "Talks in Geneva ended', encoding="utf-8")
    add("broken JSON", 0, p)
    p = folder / "ünï cødé ✓ name; $(x).txt"
    p.write_text(texts[2], encoding="utf-8")
    add("odd file name", 1, p, ids=[p.stem])

    good = _good_records(18, "g")
    records = good[:9] + [{"id": "huge-title", "title": "x" * 5_000_000, "text": story}] + good[9:]
    p = folder / "huge-title.jsonl"
    _jsonl(p, records)
    add("5 MB title among 18 good", 18, p, ids=[r["id"] for r in good])

    good = _good_records(20, "f")
    oversized = [("outlet", "O" * 1_000_000), ("language", "l" * 100_000), ("title", "T" * 200_000),
                 ("author", "A" * 500_000), ("url", "https://example.org/" + "u" * 10_000)]
    for k, rec in enumerate(good[:15]):
        key, value = oversized[k % len(oversized)]
        rec[key] = value
    good[15]["id"] = "i" * 5_000  # skipped with a reason: not a good record any more
    p = folder / "oversized-fields.jsonl"
    _jsonl(p, good)
    add("1 MB outlet, 100 kB language, 5,000-char id", 19, p, ids=[r["id"] for r in good if len(r["id"]) < 100],
        postgres=True)

    good = _good_records(6, "w")
    good[0]["text"], good[1]["title"] = 42, ["a", {"b": None}]
    good[2]["published"], good[3]["outlet"] = {"y": 2022}, 3.5
    p = folder / "wrong-types.jsonl"
    _jsonl(p, good + [[1, 2], "text", None])
    add("wrong types", 5, p, ids=[r["id"] for r in good[1:]])

    good = _good_records(6, "n")
    good[2]["outlet"] = "Reu\u0000ters"
    good[3]["title"] = "Talks\u0000 end"
    good[4]["text"] = good[4]["text"].replace(" ", "\u0000 ", 3)
    p = folder / "nul.jsonl"
    _jsonl(p, good)
    add("NUL in outlet, title, text", 6, p, ids=[r["id"] for r in good], postgres=True)

    good = _good_records(3, "s")
    p = folder / "surrogates.jsonl"
    lines = [json.dumps(r) for r in good]  # ASCII JSON: a lone surrogate escape is legal here
    lines[1] = lines[1].replace('"title": "', '"title": "\\ud800', 1)
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    add("lone surrogate escape", 3, p, ids=[r["id"] for r in good], postgres=True)

    good = _good_records(3, "ls")
    good[1]["text"] = good[1]["text"].replace(". ", ".\u2028", 2)
    p = folder / "line-separator.jsonl"
    _jsonl(p, good)
    add("U+2028 inside a JSONL record", 3, p, ids=[r["id"] for r in good])

    good = _good_records(3, "wa")
    p = folder / "truncated.warc.gz"
    raw = io.BytesIO()
    last = 0
    for k, rec in enumerate(good):
        member = gzip.compress(_warc_record(f"https://example.org/a{k}", _page(rec["title"], rec["text"])))
        raw.write(member)
        last = len(member)
    data = raw.getvalue()
    p.write_bytes(data[: len(data) - last // 2])  # the last member cut short, the others whole
    add("truncated .warc.gz", 2, p, note="2 whole records, the partial third must be skipped with a reason")
    p = folder / "garbage.warc"
    p.write_text("WARC/1.0\r\nthis is not a warc\r\n" + story[:2000], encoding="utf-8")
    add("garbage .warc", 0, p)
    p = folder / "broken.rss"
    p.write_text('<?xml version="1.0"?><rss><channel><title>x</title><item><title>Talks</title><descr',
                 encoding="utf-8")
    add("broken feed", 0, p)

    p = folder / "big-article.txt"
    paragraphs = [ln for t in texts for ln in t.splitlines() if len(ln.split()) >= 8]
    body, k = ["Talks in Geneva: the long read"], 0
    while sum(len(b) + 2 for b in body) < 900_000:
        body.append(paragraphs[k % len(paragraphs)].replace("Geneva", f"Geneva ({k})", 1))
        k += 1
    p.write_text("\n\n".join(body), encoding="utf-8")
    # alone in its input, so no neighbour can lose it: it comes through, or is skipped as
    # "too slow in STAGE" when the per-record budget (wall time) runs out on a slow machine
    add("900 kB article", None, p, note="in, or skipped as too slow with the stage named")

    records = _good_records(tiny, "t")
    tiny_dir = folder / "tiny-files"
    tiny_dir.mkdir(exist_ok=True)
    for rec in records:
        (tiny_dir / f"{rec['id']}.txt").write_text(f"{rec['title']}\n\n{rec['text']}", encoding="utf-8")
    add(f"{len(records)} tiny files", len(records), tiny_dir, ids=[r["id"] for r in records])
    p = folder / "tiny.jsonl"
    _jsonl(p, [{"id": r["id"], "text": f"{r['title']}\n\n{r['text']}"} for r in records])
    add(f"the same {len(records)} as one JSONL", len(records), p, ids=[r["id"] for r in records])

    p = folder / "trickle.opml"
    p.write_text('<?xml version="1.0"?><opml version="2.0"><body>'
                 f'<outline type="rss" text="slow" xmlUrl="http://127.0.0.1:{port}/feed.rss"/>'
                 "</body></opml>", encoding="utf-8")
    add("OPML with a trickling feed", 0, p, note="the feed sends one byte every 2 s", url_server=True)
    return cases


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", help="where to write (default: a temporary folder)")
    parser.add_argument("--tiny", type=int, default=2000, help="how many tiny files")
    args = parser.parse_args()
    if not args.folder:  # e.g. from bench/run_all.py: list the cases, leave nothing behind
        with tempfile.TemporaryDirectory(prefix="synoptic-hostile-") as tmp:
            _list(build(Path(tmp), args.tiny))
        return 0
    _list(build(Path(args.folder), args.tiny))
    print(f"written under {args.folder}")
    return 0


def _list(cases: list[Case]) -> None:
    for case in cases:
        print(f"{case.name:45} good={case.good!s:5} {' '.join(Path(i).name for i in case.inputs)[:80]}")


if __name__ == "__main__":
    sys.exit(main())
