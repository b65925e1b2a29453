"""Scoring main-text extraction the way the Article Extraction Benchmark does.

AEB (github.com/scrapinghub/article-extraction-benchmark, MIT): tokens are
`\\w+` runs, shingles are word 4-grams (a multiset), and per page
precision = tp/(tp+fp), recall = tp/(tp+fn); precision and recall are
averaged over pages and F1 is the harmonic mean of the averages (its
published table is computed this way). A page where both sides are empty
scores 1; an empty prediction for a non-empty gold scores 0.
Used by `bench/extraction.py` and the gate test.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def page_scores(gold: str, pred: str, n: int = 4) -> tuple[float, float]:
    """(precision, recall) of one page."""
    g, p = shingles(gold, n), shingles(pred, n)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    if tp + fp + fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    if tp + fp == 0:  # nothing predicted
        precision = 0.0
    return precision, recall


@dataclass
class Score:
    precision: float
    recall: float
    pages: int

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def aggregate(pairs: list[tuple[float, float]]) -> Score:
    if not pairs:
        return Score(0.0, 0.0, 0)
    return Score(
        sum(p for p, _ in pairs) / len(pairs),
        sum(r for _, r in pairs) / len(pairs),
        len(pairs),
    )


@dataclass
class Page:
    id: str
    url: str
    html: str
    gold: str


def load_aeb(root: Path, limit: int | None = None, sample_every: int = 1) -> Iterator[Page]:
    """Pages of the benchmark in id order; `sample_every` keeps every k-th page."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[::sample_every]
    if limit is not None:
        ids = ids[:limit]
    for pid in ids:
        path = root / "html" / f"{pid}.html.gz"
        data = gzip.decompress(path.read_bytes())
        html = data.decode("utf-8", errors="replace")
        yield Page(pid, truth[pid].get("url") or "", html, truth[pid].get("articleBody") or "")
