"""People, places and quotes read as a journalist reads them (stop 40, development only):
Wikinews trial nl/214601 and en/214601 (Apple's MacBook Air event), ECB+ topic 26 (Vincent
"The Chin" Gigante), MultiLing 2011 M000-M005 in Greek."""

from __future__ import annotations

from datetime import date

from synoptic.model import Article
from synoptic.settings import Settings
from synoptic.text import analyze
from synoptic.text import names as nm


def _analysis(text: str, language: str):
    return analyze(Article(id="a", source="a", text=text, language=language, published=date(2010, 10, 23)),
                   Settings().text)


def _types(an) -> dict[str, str]:
    return {m.span.text: m.type for m in an.entities}


def test_the_region_after_a_city_is_a_place_and_no_speaker():
    # Wikinews nl/214601: "Californië" was a person and the speaker of Steve Jobs's words
    text = ("Apple CEO Steve Jobs onthulde de nieuwe producten tijdens het evenement in Cupertino, Californië en "
            "zei dat het bedrijf “is geïnspireerd door het werk dat met de iPad is gedaan en dit wil implementeren "
            "in de Mac.”\n")
    an = _analysis(text, "nl")
    assert _types(an)["Californië"] == "PLACE"
    assert [q.speaker_name for q in an.quotes] == ["Steve Jobs"]


def test_a_place_in_a_prepositional_phrase_is_no_speaker():
    # en/214601: "California" spoke the quote, the place of "at the Cupertino, California event"
    text = ("Apple CEO Steve Jobs unveiled the new products at the Cupertino, California event, saying the company "
            "has “been inspired by the work [it has] done on the iPad, and [it wants] to bring it back to the Mac.”\n")
    an = _analysis(text, "en")
    assert [q.speaker_name for q in an.quotes] == ["Steve Jobs"]


def test_a_person_after_a_fronted_place_keeps_his_name():
    # the region rule leaves a given name after "in <place>," a person
    text = "In Paris, Marie Dupont a déclaré: « Nous sommes prêts. »\n"
    an = _analysis(text, "fr")
    assert _types(an).get("Marie Dupont") == "PERSON"


def test_a_title_cased_event_name_is_no_quote():
    # nl/214601: 'Het “Back to the Mac” -evenement' was an unattributed quote
    text = ("Het “Back to the Mac” -evenement omvatte daarnaast een preview van het nieuwe Mac OS X Lion "
            "besturingssysteem van Apple, dat halverwege 2011 op de markt wordt gebracht.\n")
    assert _analysis(text, "nl").quotes == []


def test_a_nickname_inside_a_name_keeps_one_person():
    # ECB+ 26 (development): "Vincent", "Chin" and "Gigante" were three names, none a person
    text = ("US mafia godfather Gigante dies\n\nOne of the most famous mafia godfathers in the US, Vincent \"the Chin\" "
            "Gigante, who spent much of his life avoiding prison, has died in jail, aged 77.\n"
            "Gigante was the head of the Genovese crime family.\n")
    an = _analysis(text, "en")
    people = [m.span.text for m in an.entities if m.type == "PERSON"]
    assert 'Vincent "the Chin" Gigante' in people
    assert "Chin" not in people and "Vincent" not in people
    # a given name opening the sentence, before the nickname (ECB+ 26_9)
    text = ("Vincent \"The Chin\" Gigante, the powerful mob boss who avoided jail for decades, died Monday in prison, "
            "federal officials said.\nGigante died at the U. S. Medical Center for federal prisoners.\n")
    people = [m.span.text for m in _analysis(text, "en").entities if m.type == "PERSON"]
    assert people[0] == 'Vincent "The Chin" Gigante'


def test_greek_organisations_and_places():
    # MultiLing 2011 in Greek (development): services, offices and the United Nations were
    # persons or a place; London in the genitive a person
    an = _analysis("Η Γεωλογική Υπηρεσία των ΗΠΑ (USGS) ανακοίνωσε αρχικά ότι το μέγεθος του σεισμού "
                   "εκτιμήθηκε στο 5.\n", "el")
    assert _types(an)["Γεωλογική Υπηρεσία"] == "ORG"
    an = _analysis("Τα Ηνωμένα Έθνη λένε ότι ο αριθμός πλησιάζει τους 150.\n", "el")
    assert "PERSON" not in _types(an).values() and "PLACE" not in _types(an).values()
    assert not nm.is_place_name("Ηνωμένα Έθνη") and not nm.is_place_name("United Nations")
    assert nm.is_place_name("Λονδίνου") and nm.is_place_name("Londres")
    an = _analysis("Το επίκεντρο του σεισμού ήταν στον Ινδικό Ωκεανό και δημιούργησε τη μεγαλύτερη σχισμή.\n", "el")
    assert _types(an).get("Ινδικό Ωκεανό") == "PLACE"


def test_an_apposition_after_a_place_is_no_region():
    # Wikinews trial en/37313 (development): "Apple" was made the region of California
    text = ("A similar suit was filed simultaneously in California, Apple Computer's home state, but on September "
            "2 Apple Computer said it would fight it.\n")
    assert _types(_analysis(text, "en")).get("Apple Computer") != "PLACE"
    text = "The rains have damaged some roads in Pichilemu, Wikinews' Diego Grez reported.\n"
    assert _types(_analysis(text, "en")).get("Wikinews") != "PLACE"


def test_today_is_the_day_of_the_act_the_article_dates():
    # Wikinews trial en/214601 (development), dated Saturday 23 October 2010: "today" is the
    # Wednesday of the keynote where Jobs announced what the article also dates "Wednesday"
    from synoptic.text.timex import resolve_times
    from synoptic.write.written_day import today_on_event_day

    text = ("In a Wednesday media event, Apple Inc. released a new lineup of MacBook Air laptops.\n"
            "Jobs announced today that the “Lion” release to OS X will include more support for multitouch.\n"
            "In his keynote address Wednesday, Jobs announced the release of Apple's iLife '11 software suite.\n")
    an = _analysis(text, "en")
    refs = today_on_event_day(resolve_times(an.times, date(2010, 10, 23)), an, text, "en")
    assert {t.span.text: t.value for t in refs}["today"] == date(2010, 10, 20)
    # GVC dev: counselling "today", the day after a Thursday shooting, stays on its day
    text = ("A 16-year-old Bladensburg High School student was fatally shot Thursday evening.\n"
            "School officials had grief counseling available on campus today for students, Hill said, and "
            "planned to send a letter home to parents.\n")
    an = _analysis(text, "en")
    refs = today_on_event_day(resolve_times(an.times, date(2016, 9, 23)), an, text, "en")
    assert {t.span.text: t.value for t in refs}["today"] == date(2016, 9, 23)


def test_according_to_in_dutch():
    # nl/214601: the analyst's words had no speaker
    text = ("Volgens analist Shawn Wu heeft het bedrijf “voor een agressieve prijsstelling gekozen,” waarbij hij "
            "refereerde aan de basisprijs van US $999.\n")
    assert [q.speaker_name for q in _analysis(text, "nl").quotes] == ["Shawn Wu"]
