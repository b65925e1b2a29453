"""Greek country names typed as persons in MultiLing 2011 (development, read as a reader):
"Ιράν" (Iran) spoke as a person in M002, "Ηνωμένου Βασιλείου" (of the United Kingdom),
"Χιλής", "Νέα Ζηλανδία", "Καναδά" were persons. CLDR (Babel) names the countries in the
nominative; `text/declension.declined_place` knows them in the other cases."""

from __future__ import annotations

from datetime import date

from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text import analyze
from synoptic.text import names as nm


def _analysis(text: str):
    return analyze(Article(id="a", source="a", text=text, language="el", published=date(2007, 3, 28)), Settings().text)


def _people(text: str) -> set[str]:
    return {m.span.text for m in _analysis(text).entities if m.type == "PERSON"}


def test_a_country_in_any_case_is_a_place():
    for name in ("Ιράν", "Ιραν", "Ηνωμένο Βασίλειο", "Ηνωμένου Βασιλείου", "Χιλής", "Καναδά", "Καναδάς",
                 "Νέας Ζηλανδίας", "Γαλλίας", "Βρετανία", "Σρι Λάνκα"):
        assert nm.is_place_name(name), name
    for name in ("Τόνι Μπλέρ", "Σταύρος Δήμας", "Μπλέρ", "Χασίμπ Χουσέιν", "Ράσμουσεν", "Turney"):
        assert not nm.is_place_name(name), name


def test_iran_said_is_no_person():
    # M002 in Greek: "On Wednesday, Iran said that at least one soldier, 26-year-old Faye Turney,
    # «will be released very soon»"
    text = ("«Αποφασίσαμε να απελευθερώσουμε τη γυναίκα της ομάδας, αλλά με τον πολιτικό σαματά από το Λονδίνο, "
            "αυτή η απόφαση θα ανασταλεί προς το παρόν», είπε ο γραμματέας του Ιρανικού Εθνικού Συμβουλίου "
            "Ασφαλείας Ali Larijani. Την Τετάρτη, το Ιράν είπε ότι τουλάχιστον ένας στρατιώτης, ο 26χρονος "
            "Faye Turney, «θα απελευθερωθεί πολύ σύντομα».\n")
    people = _people(text)
    assert "Ιράν" not in people and "Ali Larijani" in people
    text = ("Το Ιράν δήλωσε την Τρίτη ότι οι ναύτες και οι πεζοναύτες έχουν «ανθρώπινη» αντιμετώπιση και ότι "
            "είναι «καλά στην υγεία τους»\n")
    assert "Ιράν" not in _people(text)


def test_a_country_in_the_genitive_is_no_person():
    # M002 and M005 in Greek
    text = ("Η Υπουργός Εξωτερικών του Ηνωμένου Βασιλείου Margaret Beckett δήλωσε ότι ζήτησε εξηγήσεις.\n"
            "Το Κέντρο Προειδοποίησης για Τσουνάμι του Ειρηνικού εξέδωσε προειδοποίηση για τις ακτές της Χιλής "
            "και της Νέας Ζηλανδίας.\n")
    people = _people(text)
    assert not people & {"Ηνωμένου Βασιλείου", "Χιλής", "Νέας Ζηλανδίας"}
    assert "Margaret Beckett" in people


def test_a_place_after_a_preposition_is_no_speaker():
    # M003 in Greek: "Davide Cassani, former rider of the "Tour de France" and now a television
    # commentator for Italy, said that …": Italy is the preposition's object, no speaker
    text = ("Ο Davide Cassani, πρώην ποδηλάτης του \"Γύρου της Γαλλίας\" και τωρινός τηλεοπτικός σχολιαστής "
            "για την Ιταλία, είπε ότι είχε δει τον Rasmussen στην περιοχή των Δολομιτών των Άλπεων.\n")
    assert "Ιταλία" not in [q.speaker_name for q in _analysis(text).quotes]


def test_a_quote_closing_a_relative_clause_is_not_the_far_cues():
    # M002 in Greek: "…, with one of the sailors, Faye Turney, 26, saying that the soldiers were
    # in Iranian waters …, a move which Britain considers «completely unacceptable»": Britain's
    # words, not Faye Turney's
    text = ("Πλάνα από τους 15 Βρετανούς ναύτες και πεζοναύτες έχουν προβληθεί από την Ιρανική τηλεόραση, με έναν "
            "από τους ναύτες, τον Faye Turney, 26 ετών, να λέει ότι οι στρατιώτες ήταν σε Ιρανικά ύδατα την στιγμή "
            "της σύλληψής τους, μία κίνηση την οποία η Βρετανία θεωρεί «εντελώς μη αποδεκτή». Ο Turney φόραγε μία "
            "μαύρη μαντίλα στο κεφάλι.\n")
    assert [q.speaker_name for q in _analysis(text).quotes] == [None]
    # M002 in Greek: a relative clause closed by a comma before the quote leaves it the cue's
    text = ("Την Τρίτη ο Πρωθυπουργός του Ηνωμένου Βασιλείου Τόνι Μπλέρ είπε σε μία τηλεοπτική συνέντευξη ότι αν "
            "οι ναύτες και οι πεζοναύτες, οι οποίοι έχουν συλληφθεί από τις Ιρανικές δυνάμεις δεν απελευθερωθούν, "
            "τότε η Βρετανία θα αναγκαστεί να «περάσει σε διαφορετική φάση» επιχειρήσεων.\n")
    assert [q.speaker_name for q in _analysis(text).quotes] == ["Τόνι Μπλέρ"]
