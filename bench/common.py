"""What every benchmark shares: data loaders with their development/test splits, the user's
path into Synoptic (files or JSONL through `synoptic ingest`/`brief`), B-cubed, the AEB
shingle scorer, the ECB+ detokenizer, the ROUGE wrapper and a small table printer.

Splits (../shared/README.md, "Development and test splits"): ECB+ (and ESC, its subset)
topics 1-30 develop, 31-45 test; MultiLing 2011 topics M000-M005 develop, M006-M009 test;
AEB the first 120 page ids develop, the rest test; GVC and Wikinews-timeline by their
published splits (GVC train+dev develop, test test; Wikinews trial develop, test test).
Anything that searches over settings reads `DEV` data only.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import shutil
import statistics
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "bench"
if str(ROOT / "src") not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT / "src"))

DEV, TEST = "development", "test"
SPLITS = (TEST, DEV)

ECBPLUS = SHARED / "stories-ecbplus"
MULTILING = SHARED / "summaries-multiling2011"
AEB = SHARED / "extraction-aeb"
GVC = SHARED / "stories-gvc"
WIKINEWS = SHARED / "wikinews-timeline"
ESC = SHARED / "timex-esc"


# -- results and tables ------------------------------------------------------------------


@dataclass
class Result:
    """One measure of one benchmark: its test and development figures side by side."""

    benchmark: str
    measure: str
    test: float | None
    development: float | None
    variant: str = ""  # e.g. "with titles and dates" / "plain .txt files"
    reference: str = ""  # what it is compared with, measured in the same run
    command: str = ""


def fmt(value: float | None, digits: int = 3) -> str:
    if value is None or value != value:  # None or NaN
        return "—"
    return f"{value:.{digits}f}"


def print_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """A Markdown table (floats with 3 decimals), readable in a terminal and pasteable."""
    cells = [[fmt(c) if isinstance(c, float) or c is None else str(c) for c in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in cells:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |", flush=True)


def print_results(results: list[Result]) -> None:
    print_table(
        ["benchmark", "measure", "input", "test", "development", "reference (same run)"],
        [(r.benchmark, r.measure, r.variant, r.test, r.development, r.reference) for r in results],
    )


# -- records: a data set's articles as a user's data would arrive --------------------------


@dataclass
class Record:
    """One article of a benchmark: text and the metadata a feed would carry, plus gold."""

    id: str
    text: str
    gold: str
    split: str  # DEV or TEST
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None
    language: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    plain: str | None = None  # the file as the data set ships it, when it is one

    def plain_text(self) -> str:
        """The article as a .txt file: the headline as first line when there is one."""
        if self.plain is not None:
            return self.plain
        if self.title and not self.text.startswith(self.title):
            return f"{self.title}\n\n{self.text}"
        return self.text

    def feed_record(self) -> dict[str, str]:
        """A JSONL record with every field a feed gives (the headline stays out of the body)."""
        record = {"id": self.id, "text": self.text}
        for key in ("title", "published", "url", "language"):
            value = getattr(self, key)
            if value:
                record[key] = value
        return record


def split_of(records: list[Record], split: str) -> list[Record]:
    return [r for r in records if r.split == split]


# -- scoring -----------------------------------------------------------------------------


def bcubed(pred: list[list[str]], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 (Bagga & Baldwin) of a grouping against gold labels,
    over the items that are both predicted and labelled."""
    cluster_of = {a: i for i, group in enumerate(pred) for a in group if a in gold}
    members: dict[int, set[str]] = defaultdict(set)
    for a, i in cluster_of.items():
        members[i].add(a)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for a in cluster_of:
        by_gold[gold[a]].add(a)
    if not cluster_of:
        return 0.0, 0.0, 0.0
    p = r = 0.0
    for a, i in cluster_of.items():
        both = len(members[i] & by_gold[gold[a]])
        p += both / len(members[i])
        r += both / len(by_gold[gold[a]])
    p /= len(cluster_of)
    r /= len(cluster_of)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def mean_scores(scores: list[tuple[float, ...]]) -> tuple[float, ...]:
    return tuple(statistics.fmean(s[i] for s in scores) for i in range(len(scores[0])))


