"""Outlet profiles over a store: the shared corpora with URLs and dates, and the speed at 100k.

- `profile_table`: GVC (510 dated local-news articles, archive.org URLs of the originals)
  and optionally the AEB pages (URLs, no dates) ingested into a fresh SQLite store as a
  user would (`synoptic ingest` of JSONL records, batches of 8), then the profile table
  of the 20 largest outlets (`synoptic outlets`).
- `scale`: a synthetic store of N articles (outlets of Zipf-like sizes, stories of a few
  articles each, one profile row per outlet and story, as ingest writes them) and the
  time of each outlet page view through the web app: the list, the largest outlet's
  profile with the links behind its figures, and the API.

    python bench/outlets.py --profiles [--with-aeb]
    python bench/outlets.py --scale 100000
"""

from __future__ import annotations

import gzip
import json
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "bench"
GVC = SHARED / "stories-gvc" / "gvc.jsonl"
AEB = SHARED / "extraction-aeb"


def _records(with_aeb: bool) -> list[dict]:
    recs = []
    for line in GVC.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        recs.append({"id": f"gvc-{r['id']}", "title": r.get("title"), "text": r["text"], "url": r["url"],
                     "published": r.get("published"), "language": r.get("language") or "en"})
    if with_aeb:
        truth = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
        for page_id, item in sorted(truth.items()):
            with gzip.open(AEB / "html" / f"{page_id}.html.gz", "rt", encoding="utf-8", errors="replace") as f:
                recs.append({"id": f"aeb-{page_id}", "text": f.read(), "kind": "html", "url": item["url"]})
    return recs


def profile_table(with_aeb: bool = False, encoder: str = "tfidf", top: int = 20) -> None:
    """Ingest the corpora into a fresh store and print the 20 largest outlets' profiles."""
    if not GVC.exists():
        print(f"outlet profiles: {GVC} missing; nothing measured")
        return
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "records.jsonl"
        feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records(with_aeb)),
                        encoding="utf-8")
        db = f"sqlite:///{tmp}/outlets.db"
        cli = [sys.executable, "-m", "synoptic.cli"]
        env = {"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"}
        start = time.perf_counter()
        subprocess.run(cli + ["ingest", str(feed), "--db", db, "--encoder", encoder, "--batch-size", "8", "--quiet"],
                       check=True, env=env)
        # profiles are summed from built briefs: build them all (ingest leaves them to first views)
        subprocess.run(cli + ["briefs", "--db", db, "--quiet"], check=True, env=env)
        took = time.perf_counter() - start
        shown = subprocess.run(cli + ["outlets", "--db", db, "--limit", str(top)], check=True, env=env,
                               capture_output=True, text=True).stdout
        listed = json.loads(subprocess.run(cli + ["outlets", "--db", db, "--json", "--limit", "100000"], check=True,
                                           env=env, capture_output=True, text=True).stdout)
    articles = sum(o["articles"] for o in listed)
    print(f"\noutlet profiles: {articles} articles of {len(listed)} outlets "
          f"({'GVC + AEB' if with_aeb else 'GVC'}; ingest {took:.0f} s, encoder {encoder}); the {top} largest:")
    print(shown)
    dated = sum(o["dated"] for o in listed)
    print(f"first reports: {sum(o['first_reports'] for o in listed)} of {dated} dated corroborated facts; "
          f"copies {sum(o['copies'] for o in listed)} of {articles} articles; "
          f"disputes with the majority / alone: {sum(o['dispute_majority'] for o in listed)} / "
          f"{sum(o['dispute_alone'] for o in listed)} of {sum(o['disputes'] for o in listed)}")


