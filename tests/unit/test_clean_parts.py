"""The cleaner's parts alone: normalization, outlet names, batch-learned boilerplate, line rules."""

from __future__ import annotations

import pytest

from synoptic.clean import clean_document, clean_documents, learn_boilerplate
from synoptic.clean.lines import classify_line, is_name_line
from synoptic.clean.normalize import normalize_text
from synoptic.clean.outlet import domain_of, resolve_outlet, split_title_suffix
from synoptic.model import REMOVAL_REASONS, Article, Document, Skipped
from synoptic.settings import CleanSettings, LineSettings


def test_normalize_repairs_mojibake_and_keeps_typography() -> None:
    assert normalize_text("The minister\u2019s â€œplanâ€\x9d") == "The minister’s “plan”"
    assert normalize_text("“Curly” quotes – and dashes — stay") == "“Curly” quotes – and dashes — stay"
    assert normalize_text("zero\u200bwidth soft\u00adhyphen\ufeff") == "zerowidth softhyphen"
    assert normalize_text("a\r\nb\rc  \u00a0 d ") == "a\nb\nc d"
    assert normalize_text("ﬁnal ﬂight") == "final flight"


def test_offsets_refer_to_the_normalized_text() -> None:
    raw = "Title here\n\nThe cafÃ© reopened on Monday after a two-year renovation, its owner said.\n"
    article = clean_document(Document("m", "m", raw), CleanSettings())
    assert isinstance(article, Article)
    start = article.text.index("café")
    assert article.text[start:start + 4] == "café"


@pytest.mark.parametrize(
    ("title", "head", "suffix"),
    [
        ("Floods close motorway | UK news", "Floods close motorway", "UK news"),
        ("Floods close motorway | Travel | The Daily Item", "Floods close motorway", "Travel | The Daily Item"),
        ("Floods close motorway - The Daily Item", "Floods close motorway", "The Daily Item"),
        ("Floods: what we know so far - and what we don't", "Floods: what we know so far - and what we don't", None),
        ("Hurricane season - what to expect this year", "Hurricane season - what to expect this year", None),
    ],
)
def test_headline_suffixes(title: str, head: str, suffix: str | None) -> None:
    assert split_title_suffix(title) == (head, suffix)


def test_outlet_is_never_invented() -> None:
    assert domain_of("https://www.themoscowtimes.com/2022/01/10/x") == "themoscowtimes.com"
    text = "Independent reporting from The Moscow Times since 1992."
    assert resolve_outlet(None, None, "https://www.themoscowtimes.com/a", text) == "The Moscow Times"
    assert resolve_outlet(None, None, "https://www.themoscowtimes.com/a", "no name here") == "themoscowtimes.com"
    assert resolve_outlet(None, None, None, text) is None
    assert resolve_outlet("Given Outlet", "Site", "https://x.org/a", text) == "Given Outlet"
    assert resolve_outlet(None, "BBC News", "https://www.bbc.co.uk/news/1", "") == "BBC News"
    assert resolve_outlet(None, None, "https://www.bbc.co.uk/news/1", "BBC Verify found") == "BBC"


def _story(n: int, topic: str) -> str:
    return (
        f"{topic} update number {n}\n\n"
        f"Officials in the district said on day {n} that work on the {topic} would continue through the week, "
        f"with crews rotating every {n + 3} hours.\n\n"
        f"Residents were asked to avoid the area around the {topic} site until further notice.\n\n"
        "“We will rebuild, whatever it takes,” the mayor said.\n\n"
        "The Valley Courier is part of the Dale Media family of local newspapers\n"
    )


def test_batch_learns_recurring_furniture_but_not_shared_quotes() -> None:
    topics = ["bridge", "school", "library", "harbour"]
    docs = [Document(f"d{i}", f"d{i}", _story(i, t), outlet="Valley Courier") for i, t in enumerate(topics)]
    articles, skipped = clean_documents(docs, CleanSettings())
    assert not skipped
    for article in articles:
        removed = {r.text: r.reason for r in article.removed}
        assert removed.get("The Valley Courier is part of the Dale Media family of local newspapers") == "boilerplate"
        assert "“We will rebuild, whatever it takes,” the mayor said." in article.text
    # alone, nothing is learned: the footer is just a line
    alone = clean_document(docs[0], CleanSettings())
    assert isinstance(alone, Article) and "Dale Media" in alone.text


