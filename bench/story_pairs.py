"""Pair analysis for story grouping, and the logistic fit of the pair weights.

Each development set (ECB+ topics 1-30, GVC train+dev, MultiLing M000-M005 en+fr+ar,
Wikinews trial) is read and cleaned as `synoptic ingest` reads a JSONL feed, turned into
the features `link/features.py` makes, and every pair of its articles into the pair
features `link/scoring.py` weighs. Then:

    python bench/story_pairs.py --analyse [--split development|test]
        each feature alone: ROC AUC and best pair F1 against "same story" (same gold),
        per set, beside a plain TF-IDF cosine (scikit-learn) and the current score;
        batch grouping B-cubed F1 with the current settings
    python bench/story_pairs.py --silences
        batch grouping of the event-level sets as the quiet period and the evidence
        that bridges a silence vary (`story_quiet_days`, `story_bridge_margin`)
    python bench/story_pairs.py --fit [--write]
        a logistic model over the pair features, on development pairs only (each set
        weighed equally), and, with --write, its coefficients into settings/link.py
    python bench/story_pairs.py --fit-added same_day,other_day
        the weights of added pair features alone, the others fixed (their logit an
        offset), on the development pairs near the threshold

Features are cached in /tmp by data set and split (the encoder is the slow part); the
event-day keys (`link/event_days.py`) are made afresh from the cached articles.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
from pathlib import Path

import numpy as np

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import (  # noqa: E402
    DEV,
    MULTILING_LANGUAGES,
    TEST,
    Record,
    bcubed,
    load_ecbplus,
    load_gvc,
    load_multiling,
    load_wikinews,
    split_of,
)

SETS = {
    "ecbplus": lambda: load_ecbplus(),
    "gvc": lambda: load_gvc(),
    "multiling": lambda: load_multiling(("en", "fr", "ar")),
    "wikinews": lambda: load_wikinews(),
    # all 7 languages (cs, el, he, hi: the encoder does not know them), gold = topic
    "multiling7": lambda: load_multiling(tuple(MULTILING_LANGUAGES)),
}
CACHE = Path(tempfile.gettempdir()) / "synoptic-story-pairs"


def prepared(name: str, split: str):
    """(records, cleaned articles, features) of one set's split, cached."""
    from bench.common import documents
    from synoptic import clean, vectors
    from synoptic.link import event_days, features
    from synoptic.settings import Settings

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{name}-{split}.pkl"
    settings = Settings()
    if path.exists():
        records, articles, feats = pickle.loads(path.read_bytes())
        # the event keys afresh from the cached articles (cheap; the encoder is not)
        by_id = {a.id: a for a in articles}
        for f in feats:
            f.when = event_days.event_keys(by_id[f.id], settings.link)
        return records, articles, feats
    records = split_of(SETS[name](), split)
    with tempfile.TemporaryDirectory() as tmp:
        docs = documents(records, True, Path(tmp))
    articles, _ = clean.clean_documents([d for d in docs if not hasattr(d, "reason")], settings.clean)
    encoder = vectors.get_encoder(settings.vectors)
    feats = features.article_features(articles, encoder, settings.link)
    out = (records, articles, feats)
    path.write_bytes(pickle.dumps(out))
    return out


def gold_labels(records: list[Record], feats) -> np.ndarray:
    gold = {r.id: r.gold for r in records}
    return np.array([gold[f.id] for f in feats])


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """ROC AUC by ranks (ties averaged)."""
    from scipy.stats import rankdata

    ranks = rankdata(scores)
    pos = labels.sum()
    neg = len(labels) - pos
    if not pos or not neg:
        return float("nan")
    return float((ranks[labels].sum() - pos * (pos + 1) / 2) / (pos * neg))


def best_f1(scores: np.ndarray, labels: np.ndarray) -> tuple[float, float, float]:
    """(F1, P, R) of the best threshold on pairs."""
    order = np.argsort(-scores, kind="stable")
    hits = np.cumsum(labels[order])
    k = np.arange(1, len(order) + 1)
    p, r = hits / k, hits / max(1, labels.sum())
    f = np.where(p + r > 0, 2 * p * r / np.maximum(p + r, 1e-12), 0.0)
    i = int(np.argmax(f))
    return float(f[i]), float(p[i]), float(r[i])


