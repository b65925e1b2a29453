"""Dispute detection on hand-written pairs: precision and recall, overall and per category.

Each pair of `tests/data/conflicts/pairs.json` is two short independent articles
that either disagree (with the acceptable conflict kinds) or do not (paraphrase,
rounding, vaguer or more specific wording). The pair runs through the real
stages (text layer, entities, quotes, facts) and `find_conflicts`.

A second mode reviews real coverage nobody here wrote: `--ecb N` runs the first N
ECB+ stories (`../shared/bench/stories-ecbplus`, several articles about one real
event) through the pipeline and prints every dispute found with its context, for
judging by hand, plus disputes per story.

A third mode scores the labelled set `bench/data/disputes/` (real multi-outlet
stories whose disagreements were written down by hand before the system's output
was read; see its README): each story's JSONL is built from the data sets in
../shared and briefed through the user's path (`read.read_paths` -> `pipeline`
-> the JSON contract), and, in a second table, with all of the labelled story's
articles built as one story (the gold is written per story: this measures the
dispute finder alone, the first table the finder behind the clustering); the disputes the renderers show (`model.Conflict.dict_is_dispute`)
are matched to the gold disputes by `matches_dispute` (below), and precision and
recall are printed by kind on the development and test splits, with the false
alarms by reason as judged by hand in each story's `system` block. Last, the
bundled example must show exactly its two disputes (troops, Sherman's title).

Usage: .venv/bin/python bench/conflicts.py [--limit N] [--encoder tfidf|auto] [--verbose]
       .venv/bin/python bench/conflicts.py --only set [--split test] [--dataset gvc] [--batch NAME] [--grouping cli|gold|both]
       .venv/bin/python bench/conflicts.py --ecb 20
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
PAIRS = ROOT / "tests" / "data" / "conflicts" / "pairs.json"
DISPUTES = ROOT / "bench" / "data" / "disputes"
EXAMPLE = ROOT / "examples" / "geneva-2022"


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
    from synoptic.link import entities, quotes
    from synoptic.model import Article
    from synoptic.settings import Settings
    from synoptic.text import timex

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
    ents = entities.canonicalize(articles, analyses, settings.link)
    quoted = quotes.merge_quotes(articles, analyses, ents, settings.link)
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


def _make_jsonl() -> ModuleType:
    """`bench/data/disputes/make_jsonl.py`: the data sets' loaders and the ECB+ detokeniser."""
    name = "bench_disputes_make_jsonl"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, DISPUTES / "make_jsonl.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


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
            Document(id=d["doc"], source=d["doc"], content=_make_jsonl().detokenize(d["text"]), language="en")
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


# --- the labelled set: matching rule -------------------------------------------------------

