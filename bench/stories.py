"""Streaming stories through the user's path: B-cubed precision/recall/F1, test and development.

Every data set is written the way a user's data arrives (a JSONL feed with the titles,
dates, URLs and languages the data set has, or plain .txt files as `synoptic brief FOLDER`
sees them), ingested with `synoptic ingest --batch-size 8` (`--batch-size N`: another; 0: the default)
into a fresh SQLite store (`--store-set NAME=VALUE`: a store setting changed), and
read back with `synoptic stories --json`. Data (../shared/bench), splits in `bench/common.py`:

- ECB+ (`stories-ecbplus`): label `subtopic`; each topic holds two real events of one
  kind, the sibling a hard negative. Three shuffled arrival orders. URLs only (no titles
  or dates); the cleaner dates what carries a dateline, as it would a user's file.
  Beside it a batch TF-IDF + average-linkage baseline, its threshold chosen on development.
- MultiLing 2011 source texts: 10 topics x 10 WikiNews reports in English, French and
  Arabic, label `topic`, mixed (translations should share a story) and each language alone.
- MultiLing 2011 in all 7 languages (`multiling7`: en fr ar cs el he hi, the encoder
  knowing en, fr and ar only) as a feed: B-cubed recall against the report (a report's
  translations in one story), precision against the topic; also hi+el and en+fr+ar alone.
- GVC (`stories-gvc`): 241 shootings, events of ONE kind that must stay apart, in date
  order, beside its bundled TF-IDF streaming baseline run in this process.
- Wikinews-timeline: the same articles in en/es/it/nl; B-cubed against `parallel_id`
  (recall: are the four versions of an article one story?) and how many stories mix
  different articles (which may be right: one event, several articles).
- Threads (`threads`): MultiLing 2011 en+fr+ar as the original files, grouped by
  `synoptic threads --json`, B-cubed against the topic (10 reports over days or weeks);
  and GVC, B-cubed against the incident (one kind of event: a thread is not a category).
  `--threads-tune [--db FILE]` searches the thread weights on M000-M005 and GVC train+dev.

    python bench/stories.py [--quick] [--datasets ecbplus,multiling,multiling7,gvc,wikinews]
        [--variants feed,files] [--splits test,development]

`--quiet` prints how the quiet period of `LinkSettings` was searched, on development data
only; the pair model's weights, threshold and event-split gap come from
`bench/story_pairs.py` (development pairs only).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import itertools
import json
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (  # noqa: E402
    DEV,
    GVC,
    MULTILING_LANGUAGES,
    SPLITS,
    STREAM,
    TEST,
    Record,
    Result,
    bcubed,
    ingest_stories,
    load_ecbplus,
    load_gvc,
    load_multiling,
    load_wikinews,
    mean_scores,
    print_results,
    split_of,
    store_default,
)

COMMAND = "python bench/stories.py"
ORDERS = 3
FEED, FILES = "feed (JSONL: title, date, URL where known)", "plain .txt files"


@dataclass(frozen=True)
class Plan:
    """How much to run: arrival orders on ECB+ test, input variants (feed, plain files),
    and whether plain files are also run on development (a slow machine may skip it)."""

    orders: int
    variants: tuple[bool, ...]
    plain_dev: bool
    only: tuple[str, ...] = SPLITS  # the splits to run (`--splits`)

    def splits(self, metadata: bool) -> tuple[str, ...]:
        return tuple(s for s in (SPLITS if metadata or self.plain_dev else (TEST,)) if s in self.only)


def _gold(records: list[Record]) -> dict[str, str]:
    return {r.id: r.gold for r in records}


def stream_scores(records: list[Record], metadata: bool, orders: int | None) -> tuple[tuple[float, ...], list]:
    """Mean (P, R, F1) over `orders` shuffled arrival orders (None: the given order), and
    the groups of the first."""
    seeds = [None] if orders is None else list(range(orders))
    scores, first = [], None
    for seed in seeds:
        groups = ingest_stories(records, metadata, order_seed=seed)
        first = first if first is not None else groups
        scores.append(bcubed(groups, _gold(records)))
    return mean_scores(scores), first


def _rows(benchmark: str, variant: str, reference: str, by_split: dict[str, tuple[float, ...]]) -> list[Result]:
    out = []
    for k, name in enumerate(("B-cubed P", "B-cubed R", "B-cubed F1")):
        out.append(Result(benchmark, name, by_split.get(TEST, (None,) * 3)[k], by_split.get(DEV, (None,) * 3)[k],
                          variant, reference if name == "B-cubed F1" else "", COMMAND))
    return out


# -- ECB+ ----------------------------------------------------------------------------------


def tfidf_linkage(records: list[Record], threshold: float) -> list[list[str]]:
    """Batch TF-IDF + average linkage at one distance threshold (scikit-learn)."""
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(sublinear_tf=True).fit_transform([r.plain_text() for r in records])
    distance = np.clip(1.0 - (matrix @ matrix.T).toarray(), 0.0, None)
    labels = AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                     distance_threshold=threshold).fit_predict(distance)
    groups: dict[int, list[str]] = defaultdict(list)
    for r, label in zip(records, labels, strict=True):
        groups[int(label)].append(r.id)
    return list(groups.values())


def tfidf_baseline(records: list[Record]) -> tuple[float, float, float]:
    """(test F1, development F1, threshold): the threshold that is best on development."""
    dev, test = split_of(records, DEV), split_of(records, TEST)
    grid = [round(0.50 + 0.02 * k, 2) for k in range(25)]
    best = max(grid, key=lambda t: bcubed(tfidf_linkage(dev, t), _gold(dev))[2])
    return (bcubed(tfidf_linkage(test, best), _gold(test))[2], bcubed(tfidf_linkage(dev, best), _gold(dev))[2],
            best)


def ecbplus(plan: Plan) -> list[Result]:
    records = load_ecbplus()
    test_f1, dev_f1, threshold = tfidf_baseline(records)
    reference = f"TF-IDF + average linkage (distance {threshold} chosen on dev): test {test_f1:.3f}, dev {dev_f1:.3f}"
    out = []
    for metadata in plan.variants:
        # several arrival orders on test, one on development (the larger part: time on 2 cores)
        orders = plan.orders if metadata else 1
        by_split = {s: stream_scores(split_of(records, s), metadata, orders if s == TEST else 1)[0]
                    for s in plan.splits(metadata)}
        variant = (FEED if metadata else FILES) + (f", {orders} shuffled orders on test, 1 on dev" if orders > 1
                                                   else ", 1 shuffled order")
        out += _rows("stories, ECB+ (subtopic)", variant, reference, by_split)
    return out


# -- MultiLing -----------------------------------------------------------------------------


def multiling(plan: Plan) -> list[Result]:
    records = load_multiling(("en", "fr", "ar"))
    out = []
    for metadata in plan.variants:
        variant = FEED if metadata else FILES + " (the original files)"
        by_split, mixed = {}, {}
        for s in plan.splits(metadata):
            by_split[s], groups = stream_scores(split_of(records, s), metadata, 1)
            mixed[s] = sum(1 for g in groups if len({a.rsplit(".", 1)[1] for a in g}) == 3) / max(1, len(groups))
        out += _rows("stories, MultiLing 2011 en+fr+ar mixed (topic)", variant, "", by_split)
        out.append(Result("stories, MultiLing 2011 en+fr+ar mixed (topic)", "share of stories in all 3 languages",
                          mixed.get(TEST), mixed.get(DEV), variant, "", COMMAND))
        for lang in ("en", "fr", "ar"):
            alone = [r for r in records if r.language == lang]
            by_split = {s: stream_scores(split_of(alone, s), metadata, 1)[0] for s in plan.splits(metadata)}
            out.append(Result(f"stories, MultiLing 2011 {lang} alone (topic)", "B-cubed F1",
                              by_split.get(TEST, (None,) * 3)[2], by_split.get(DEV, (None,) * 3)[2], variant, "",
                              COMMAND))
    return out


def multiling7(plan: Plan) -> list[Result]:
    """MultiLing 2011 in all 7 languages (en fr ar cs el he hi: the encoder knows en, fr and
    ar only) as a JSONL feed through `synoptic ingest`: B-cubed recall against the report
    (its translations together in one story), precision against the topic (reports of
    other topics apart); the same for the hi+el pair and the en+fr+ar subset, each ingested
    alone."""
    records = load_multiling(tuple(MULTILING_LANGUAGES))
    subsets = {"all 7": None, "hi+el": ("hi", "el"), "en+fr+ar": ("en", "fr", "ar")}
    out = []
    for label, languages in subsets.items():
        chosen = [r for r in records if languages is None or r.language in languages]
        by_split = {}
        for s in plan.splits(True):
            part = split_of(chosen, s)
            groups = ingest_stories(part, True)
            p = bcubed(groups, _gold(part))[0]
            r = bcubed(groups, {x.id: x.extra["report"] for x in part})[1]
            by_split[s] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
        out += _rows(f"stories, MultiLing 2011 {label} (P: topic, R: report's translations)", FEED, "", by_split)
    return out


# -- GVC -----------------------------------------------------------------------------------


def gvc_baseline() -> dict[str, float]:
    """The bundled baseline (`baseline.py`: TF-IDF single pass in date order, its threshold
    chosen on train+dev), run in this process: it prints its own table on import, read here
    (B-cubed F1 on test and on all 510, no date window)."""
    spec = importlib.util.spec_from_file_location("gvc_baseline", GVC / "baseline.py")
    module = importlib.util.module_from_spec(spec)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        spec.loader.exec_module(module)
    out: dict[str, float] = {}
    for line in printed.getvalue().splitlines():
        m = re.match(r"(test|all)\s+tfidf single-pass T=([\d.]+) window=None .*F1=([\d.]+)", line)
        if m:
            out[TEST if m[1] == "test" else "all"] = float(m[3])
            out["threshold"] = float(m[2])
    return out


def gvc(plan: Plan) -> list[Result]:
    records = load_gvc()  # date order
    base = gvc_baseline()
    reference = (f"bundled TF-IDF single pass (T={base['threshold']} chosen on train+dev): "
                 f"test {base[TEST]:.3f}, all 510 {base['all']:.3f}")
    out = []
    for metadata in plan.variants:
        variant = (FEED if metadata else FILES) + ", date order"
        by_split = {s: stream_scores(split_of(records, s), metadata, None)[0] for s in plan.splits(metadata)}
        out += _rows("stories, GVC (incident)", variant, reference, by_split)
    return out


# -- Wikinews ------------------------------------------------------------------------------


def wikinews(plan: Plan) -> list[Result]:
    records = load_wikinews()  # date order
    out = []
    for metadata in plan.variants:
        variant = (FEED if metadata else FILES) + ", date order"
        by_split, mixing = {}, {}
        for s in plan.splits(metadata):
            part = split_of(records, s)
            by_split[s], groups = stream_scores(part, metadata, None)
            gold = _gold(part)
            mixing[s] = float(sum(1 for g in groups if len({gold[a] for a in g}) > 1))
        out += _rows("stories, Wikinews en/es/it/nl (same article = parallel_id)", variant, "", by_split)
        out.append(Result("stories, Wikinews en/es/it/nl (same article = parallel_id)",
                          "stories mixing different articles (count)", mixing.get(TEST), mixing.get(DEV), variant, "",
                          COMMAND))
    return out


# -- threads -------------------------------------------------------------------------------


def threads(plan: Plan) -> list[Result]:
    """MultiLing 2011 en+fr+ar as the original files, through `synoptic ingest`, grouped by
    `synoptic threads --json`: each topic (10 reports over days or weeks, in 3 languages)
    should be one thread. Beside it, the stories themselves scored against the topic."""
    import tempfile

    from bench.common import cli, file_name

    records = load_multiling(("en", "fr", "ar"))
    by_split, story_split = {}, {}
    for s in plan.splits(False):
        part = split_of(records, s)
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "threads.db"
            by_split[s] = bcubed(ingest_stories(part, False, listing="threads", keep_db=db), _gold(part))
            back = {file_name(r.id): r.id for r in part}
            stories = [[back.get(a) or back[a.rsplit("_", 1)[0]] for a in story["articles"]]
                       for story in json.loads(cli("stories", "--json", "--db", str(db)))]
        story_split[s] = bcubed(stories, _gold(part))
    reference = ("stories alone against the topic: " + ", ".join(
        f"{k} {v[2]:.3f}" for k, v in story_split.items()))
    out = _rows("threads, MultiLing 2011 en+fr+ar (topic)", FILES + " (the original files)", reference, by_split)
    # GVC: 241 shootings, one kind of event; each incident (its reports and follow-ups)
    # is one developing topic, and different shootings must not gather into one thread
    records = load_gvc()  # date order
    by_split = {s: bcubed(ingest_stories(split_of(records, s), True, listing="threads"), _gold(split_of(records, s)))
                for s in plan.splits(True)}
    return out + _rows("threads, GVC (incident)", FEED + ", date order", "", by_split)


DATASETS = {"ecbplus": ecbplus, "multiling": multiling, "multiling7": multiling7, "gvc": gvc, "wikinews": wikinews, "threads": threads}


VARIANTS = {"feed": True, "files": False}


def results(quick: bool = False, datasets: list[str] | None = None, orders: int = ORDERS,
            plain_dev: bool = True, variants: tuple[str, ...] = ("feed", "files"),
            splits: tuple[str, ...] = SPLITS) -> list[Result]:
    chosen = tuple(VARIANTS[v] for v in variants)
    plan = Plan(1 if quick else orders, (True,) if quick else chosen, plain_dev, splits)
    out = []
    for name in datasets or list(DATASETS):
        started = time.perf_counter()
        out += DATASETS[name](plan)
        print(f"({name}: {time.perf_counter() - started:.0f} s)", file=sys.stderr, flush=True)
    return out


# -- how the defaults were searched: development data only ----------------------------------

# The pair weights, the threshold and the event split's gap are fitted and searched by
# `bench/story_pairs.py` (development pairs only).
QUIET_GRID = (1, 3, 7, 14, 30, 365)
TUNE_SET_NAMES = ["ECB+", "MultiLing", "MultiLing en alone", "MultiLing fr alone", "MultiLing ar alone"]


def quiet_grid() -> None:
    """ECB+ development, dated as the cleaner dates it: F1 as the quiet period varies."""
    import tempfile
    from dataclasses import replace

    from bench.common import documents, file_name
    from synoptic import pipeline, vectors
    from synoptic.link import events, features, scoring
    from synoptic.settings import Settings

    settings = Settings()
    records = split_of(load_ecbplus(), DEV)
    with tempfile.TemporaryDirectory() as tmp:
        prepared = pipeline.prepare(documents(records, False, Path(tmp)), settings)
    feats = features.article_features(prepared.articles, vectors.get_encoder(settings.vectors), settings.link)
    back = {file_name(r.id): r.id for r in records}  # a text file's id: its name (+ a hash)
    gold = {f.id: _gold(records)[back.get(f.id) or back[f.id.rsplit("_", 1)[0]]] for f in feats}
    sim = scoring.batch_similarity(feats, settings.link)
    print(f"{'quiet days':>10} {'P':>6} {'R':>6} {'F1':>6}")
    for days in QUIET_GRID:
        link = replace(settings.link, story_quiet_days=days)
        p, r, f = bcubed([[feats[i].id for i in g] for g in events.group_stories(feats, sim, link)], gold)
        print(f"{days:10g} {p:6.3f} {r:6.3f} {f:6.3f}" + ("  <- default" if days == settings.link.story_quiet_days
                                                        else ""))


THREAD_GRID = {
    "vector_weight": (1.0, 1.25, 1.5),
    "word_weight": (0.15, 0.3),
    "name_weight": (1.5, 2.0, 3.0),
    "vector_prior_stories": (0.0, 1.0, 3.0),
}
THREAD_THRESHOLDS = tuple(round(0.15 + 0.05 * k, 2) for k in range(16))
# MultiLing development thread F1 of the settings before GVC was tuned on (stop 30: 0.9848,
# printed 0.985): kept
THREAD_MULTILING_FLOOR = 0.984


def _stored_threads_input(db: Path) -> tuple[list, dict[str, list[str]]]:
    """The thread profiles of a store's stories (with their news days) and each story's
    articles."""
    from sqlalchemy import create_engine, text

    from synoptic.link.threads import unpack_profile

    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        rows = conn.execute(text("select id, profile, news_first_day, news_last_day from stories")).all()
        members: dict[str, list[str]] = defaultdict(list)
        for sid, aid in conn.execute(text("select story_id, id from articles")):
            members[sid].append(aid)
    engine.dispose()
    from datetime import date as _date

    profiles = []
    for sid, blob, first, last in rows:
        p = unpack_profile(sid, blob)
        p.first = _date.fromisoformat(str(first)[:10]) if first else None
        p.last = _date.fromisoformat(str(last)[:10]) if last else None
        profiles.append(p)
    return profiles, members


def threads_tune(db: Path | None = None) -> None:
    """The thread weights and threshold on development: MultiLing M000-M005 (topics, the
    files as shipped) and GVC train+dev (incidents, a feed in date order), the stories and
    their profiles as `synoptic ingest` stores them, threads regrouped in this process.
    Printed: the settings that keep MultiLing at `THREAD_MULTILING_FLOOR` or above, by GVC
    F1 (a thread is one topic, not a kind of event); the default's threshold is in the
    middle of its plateau."""
    from dataclasses import replace

    from bench.common import file_name
    from synoptic.link.threads import group_threads
    from synoptic.settings import ThreadSettings

    sets = []
    for name, records, metadata in (("MultiLing", split_of(load_multiling(("en", "fr", "ar")), DEV), False),
                                    ("GVC", split_of(load_gvc(), DEV), True)):
        path = (db or Path("threads-dev.db")).with_suffix(f".{name.lower()}.db")
        if not path.exists():
            ingest_stories(records, metadata, keep_db=path)
        profiles, members = _stored_threads_input(path)
        back = {file_name(r.id): r.id for r in records} | {r.id: r.id for r in records}
        sets.append((name, profiles, members, back, _gold(records)))

    def f1s(ts: ThreadSettings) -> tuple[float, ...]:
        return tuple(bcubed([[back.get(a) or back[a.rsplit("_", 1)[0]] for sid in g for a in members[sid]]
                             for g in group_threads(profiles, ts)], gold)[2]
                     for _, profiles, members, back, gold in sets)

    found = []
    for values in itertools.product(*THREAD_GRID.values()):
        weights = dict(zip(THREAD_GRID, values, strict=True))
        found += [(f1s(replace(ThreadSettings(), **weights, threshold=t)), weights, t) for t in THREAD_THRESHOLDS]
    print(f"settings with MultiLing at {THREAD_MULTILING_FLOOR} or above, by GVC thread F1:")
    kept = (f for f in found if f[0][0] >= THREAD_MULTILING_FLOOR - 1e-9)
    for (ml, gvc), weights, t in sorted(kept, key=lambda f: -f[0][1])[:15]:
        print(f"  {weights} threshold {t}: MultiLing {ml:.3f}, GVC {gvc:.3f}")
    print("defaults: MultiLing {:.3f}, GVC {:.3f}".format(*f1s(ThreadSettings())))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--datasets", default=",".join(DATASETS))
    parser.add_argument("--quick", action="store_true", help="one order, feed rows only")
    parser.add_argument("--orders", type=int, default=ORDERS, help="shuffled arrival orders on ECB+ test")
    parser.add_argument("--no-plain-dev", action="store_true", help="plain-file rows on test only")
    parser.add_argument("--variants", default="feed,files", help="input variants: feed (JSONL), files (.txt)")
    parser.add_argument("--splits", default=",".join(SPLITS), help=f"splits to run ({TEST}, {DEV})")
    parser.add_argument("--batch-size", type=int, default=STREAM["batch_size"],
                        help="articles per `synoptic ingest` transaction (0: its default, settings.store.batch_size)")
    parser.add_argument("--store-set", action="append", default=[], metavar="NAME=VALUE",
                        help="a StoreSettings default for this run (JSON value), e.g. threads_every=0")
    parser.add_argument("--quiet", action="store_true", help="the quiet-period grid (ECB+ development)")
    parser.add_argument("--threads-tune", action="store_true", help="the thread grid (MultiLing, GVC development)")
    parser.add_argument("--db", type=Path, help="with --threads-tune: stores of the development sets next to this name (made if missing)")
    args = parser.parse_args(argv)
    STREAM["batch_size"] = args.batch_size or None
    for item in args.store_set:
        store_default(item)
    if args.threads_tune:
        threads_tune(args.db)
        return 0
    if args.quiet:
        quiet_grid()
        return 0
    for name in [d.strip() for d in args.datasets.split(",") if d.strip()]:  # each table as soon as it is done
        print_results(results(args.quick, [name], args.orders, not args.no_plain_dev,
                              tuple(v.strip() for v in args.variants.split(",") if v.strip()),
                              tuple(s.strip() for s in args.splits.split(",") if s.strip())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
