"""Renderers: the contract dict in Markdown and HTML, with untrusted text escaped."""

from __future__ import annotations

import re

from synoptic.model import (
    Article,
    Brief,
    Conflict,
    Fact,
    Origin,
    Span,
    Story,
    SummarySentence,
    Variant,
)
from synoptic.render import html, markdown
from synoptic.render.json import to_dict

EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>'


def _brief() -> Brief:
    a_text = f"Talks ended in Geneva. {EVIL} Officials spoke."
    b_text = "Talks ended in Geneva on Monday. Nothing else."
    a = Article(id="a", source="a.txt", text=a_text, title=f"Title {EVIL}", outlet=f"Outlet {EVIL}")
    b = Article(id="b", source="b.txt", text=b_text, title="Plain title", outlet="B News")
    m_a = Span("a", 0, 22, a_text[0:22])
    m_b = Span("b", 0, 32, b_text[0:32])
    evil_start = a_text.index("<script>")
    m_evil = Span("a", evil_start, evil_start + len(EVIL), EVIL)
    facts = [
        Fact("f1", m_a.text, [m_a, m_b], ["a", "b"], independent_sources=2, status="corroborated"),
        Fact("f2", EVIL, [m_evil], ["a"], independent_sources=1, status="disputed"),
    ]
    conflict = Conflict(
        "c1", "claim", f"topic {EVIL}", [Variant(EVIL, ["a"], [m_evil]), Variant("other", ["b"], [m_b])]
    )
    story = Story(
        id="s1",
        title=f"Story {EVIL}",
        articles=["a", "b"],
        origins=[Origin("o1", ["a"]), Origin("o2", ["b"])],
        independent_sources=2,
        facts=facts,
        conflicts=[conflict],
        summary=[
            SummarySentence(m_a.text, ["a", "b"], ["f1"], m_a),
            SummarySentence(EVIL, ["a"], ["f2"], m_evil),
        ],
    )
    return Brief(articles=[a, b], stories=[story])


def test_html_escapes_untrusted_text_everywhere():
    page = html.render(to_dict(_brief()))
    assert "<script>alert" not in page and page.count("<script") == 1  # only the page's own script
    assert "<img" not in page
    assert 'href="javascript:' not in page
    assert "&lt;script&gt;" in page
    # citations link to the marked sentence of each cited article (story 1, source number, offsets)
    assert 'href="#k1-s1-0-22"' in page and 'id="k1-s2-0-32"' in page
    # the page's own style and script are allowed by hash and nothing else is
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1).replace("&#39;", "'")
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp and "script-src 'sha256-" in csp


def test_markdown_escapes_markup_and_numbers_sources():
    text = markdown.render(to_dict(_brief()))
    assert "<script>" not in text
    assert "Talks ended in Geneva. [1][2]" in text
    assert "## Where sources disagree" in text
    assert "[1] Outlet" in text and "[2] B News" in text
    assert "2 articles · 2 independent sources · 1 dispute" in text


def test_html_of_empty_brief():
    page = html.render(to_dict(Brief(articles=[], stories=[])))
    assert "No article could be read." in page


def test_a_long_timeline_entry_is_cut_around_the_words_that_date_it():
    from synoptic.render.view import shorten

    text = ("After Monday's talks, a meeting of the NATO-Russia Council will take place in Brussels "
            "on Wednesday, then the permanent council of the Organization for Security and "
            "Cooperation in Europe will meet in Vienna on Thursday with Ukraine expected to dominate.")
    late = shorten(text, 120, around="Thursday")
    assert "on Thursday" in late and late.startswith("…") and len(late) <= 120
    assert late.removeprefix("…").removesuffix("…").strip() in text  # whole words of the text
    early = shorten(text, 120, around="Wednesday")
    assert early == shorten(text, 120) and early.startswith("After Monday's talks")
    assert shorten(text, 120, around="not in the text") == shorten(text, 120)
    assert shorten("Short enough.", 120, around="Short") == "Short enough."