# Kinds that measure the same sort of thing: a system "date" may be a gold "time" and back.
KIND_FAMILY = {"number": "number", "date": "when", "time": "when", "role": "role",
               "quote": "quote", "claim": "claim"}

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "m": 1e6, "bn": 1e9, "k": 1e3}
_MONTHS = {m: n for n, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_NUMBER = re.compile(r"(\d+(?:[.,]\d+)*)\s*-?\s*(thousand|million|billion|bn|m|k)?\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_CLOCK = re.compile(r"\b(\d{1,2})[:.](\d{2})\s*([ap])?\.?\s*m?\b", re.I)


def _fold(text: str) -> str:
    """Case, quotes and punctuation do not distinguish two values."""
    text = re.sub(r"[\"'“”‘’`´.,;:!?()\[\]]", " ", text.casefold())
    return " ".join(text.split())


def numbers_in(text: str) -> set[float]:
    """The quantities a value states: digits with their scale word, or a number word."""
    found: set[float] = set()
    for digits, scale in _NUMBER.findall(text):
        if re.fullmatch(r"\d{1,3}(,\d{3})+", digits):
            value = float(digits.replace(",", ""))
        else:
            value = float(digits.replace(",", "."))
        found.add(value * _SCALES.get(scale.lower(), 1) if scale else value)
    for word in re.findall(r"[a-z]+", text.casefold()):
        if word in _WORD_NUMBERS:
            found.add(float(_WORD_NUMBERS[word]))
    return found


def days_in(text: str) -> set[tuple[int, int]]:
    """(month, day) pairs of a value: from ISO dates or "June 3" / "3 June" (years are
    often left out by writers, so they do not decide)."""
    found = {(int(m), int(d)) for _, m, d in _ISO.findall(text)}
    words = re.findall(r"[a-z]+|\d+", text.casefold())
    for a, b in zip(words, words[1:], strict=False):
        if a in _MONTHS and b.isdigit() and int(b) <= 31:
            found.add((_MONTHS[a], int(b)))
        if b in _MONTHS and a.isdigit() and int(a) <= 31:
            found.add((_MONTHS[b], int(a)))
    return found


def clock_in(text: str) -> set[tuple[int, int]]:
    """Clock times as (hour 0-23, minute)."""
    found = set()
    for hour, minute, half in _CLOCK.findall(text):
        h = int(hour) % 12 + (12 if half.lower() == "p" else 0) if half else int(hour)
        found.add((h, int(minute)))
    return found


def values_match(system_value: str, gold_value: str, family: str) -> bool:
    """One system value states one gold value (as written, after normalising)."""
    if _fold(system_value) == _fold(gold_value):
        return True
    if family == "number":
        a, b = numbers_in(system_value), numbers_in(gold_value)
        return bool(a and b) and any(abs(x - y) <= 0.005 * max(abs(x), abs(y), 1) for x in a for y in b)
    if family == "when":
        days_a, days_b = days_in(system_value), days_in(gold_value)
        if days_a and days_b:
            return bool(days_a & days_b)
        clocks_a, clocks_b = clock_in(system_value), clock_in(gold_value)
        return bool(clocks_a and clocks_b and clocks_a & clocks_b)
    return False


def evidence_match(mentions: Iterable[dict], gold_variant: dict) -> bool:
    """A system mention quotes the gold variant's evidence, in one of its articles: this
    catches values the system normalised differently ("Friday" -> an ISO date)."""
    articles = set(gold_variant["articles"])
    evidence = [_fold(e) for e in gold_variant.get("evidence", [])]
    for m in mentions:
        text = _fold(m.get("text", ""))
        if len(text) >= 3 and m.get("article") in articles and any(text in e for e in evidence):
            return True
    return False


def variant_matches(system_variant: dict, gold_variant: dict, family: str) -> bool:
    return values_match(system_variant["value"], gold_variant["value"], family) or evidence_match(
        system_variant.get("mentions", []), gold_variant
    )


def matches_dispute(conflict: dict, gold: dict) -> bool:
    """The matching rule: a reported conflict finds a gold disagreement when their kinds are
    of one family (number; date/time; role; quote; claim) and two different variants of the
    conflict match two different variants of the gold entry, a variant matching when its
    value states the gold value after normalising (case and punctuation; numbers with their
    scale words and number words, within 0.5%; dates by month and day; clock times) or when
    one of its mentions is quoted in that gold variant's evidence in one of its articles."""
    family = KIND_FAMILY.get(conflict["kind"])
    if family is None or family != KIND_FAMILY.get(gold["kind"]):
        return False
    variants = conflict["variants"]
    golds = gold["variants"]
    hits = [{j for j, g in enumerate(golds) if variant_matches(v, g, family)} for v in variants]
    for i, a in enumerate(hits):
        for b in hits[i + 1 :]:
            if any(x != y for x in a for y in b):
                return True
    return False


# --- the labelled set: running and scoring -------------------------------------------------


@dataclass
class StoryOutcome:
    story: dict
    shown: list[dict]  # the conflicts the renderers show as disputes
    found: list[int] = field(default_factory=list)  # gold dispute indexes matched
    false_alarms: list[dict] = field(default_factory=list)  # shown conflicts matching no dispute
    as_updates: list[dict] = field(default_factory=list)  # false alarms matching a labelled update


def load_stories(folder: Path = DISPUTES / "stories") -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))]


