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
