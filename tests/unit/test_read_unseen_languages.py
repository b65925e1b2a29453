"""Passages read in briefs of MultiLing 2011 topic M004 (the Bali climate talks, CC BY 3.0)
in Hebrew, Greek, Czech and Hindi, languages nobody had tuned to: each a defect a reader saw."""

from __future__ import annotations

from synoptic.model import Article
from synoptic.settings import Settings, TextSettings, TimeSettings
from synoptic.text.quantities import extract_quantities
from synoptic.text.quote_marks import find_quoted
from synoptic.text.sentences import split_sentences
from synoptic.text.timex_tense import clause_direction


def _quoted(text: str) -> list[str]:
    return [" ".join(text[s:e] for s, e in q.pieces) for q in find_quoted(text)]


def test_a_hebrew_acronym_mark_opens_no_quote():
    # "ארה"ב" (USA), "מו"מ" (negotiations): every quote of the Hebrew brief was cut at one
    text = ('נציג ארה"ב אמר כי "ארה"ב מחוייבת לקדם את השיחות" ולפתוח במו"מ.\n'
            'דו"ח ה-IPCC פורסם השנה.\n')
    assert _quoted(text) == ['ארה"ב מחוייבת לקדם את השיחות']


def _bounds(text: str, language: str) -> list[tuple[float | None, float | None]]:
    article = Article(id="a", source="a", text=text, language=language)
    return [(q.low, q.high) for q in extract_quantities(article, split_sentences(article), TextSettings())]


def test_bounds_and_estimates_are_read_beyond_english_french_and_spanish():
    # "more than 180 countries" and "about 190 countries" were two exact figures in dispute
    assert _bounds("Χιλιάδες εκπρόσωποι από περισσότερες από 180 χώρες συναντώνται στο Μπαλί.", "el") == [(180, None)]
    low, high = _bounds("Αντιπρόσωποι από περίπου 190 χώρες διαπραγματεύονται ένα σχέδιο.", "el")[0]
    assert low < 190 < high
    assert _bounds("Delegierte aus mehr als 180 Ländern verhandeln auf Bali.", "de") == [(180, None)]
    assert _bounds("Delegati di oltre 180 paesi sono a Bali.", "it") == [(180, None)]


def test_the_greek_future_looks_ahead():
    # "the conference is expected to end on Friday", written on the Wednesday before it
    sentence = "Η διάσκεψη του Μπαλί αναμένεται να ολοκληρωθεί την Παρασκευή."
    i = sentence.index("Παρασκευή")
    assert clause_direction(sentence, i, i + len("Παρασκευή"), TimeSettings()) == 1
    past = "Ο Γκορ μίλησε χθες στο Όσλο και είπε ότι η συνάντηση έγινε την Παρασκευή."
    i = past.index("Παρασκευή")
    assert clause_direction(past, i, i + len("Παρασκευή"), TimeSettings()) == -1


def test_a_greek_quote_names_its_speaker_after_the_verb_and_article():
    from synoptic.text import analyze

    text = ("Ο επικεφαλής της περιβαλλοντικής ομάδας της Ευρωπαϊκής Ένωσης, Artur Runge Metzger, λέει ότι η "
            "οργάνωσή του θέλει τις εκπομπές αερίων θερμοκηπίου να μειωθούν κατά το ήμισυ έως τα μέσα του αιώνα.\n\n"
            "«Θα θέλαμε να δούμε τον παγκόσμιο μέσο όρο αύξησης της θερμοκρασίας να μην υπερβαίνει τους "
            "δύο βαθμούς», είπε ο Metzger.\n")
    analysis = analyze(Article(id="a", source="a", text=text, language="el"), Settings().text)
    assert [q.speaker_name for q in analysis.quotes] == ["Artur Runge Metzger"]


def test_greek_names_of_unions_and_states_are_no_people():
    # "Ευρωπαϊκή Ένωση" (the European Union) and "Ηνωμένες Πολιτείες" (the United States)
    # were listed among the story's people; its people stay
    from synoptic.model import Document
    from synoptic.pipeline import brief_from_documents

    texts = [
        "Συνομιλίες στο Μπαλί\n\nΗ Ευρωπαϊκή Ένωση διευκρίνισε ότι συμφωνεί με το κείμενο. Οι Ηνωμένες Πολιτείες "
        "διαφωνούν. Ο Σταύρος Δήμας, Ευρωπαίος Επίτροπος για το Περιβάλλον, δήλωσε ότι η συμφωνία είναι σημαντική.\n",
        "Τέλος της διάσκεψης στο Μπαλί\n\nΗ Ευρωπαϊκή Ένωση και οι Ηνωμένες Πολιτείες συμφώνησαν σήμερα στο "
        "κείμενο. «Είναι ένα πολύ σημαντικό βήμα», είπε ο Σταύρος Δήμας.\n",
    ]
    settings = Settings()
    settings.one_story = True
    settings.vectors.encoder = "tfidf"
    brief = brief_from_documents([Document(f"d{i}", f"d{i}.txt", t) for i, t in enumerate(texts)], settings)
    people = {e.name for e in brief.stories[0].entities if e.type == "PERSON"}
    assert "Σταύρος Δήμας" in people
    assert not people & {"Ευρωπαϊκή Ένωση", "Ηνωμένες Πολιτείες"}


def test_a_greek_plural_is_a_group_not_a_person():
    from synoptic.text.person_evidence import is_person_noun

    # "Αμερικανοί" (Americans), "Περιβαλλοντολόγοι" (environmentalists) were listed as people
    assert is_person_noun("Αμερικανοί") and is_person_noun("Περιβαλλοντολόγοι")
    assert not is_person_noun("Δήμας") and not is_person_noun("Metzger")