def story_jsonl(story: dict) -> Path:
    """The story's JSONL, built from ../shared when missing (texts are not committed)."""
    path = DISPUTES / "jsonl" / f"{story['id']}.jsonl"
    if not path.is_file():
        _make_jsonl().write_jsonl(story, path.parent)
    return path


def brief_conflicts(path: Path, settings, one_story: bool = False) -> list[dict]:  # type: ignore[no-untyped-def]
    """What `synoptic brief <path> --format json` reports as disputes, in-process; with
    `one_story`, the same stages on all the file's articles as ONE story (no clustering),
    to tell missed disputes from articles the clustering put in different stories."""
    from synoptic import pipeline, read, vectors
    from synoptic.model import Conflict
    from synoptic.render.json import story_dict, to_dict

    if not one_story:
        data = to_dict(pipeline.brief_paths([str(path)], settings))
        return [c for s in data["stories"] for c in s["conflicts"] if Conflict.dict_is_dispute(c)]
    prepared = pipeline.prepare(read.read_paths([str(path)], settings.read), settings)
    encoder = vectors.get_encoder(settings.vectors)
    story = pipeline.build_story("s1", prepared.articles, prepared.analyses, encoder, settings)
    return [c for c in story_dict(story)["conflicts"] if Conflict.dict_is_dispute(c)]


def score_story(story: dict, shown: list[dict]) -> StoryOutcome:
    outcome = StoryOutcome(story, shown)
    disputes = story.get("disputes", [])
    for conflict in shown:
        hits = [i for i, g in enumerate(disputes) if matches_dispute(conflict, g)]
        if hits:
            outcome.found.extend(h for h in hits if h not in outcome.found)
        else:
            outcome.false_alarms.append(conflict)
            if any(matches_dispute(conflict, u) for u in story.get("updates", [])):
                outcome.as_updates.append(conflict)
    return outcome


def _family_of(kind: str) -> str:
    return KIND_FAMILY.get(kind, kind)


def set_table(outcomes: list[StoryOutcome]) -> dict[str, dict[str, float]]:
    """Precision (per reported family) and recall (per gold family), and ALL."""
    rows: dict[str, dict[str, float]] = defaultdict(lambda: {"gold": 0, "found": 0, "shown": 0, "correct": 0})
    rows["ALL"]  # printed even when a split has neither gold nor reports
    for o in outcomes:
        for i, g in enumerate(o.story.get("disputes", [])):
            for key in (_family_of(g["kind"]), "ALL"):
                rows[key]["gold"] += 1
                rows[key]["found"] += i in o.found
        for c in o.shown:
            correct = c not in o.false_alarms
            for key in (_family_of(c["kind"]), "ALL"):
                rows[key]["shown"] += 1
                rows[key]["correct"] += correct
    for r in rows.values():
        r["precision"] = r["correct"] / r["shown"] if r["shown"] else 1.0
        r["recall"] = r["found"] / r["gold"] if r["gold"] else 1.0
        r["false_alarms"] = r["shown"] - r["correct"]
    return dict(rows)


def judged_reasons(stories: list[dict]) -> Counter:
    """False alarms by reason as judged by hand (`system.conflicts`, the part before ':')."""
    reasons: Counter = Counter()
    for story in stories:
        for c in story.get("system", {}).get("conflicts", []):
            if not c.get("real") and not c.get("over_time"):
                reasons[c.get("reason", "?").split(":")[0].strip()] += 1
    return reasons


def rule_agreement(outcomes: list[StoryOutcome]) -> tuple[int, int]:
    """How often the automatic rule agrees with the hand judgement of the same conflict
    (same kind and values) in a story's `system` block: a check of the rule itself."""
    agree = judged = 0
    for o in outcomes:
        for j in o.story.get("system", {}).get("conflicts", []):
            if j.get("over_time"):
                continue
            for c in o.shown:
                if c["kind"] == j["kind"] and sorted(v["value"] for v in c["variants"]) == sorted(j["values"]):
                    judged += 1
                    agree += (c not in o.false_alarms) == bool(j.get("real"))
                    break
    return agree, judged


