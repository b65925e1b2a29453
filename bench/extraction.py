"""Main-text extraction on the Article Extraction Benchmark (AEB), Synoptic beside trafilatura.

Data: ../shared/bench/extraction-aeb (181 pages + human gold bodies, MIT); the first 120
page ids develop, the other 61 test. Metric: the benchmark's own (word 4-gram shingles,
per-page precision and recall averaged, F1 of the averages; `bench.common.page_scores`).

The user's path: each page is saved as `<id>.html` (what `synoptic brief FOLDER` reads) or
given as a JSONL feed record with its URL, read by `synoptic.read` and cleaned by
`synoptic.pipeline.prepare`. trafilatura runs on the same pages in the same process. Also
scraped text (trafilatura's default output of the pages, furniture included) as .txt
files through the text cleaner, and how much of the clean gold bodies the cleaner removes.

    python bench/extraction.py [--sample-every K]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (  # noqa: E402
    AEB,
    DEV,
    SPLITS,
    TEST,
    Page,
    Result,
    Score,
    aggregate,
    load_aeb,
    page_scores,
    print_results,
)

COMMAND = "python bench/extraction.py"


def extract_pages(pages: list[Page], with_url: bool) -> dict[str, str]:
    """Article body per page id, read and cleaned as `synoptic` reads a folder or a feed."""
    from synoptic import pipeline, read
    from synoptic.settings import Settings

    settings = Settings()
    with tempfile.TemporaryDirectory(prefix="synoptic-aeb-") as tmp:
        folder = Path(tmp)
        if with_url:
            path = folder / "pages.jsonl"
            path.write_text("".join(json.dumps({"id": p.id, "text": p.html, "url": p.url or None, "format": "html"})
                                    + "\n" for p in pages), encoding="utf-8")
            sources = [str(path)]
        else:
            for p in pages:  # the page's own bytes: the reader decodes them as it would a user's
                (folder / f"{p.id}.html").write_bytes(gzip.decompress((AEB / "html" / f"{p.id}.html.gz").read_bytes()))
            sources = [str(folder / f"{p.id}.html") for p in pages]
        prepared = pipeline.prepare(read.read_paths(sources, settings.read), settings)
    return {a.id: a.text for a in prepared.articles}


def text_files(texts: dict[str, str]) -> dict[str, str]:
    """Plain texts as .txt files through the reader and the text cleaner: title + body."""
    from synoptic import pipeline, read
    from synoptic.settings import Settings

    settings = Settings()
    with tempfile.TemporaryDirectory(prefix="synoptic-aeb-") as tmp:
        sources = []
        for pid, text in texts.items():
            path = Path(tmp) / f"{pid}.txt"
            path.write_text(text, encoding="utf-8")
            sources.append(str(path))
        prepared = pipeline.prepare(read.read_paths(sources, settings.read), settings)
    return {a.id: ((a.title or "") + "\n" + a.text) for a in prepared.articles}


def trafilatura_pages(pages: list[Page]) -> dict[str, str]:
    import trafilatura

    return {p.id: trafilatura.extract(p.html, url=p.url or None) or "" for p in pages}


def score(pages: list[Page], outputs: dict[str, str], split: str) -> Score:
    return aggregate([page_scores(p.gold, outputs.get(p.id, "")) for p in pages if p.split == split])


def removed_share(pages: list[Page], split: str) -> float:
    """Share of the gold bodies' words (clean text) the text cleaner removes."""
    from synoptic import pipeline, read
    from synoptic.settings import Settings

    settings = Settings()
    chosen = [p for p in pages if p.split == split and p.gold.strip()]
    with tempfile.TemporaryDirectory(prefix="synoptic-aeb-") as tmp:
        sources = []
        for p in chosen:
            (Path(tmp) / f"{p.id}.txt").write_text(p.gold, encoding="utf-8")
            sources.append(str(Path(tmp) / f"{p.id}.txt"))
        prepared = pipeline.prepare(read.read_paths(sources, settings.read), settings)
    removed = sum(len(r.text.split()) for a in prepared.articles for r in a.removed)
    return removed / max(1, sum(len(p.gold.split()) for p in chosen))


def results(quick: bool = False, sample_every: int = 1) -> list[Result]:
    if not (AEB / "ground-truth.json").is_file():
        print(f"AEB data not found at {AEB}; skipped", file=sys.stderr)
        return []
    pages = list(load_aeb(sample_every))
    traf = trafilatura_pages(pages)
    traf_scores = {s: score(pages, traf, s) for s in SPLITS}
    reference = (f"trafilatura alone (defaults): test {traf_scores[TEST].f1:.3f}, dev {traf_scores[DEV].f1:.3f}"
                 " (published table: trafilatura 2.0.0 0.958 on all 181)")
    out = []
    for with_url in (False,) if quick else (False, True):
        ours = extract_pages(pages, with_url)
        variant = "feed (JSONL: page + URL)" if with_url else ".html files"
        by = {s: score(pages, ours, s) for s in SPLITS}
        out.append(Result("extraction, AEB", "F1", by[TEST].f1, by[DEV].f1, variant, reference, COMMAND))
        out.append(Result("extraction, AEB", "precision", by[TEST].precision, by[DEV].precision, variant, "",
                          COMMAND))
        out.append(Result("extraction, AEB", "recall", by[TEST].recall, by[DEV].recall, variant, "", COMMAND))
    cleaned = text_files({pid: t for pid, t in traf.items() if t})
    by = {s: score(pages, cleaned, s) for s in SPLITS}
    out.append(Result("extraction, AEB scraped text", "F1 after the text cleaner", by[TEST].f1, by[DEV].f1,
                      "trafilatura's output as .txt files",
                      f"the scraped text as is: test {traf_scores[TEST].f1:.3f}, dev {traf_scores[DEV].f1:.3f}",
                      COMMAND))
    out.append(Result("extraction, AEB gold bodies", "share of clean words removed (lower is better)",
                      removed_share(pages, TEST), removed_share(pages, DEV), "gold bodies as .txt files", "",
                      COMMAND))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample-every", type=int, default=1, help="keep every K-th page (id order)")
    parser.add_argument("--quick", action="store_true", help=".html files only")
    args = parser.parse_args(argv)
    print_results(results(args.quick, args.sample_every))
    return 0


if __name__ == "__main__":
    sys.exit(main())
