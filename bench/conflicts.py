"""Dispute detection on hand-written pairs: precision and recall, overall and per category.

Each pair of `tests/data/conflicts/pairs.json` is two short independent articles
that either disagree (with the acceptable conflict kinds) or do not (paraphrase,
rounding, vaguer or more specific wording). The pair runs through the real
stages (text layer, entities, quotes, facts) and `find_conflicts`.

Usage: .venv/bin/python bench/conflicts.py [--limit N] [--encoder tfidf|auto] [--verbose]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAIRS = ROOT / "tests" / "data" / "conflicts" / "pairs.json"


@dataclass
class Outcome:
    pair: dict
    kinds: list[str]  # kinds of the real (not imprecise) conflicts found
    topics: list[str]

    @property
    def expected(self) -> list[str]:
        return list(self.pair["expected"])

    @property
    def predicted(self) -> bool:
        return bool(self.kinds)

    @property
    def correct(self) -> bool:
        """A disagreement found with an acceptable kind, or none found where none is."""
        if not self.expected:
            return not self.kinds
        return any(k in self.expected for k in self.kinds)


def load_pairs(limit: int | None = None) -> list[dict]:
    pairs = json.loads(PAIRS.read_text(encoding="utf-8"))["pairs"]
    return pairs[:limit] if limit else pairs


def run_pair(pair: dict, encoder=None) -> Outcome:  # type: ignore[no-untyped-def]
    """The stages of `pipeline.build_story` that disputes depend on, on one pair."""
    from synoptic import text, vectors
    from synoptic.compare import conflicts, facts
    from synoptic.model import Article
    from synoptic.settings import Settings
    from synoptic.text import entities, quotes, timex

    settings = Settings()
    published = dt.date.fromisoformat(pair["published"]) if pair.get("published") else None
    articles = [
        Article(f"{pair['id']}-{side}", f"{pair['id']}-{side}.txt", pair[side],
                language="en", published=published)
        for side in ("a", "b")
    ]
    analyses = {a.id: text.analyze(a, settings.text) for a in articles}
    ref, _ = timex.infer_reference_date(articles, analyses, published)
    for a in articles:
        analyses[a.id].times = timex.resolve_times(analyses[a.id].times, a.published or ref)
    ents = entities.canonicalize(articles, analyses)
    quoted = quotes.merge_quotes(articles, analyses, ents)
    if encoder is None:
        settings.vectors.encoder = "tfidf"
        encoder = vectors.get_encoder(settings.vectors)
    origins: list = []  # the two passages are independent by construction
    fs = facts.align_facts(articles, analyses, origins, encoder, settings.compare)
    found = conflicts.find_conflicts(fs, articles, analyses, ents, quoted, origins, settings.compare)
    real = [c for c in found if not c.imprecise]
    return Outcome(pair, [c.kind for c in real], [c.topic for c in real])


def score(outcomes: list[Outcome]) -> dict[str, float]:
    tp = sum(1 for o in outcomes if o.expected and o.correct)
    predicted = sum(1 for o in outcomes if o.predicted)
    positives = sum(1 for o in outcomes if o.expected)
    negatives = [o for o in outcomes if not o.expected]
    return {
        "pairs": len(outcomes),
        "precision": tp / predicted if predicted else 1.0,
        "recall": tp / positives if positives else 1.0,
        "accuracy": sum(o.correct for o in outcomes) / len(outcomes) if outcomes else 1.0,
        "false_alarms": sum(1 for o in negatives if o.predicted),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N pairs")
    parser.add_argument("--encoder", default="tfidf", help="tfidf (default, fast) or auto")
    parser.add_argument("--verbose", action="store_true", help="one line per pair")
    args = parser.parse_args()

    from synoptic import vectors
    from synoptic.settings import VectorSettings

    encoder = vectors.get_encoder(VectorSettings(encoder=args.encoder))
    pairs = load_pairs(args.limit)
    started = time.perf_counter()
    outcomes = [run_pair(p, encoder) for p in pairs]
    elapsed = time.perf_counter() - started

    by_cat: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_cat[o.pair["category"]].append(o)
    print(f"{'category':<12} {'pairs':>5} {'disagree':>8} {'precision':>9} {'recall':>6} {'false+':>6}")
    for cat in sorted(by_cat):
        s = score(by_cat[cat])
        n_pos = sum(1 for o in by_cat[cat] if o.expected)
        print(f"{cat:<12} {s['pairs']:>5} {n_pos:>8} {s['precision']:>9.2f} {s['recall']:>6.2f} {s['false_alarms']:>6}")
    s = score(outcomes)
    n_pos = sum(1 for o in outcomes if o.expected)
    print(f"{'ALL':<12} {s['pairs']:>5} {n_pos:>8} {s['precision']:>9.2f} {s['recall']:>6.2f} {s['false_alarms']:>6}")
    print(f"accuracy {s['accuracy']:.2f} · encoder {args.encoder} · {elapsed:.1f} s for {len(pairs)} pairs")
    if args.verbose:
        for o in outcomes:
            mark = "ok " if o.correct else "BAD"
            print(f"{mark} {o.pair['id']:<26} expected {o.expected or '-'} found {o.kinds or '-'} {o.topics}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
