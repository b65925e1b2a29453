"""The wire agency behind each origin group: "AFP story, carried by France 24 and Barron's".

An origin (copies of one report, or one article alone) is a wire story when a
member's text credits an agency (`Article.wire`, found by the cleaner in the
credit positions: "GENEVA (AFP) -", "— Reuters") or a member is published by
the agency itself. Nothing else makes one: copies alone do not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from synoptic.clean.outlet import registry_outlet
from synoptic.clean.outlet.wire import CREDIT_FORMS
from synoptic.model import Article, Origin, Outlet


def origin_agency(members: Sequence[Article]) -> Outlet | None:
    """The agency a group's members credit most (ties: the first credited), else a member
    that is a wire agency; None when nothing says."""
    credited = Counter(a.wire for a in members if a.wire)
    for agency_id, _ in credited.most_common():
        outlet = registry_outlet(agency_id)
        if outlet is not None:
            return _credit_named(outlet)
    for article in members:
        info = article.outlet_info
        if info is not None and info.kind == "wire_agency":
            return _credit_named(replace(info))
    return None


def _credit_named(agency: Outlet) -> Outlet:
    """The agency under the name its credits use ("AFP", "AP", "Reuters"): a wire story is
    called by its credit, "AFP story", not "Agence France-Presse story"."""
    forms = CREDIT_FORMS.get(agency.id or "")
    if forms:
        agency.name, agency.name_from = forms[0], "credit"
    return agency


def name_agencies(origins: list[Origin], articles: Sequence[Article]) -> list[Origin]:
    """The origins with `agency` set where their members say whose wire story it is."""
    by_id = {a.id: a for a in articles}
    out = []
    for origin in origins:
        members = [by_id[a] for a in origin.articles if a in by_id]
        out.append(replace(origin, agency=origin_agency(members)))
    return out
