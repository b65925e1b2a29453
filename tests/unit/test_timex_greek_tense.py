"""Greek weekdays read against the clause's tense (MultiLing 2011 M002 in Greek, development,
read as a reader): "ο πρόεδρος την Τετάρτη ανακοίνωσε ότι θα απελευθερώσει …" (announced on
Wednesday that he will free …) was dated to the Wednesday after the Thursday report, and the
vote "αναμενόμενου το Σάββατο" (expected on Saturday) to the Saturday before the Friday one."""

from __future__ import annotations

from datetime import date

from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text import analyze
from synoptic.text.timex import resolve_times


def _dates(text: str, published: date) -> list:
    article = Article(id="a", source="a", text=text, language="el", published=published)
    return [t.value for t in resolve_times(analyze(article, Settings().text).times, published)]


def test_a_past_verb_after_the_weekday_outweighs_the_future_of_what_was_said():
    text = ("Ο Ιρανός πρόεδρος Mahmoud Ahmadinejad την Τετάρτη ανακοίνωσε ότι θα απελευθερώσει τους 15 "
            "Βρετανούς αιχμάλωτους του ναυτικού ως «δώρο στο Βρετανικό λαό».\n")
    assert _dates(text, date(2007, 4, 5)) == [date(2007, 4, 4)]  # a Thursday's report: the day before


def test_expected_on_saturday_looks_ahead():
    text = ("Η αρπαγή έλαβε χώρα την παραμονή του αναμενόμενου το Σάββατο ψηφίσματος του Συμβουλίου Ασφαλείας "
            "των Ηνωμένων Εθνών για την επιβολή κυρώσεων στο Ιράν.\n")
    assert _dates(text, date(2007, 3, 23)) == [date(2007, 3, 24)]  # a Friday's report: the next day
