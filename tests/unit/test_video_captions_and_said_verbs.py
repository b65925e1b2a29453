"""A local news brief read as a journalist reads it (GVC train 710200, stop 40, development):
a video's caption, dated by its own stamp, read as a fact of the story, and the dash a lost
dateline left opening the summary's sentence."""

from __future__ import annotations

from synoptic.clean.inline import cut_furniture
from synoptic.clean.lines import classify_line
from synoptic.settings import LineSettings
from synoptic.text.dateline import lead_offset


def _cut(line: str):
    return cut_furniture(line, lambda text: classify_line(text, LineSettings()))


def test_a_line_dated_by_a_video_stamp_is_its_caption():
    prose, cut = _cut("Deadly Shooting Claims Live of 16-Year-Old Girl in Southeast DC News4's Derrick Ward reports "
                      "that police have identified the victim. (Published Friday, Nov. 25, 2016)")
    assert prose == ""
    assert [reason for _, reason in cut] == ["caption", "dateline"]


def test_a_sentence_with_a_time_gloss_stays():
    prose, _ = _cut("The quake struck at 8:55 a.m. (07:55 GMT).")
    assert prose.startswith("The quake struck")


def test_a_dash_left_by_a_lost_dateline_is_no_part_of_the_sentence():
    text = ("- Police have released the identity of a man they believe is connected to the day-after-Thanksgiving "
            "shooting death of a 16-year-old girl in the District.")
    assert text[lead_offset(text) :].startswith("Police have released")
    assert lead_offset("A well-known - and loved - teacher died.") == 0


def test_italian_reveals_are_said():
    # Wikinews trial it/10450 (development): "rivelato" is a verb of saying
    from synoptic.model import Article
    from synoptic.settings import Settings
    from synoptic.text import analyze

    text = ('Jobs ha rivelato che Mac OS X ha avuto "una doppia vita segreta" e che OS X era "stato compilato '
            '[per i processori Intel] per cinque anni."\n')
    an = analyze(Article(id="a", source="a", text=text, language="it"), Settings().text)
    assert [q.speaker_name for q in an.quotes] == ["Jobs", "Jobs"]
