"""MultiLing 2011 development topics read as a reader at stop 34 (CC BY 3.0): M005 in Arabic
(Chile's earthquake and aftershocks, 2010: "at least 2000 people" was the year 2000, every
headline kept its full stop) and M000 in English (the tsunami's aid)."""

from __future__ import annotations

from datetime import date

from synoptic.model import Article
from synoptic.settings import TimeSettings
from synoptic.text.sentences import split_sentences
from synoptic.text.timex import extract_times, is_year_like


def _dates(text: str, published: date, language: str = "ar") -> list[date | None]:
    article = Article(id="a", source="a", text=text, language=language, published=published)
    return [t.value for t in extract_times(article, split_sentences(article), TimeSettings())]


def test_no_less_than_2000_people_is_a_count():
    text = "قدر رئيس بلدية كوردوفا ان ما لا يقل 2000 شخصا كانوا يقيمون في المدينة."
    i = text.index("2000")
    assert not is_year_like(text, i, i + 4)


def test_a_headline_loses_its_full_stop_an_abbreviation_keeps_its():
    from synoptic.model import Article
    from synoptic.settings import Settings
    from synoptic.write.title import story_title

    settings = Settings()

    def title(headline: str) -> str:
        article = Article(id="a", source="a", text="Body text of the report here.", title=headline, language="ar")
        return story_title([article], [], settings.write, settings.compare.clarity)

    assert title("زلزال جديد يضرب تشيلي.") == "زلزال جديد يضرب تشيلي"
    assert title("Talks stall between the two sides, says U.S.") == "Talks stall between the two sides, says U.S."
    assert title("Waiting for the verdict...") == "Waiting for the verdict..."


def test_a_numeric_date_before_a_headline_is_no_part_of_it():
    # MultiLing 2011 M0000 in English (development): the thread listed a story as
    # "2005/01/08 Tsunami aid donations in 2005 deductible for 2004 in the U.S."
    from synoptic.clean import clean_document
    from synoptic.model import Document
    from synoptic.settings import CleanSettings

    raw = ("2005/01/08 Tsunami aid donations in 2005 deductible for 2004 in the U.S.\n\nSaturday, January 8, 2005\n\n"
           "U.S. citizens donating in 2005 to help tsunami victims may write off their donations.\n")
    article = clean_document(Document("a", "a.txt", raw), CleanSettings())
    assert article.title == "Tsunami aid donations in 2005 deductible for 2004 in the U.S."


def test_an_apposition_no_comma_closes_ends_at_the_speech_verb():
    # MultiLing 2011 M000 in English (development): Jan Egeland's role read "UN's chief of
    # emergency relief said"
    from synoptic.settings import Settings
    from synoptic.text import analyze

    text = ("On Monday of this week, Jan Egeland, the UN's chief of emergency relief said that rich nations like "
            "the U.S. were being \"stingy\" by making small contributions.\n")
    analysis = analyze(Article(id="a", source="a", text=text, language="en"), Settings().text)
    assert {m.span.text: m.role for m in analysis.entities}["Jan Egeland"] == "UN's chief of emergency relief"


def test_a_base_after_a_title_is_a_place_not_a_person():
    # MultiLing 2011 M0028 in English (development): "Base Chivenor" was a person whose role
    # was "Royal Marine" ("at the Royal Marine Base Chivenor in Devon")
    from synoptic.settings import Settings
    from synoptic.text import analyze

    text = ("At a press conference held Friday at the Royal Marine Base Chivenor in Devon, details were revealed. "
            "Royal Marine Adam Sperry spoke.\n")
    analysis = analyze(Article(id="a", source="a", text=text, language="en"), Settings().text)
    persons = {m.span.text: m.role for m in analysis.entities if m.type == "PERSON"}
    assert persons == {"Adam Sperry": "Royal Marine"}


def test_a_consul_without_a_name_is_no_person():
    # MultiLing 2011 M002 in English (development): "The Iranian Consul said that …" listed
    # "Iranian Consul" among the people
    from synoptic.settings import Settings
    from synoptic.text import analyze

    text = ("The Iranian Consul said that \"British soldiers had surrounded [their] office in the southern city\". "
            "Consul John Smith said no.\n")
    analysis = analyze(Article(id="a", source="a", text=text, language="en"), Settings().text)
    assert {m.span.text: m.role for m in analysis.entities if m.type == "PERSON"} == {"John Smith": "Consul"}
