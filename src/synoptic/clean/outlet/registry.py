"""The bundled registry of major outlets and wire agencies (`clean/data/outlets.csv`).

One row per registrable domain: name, country, language, kind and the source
of those facts (see `clean/data/README.md`). Lookups return fresh `Outlet`s.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from functools import cache
from importlib import resources

from synoptic.model import Outlet, OutletKind

KINDS: tuple[OutletKind, ...] = (
    "wire_agency", "newspaper", "broadcaster", "magazine", "web_only", "state_affiliated", "blog", "unknown",
)


def parse_registry(text: str) -> dict[str, Outlet]:
    """Rows of the registry CSV by domain; "#" lines are comments. Bad rows raise ValueError."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    rows: dict[str, Outlet] = {}
    for row in csv.DictReader(io.StringIO("\n".join(lines))):
        domain = (row.get("domain") or "").strip().lower()
        kind = (row.get("kind") or "unknown").strip()
        if not domain or not (row.get("name") or "").strip() or not (row.get("source") or "").strip():
            raise ValueError(f"outlet registry: domain, name and source are required: {row}")
        if kind not in KINDS:
            raise ValueError(f"outlet registry: unknown kind {kind!r} for {domain}")
        if domain in rows:
            raise ValueError(f"outlet registry: {domain} listed twice")
        rows[domain] = Outlet(
            id=domain,
            name=row["name"].strip(),
            country=(row.get("country") or "").strip().upper() or None,
            language=(row.get("language") or "").strip().lower() or None,
            kind=kind,  # type: ignore[arg-type]
            name_from="registry",
        )
    return rows


@cache
def _bundled() -> dict[str, Outlet]:
    text = resources.files("synoptic.clean").joinpath("data/outlets.csv").read_text(encoding="utf-8")
    return parse_registry(text)


@cache
def _by_name() -> dict[str, str]:
    names: dict[str, str] = {}
    for domain, outlet in _bundled().items():
        names.setdefault(_name_key(outlet.name or ""), domain)
    return names


def _name_key(name: str) -> str:
    key = "".join(c for c in name.casefold() if c.isalnum() or c.isspace()).strip()
    return key.removeprefix("the ").replace(" ", "")


def registry_outlet(domain: str | None) -> Outlet | None:
    """The registry's outlet for a registrable domain, or None."""
    if not domain:
        return None
    found = _bundled().get(domain.lower())
    return replace(found) if found else None


def registry_outlet_for_host(host: str | None, registrable: str | None) -> Outlet | None:
    """The registry row for the most specific site of `host` ("abcnews.go.com" before "go.com").

    Walks from the host down to its registrable domain, never above it.
    """
    if not host or not registrable:
        return None
    labels = host.lower().split(".")
    for i in range(len(labels)):
        candidate = ".".join(labels[i:])
        found = registry_outlet(candidate)
        if found:
            return found
        if candidate == registrable:
            break
    return None


def registry_outlet_named(name: str | None) -> Outlet | None:
    """The registry's outlet whose name is `name` ("the guardian" -> theguardian.com), or None."""
    if not name:
        return None
    domain = _by_name().get(_name_key(name))
    return registry_outlet(domain) if domain else None


def registry_size() -> int:
    return len(_bundled())
