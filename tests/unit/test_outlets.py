"""Outlet identity: registrable domains, archive unwrapping, the registry, page names, wire credits."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from synoptic.clean.outlet import (
    agency_of_copies,
    clean_site_name,
    name_from_page,
    original_url,
    outlet_for,
    registrable_domain,
    registry_outlet,
    registry_outlet_for_host,
    registry_outlet_named,
    wire_agency,
)
from synoptic.clean.outlet import domains as domains_module
from synoptic.clean.outlet.registry import KINDS, _bundled, parse_registry

GVC = Path(__file__).resolve().parents[3] / "shared" / "bench" / "stories-gvc" / "gvc.jsonl"


@pytest.mark.parametrize(("url", "domain"), [
    ("https://www.bbc.co.uk/news/world-60000000", "bbc.co.uk"),
    ("http://news.bbc.co.uk/2/hi/europe.stm", "bbc.co.uk"),
    ("https://news.yahoo.co.jp/articles/abc", "yahoo.co.jp"),
    ("https://edition.cnn.com/2022/01/10/politics/x", "cnn.com"),
    ("http://www.chron.com:80/news/article/x.php", "chron.com"),
    ("https://www.abc.net.au/news/x", "abc.net.au"),
    ("https://someone.blogspot.com/2020/01/post.html", "someone.blogspot.com"),  # a private suffix
    ("edition.cnn.com", "cnn.com"),
    ("WWW.LeMonde.FR", "lemonde.fr"),
])
def test_registrable_domain(url, domain):
    assert registrable_domain(url) == domain


@pytest.mark.parametrize("value", [
    None, "", "http://127.0.0.1/page", "http://localhost/x", "https://co.uk/", "/home/user/article.txt",
    "examples/geneva-2022/tass.txt", "file:///tmp/a.html",
])
def test_no_domain(value):
    assert registrable_domain(value) is None


def test_public_suffix_list_is_the_bundled_snapshot(monkeypatch):
    """No download, ever: a lookup with the network refused still works."""

    def refuse(*_args, **_kwargs):
        raise AssertionError("network used")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    domains_module._extractor.cache_clear()
    try:
        extractor = domains_module._extractor()
        assert tuple(extractor.suffix_list_urls) == ()
        assert registrable_domain("https://news.yahoo.co.jp/x") == "yahoo.co.jp"
    finally:
        domains_module._extractor.cache_clear()


@pytest.mark.parametrize(("url", "original"), [
    ("http://web.archive.org/web/20161230141514/http://www.nydailynews.com/news/a-1.2927864",
     "http://www.nydailynews.com/news/a-1.2927864"),
    ("https://web.archive.org/web/20150401165443id_/http://www.accessnorthga.com:80/detail.php?n=286932",
     "http://www.accessnorthga.com:80/detail.php?n=286932"),
    ("https://archive.org/web/2016/https://www.wfaa.com/x", "https://www.wfaa.com/x"),
    ("https://www-theguardian-com.cdn.ampproject.org/c/s/www.theguardian.com/world/x",
     "https://www.theguardian.com/world/x"),
    ("https://www.google.com/amp/s/www.independent.co.uk/news/x.amp", "https://www.independent.co.uk/news/x.amp"),
    ("https://webcache.googleusercontent.com/search?q=cache:abcDEF12:https://www.lemonde.fr/a+words",
     "https://www.lemonde.fr/a"),
    ("https://www.lemonde.fr/a", "https://www.lemonde.fr/a"),
])
def test_archive_and_cache_urls_unwrapped(url, original):
    assert original_url(url) == original


def test_archived_copy_belongs_to_the_original_outlet():
    url = "http://web.archive.org/web/20160125062945/http://www.denverpost.com:80/news/ci_1"
    outlet = outlet_for(url)
    assert outlet is not None
    assert outlet.id == "denverpost.com"
    assert outlet.name == "The Denver Post"


def test_registry_rows_are_valid():
    rows = _bundled()
    assert len(rows) >= 300
    assert all(o.kind in KINDS and o.name and o.id == o.id.lower() for o in rows.values())
    assert all(o.country is None or len(o.country) == 2 for o in rows.values())
    # every row's id is a registrable domain or a host under one
    assert all(registrable_domain(domain) and domain.endswith(registrable_domain(domain)) for domain in rows)


def test_registry_lookups():
    reuters = registry_outlet("reuters.com")
    assert reuters is not None
    assert (reuters.name, reuters.kind, reuters.country) == ("Reuters", "wire_agency", "GB")
    bbc = registry_outlet("bbc.co.uk")
    assert bbc is not None and bbc.name == "BBC" and bbc.kind == "broadcaster"
    assert registry_outlet("rt.com").kind == "state_affiliated"
    assert registry_outlet("lemonde.fr").language == "fr"
    assert registry_outlet("no-such-outlet.example") is None
    # a host listed under a shared registrable domain; nothing above it
    assert registry_outlet_for_host("abcnews.go.com", "go.com").name == "ABC News"
    assert registry_outlet_for_host("disney.go.com", "go.com") is None
    assert registry_outlet_for_host("uk.reuters.com", "reuters.com").id == "reuters.com"
    assert registry_outlet_named("the guardian").id == "theguardian.com"
    # lookups hand out copies: changing one does not change the registry
    bbc.name = "changed"
    assert registry_outlet("bbc.co.uk").name == "BBC"


def test_registry_rejects_bad_rows():
    header = "domain,name,country,language,kind,source\n"
    with pytest.raises(ValueError, match="kind"):
        parse_registry(header + "x.com,X,US,en,tabloid,Wikipedia: X\n")
    with pytest.raises(ValueError, match="required"):
        parse_registry(header + "x.com,X,US,en,newspaper,\n")
    with pytest.raises(ValueError, match="twice"):
        parse_registry(header + "x.com,X,US,en,newspaper,s\nx.com,Y,US,en,newspaper,s\n")
    assert parse_registry("# a comment\n" + header + "x.com,X,,,blog,s\n")["x.com"].country is None


def test_name_from_page_metadata():
    og = '<html><head><meta property="og:site_name" content="The Coastal Herald | News"></head></html>'
    assert name_from_page(og) == "The Coastal Herald"
    ld = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "x",'
          ' "publisher": {"@type": "Organization", "name": "Valley Times"}}</script></head></html>')
    assert name_from_page(ld) == "Valley Times"
    graph = ('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "publisher": '
             '{"@id": "#org"}}, {"@id": "#org", "@type": "NewsMediaOrganization", "name": "Nord Kurier"}]}</script>')
    assert name_from_page(f"<html><head>{graph}</head></html>") == "Nord Kurier"
    broken = '<html><head><script type="application/ld+json">{not json</script></head><body>x</body></html>'
    assert name_from_page(broken) is None
    assert name_from_page("") is None


@pytest.mark.parametrize(("sitename", "name"), [
    ("BBC News | Home", "BBC News"),
    ("Space.com", "Space.com"),
    ("example.com", None),
    ("@herald", None),
    ("https://example.com", None),
    ("  ", None),
])
def test_clean_site_name(sitename, name):
    assert clean_site_name(sitename) == name


def test_resolution_order():
    url = "https://www.reuters.com/article/us-markets/x"
    # record > registry > page: a page's og:site_name of "U.S." is a section
    assert outlet_for(url, record_name="Reuters UK", page_name="U.S.").name == "Reuters UK"
    by_registry = outlet_for(url, page_name="U.S.")
    assert (by_registry.name, by_registry.name_from, by_registry.kind) == ("Reuters", "registry", "wire_agency")
    # outside the registry, the page's name
    page = outlet_for("https://www.coastalherald.co.uk/a", page_name="Coastal Herald", text="")
    assert (page.id, page.name, page.name_from) == ("coastalherald.co.uk", "Coastal Herald", "page")
    # then a name the text spells for the domain
    spelled = outlet_for("https://www.coastalherald.co.uk/a", text="Read more in the Coastal Herald.")
    assert (spelled.name, spelled.name_from) == ("Coastal Herald", "text")
    # then the domain alone: an id, no name
    bare = outlet_for("https://www.coastalherald.co.uk/a", text="nothing here")
    assert (bare.id, bare.name, bare.label) == ("coastalherald.co.uk", None, "coastalherald.co.uk")


def test_page_naming_its_bare_domain_means_the_domain_is_the_brand():
    outlet = outlet_for("https://www.cleveland.com/news/x", page_name="cleveland", text="CLEVELAND, Ohio")
    assert outlet.name is None and outlet.label == "cleveland.com"


def test_unknown_stays_unknown():
    assert outlet_for(None) is None
    assert outlet_for(None, text="Reuters reported the talks.") is None
    # a file path or a file name is a source, never an outlet
    assert outlet_for("/work/examples/geneva-2022/tass.txt") is None
    assert outlet_for("examples/geneva-2022/reuters.com.txt") is None
    assert outlet_for("news.md") is None
    # a name without an address: the registry's outlet if it has that name, else a name without id
    assert outlet_for(None, record_name="Le Monde").id == "lemonde.fr"
    named = outlet_for(None, page_name="Coastal Herald")
    assert (named.id, named.name) == (None, "Coastal Herald")


def _credit(text: str) -> tuple[str, str] | None:
    found = wire_agency(text)
    if found is None:
        return None
    agency, (start, end) = found
    return agency.id, text[start:end]


@pytest.mark.parametrize(("text", "agency", "credit"), [
    ("WASHINGTON (AP) _ The Senate voted on Tuesday.\n\nMore follows.", "apnews.com", "AP"),
    ("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper said.", "apnews.com", "AP"),
    ("NEW YORK (Reuters) - Oil prices fell sharply on Tuesday.", "reuters.com", "Reuters"),
    ("By JANE DOE, Associated Press\n\nThe talks ended.", "apnews.com", "Associated Press"),
    ("The talks ended.\n\nThey will resume.\n\nCopyright 2019 The Associated Press. All rights reserved.",
     "apnews.com", "Associated Press"),
    ("The boy died.\n\nPolice investigate.\n\n(Copyright 2015 The Associated Press. All rights reserved.)",
     "apnews.com", "Associated Press"),
    ("NEW HAVEN, Conn., Oct. 27 (UPI) -- One person was killed.", "upi.com", "UPI"),
    # French, Spanish, Italian, German, Dutch
    ("GENÈVE (AFP) - Les négociations ont repris lundi.", "afp.com", "AFP"),
    ("Les négociations ont repris.\n\nElles continuent mardi.\n\nPar AFP", "afp.com", "AFP"),
    ("MADRID, 10 ene (EFE).- El Gobierno aprobó el lunes la reforma.", "efe.com", "EFE"),
    ("ROMA, 10 GEN - (ANSA) - Il governo ha approvato la riforma.", "ansa.it", "ANSA"),
    ("Berlin (dpa) - Die Bundesregierung hat am Montag beschlossen.", "dpa.com", "dpa"),
    ("Amsterdam (ANP/AFP) - Het kabinet heeft maandag besloten.", "anp.nl", "ANP"),
    ("Die Gespräche gehen weiter.\n\nDas Treffen endete am Abend. (dpa)", "dpa.com", "dpa"),
    # Arabic
    ("جنيف (أ ف ب) - بدأت المحادثات يوم الاثنين.", "afp.com", "أ ف ب"),
    ("القاهرة (رويترز) - قال مسؤولون يوم الاثنين.", "reuters.com", "رويترز"),
    ("بدأت المحادثات يوم الاثنين.\n\nوتستمر غدا.\n\nالمصدر: وكالة الأنباء الفرنسية", "afp.com",
     "وكالة الأنباء الفرنسية"),
    ("The talks resumed on Monday.\n\nThey continue on Tuesday. — AFP", "afp.com", "AFP"),
])
def test_wire_credits(text, agency, credit):
    assert _credit(text) == (agency, credit)


@pytest.mark.parametrize("text", [
    "Officials said.\n\nThe minister told Reuters on Monday that the talks would resume.\n\nMore on Tuesday.",
    "The talks ended.\n\nThey resume next week.\n\nThe Associated Press contributed to this report.",
    "Protesters gathered (AP Photo/Evan Vucci) outside the court.",
    "Why the deal failed. [ Bloomberg ]\n\nMore links.\n\nMarkets closed higher. [ Bloomberg ]",
    "The AP style guide was updated.",
    "The talks ended.\n\nThey resume next week.\n\nDelegates in Geneva. Photo: Jane Doe / AFP",
    "",
])
def test_no_wire_credit(text):
    assert wire_agency(text) is None


def test_agency_behind_copies():
    france24 = outlet_for("https://www.france24.com/en/x")
    barrons = outlet_for("https://www.barrons.com/news/x")
    credited = "GENEVA (AFP) - Talks began on Monday.\n\nThey end on Friday."
    uncredited = "Talks began on Monday in Geneva.\n\nThey end on Friday."
    assert agency_of_copies([(france24, uncredited), (barrons, credited)]).id == "afp.com"
    reuters = outlet_for("https://www.reuters.com/world/x")
    assert agency_of_copies([(france24, uncredited), (reuters, uncredited)]).id == "reuters.com"
    # copies alone are not a wire story
    assert agency_of_copies([(france24, uncredited), (barrons, uncredited)]) is None
    assert agency_of_copies([]) is None


@pytest.mark.skipif(not GVC.exists(), reason="shared benchmark data not present")
def test_gvc_archive_copies_resolve_to_the_original_sites():
    records = [json.loads(line) for line in GVC.read_text(encoding="utf-8").splitlines()]
    outlets = [outlet_for(r["url"], text=r["text"]) for r in records]
    assert all(o is not None and o.id and "archive.org" not in o.id for o in outlets)
    assert len({o.id for o in outlets}) > 250  # hundreds of different local outlets


# --- the cleaner's outlet (#21 carried through) -----------------------------------------


def test_a_readers_bare_host_is_an_address_not_a_name():
    from synoptic.clean.outlet import article_outlet

    # fetch/WARC/feed readers pass the page's host as the record's outlet
    nyt = article_outlet("www.nytimes.com", None, None, "")
    assert (nyt.id, nyt.name, nyt.name_from) == ("nytimes.com", "The New York Times", "registry")
    bare = article_outlet("news.coastalherald.co.uk", None, "https://news.coastalherald.co.uk/a", "")
    assert (bare.id, bare.name) == ("coastalherald.co.uk", None)
    assert article_outlet("Coastal Herald", None, None, "").name == "Coastal Herald"
    assert article_outlet(None, None, None, "Reuters said.") is None  # a plain file stays unknown


def test_a_headline_suffix_and_digits_first_names():
    from synoptic.clean.outlet import article_outlet

    title = "Girl, 3, shot in Tyler - KSLA News 12 Shreveport, Louisiana News Weather & Sports"
    ksla = article_outlet(None, None, "http://web.archive.org/web/2016/http://www.ksla.com/story/1", f"{title}\nText.")
    assert (ksla.id, ksla.name, ksla.name_from) == ("ksla.com", "KSLA", "text")
    tv = article_outlet(None, None, "http://www.10tv.com/a", "Shooting - WBNS-10TV Columbus, Ohio\nText.")
    assert (tv.id, tv.name) == ("10tv.com", "10TV")


def test_a_site_is_named_for_its_batch_siblings_only():
    from synoptic.clean.outlet import outlet_for, share_names, site_key

    urls = ["https://www.valleycourier.com/a", "https://valleycourier.com/b", "https://sports.valleycourier.com/c"]
    texts = ["The Valley Courier will update this story.", "No name here.", "No name here either."]
    outlets = [outlet_for(u, text=t) for u, t in zip(urls, texts, strict=True)]
    assert [o.name for o in outlets] == ["Valley Courier", None, None]
    share_names([(site_key(u), o) for u, o in zip(urls, outlets, strict=True)])
    # same site ("www." aside) named; another host under the same domain is not
    assert [(o.name, o.name_from) for o in outlets] == [
        ("Valley Courier", "text"), ("Valley Courier", "batch"), (None, None)]


def _copy(aid, url, text):
    from synoptic.clean import clean_document
    from synoptic.model import Document
    from synoptic.settings import CleanSettings

    return clean_document(Document(id=aid, source=f"{aid}.json", content=text, url=url, title="Talks resume"),
                          CleanSettings())


@pytest.mark.parametrize(("dateline", "agency", "name"), [
    ("GENÈVE (AFP) - ", "afp.com", "AFP"),
    ("MADRID, 10 ene (EFE).- ", "efe.com", "EFE"),
    ("Berlin (dpa) - ", "dpa.com", "dpa"),
    ("WASHINGTON (AP) — ", "apnews.com", "AP"),
    ("جنيف (أ ف ب) - ", "afp.com", "AFP"),
])
def test_an_origin_names_the_agency_its_copies_credit(dateline, agency, name):
    from synoptic.link.wire import name_agencies
    from synoptic.model import Origin

    body = ("Negotiators from both countries met again on Monday for a second round of talks on the crisis, "
            "officials said.\n\nThe talks are expected to last until Friday, according to the host government.")
    a = _copy("a", "https://www.france24.com/x", dateline + body)
    b = _copy("b", "https://www.barrons.com/news/x", body)
    assert a.wire == agency and b.wire is None
    (origin,) = name_agencies([Origin("o1", ["a", "b"], "syndicated")], [a, b])
    assert (origin.agency.id, origin.agency.name) == (agency, name)
    (alone,) = name_agencies([Origin("o2", ["b"], "independent")], [a, b])
    assert alone.agency is None  # nothing credits it: not a wire story


def test_brief_says_whose_wire_story_and_who_carried_it():
    from synoptic.render import html, markdown

    data = {"schema": "synoptic.brief/1", "skipped": [], "articles": [
        {"id": "a1", "source": "x", "outlet": "AFP", "outlet_id": "afp.com", "title": "T1", "text": "x"},
        {"id": "a2", "source": "x", "outlet": "France 24", "outlet_id": "france24.com", "title": "T2", "text": "x"},
        {"id": "a3", "source": "x", "outlet": "Barron's", "outlet_id": "barrons.com", "title": "T3", "text": "x"},
        {"id": "a4", "source": "data/notes.txt", "outlet": None, "title": "T4", "text": "x"},
    ], "stories": [{"id": "s1", "title": "Talks", "articles": ["a1", "a2", "a3", "a4"], "origins": [
        {"id": "o1", "articles": ["a1", "a2", "a3"], "relation": "syndicated", "agency_id": "afp.com",
         "agency_name": "AFP"},
        {"id": "o2", "articles": ["a4"], "relation": "independent", "agency_id": None, "agency_name": None}],
        "coverage": [{"article": "a2", "unique_facts": [], "missing_facts": [], "quoted": []}]}]}
    md = markdown.render(data)
    assert "AFP story, carried by France 24 and Barron's [1][2][3]" in md
    assert "**France 24** (AFP story)" in md
    assert "[4] unknown outlet (notes.txt)" in md
    page = html.render(data)
    assert "AFP story, carried by France 24 and Barron&#39;s" in page and "unknown outlet (notes.txt)" in page


@pytest.mark.parametrize(("domain", "text", "name"), [
    # GVC dev records (../shared/bench/stories-gvc): the closing lines of a radio station's
    # and a TV station's pages; words stand in by their initials, a brand by its channel
    ("nj1015.com", "Subscribe to New Jersey 101.5 FM on\n\nMore from New Jersey 101.5:", "New Jersey 101.5"),
    ("abc6onyourside.com", "ABC 6/FOX 28 will have updates on this developing story when they're made available.",
     "ABC 6"),
    ("ajc.com", "according to The Atlanta Journal-Constitution.", "Atlanta Journal-Constitution"),
    ("wsoctv.com", "WSOC reported the arrest.", "WSOC"),
    # the domain written as one word of letters and digits is its brand, capitals or not
    ("13abc.com", "Stay with 13abc for updates.", "13abc"),
    ("fox4kc.com", "FOX 4 Kansas City spoke to neighbors.", "FOX 4 Kansas City"),
    # a place is not the outlet: "Knox County" on knoxnews.com, "Las Vegas" on lasvegasnow.com
    ("knoxnews.com", "The Knox County Sheriff’s Office has identified the East Knox County man", None),
    ("lasvegasnow.com", "a shooting in Las Vegas on Sunday", None),
    # an address or a handle is no name
    ("deseretnews.com", "Email: blockhart@deseretnews.com\n\nTwitter: benlockhartnews", None),
    # lower-case words are no name ("new jersey 101.5" in a sentence), nor an initial alone
    ("nj1015.com", "the new jersey 101.5 frequency", None),
])
def test_a_domain_spelled_as_a_name_in_the_text(domain, text, name):
    from synoptic.clean.outlet import spelled_name

    assert spelled_name(domain, text) == name


def test_fits_domain():
    from synoptic.clean.outlet import fits_domain

    assert fits_domain("Practical Horseman", "practicalhorsemanmag.com")
    assert fits_domain("The Wall Street Journal", "wsj.com")
    assert not fits_domain("Expert how-to for English Riders", "practicalhorsemanmag.com")


def test_a_tagline_in_og_site_name_gives_way_to_the_title_suffix():
    page = ('<html><head><title>Five ways to a calmer horse | Practical Horseman</title>'
            '<meta property="og:site_name" content="Expert how-to for English Riders"></head>'
            '<body><p>Text.</p></body></html>')
    assert name_from_page(page, "https://practicalhorsemanmag.com/a") == "Practical Horseman"
    assert name_from_page(page) == "Expert how-to for English Riders"  # without its URL, as written


AEB_HTML = GVC.parents[1] / "extraction-aeb" / "html"


@pytest.mark.skipif(not AEB_HTML.exists(), reason="shared AEB pages absent")
def test_a_page_vouching_for_its_bare_domain_label():
    import gzip

    from synoptic.clean.outlet import page_site_name

    def page(page_id: str) -> str:
        with gzip.open(AEB_HTML / f"{page_id}.html.gz", "rt", encoding="utf-8", errors="replace") as f:
            return f.read()

    # AEB dev pages: no og:site_name, but twitter:site "@comwrap" and "comwrap GmbH Logo"
    comwrap = page("57b4dafd18cfd0531b69f81e87158648227c673ef159f8d8c87d34e34bdb21f2")
    assert page_site_name(comwrap, "https://blog.comwrap.com/x") == ("comwrap", True)
    my6sense = page("57e2e98887a1965689955921208e32f410b10e2b95c907e74e57982d3edf3cc6")
    name, brand = page_site_name(my6sense, "https://my6sense.com/2018/07/02/x/")
    outlet = outlet_for("https://my6sense.com/2018/07/02/x/", page_name=name, page_brand=brand)
    assert (outlet.name, outlet.name_from) == ("my6sense", "page")
    # a page that does not vouch ("cleveland" on cleveland.com): the domain is the brand
    assert outlet_for("https://my6sense.com/x", page_name="my6sense").name is None
