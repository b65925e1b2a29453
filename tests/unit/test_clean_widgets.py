"""A related story's box flattened into a line of a scraped page (GVC 399367, dev; CC BY 4.0,
NOTICE credits it): its headline, a label, its teaser twice and a "More" link are no story
text; a quote said over, which ends as a sentence does, is."""

from __future__ import annotations

from synoptic.clean.lines import classify_line
from synoptic.settings import LineSettings


def test_a_related_storys_box_run_into_the_page_is_navigation():
    line = ("At least 1 dead, several injured in Madisonville shooting Photos Police in Madisonville are "
            "investigating a deadly shooting that killed at least one person. At least 1 dead, several injured "
            "in Madisonville shooting Police in Madisonville are investigating a deadly shooting that killed at "
            "least one person. More")
    assert classify_line(line, LineSettings()) == "navigation"


def test_a_quote_said_over_is_kept():
    line = ("“He was such a loving kid, he was such a loving kid, he was such a loving kid,” she said. “He "
            "didn’t deserve this. He did not deserve this.”")
    assert classify_line(line, LineSettings()) is None


def test_a_caption_ending_on_its_bracketed_credit_is_kept():
    # GVC 571210 (dev): the only line of its article that names the man shot in full
    line = ("Christian Bandemer Provided by family Christian Bandemer, of the 900 block of West 36th Street, was "
            "pronounced dead at the scene after being shot June 3, 2016, in the chest with a shotgun, according to "
            "police and the Cook County medical examiner's office. Christian Bandemer, of the 900 block of West 36th "
            "Street, was pronounced dead at the scene after being shot June 3, 2016, in the chest with a shotgun, "
            "according to police and the Cook County medical examiner's office. (Provided by family) (Provided by family)")
    assert classify_line(line, LineSettings()) is None


def test_a_gallery_of_the_story_s_own_photos_stays():
    # GVC dev: its captions state the story's facts, which its grouping reads (no link's label ends it)
    line = ("Photo: Mike Glenn, Chronicle Image 1 of / 3 Caption Close Image 1 of 3 Gunshots rang out at a home in "
            "the 8400 block of Tavenor Lane on Thursday. Gunshots rang out at a home in the 8400 block of Tavenor "
            "Lane on Thursday. Photo: Mike Glenn, Chronicle Image 2 of 3 Gunshots rang out at a home in the 8400 "
            "block of Tavenor Lane on Thursday. Photo: Mike Glenn, Chronicle Boy, 8, dies in apparent accidental "
            "shooting 1 / 3 Back to Gallery")
    assert classify_line(line, LineSettings()) is None
