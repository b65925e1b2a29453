"""Outlet names from evidence, and the resolution of an article's outlet.

Order of evidence: the record's or feed's own name > the bundled registry by
host or registrable domain > the page's metadata (og:site_name, the JSON-LD
publisher) > a name the text spells for that domain > the domain alone (an id
with no name). Nothing is invented, and a file path is never an outlet.

The registry, curated, comes before the page: pages put a section ("U.S."),
an abbreviation ("WSJ"), an edition ("Business Insider Deutschland") or a
host platform's name ("Hosted") in og:site_name; see bench/outlets.py.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator

from lxml import html as lxml_html

from synoptic.clean.outlet.domains import (
    domain_of,
    host_of,
    original_url,
    registrable_domain,
    site_label,
)
from synoptic.clean.outlet.registry import registry_outlet_for_host, registry_outlet_named
from synoptic.clean.outlet.spelled import fits_domain, spelled_name
from synoptic.clean.outlet.titles import split_title_suffix
from synoptic.model import Outlet


def name_in_text(domain: str, text: str) -> str | None:
    """The outlet's spelled-out name when the text writes the domain's label as words."""
    label = re.sub(r"[^a-z0-9]", "", site_label(domain))
    if len(label) < 3:
        return None
    # the label's characters, with optional spaces/punctuation between them
    pattern = r"(?<![\w])" + r"[\s.&'’-]?".join(re.escape(c) for c in label) + r"(?![\w])"
    spaced: str | None = None
    camel: str | None = None
    for m in re.finditer(pattern, text, re.I):
        name = m.group(0).strip()
        # a proper name: starts upper-case (or with a digit and has a capital: "10TV")
        # and is not just the bare domain label
        if not (name[:1].isupper() or (name[:1].isdigit() and any(c.isupper() for c in name))):
            continue
        if " " in name:
            spaced = spaced or name
            break
        # one word: a name only when styled (camel case, capitals, digits): "DNAinfo",
        # "WFAA", "Fox59"; "Cincinnati" on cincinnati.com is the city
        if any(c.isupper() or c.isdigit() for c in name[1:]) or name.isupper():
            camel = camel or name
    return spaced or camel


def clean_site_name(sitename: str | None) -> str | None:
    """A page's site name as a name, or None when it is no name.

    "Site | Section" keeps "Site"; a lower-case host ("example.com"), a handle
    ("@site") or a sentence-long string is no name. "Phys.org", written with
    capitals, is.
    """
    if not sitename:
        return None
    name = re.split(r"\s+[|｜]\s+", " ".join(sitename.split()))[0].strip(" -–—:·•")
    if not name or len(name) > 60 or name.startswith("@") or "://" in name:
        return None
    if re.fullmatch(r"[\w.-]+\.[a-z]{2,}", name) and name == name.lower():
        return None  # a bare host; "Space.com", capitalised by the page, is a name
    return name


def _json_ld_items(data: object) -> Iterator[dict]:
    if isinstance(data, list):
        for item in data:
            yield from _json_ld_items(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _json_ld_items(data["@graph"])


def _types(item: dict) -> set[str]:
    kind = item.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).casefold() for k in kinds if k}


def _org_name(value: object, by_id: dict[str, dict]) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        name = value.get("name")
        if not name and isinstance(value.get("@id"), str):
            name = by_id.get(value["@id"], {}).get("name")
        return name if isinstance(name, str) else None
    return None


def _page_names(tree: lxml_html.HtmlElement) -> Iterator[str]:
    """The site names a page's metadata gives, in order: og:site_name, the JSON-LD publisher,
    a JSON-LD organisation or web site describing itself."""
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        if key == "og:site_name":
            name = clean_site_name(meta.get("content"))
            if name:
                yield name
    items: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            items.extend(_json_ld_items(json.loads(script.text)))
        except (ValueError, RecursionError):
            continue
    by_id = {item["@id"]: item for item in items if isinstance(item.get("@id"), str)}
    for item in items:
        name = clean_site_name(_org_name(item.get("publisher"), by_id))
        if name:
            yield name
    for item in items:  # a page describing the organisation itself
        if _types(item) & {"newsmediaorganization", "website"}:
            name = item.get("name")
            if isinstance(name, str) and clean_site_name(name):
                yield clean_site_name(name)  # type: ignore[misc]


def _title_names(tree: lxml_html.HtmlElement) -> Iterator[str]:
    """Site names in the headline suffixes of <title> and og:title ("Talks end | The Herald")."""
    titles = [el.text_content() for el in tree.iter("title")]
    titles += [m.get("content") or "" for m in tree.iter("meta")
               if (m.get("property") or m.get("name") or "").strip().lower() == "og:title"]
    for title in titles:
        _, tail = split_title_suffix(" ".join(title.split()))
        for part in reversed((tail or "").split(" | ")):
            name = clean_site_name(part)
            if name:
                yield name


def _handle(tree: lxml_html.HtmlElement) -> str | None:
    for meta in tree.iter("meta"):
        if (meta.get("name") or meta.get("property") or "").strip().lower() == "twitter:site":
            return (meta.get("content") or "").strip().lstrip("@") or None
    return None


def _label_as_written(tree: lxml_html.HtmlElement, label: str) -> str | None:
    """The domain's label as the page's visible text (and its images' alt text) spells it
    as a word, the most frequent spelling; None when the page never writes it so."""
    texts = tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)] | //img/@alt")
    spellings: Counter[str] = Counter()
    for text in texts:
        for m in re.finditer(rf"(?<![\w.@/=#-]){re.escape(label)}(?![\w@/-]|\.[^\W\d_])", str(text), re.I):
            spellings[m.group(0)] += 1
    return spellings.most_common(1)[0][0] if spellings else None


def name_from_page(page_html: str | None, url: str | None = None) -> str | None:
    """The site's own name in a page's metadata: og:site_name, else the JSON-LD publisher.

    Returns the name as the page writes it (cleaned by `clean_site_name`), or None;
    with the page's `url`, see `page_site_name`.
    """
    return page_site_name(page_html, url)[0]


def page_site_name(page_html: str | None, url: str | None = None) -> tuple[str | None, bool]:
    """(the site's name in a page's metadata, whether the page vouches that its bare domain
    label is its brand).

    With the page's `url`: a site name that is no spelling of the domain (a tagline,
    "Expert advice for riders") gives way to one that is, from the JSON-LD or the
    title's suffix ("Practical Horseman" on practicalhorsemanmag.com). A name equal to
    the domain's label ("my6sense" on my6sense.com) is the brand when the site's own
    handle (twitter:site) is that label too; a page with no site name but that handle
    is named by the label as its visible text writes it ("comwrap" on comwrap.com).
    Otherwise ("cleveland" on cleveland.com, @clevelanddotcom) the brand is the domain.
    """
    if not page_html or not page_html.strip():
        return None, False
    try:
        tree = lxml_html.fromstring(page_html)
    except (ValueError, lxml_html.etree.ParserError):
        return None, False
    names = list(dict.fromkeys(_page_names(tree)))
    domain = registrable_domain(host_of(original_url(url))) if url else None
    if domain is None:
        return (names[0] if names else None), False
    label = site_label(domain)
    handle = _handle(tree)
    brand = bool(handle) and handle.casefold() == label.casefold()  # type: ignore[union-attr]
    if names and fits_domain(names[0], domain):
        return names[0], brand
    fitting = next((n for n in [*names[1:], *_title_names(tree)] if fits_domain(n, domain)), None)
    if fitting or names:
        return fitting or names[0], brand
    return (_label_as_written(tree, label), True) if brand else (None, False)


def outlet_for(
    url: str | None = None,
    *,
    record_name: str | None = None,
    page_name: str | None = None,
    text: str = "",
    page_brand: bool = False,
) -> Outlet | None:
    """An article's outlet from its evidence; None when there is none (unknown).

    Order: record > registry > page > text > domain (see the module docstring).
    `url` is the article's web address (archive copies count as the original);
    `record_name` a name the record or feed gives; `page_name` the page's own
    (see `name_from_page`, or trafilatura's `sitename`); `text` the article, only
    to spell a domain as a name; `page_brand`: the page vouches that a `page_name`
    equal to the domain's label is its brand. A file name is never passed here: it is a
    source, shown apart from the outlet.
    """
    host = host_of(original_url(url))
    domain = registrable_domain(host)
    given = " ".join(record_name.split()) if record_name and record_name.strip() else None
    page = clean_site_name(page_name)
    known = registry_outlet_for_host(host, domain)
    if domain is None and known is None:
        # no address: a name alone may still be a registry outlet's
        known = registry_outlet_named(given or page)
        if known is None:
            if given or page:
                return Outlet(id=None, name=given or page, name_from="record" if given else "page")
            return None
        domain = known.id
    if (page and domain and not page_brand
            and re.sub(r"[^a-z0-9]", "", page) == re.sub(r"[^a-z0-9]", "", site_label(domain))):
        # "cleveland" on cleveland.com: the site's brand is its domain, shown as the id
        # (unless the page vouches for the bare label: see `page_site_name`)
        page, text = None, ""
    outlet = known or Outlet(id=domain)
    if given:
        outlet.name, outlet.name_from = given, "record"
    elif known is None and page:
        outlet.name, outlet.name_from = page, "page"
    elif known is None:
        spelled = (name_in_text(domain, text) or spelled_name(domain, text)) if text else None
        outlet.name, outlet.name_from = spelled, "text" if spelled else None
    return outlet


def _is_bare_host(name: str) -> bool:
    """"nytimes.com" as a record's outlet: a reader's host, no name (see `clean_site_name`)."""
    return bool(re.fullmatch(r"[\w.-]+\.[a-z]{2,}", name)) and name == name.lower()


def article_outlet(
    record_name: str | None,
    sitename: str | None,
    url: str | None,
    text: str,
    page_brand: bool = False,
) -> Outlet | None:
    """The cleaner's call: `outlet_for` with a record's bare host taken as an address.

    Readers of URLs, WARCs and feeds pass the page's host as the record's outlet
    ("www.nytimes.com"): that is no name, and never outranks the registry.
    """
    given = record_name.strip() if record_name and record_name.strip() else None
    if given and _is_bare_host(given):
        url = url or f"https://{given}/"
        given = None
    return outlet_for(url, record_name=given, page_name=sitename, text=text, page_brand=page_brand)


def site_key(url: str | None) -> str | None:
    """The site an article's URL belongs to (archives unwrapped, "www." dropped): the unit
    whose name one article's evidence can give to its siblings."""
    return domain_of(original_url(url)) if url else None


def share_names(outlets: list[tuple[str | None, Outlet | None]]) -> None:
    """Name, in place, unnamed outlets of a batch from a sibling of the same site.

    `outlets` are (site key, outlet) pairs. A site's name is the one its articles'
    evidence gives most often (record, page or text); the registry's names are already
    everywhere. Only the same site (host), never the registrable domain alone:
    newyork.example.com and chicago.example.com may be two outlets.
    """
    named: dict[str, Counter[str]] = {}
    for site, outlet in outlets:
        if site and outlet is not None and outlet.name and outlet.name_from in ("record", "page", "text"):
            named.setdefault(site, Counter())[outlet.name] += 1
    for site, outlet in outlets:
        if site in named and outlet is not None and outlet.name is None and outlet.id:
            outlet.name, outlet.name_from = named[site].most_common(1)[0][0], "batch"


def resolve_outlet(
    record_outlet: str | None,
    sitename: str | None,
    url: str | None,
    text: str,
) -> str | None:
    """The outlet name as one string (the cleaner's `Article.outlet`); see `outlet_for`.

    Kept as it was before the registry existed so that articles do not change
    under other stages; the integrator moves callers to `outlet_for`.
    """
    if record_outlet and record_outlet.strip():
        return record_outlet.strip()
    # "Site | Section | Other": the site is the first part
    sitename = re.split(r"\s+[|｜]\s+", sitename.strip())[0].strip() if sitename else None
    if sitename and not re.fullmatch(r"[\w.-]+\.\w{2,}", sitename):
        return sitename
    domain = domain_of(url) or (domain_of(sitename) if sitename else None)
    if domain is None:
        return None
    return name_in_text(domain, text) or domain
