"""Fact alignment in languages the neural encoder does not know, against English as a proxy.

MultiLing 2011 holds each report in several languages (the id "M0040.el" is report M0040 in
Greek). The English reports of a topic are aligned into facts by the default encoder; for
another language, a sentence pair of two reports is "one fact" in the proxy gold when the
English sentences at the same positions are in one English fact. Only reports whose two
versions have the same number of sentences are counted (the translations keep their
sentences in order). Pairwise precision and recall of the language's own alignment, per
language. A proxy, not a gold: English against French, both aligned by the encoder, agree
at about P 0.46 / R 0.60.

    python bench/facts_parallel.py [--languages el,cs,hi,he,fr] [--split dev|test]
"""

from __future__ import annotations

import argparse
import collections
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from bench.common import TEST, load_multiling  # noqa: E402
from synoptic import pipeline, vectors  # noqa: E402
from synoptic.compare import facts as facts_mod  # noqa: E402
from synoptic.model import Document  # noqa: E402
from synoptic.settings import Settings  # noqa: E402


def fact_labels(records, settings, encoder) -> tuple[dict, dict]:
    """((report, sentence position) -> fact id, report -> sentence count) of one topic's reports."""
    docs = [Document(id=r.id, source=r.id, content=r.text, title=r.title, language=r.language) for r in records]
    prep = pipeline.prepare(docs, settings)
    found = facts_mod.align_facts(prep.articles, prep.analyses, [], encoder, settings.compare, None)
    position, counts = {}, {}
    for a in prep.articles:
        sentences = [s for s in prep.analyses[a.id].sentences if not s.is_heading]
        counts[a.id.split(".")[0]] = len(sentences)
        position.update({(a.id, s.span.start): k for k, s in enumerate(sentences)})
    labels = {}
    for fact in found:
        if fact.detail_of:
            continue
        for m in fact.mentions:
            if (m.article, m.start) in position:
                labels[(m.article.split(".")[0], position[(m.article, m.start)])] = fact.id
    return labels, counts


def scores(languages: list[str], split: str) -> dict[str, tuple[float, float, int, int, int]]:
    """language -> (P, R, pairs one fact in the proxy, reports counted, reports) on `split`."""
    settings = Settings(quiet=True)
    encoder = vectors.get_encoder(settings.vectors)
    topics = collections.defaultdict(list)
    for r in load_multiling(["en", *languages]):
        if (r.split == TEST) == (split == "test"):
            topics[(r.id[:4], r.language)].append(r)
    total = collections.Counter()
    for topic in sorted({t for t, _ in topics}):
        if (topic, "en") not in topics:
            continue
        gold, gold_counts = fact_labels(topics[(topic, "en")], settings, encoder)
        for lang in languages:
            if (topic, lang) not in topics:
                continue
            got, counts = fact_labels(topics[(topic, lang)], settings, encoder)
            kept = {a for a, n in counts.items() if gold_counts.get(a) == n}
            keys = [k for k in got if k[0] in kept and k in gold]
            for a, b in itertools.combinations(keys, 2):
                if a[0] != b[0]:
                    same, linked = gold[a] == gold[b], got[a] == got[b]
                    total[lang, "tp"] += same and linked
                    total[lang, "fp"] += linked and not same
                    total[lang, "fn"] += same and not linked
            total[lang, "kept"] += len(kept)
            total[lang, "reports"] += len(counts)
    out = {}
    for lang in languages:
        tp, fp, fn = (total[lang, k] for k in ("tp", "fp", "fn"))
        out[lang] = (tp / max(1, tp + fp), tp / max(1, tp + fn), tp + fn, total[lang, "kept"], total[lang, "reports"])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--languages", default="el,cs,hi,he,fr")
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    args = parser.parse_args()
    print(f"| language | reports counted | pairs one fact (proxy) | P | R | ({args.split}) |")
    print("|---|---|---|---|---|---|")
    for lang, (p, r, pairs, kept, reports) in scores(args.languages.split(","), args.split).items():
        print(f"| {lang} | {kept}/{reports} | {pairs} | {p:.3f} | {r:.3f} | |")


if __name__ == "__main__":
    main()
