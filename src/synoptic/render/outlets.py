"""Outlet profiles as text: the table of `synoptic outlets` and the page of `synoptic outlet`.

Works from the dicts of the outlet listing and profile (`compare.outlet_profiles`);
every figure is a count, shown beside what it counts; none is a grade.
"""

from __future__ import annotations

from typing import Any

from synoptic.compare.outlet_profiles import EVIDENCE

COLUMNS = (
    ("outlet", 28), ("kind", 16), ("articles", 8), ("stories", 7), ("copies", 9), ("only it", 7),
    ("1st alone", 9), ("1st / dated", 11), ("disp maj/alone", 14), ("delay d", 7), ("languages", 12),
)


def _cell(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _row(o: dict[str, Any]) -> list[str]:
    share = f" {round(o['copy_share'] * 100)}%" if o.get("copy_share") is not None else ""
    delay = o.get("typical_delay_days")
    return [
        str(o.get("name") or o["id"]), str(o.get("kind") or "unknown").replace("_", " "),
        str(o["articles"]), str(o["stories"]), f"{o['copies']}{share}", str(o["exclusive_single"]),
        str(o["exclusive_corroborated"]), f"{o['first_reports']} / {o['dated']}",
        f"{o['dispute_majority']}/{o['dispute_alone']} of {o['disputes']}",
        "-" if delay is None else f"{delay:g}", ",".join(o.get("languages") or {}),
    ]


def outlets_table(outlets: list[dict[str, Any]]) -> str:
    """One line per outlet, fixed columns (names cut to fit)."""
    lines = ["  ".join(name.ljust(width) for name, width in COLUMNS).rstrip()]
    for o in outlets:
        cells = _row(o)
        lines.append("  ".join(_cell(c, w).ljust(w) for c, (_, w) in zip(cells, COLUMNS, strict=True)).rstrip())
    return "\n".join(lines) + "\n"


LABELS = {
    "articles": "articles",
    "copies": "copies of another outlet's or an agency's story",
    "exclusive_single": "facts only it reported, still single-source",
    "exclusive_corroborated": "facts it alone reported first, corroborated later",
    "first_reports": "corroborated facts it reported on the first day",
    "dispute_majority": "disputes where its figure was the majority's",
    "dispute_alone": "disputes where its figure stood alone",
    "updated": "figures of its a later report updated",
}


def outlet_text(p: dict[str, Any]) -> str:
    """One outlet's profile, each figure followed by the article ids behind it."""
    head = p.get("name") or p["id"]
    facts = [f"{head} ({p['id']})" if p.get("name") else head,
             " · ".join(x for x in (str(p.get("kind") or "unknown").replace("_", " "), p.get("country"),
                                    p.get("language")) if x)]
    delay = p.get("typical_delay_days")
    facts += [
        f"{p['articles']} articles in {p['stories']} stories; languages: "
        + (", ".join(f"{k} ({v})" for k, v in (p.get("languages") or {}).items()) or "-"),
        f"copies: {p['copies']} of {p['articles']}",
        f"facts only it reported: {p['exclusive_single']} stayed single-source, "
        f"{p['exclusive_corroborated']} reported first and alone, corroborated later",
        f"first to report: {p['first_reports']} of {p['corroborated']} corroborated facts ({p['dated']} dated)",
        f"disputes: {p['disputes']}; with the majority {p['dispute_majority']}, alone {p['dispute_alone']}; "
        f"later updated {p['updated']}",
        "typical delay behind the first report: "
        + ("unknown (no dated story)" if delay is None else f"{delay:g} days (median of {p['delays_dated']} stories)"),
        "",
        "articles behind each figure:",
    ]
    for name in EVIDENCE:
        ids = (p.get("evidence") or {}).get(name) or []
        facts.append(f"  {LABELS[name]} ({len(ids)}): {' '.join(ids) if ids else '-'}")
    return "\n".join(facts) + "\n"