def evaluate_set(stories: list[dict], settings, verbose: bool = False,  # type: ignore[no-untyped-def]
                 one_story: bool = False) -> list[StoryOutcome]:
    outcomes = []
    for story in stories:
        outcome = score_story(story, brief_conflicts(story_jsonl(story), settings, one_story))
        outcomes.append(outcome)
        if verbose:
            n = len(story.get("disputes", []))
            print(f"  {story['id']:<26} {story['split']:<4} gold {n} found {len(outcome.found)} "
                  f"shown {len(outcome.shown)} false {len(outcome.false_alarms)}"
                  + "".join(f"\n      false: [{c['kind']}] {c['topic']} {[v['value'] for v in c['variants']]}"
                            for c in outcome.false_alarms))
    return outcomes


def print_set(outcomes: list[StoryOutcome], split: str) -> None:
    table = set_table(outcomes)
    n_stories = len(outcomes)
    print(f"labelled set, {split} ({n_stories} stories)")
    print(f"  {'kind':<8} {'gold':>4} {'found':>5} {'recall':>6} {'shown':>5} {'right':>5} {'precision':>9}")
    for kind in sorted(table, key=lambda k: (k == "ALL", k)):
        r = table[kind]
        print(f"  {kind:<8} {r['gold']:>4} {r['found']:>5} {r['recall']:>6.2f} {r['shown']:>5} "
              f"{r['correct']:>5} {r['precision']:>9.2f}")


def example_check(settings) -> tuple[bool, list[str]]:  # type: ignore[no-untyped-def]
    """The bundled example shows exactly two disputes: the troops figure and Sherman's title."""
    shown = brief_conflicts(EXAMPLE, settings)
    lines = [f"[{c['kind']}] {c['topic']}: {' | '.join(v['value'] for v in c['variants'])}" for c in shown]
    troops = [c for c in shown if c["kind"] == "number"
              and any(100_000 in numbers_in(v["value"]) for v in c["variants"])
              and any("tens of thousands" in v["value"] for v in c["variants"])]
    title = [c for c in shown if c["kind"] == "role" and "sherman" in c["topic"].casefold()]
    return len(shown) == 2 and len(troops) == 1 and len(title) == 1, lines


def run_set(args: argparse.Namespace) -> int:
    from synoptic.settings import Settings

    settings = Settings(quiet=True)
    settings.vectors.encoder = args.encoder
    stories = load_stories()
    if args.dataset:
        stories = [s for s in stories if s["dataset"] == args.dataset]
    if args.stories:
        wanted = set(args.stories.split(","))
        stories = [s for s in stories if s["id"] in wanted]
    if args.batch:
        stories = [s for s in stories if s.get("batch") == args.batch]
    else:  # a held-out batch is scored only when named, so nobody tunes on it by accident
        stories = [s for s in stories if not s.get("held_out")]
    started = time.perf_counter()
    groupings = {"cli": [False], "gold": [True], "both": [False, True]}[
        "gold" if args.one_story else args.grouping
    ]
    for split, one_story in ((sp, g) for sp in ("dev", "test") for g in groupings):
        if args.split and split != args.split:
            continue
        chosen = [s for s in stories if s["split"] == split]
        if not chosen:
            continue
        outcomes = evaluate_set(chosen, settings, args.verbose, one_story)
        print_set(outcomes, split + (
            ", within each labelled story (its articles built as one story, no clustering)"
            if one_story else ", as the CLI groups the articles into stories"
        ))
        n_updates = sum(len(o.as_updates) for o in outcomes)
        if n_updates:
            print(f"  false alarms that are labelled updates over time: {n_updates}")
        agree, judged = rule_agreement(outcomes)
        if judged:
            print(f"  the matching rule agrees with the hand judgement on {agree} of {judged} judged conflicts")
        reasons = judged_reasons(chosen)
        if reasons:
            print("  false alarms judged by hand, by reason: "
                  + ", ".join(f"{r} {n}" for r, n in reasons.most_common()))
    updates = Counter(_family_of(u["kind"]) for s in stories for u in s.get("updates", []))
    print(f"updates over time (not disputes) in the set: {dict(updates)} · "
          f"encoder {args.encoder} · {time.perf_counter() - started:.0f} s")
    return 0