def test_syndicated_copies_count_once() -> None:
    wire = _story(1, "bridge").replace("The Valley Courier is part of the Dale Media family of local newspapers\n", "")
    texts = [wire, wire + "\nExtra local paragraph for one copy.", wire, _story(2, "school")]
    learned = learn_boilerplate(
        texts, [None] * 4, CleanSettings(batch_min_articles=3, batch_min_share=0.5)
    )
    assert not any("crews rotating" in k for k in learned)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Listen to this article", "promo"),
        ("Subscribe for just €1 a week", "promo"),
        ("Read more: Council approves new cycle lanes", "navigation"),
        ("Related Stories", "navigation"),
        ("5 min read", "reading_time"),
        ("Lesezeit: 4 Minuten", "reading_time"),
        ("4 - two =", "comments"),
        ("six + 3 =", "comments"),
        ("Comments are closed.", "comments"),
        ("Updated 3 hours ago", "dateline"),
        ("Published: Tuesday 14 March 2023, 09:12 GMT", "dateline"),
        ("Firefighters at the scene. Photo: Jan Kowalski / PAP / EPA", "caption"),
        ("(Photo by Jane Doe/Getty Images)", "caption"),
        ("Your browser does not support the video element.", "media"),
        ("Share on Facebook | Share on Twitter | Email", "sharing"),
        ("source site-07", "site_signature"),
        ("By Maria Gonzalez and Tom Weller", "byline"),
        ("© 2024 Example Media. All rights reserved.", "legal"),
        ("Advertisement - scroll to continue", "promo"),
        ("This article was originally published on The Conversation.", "site_signature"),
        ("toggle caption", "caption"),
        ("First published on Mon 10 Jan 2022 18.00 GMT", "dateline"),
        ("— AFP", "byline"),
        ("Contact the author at jane@example.com", "byline"),
        ("Copy link", "sharing"),
        ("Read or Share this story: http://detne.ws/2i9Wuo8", "sharing"),  # GVC (CC BY 4.0)
        ("►Related: On snow day, teen shoots, kills 13-year old boy in Detroit", "navigation"),  # GVC
        ("Comments are moderated.", "comments"),
        ("ROTTERDAM, NETHERLANDS", "dateline"),
        ("Posted September 26, 2013 3:47pm Updated September 27, 2013 6:03pm", "dateline"),
        ("Updated 10:32am GMT", "dateline"),
        # GVC development (CC BY 4.0): a player notice, credit lines and handles closing a story
        ("Having trouble viewing the video? Try disabling any ad blocking extensions currently running on "
         "your browser.", "media"),
        ("Photos", "caption"),
        ("Contributing: Alex Cabrero and Ashley Kewish", "byline"),
        ("Email: blockhart@deseretnews.com", "byline"),
        ("Twitter: benlockhartnews", "byline"),
    ],
)
def test_single_line_vocabulary(line: str, reason: str) -> None:
    assert reason in REMOVAL_REASONS
    assert classify_line(line, LineSettings()) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The charity urged people to donate blood before the holidays, saying stocks were low.",
        "Subscribers to the service will pay 20 percent more from June, the company said.",
        "He said he would read more about the case before deciding.",
        "The video, filmed by a bystander, shows the moment the bridge collapsed.",
        "By the end of the week, more than 3,000 homes were without power.",
        "Authorities say the cases appear to be unrelated.",
        "Photographers waited outside the court for hours.",
        "Listeners of the station complained about the change.",
        "The AP reported that the talks had stalled.",
        "Register now to vote, officials urged residents.",
        "Image quality improved, the agency said.",
        "Copy the code below into the form.",
        "Viewers had trouble believing the video was real, the station said.",
        "Reporting: the council will publish its figures on Monday.",
        "Contributing to the delay were staff shortages at the port.",
    ],
)
def test_story_sentences_are_not_furniture(line: str) -> None:
    assert classify_line(line, LineSettings()) is None


def test_name_lines() -> None:
    assert is_name_line("Cora Lindqvist", LineSettings())
    assert is_name_line("Ahmed El-Sayed, Cairo correspondent", LineSettings())
    assert not is_name_line("Delicate negotiations", LineSettings())
    assert not is_name_line("The talks resumed on Monday.", LineSettings())


def test_no_article_text() -> None:
    result = clean_document(Document("e", "e.txt", "Share\nTwitter\nFacebook\n"), CleanSettings())
    assert isinstance(result, Skipped) and result.error == "no article text found"


