"""Main-text extraction on the Article Extraction Benchmark (AEB), Synoptic beside trafilatura.

Data: ../shared/bench/extraction-aeb (181 pages + human gold bodies, MIT).
Metric: the benchmark's own (word 4-gram shingles; per-page precision and
recall averaged; F1 of the averages), see `synoptic.clean.evaluate`.
Every system runs in the same process on the same pages, so the numbers and
the throughput are comparable. Also reports text-cleaning throughput
(articles/s) on scraped text: trafilatura's own output of the same pages,
fed back as `.txt`-style documents.

    .venv/bin/python bench/extraction.py [--limit N] [--sample-every K]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from synoptic.clean import clean_documents  # noqa: E402
from synoptic.clean.evaluate import Score, aggregate, load_aeb, page_scores  # noqa: E402
from synoptic.model import Document  # noqa: E402
from synoptic.settings import CleanSettings  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "extraction-aeb"


def run_trafilatura(pages, **options) -> tuple[Score, float, list[str]]:
    import trafilatura

    started = time.perf_counter()
    outputs = [trafilatura.extract(p.html, url=p.url or None, **options) or "" for p in pages]
    elapsed = time.perf_counter() - started
    score = aggregate([page_scores(p.gold, out) for p, out in zip(pages, outputs, strict=True)])
    return score, elapsed, outputs


def run_synoptic(pages, settings: CleanSettings) -> tuple[Score, float, int]:
    docs = [Document(id=p.id, source=p.id, content=p.html, kind="html", url=p.url or None) for p in pages]
    started = time.perf_counter()
    articles, skipped = clean_documents(docs, settings)
    elapsed = time.perf_counter() - started
    by_id = {a.id: a.text for a in articles}
    score = aggregate([page_scores(p.gold, by_id.get(p.id, "")) for p in pages])
    return score, elapsed, len(skipped)


def run_text_cleaning(pages, texts: list[str], settings: CleanSettings) -> tuple[Score, float, int]:
    """Scraped text (trafilatura's default output, furniture included) through the text cleaner."""
    docs = [Document(id=p.id, source=p.id, content=t, kind="text") for p, t in zip(pages, texts, strict=True) if t]
    started = time.perf_counter()
    articles, _ = clean_documents(docs, settings)
    elapsed = time.perf_counter() - started
    by_id = {a.id: a for a in articles}
    # the text cleaner takes a .txt file's first line as its title; score title + body
    preds = [(by_id[p.id].title + "\n" + by_id[p.id].text) if p.id in by_id else "" for p in pages]
    return aggregate([page_scores(p.gold, pred) for p, pred in zip(pages, preds, strict=True)]), elapsed, len(docs)


def false_removal(pages, settings: CleanSettings) -> float:
    """Share of words the text cleaner removes from the human gold bodies (clean text)."""
    docs = [Document(id=p.id, source=p.id, content=p.gold) for p in pages if p.gold.strip()]
    articles, _ = clean_documents(docs, settings)
    total = sum(len(d.content.split()) for d in docs)
    return sum(len(r.text.split()) for a in articles for r in a.removed) / max(1, total)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    parser.add_argument("--sample-every", type=int, default=1, help="keep every K-th page (id order)")
    args = parser.parse_args(argv)
    if not (args.data / "ground-truth.json").is_file():
        print(f"AEB data not found at {args.data}; skipping")
        return 0
    pages = list(load_aeb(args.data, args.limit, args.sample_every))
    settings = CleanSettings()
    print(f"Article Extraction Benchmark: {len(pages)} pages from {args.data}")

    rows: list[tuple[str, Score, float, str]] = []
    s, t, traf_texts = run_trafilatura(pages)
    rows.append(("trafilatura alone (defaults)", s, t, ""))
    s, t, _ = run_trafilatura(pages, include_comments=False)
    rows.append(("trafilatura alone (no comments)", s, t, ""))
    s, t, _ = run_trafilatura(pages, include_comments=False, favor_precision=True)
    rows.append(("trafilatura alone (favor_precision)", s, t, ""))
    s, t, n_skipped = run_synoptic(pages, settings)
    rows.append(("synoptic clean", s, t, f"{n_skipped} skipped"))

    print()
    print(f"| {'system':38} | precision | recall |   F1   | pages/s | note")
    print(f"|{'-' * 40}|-----------|--------|--------|---------|------")
    for name, score, elapsed, note in rows:
        rate = len(pages) / elapsed if elapsed else float("inf")
        print(f"| {name:38} |   {score.precision:.4f}  | {score.recall:.4f} | {score.f1:.4f} | {rate:7.1f} | {note}")
    print("(published AEB table: trafilatura 2.0.0 F1 0.958; rs_trafilatura 0.970)")

    print("\nAlready-scraped text: trafilatura's default output (furniture included) as .txt input")
    print(f"| {'input':38} | precision | recall |   F1   | articles/s")
    print(f"|{'-' * 40}|-----------|--------|--------|-----------")
    traf_alone = rows[0][1]
    print(f"| {'scraped text as is':38} |   {traf_alone.precision:.4f}  | {traf_alone.recall:.4f} | "
          f"{traf_alone.f1:.4f} |")
    score, elapsed, n = run_text_cleaning(pages, traf_texts, settings)
    print(f"| {'synoptic text cleaner':38} |   {score.precision:.4f}  | {score.recall:.4f} | "
          f"{score.f1:.4f} | {n / elapsed:9.1f}")
    print(f"\nfalse removal on the gold bodies (clean text): {false_removal(pages, settings):.2%} of words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