def p_at_r(scores: np.ndarray, labels: np.ndarray, recall: float = 0.8) -> float:
    order = np.argsort(-scores, kind="stable")
    hits = np.cumsum(labels[order])
    r = hits / max(1, labels.sum())
    i = int(np.searchsorted(r, recall))
    return float(hits[min(i, len(hits) - 1)] / (min(i, len(hits) - 1) + 1))


def tfidf_cosine(articles) -> np.ndarray:
    from sklearn.feature_extraction.text import TfidfVectorizer

    matrix = TfidfVectorizer(sublinear_tf=True).fit_transform([f"{a.title or ''}\n{a.text}" for a in articles])
    return (matrix @ matrix.T).toarray()


def analyse(split: str) -> None:
    from synoptic.link import events, scoring
    from synoptic.settings import Settings

    link = Settings().link
    for name in SETS:
        records, articles, feats = prepared(name, split)
        labels = gold_labels(records, feats)
        n = len(feats)
        iu = np.triu_indices(n, 1)
        same = (labels[:, None] == labels[None, :])[iu]
        table = scoring.pair_feature_matrices(feats, link)
        table["tfidf (sklearn)"] = tfidf_cosine(articles)
        table["score (current)"] = scoring.batch_similarity(feats, link)
        print(f"\n{name} {split}: {n} articles, {same.sum()} same-story pairs of {len(same)}")
        for key, matrix in table.items():
            values = matrix[iu]
            f, p, r = best_f1(values, same)
            print(f"  {key:24s} AUC {auc(values, same):.3f}  best pair F1 {f:.3f} (P {p:.3f} R {r:.3f})"
                  f"  P@R0.8 {p_at_r(values, same):.3f}")
        groups = events.group_stories(feats, scoring.batch_similarity(feats, link), link)
        pr = bcubed([[feats[i].id for i in g] for g in groups], {r.id: r.gold for r in records})
        print(f"  batch grouping (current settings): B-cubed P {pr[0]:.3f} R {pr[1]:.3f} F1 {pr[2]:.3f}")


def _pairs(name: str, split: str, link) -> tuple[np.ndarray, dict, tuple]:
    """One set's pairs of articles (upper triangle): same story or not, and every pair
    feature's matrix."""
    from synoptic.link import scoring

    records, _, feats = prepared(name, split)
    labels = gold_labels(records, feats)
    iu = np.triu_indices(len(feats), 1)
    return (labels[:, None] == labels[None, :])[iu], scoring.pair_feature_matrices(feats, link), iu


def fit(write: bool, split: str = DEV) -> np.ndarray:
    """Logistic regression (numpy, Newton steps, a little L2) on development pairs."""
    from synoptic.link import scoring
    from synoptic.settings import Settings

    link = Settings().link
    xs, ys, ws = [], [], []
    for name in SETS:
        same, table, iu = _pairs(name, split, link)
        x = np.stack([table[k][iu] for k in scoring.PAIR_FEATURES], axis=1)
        # each set weighs the same in total, and within it the two classes alike
        w = np.where(same, 0.5 / max(1, same.sum()), 0.5 / max(1, (~same).sum()))
        xs.append(x)
        ys.append(same.astype(float))
        ws.append(w)
    x = np.hstack([np.concatenate(xs), np.ones((sum(len(v) for v in ys), 1))])
    y, w = np.concatenate(ys), np.concatenate(ws)
    beta = np.zeros(x.shape[1])
    ridge = 1e-4
    for _ in range(50):
        p = 1 / (1 + np.exp(-(x @ beta)))
        grad = x.T @ (w * (p - y)) + ridge * np.r_[beta[:-1], 0]
        hess = (x * (w * p * (1 - p))[:, None]).T @ x + ridge * np.eye(len(beta))
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    for k, b in zip([*scoring.PAIR_FEATURES, "intercept"], beta, strict=True):
        print(f"  {k:16s} {b:+.3f}")
    at = np.cumsum([0] + [len(v) for v in ys])
    for name, lo, hi in zip(SETS, at[:-1], at[1:], strict=True):
        logit, same = x[lo:hi] @ beta, y[lo:hi].astype(bool)
        f, p_, r = best_f1(logit, same)
        print(f"  {name:10s} AUC {auc(logit, same):.3f}  best pair F1 {f:.3f} (P {p_:.3f} R {r:.3f})  "
              f"P@R0.8 {p_at_r(logit, same):.3f}")
    if write:
        write_coefficients(beta)
    return beta


