"""RSS/Atom/OPML parsing into Documents (no network: fetch_links off or file feeds)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from synoptic.model import Document, Skipped
from synoptic.read.feeds import opml_feeds, read_feed
from synoptic.settings import ReadSettings

BODY_A = (
    "<p>The city council of Lyon voted on Tuesday to close the Croix-Rousse tunnel to cars for "
    "eighteen months while engineers replace its ventilation system, the mayor's office said.</p>"
    "<p>Deputy mayor Valentin Lungenstrass told reporters that buses and bicycles would keep a "
    "lane, and that the 3.2 million euro contract had been awarded to a local firm after a "
    "tender that drew four bids. Traders on the plateau said they feared losing customers.</p>"
)
BODY_B = (
    "<p>Heavy rain flooded the lower town of Morlaix in Brittany overnight, for the second time "
    "this winter. Firefighters evacuated 40 residents from houses along the quay, and the "
    "prefecture placed the Finistere department on orange alert until Thursday morning.</p>"
    "<p>The mayor, Jean-Paul Vermot, asked the state to speed up work on the flood barrier "
    "promised after the 2018 floods, which caused damage estimated at 20 million euros.</p>"
)

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Le Courrier du Rhone</title><language>en</language>
<item><title>Lyon closes Croix-Rousse tunnel for repairs</title>
<link>https://courrier.example/lyon-tunnel</link>
<pubDate>Tue, 14 Mar 2023 17:05:00 +0100</pubDate><author>desk@courrier.example (City desk)</author>
<description><![CDATA[{BODY_A}]]></description></item>
<item><title>Short teaser only</title><link>https://courrier.example/teaser</link>
<description>Read more on our site.</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ouest Journal</title>
<entry><title>Morlaix floods again</title><link href="https://ouest.example/morlaix"/>
<id>tag:ouest.example,2023:morlaix</id><updated>2023-01-05T06:00:00Z</updated>
<content type="html"><![CDATA[{BODY_B}]]></content></entry></feed>"""


def _settings() -> ReadSettings:
    return ReadSettings(fetch_links=False, host_delay=0.0)


def test_rss_entries_carry_metadata_and_teasers_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "courrier.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_feed(str(path), _settings()))
    docs = [i for i in items if isinstance(i, Document)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert len(docs) == 1 and len(skipped) == 1
    doc = docs[0]
    assert doc.title == "Lyon closes Croix-Rousse tunnel for repairs"
    assert doc.url == "https://courrier.example/lyon-tunnel"
    assert doc.outlet == "Le Courrier du Rhone"
    assert doc.published == date(2023, 3, 14)
    assert doc.kind == "html" and "Croix-Rousse" in doc.content
    assert skipped[0].source == "https://courrier.example/teaser"
    # the id of a URL is stable: the same page keeps it across revisions
    again = [i for i in read_feed(str(path), _settings()) if isinstance(i, Document)]
    assert again[0].id == doc.id


def test_atom_feed(tmp_path: Path) -> None:
    path = tmp_path / "ouest.atom"
    path.write_text(ATOM, encoding="utf-8")
    docs = [i for i in read_feed(str(path), _settings()) if isinstance(i, Document)]
    assert [d.title for d in docs] == ["Morlaix floods again"]
    assert docs[0].published == date(2023, 1, 5)
    assert docs[0].outlet == "Ouest Journal"


def test_opml_lists_feeds_and_reads_each(tmp_path: Path) -> None:
    (tmp_path / "courrier.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "ouest.atom").write_text(ATOM, encoding="utf-8")
    opml = f"""<?xml version="1.0"?><opml version="2.0"><head><title>subs</title></head><body>
    <outline text="News"><outline type="rss" text="Courrier" xmlUrl="{tmp_path / 'courrier.rss'}"/>
    <outline type="rss" text="Ouest" xmlUrl="{tmp_path / 'ouest.atom'}"/></outline></body></opml>"""
    path = tmp_path / "subs.opml"
    path.write_text(opml, encoding="utf-8")
    assert opml_feeds(opml) == [str(tmp_path / "courrier.rss"), str(tmp_path / "ouest.atom")]
    titles = sorted(i.title or "" for i in read_feed(str(path), _settings()) if isinstance(i, Document))
    assert titles == ["Lyon closes Croix-Rousse tunnel for repairs", "Morlaix floods again"]


def test_malformed_and_missing_feeds_are_skipped(tmp_path: Path) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<rss><channel><item><title>broken", encoding="utf-8")
    items = list(read_feed(str(bad), _settings()))
    assert len(items) == 1 and isinstance(items[0], Skipped) and items[0].source == str(bad)
    missing = list(read_feed(str(tmp_path / "nope.rss"), _settings()))
    assert len(missing) == 1 and isinstance(missing[0], Skipped)
    broken_opml = tmp_path / "broken.opml"
    broken_opml.write_text("<opml><body><outline xmlUrl='a'", encoding="utf-8")
    items = list(read_feed(str(broken_opml), _settings()))
    assert len(items) == 1 and isinstance(items[0], Skipped) and "OPML" in items[0].error