def _synthetic(db_url: str, n: int, seed: int = 7) -> str:
    """A store of `n` articles in stories of 1-8 articles from Zipf-sized outlets; returns the
    largest outlet's id."""
    from sqlalchemy import insert

    from synoptic.ingest import refresh_outlets
    from synoptic.store import Store, outlet_writes
    from synoptic.store.models import ArticleRow, OutletStoryRow, StoryRow

    rng = random.Random(seed)
    outlets = [f"outlet{i}.example.com" for i in range(max(50, n // 50))]
    weights = [1 / (i + 1) for i in range(len(outlets))]
    now = datetime(2026, 1, 1)
    day0 = date(2024, 1, 1)
    with Store(db_url) as store, store.engine.begin() as conn:
        made = 0
        story_no = 0
        arts, stories, rows = [], [], []
        while made < n:
            size = min(rng.randint(1, 8), n - made)
            sid = f"st-{story_no:08d}"
            story_no += 1
            day = day0 + timedelta(days=rng.randint(0, 700))
            members = rng.choices(outlets, weights, k=size)
            stories.append({"id": sid, "title": sid, "article_count": size, "independent_sources": size,
                            "conflicts": 0, "outlets": sorted(set(members)), "first_day": day, "last_day": day,
                            "created_at": now, "updated_at": now})
            per: dict[str, list[str]] = {}
            for k, outlet in enumerate(members):
                aid = f"a{made + k:09d}"
                per.setdefault(outlet, []).append(aid)
                arts.append({"id": aid, "key": aid, "source": aid, "url": f"https://{outlet}/{aid}", "outlet": outlet,
                             "outlet_id": outlet, "outlet_kind": "newspaper", "title": f"article {aid}",
                             "language": "en", "published": day + timedelta(days=k % 3), "text": "x",
                             "raw_text": "", "removed": [], "headings": [], "meta": {}, "raw_hash": aid,
                             "content_hash": aid, "revision": 1, "story_id": sid, "cluster_day": day,
                             "names": [], "numbers": [], "ingested_at": now, "updated_at": now})
            for outlet, ids in per.items():
                copies = ids[1:]
                rows.append({"story_id": sid, "outlet_id": outlet, "articles": len(ids), "copies": len(copies),
                             "exclusive_single": rng.randint(0, 3), "exclusive_corroborated": rng.randint(0, 1),
                             "corroborated": 4, "dated": 4, "first_reports": rng.randint(0, 4), "disputes": 1,
                             "dispute_majority": rng.randint(0, 1), "dispute_alone": 0, "updated": 0,
                             "delay_days": rng.randint(0, 3), "languages": {"en": len(ids)},
                             "evidence": {"articles": ids, "copies": copies, "first_reports": ids[:1]}})
            made += size
            if len(arts) >= 5000:
                conn.execute(insert(StoryRow), stories)
                conn.execute(insert(ArticleRow), arts)
                conn.execute(insert(OutletStoryRow), rows)
                arts, stories, rows = [], [], []
        if arts:
            conn.execute(insert(StoryRow), stories)
            conn.execute(insert(ArticleRow), arts)
            conn.execute(insert(OutletStoryRow), rows)
    # the totals ingest keeps per outlet, refreshed here for all at once
    with Store(db_url) as store, store.write() as session:
        outlet_writes.touched_outlets(session).update(outlets)
        refresh_outlets(session)
    return outlets[0]


def scale(n: int) -> None:
    """Time the outlet page views over a synthetic store of `n` articles."""
    from fastapi.testclient import TestClient

    from synoptic.settings import Settings
    from synoptic.store import Store
    from synoptic.web import create_app

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/scale.db"
        start = time.perf_counter()
        largest = _synthetic(url, n)
        built = time.perf_counter() - start
        with Store(url) as store:
            client = TestClient(create_app(store, Settings(quiet=True), cache_seconds=0), client=("127.0.0.1", 50000))
            print(f"\noutlet pages over a synthetic store of {n} articles (built in {built:.0f} s; no page cache):")
            print(f"  {'page':40} {'first (s)':>9} {'median of 5 (s)':>16}")
            for path in ("/outlets", f"/outlets/{largest}", "/api/v1/outlets", f"/api/v1/outlets/{largest}"):
                times = []
                for _ in range(6):
                    t = time.perf_counter()
                    response = client.get(path)
                    times.append(time.perf_counter() - t)
                    assert response.status_code == 200, (path, response.status_code)
                rest = sorted(times[1:])
                print(f"  {path:40} {times[0]:9.3f} {rest[len(rest) // 2]:16.3f}")
            profile = client.get(f"/api/v1/outlets/{largest}").json()
            print(f"  largest outlet: {profile['articles']} articles in {profile['stories']} stories")
