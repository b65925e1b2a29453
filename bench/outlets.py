"""Outlet identity on real pages: is each article's outlet named right?

Data: ../shared/bench/extraction-aeb (181 real pages with their URLs) and
../shared/bench/stories-gvc (local-news texts; `url` is an archive.org copy of
the original). Gold: bench/data/outlets/gold.csv (labelled by hand).

Each article's outlet is resolved on the user's path: the records go through the
cleaner (`clean.clean_documents`) as a batch, for AEB each page's HTML with its URL,
for GVC each record's title, raw text and URL (no page metadata), the way
`synoptic brief`/`ingest` would take them as JSONL records.
An outcome is "right" when the shown label (the name, else the domain) is one
of the gold names; "unnamed" when no name was found and the domain is shown
although the outlet has another name; "wrong" when a name was shown that is
not the outlet's (a confusion). Splits: AEB dev = first 120 page ids sorted,
test = the rest; GVC by its `split` (dev, test; train is not labelled).

    .venv/bin/python bench/outlets.py [--show-all] [--no-wire]
    .venv/bin/python bench/outlets.py --profiles [--with-aeb]   # profile table of a store of GVC (+ AEB)
    .venv/bin/python bench/outlets.py --scale 100000            # outlet page views at 100k articles
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from synoptic.clean import clean_documents  # noqa: E402
from synoptic.clean.outlet import (  # noqa: E402
    clean_site_name,
    host_of,
    name_from_page,
    original_url,
    wire_agency,
)
from synoptic.model import Document, Outlet  # noqa: E402
from synoptic.settings import Settings  # noqa: E402

SHARED = ROOT.parent / "shared" / "bench"
AEB = SHARED / "extraction-aeb"
GVC = SHARED / "stories-gvc" / "gvc.jsonl"
GOLD = ROOT / "bench" / "data" / "outlets" / "gold.csv"


@dataclass
class Case:
    benchmark: str
    split: str
    item: str
    url: str
    outlet: Outlet | None
    page_name: str | None = None


def norm(name: str) -> str:
    key = "".join(c for c in name.casefold() if c.isalnum() or c.isspace()).strip()
    return key.removeprefix("the ").replace(" ", "")


def load_gold(path: Path = GOLD) -> dict[str, set[str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return {row["site"]: {norm(n) for n in row["names"].split("|")} for row in csv.DictReader(lines)}


def gold_site(url: str, gold: dict[str, set[str]]) -> str | None:
    """The gold row of a URL: its host, else a parent, down to the registrable domain."""
    host = host_of(original_url(url)) or ""
    labels = host.split(".")
    for i in range(len(labels) - 1):
        site = ".".join(labels[i:])
        if site in gold:
            return site
    return None


def _cleaned(docs: list[Document]) -> dict[str, Outlet | None]:
    """Each document's outlet as the cleaner resolves it, the batch together."""
    articles, _ = clean_documents(docs, Settings().clean)
    found = {a.id: a.outlet_info for a in articles}
    # a page the cleaner skips (no article text) is still a page of its outlet
    return {d.id: found.get(d.id) for d in docs}


def aeb_cases() -> list[Case]:
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)
    dev = set(ids[:120])
    docs, pages = [], {}
    for page_id in ids:
        with gzip.open(AEB / "html" / f"{page_id}.html.gz", "rt", encoding="utf-8", errors="replace") as f:
            pages[page_id] = f.read()
        docs.append(Document(id=page_id, source=f"{page_id}.html", content=pages[page_id], kind="html",
                             url=truth[page_id]["url"]))
    outlets = _cleaned(docs)
    return [Case("aeb", "dev" if page_id in dev else "test", page_id, truth[page_id]["url"], outlets[page_id],
                 name_from_page(pages[page_id])) for page_id in ids]


def gvc_cases() -> list[Case]:
    """Every GVC record is cleaned (train too: a batch names a site from any of its
    articles); the dev and test records are scored."""
    recs = [json.loads(line) for line in GVC.read_text(encoding="utf-8").splitlines()]
    docs = [Document(id=r["id"], source=f"{r['id']}.json", content=r["text"], title=r.get("title"), url=r["url"])
            for r in recs]
    outlets = _cleaned(docs)
    return [Case("gvc", r["split"], r["id"], r["url"], outlets[r["id"]]) for r in recs if r["split"] != "train"]


