"""A page's "UPDATE:" label before a sentence is no part of it (`text/dateline.lead_offset`)."""

from synoptic.text.dateline import lead_offset


def test_an_update_label_is_cut_from_the_sentence():
    # GVC dev 601037 (CC BY 4.0): the summary quoted the label with the sentence
    text = "UPDATE: The Marion County Sheriff's Office identifies the toddler that died as Paxton Shannon."
    assert text[lead_offset(text) :] == (
        "The Marion County Sheriff's Office identifies the toddler that died as Paxton Shannon."
    )


def test_a_sentence_about_an_update_keeps_its_words():
    text = "The update: investigators have found no sign of a second shooter."
    assert lead_offset(text) == 0