def test_who_said_what_lists_people_with_a_role_or_a_quote_and_loses_no_quote():
    from synoptic.render.view import story_view, voices

    story = {
        "entities": [
            {"id": "e1", "name": "Wendy Sherman", "type": "PERSON", "roles": [{"role": "Deputy Secretary", "articles": ["a"]}]},
            {"id": "e2", "name": "Kings Cross", "type": "PERSON", "roles": []},  # named, says nothing
            {"id": "e3", "name": "Kremlin", "type": "ORG", "roles": []},
        ],
        "quotes": [
            {"text": "We have a long way to go", "speaker": "e1", "articles": ["a"]},
            {"text": "The talks were useful", "speaker": "e3", "articles": ["b"]},
            {"text": "Nobody knows", "speaker": None, "speaker_name": "a diplomat", "articles": ["b"]},
        ],
    }
    view = story_view({"articles": []}, story)
    got = [(v.name, [q["text"] for q in v.quotes]) for v in voices(view, limit=15)]
    assert got == [
        ("Wendy Sherman", ["We have a long way to go"]),
        ("Kremlin", ["The talks were useful"]),
        ("a diplomat", ["Nobody knows"]),
    ]
    # past the limit, a speaker's quotes still show, under their name
    assert [v.name for v in voices(view, limit=0)] == ["Wendy Sherman", "Kremlin", "a diplomat"]


def test_the_html_page_shows_the_quote_of_a_speaker_who_is_not_a_person():
    story = {
        "id": "s1", "title": "Talks", "articles": ["a", "b"],
        "entities": [{"id": "e3", "name": "Kremlin", "type": "ORG", "roles": [], "aliases": []}],
        "quotes": [{"text": "The talks were useful", "speaker": "e3", "articles": ["b"], "verbatim": True}],
    }
    data = {"articles": [{"id": "a", "text": "x"}, {"id": "b", "text": "y"}], "stories": [story]}
    for rendered in (html.render(data), markdown.render(data)):
        assert "Kremlin" in rendered and "The talks were useful" in rendered


def test_counts_agree_with_their_nouns() -> None:
    from synoptic.render.view import counted, headline_stats

    assert [counted(n, "major fact") for n in (0, 1, 2)] == ["0 major facts", "1 major fact", "2 major facts"]
    stats = headline_stats({"articles": ["a"], "independent_sources": 1, "conflicts": [{"imprecise": False}]})
    assert stats == ["1 article", "1 independent source", "1 dispute"]


def test_a_figure_that_grew_over_time_is_shown_as_an_update_not_a_dispute() -> None:
    from dataclasses import replace

    brief = _brief()
    story = brief.stories[0]
    grown = replace(story.conflicts[0], id="c2", topic=f"people killed {EVIL}", over_time=True,
                    variants=[Variant("10", ["b"], []), Variant("14", ["a"], [])])
    brief.stories[0] = replace(story, conflicts=[story.conflicts[0], grown])
    data = to_dict(brief)
    assert data["stories"][0]["conflicts"][1]["over_time"] is True
    text = markdown.render(data)
    assert "1 dispute" in text and "## Figures that changed over time" in text
    assert "“10” [2] → “14” [1]" in text
    page = html.render(data)
    assert "Figures that changed over time" in page and "<script>alert" not in page


def test_one_dispute_rule_for_records_and_contract_dicts() -> None:
    import dataclasses

    from synoptic.model import Conflict, Variant
    from synoptic.render.json import conflict_dict
    from synoptic.render.view import conflict_nature

    base = Conflict("c1", "number", "troops", [Variant("100,000", ["a"], []), Variant("tens of thousands", ["b"], [])])
    cases = {(False, False): "dispute", (False, True): "update", (True, False): "precision", (True, True): "precision"}
    for (imprecise, over_time), nature in cases.items():
        record = dataclasses.replace(base, imprecise=imprecise, over_time=over_time)
        data = conflict_dict(record)
        assert Conflict.dict_is_dispute(data) == record.is_dispute == (nature == "dispute")
        assert conflict_nature(data) == nature


