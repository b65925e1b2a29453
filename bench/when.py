"""Quantities and time: speed, and story-date inference against real datelines.

Speed: articles/s of `extract_quantities` + `extract_times` (sentence splitting
excluded, it belongs to `text/sentences`) on the bundled example and on the
MultiLing 2011 source texts (Wikinews articles in English and six translations:
French, Czech, Greek, Arabic, Hebrew, Hindi; the last five rely on dateparser's
month/weekday names).

Quality: every MultiLing source text carries its publication date as a
dateline ("Saturday, January 8, 2005") on its third line. We drop the title
and the dateline, infer the reference date from the body alone with
`infer_reference_date` (no publication date given) and compare with the
dateline: exact-day accuracy, within 7 days, and how often no date is given
(abstaining is better than a wrong date). A second run keeps the dateline,
where the answer must be exact.

Time expression recall: ECB+ annotates the time expressions (TIME_DATE) that
anchor its events; we report how many of them `find_times` finds.

Splits: MultiLing topics M000-M005 develop, M006-M009 test; ECB+ topics 1-30 develop,
31-45 test (`bench.common`). Nothing here is searched over; the split is reported so that
figures measured on texts the rules were written against can be told apart.

Usage: python bench/when.py [--limit N] [--languages english,french,czech] [--verbose]
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import DEV, TEST, Result, ecb_split, multiling_split  # noqa: E402
from synoptic.compare import reference_date  # noqa: E402
from synoptic.model import Article, ArticleAnalysis  # noqa: E402
from synoptic.settings import CompareSettings, TextSettings, TimeSettings  # noqa: E402
from synoptic.text import quantities, timex  # noqa: E402
from synoptic.text.sentences import split_sentences  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "geneva-2022"
MULTILING = ROOT.parent / "shared" / "bench" / "summaries-multiling2011" / "SourceTexts"
LANG = {
    "english": "en", "french": "fr", "czech": "cs", "greek": "el", "arabic": "ar",
    "hebrew": "he", "hindi": "hi",
}


def _articles(paths: list[Path], language: str) -> list[Article]:
    return [
        Article(
            id=p.name,
            source=str(p),
            text=p.read_bytes().decode("utf-8", errors="replace"),  # a few files are not UTF-8
            language=language,
        )
        for p in paths
    ]


def speed(articles: list[Article], repeat: int = 3) -> tuple[float, int, int]:
    """Best-of-`repeat` articles per CPU second (process time: the machine is shared), and
    how many quantities and times were found."""
    sentences = [split_sentences(a) for a in articles]
    best = float("inf")
    nq = nt = 0
    settings = TextSettings()
    for _ in range(repeat):
        timex.find_times.cache_clear()
        started = time.process_time()
        nq = nt = 0
        for article, sents in zip(articles, sentences, strict=True):
            nt += len(timex.extract_times(article, sents, settings.time))
            nq += len(quantities.extract_quantities(article, sents, settings))
        best = min(best, time.process_time() - started)
    return len(articles) / best, nq, nt


def _dateline(text: str, language: str | None) -> tuple[date | None, str, str]:
    """(gold date, text without title and dateline, text without title).

    The dateline is the first line that is a date and nothing else.
    """
    lines = text.split("\n")
    for i, line in enumerate(lines[:6]):
        found = timex.find_times(line.strip(), language, TimeSettings())
        whole = len(found) == 1 and found[0].end - found[0].start == len(line.strip())
        if whole and found[0].expr.year and found[0].expr.day:
            e = found[0].expr
            gold = date(e.year, e.month or 1, e.day)  # type: ignore[arg-type]
            body = "\n".join(lines[i + 1 :])
            return gold, body, "\n".join(lines[i:])
    return None, text, text


def _infer(article_id: str, text: str, language: str) -> date | None:
    article = Article(id=article_id, source=article_id, text=text, language=language)
    sents = split_sentences(article)
    analysis = ArticleAnalysis(article_id, sents, times=timex.extract_times(article, sents, TimeSettings()))
    ref, _ = reference_date.infer_reference_date([article], {article_id: analysis}, None, CompareSettings())
    return ref


def inference(articles: list[Article]) -> list[tuple[str, int, int, int, int]]:
    rows = {"body only": [0, 0, 0, 0], "with dateline": [0, 0, 0, 0]}
    for a in articles:
        gold, body, with_dateline = _dateline(a.text, a.language)
        if gold is None:
            continue
        for name, text in (("body only", body), ("with dateline", with_dateline)):
            got = _infer(a.id, text, a.language or "en")
            row = rows[name]
            row[0] += 1
            if got is None:
                row[3] += 1
            else:
                row[1] += got == gold
                row[2] += abs((got - gold).days) <= 7
    return [(name, *vals) for name, vals in rows.items()]


def weekday_resolution(articles: list[Article]) -> tuple[int, int]:
    """Weekday names resolved against the dateline, checked on "Tuesday, January 4"-style
    mentions: the weekday alone (with its clause's tense) must give the stated date."""
    n = ok = 0
    for a in articles:
        gold, body, _ = _dateline(a.text, a.language)
        if gold is None:
            continue
        article = Article(id=a.id, source=a.id, text=body, language=a.language)
        for ref in timex.extract_times(article, split_sentences(article), TimeSettings()):
            e = timex.parse_expression(ref.span.text)
            if e is None or e.kind != "date" or e.weekday is None or e.month is None:
                continue
            stated = timex.resolve_times([ref], gold)[0].value
            if stated is None or stated.weekday() != e.weekday or abs((stated - gold).days) > 6:
                continue  # inconsistent source, or not within the week around the dateline
            alone = timex._resolve(timex.TimeExpression("weekday", weekday=e.weekday), gold, ref.direction)
            n += 1
            ok += alone == stated
    return n, ok


ECBPLUS = ROOT.parent / "shared" / "bench" / "stories-ecbplus" / "xml"


def _glued(prev: str, word: str) -> bool:
    """Undo the corpus tokenisation where it splits dates: "Sept . 13", "11 / 28 / 05"."""
    if word in {".", ",", ";", ":", "!", "?", ")", "%", "'s", "n't", "''"}:
        return True
    if prev in {"(", "$", "``"}:
        return True
    return word == "/" or prev == "/"


def ecbplus_recall(limit: int = 0, show: int = 0, split: str | None = None) -> tuple[int, int, int, list[str]]:
    """Recall of ECB+'s gold TIME_DATE mentions (annotated where they anchor an event).

    ECB+ marks only the time expressions tied to its annotated events, so
    precision cannot be measured. Returns (documents, gold mentions, found, misses).
    """
    import xml.etree.ElementTree as ET

    paths = sorted(ECBPLUS.glob("*/*.xml"))
    if split:
        paths = [p for p in paths if ecb_split(int(p.parent.name)) == split]
    if limit:
        paths = paths[:limit]
    gold_n = found_n = 0
    misses: list[str] = []
    for path in paths:
        root = ET.parse(path).getroot()
        pieces: list[str] = []
        offsets: dict[str, tuple[int, int]] = {}
        pos, sentence, prev = 0, None, ""
        for tok in root.iter("token"):
            word = tok.text or ""
            if sentence is not None and tok.get("sentence") != sentence:
                pieces.append("\n")
                pos += 1
            elif pieces and not _glued(prev, word):
                pieces.append(" ")
                pos += 1
            sentence, prev = tok.get("sentence"), word
            offsets[tok.get("t_id", "")] = (pos, pos + len(word))
            pieces.append(word)
            pos += len(word)
        text = "".join(pieces)
        spans = timex.time_spans(text, "en", TimeSettings())
        markables = root.find("Markables")
        for m in markables.iter("TIME_DATE") if markables is not None else []:
            anchors = [offsets[a.get("t_id", "")] for a in m.iter("token_anchor")]
            if not anchors:
                continue
            start, end = anchors[0][0], anchors[-1][1]
            gold_n += 1
            if any(s < end and start < e for s, e in spans):
                found_n += 1
            elif len(misses) < show:
                misses.append(text[start:end])
    return len(paths), gold_n, found_n, misses


def _topic_split(article: Article) -> str:
    return multiling_split(int(article.id[3]))  # "M0061.english": topic 6


def results(quick: bool = False) -> list[Result]:
    """Date inference (exact day, from the body alone) and ECB+ TIME_DATE recall, per split."""
    command = "python bench/when.py"
    out = []
    if MULTILING.is_dir():
        for name in ("english",) if quick else ("english", "french", "czech", "greek", "arabic", "hebrew", "hindi"):
            articles = _articles(sorted(MULTILING.glob(f"*.{name}")), LANG[name])
            by = {}
            for split in (TEST, DEV):
                rows = dict((r[0], r[1:]) for r in inference([a for a in articles if _topic_split(a) == split]))
                n, exact, _week, none = rows["body only"]
                by[split] = (exact / max(1, n), none / max(1, n))
            for k, measure in enumerate(("exact day", "no date given (abstained)")):
                out.append(Result(f"reference date from the body, MultiLing {name}", measure, by[TEST][k],
                                  by[DEV][k], "plain text without title and dateline", "", command))
    if ECBPLUS.is_dir():
        recall = {}
        for split in (TEST, DEV):
            _docs, gold, found, _ = ecbplus_recall(split=split)
            recall[split] = found / max(1, gold)
        out.append(Result("time expressions, ECB+ TIME_DATE", "recall", recall[TEST], recall[DEV], "plain text", "",
                          command))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="articles per language (0 = all)")
    parser.add_argument("--verbose", action="store_true", help="list missed ECB+ mentions")
    parser.add_argument("--languages", default="english,french,czech,greek,arabic,hebrew,hindi")
    args = parser.parse_args()

    print("speed (extract_quantities + extract_times, articles per CPU second, best of 3)")
    print(f"{'corpus':<24}{'articles':>9}{'art/s':>9}{'quantities':>12}{'times':>8}")
    example = _articles(sorted(EXAMPLE.glob("*.txt")), "en")
    rate, nq, nt = speed(example)
    print(f"{'example geneva-2022':<24}{len(example):>9}{rate:>9.0f}{nq:>12}{nt:>8}")
    if not MULTILING.is_dir():
        print(f"MultiLing source texts not found at {MULTILING}: skipped")
        return
    corpora = {}
    for name in args.languages.split(","):
        paths = sorted(MULTILING.glob(f"*.{name}"))
        if args.limit:
            paths = paths[: args.limit]
        corpora[name] = _articles(paths, LANG.get(name, "en"))
        rate, nq, nt = speed(corpora[name])
        print(f"{'multiling ' + name:<24}{len(paths):>9}{rate:>9.0f}{nq:>12}{nt:>8}")

    print("\nweekday names resolved against the dateline (checked on 'Tuesday, January 4')")
    print(f"{'corpus':<20}{'n':>5}{'correct':>9}")
    for name, articles in corpora.items():
        n, ok = weekday_resolution(articles)
        print(f"{name:<20}{n:>5}{ok / max(n, 1):>9.1%}")

    if ECBPLUS.is_dir():
        docs, gold, found, misses = ecbplus_recall(args.limit * 10 if args.limit else 0, 40)
        print("\nECB+ gold TIME_DATE mentions found (recall; ECB+ marks only event-anchoring ones)")
        print(f"{'documents':>10}{'gold':>7}{'found':>7}{'recall':>8}")
        print(f"{docs:>10}{gold:>7}{found:>7}{found / max(gold, 1):>8.1%}")
        if args.verbose:
            print("missed:", "; ".join(misses))

    print("\nreference date from the texts vs the dateline (MultiLing, no publication date given)")
    print(f"{'corpus':<20}{'setting':<16}{'n':>5}{'exact':>8}{'<=7 d':>8}{'none':>7}")
    for name, articles in corpora.items():
        for setting, n, exact, week, none in inference(articles):
            print(
                f"{name:<20}{setting:<16}{n:>5}{exact / max(n, 1):>8.1%}"
                f"{week / max(n, 1):>8.1%}{none / max(n, 1):>7.1%}"
            )


if __name__ == "__main__":
    main()