def test_a_wire_sentence_shared_across_outlets_is_story_not_boilerplate() -> None:
    shared = "The canal handles about 5 percent of world maritime trade, according to the authority."
    bodies = [
        "Shipping lines cut cargo loads as the drought deepened over the weekend in central Panama.",
        "Water levels in Gatun Lake fell to their lowest level for the season since records began.",
        "Exporters in Chile and Peru said delays were adding costs of up to a million dollars a ship.",
        "The authority said it might lift the limits if the rainy season arrives on time in May.",
    ]
    docs = [Document(f"w{i}", f"w{i}", f"Canal limits crossings\n\n{b}\n\n{shared}\n", outlet=f"Outlet {i}")
            for i, b in enumerate(bodies)]
    articles, _ = clean_documents(docs, CleanSettings())
    assert len(articles) == 4 and all(shared in a.text for a in articles)


def test_a_record_without_title_keeps_its_lead_sentence() -> None:
    lead = "The port authority said on Friday that container traffic fell 12 percent in May as imports slowed."
    doc = Document("r", "r.jsonl:1", f"{lead}\n\nAnalysts expect a recovery in the autumn.")
    article = clean_document(doc, CleanSettings())
    assert isinstance(article, Article)
    assert article.title == "" and article.text.startswith(lead)


def test_language_fast_path_agrees_with_py3langid() -> None:
    from pathlib import Path

    import py3langid

    from synoptic.clean.language import _profile_guess, detect_language

    data = Path(__file__).resolve().parents[1] / "data" / "clean"
    decided = 0
    for path in sorted(data.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        guess = _profile_guess(text, CleanSettings())
        if guess is not None:
            decided += 1
            assert guess == py3langid.classify(text[:1500])[0], path.name
        assert detect_language(text, CleanSettings()) == py3langid.classify(text[:1500])[0]
    assert decided >= 8
    assert detect_language("Hi", CleanSettings()) is None


@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        ("Published: 14:32, 3 March 2023", "en", "2023-03-03"),
        ("Publié le 7 mars 2023 à 18h02", "fr", "2023-03-07"),
        ("Le vendredi 29 janvier, 2010", "fr", "2010-01-29"),  # MultiLing 2011 (CC BY 3.0), French Wikinews
        ("Actualizado el 12 de abril de 2023, 10:21", "es", "2023-04-12"),
        ("27.03.2023, 06:45 Uhr", "de", "2023-03-27"),
        ("Updated Feb 16, 2023", "en", "2023-02-16"),
        ("2022-01-10T10:00:00Z", None, "2022-01-10"),
        ("11/04/2023 09h12", "pt", "2023-04-11"),
        ("04/05/2023", "en", None),  # month or day first: undecidable, so no date
        ("Updated 3 hours ago", "en", None),
        ("May 2023", "en", None),
    ],
)
def test_dateline_dates(line: str, language: str | None, expected: str | None) -> None:
    from synoptic.clean.dates import date_in_line

    found = date_in_line(line, language)
    assert (str(found) if found else None) == expected


def test_an_outlets_reused_background_paragraph_stays() -> None:
    background = "The dam, completed in 1968, supplies water to about 400,000 people in the valley."
    footer = "The Valley Courier is an independent newspaper owned by its readers' cooperative."
    stories = [
        ("Dam inspection ordered", "Engineers were sent to inspect the dam on Monday after cracks were reported.",
         "A hiker noticed water seeping from the eastern wall.", "Fishing on the reservoir is suspended."),
        ("Dam repairs to cost millions", "Repairs to the dam will cost at least 12 million, officials said.",
         "The council will borrow part of the money.", "Contractors are expected to bid in autumn."),
        ("Dam reopens to visitors", "The viewing platform on the dam reopened on Friday after a week of closures.",
         "Queues formed at the car park before dawn.", "The café at the visitor centre stays shut."),
    ]
    docs = [
        Document(f"v{i}", f"v{i}",
                 f"{title}\n\n{lead}\n\n{background}\n\n{second}\n\n{third}\n\n{footer}\n",
                 outlet="Valley Courier")
        for i, (title, lead, second, third) in enumerate(stories)
    ]
    articles, _ = clean_documents(docs, CleanSettings())
    for article in articles:
        assert background in article.text
        assert footer not in article.text


def test_an_appeal_block_takes_its_lead_in_but_not_the_storys_last_quote() -> None:
    raw = (
        "Mill closure ends 140 years of paper making\n\n"
        "The last paper mill in the valley closed on Friday, ending 140 years of production in the town.\n\n"
        "About 300 workers lost their jobs, although the owners said 40 would move to a plant in the north.\n\n"
        "“We gave this place our whole lives, and we will not forget it,” said a machine operator.\n\n"
        "Before you close this page, one request.\n\n"
        "Our reporters stayed with the mill workers for a year. Reporting like this costs money, and you can help.\n\n"
        "Please support our journalism with a monthly gift.\n\n"
        "Thank you.\n"
    )
    article = clean_document(Document("m", "m.txt", raw), CleanSettings())
    assert isinstance(article, Article)
    removed = {r.text: r.reason for r in article.removed}
    assert "“We gave this place our whole lives, and we will not forget it,” said a machine operator." in article.text
    for line in ("Before you close this page, one request.", "Please support our journalism with a monthly gift.",
                 "Thank you."):
        assert removed.get(line) == "promo", line
    assert removed.get("Our reporters stayed with the mill workers for a year. Reporting like this costs money, "
                       "and you can help.") == "promo"


