"""Same-origin detection speed (link/dedup.py internals) on synthetic mixtures.

Synthetic mixtures of the shared corpora (MultiLing source texts + ECB+ articles; copies,
trimmed copies, edited copies and sentence composites of them to reach the size):
articles/s for dedup + syndication, the number of candidate pairs examined (blocking),
and encoder time reported apart (vectors are cached per text). The quality of same-origin
detection through the user's path is `bench/syndication.py`; this script calls
`synoptic.link.dedup` directly (a speed measurement, not a quality figure), plus the
pairwise quality table of `find_origins` per topic (`--quality`, all topics: a
development figure).

Usage: python bench/syndication_speed.py [--speed 1000,10000] [--quality] [--encoder auto|use|tfidf]
Data: ../shared/bench/summaries-multiling2011 and ../shared/bench/stories-ecbplus.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from synoptic import clean  # noqa: E402
from synoptic.link import dedup  # noqa: E402
from synoptic.link.independence import origin_of  # noqa: E402
from synoptic.model import Article, ArticleAnalysis, Document, Sentence, Span  # noqa: E402
from synoptic.read.files import decode_bytes  # noqa: E402
from synoptic.settings import Settings  # noqa: E402
from synoptic.text.sentences import split_sentences  # noqa: E402
from synoptic.vectors import get_encoder  # noqa: E402

SHARED = ROOT.parent / "shared" / "bench"
MULTILING = SHARED / "summaries-multiling2011" / "SourceTexts"
ECBPLUS = SHARED / "stories-ecbplus" / "ecbplus_docs_clusters.jsonl"
LANGUAGES = {
    "english": "en",
    "french": "fr",
    "arabic": "ar",
    "czech": "cs",
    "greek": "el",
    "hebrew": "he",
    "hindi": "hi",
}
SUPPORTED_TARGET = ("en", "fr", "ar")  # targets: F1 >= 0.95, precision >= 0.98


class NoEncoder:
    """Supports no language: every pair goes through the lexical (numbers, names) path."""

    name = "none"
    cross_lingual = False

    def supports(self, language: str | None) -> bool:
        return False

    def encode(self, texts: list[str]):  # pragma: no cover - never called
        raise RuntimeError("lexical-only run")


@dataclass
class Item:
    article: Article
    analysis: ArticleAnalysis
    topic: str
    report: str  # gold origin key


def load_multiling(topics: int, languages: set[str], settings: Settings) -> list[Item]:
    """Articles through the real cleaner; gold report = (topic, document)."""
    docs: list[Document] = []
    meta: dict[str, tuple[str, str]] = {}
    for path in sorted(MULTILING.glob("M00*.*")):
        code, lang_name = path.name.split(".")
        lang = LANGUAGES.get(lang_name.lower())
        topic, report = code[3], code[:5]
        if lang not in languages or int(topic) >= topics:
            continue
        # the files are UTF-8 but one (M0069.czech) is cp1250: the reader's decoding handles it
        text = decode_bytes(path.read_bytes(), str(path))
        doc_id = f"{code}.{lang}"
        docs.append(Document(id=doc_id, source=str(path), content=text, kind="text", language=lang))
        meta[doc_id] = (topic, report)
    articles, _skipped = clean.clean_documents(docs, settings.clean)
    items = []
    for a in articles:
        topic, report = meta[a.id]
        items.append(Item(a, ArticleAnalysis(a.id, sentences=split_sentences(a)), topic, report))
    return items


def score_pairs(items: list[Item], encoder, settings: Settings):
    """Pairwise counts per language pair, over within-topic pairs; and the deciding methods."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp fp fn tn
    methods: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_topic: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_topic[item.topic].append(item)
    seconds = 0.0
    for topic_items in by_topic.values():
        articles = [i.article for i in topic_items]
        analyses = {i.article.id: i.analysis for i in topic_items}
        started = time.perf_counter()
        origins = dedup.find_origins(articles, analyses, encoder, settings.link)
        seconds += time.perf_counter() - started
        owner = origin_of(origins)
        method_of = {o.id: o.method for o in origins}
        for a, b in itertools.combinations(topic_items, 2):
            key = tuple(sorted((a.article.language or "?", b.article.language or "?")))
            gold = a.report == b.report
            pred = owner[a.article.id] == owner[b.article.id]
            if pred and gold:
                counts[key][0] += 1
            elif pred:
                counts[key][1] += 1
            elif gold:
                counts[key][2] += 1
            else:
                counts[key][3] += 1
            if pred:
                methods[key][method_of[owner[a.article.id]]] += 1
    return counts, methods, seconds


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def print_table(title: str, counts, methods=None) -> dict[str, float]:
    print(f"\n{title}")
    print(f"{'pair':8} {'TP':>5} {'FP':>5} {'FN':>5} {'TN':>5} {'P':>6} {'R':>6} {'F1':>6}  decided by")
    for key in sorted(counts, key=lambda k: (k[0] not in SUPPORTED_TARGET or k[1] not in SUPPORTED_TARGET, k)):
        tp, fp, fn, tn = counts[key]
        p, r, f = prf(tp, fp, fn)
        how = ""
        if methods and methods.get(key):
            how = ", ".join(f"{m}: {n}" for m, n in sorted(methods[key].items(), key=lambda x: -x[1])[:2])
        print(f"{'-'.join(key):8} {tp:5} {fp:5} {fn:5} {tn:5} {p:6.3f} {r:6.3f} {f:6.3f}  {how}")
    summary: dict[str, float] = {}
    for label, keep in (
        ("en/fr/ar", lambda k: k[0] in SUPPORTED_TARGET and k[1] in SUPPORTED_TARGET),
        ("cross-lingual en/fr/ar", lambda k: k[0] != k[1] and k[0] in SUPPORTED_TARGET and k[1] in SUPPORTED_TARGET),
        ("with cs/el/he/hi", lambda k: k[0] not in SUPPORTED_TARGET or k[1] not in SUPPORTED_TARGET),
        ("all", lambda k: True),
    ):
        tp = sum(counts[k][0] for k in counts if keep(k))
        fp = sum(counts[k][1] for k in counts if keep(k))
        fn = sum(counts[k][2] for k in counts if keep(k))
        if tp + fp + fn == 0:
            continue
        p, r, f = prf(tp, fp, fn)
        summary[label] = f
        print(f"{'micro ' + label:30} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (TP {tp}, FP {fp}, FN {fn})")
    return summary


