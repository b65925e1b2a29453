"""Sentence spans: exact, within a paragraph, headings flagged, punctuation debris dropped."""

from __future__ import annotations

from synoptic.model import Article
from synoptic.text.sentences import split_sentences


def test_spans_are_exact_and_never_cross_a_line():
    text = 'Mr. Smith went to Washington. He said: "It went well."\nA new paragraph starts here.'
    article = Article(id="a", source="a", text=text, language="en")
    sentences = split_sentences(article)
    assert [s.span.text for s in sentences] == [
        "Mr. Smith went to Washington.",
        'He said: "It went well."',
        "A new paragraph starts here.",
    ]
    for s in sentences:
        assert text[s.span.start : s.span.end] == s.span.text
    assert [s.index for s in sentences] == [0, 1, 2]


def test_headings_are_one_flagged_sentence():
    text = "Talks end. No deal\nOfficials met on Monday. They left."
    article = Article(id="a", source="a", text=text, headings=[(0, 18)])
    sentences = split_sentences(article)
    assert (sentences[0].span.text, sentences[0].is_heading) == ("Talks end. No deal", True)
    assert not any(s.is_heading for s in sentences[1:])


def test_a_stray_quote_mark_is_not_a_sentence():
    text = "“We will not make decisions about Ukraine without Ukraine. “\nNext line here."
    article = Article(id="a", source="a", text=text, language="en")
    texts = [s.span.text for s in split_sentences(article)]
    assert "“" not in texts
    assert texts[-1] == "Next line here."


def test_a_military_title_before_a_name_ends_no_sentence():
    text = "A court martial found Army Spc. Charles Graner guilty. He had met Pfc. Lynndie England."
    article = Article(id="a", source="a", text=text, language="en")
    assert [s.span.text for s in split_sentences(article)] == [
        "A court martial found Army Spc. Charles Graner guilty.",
        "He had met Pfc. Lynndie England.",
    ]


def test_a_clock_time_ends_no_sentence_before_its_day():
    # Gun Violence Corpus (CC BY 4.0), a Detroit Free Press report: pysbd ended a sentence
    # after "a.m.", leaving "Wednesday, Detroit police spokesman ... said." as a fragment
    text = (
        "Police were dispatched to the 700 block of Tennessee Street on the city's east side at about "
        "1:45 a.m. Wednesday, Detroit police spokesman Dan Donakowski said. "
        "Aavaire Johnson was expected to be arraigned at 2:30 p.m. Thursday in 36th District Court. "
        "It happened at 9 p.m. Police arrived later."
    )
    article = Article(id="a", source="a", text=text, language="en")
    assert [s.span.text for s in split_sentences(article)] == [
        "Police were dispatched to the 700 block of Tennessee Street on the city's east side at about "
        "1:45 a.m. Wednesday, Detroit police spokesman Dan Donakowski said.",
        "Aavaire Johnson was expected to be arraigned at 2:30 p.m. Thursday in 36th District Court.",
        "It happened at 9 p.m.",
        "Police arrived later.",
    ]


def test_a_state_abbreviation_before_a_dateline_dash_ends_no_sentence():
    # Gun Violence Corpus (CC BY 4.0), an Indianapolis report: "Ind." ended a sentence and
    # the summary opened on "-- A 49-year-old man ..."
    text = "INDIANAPOLIS, Ind. -- A 49-year-old man is facing several charges for a Saturday morning shooting."
    article = Article(id="a", source="a", text=text, language="en")
    assert [s.span.text for s in split_sentences(article)] == [text]


def test_sentences_are_placed_as_pysbd_places_them(example_dir):
    """The segmenter finds its sentences in the text by `str.find`, not by a pattern
    compiled per sentence: the spans are pysbd's own, on every paragraph of the example's
    five articles, and where one sentence appears twice ("Yes. Yes. No." style repeats)."""
    import pysbd

    from synoptic.text.sentences import _PARAGRAPH, _Segmenter

    ours = _Segmenter(language="en", clean=False, char_span=True)
    theirs = pysbd.Segmenter(language="en", clean=False, char_span=True)
    paragraphs = [p.group() for path in sorted(example_dir.glob("*.txt"))
                  for p in _PARAGRAPH.finditer(path.read_text(encoding="utf-8"))]
    # the first example sentence twice in one paragraph: the second is placed after the first
    first = next(p for p in paragraphs if p.count(". ") >= 1).split(". ")[0] + "."
    paragraphs.append(f"{first}  {first} And then.")
    assert len(paragraphs) > 20
    for text in paragraphs:
        assert [(s.sent, s.start, s.end) for s in ours.segment(text)] == [
            (s.sent, s.start, s.end) for s in theirs.segment(text)]


def test_saint_before_a_place_ends_no_sentence_in_dutch():
    # Wikinews (CC BY 2.5), nl, "Ford Motor Company schrapt 30.000 banen tot 2012": pysbd's
    # Dutch rules cut "St. | Louis" and the brief opened a line on "Louis is een van ..."
    text = (
        "De fabriek in St. Louis is een van de locaties waar Ford zijn Explorer produceert.\n"
        "In de fabriek in St. Thomas, Ontario wordt één ploegendienst opgeheven. Deze fabriek sluit."
    )
    article = Article(id="a", source="a", text=text, language="nl")
    got = [s.span.text for s in split_sentences(article)]
    assert got == [
        "De fabriek in St. Louis is een van de locaties waar Ford zijn Explorer produceert.",
        "In de fabriek in St. Thomas, Ontario wordt één ploegendienst opgeheven.",
        "Deze fabriek sluit.",
    ]


def test_a_street_abbreviation_after_a_name_may_still_end_a_sentence():
    article = Article(id="a", source="a", text="Hij woont aan Bragg St. Hij zei niets.", language="nl")
    assert [s.span.text for s in split_sentences(article)] == ["Hij woont aan Bragg St.", "Hij zei niets."]


def test_no_sentence_opens_on_a_word_in_lower_case():
    # Wikinews trial (CC BY 2.5), nl, "Cisco klaagt Apple aan wegens handelsmerk iPhone": pysbd's
    # Dutch rules cut "Apple Inc. | om diens apparaat ..." and the brief cited the half
    text = ("Cisco zag reden een rechtszaak te starten tegen Apple Inc. om diens apparaat van de markt te "
            "halen. De iPhone is nieuw.\nSales rose. iPhone sales fell. eBay grew.")
    got = [s.span.text for s in split_sentences(Article(id="a", source="a", text=text, language="nl"))]
    assert got == [
        "Cisco zag reden een rechtszaak te starten tegen Apple Inc. om diens apparaat van de markt te halen.",
        "De iPhone is nieuw.",
        "Sales rose.",
        "iPhone sales fell.",
        "eBay grew.",
    ]
