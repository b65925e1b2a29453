"""Outlet identity: who published an article, and which wire agency wrote a copy.

- `domains`: registrable domains (Public Suffix List), archive/cache URLs unwrapped;
- `registry`: the bundled CSV of major outlets and wire agencies;
- `names`: names from the record, the page's metadata, the registry or the text;
- `wire`: wire credits in an article's credit positions ("WASHINGTON (AP) --");
- `titles`: site-name suffixes of headlines.
"""

from synoptic.clean.outlet.domains import domain_of, host_of, original_url, registrable_domain
from synoptic.clean.outlet.names import (
    article_outlet,
    clean_site_name,
    name_from_page,
    name_in_text,
    outlet_for,
    page_site_name,
    resolve_outlet,
    share_names,
    site_key,
)
from synoptic.clean.outlet.registry import (
    registry_outlet,
    registry_outlet_for_host,
    registry_outlet_named,
)
from synoptic.clean.outlet.spelled import fits_domain, spelled_name
from synoptic.clean.outlet.titles import split_title_suffix
from synoptic.clean.outlet.wire import agency_of_copies, wire_agency

__all__ = [
    "agency_of_copies",
    "article_outlet",
    "clean_site_name",
    "domain_of",
    "fits_domain",
    "host_of",
    "name_from_page",
    "name_in_text",
    "original_url",
    "outlet_for",
    "page_site_name",
    "registrable_domain",
    "registry_outlet",
    "registry_outlet_for_host",
    "registry_outlet_named",
    "resolve_outlet",
    "share_names",
    "site_key",
    "spelled_name",
    "split_title_suffix",
    "wire_agency",
]