def test_markdown_neutralises_record_fields_that_look_like_markup() -> None:
    """Language, outlet, title and source come from the record: text, never markup."""
    from dataclasses import replace

    from synoptic.model import Skipped

    hostile = {
        "language": 'en](javascript:alert(1)) <img src=x onerror="alert(2)"> **bold**',
        "outlet": "# Heading | table | ~~gone~~ &lt;b&gt;",
        "title": "[click](http://evil.example) `code` _em_ <b>bold</b>",
    }
    brief = _brief()
    brief.articles[1] = replace(brief.articles[1], **hostile)
    brief = replace(brief, skipped=[Skipped("<script>x</script>[s](javascript:y).jsonl", "bad *record*")])
    text = markdown.render(to_dict(brief))
    sources = text.split("## Sources", 1)[1]
    line = next(row for row in sources.splitlines() if row.startswith("[2]"))
    for raw in ("<img", "](javascript:", "**bold**", "# Heading", "| table", "~~gone", "&lt;", "[click]",
                "`code`", "_em_", "<b>"):
        # present only with its first character escaped (a backslash before it)
        assert re.search(r"(?<!\\)" + re.escape(raw), line) is None, raw
    assert "[en\\](javascript:alert(1)) \\<img" in line and "\\*\\*bold\\*\\*" in line
    assert "\\# Heading \\| table \\| \\~\\~gone\\~\\~ \\&lt;b\\&gt;" in line
    skipped = text.split("## Skipped inputs", 1)[1]
    for raw in ("<script>", "](javascript:", "*record*"):
        assert re.search(r"(?<!\\)" + re.escape(raw), skipped) is None, raw


def test_shortened_text_ends_on_a_whole_word() -> None:
    from synoptic.render.view import shorten

    text = ("Top U.S. and Russian officials held crucial talks Monday with tensions soaring over Ukraine "
            "and security demands from Moscow, but there was little hope of a diplomatic breakthrough.")
    for limit in range(20, len(text), 7):
        cut = shorten(text, limit)
        assert len(cut) <= limit and cut.endswith("…")
        kept = cut.removesuffix("…")
        assert text.startswith(kept) and text[len(kept)] in " ,", (limit, cut)  # never "on Ukr…"


def test_every_html_citation_lands_on_the_sentence_holding_its_words() -> None:
    data = to_dict(_brief())
    ctx = html.story_context(data, data["stories"][0])
    cites = html.all_cites(ctx)
    assert cites
    texts = {a["id"]: a["text"] for a in data["articles"]}
    page = html.render(data)
    for c in cites:
        anchor = c.href.removeprefix("#")
        assert f'id="{anchor}"' in page
        r_start, r_end = (int(x) for x in anchor.split("-")[-2:])
        # the highlighted region holds the cited words and is whole sentences of the source
        assert r_start <= c.start < c.end <= r_end
        assert c.sentence == " ".join(texts[c.article][r_start:r_end].split())
    # "Talks ended in Geneva." is cited by [1]: the region is that sentence, not the hostile one after it
    first = next(c for c in cites if c.number == 1 and c.start == 0)
    assert first.sentence == "Talks ended in Geneva."


def test_a_dispute_between_rewrites_of_one_report_says_it_is_one_source() -> None:
    from dataclasses import replace

    brief = _brief()
    story = brief.stories[0]
    brief.stories[0] = replace(story, conflicts=[replace(story.conflicts[0], same_origin=True)])
    data = to_dict(brief)
    assert data["stories"][0]["conflicts"][0]["same_origin"] is True
    assert markdown.SAME_ORIGIN_NOTE in markdown.render(data)
    assert markdown.SAME_ORIGIN_NOTE in html.render(data)
    # a dispute across origins says nothing of the kind
    plain = to_dict(_brief())
    assert plain["stories"][0]["conflicts"][0]["same_origin"] is False
    assert markdown.SAME_ORIGIN_NOTE not in markdown.render(plain)


def test_an_untitled_source_is_listed_by_its_lead_not_its_file_name(tmp_path):
    # MultiLing 2011 M0013 in French (development, CC BY 3.0) opens on its dateline, with no
    # headline: its sources line read "unknown outlet (M0013.txt) — M0013"
    from synoptic.pipeline import brief_from_documents
    from synoptic.read import read_paths
    from synoptic.settings import Settings

    path = tmp_path / "M0013.txt"
    path.write_text("Jeudi 22 septembre 2005\n\nLe suspect de l'attentat à la bombe de Londres, Hussain Osman, "
                    "également connu sous le nom de Hamdi Issac, est arrivé à Londres, où il a été détenu suite à "
                    "son extradition d'Italie.\n", encoding="utf-8")
    settings = Settings()
    settings.vectors.encoder = "tfidf"
    data = to_dict(brief_from_documents(read_paths([str(path)], settings.read), settings))
    line = next(x for x in markdown.render(data).splitlines() if x.startswith("[1]"))
    assert line.startswith("[1] unknown outlet (M0013.txt) — Le suspect de l'attentat à la bombe de Londres")
    assert "<summary>[1] unknown outlet (M0013.txt) — Le suspect de l" in html.render(data)
