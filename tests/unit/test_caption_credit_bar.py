"""A caption ending in its credit in brackets, a name and the outlet apart by a bar or a
slash, and a video widget's list under its capitalised label, are no article text: GVC
717231 (train; Gun Violence Corpus, CC BY 4.0), whose brief listed the widget's line as a
fact News 3 "alone reported"."""

from __future__ import annotations

from synoptic.clean.lines import classify_line
from synoptic.settings import Settings


def test_a_caption_with_a_name_and_outlet_credit_is_a_caption():
    line = ("Lt. Dan McGrath of the LVMPD Homicide Section said Raad Sunna fired 8 or 9 shots as Fabriccio "
            "Patti, 13, and two of his middle school friends entered the business wearing masks and began to "
            "steal merchandise from the shop. 12/6/16 (Kelsey Thomas | KSNV)")
    assert classify_line(line, Settings().clean.lines) == "caption"


def test_a_video_widgets_list_is_media():
    line = ("MORE VIDEO Smoke Shop Murder Investigation 5 p.m. Murder Charge after 13 year old shot robbing "
            "smoke shop -- Kelsey Noon Smoke shop clerk facing murder charge in shooting death of 13-year-old")
    assert classify_line(line, Settings().clean.lines) is not None


def test_prose_ending_in_a_bracketed_aside_stays():
    settings = Settings().clean.lines
    assert classify_line("The two were later identified by police (Smith and Jones, both 19).", settings) is None
    assert classify_line("More videos of the shooting were posted by witnesses on Sunday.", settings) is None


def test_a_record_that_is_only_a_caption_keeps_it_as_its_text():
    # GVC incident of the Akron shooting (train): the record's text is the photo's caption alone
    from synoptic.clean import clean_document
    from synoptic.model import Article, Document

    caption = ("April Durham-Gilbert becomes emotional while talking to the media after finding out that one of "
               "the two men and two women found shot in the head in a basement of a unit at the Kimlyn Circle "
               "AMHA Housing Complex was her son, Ronald Roberts, on Thursday in Akron, Ohio. (Ed Suba Jr./Akron "
               "Beacon Journal)")
    article = clean_document(Document(id="a", source="a", content=caption,
                                      title="Four people found shot to death at North Akron apartment complex"),
                             Settings().clean)
    assert isinstance(article, Article) and article.text == caption
    # beside an article's text the same line is its photo's caption, removed
    body = caption + "\n\nPolice said the four were found shot in the head in a basement on Thursday afternoon."
    article = clean_document(Document(id="b", source="b", content=body), Settings().clean)
    assert isinstance(article, Article) and "Ed Suba" not in article.text
    assert [r.reason for r in article.removed] == ["caption"]
