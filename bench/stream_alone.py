"""The stream's online clusterer alone over a synthetic store's first N articles (features
as stored, e.g. in a COPY of late60k; `bench/late_batches.py --build`), in batches with a
repair pass after each: B-cubed against the stream's own stories (`bench/scale.py`'s
generator gives story n's articles the URL .../n/k) and the repair pass's CPU an article.

    python bench/stream_alone.py --db COPY.db --n 8000 --batch 256 --set stream_repair_defer='"largest"'
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sqlite3
import time
from datetime import date

from synoptic.ingest import _stored
from synoptic.link.online import OnlineClusterer
from synoptic.settings import Settings
from synoptic.store.blobs import unpack_vector, unpack_words
from synoptic.store.queries import StoredFeatures

ap = argparse.ArgumentParser()
ap.add_argument("--db", required=True, help="a synthetic store (opened read-only, immutable)")
ap.add_argument("--n", type=int, default=8000)
ap.add_argument("--batch", type=int, default=256)
ap.add_argument("--set", action="append", default=[], help="a LinkSettings field, NAME=JSON")
ap.add_argument("--from", dest="start", type=int, default=0, help="report F1 on articles from this index")
a = ap.parse_args()
c = sqlite3.connect(f"file:{a.db}?immutable=1", uri=True)
rows = c.execute("select id,url,vector,names,numbers,words,cluster_day,published,source from articles "
                 "where vector is not null order by source limit ?", (a.n,)).fetchall()


def d(x: str | None) -> date | None:
    return None if x is None else date.fromisoformat(x[:10])


feats, gold = [], {}
for id_, url, vec, names, numbers, words, cday, pub, _source in rows:
    w, tf = unpack_words(words) if words is not None else (None, None)
    stored = StoredFeatures(id_, None, unpack_vector(vec), frozenset(json.loads(names)),
                            frozenset(json.loads(numbers)), d(cday), w, tf, d(pub))
    feats.append(_stored(stored))
    gold[id_] = url.rsplit("/", 2)[1]
settings = Settings().link
for kv in a.set:
    k, v = kv.split("=", 1)
    settings = dataclasses.replace(settings, **{k: json.loads(v)})
cl = OnlineClusterer(settings)
repair = add = 0.0
t0 = time.process_time()
for i in range(0, len(feats), a.batch):
    s = time.process_time()
    for f in feats[i:i + a.batch]:
        cl.add(f)
    add += time.process_time() - s
    s = time.process_time()
    cl.repair()
    repair += time.process_time() - s
    if i // a.batch % 10 == 0:
        print(f"  {i + a.batch}: repair {repair * 1000 / (i + a.batch):.2f} ms/art", flush=True)
found = dict(cl.story_of)
assert len(found) == len(feats) == sum(len(s.members) for s in cl.stories.values())


def bcubed(ids: list[str]) -> tuple[float, float, float]:
    """B-cubed over `ids` against whole stories: an article of a late span is scored with
    every member of its story and of its gold story, earlier ones too (`common.bcubed`
    scores the labelled items only, so a span's scores there would drop the earlier
    members from its stories)."""
    by_gold: dict[str, set] = {}
    by_found: dict[int, set] = {}
    for u in gold:
        by_gold.setdefault(gold[u], set()).add(u)
        by_found.setdefault(found[u], set()).add(u)
    p = r = 0.0
    for u in ids:
        shared = len(by_gold[gold[u]] & by_found[found[u]])
        p += shared / len(by_found[found[u]])
        r += shared / len(by_gold[gold[u]])
    p, r = p / len(ids), r / len(ids)
    return p, r, 2 * p * r / (p + r)


p, r, f1 = bcubed(list(gold))
out = f"n {len(feats)} batch {a.batch} {' '.join(a.set)}: P {p:.3f} R {r:.3f} F1 {f1:.3f}"
if a.start:
    p2, r2, f2 = bcubed([f.id for f in feats[a.start:]])
    out += f" | from {a.start}: P {p2:.3f} R {r2:.3f} F1 {f2:.3f}"
print(out + f" | repair {repair * 1000 / len(feats):.2f} ms/art add {add * 1000 / len(feats):.2f} ms/art"
      f" total {time.process_time() - t0:.0f}s", flush=True)