def test_a_dotted_abbreviation_ends_no_hindi_sentence():
    # the brief opened on "... सम्मेलन जिसमें सी.ओ.पी." and then "में जाना जरूरी नहीं समझेगी ..."
    from synoptic.text.sentences import split_own_script

    text = ("इस वर्ष का संयुक्त राष्ट्र संघ का जलवायु परिवर्तन सम्मेलन जिसमें सी.ओ.पी. और सी.एम.पी. की बैठकें "
            "शामिल हैं अगले हफ्ते बाली, इंडोनेशिया में शुरू होगी। यूरोपियन यूनियन मेजर एमिटर्स मीटिंग (एम.ई.एम.) "
            "में जाना जरूरी नहीं समझेगी।")
    pieces = [text[a:b].strip() for a, b in split_own_script(text)]
    assert len(pieces) == 2 and pieces[1].startswith("यूरोपियन")
    # nor does a one-letter one in Arabic ("د." for Dr.)
    arabic = "وقال د. محمد البرادعي إن الاتفاق مهم. ثم غادر."
    assert len(split_own_script(arabic)) == 2


def test_czech_expectations_look_ahead():
    # "the conference on Bali is expected to end on Friday" was dated to the Friday before
    sentence = "Očekává se, že konference na Bali skončí v pátek."
    i = sentence.index("pátek")
    assert clause_direction(sentence, i, i + len("pátek"), TimeSettings()) == 1


def test_an_expected_event_looks_ahead_in_french_spanish_and_italian():
    # MultiLing M004 in French: "La conférence de Bali est attendue pour la fin de vendredi",
    # written on a Wednesday, was dated to the Friday before
    for sentence, day in [("La conférence de Bali est attendue pour la fin de vendredi.", "vendredi"),
                          ("Se espera que la conferencia termine el viernes.", "viernes"),
                          ("Il vertice è atteso per venerdì.", "venerdì")]:
        i = sentence.index(day)
        assert clause_direction(sentence, i, i + len(day), TimeSettings()) == 1, sentence


def test_a_hebrew_attribution_names_the_speaker():
    # every quote of the Hebrew brief was unattributed and it named no one
    from synoptic.text import analyze

    text = ('"פגישה זו בבאלי לא תביא לסיום הסכם שינוי אקלים לאחר 2012, זה יותר מדי מורכב לעשייה ב-10 ימים", '
            'אמר דה בור.\n\n'
            '"זה לא יקרה השבוע", אמר לכתבים.\n\n'
            '"יש לנו בעיה", אמר המושל יבאררה, שהגיע הבוקר.\n')
    analysis = analyze(Article(id="a", source="a", text=text, language="he"), Settings().text)
    assert [q.speaker_name for q in analysis.quotes] == ["דה בור", None, "יבאררה"]
    governor = next(m for m in analysis.entities if m.span.text == "יבאררה")
    assert governor.type == "PERSON" and governor.role == "המושל"


def test_a_czech_name_goes_on_in_lower_case():
    # "Předseda Evropské komise" had made a person "Evropská" with the role "Předseda"
    from synoptic.text import analyze

    text = ("Evropská unie chce snížit emise. Předseda Evropské komise José Manuel Barroso řekl, že dohoda je "
            "důležitá.\n")
    analysis = analyze(Article(id="a", source="a", text=text, language="cs"), Settings().text)
    kinds = {m.span.text: m.type for m in analysis.entities}
    assert kinds.get("Evropská unie") == "ORG"
    assert "Evropská" not in kinds and kinds.get("José Manuel Barroso") == "PERSON"


def test_datelines_in_czech_greek_hindi_and_hebrew_date_the_article():
    # the stories of M004 in Czech, Greek and Hindi had "no date" in the story list
    from synoptic.clean import clean_document
    from synoptic.model import Document
    from synoptic.settings import CleanSettings

    for line in ("Čtvrtek, 29. listopadu 2007", "Πέμπτη, 29 Νοεμβρίου 2007", "बृहस्पतिवार, 29 नवम्बर, 2007",
                 "חמישי, ה-29 לנובמבר 2007"):
        raw = f"Konference o klimatu na Bali\n\n{line}\n\nThe talks open on Monday in Bali, delegates said.\n"
        article = clean_document(Document("d", "d.txt", raw), CleanSettings())
        assert str(article.published)[:10] == "2007-11-29", line
        assert any(r.reason == "dateline" and r.text == line for r in article.removed), line


def test_german_hier_is_here_and_a_hearing_that_follows_the_testimony_looks_back():
    # AEB development pages (MIT): a German article's "Auch hier ..." sentences were dated
    # "yesterday" (French "hier"); "Sondland's appearance follows the testimony Tuesday",
    # published on a Wednesday, was dated to the Tuesday after
    from synoptic.text import timex

    article = Article(id="a", source="a", language="de",
                      text="Auch hier bedeutet der Verlust des Schlüssels einen Verlust der Daten.")
    assert timex.extract_times(article, split_sentences(article), TimeSettings()) == []
    french = Article(id="b", source="b", language="fr", text="Il est arrivé hier à Paris.")
    assert [t.span.text for t in timex.extract_times(french, split_sentences(french), TimeSettings())] == ["hier"]
    sentence = "Sondland’s appearance follows the testimony Tuesday of four national security officials."
    i = sentence.index("Tuesday")
    assert clause_direction(sentence, i, i + 7, TimeSettings()) != 1
    ahead = "A council session follows on Wednesday in Brussels."
    i = ahead.index("Wednesday")
    assert clause_direction(ahead, i, i + 9, TimeSettings()) == 1
