"""The brief as one self-contained HTML page (no external assets; all article text escaped).

Every citation links to a highlighted sentence inside its source's text (`render.cite`):
the browser opens the closed source box on the fragment by itself (and a small inline
script, allowed by its hash in the page's Content-Security-Policy, does it in browsers
that do not), so citations land with and without JavaScript.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from importlib.resources import files
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from synoptic.render.cite import Cite, Citer, role_phrases
from synoptic.render.roles_shown import roles_shown
from synoptic.render.view import (
    STATUS_LABEL,
    StoryView,
    copies,
    counted,
    disputes,
    fact_matrix,
    facts_index,
    headline_stats,
    independent_count,
    own_wording,
    shorten,
    story_view,
    summary_span,
    thread_stats,
    thread_stories,
    updates,
    voices,
    wire_stories,
)


@lru_cache(maxsize=1)
def _environment() -> Environment:
    # autoescape is on for every template: article text is untrusted
    env = Environment(
        loader=PackageLoader("synoptic.render", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["shorten"] = shorten
    env.filters["counted"] = counted
    return env


@lru_cache(maxsize=1)
def _assets() -> dict[str, Markup | str]:
    """The page's own style and script (constant files, never data) and the CSP that allows
    exactly them and nothing else."""
    folder = files("synoptic.render") / "templates"
    css, js = (folder / "brief.css").read_text("utf-8"), (folder / "brief.js").read_text("utf-8")

    def sha(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"

    csp = (f"default-src 'none'; style-src {sha(css)}; script-src {sha(js)}; "
           "base-uri 'none'; form-action 'none'")
    return {"css": Markup(css), "js": Markup(js), "csp": csp}


def _mentions(fact: dict[str, Any] | None) -> list:
    return list((fact or {}).get("mentions") or [])


def _sides(citer: Citer, conflict: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for v in conflict.get("variants") or []:
        mentions = [m for m in v.get("mentions") or [] if isinstance(m, dict)]
        out.append({"value": v.get("value", ""), "cites": citer.cites(v.get("articles"), mentions, [v.get("value", "")]),
                    "wording": [m.get("text", "") for m in mentions[:2]]})
    return out


def _timeline(citer: Citer, story: dict[str, Any], facts: dict[str, dict],
              key: str = "timeline") -> list[dict[str, Any]]:
    out = []
    for t in story.get(key) or []:
        # the dated words themselves where a source has them, else its mention of the fact
        cites = citer.cites(t.get("articles"), t.get("mentions"), [t.get("text", "")])
        cites += [c for c in citer.cites(t.get("articles"), _mentions(facts.get(t.get("fact"))))
                  if c.number not in {k.number for k in cites}]
        out.append(dict(t, cites=sorted(cites, key=lambda c: c.number)))
    return out


def _people(citer: Citer, story_voices: list) -> list[dict[str, Any]]:
    out = []
    for v in story_voices:
        ent = v.entity or {}
        roles = []
        for r in roles_shown(citer.view, ent):
            phrases, near = role_phrases(ent, r.get("role", ""))
            roles.append({"role": r.get("role", ""), "cites": citer.cites(r.get("articles"), None, phrases, near)})
        quotes = [{"text": q.get("text", ""), "verbatim": q.get("verbatim", True),
                   "cites": citer.cites(q.get("articles"), q.get("mentions"),
                                        [q.get("text", "")] + [x.get("text", "") for x in q.get("variants") or []])}
                  for q in v.quotes]
        out.append({"name": v.name, "aliases": ent.get("aliases") or [], "roles": roles, "quotes": quotes})
    return out


def _matrix(citer: Citer, story: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for f in fact_matrix(story):
        cites = {c.article: c for c in citer.cites(f.get("articles"), _mentions(f), [f.get("text", "")])}
        rows.append({"fact": f, "cells": [cites.get(aid) for aid in story.get("articles") or []],
                     "cites": sorted(cites.values(), key=lambda c: c.number)})
    return rows


def _coverage(citer: Citer, story: dict[str, Any], facts: dict[str, dict]) -> list[dict[str, Any]]:
    out = []
    for c in story.get("coverage") or []:
        aid = c.get("article")
        # "alone" is per independent source: its copies and translations carry it too
        alone = [{"text": own_wording(facts, fid, aid),
                  "cites": citer.cites([aid], _mentions(facts.get(fid)), [(facts.get(fid) or {}).get("text", "")]),
                  "copies": citer.cites([a for a in dict.fromkeys((facts.get(fid) or {}).get("articles") or [])
                                         if a != aid], _mentions(facts.get(fid)))}
                 for fid in c.get("unique_facts") or []]
        # what it left out, cited where the other sources say it
        missing = [{"text": (facts.get(fid) or {}).get("text", fid),
                    "cites": citer.cites((facts.get(fid) or {}).get("articles"), _mentions(facts.get(fid)))}
                   for fid in c.get("missing_facts") or []]
        out.append({"article": aid, "alone": alone, "missing": missing})
    return out if independent_count(story) >= 2 else []  # one source: no one to compare with


def _copies_notes(view: StoryView) -> list[str]:
    """Why independent sources are fewer than articles: "[2] and [4] (syndicated)", one a report."""
    notes = []
    for group in copies(view.story):
        nums = [f"[{view.number[a]}]" for a in group.articles if a in view.number]
        listed = ", ".join(nums[:-1]) + " and " + nums[-1] if len(nums) > 1 else "".join(nums)
        notes.append(f"{listed} ({group.relation})")
    return notes


def story_context(data: dict[str, Any], story: dict[str, Any], index: int = 1) -> dict[str, Any]:
    view = story_view(data, story)
    citer = Citer(view, prefix=f"k{index}-")
    facts = facts_index(story)
    summary = [{"text": s.get("text", ""),
                "cites": [c for aid in s.get("articles") or []
                          if (c := citer.cite(aid, [summary_span(s, facts, aid)], [s.get("text", "")]))]}
               for s in story.get("summary") or []]
    for s in summary:
        s["cites"] = sorted(set(s["cites"]), key=lambda c: c.number)
    ctx = {
        "story": story,
        "view": view,
        "prefix": f"k{index}-",
        "stats": headline_stats(story),
        "copies_notes": _copies_notes(view),
        "summary": summary,
        "disputes": [dict(c, sides=_sides(citer, c)) for c in disputes(story)],
        "updates": [dict(c, sides=_sides(citer, c)) for c in updates(story)],
        "timeline": _timeline(citer, story, facts),
        "background": _timeline(citer, story, facts, "background"),
        "ahead": _timeline(citer, story, facts, "ahead"),
        "voices": _people(citer, voices(view, limit=20)),
        "matrix": _matrix(citer, story),
        "coverage": _coverage(citer, story, facts),
        "wire_stories": wire_stories(view),
        "status_label": STATUS_LABEL,
    }
    ctx["texts"] = {aid: citer.marked(aid) for aid in story.get("articles") or [] if aid in view.articles}
    if story.get("level") == "thread":  # a thread brief: its stories, earliest first
        ctx["thread"] = {"stats": thread_stats(story), "stories": thread_stories(data, story)}
    return ctx


def all_cites(ctx: dict[str, Any]) -> list[Cite]:
    """Every citation a story's page shows (for tests and counts)."""
    out: list[Cite] = [c for s in ctx["summary"] for c in s["cites"]]
    for c in ctx["disputes"] + ctx["updates"]:
        out += [k for side in c["sides"] for k in side["cites"]]
    out += [c for t in ctx["timeline"] + ctx["background"] + ctx["ahead"] for c in t["cites"]]
    for v in ctx["voices"]:
        out += [c for r in v["roles"] for c in r["cites"]] + [c for q in v["quotes"] for c in q["cites"]]
    out += [c for row in ctx["matrix"] for c in row["cites"]]
    out += [c for cov in ctx["coverage"] for item in cov["alone"] + cov["missing"] for c in item["cites"] + item.get("copies", [])]
    return out


def render(data: dict[str, Any]) -> str:
    # with thread briefs (`brief --by thread`) the page shows each thread's brief instead
    items = data.get("threads") or data.get("stories", [])
    stories = [story_context(data, s, i) for i, s in enumerate(items, start=1)]
    return _environment().get_template("brief.html.j2").render(
        stories=stories, skipped=data.get("skipped", []), schema=data.get("schema"), assets=_assets()
    )
