"""Time expressions on ESC: spans found and values resolved, with and without the DCT.

Data: ../shared/bench/timex-esc, 258 ECB+ documents with 888 gold time expressions
(TimeML type, normalised value, character offsets); ECB+ topics 1-30 develop, 31-45 test.
Each document is an article as the reader gives it (its id, text, language "en", and its
publication date when the document creation time is given), analysed as the pipeline
analyses it: sentences, then `extract_times` (which finds spans with `find_times`) and
the values resolved against the publication date. Without the date, the article's own
reference date is inferred from its text, as a story's undated article is
(`infer_reference_date`); relative expressions that can not be anchored stay unresolved.

Measures: span precision/recall/F1, exact (same start and end) and overlapping (TempEval's
relaxed match, one-to-one); value accuracy on the gold expressions whose value is a
calendar date (YYYY, YYYY-MM, YYYY-MM-DD; a TIME's date part), compared at the gold's
granularity: on the expressions found (overlap), and end to end (a miss is wrong).
Durations, sets and vague references (P3D, PAST_REF) are not normalised by Synoptic; they
count in the span scores only. ESC marks the time expressions of its annotated events,
not every one: most "false" finds are real ("Thursday", "2011", "yesterday"), so the span
precision is a lower bound; recall is the figure to watch.

    python bench/timex.py
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import DEV, ESC, SPLITS, TEST, Result, load_esc, print_results  # noqa: E402

COMMAND = "python bench/timex.py"
_CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T|$)")


def gold_date(value: str) -> str | None:
    """The calendar part of a TimeML value ("2013-05-03T14:36Z" -> "2013-05-03"), if any."""
    m = _CALENDAR.match(value or "")
    if not m:
        return None
    return "-".join(g for g in m.groups() if g)


def as_value(value: date | None, granularity: int) -> str | None:
    """Our resolved date written at the gold's granularity (1 year, 2 month, 3 day)."""
    if value is None:
        return None
    return "-".join([f"{value.year:04d}", f"{value.month:02d}", f"{value.day:02d}"][:granularity])


def found_times(row: dict, with_dct: bool) -> list[tuple[int, int, date | None]]:
    """(start, end, resolved date) of every time expression Synoptic finds in a document."""
    from synoptic.compare.reference_date import infer_reference_date
    from synoptic.model import Article, ArticleAnalysis
    from synoptic.settings import CompareSettings, TimeSettings
    from synoptic.text import timex
    from synoptic.text.sentences import split_sentences

    published = date.fromisoformat(row["published"]) if with_dct and row.get("published") else None
    article = Article(id=row["id"], source=row["id"], text=row["text"], language="en", published=published)
    sentences = split_sentences(article)
    times = timex.extract_times(article, sentences, TimeSettings())
    if published is None:
        analyses = {article.id: ArticleAnalysis(article.id, sentences, times=times)}
        anchor, _ = infer_reference_date([article], analyses, None, CompareSettings())
        times = timex.resolve_times(times, anchor)
    return [(t.span.start, t.span.end, t.value) for t in times]


def score(rows: list[dict], with_dct: bool) -> dict[str, float]:
    n_gold = n_pred = exact = overlap = dated = dated_found = value_ok = 0
    for row in rows:
        pred = found_times(row, with_dct)
        gold = row["timexes"]
        n_gold += len(gold)
        n_pred += len(pred)
        spans = {(p[0], p[1]) for p in pred}
        exact += sum((g["start"], g["end"]) in spans for g in gold)
        used: set[int] = set()
        for g in gold:
            match = next((k for k, p in enumerate(pred) if k not in used and p[0] < g["end"] and g["start"] < p[1]),
                         None)
            if match is not None:
                used.add(match)
                overlap += 1
            want = gold_date(g["value"])
            if want is None:
                continue
            dated += 1
            if match is not None:
                dated_found += 1
                value_ok += as_value(pred[match][2], want.count("-") + 1) == want
    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    p_exact, r_exact = exact / max(1, n_pred), exact / max(1, n_gold)
    p_over, r_over = overlap / max(1, n_pred), overlap / max(1, n_gold)
    return {"F1 exact span": f1(p_exact, r_exact), "P exact span": p_exact, "R exact span": r_exact,
            "F1 overlapping span": f1(p_over, r_over), "P overlapping span": p_over, "R overlapping span": r_over,
            "value accuracy, dated expressions found": value_ok / max(1, dated_found),
            "value accuracy, all dated gold expressions": value_ok / max(1, dated),
            "gold expressions": float(n_gold)}


def results(quick: bool = False, splits: tuple[str, ...] = SPLITS) -> list[Result]:
    if not ESC.is_dir():
        print(f"ESC data not found at {ESC}; skipped", file=sys.stderr)
        return []
    rows = load_esc()
    out = []
    for with_dct in (True, False):
        variant = "publication date given (DCT)" if with_dct else "no publication date (inferred from the text)"
        by = {s: score([r for r in rows if r["split"] == s], with_dct) for s in splits}
        for measure in by[splits[0]]:
            if measure.startswith("value") or with_dct:  # spans do not depend on the date
                out.append(Result("time expressions, ESC", measure, by.get(TEST, {}).get(measure, float("nan")),
                                  by.get(DEV, {}).get(measure, float("nan")), variant, "", COMMAND))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("both", DEV, TEST), default="both",
                        help="one split only (tuning reads development alone)")
    args = parser.parse_args(argv)
    print_results(results(splits=SPLITS if args.split == "both" else (args.split,)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