def judge(case: Case, gold: dict[str, set[str]], page_first: bool = False) -> str:
    site = gold_site(case.url, gold)
    if site is None:
        return "no gold"
    outlet = case.outlet
    name = outlet.name if outlet else None
    if page_first and clean_site_name(case.page_name):
        name = clean_site_name(case.page_name)  # the order of the brief: page metadata before registry
    label = name or (outlet.id if outlet else None)
    if label and norm(label) in gold[site]:
        return "right"
    return "wrong" if name else "unnamed"


def report(cases: list[Case], gold: dict[str, set[str]], show_all: bool, page_first: bool = False) -> None:
    for bench in ("aeb", "gvc"):
        for split in ("dev", "test"):
            part = [c for c in cases if c.benchmark == bench and c.split == split]
            if not part:
                continue
            outcomes = Counter(judge(c, gold, page_first) for c in part)
            n = len(part) - outcomes["no gold"]
            right = outcomes["right"]
            ids_ok = sum(1 for c in part if c.outlet and c.outlet.id
                         and (host_of(original_url(c.url)) or "").endswith(c.outlet.id))
            print(f"{bench} {split:4} n={n:3}  right {right / n:.3f} ({right})  "
                  f"unnamed {outcomes['unnamed'] / n:.3f}  wrong {outcomes['wrong'] / n:.3f}  "
                  f"id from the original URL {ids_ok}/{len(part)}")
    if page_first:
        return
    print("\nconfusions (a name shown that is not the outlet's):")
    for c in cases:
        verdict = judge(c, gold)
        if verdict == "wrong" or (show_all and verdict != "right"):
            site = gold_site(c.url, gold)
            print(f"  {c.benchmark}/{c.split} {site}: shown {c.outlet and c.outlet.label!r} "
                  f"(from {c.outlet and c.outlet.name_from}), gold {sorted(gold.get(site or '', []))[:3]}")


def wire_report(cases: list[Case]) -> None:
    """Wire credits found: GVC raw texts and AEB gold bodies (credit positions only)."""
    texts = [(f"gvc/{json.loads(ln)['id'][:8]}", json.loads(ln)["text"])
             for ln in GVC.read_text(encoding="utf-8").splitlines()]
    truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
    texts += [(f"aeb/{k[:8]}", v["articleBody"]) for k, v in sorted(truth.items())]
    found = [(item, wire_agency(text), text) for item, text in texts]
    hits = [(item, hit, text) for item, hit, text in found if hit]
    print(f"\nwire credits: {len(hits)} of {len(texts)} texts")
    for item, (agency, (start, end)), text in hits:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        context = text[line_start: line_end if line_end >= 0 else None][:90]
        print(f"  {item} {agency.name}: {context!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-all", action="store_true", help="list unnamed outlets too")
    parser.add_argument("--no-wire", action="store_true", help="skip the wire-credit listing")
    parser.add_argument("--profiles", action="store_true", help="only: the profile table of a store of GVC")
    parser.add_argument("--with-aeb", action="store_true", help="with --profiles: the AEB pages too")
    parser.add_argument("--scale", type=int, default=0, help="only: outlet page views over N synthetic articles")
    args = parser.parse_args()
    if args.profiles or args.scale:
        from outlet_store import profile_table, scale

        if args.profiles:
            profile_table(with_aeb=args.with_aeb)
        if args.scale:
            scale(args.scale)
        return
    if not (AEB / "ground-truth.json").exists() or not GVC.exists():
        print(f"outlets: benchmark data missing ({AEB}, {GVC}); nothing measured")
        return
    gold = load_gold()
    cases = aeb_cases() + gvc_cases()
    print("outlet names (resolution order: record > registry > page metadata > text > domain)")
    report(cases, gold, args.show_all)
    print("\nfor comparison, page metadata before the registry (the order first proposed):")
    report(cases, gold, args.show_all, page_first=True)
    if not args.no_wire:
        wire_report(cases)


if __name__ == "__main__":
    main()
