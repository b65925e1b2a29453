"""What a journalist would cut from a brief read on development stories (stop 38): an appeal
with a number to call is no statement of the event (GVC 688979 and 146565, dev; CC BY 4.0,
NOTICE credits it)."""

from __future__ import annotations

from synoptic.write.standalone import not_a_statement


def test_an_appeal_with_a_number_to_call_is_no_statement():
    assert not_a_statement("Anyone with information is asked to contact Crime Stopper at 419-255-1111.", "en")
    assert not_a_statement("Anyone with additional information is asked to contact the Kokomo Police Department "
                           "Hotline at (765) 456-7107.", "en")


def test_figures_with_hyphens_are_still_statements():
    assert not not_a_statement("Police reponded to the “Ultimate Place 2-B” on Clinton Drive near IN 931 around "
                               "3:15 a.m. Sunday morning.", "en")
    assert not not_a_statement("The council approved the donation at the Jan. 10 meeting by a 3-2 vote.", "en")


def _sentences(text: str) -> list[str]:
    from synoptic.model import Article
    from synoptic.text.sentences import split_sentences

    return [s.span.text for s in split_sentences(Article(id="a", source="a.txt", text=text, language="en"))]


def test_a_quote_closed_after_a_comma_stays_with_its_attribution():
    # ECB+ 22 (development; CC BY 3.0), tokenised with a space before the closing mark
    text = "\"They had argued , from what I was told , they argued , \" Dorsey told NBC10's Rosemary Connors ."
    assert _sentences(text) == [text]


def test_a_calibres_point_after_an_article_ends_no_sentence():
    text = ("After she was disciplined , she went to her vehicle , made several phone calls , and then grabbed a . "
            "357 Magnum and used it to force her way past security guards at the front gate .")
    assert _sentences(text) == [text]
    assert _sentences("She fired twice. 357 people were inside.") == ["She fired twice.", "357 people were inside."]
