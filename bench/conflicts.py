"""Dispute detection on hand-written pairs: precision and recall, overall and per category.

Each pair of `tests/data/conflicts/pairs.json` is two short independent articles
that either disagree (with the acceptable conflict kinds) or do not (paraphrase,
rounding, vaguer or more specific wording). The pair runs through the real
stages (text layer, entities, quotes, facts) and `find_conflicts`.

A second mode reviews real coverage nobody here wrote: `--ecb N` runs the first N
ECB+ stories (`../shared/bench/stories-ecbplus`, several articles about one real
event) through the pipeline and prints every dispute found with its context, for
judging by hand, plus disputes per story.

Usage: .venv/bin/python bench/conflicts.py [--limit N] [--encoder tfidf|auto] [--verbose]
       .venv/bin/python bench/conflicts.py --ecb 20
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
    from synoptic.compare import conflicts, facts, reference_date
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
    ref, _ = reference_date.infer_reference_date(articles, analyses, published, settings.compare)
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


def _detokenize(text: str) -> str:
    """ECB+ text is tokenized ("Reid 's rep , told"): undo the common cases."""
    import re

    t = text.replace("``", '"').replace("''", '"')
    t = re.sub(r"(\d) , (\d{3})\b", r"\1,\2", t)  # figures first: "15 , 800" -> "15,800"
    t = re.sub(r"(\d) \. (\d)", r"\1.\2", t)
    t = re.sub(r" ([,.;:!?%)\]])", r"\1", t)
    t = re.sub(r"([(\[$]) ", r"\1", t)
    t = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", t)
    t = re.sub(r" - ", "-", t)
    return re.sub(r'" (.*?) "', r'"\1"', t)


def review_ecb(n_stories: int, encoder_name: str) -> int:
    """Disputes the pipeline finds in real multi-outlet stories, printed for judging."""
    from synoptic import pipeline, vectors
    from synoptic.model import Document
    from synoptic.settings import Settings

    path = ROOT.parent / "shared" / "bench" / "stories-ecbplus" / "ecbplus_docs_clusters.jsonl"
    if not path.is_file():
        print(f"ECB+ not found at {path}")
        return 0
    groups: dict[str, list[dict]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        groups[doc["subtopic"]].append(doc)
    settings = Settings()
    settings.vectors.encoder = encoder_name
    encoder = vectors.get_encoder(settings.vectors)
    order = sorted(groups, key=lambda k: (int(k.split("_")[0]), k))[:n_stories]
    kinds: dict[str, int] = defaultdict(int)
    started = time.perf_counter()
    n_built = 0
    for sub in order:
        docs = [
            Document(id=d["doc"], source=d["doc"], content=_detokenize(d["text"]), language="en")
            for d in groups[sub]
        ]
        try:
            prepared = pipeline.prepare(docs, settings)
            if len(prepared.articles) < 2:
                continue
            story = pipeline.build_story(sub, prepared.articles, prepared.analyses, encoder, settings)
        except Exception as exc:  # a broken story is reported, the review goes on
            print(f"== {sub}: failed: {exc}")
            continue
        n_built += 1
        texts = {a.id: a.text for a in prepared.articles}
        real = [c for c in story.conflicts if not c.imprecise]
        print(f"== {sub}: {len(prepared.articles)} articles, {story.independent_sources} sources, "
              f"{len(real)} disputes")
        for c in real:
            kinds[c.kind] += 1
            print(f"  [{c.kind}] {c.topic} | {c.majority or '-'}")
            for v in c.variants:
                print(f"     {v.value[:70]!r} {len(v.articles)} article(s)")
                m = v.mentions[0] if v.mentions else None
                if m is not None:
                    ctx = texts[m.article][max(0, m.start - 70) : m.end + 70].replace("\n", " ")
                    print(f"         … {ctx} …")
    total = sum(kinds.values())
    print(f"stories {n_built} · disputes {total} ({total / max(1, n_built):.2f} per story) · "
          + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
          + f" · {time.perf_counter() - started:.0f} s")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N pairs")
    parser.add_argument("--encoder", default="tfidf", help="tfidf (default, fast) or auto")
    parser.add_argument("--verbose", action="store_true", help="one line per pair")
    parser.add_argument("--ecb", type=int, default=0, help="review disputes in N ECB+ stories")
    args = parser.parse_args()
    if args.ecb:
        return review_ecb(args.ecb, args.encoder)

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
