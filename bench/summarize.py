"""Summarization benchmark: MultiLing 2011 (TAC pilot), 250-word multi-document summaries.

Each of the 10 topics has 10 WikiNews articles (every one an independent source) and
3 human model summaries per language. Synoptic's brief is produced through the real
pipeline functions (clean -> analyze -> facts -> summarize, max_words 250) and scored
beside the 2011 participants' summaries (`peers/ID<n>/<Language>/`) with the same
scorer in the same run: ROUGE-1/2 recall, averaged over the model summaries of a
topic, then over topics.

English uses `rouge-score` with its Porter stemmer. Its tokenizer keeps only [a-z0-9],
so every other language is scored with a simple unicode word tokenizer (lowercased
runs of letters, combining marks and digits; no stemming); those numbers are
comparable only within this table.

Usage: .venv/bin/python bench/summarize.py [--languages en,fr] [--topics N] [--words 250]
Data: ../shared/bench/summaries-multiling2011 (skips with a message when absent).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from synoptic import vectors  # noqa: E402
from synoptic.compare.facts import align_facts  # noqa: E402
from synoptic.model import Article, Document, Origin  # noqa: E402
from synoptic.settings import Settings  # noqa: E402
from synoptic.write.brief import summarize  # noqa: E402

DATA = ROOT.parent / "shared" / "bench" / "summaries-multiling2011"
LANGUAGES = {
    "en": "English",
    "fr": "French",
    "ar": "Arabic",
    "cs": "Czech",
    "el": "Greek",
    "he": "Hebrew",
    "hi": "Hindi",
}
PEERS = [f"ID{i}" for i in range(1, 11)]
PEER_NOTE = {"ID9": "centroid baseline", "ID10": "topline (uses the models)"}


class UnicodeTokenizer:
    """Lowercased unicode words (letters with their combining marks, digits): the
    rouge-score tokenizer drops non-ASCII letters."""

    _word = regex.compile(r"[\p{L}\p{M}\p{N}]+")

    def tokenize(self, text: str) -> list[str]:
        return self._word.findall(text.lower())


def scorer_for(language: str):
    from rouge_score import rouge_scorer

    if language == "en":
        return rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    return rouge_scorer.RougeScorer(["rouge1", "rouge2"], tokenizer=UnicodeTokenizer())


def recall(scorer, summary: str, references: list[str]) -> tuple[float, float]:
    """ROUGE-1/2 recall averaged over the model summaries (ROUGE's `-f A`)."""
    r1 = [scorer.score(ref, summary)["rouge1"].recall for ref in references]
    r2 = [scorer.score(ref, summary)["rouge2"].recall for ref in references]
    return statistics.fmean(r1), statistics.fmean(r2)


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def topic_documents(language: str, topic: int) -> list[Document]:
    name = LANGUAGES[language].lower()
    docs = []
    for d in range(10):
        path = DATA / "SourceTexts" / f"M00{topic}{d}.{name}"
        if path.exists():
            docs.append(
                Document(
                    id=f"M00{topic}{d}", source=str(path), content=read(path), language=language
                )
            )
    return docs


def references(language: str, topic: int) -> list[str]:
    folder = DATA / "ModelSummaries" / LANGUAGES[language]
    return [read(p) for p in sorted(folder.glob(f"M00{topic}.*"))]


def peer_summary(peer: str, language: str, topic: int) -> str | None:
    path = DATA / "peers" / peer / LANGUAGES[language] / f"M00{topic}"
    return read(path) if path.exists() else None


def _prepare(docs: list[Document], settings: Settings) -> tuple[list[Article], dict]:
    """clean -> analyze, the pipeline's per-article stages."""
    try:
        from synoptic import clean, text

        articles, _skipped = clean.clean_documents(docs, settings.clean)
        analyses = {a.id: text.analyze(a, settings.text) for a in articles}
    except ImportError as err:  # a stage not landed yet: raw text, first line as heading
        print(f"(pipeline stage missing: {err}; using raw text)", file=sys.stderr)
        articles, analyses = _raw_articles(docs)
    return articles, analyses


def _raw_articles(docs: list[Document]) -> tuple[list[Article], dict]:
    import importlib.util

    from synoptic.model import ArticleAnalysis

    spec = importlib.util.spec_from_file_location(
        "_sentences", ROOT / "src" / "synoptic" / "text" / "sentences.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    articles, analyses = [], {}
    for doc in docs:
        first = doc.content.split("\n", 1)[0]
        article = Article(
            id=doc.id,
            source=doc.source,
            text=doc.content,
            title=first,
            language=doc.language,
            headings=[(0, len(first))],
        )
        articles.append(article)
        analyses[doc.id] = ArticleAnalysis(doc.id, module.split_sentences(article))
    return articles, analyses


@dataclass
class Run:
    summary: str
    words: int
    seconds: float
    compare_seconds: float = 0.0  # facts + summary alone


def brief_topic(docs: list[Document], settings: Settings, encoder) -> Run:
    started = time.perf_counter()
    articles, analyses = _prepare(docs, settings)
    # every WikiNews article of a topic is its own report: one origin each
    origins = [Origin(f"o{n}", [a.id]) for n, a in enumerate(articles, start=1)]
    compare_started = time.perf_counter()
    facts = align_facts(articles, analyses, origins, encoder, settings.compare)
    summary = summarize(facts, [], articles, analyses, encoder, settings.write)
    text = "\n".join(s.text for s in summary)
    now = time.perf_counter()
    return Run(text, len(text.split()), now - started, now - compare_started)


@dataclass
class LanguageResult:
    language: str
    topics: int = 0
    ours: list[tuple[float, float]] = field(default_factory=list)
    peers: dict[str, list[tuple[float, float]]] = field(default_factory=dict)
    seconds: list[float] = field(default_factory=list)
    compare_seconds: list[float] = field(default_factory=list)
    words: list[int] = field(default_factory=list)


def evaluate(
    language: str, topics: list[int], settings: Settings, encoder, peers: bool = True
) -> LanguageResult:
    scorer = scorer_for(language)
    result = LanguageResult(language)
    for topic in topics:
        docs = topic_documents(language, topic)
        refs = references(language, topic)
        if not docs or not refs:
            continue
        run = brief_topic(docs, settings, encoder)
        result.topics += 1
        result.ours.append(recall(scorer, run.summary, refs))
        result.seconds.append(run.seconds)
        result.compare_seconds.append(run.compare_seconds)
        result.words.append(run.words)
        if peers:
            for peer in PEERS:
                text = peer_summary(peer, language, topic)
                if text is not None:
                    result.peers.setdefault(peer, []).append(recall(scorer, text, refs))
    return result


def _mean(pairs: list[tuple[float, float]], k: int) -> float:
    return 100 * statistics.fmean(p[k] for p in pairs) if pairs else float("nan")


def print_table(result: LanguageResult) -> None:
    lang = result.language
    scorer = "rouge-score, Porter stemmer" if lang == "en" else "unicode tokens, no stemming"
    print(f"\n{LANGUAGES[lang]} ({result.topics} topics; ROUGE recall x100; {scorer})")
    print(f"{'system':<28}{'R-1':>8}{'R-2':>8}")
    rows = [("synoptic", result.ours)] + [
        (f"{p} {PEER_NOTE.get(p, '')}".strip(), v) for p, v in result.peers.items()
    ]
    rows.sort(key=lambda r: -_mean(r[1], 1))
    for name, pairs in rows:
        print(f"{name:<28}{_mean(pairs, 0):>8.2f}{_mean(pairs, 1):>8.2f}")
    if result.seconds:
        print(
            f"synoptic: {statistics.fmean(result.words):.0f} words on average; "
            f"brief latency per 10-article topic {statistics.fmean(result.seconds):.2f} s mean, "
            f"{max(result.seconds):.2f} s max (clean+analyze+facts+summary, warm encoder); "
            f"facts+summary alone {statistics.fmean(result.compare_seconds):.2f} s mean"
        )


def pipeline_latency(language: str, topic: int, settings: Settings) -> float:
    """Wall time of the whole `synoptic brief` pipeline on one 10-article topic."""
    from synoptic import pipeline

    started = time.perf_counter()
    pipeline.brief_from_documents(topic_documents(language, topic), settings)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--languages", default="en,fr", help="comma-separated: en,fr,ar,cs,el,he,hi"
    )
    parser.add_argument("--topics", type=int, default=10, help="how many topics (1-10)")
    parser.add_argument("--words", type=int, default=250)
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument(
        "--latency", action="store_true", help="also time the whole pipeline on one topic"
    )
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"summarize: benchmark data not found at {DATA}; skipped")
        return 0
    settings = Settings()
    settings.write.max_words = args.words
    encoder = vectors.get_encoder(settings.vectors)
    encoder.encode(["warm up"])  # model load is not part of a brief's latency here
    topics = list(range(min(10, max(1, args.topics))))
    for lang in args.languages.split(","):
        lang = lang.strip()
        if lang not in LANGUAGES:
            print(f"unknown language {lang!r}; known: {', '.join(LANGUAGES)}")
            continue
        if args.latency:  # first, before the encoder has seen these sentences
            seconds = pipeline_latency(lang, topics[0], settings)
            print(
                f"whole pipeline (brief_from_documents) on {LANGUAGES[lang]} topic {topics[0]}, "
                f"10 articles, sentence vectors not yet cached: {seconds:.2f} s"
            )
        print_table(evaluate(lang, topics, settings, encoder, peers=not args.no_peers))
    return 0


if __name__ == "__main__":
    sys.exit(main())