def fit_added(names: list[str], split: str = DEV, near: float = 4.0) -> np.ndarray:
    """The weights of the pair features `names` alone, by the same logistic fit with the
    other weights and the intercept fixed (their logit an offset): a feature added beside
    a fitted model without moving it (a full refit moved the others, see settings).
    Only the pairs the fixed logit puts within `near` of the threshold count: the pairs a
    feature can move across it (unrelated pairs, most of all pairs, would teach it how
    articles of different topics differ, which the others already say)."""
    from synoptic.link import scoring
    from synoptic.settings import Settings

    link = Settings().link
    xs, offs, ys, ws = [], [], [], []
    for name in SETS:
        same, table, iu = _pairs(name, split, link)
        xs.append(np.stack([table[k][iu] for k in names], axis=1))
        offs.append(link.pair_intercept + sum(getattr(link, f"pair_{k}") * table[k][iu]
                                              for k in scoring.PAIR_FEATURES if k not in names))
        ys.append(same.astype(float))
        ws.append(np.where(same, 0.5 / max(1, same.sum()), 0.5 / max(1, (~same).sum())))
    x, offset, y, w = (np.concatenate(v) for v in (xs, offs, ys, ws))
    keep = np.abs(offset - link.story_threshold) <= near
    # a free intercept beside them takes up how far the fixed logit is off on these
    # pairs, which the added features would otherwise take in (it is not kept)
    x, offset, y, w = np.hstack([x[keep], np.ones((keep.sum(), 1))]), offset[keep], y[keep], w[keep]
    print(f"  {keep.sum()} pairs within {near} of the threshold, {int(y.sum())} of them same-story")
    beta = np.zeros(x.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-(offset + x @ beta)))
        grad = x.T @ (w * (p - y)) + 1e-4 * beta
        hess = (x * (w * p * (1 - p))[:, None]).T @ x + 1e-4 * np.eye(len(beta))
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    for k, b in zip([*names, "(intercept shift)"], beta, strict=True):
        print(f"  pair_{k:14s} {b:+.3f}")
    return beta[:-1]


def write_coefficients(beta: np.ndarray) -> None:
    from synoptic.link import scoring

    path = Path(__file__).resolve().parents[1] / "src" / "synoptic" / "settings" / "link.py"
    text = path.read_text(encoding="utf-8")
    start = text.index("    # -- pair model coefficients (written by bench/story_pairs.py --fit --write)")
    end = text.index("    # -- end of pair model coefficients")
    lines = ["    # -- pair model coefficients (written by bench/story_pairs.py --fit --write)",
             "    # fitted on development pairs only: ECB+ topics 1-30, GVC train+dev, MultiLing",
             "    # M000-M005 en+fr+ar, Wikinews trial (each set weighed equally, classes balanced)"]
    for k, b in zip([*scoring.PAIR_FEATURES, "intercept"], beta, strict=True):
        lines.append(f"    pair_{k}: float = {b:.4f}")
    path.write_text(text[:start] + "\n".join(lines) + "\n" + text[end:], encoding="utf-8")
    print(f"written to {path}")


THRESHOLDS = (-2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0)
SPLIT_GAPS = (1.0, 2.0, 3.0, 4.0, 100.0)


def _batch_sets(names, split: str, link) -> list[tuple]:
    """(name, features, gold by id, batch similarity) of each set, for the grids below."""
    from synoptic.link import scoring

    data = []
    for name in names:
        records, _, feats = prepared(name, split)
        data.append((name, feats, {r.id: r.gold for r in records}, scoring.batch_similarity(feats, link)))
    return data


def grid(split: str = DEV) -> None:
    """Batch grouping B-cubed F1 per set over story_threshold x story_split_gap (logit units)."""
    from dataclasses import replace

    from synoptic.link import events
    from synoptic.settings import Settings

    link = Settings().link
    data = _batch_sets(SETS, split, link)
    print("threshold gap  " + "  ".join(f"{n:>17s}" for n, *_ in data) + "   mean F1")
    for threshold in THRESHOLDS:
        for gap in SPLIT_GAPS:
            s = replace(link, story_threshold=threshold, story_split_gap=gap)
            row = []
            for _, feats, gold, sim in data:
                groups = events.group_stories(feats, sim, s)
                row.append(bcubed([[feats[i].id for i in g] for g in groups], gold))
            cells = "  ".join(f"{p:.3f}/{r:.3f}/{f:.3f}" for p, r, f in row)
            print(f"{threshold:9.2f} {gap:4.0f}  {cells}   {np.mean([f for *_, f in row]):.3f}", flush=True)


