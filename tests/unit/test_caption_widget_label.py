"""A photo's caption ending in its credit and a widget's label glued after it ("... (Photo:
Regina H. Boone, Detroit Free Press)Buy Photo") is a caption: GVC 556993 (dev), whose brief
showed it as a dated event and gave Kym Worthy the role "Buy Photo Wayne County
Prosecutor"."""

from __future__ import annotations

from synoptic.clean.lines import classify_line
from synoptic.settings import Settings


def test_a_caption_with_a_label_after_its_credit_is_a_caption():
    line = ("Buy Photo Wayne County Prosecutor Kym Worthy announces charges during a news conference in "
            "Detroit on Wednesday, May 25, 2016, in child shootings. (Photo: Regina H. Boone, Detroit Free "
            "Press)Buy Photo")
    assert classify_line(line, Settings().clean.lines) == "caption"


def test_prose_with_a_photo_aside_and_more_words_stays():
    line = "The mayor spoke to the crowd (photo below) at noon"
    assert classify_line(line, Settings().clean.lines) is None


def test_a_caption_ending_in_its_source_s_photo_credit_is_a_caption():
    # GVC 402674 (dev, CC BY 4.0): the caption was a fact two outlets corroborated
    line = "Three bodies were found in a home in Henry County Thursday, August 27, 2015. (WISH Photo)"
    assert classify_line(line, Settings().clean.lines) == "caption"
    assert classify_line("He showed reporters a file (photo below).", Settings().clean.lines) is None