def run_example(args: argparse.Namespace) -> int:
    from synoptic.settings import Settings

    settings = Settings(quiet=True)
    settings.vectors.encoder = args.encoder
    ok, lines = example_check(settings)
    print(f"example {EXAMPLE.name}: {'OK, exactly the two expected disputes' if ok else 'NOT the two expected disputes'}")
    for line in lines:
        print(f"  {line}")
    return 0


def run_pairs(args: argparse.Namespace) -> int:
    from synoptic import vectors
    from synoptic.settings import VectorSettings

    encoder_name = args.encoder or "tfidf"
    encoder = vectors.get_encoder(VectorSettings(encoder=encoder_name))
    pairs = load_pairs(args.limit)
    started = time.perf_counter()
    outcomes = [run_pair(p, encoder) for p in pairs]
    elapsed = time.perf_counter() - started

    by_cat: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_cat[o.pair["category"]].append(o)
    print("hand-written pairs")
    print(f"{'category':<12} {'pairs':>5} {'disagree':>8} {'precision':>9} {'recall':>6} {'false+':>6}")
    for cat in sorted(by_cat):
        s = score(by_cat[cat])
        n_pos = sum(1 for o in by_cat[cat] if o.expected)
        print(f"{cat:<12} {s['pairs']:>5} {n_pos:>8} {s['precision']:>9.2f} {s['recall']:>6.2f} {s['false_alarms']:>6}")
    s = score(outcomes)
    n_pos = sum(1 for o in outcomes if o.expected)
    print(f"{'ALL':<12} {s['pairs']:>5} {n_pos:>8} {s['precision']:>9.2f} {s['recall']:>6.2f} {s['false_alarms']:>6}")
    print(f"accuracy {s['accuracy']:.2f} · encoder {encoder_name} · {elapsed:.1f} s for {len(pairs)} pairs")
    if args.verbose:
        for o in outcomes:
            mark = "ok " if o.correct else "BAD"
            print(f"{mark} {o.pair['id']:<26} expected {o.expected or '-'} found {o.kinds or '-'} {o.topics}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["pairs", "set", "example"], default=None,
                        help="one part: the hand-written pairs, the labelled set, the example")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pairs")
    parser.add_argument("--encoder", default=None,
                        help="pairs: tfidf (default, fast); labelled set and example: auto (the CLI's default)")
    parser.add_argument("--split", choices=["dev", "test"], default=None, help="labelled set: one split")
    parser.add_argument("--dataset", default=None, help="labelled set: one data set (ecbplus, gvc, ...)")
    parser.add_argument("--stories", default=None,
                        help="labelled set: only these story ids (comma-separated), e.g. a batch never tuned on")
    parser.add_argument("--batch", default=None,
                        help="labelled set: only the stories of one labelling batch (their 'batch' field), e.g. fresh41")
    parser.add_argument("--one-story", action="store_true",
                        help="labelled set: build each story's articles as one story (skip clustering)")
    parser.add_argument("--grouping", choices=["cli", "gold", "both"], default="both",
                        help="labelled set: articles grouped as the CLI clusters them, as the "
                             "labelled story (the task's definition: disputes between the "
                             "articles of one story), or both tables (default)")
    parser.add_argument("--verbose", action="store_true", help="one line per pair / story")
    parser.add_argument("--ecb", type=int, default=0, help="review disputes in N ECB+ stories")
    args = parser.parse_args()
    if args.ecb:
        return review_ecb(args.ecb, args.encoder or "tfidf")
    if args.only in (None, "pairs"):
        run_pairs(args)
    args.encoder = args.encoder or "auto"
    if args.only in (None, "set"):
        run_set(args)
    if args.only in (None, "example"):
        run_example(args)
    return 0

if __name__ == "__main__":
    sys.exit(main())