# (quiet days, bridge margins): no bridge at 7, the former default
SILENCES = ((7.0, (0.0,)), (30.0, (0.0, 1.0, 2.0, 3.0, 4.0, 6.0)), (90.0, (0.0, 1.0, 2.0, 3.0, 4.0, 6.0)),
            (365.0, (0.0, 1.0, 2.0, 3.0, 4.0, 6.0)))
EVENT_SETS = ("gvc", "ecbplus", "wikinews")  # MultiLing's gold is a topic: the thread level


def silences(split: str = DEV) -> None:
    """Batch grouping B-cubed P/R/F1 on the event-level sets as the quiet period
    (`story_quiet_days`) and the evidence that bridges a silence longer than
    `story_evidence_days` (`story_bridge_margin`) vary."""
    from dataclasses import replace

    from synoptic.link import events
    from synoptic.settings import Settings

    link = Settings().link
    data = _batch_sets(EVENT_SETS, split, link)
    print("quiet margin  " + "  ".join(f"{n:>17s}" for n, *_ in data) + "   mean F1")
    for quiet, margins in SILENCES:
        for margin in margins:
            s = replace(link, story_quiet_days=quiet, story_bridge_margin=margin)
            row = [bcubed([[feats[i].id for i in g] for g in events.group_stories(feats, sim, s)], gold)
                   for _, feats, gold, sim in data]
            cells = "  ".join(f"{p:.3f}/{r:.3f}/{f:.3f}" for p, r, f in row)
            mark = "  <- default" if (quiet, margin) == (link.story_quiet_days, link.story_bridge_margin) else ""
            print(f"{quiet:5g} {margin:6g}  {cells}   {np.mean([f for *_, f in row]):.3f}{mark}", flush=True)


def stream(split: str = DEV, orders: int = 3) -> None:
    """The online clusterer as `synoptic ingest --batch-size 8` drives it (each batch
    placed, then repaired), on the cached features, beside batch grouping: how much the
    stream loses, and how much the arrival order moves it."""
    import random

    from synoptic.link import events, scoring
    from synoptic.link.online import OnlineClusterer
    from synoptic.settings import Settings

    link = Settings().link
    for name in SETS:
        records, _, feats = prepared(name, split)
        gold = {r.id: r.gold for r in records}
        batch = events.group_stories(feats, scoring.batch_similarity(feats, link), link)
        cells = [f"batch {bcubed([[feats[i].id for i in g] for g in batch], gold)[2]:.3f}"]
        for seed in [None, *range(orders)]:
            ordered = list(feats)
            if seed is not None:
                random.Random(seed).shuffle(ordered)
            clusterer = OnlineClusterer(link)
            for start in range(0, len(ordered), 8):
                for f in ordered[start:start + 8]:
                    clusterer.add(f)
                clusterer.repair()
            p, r, f1 = bcubed(clusterer.groups(), gold)
            cells.append(f"{'given' if seed is None else f'seed {seed}'} {p:.3f}/{r:.3f}/{f1:.3f}")
        print(f"{name:10s} " + "  ".join(cells), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--analyse", action="store_true")
    parser.add_argument("--fit", action="store_true")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--fit-added", help="comma-separated pair features: their weights alone, the others fixed")
    parser.add_argument("--grid", action="store_true", help="threshold x split gap, batch grouping")
    parser.add_argument("--stream", action="store_true", help="the online clusterer against the batch")
    parser.add_argument("--silences", action="store_true", help="quiet period x bridge margin, batch grouping")
    parser.add_argument("--split", default=DEV, choices=[DEV, TEST])
    args = parser.parse_args(argv)
    if args.fit:
        fit(args.write)
    if args.fit_added:
        fit_added(args.fit_added.split(","), args.split)
    if args.grid:
        grid(args.split)
    if args.stream:
        stream(args.split)
    if args.silences:
        silences(args.split)
    if args.analyse or not (args.fit or args.fit_added or args.grid or args.stream or args.silences):
        analyse(args.split)
    return 0


if __name__ == "__main__":
    sys.exit(main())