# AEB (github.com/scrapinghub/article-extraction-benchmark, MIT): tokens are `\w+` runs,
# shingles word 4-grams (a multiset); per page precision = tp/(tp+fp), recall = tp/(tp+fn);
# both averaged over pages, F1 the harmonic mean of the averages (its published table is
# computed this way). Both sides empty scores 1; an empty prediction for a gold scores 0.
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


# ROUGE: English with rouge-score's Porter stemmer; its tokenizer keeps only [a-z0-9], so
# other languages use lowercased unicode words, no stemming (comparable within a table only).
class UnicodeTokenizer:
    """Lowercased unicode words (letters with their combining marks, digits)."""

    def __init__(self) -> None:
        import regex

        self._word = regex.compile(r"[\p{L}\p{M}\p{N}]+")

    def tokenize(self, text: str) -> list[str]:
        return self._word.findall(text.lower())


def rouge_scorer_for(language: str):
    from rouge_score import rouge_scorer

    if language == "en":
        return rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    return rouge_scorer.RougeScorer(["rouge1", "rouge2"], tokenizer=UnicodeTokenizer())


def rouge_recall(scorer, summary: str, references: list[str]) -> tuple[float, float]:
    """ROUGE-1/2 recall averaged over the model summaries (ROUGE's `-f A`)."""
    scores = [scorer.score(ref, summary) for ref in references]
    return (statistics.fmean(s["rouge1"].recall for s in scores),
            statistics.fmean(s["rouge2"].recall for s in scores))


# -- ECB+ ----------------------------------------------------------------------------------


def ecb_split(topic: int) -> str:
    return DEV if topic <= 30 else TEST


def detokenize(text: str) -> str:
    """ECB+ ships tokenised text: undo the tokenizer's spaces as a published text has them."""
    # numbers the tokenizer cut apart: "5 . 9" -> "5.9", "2 , 000" -> "2,000"
    text = re.sub(r"(?<=\d) \. (?=\d)", ".", text)
    text = re.sub(r"\b(\d{1,3}) , (?=\d{3}\b)", r"\1,", text)
    text = re.sub(r"``\s*|\s*''", '"', text)
    text = re.sub(r"\s+([,.;:!?%)\]])", r"\1", text)
    text = re.sub(r"([(\[$])\s+", r"\1", text)
    text = re.sub(r"\s+(n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    text = re.sub(r"\s+-\s+", "-", text)
    return text


def load_ecbplus() -> list[Record]:
    """982 articles; gold = subtopic (two events of one kind per topic). The first line of
    many is the article's URL: a feed gives it as `url`, a text file does not have it."""
    records = []
    with (ECBPLUS / "ecbplus_docs_clusters.jsonl").open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            lines = [ln for ln in row["text"].split("\n") if ln.strip()]
            url = lines[0].strip() if lines and lines[0].startswith("http") else None
            body = [ln for ln in lines if not ln.startswith("http")]
            records.append(Record(id=row["doc"].removesuffix(".xml"), text=detokenize("\n".join(body)),
                                  gold=row["subtopic"], split=ecb_split(int(row["topic"])), url=url))
    return records


# -- MultiLing 2011 ------------------------------------------------------------------------

MULTILING_LANGUAGES = {"en": "english", "fr": "french", "ar": "arabic", "cs": "czech",
                       "el": "greek", "he": "hebrew", "hi": "hindi"}


def multiling_split(topic: int) -> str:
    return DEV if topic <= 5 else TEST


def _read_text(path: Path) -> str:
    from synoptic.read.files import decode_bytes  # one file (M0069.czech) is cp1250

    return decode_bytes(path.read_bytes(), str(path))


def load_multiling(languages: Iterable[str] = ("en", "fr", "ar")) -> list[Record]:
    """The source texts: 10 topics x 10 WikiNews reports per language, gold = topic.

    Each file's first line is "date headline"; the date is written per language
    ("2005/01/08", "08/01/2005"), so the English file's date dates all translations.
    As plain text, each article is its original file.
    """
    folder = MULTILING / "SourceTexts"
    records = []
    for code in languages:
        for path in sorted(folder.glob(f"M*.{MULTILING_LANGUAGES[code]}")):
            name = path.name.split(".")[0]
            whole = _read_text(path)
            first, _, body = whole.partition("\n")
            english = (folder / f"{name}.english").read_text(encoding="utf-8").split("\n", 1)[0]
            ymd = re.match(r"\s*(\d{4})/(\d{2})/(\d{2})", english)
            title = re.sub(r"^\s*[\d/.-]+\s+", "", first).strip()
            records.append(Record(
                id=f"{name}.{code}", text=body.strip(), gold=name[:4], split=multiling_split(int(name[3])),
                title=title or None, published="-".join(ymd.groups()) if ymd else None, language=code,
                extra={"report": name}, plain=whole,
            ))
    return records


def multiling_references(language: str, topic: int) -> list[str]:
    folder = MULTILING / "ModelSummaries" / MULTILING_LANGUAGES[language].capitalize()
    return [_read_text(p) for p in sorted(folder.glob(f"M00{topic}.*"))]


def multiling_peer(peer: str, language: str, topic: int) -> str | None:
    path = MULTILING / "peers" / peer / MULTILING_LANGUAGES[language].capitalize() / f"M00{topic}"
    return _read_text(path) if path.exists() else None


# -- AEB -----------------------------------------------------------------------------------


@dataclass
class Page:
    id: str
    url: str
    html: str
    gold: str
    split: str


def load_aeb(sample_every: int = 1) -> Iterator[Page]:
    """Pages in id order; the first 120 ids develop, the other 61 test."""
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)
    for n, pid in enumerate(ids):
        if n % sample_every:
            continue
        html = gzip.decompress((AEB / "html" / f"{pid}.html.gz").read_bytes()).decode("utf-8", errors="replace")
        yield Page(pid, truth[pid].get("url") or "", html, truth[pid].get("articleBody") or "",
                   DEV if n < 120 else TEST)