# ---------------------------------------------------------------- speed


def _ecb_documents(limit: int) -> list[Document]:
    docs = []
    if not ECBPLUS.exists():
        return docs
    with ECBPLUS.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= limit:
                break
            rec = json.loads(line)
            docs.append(Document(id=f"ecb-{rec['doc']}", source="ecbplus", content=rec["text"], language="en"))
    return docs


def _compose(aid: str, sentences: list[str], language: str | None) -> tuple[Article, ArticleAnalysis]:
    """An article made of given sentences, one per line, with exact sentence spans."""
    parts: list[str] = []
    spans: list[Sentence] = []
    offset = 0
    for text in sentences:
        spans.append(Sentence(Span(aid, offset, offset + len(text), text), len(spans)))
        parts.append(text)
        offset += len(text) + 1
    article = Article(id=aid, source="synthetic", text="\n".join(parts), language=language)
    return article, ArticleAnalysis(aid, sentences=spans)


def synthetic_mixture(
    n: int, base: list[Article], analyses: dict[str, ArticleAnalysis], seed: int = 7
) -> tuple[list[Article], dict[str, ArticleAnalysis], dict[str, str]]:
    """n articles: base articles, then copies, trimmed/edited copies and sentence composites.

    Composites (three sentences from each of four unrelated articles of at least eight
    sentences, in one language) stand for more independent
    coverage; their sentences are already encoded, so the timing is dominated by
    linking, with encoder time reported apart.
    """
    rng = random.Random(seed)
    pool = list(base)
    rng.shuffle(pool)
    out = pool[: n // 2]
    out_analyses = {a.id: analyses[a.id] for a in out}
    # gold report of each article: MultiLing translations share one ("M0012"), copies
    # inherit their source's, composites and ECB+ articles are their own
    report = {a.id: a.id.split(".")[0] for a in out}
    sents = {a.id: [s.span.text for s in analyses[a.id].sentences] for a in base}
    by_language: dict[str | None, list[Article]] = defaultdict(list)
    for a in base:
        if len(sents[a.id]) >= 8:  # three sentences stay a minor part of each donor
            by_language[a.language].append(a)
    k = 0
    while len(out) < n:
        k += 1
        src = rng.choice(out)
        lines = sents.get(src.id) or [s.span.text for s in out_analyses[src.id].sentences]
        kind = rng.random()
        aid = f"syn{k}"
        if kind < 0.45:
            if kind < 0.15:
                chosen = list(lines)  # exact copy
            elif kind < 0.3:
                chosen = lines[: max(1, int(len(lines) * 0.6))]  # trimmed
            else:
                chosen = [x for x in lines if rng.random() > 0.3] or lines[:1]  # edited
            report[aid] = report[src.id]
        else:  # composite: three sentences from each of four articles in one language
            same = by_language[src.language]
            if len(same) < 4:
                same = [a for group in by_language.values() for a in group]
            donors = rng.sample(same, 4)
            chosen = [x for d in donors for x in rng.sample(sents[d.id], min(3, len(sents[d.id])))]
            report[aid] = aid
        article, analysis = _compose(aid, chosen, src.language)
        out.append(article)
        out_analyses[article.id] = analysis
    return out[:n], out_analyses, report


def _pair_counts(groups: list[list[str]], report: dict[str, str]) -> tuple[int, int, int]:
    """(predicted same-origin pairs, of which gold same-report, gold same-report pairs)."""

    def pairs(k: int) -> int:
        return k * (k - 1) // 2

    predicted = correct = 0
    for group in groups:
        predicted += pairs(len(group))
        per_report: dict[str, int] = defaultdict(int)
        for a in group:
            per_report[report[a]] += 1
        correct += sum(pairs(c) for c in per_report.values())
    gold_sizes: dict[str, int] = defaultdict(int)
    for r in report.values():
        gold_sizes[r] += 1
    return predicted, correct, sum(pairs(c) for c in gold_sizes.values())


def speed(sizes: list[int], encoder, settings: Settings) -> None:
    base_items = load_multiling(10, set(LANGUAGES.values()), settings)
    base = [i.article for i in base_items]
    base_analyses = {i.article.id: i.analysis for i in base_items}
    ecb, _ = clean.clean_documents(_ecb_documents(max(sizes)), settings.clean)
    for a in ecb:
        base_analyses[a.id] = ArticleAnalysis(a.id, sentences=split_sentences(a))
    base += ecb
    print(f"\nSpeed: synthetic mixtures of {len(base)} cleaned shared articles "
          f"(MultiLing 7 languages + ECB+), copies and composites to reach the size")
    print("(link = find_origins with vectors cached: blocking, deciding, grouping; wall and CPU seconds)")
    print(f"{'articles':>8} {'sentences':>9} {'encode s':>9} {'link s':>8} {'link cpu':>8} {'cand. pairs':>11} "
          f"{'pairs/art':>9} {'origins':>7} {'art/s link':>10} {'art/s total':>11}")
    prev = None
    for n in sizes:
        articles, analyses, report = synthetic_mixture(n, base, base_analyses)
        texts = [s.span.text for a in articles for s in analyses[a.id].sentences]
        started = time.perf_counter()
        if getattr(encoder, "name", "") != "none":
            supported = [
                s.span.text for a in articles if encoder.supports(a.language) for s in analyses[a.id].sentences
            ]
            encoder.encode(supported)
        encode_s = time.perf_counter() - started
        started, cpu_started = time.perf_counter(), time.process_time()
        origins = dedup.find_origins(articles, analyses, encoder, settings.link)
        link_s = time.perf_counter() - started
        link_cpu = time.process_time() - cpu_started
        # the blocking's output, counted apart (not timed)
        pairs = dedup.candidate_pairs(dedup._views(articles, analyses, encoder, settings.link), settings.link)
        print(f"{n:8} {len(texts):9} {encode_s:9.1f} {link_s:8.1f} {link_cpu:8.1f} {len(pairs):11} "
              f"{len(pairs) / n:9.2f} {len(origins):7} {n / link_s:10.1f} {n / (link_s + encode_s):11.1f}")
        predicted, correct, gold = _pair_counts([o.articles for o in origins], report)
        p, r, f = prf(correct, predicted - correct, gold - correct)
        print(f"{'':8} same origin vs the mixture's construction: P {p:.3f} R {r:.3f} F1 {f:.3f} "
              f"({predicted} predicted pairs, {gold} gold)")
        if prev:
            pn, ps = prev
            growth = (link_cpu / ps) / (n / pn)
            print(f"{'':8} link CPU time grew x{link_cpu / ps:.1f} for x{n / pn:.0f} articles "
                  f"(x{(n / pn) ** 2:.0f} if all pairs); per-article cost x{growth:.2f}")
        prev = (n, link_cpu)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topics", type=int, default=10)
    parser.add_argument("--languages", default=",".join(LANGUAGES.values()))
    parser.add_argument("--speed", default="1000,10000", help="comma-separated sizes; '' to skip")
    parser.add_argument("--quality", action="store_true", help="also the per-topic find_origins table")
    parser.add_argument("--no-lexical", action="store_true", help="skip the lexical-only table")
    parser.add_argument("--encoder", default="auto")
    args = parser.parse_args(argv)
    if not MULTILING.is_dir():
        print(f"shared data not found at {MULTILING}: skipped")
        return 0
    settings = Settings()
    settings.vectors.encoder = args.encoder
    encoder = get_encoder(settings.vectors)
    if args.quality:
        languages = {x.strip() for x in args.languages.split(",") if x.strip()}
        started = time.perf_counter()
        items = load_multiling(args.topics, languages, settings)
        print(f"MultiLing 2011 source texts: {len(items)} articles, {args.topics} topics, "
              f"languages {','.join(sorted(languages))}; encoder {encoder.name}")
        counts, methods, seconds = score_pairs(items, encoder, settings)
        print_table(f"Same origin, pairwise within topics (encoder {encoder.name}; cs/el/he/hi are "
                    f"not USE languages: lexical path)", counts, methods)
        if not args.no_lexical:
            lex_counts, _, _ = score_pairs(items, NoEncoder(), settings)
            print_table("Lexical evidence only (numbers and names in order, no encoder), every pair",
                        lex_counts)
        print(f"\nquality run: {time.perf_counter() - started:.1f} s ({seconds:.1f} s in find_origins)")
    sizes = [int(x) for x in args.speed.split(",") if x.strip()]
    if sizes:
        speed(sizes, encoder, settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
