"""Outlet profiles measured from evidence: what each outlet's articles did in each story.

Computed from a story's `synoptic.brief/1` dict (the serialized records the store
keeps), one row per outlet and story, then summed per outlet. No figure is mixed
with another into a grade: each is a count with the article ids behind it.

Per outlet and story:
- `articles`: its articles in the story's brief.
- `copies`: its articles that are copies of another outlet's or an agency's story:
  a member of an origin group (duplicate, syndicated, translated) that is not the
  group's original (the agency's own copy, else the earliest dated member, else the
  first listed), or an article whose text credits another outlet's wire agency.
- `exclusive_single`: facts only it reported that stayed single-source.
- `corroborated`: facts it reported that two or more independent sources carry;
  `dated`: those whose every article has a published date.
- `first_reports`: dated corroborated facts it reported on the first day any source did;
  `exclusive_corroborated`: those it alone reported first, the others later.
- `disputes`: disputes (real disagreements, not updates) it took part in;
  `dispute_majority`: its figure was the one most independent sources gave (a strict
  majority of origins among the variants); `dispute_alone`: its figure was given by no
  other independent source while another figure had several.
- `updated`: figures of its that a later report changed (a conflict over time where its
  variant is not the latest).
- `delay_days`: days from the story's first dated report to its first (None if undated).
- `languages`: its articles per language.
"""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import date
from typing import Any

from synoptic.model import OUTLET_COUNTS, Conflict

COUNTS = OUTLET_COUNTS
# the figures whose articles are listed as evidence (the others are denominators)
EVIDENCE = (
    "articles", "copies", "exclusive_single", "exclusive_corroborated", "first_reports",
    "dispute_majority", "dispute_alone", "updated",
)
MAX_EVIDENCE = 200  # article ids listed per figure of a profile, newest stories first


def outlet_key(article: dict[str, Any]) -> str | None:
    """An article's outlet as profiles count it: its id (domain), else the record's name;
    None when unknown (a plain file counts for no outlet)."""
    return article.get("outlet_id") or article.get("outlet") or None