# -- GVC, Wikinews-timeline, ESC -----------------------------------------------------------


def _original_url(url: str | None) -> str | None:
    """The page's own address behind an archive.org copy (what a feed would have given)."""
    if not url:
        return None
    match = re.match(r"https?://web\.archive\.org/web/[^/]+/(.+)$", url)
    return match[1] if match else url


def load_gvc() -> list[Record]:
    """510 dated articles about 241 shootings, date order; gold = incident. GVC's published
    split is by incident: train and dev develop, test tests."""
    records = []
    with (GVC / "gvc.jsonl").open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            records.append(Record(id=row["id"], text=row["text"], gold=str(row["gold"]),
                                  split=TEST if row["split"] == "test" else DEV, title=row.get("title") or None,
                                  published=row.get("published"), url=_original_url(row.get("url")),
                                  language=row.get("language")))
    return records


def load_wikinews() -> list[Record]:
    """510 dated Wikinews articles, en/es/it/nl versions of one article share `parallel_id`
    (the gold here); trial (apple) develops, test (airbus, gm, stock) tests. The text's
    first line is its headline: a feed gives it as the title, apart from the body."""
    records = []
    with (WIKINEWS / "docs.jsonl").open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            title, text = row.get("title") or None, row["text"]
            if title and text.startswith(title):
                text = text[len(title):].lstrip("\n")
            records.append(Record(id=row["id"], text=text, gold=row["parallel_id"],
                                  split=TEST if row["split"] == "test" else DEV, title=title,
                                  published=row.get("published"), url=row.get("url") or None,
                                  language=row.get("language"), extra={"topic": row["gold"]}))
    return records


def load_esc() -> list[dict]:
    """258 ECB+ documents with their gold time expressions; split by ECB+ topic."""
    with (ESC / "esc_timex.jsonl").open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    for row in rows:
        row["split"] = ecb_split(int(row["topic"]))
    return rows


# -- the user's path -----------------------------------------------------------------------


def write_jsonl(records: Sequence[Record], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r.feed_record(), ensure_ascii=False) + "\n")
    return path


def file_name(record_id: str) -> str:
    return re.sub(r"[^\w.-]+", "_", record_id)