def test_a_short_title_case_headline_is_the_title_not_a_byline() -> None:
    raw = ("Brexit Deal Collapses\n\nBy Anna Lee\n\nTalks between London and Brussels collapsed on Friday "
           "after negotiators failed to agree on fishing rights, officials said.\n")
    article = clean_document(Document("b", "b.txt", raw), CleanSettings())
    assert isinstance(article, Article)
    assert article.title == "Brexit Deal Collapses"
    assert [(r.reason, r.text) for r in article.removed] == [("byline", "By Anna Lee")]


def test_a_run_of_other_stories_headlines_before_the_story_is_dropped() -> None:
    # Gun Violence Corpus (CC BY 4.0), a Raw Story page: six unpunctuated headlines of other
    # stories opened the text; a quote in one of them reached "Who said what"
    heads = [
        "Iowa GOP official says Christians should enjoy special rights: ‘There’s only one true God’",
        "Deputy who killed man after mistaking gun for Taser is an insurance exec who pays to play cop",
        "Atheists slam school nurse for refusing to treat student who won’t stand for Pledge of Allegiance",
        "Food truck workers attacked by ‘rich’ guys hurling racial slurs: ‘Dude, I’m totally getting away with this’",
    ]
    body = (
        "A nine-month-old baby was shot and severely wounded on Sunday by her father, who told New York City "
        "police his gun accidentally discharged while he was cleaning it.\n\n"
        "He was arrested on charges of assault, reckless endangerment and criminal possession of a weapon."
    )
    doc = Document("raw", "raw", "\n\n".join(heads) + "\n\n" + body, title="Baby shot by father who was cleaning illegal weapon")
    article = clean_document(doc, CleanSettings())
    assert isinstance(article, Article)
    assert article.text.startswith("A nine-month-old baby")
    assert "Dude" not in article.text
    # a headline and one standfirst line before the story stay (too few to be a list)
    two = Document("dek", "dek", "\n\n".join(heads[:1]) + "\n\n" + body, title="Baby shot")
    assert "Iowa GOP official" in clean_document(two, CleanSettings()).text


def test_a_teaser_cut_off_with_a_link_to_the_full_story_is_navigation():
    # GVC development (CC BY 4.0): a story page's teaser line
    from synoptic.clean.inline import cut_furniture

    line = ("The shooting happened about 6:45 p.m. in the 5600 block of South Princeton, according to "
            "Chicago Police. Wilson, 14, was inside his home when two people broke … Read more →")
    prose, cut = cut_furniture(line, lambda text: None)
    assert prose == ("The shooting happened about 6:45 p.m. in the 5600 block of South Princeton, according "
                     "to Chicago Police. Wilson, 14, was inside his home when two people broke …")
    assert cut == [("Read more →", "navigation")]
    assert cut_furniture("He paused... and then read more books.", lambda text: None) == (
        "He paused... and then read more books.", [])


def test_a_share_row_one_button_a_line_goes_whole() -> None:
    # GVC development incident 402674 (CC BY 4.0): a WordPress share row, one button a line,
    # and its "like" widget; "Google" and "More" alone are no share words, but sit inside the row
    body = ("Investigators say this is an ongoing investigation.\n\n"
            "Evidence collected at the scene will be sent to the Indiana State Police Lab for testing and analysis.")
    row = ["Share this: Facebook", "Twitter", "Google", "Email", "Print", "More", "Pinterest",
           "Like this: Like Loading..."]
    title = "Autopsies show Henry Co. children shot, father committed suicide\n\n"
    article = clean_document(Document("w", "w.txt", title + body + "\n\n" + "\n\n".join(row)), CleanSettings())
    assert article.text.strip().endswith(body) and "Google" not in article.text
    removed = {r.text: r.reason for r in article.removed}
    assert all(removed.get(line) == "sharing" for line in row), removed
    # a short line of prose between two paragraphs stays
    prose = title + "Share this: Facebook\n\nMore\n\nThe sheriff said more would be known on Friday."
    assert "More" in clean_document(Document("p", "p.txt", prose), CleanSettings()).text