def _day(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


class _Row:
    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.evidence: dict[str, list[str]] = {name: [] for name in EVIDENCE}
        self.languages: Counter[str] = Counter()
        self.first: date | None = None

    def add(self, figure: str, article_ids: list[str]) -> None:
        self.counts[figure] += 1
        if figure in self.evidence:
            self.evidence[figure].extend(a for a in article_ids if a not in self.evidence[figure])


def _copies(story: dict[str, Any], arts: dict[str, dict[str, Any]]) -> set[str]:
    copied: set[str] = set()
    for origin in story.get("origins") or []:
        members = [a for a in origin.get("articles") or [] if a in arts]
        if len(members) >= 2 and origin.get("relation") != "independent":
            agency = origin.get("agency_id")
            own = [a for a in members if agency and arts[a].get("outlet_id") == agency]
            dated = sorted((d, i) for i, a in enumerate(members) if (d := _day(arts[a].get("published"))))
            original = own[0] if own else (members[dated[0][1]] if dated else members[0])
            copied.update(a for a in members if a != original)
    for aid, art in arts.items():
        if art.get("wire") and art.get("wire") != art.get("outlet_id"):
            copied.add(aid)
    return copied


def _facts(story: dict[str, Any], arts: dict[str, dict[str, Any]], rows: dict[str, _Row]) -> None:
    for fact in story.get("facts") or []:
        ids = [a for a in fact.get("articles") or [] if a in arts]
        by_outlet: dict[str, list[str]] = {}
        for aid in ids:
            if (key := outlet_key(arts[aid])) is not None:
                by_outlet.setdefault(key, []).append(aid)
        if not by_outlet:
            continue
        if (fact.get("independent_sources") or 1) < 2:
            if len(by_outlet) == 1 and fact.get("status") == "single_source":
                key, mine = next(iter(by_outlet.items()))
                rows[key].add("exclusive_single", mine)
            continue
        days = [_day(arts[a].get("published")) for a in ids]
        dated = all(days)
        for key, mine in by_outlet.items():
            rows[key].add("corroborated", mine)
            if dated:
                rows[key].add("dated", mine)
        if not dated:
            continue
        first = min(d for d in days if d)
        own_first = {key: min(_day(arts[a].get("published")) for a in mine) for key, mine in by_outlet.items()}
        leaders = [key for key, d in own_first.items() if d == first]
        for key in leaders:
            rows[key].add("first_reports", by_outlet[key])
        if len(leaders) == 1 and len(by_outlet) >= 2:
            rows[leaders[0]].add("exclusive_corroborated", by_outlet[leaders[0]])


def _origin_of(story: dict[str, Any]) -> dict[str, str]:
    return {a: o["id"] for o in story.get("origins") or [] for a in o.get("articles") or []}


def _conflicts(story: dict[str, Any], arts: dict[str, dict[str, Any]], rows: dict[str, _Row]) -> None:
    origin = _origin_of(story)
    for conflict in story.get("conflicts") or []:
        variants = [[a for a in v.get("articles") or [] if a in arts] for v in conflict.get("variants") or []]
        if Conflict.dict_is_dispute(conflict):
            sizes = [len({origin.get(a, a) for a in ids}) for ids in variants]
            top = max(sizes, default=0)
            majority = sizes.index(top) if sizes.count(top) == 1 else None
            seen: dict[str, list[str]] = {}
            for ids in variants:
                for aid in ids:
                    if (key := outlet_key(arts[aid])) is not None:
                        seen.setdefault(key, []).append(aid)
            for key, mine in seen.items():
                rows[key].add("disputes", mine)
                mine_variants = [i for i, ids in enumerate(variants) if set(ids) & set(mine)]
                if majority is not None and majority in mine_variants:
                    rows[key].add("dispute_majority", mine)
                elif top > 1 and any(sizes[i] == 1 for i in mine_variants):
                    rows[key].add("dispute_alone", mine)
        elif conflict.get("over_time"):
            dated = [(min(d), i) for i, ids in enumerate(variants)
                     if (d := [x for a in ids if (x := _day(arts[a].get("published")))])]
            if len(dated) < 2:
                continue
            latest = max(dated)[1]
            for _, i in dated:
                if i == latest:
                    continue
                for aid in variants[i]:
                    if (key := outlet_key(arts[aid])) is not None:
                        rows[key].add("updated", [aid])


def story_outlet_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per outlet of the brief's (first) story: the counts of `COUNTS`,
    `delay_days`, `languages` and `evidence` (figure -> article ids); see the module doc."""
    stories = data.get("stories") or []
    if not stories:
        return []
    story = stories[0]
    members = set(story.get("articles") or [])
    arts = {a["id"]: a for a in data.get("articles") or [] if a.get("id") in members}
    rows: dict[str, _Row] = {}
    for aid, art in arts.items():
        if (key := outlet_key(art)) is None:
            continue
        row = rows.setdefault(key, _Row())
        row.add("articles", [aid])
        row.languages[art.get("language") or "unknown"] += 1
        day = _day(art.get("published"))
        if day and (row.first is None or day < row.first):
            row.first = day
    for aid in _copies(story, arts):
        if (key := outlet_key(arts[aid])) is not None:
            rows[key].add("copies", [aid])
    _facts(story, arts, rows)
    _conflicts(story, arts, rows)
    story_first = min((r.first for r in rows.values() if r.first), default=None)
    out = []
    for key, row in sorted(rows.items()):
        delay = (row.first - story_first).days if row.first and story_first else None
        out.append({"outlet_id": key, **{c: row.counts[c] for c in COUNTS}, "delay_days": delay,
                    "languages": dict(row.languages), "evidence": row.evidence})
    return out


def profile(outlet_id: str, rows: list[dict[str, Any]], stories: list[str] | None = None) -> dict[str, Any]:
    """An outlet's profile: its story rows summed, each figure with its article ids.

    `rows` are `story_outlet_rows` rows of this outlet (with `story_id` when stored);
    the typical delay is the median over its stories with a dated first report.
    """
    counts = {c: sum(int(r.get(c) or 0) for r in rows) for c in COUNTS}
    languages: Counter[str] = Counter()
    evidence: dict[str, list[str]] = {name: [] for name in EVIDENCE}
    for r in rows:
        languages.update(r.get("languages") or {})
        for name in EVIDENCE:
            room = MAX_EVIDENCE - len(evidence[name])
            if room > 0:
                evidence[name].extend((r.get("evidence") or {}).get(name, [])[:room])
    delays = [int(r["delay_days"]) for r in rows if r.get("delay_days") is not None]
    story_ids = stories if stories is not None else sorted({r["story_id"] for r in rows if r.get("story_id")})
    return {
        "id": outlet_id,
        "stories": len(story_ids) if story_ids else len(rows),
        "story_ids": story_ids,
        **counts,
        # originality as the issue measures it: the share of its articles that are copies
        "copy_share": round(counts["copies"] / counts["articles"], 3) if counts["articles"] else None,
        "languages": dict(languages.most_common()),
        "typical_delay_days": statistics.median(delays) if delays else None,
        "delays_dated": len(delays),
        "evidence": evidence,
    }


def totals_summary(totals: dict[str, Any]) -> dict[str, Any]:
    """An outlet's stored totals (sums, the list of its stories' delays) as its profile
    summary: the typical delay is the median of its dated stories' delays."""
    delays = [int(d) for d in totals.get("delays") or []]
    out = {k: v for k, v in totals.items() if k != "delays"}
    out["typical_delay_days"] = statistics.median(delays) if delays else None
    out["delays_dated"] = len(delays)
    return out