def write_text_files(records: Sequence[Record], folder: Path) -> list[Path]:
    """One .txt file per article (headline first when known), as `synoptic brief FOLDER` reads."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for r in records:
        path = folder / f"{file_name(r.id)}.txt"
        path.write_text(r.plain_text(), encoding="utf-8")
        paths.append(path)
    return paths


def cli(*args: str) -> str:
    """Run the `synoptic` command in this process (the encoder and its cache are reused)."""
    from typer.testing import CliRunner

    from synoptic.cli import app

    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    if result.exit_code:
        raise RuntimeError(f"synoptic {' '.join(args[:2])} exited {result.exit_code}: {result.output[-2000:]}")
    return result.stdout


# articles per `synoptic ingest` transaction in the streaming benches (`ingest_stories`):
# small batches make the arrival order matter; `bench/stories.py --batch-size` sets it
STREAM = {"batch_size": 8}


def store_default(item: str) -> None:
    """`NAME=VALUE` (JSON): a StoreSettings default changed in this process, so every
    `Settings()` the CLI makes has it (to measure a store setting, e.g. `threads_every=0`)."""
    import dataclasses

    from synoptic.settings import StoreSettings

    name, value = item.split("=", 1)
    names = [f.name for f in dataclasses.fields(StoreSettings)]
    defaults = list(StoreSettings.__init__.__defaults__)
    at = names.index(name) - (len(names) - len(defaults))
    defaults[at] = type(defaults[at])(json.loads(value))
    StoreSettings.__init__.__defaults__ = tuple(defaults)
    print(f"(StoreSettings.{name} = {defaults[at]!r})", file=sys.stderr)


def ingest_stories(records: Sequence[Record], metadata: bool, order_seed: int | None = None,
                   batch_size: int | None | str = "stream", encoder: str = "auto", listing: str = "stories",
                   keep_db: Path | None = None) -> list[list[str]]:
    """Stories as `synoptic ingest` grows them into a fresh SQLite store, then reads them back
    with `synoptic stories --json`: record ids grouped by story.

    `metadata`: JSONL records with title/date/URL/language where the data set has them;
    otherwise plain .txt files. `order_seed`: arrival order shuffled with that seed (None
    keeps the given order, e.g. date order); small batches make the order matter
    (`batch_size` "stream": `STREAM`'s; None: `synoptic ingest`'s default).
    `listing`: "threads" groups the ids by thread (`synoptic threads --json`) instead;
    `keep_db`: the store is copied there (to tune on).
    """
    ordered = list(records)
    if order_seed is not None:
        random.Random(order_seed).shuffle(ordered)
    with tempfile.TemporaryDirectory(prefix="synoptic-bench-") as tmp:
        folder = Path(tmp)
        if metadata:
            sources = [str(write_jsonl(ordered, folder / "articles.jsonl"))]
            back = {r.id: r.id for r in ordered}
        else:
            sources = [str(p) for p in write_text_files(ordered, folder / "files")]
            back = {file_name(r.id): r.id for r in ordered}
        db = str(folder / "stories.db")
        batch_size = STREAM["batch_size"] if batch_size == "stream" else batch_size
        size = [] if batch_size is None else ["--batch-size", str(batch_size)]  # None: the default
        cli("ingest", *sources, "--db", db, "--quiet", *size, "--encoder", encoder)
        listed = json.loads(cli(listing, "--json", "--db", db))
        if keep_db is not None:
            shutil.copy(db, keep_db)
    groups = []
    for story in listed:
        # a text file's article id is its name, possibly with a content hash after it
        ids = [back.get(a) or back.get(a.rsplit("_", 1)[0]) for a in story["articles"]]
        if None in ids:
            raise RuntimeError(f"unknown article ids in the store: {story['articles']}")
        groups.append(ids)
    return groups


def documents(records: Sequence[Record], metadata: bool, folder: Path) -> list:
    """The records read back through `synoptic.read` (JSONL with metadata, or .txt files)."""
    from synoptic.read import read_paths
    from synoptic.settings import Settings

    if metadata:
        sources = [str(write_jsonl(records, folder / "articles.jsonl"))]
    else:
        sources = [str(p) for p in write_text_files(records, folder / "files")]
    return list(read_paths(sources, Settings().read))
