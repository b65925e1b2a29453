"""Greek words typed as persons in MultiLing 2011 M002 (development, read as a reader): the
adjective of a nation, capitalized by the translation ("Ιρανική Επαναστατική Φρουρά", "Το
Ιρανικό συμβούλιο είπε ότι «…»" spoke as "Ιρανικό"), and "Λόρδος" (Lord) cut from "Λόρδος
Triesman", a name in another script, listed with the title "Υπουργός"."""

from __future__ import annotations

from datetime import date

from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text import analyze
from synoptic.text.declension import demonym_adjective


def _analysis(text: str):
    return analyze(Article(id="a", source="a", text=text, language="el", published=date(2007, 3, 28)), Settings().text)


def test_a_nations_adjective_opens_no_name():
    for word in ("ιρανική", "ιρανικό", "βρετανικού", "γαλλική", "ρωσικής", "ιαπωνική"):
        assert demonym_adjective(word), word
    for word in ("επαναστατική", "ισλαμική", "παπαδόπουλος", "triesman"):
        assert not demonym_adjective(word), word


def test_the_council_is_no_speaker():
    text = ("Αναφέρθηκε ότι εξαπολήθηκαν πυρά στο Ιρανικό συμβούλιο στην Basra του Ιρακ.\n"
            "Το Ιρανικό συμβούλιο είπε ότι «Βρετανοί στρατιώτες περικύκλωσαν το γραφείο τους στα νότια της πόλης "
            "και εξαπέλησαν πυρά στον αέρα».\n")
    an = _analysis(text)
    assert [q.speaker_name for q in an.quotes] == [None]
    assert not [m for m in an.entities if m.type == "PERSON"]


def test_lord_before_a_latin_name_is_no_person():
    text = ("Σ’ ένα δημοσίευμα του τύπου στις 25 Μαρτίου, ο Υπουργός Εξωτερικών Λόρδος Triesman δήλωσε, «Έχουμε "
            "επιμείνει στο ότι πρέπει να αφεθούν ελεύθεροι άμεσα.»\n")
    people = {m.span.text for m in _analysis(text).entities if m.type == "PERSON"}
    assert "Λόρδος" not in people and "Εξωτερικών Λόρδος" not in people
    assert "Triesman" in people
